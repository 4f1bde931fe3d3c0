// The web runner: owns the app state, the WebGL2 context and ImGui, and carries out intents.
// Layer: web (Emscripten only). One per page.
// Must not include nlohmann (core's *_json files read JSON).
#pragma once

#include <emscripten/val.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/screen.h"
#include "core/content/pack_set.h"
#include "core/cpr/cpr_session.h"
#include "core/drill/drill_session.h"
#include "core/feed/feed_set.h"
#include "core/feed/incident_list.h"
#include "core/feed/map_session.h"
#include "core/kiosk/kiosk.h"
#include "core/kiosk/kiosk_session.h"
#include "core/where/where_session.h"
#include "core/guide/guide_session.h"
#include "core/places/places_session.h"
#include "core/prepare/prepare_session.h"
#include "ui/shell/app_view.h"
#include "ui/widgets/input_queue.h"
#include "ui/widgets/semantic_tree.h"
#include "web/backend/gl_canvas.h"
#include "web/backend/web_platform.h"
#include "web/bridge/a11y_mirror.h"
#include "web/bridge/incident_map.h"
#include "web/runner/frame_scheduler.h"

namespace beredd::web {

class App {
 public:
  App();

  // Loads the built-in packs, creates the WebGL2 context and ImGui and draws the first
  // frames. On failure it tells the page (beredd.fail) why, and the page keeps showing the
  // plain-HTML numbers.
  bool Start();

  // From JavaScript (web/runner/main.cpp bindings).
  void RouteChanged(const std::string& hash);
  void Activate(const std::string& semantic_id);
  void Reveal(const std::string& semantic_id);
  void RevealPosition(const std::string& list, int position);  // a long list's row, from 1
  std::vector<std::string> PackLocales() const { return packs_.Locales(); }
  void LoadPack(const std::string& url, const std::string& text);
  void PackUnavailable(const std::string& url, const std::string& reason);
  emscripten::val CprBeatsBetween(double from_s, double to_s) const;
  void FieldChanged(const std::string& semantic_id, const std::string& value);
  void Redraw();  // the page's layout changed without a resize (printing ended)
  // Leaflet or Sweden's outline has arrived: a map on screen draws with it now; elsewhere the
  // frame that first shows the map picks it up (no frame is drawn for it).
  void MapPartsArrived();
  void Printing(bool printing);  // beforeprint and afterprint
  // Drill storage's answers and what it kept (core::DrillSession).
  void DrillEventSaved();
  void DrillEventNotSaved(const std::string& reason);
  void ResumeDrill(const std::string& records_json);
  void LoadDrillHistory(const std::string& drills_json);
  void DrillArchived(bool stored, const std::string& reason);
  // {sources: [{id, endpoint}], pollSeconds, maxBytes}: what the page's pollers poll.
  emscripten::val FeedSettings() const;
  // Room for a poll's `bytes` (UTF-8): a view of wasm memory the page fills in one native copy
  // (TextEncoder). Embind's string conversion walks the text in JavaScript: ~105 ms for 5.8 MB.
  // Valid until the next call into the app.
  emscripten::val FeedInbox(std::size_t bytes);
  // One source's poll, its first `bytes` in the inbox (`source`: its id in the pack's
  // feed.sources, "main" for one endpoint).
  bool FeedReceived(const std::string& source, std::size_t bytes);
  void FeedFailed(const std::string& source, const std::string& reason);
  void FeedOffline(const std::string& source, std::size_t bytes, double fetched_ms);  // 0 bytes: no copy
  void MapMarkChosen(const std::string& mark_key);
  void PopupChoice(const std::string& incident_id);
  emscripten::val MapPopup(const std::string& mark_key) const;
  // The map's clustering layer names what it shows (IncidentMap::Spot, ClusterName).
  emscripten::val MapSpot(int slot) const { return map_.Spot(slot); }
  std::string MapClusterName(int count) const { return map_.ClusterName(count); }
  void Located(double lat, double lon);
  void MapMoved(double south, double west, double north, double east);
  void LocationFailed(int code);  // GeolocationPositionError.code
  // "Var är jag?": the followed position (accuracy in metres, time in ms since the epoch).
  void PositionWatched(double lat, double lon, double accuracy_m, double at_ms);
  void PositionWatchFailed(int code);  // GeolocationPositionError.code
  void NotificationPermissionChanged(const std::string& permission);  // "granted", "denied", ...
  void OpenAlert(const std::string& alert_id);  // a notification was clicked
  int MapLayerCount() const { return map_.LayerCount(); }
  int MapAreaCount() const { return map_.AreaCount(); }
  int MapMarkCount() const { return map_.MarkCount(); }
  // For the benchmark: how long the last good poll took (ms), in all and for the map's part.
  emscripten::val FeedTimings() const;
  std::vector<float> TakeFrameTimes() { return scheduler_.TakeFrameTimes(); }
  double MapZoom() const { return map_.Zoom(); }
  // Any touch, click, key or wheel anywhere on the page (the map included): someone is there.
  void UserActive() { NoteActivity(false); }

 private:
  static bool DrawFrame(double now_ms, void* self);
  static void OnCanvasRestored(void* self);
  static void OnInput(void* self, bool press);
  static void AddLargeFonts(void* self);
  bool ScreenUsesLargeFonts() const;
  bool Draw(double now_ms);
  ui::AppView Fill(std::int64_t wall_ms, double monotonic_ms);
  void Apply(const ui::Intents& intents, std::int64_t wall_ms);
  bool LoadBuiltInPacks();
  void ChooseInitialLocale();
  void SwitchLanguage();
  const core::ContentPack& pack() const { return packs_.current(); }
  PageLabels Labels() const;
  void ScheduleDrillTick(std::int64_t now_ms);
  static void OnDrillTick(void* self);
  void AttachMap();
  void SelectOnMap(const std::string& incident_id);
  void ShowFeedChange(const std::optional<core::FeedDiff>& diff, double started_ms);
  std::string_view InboxText(std::size_t bytes) const;  // the inbox's first `bytes`
  bool FeedOnScreen() const;
  core::AlertsView AlertsAt(std::int64_t wall_ms) const;
  bool HasActiveAlert(std::int64_t wall_ms) const;
  void RequestFrameForFeed();
  void ConfigureFeeds();
  void AnnounceNewAlerts(const core::AlertsView& alerts);
  void ApplyPlaces(const core::PlacesIntents& intents);
  void ReadNotificationPermission();

  // Kiosk mode (web/runner/app_kiosk.cpp).
  void ApplyKioskSettings();
  void NoteActivity(bool press);
  bool IdleSuspended() const;
  ui::KioskView::Slide AttractSlide(double now_ms) const;
  void FillKioskView(ui::KioskView& view, double now_ms);
  void ScheduleKioskWake(double now_ms);
  static void OnKioskWake(void* self);
  void ResetSession(double now_ms);

  WebPlatform platform_;  // before the sessions, which keep a pointer to it
  // Kept between polls (the heap does not grow and shrink with each), never zero-filled.
  std::unique_ptr<char[]> feed_inbox_;
  std::size_t inbox_capacity_ = 0;
  std::size_t inbox_size_ = 0;
  core::PackSet packs_;   // one per locale; built-in until a served one validates
  core::Screen screen_ = core::Screen::Home;
  std::string unknown_route_;
  bool scroll_to_top_ = false;  // a screen was entered: the next frame shows its start

  // The features' state, natively tested in core. A kiosk's next visitor gets new ones.
  core::CprSession cpr_{platform_, packs_};
  core::PracticeSession practice_{cpr_};
  core::DrillSession drill_{platform_, packs_};  // reads the roster (boot.js made storage first)
  core::FeedSet feed_{platform_};  // every source's last good incidents stay until better ones come
  core::MapSession map_session_{platform_};      // one visitor's selection, filters and position
  core::WhereSession where_{platform_, packs_};  // the position for the 112 call
  core::GuideSession guide_{platform_};          // the open first-aid or VMA guide
  // Home preparedness, kept in this browser's storage (not on a kiosk: ResetSession replaces it).
  core::PrepareSession prepare_{platform_, /*keep=*/true};
  // The visitor's places and how a new alert reaches them (not kept on a kiosk, like prepare_).
  core::PlacesSession places_{platform_, /*keep=*/true};
  core::KioskSettings kiosk_;
  core::KioskSession kiosk_session_{kiosk_, 0};

  bool drill_tick_pending_ = false;
  std::string alerts_key_ = core::AlertsKey({});  // what the alert bar showed after the last poll
  double last_feed_ms_ = 0;        // the last good poll's ingest and map update, for the benchmark
  double last_map_update_ms_ = 0;  // its map update alone
  long feed_loads_ = 0;            // good polls so far
  double last_press_ms_ = 0;       // the moment of the last press (emscripten_get_now): a practice tap's time
  long kiosk_timer_ = 0;           // emscripten_set_timeout id; 0: none pending
  double kiosk_timer_due_ms_ = 0;

  IncidentMap map_;
  core::IncidentList incident_list_;  // the list's rows, made again only when they change
  bool printing_ = false;
  ui::Rect map_rect_;
  ui::InputQueue input_;
  ui::SemanticTree tree_;
  A11yMirror mirror_;
  FrameScheduler scheduler_;
  GlCanvas canvas_;
  bool first_frame_reported_ = false;  // reset after a lost GL context, to announce the return
};

}  // namespace beredd::web
