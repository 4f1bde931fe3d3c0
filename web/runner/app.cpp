// The web runner: starts GL and ImGui, fills each frame's view-model from the sessions, draws
// it and carries out its intents. Layer: web. Must not include nlohmann (core's *_json files).

// Index of this file:
// [SECTION] Start-up: the built-in packs, the locale, the canvas
// [SECTION] From the page: routes, the mirror, served packs
// [SECTION] The feed and the map
// [SECTION] Typed fields and the drill's storage
// [SECTION] Frames: view-model in, intents out
// [SECTION] Carrying out intents

#include "web/runner/app.h"

#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "core/base/url_policy.h"
#include "core/feed/incident_text.h"
#include "ui/shell/app_view.h"
#include "ui/shell/frame_runner.h"
#include "ui/shell/screens.h"
#include "web/backend/embedded_files.h"
#include "web/backend/page.h"

namespace beredd::web {
namespace {

using emscripten::val;

constexpr const char* kAppSelector = "#app";
constexpr const char* kCanvasSelector = "#canvas";
// Built into the wasm (web/CMakeLists.txt): content/ as the built-in packs that are always
// there, whatever the server sends.
constexpr std::string_view kBuiltInContentDir = "/content/";
constexpr const char* kLocaleStorageKey = "beredd.locale";

// A new alert for the visitor's places, when they chose a sound: the VMA signal's tone, short.
constexpr double kAlertSoundSeconds = 2.0;
// The large fonts are added this long after the first frame, once the start has settled and the
// first frame is on screen (building them in the same task would hold its presentation up).
constexpr double kLargeFontsAfterFirstFrameMs = 500;

core::NotifyPermission NotifyPermissionOf(const std::string& name) {
  return name == "granted"   ? core::NotifyPermission::Granted
         : name == "denied"  ? core::NotifyPermission::Denied
         : name == "default" ? core::NotifyPermission::Default
                             : core::NotifyPermission::Unsupported;
}

// GeolocationPositionError.code: 1 PERMISSION_DENIED, 2 POSITION_UNAVAILABLE, 3 TIMEOUT.
core::LocationError LocationErrorOf(int code) {
  return code == 1 ? core::LocationError::Denied
         : code == 3 ? core::LocationError::Timeout
                     : core::LocationError::Unavailable;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Start-up: the built-in packs, the locale, the canvas
//-----------------------------------------------------------------------------

App::App() : scheduler_(&App::DrawFrame, this) {}

bool App::LoadBuiltInPacks() {
  std::vector<core::PackFile> packs;
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    if (file.name.starts_with(kBuiltInContentDir)) packs.push_back({std::string(file.name), std::string(file.bytes)});
  }
  std::vector<core::Problem> problems;
  // The build validates content/ (beredd-check), so this only fails for a broken build.
  if (packs_.LoadBuiltIn(packs, problems)) return true;
  platform_.Warn(core::SummariseProblems(problems));
  return false;
}

void App::ChooseInitialLocale() {
  std::vector<std::string> preferred;
  if (kiosk_.enabled) {  // every visitor starts in the default language
    packs_.ChooseDefault();
    return;
  }
  if (std::optional<std::string> stored = platform_.Load(kLocaleStorageKey)) preferred.push_back(*stored);
  for (std::string& tag : page::Languages()) preferred.push_back(std::move(tag));
  packs_.Choose(preferred);
}

bool App::Start() {
  if (!LoadBuiltInPacks()) {
    page::Fail("content");
    return false;
  }
  ApplyKioskSettings();
  ChooseInitialLocale();
  ReadNotificationPermission();
  if (const auto failure = canvas_.Start(kAppSelector, kCanvasSelector, &input_, &App::OnInput,
                                         &App::OnCanvasRestored, this)) {
    page::Fail(*failure);
    return false;
  }
  ConfigureFeeds();
  RouteChanged(page::Hash());
  // Alerts show on every screen, so the feed is polled from the start, whatever is open.
  page::SetFeedActive(true);
  return true;
}

//-----------------------------------------------------------------------------
// [SECTION] From the page: routes, the mirror, served packs
//-----------------------------------------------------------------------------

void App::RouteChanged(const std::string& hash) {
  core::RouteMatch match = core::ParseRoute(hash);
  // Guide ids are the same in every language (the pack set checks), so one lookup suffices.
  if (match.screen == core::Screen::Guide && core::FindGuide(pack().guides, match.guide) == nullptr) {
    match = {core::Screen::Home, false, {}};
  }
  if (match.screen != screen_ || match.guide != guide_.guide_id()) scroll_to_top_ = true;
  guide_.Open(match.guide);  // empty off the guide screen: its sample stops
  // Practice ends with its screen: a summary nobody sees helps nobody, and the metronome stops.
  if (match.screen != core::Screen::Practice) practice_.Stop();
  // The position is followed only while its screen is open.
  if (match.screen != core::Screen::Where) where_.Stop();
  screen_ = match.screen;
  unknown_route_ = match.known ? std::string() : hash;
  scheduler_.Request();
}

// Whether the feed's own state (the list, "updated at", the stale banner) is on screen: the map
// screen, or the kiosk's attract screen showing the map. Elsewhere only the alert bar shows it.
bool App::FeedOnScreen() const {
  return screen_ == core::Screen::Map ||
         (kiosk_session_.attract() && AttractSlide(emscripten_get_now()) == ui::KioskView::Slide::Map);
}

// What the alert bar shows at `wall_ms` (pointing into the feed: use it at once).
core::AlertsView App::AlertsAt(std::int64_t wall_ms) const {
  core::AlertsView alerts;
  feed_.FillAlerts(alerts, wall_ms);
  places_.Split(alerts);  // the visitor's places (and all of Sweden) take the bar
  return alerts;
}

bool App::HasActiveAlert(std::int64_t wall_ms) const { return !AlertsAt(wall_ms).active.empty(); }

// After a poll or a change of places: whose each alert is is decided here, once, and a frame is
// drawn only when what is on screen changed (a poll is not a frame).
void App::RequestFrameForFeed() {
  core::AlertsView alerts;
  feed_.FillAlerts(alerts, static_cast<std::int64_t>(emscripten_date_now()));
  places_.Classify(alerts.active);
  places_.Split(alerts);
  std::string key = core::AlertsKey(alerts);
  if (FeedOnScreen() || key != alerts_key_) scheduler_.Request();
  alerts_key_ = std::move(key);
  AnnounceNewAlerts(alerts);
}

// Each alert that newly takes the bar is read out at once, wherever the visitor is in the app;
// with their choices, also a notification (tab hidden) and a sound.
void App::AnnounceNewAlerts(const core::AlertsView& alerts) {
  const core::Catalog& strings = pack().strings;
  for (const core::Incident* alert : places_.TakeUnannounced(alerts)) {
    const std::string title = core::AlertHeadline(*alert, strings);
    const std::string body = core::AlertDetails(*alert, strings);
    std::string text = title;
    if (!body.empty()) text.append(". ").append(body);
    page::AnnounceAlert(text, title, body, alert->id, places_.notify());
    if (places_.sound()) platform_.PlaySignalSample(kAlertSoundSeconds);
  }
}

void App::ReadNotificationPermission() { NotificationPermissionChanged(page::NotificationPermission()); }

void App::NotificationPermissionChanged(const std::string& permission) {
  places_.SetPermission(NotifyPermissionOf(permission));
  page::SetPollWhileHidden(places_.notify());  // without a push server, only a poll brings them
  scheduler_.Request();
}

void App::OpenAlert(const std::string& alert_id) {
  ui::Intents open;
  open.alerts.open = alert_id;
  Apply(open, platform_.NowMs());
  scheduler_.Request();
}

void App::Activate(const std::string& semantic_id) {
  NoteActivity(true);  // a mirror activation is a press (a key, a screen reader, a test)
  tree_.RequestActivation(semantic_id);
  scheduler_.Request();
}

void App::Reveal(const std::string& semantic_id) {
  tree_.RequestReveal(semantic_id);
  scheduler_.Request();
}

void App::RevealPosition(const std::string& list, int position) {
  tree_.RequestRevealPosition(list, position);
  scheduler_.Request();
}

void App::LoadPack(const std::string& url, const std::string& text) {
  // Unedited (the usual case): the built-in pack of the same name is already loaded; reading it
  // again would only redo the start's work.
  if (FindEmbeddedFile("/" + url) == std::string_view(text)) return;
  if (packs_.Served(url, text)) {
    incident_list_.Invalidate();  // its rows' texts may have changed
    ApplyKioskSettings();  // the default pack may switch kiosk mode on or off
    ConfigureFeeds();      // or point the map at other feeds
  }
  scheduler_.Request();
}

void App::PackUnavailable(const std::string& url, const std::string& reason) {
  packs_.Unavailable(url, reason);
  scheduler_.Request();
}

val App::CprBeatsBetween(double from_s, double to_s) const {
  val beats = val::array();
  for (double t : cpr_.BeatsBetween(from_s, to_s)) beats.call<void>("push", t);
  return beats;
}

void App::Redraw() { scheduler_.Request(); }

void App::MapPartsArrived() {
  if (FeedOnScreen()) scheduler_.Request();
}

// The browser is about to print (or has printed): the mirror is the page on paper, so long lists
// record every row. Drawn at once, before the print layout hides the canvas.
void App::Printing(bool printing) {
  printing_ = printing;
  if (printing) Draw(emscripten_get_now());
  scheduler_.Request();
}

//-----------------------------------------------------------------------------
// [SECTION] The feed and the map
//-----------------------------------------------------------------------------

// The default language's pack decides the feed, as it decides kiosk mode: switching language
// never switches the source of the incidents.
val App::FeedSettings() const {
  const core::FeedSettings& feed = packs_.default_pack().feed;
  val settings = val::object();
  val sources = val::array();
  for (const core::FeedSource& source : feed_.sources()) {
    val entry = val::object();
    entry.set("id", source.id);
    entry.set("endpoint", source.endpoint);
    sources.call<void>("push", entry);
  }
  settings.set("sources", sources);
  settings.set("pollSeconds", feed.poll_seconds);
  settings.set("maxBytes", static_cast<double>(feed_.limits().max_bytes));  // the limit the app applies
  return settings;
}

// The pack's sources: another list starts afresh (the map drops the old sources' incidents),
// and the page's pollers follow.
void App::ConfigureFeeds() {
  if (std::optional<core::FeedDiff> gone = feed_.Configure(core::SourcesOf(packs_.default_pack().feed))) {
    if (!gone->empty()) map_.Update(feed_.incidents());
    RequestFrameForFeed();
  }
  page::SetFeedSettings(FeedSettings());
}

val App::FeedInbox(std::size_t bytes) {
  if (bytes > inbox_capacity_) {
    inbox_capacity_ = bytes + bytes / 4;  // room for the feed to grow before it moves again
    feed_inbox_.reset(new char[inbox_capacity_]);
  }
  inbox_size_ = bytes;
  return val(emscripten::typed_memory_view(bytes, reinterpret_cast<std::uint8_t*>(feed_inbox_.get())));
}

std::string_view App::InboxText(std::size_t bytes) const {
  return {feed_inbox_.get(), std::min(bytes, inbox_size_)};
}

bool App::FeedReceived(const std::string& source, std::size_t bytes) {
  const double started_ms = emscripten_get_now();
  const std::optional<core::FeedDiff> diff = feed_.Received(source, InboxText(bytes));
  ShowFeedChange(diff, started_ms);
  return diff.has_value();
}

void App::FeedOffline(const std::string& source, std::size_t bytes, double fetched_ms) {
  const double started_ms = emscripten_get_now();
  ShowFeedChange(feed_.Offline(source, InboxText(bytes), static_cast<std::int64_t>(fetched_ms)), started_ms);
}

// A poll's outcome reaches the screen: the map's layers change in place (`diff`: the incidents
// changed), and the list and the feed's state are drawn again either way.
void App::ShowFeedChange(const std::optional<core::FeedDiff>& diff, double started_ms) {
  if (diff) {
    const double map_started_ms = emscripten_get_now();
    if (!diff->empty()) map_.Update(feed_.incidents());
    last_map_update_ms_ = emscripten_get_now() - map_started_ms;
    last_feed_ms_ = emscripten_get_now() - started_ms;
    ++feed_loads_;
  }
  RequestFrameForFeed();
}

val App::FeedTimings() const {
  val timings = val::object();
  timings.set("feedMs", last_feed_ms_);
  timings.set("mapMs", last_map_update_ms_);
  timings.set("incidents", static_cast<double>(feed_.incidents().size()));
  timings.set("layers", map_.LayerCount());
  timings.set("marks", map_.MarkCount());
  timings.set("loads", static_cast<double>(feed_loads_));
  return timings;
}

void App::FeedFailed(const std::string& source, const std::string& reason) {
  feed_.Failed(source, reason);
  RequestFrameForFeed();
}

// A mark was chosen on the map; its popup opened on the selected incident when that is there,
// else on the mark's first, which becomes the selection.
void App::MapMarkChosen(const std::string& key) {
  if (map_.MarkHolds(key, map_session_.selected_id())) return;
  const std::string incident_id = map_.IncidentOfMark(key);
  if (incident_id.empty()) return;
  map_session_.MapSelected(incident_id);
  scheduler_.Request();
}

// One of a place's other incidents was chosen in its popup: the popup tells that one now.
void App::PopupChoice(const std::string& incident_id) {
  const core::Incident* incident = feed_.Find(incident_id);
  if (incident == nullptr) return;
  map_session_.MapSelected(incident_id);
  map_.Refresh(*incident);
  scheduler_.Request();
}

// One position request at a time: "where I am now" on the places screen, or the map's.
void App::Located(double lat, double lon) {
  if (places_.locating()) {
    places_.Located(core::GeoPoint{lat, lon});
    RequestFrameForFeed();  // the bar may now hold other alerts
  } else {
    map_session_.Located(core::GeoPoint{lat, lon});
  }
  scheduler_.Request();
}

void App::MapMoved(double south, double west, double north, double east) {
  if (map_session_.MapMoved({south, west, north, east})) scheduler_.Request();  // the list follows the map
}

void App::LocationFailed(int code) {
  if (places_.locating()) {
    places_.LocationFailed(LocationErrorOf(code));
  } else {
    map_session_.LocationFailed(LocationErrorOf(code));
  }
  scheduler_.Request();
}

void App::PositionWatched(double lat, double lon, double accuracy_m, double at_ms) {
  where_.Located({lat, lon}, accuracy_m, static_cast<std::int64_t>(at_ms));
  scheduler_.Request();
}

void App::PositionWatchFailed(int code) {
  where_.Failed(LocationErrorOf(code));
  scheduler_.Request();
}

// After the mirror is updated: the map lives in the mirror's element for the Map node.
void App::AttachMap() {
  const ui::SemanticNode* area = nullptr;
  for (const ui::SemanticNode& node : tree_.nodes()) {
    if (node.role == ui::Role::Map) area = &node;
  }
  if (area == nullptr) {
    if (map_.attached()) map_.Detach();
    return;
  }
  const val host = page::MirrorElement(area->id);
  if (host.isNull()) return;
  const bool resized = !(area->rect == map_rect_);
  map_rect_ = area->rect;
  const bool was_attached = map_.attached();
  map_.Attach(host, resized, pack(), /*interactive=*/!kiosk_session_.attract());
  if (!was_attached && map_.attached()) SelectOnMap(map_session_.selected_id());
}

void App::SelectOnMap(const std::string& incident_id) {
  if (incident_id.empty()) return;  // nothing chosen (most frames): no search of the feed
  if (const core::Incident* incident = feed_.Find(incident_id)) map_.Select(*incident);
}

val App::MapPopup(const std::string& mark_key) const {
  return map_.PopupContent(mark_key, feed_, pack(), map_session_.selected_id());
}

//-----------------------------------------------------------------------------
// [SECTION] Typed fields and the drill's storage
//-----------------------------------------------------------------------------

void App::FieldChanged(const std::string& semantic_id, const std::string& value) {
  tree_.SetFieldValue(semantic_id, value);
  scheduler_.Request();
}

void App::DrillEventSaved() {
  drill_.EventSaved();
  scheduler_.Request();
}

void App::DrillEventNotSaved(const std::string& reason) {
  drill_.EventNotSaved(reason);
  scheduler_.Request();
}

void App::ResumeDrill(const std::string& records_json) {
  drill_.Resume(records_json);
  scheduler_.Request();
}

void App::LoadDrillHistory(const std::string& drills_json) {
  drill_.LoadHistory(drills_json);
  scheduler_.Request();
}

void App::DrillArchived(bool stored, const std::string& reason) {
  drill_.Archived(stored, reason);
  scheduler_.Request();
}

void App::ScheduleDrillTick(std::int64_t now_ms) {
  const std::int64_t due = drill_.NextTickMs(now_ms);
  if (due == 0 || drill_tick_pending_) return;
  drill_tick_pending_ = true;
  emscripten_set_timeout(&App::OnDrillTick, static_cast<double>(due - now_ms), this);
}

void App::OnDrillTick(void* self) {
  auto* app = static_cast<App*>(self);
  app->drill_tick_pending_ = false;
  app->scheduler_.Request(1);
}

//-----------------------------------------------------------------------------
// [SECTION] Frames: view-model in, intents out
//-----------------------------------------------------------------------------

bool App::DrawFrame(double now_ms, void* self) { return static_cast<App*>(self)->Draw(now_ms); }

void App::OnCanvasRestored(void* self) {
  auto* app = static_cast<App*>(self);
  app->first_frame_reported_ = false;  // tells the page when the app is back on screen
  app->scheduler_.Request();
}

// The CPR count, the drill's projector texts and the kiosk's numbers (ui::FontSet).
bool App::ScreenUsesLargeFonts() const {
  return screen_ == core::Screen::Cpr || screen_ == core::Screen::Practice || screen_ == core::Screen::Drill ||
         kiosk_.enabled;
}

// No frame is drawn for it: the next frame, whenever something changes, uses the new atlas.
void App::AddLargeFonts(void* self) { static_cast<App*>(self)->canvas_.AddLargeFonts(); }

void App::OnInput(void* self, bool press) {
  auto* app = static_cast<App*>(self);
  app->NoteActivity(press);
  app->scheduler_.Request();
}

bool App::Draw(double now_ms) {
  if (ScreenUsesLargeFonts()) canvas_.AddLargeFonts();  // opened before they were added
  if (!canvas_.NewFrame(now_ms)) return false;

  const std::int64_t wall_ms = platform_.NowMs();
  const double monotonic_ms = emscripten_get_now();
  drill_.FireDueInjects(wall_ms);
  const ui::AppView vm = Fill(wall_ms, monotonic_ms);
  const ui::Intents intents = ui::RunAppFrame(vm, input_, tree_);
  canvas_.Render();
  mirror_.Update(tree_.nodes(), Labels());
  AttachMap();
  page::CountFrame(static_cast<double>(scheduler_.frames() + 1));
  if (!first_frame_reported_) {
    first_frame_reported_ = true;
    page::FirstFrame();
    emscripten_set_timeout(&App::AddLargeFonts, kLargeFontsAfterFirstFrameMs, this);
  }
  Apply(intents, wall_ms);
  if (intents != ui::Intents{}) scheduler_.Request();  // show what the user's action changed
  ScheduleDrillTick(wall_ms);
  ScheduleKioskWake(monotonic_ms);
  // A running metronome animates the pulse and the count, and practice its pad and rate: keep
  // drawing until they stop.
  // Mirror activations wait in line, one per widget per frame: draw until every one is applied.
  return !input_.empty() || tree_.HasPendingActivation() || cpr_.running() || practice_.running();
}

// This frame's view-model, from the sessions.
ui::AppView App::Fill(std::int64_t wall_ms, double monotonic_ms) {
  // A live alert interrupts the kiosk's attract loop: whoever passes sees it at once.
  if (kiosk_.enabled && kiosk_session_.attract() && HasActiveAlert(wall_ms)) {
    kiosk_session_.Apply({.leave_attract = true});
  }
  ui::KioskView kiosk;
  FillKioskView(kiosk, monotonic_ms);  // may reset the session first (a timer that came late)
  ui::AppView vm{screen_, pack()};
  vm.kiosk = kiosk;
  vm.unknown_route = unknown_route_;
  vm.pack_error = packs_.notice();
  vm.scroll_to_top = scroll_to_top_;
  scroll_to_top_ = false;
  cpr_.Fill(vm.cpr);
  practice_.Fill(vm.practice, monotonic_ms);
  const int utc_offset_minutes = platform_.UtcOffsetMinutes(wall_ms);
  drill_.Fill(vm.drill, wall_ms, utc_offset_minutes);
  where_.Fill(vm.where);
  guide_.Fill(vm.guide, pack().guides, wall_ms, utc_offset_minutes);
  if (pack().preparedness) prepare_.Fill(vm.prepare, *pack().preparedness, wall_ms, utc_offset_minutes);
  places_.Fill(vm.places);
  feed_.Fill(vm.map);
  vm.alerts = AlertsAt(wall_ms);
  vm.alerts.utc_offset_minutes = utc_offset_minutes;
  map_session_.Fill(vm.map);
  vm.map.now_ms = wall_ms;
  vm.map.utc_offset_minutes = utc_offset_minutes;
  incident_list_.Fill(vm.map, pack().strings, pack().locale);
  vm.printing = printing_;
  return vm;
}

//-----------------------------------------------------------------------------
// [SECTION] Carrying out intents
//-----------------------------------------------------------------------------

void App::SwitchLanguage() {
  packs_.SwitchToNext();
  // A kiosk's next visitor starts in the default language: the choice is not remembered.
  if (!kiosk_.enabled) platform_.Store(kLocaleStorageKey, pack().locale);
}

void App::Apply(const ui::Intents& intents, std::int64_t wall_ms) {
  if (intents.navigate && *intents.navigate != screen_) {
    // The hash is the single source of truth: setting it adds a history entry, and the page's
    // hashchange listener calls RouteChanged, so back and forward work the same way.
    page::SetHash(core::RouteOf(*intents.navigate));
  } else if (intents.navigate) {
    unknown_route_.clear();
  }
  if (!intents.open_guide.empty()) page::SetHash(core::GuideRoute(intents.open_guide));
  if (!intents.open_url.empty() && core::IsOpenableUrl(intents.open_url)) {
    platform_.OpenUrl(intents.open_url);
  }
  if (intents.switch_language) SwitchLanguage();
  const std::string open_on_map = map_session_.Apply(intents.map);
  SelectOnMap(open_on_map);
  cpr_.Apply(intents.cpr);
  practice_.Apply(intents.cpr, last_press_ms_);
  drill_.Apply(intents.drill, wall_ms);
  where_.Apply(intents.where);
  guide_.Apply(intents.guide, pack().guides);
  if (pack().preparedness) prepare_.Apply(intents.prepare, *pack().preparedness, wall_ms);
  kiosk_session_.Apply(intents.kiosk);
  ApplyPlaces(intents.places);
  if (!intents.alerts.open.empty()) {
    core::MapIntents show;
    show.select_incident = intents.alerts.open;
    SelectOnMap(map_session_.Apply(show));
    if (screen_ != core::Screen::Map) page::SetHash(core::RouteOf(core::Screen::Map));
  }
  if (!intents.alerts.dismiss.empty()) feed_.DismissCancelled(intents.alerts.dismiss);
}

void App::ApplyPlaces(const core::PlacesIntents& intents) {
  const bool changes_places = !intents.add.empty() || !intents.remove.empty();
  places_.Apply(intents);
  if (intents.notify) page::SetPollWhileHidden(places_.notify());
  // Asked from the tap itself: browsers allow the question only after a gesture.
  if (intents.notify == true) page::RequestNotifications();
  // The tap that chose the sound plays it once: the visitor hears what it will be like, and
  // the tap unlocks the page's audio for later.
  if (intents.sound == true) platform_.PlaySignalSample(kAlertSoundSeconds);
  if (changes_places) RequestFrameForFeed();  // the bar now holds other alerts
}

PageLabels App::Labels() const {
  const core::Catalog& strings = pack().strings;
  const std::string app_title(strings.Get("app.title"));
  std::string title = app_title;
  if (screen_ == core::Screen::Guide) {
    const core::Guide* guide = core::FindGuide(pack().guides, guide_.guide_id());
    if (guide != nullptr) title = guide->name + " – " + app_title;
  } else if (screen_ != core::Screen::Home) {
    title = std::string(strings.Get(ui::ScreenFor(screen_).title_key)) + " – " + app_title;
  }
  return {title, std::string(strings.Get("topbar.label")), pack().locale};
}

}  // namespace beredd::web
