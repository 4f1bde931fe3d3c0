// The school drill as the app runs it: the drill in progress (or ended, showing its results),
// the completed drills replayed from storage, the school's class roster, and which report is
// open. Every event is written to durable storage the moment it happens (Platform::SaveDrillEvent)
// and the screen says "saved" only once storage confirms it, so nothing is lost to a reload.
// Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/platform.h"
#include "core/content/pack_set.h"
#include "core/drill/class_roster.h"
#include "core/drill/drill_engine.h"
#include "core/drill/drill_screen.h"

namespace beredd::core {

// Where the roster is kept (Platform::Load/Store).
inline constexpr std::string_view kRosterStorageKey = "beredd.classes";

class DrillSession {
 public:
  // Scenarios come from the pack on screen (`packs`, which outlives the session). Reads the
  // roster from storage.
  DrillSession(Platform& platform, const PackSet& packs);

  // What storage kept from an earlier page: the running drill's records (a JSON array), and the
  // completed drills (a JSON array of {"events": [...]}). Unreadable parts are skipped with a
  // warning; the rest is kept.
  void Resume(std::string_view records_json);
  void LoadHistory(std::string_view drills_json);

  // Storage's answers to Platform::SaveDrillEvent and Platform::ArchiveDrill. A refusal is shown
  // (save_problem) until the drill ends; an ended drill that could not be archived stays on
  // screen, so nothing is lost.
  void EventSaved();
  void EventNotSaved(std::string reason);
  void Archived(bool stored, std::string reason);

  // Records the running drill's injects that are due at `now_ms` (wall clock).
  void FireDueInjects(std::int64_t now_ms);
  void Apply(const DrillIntents& intents, std::int64_t now_ms);
  // `utc_offset_minutes`: local time now, which the runner asks of the platform once a frame.
  void Fill(DrillView& view, std::int64_t now_ms, int utc_offset_minutes) const;

  bool running() const { return drill_ && drill_->state.running(); }
  // When the running drill's clock next shows a new second (wall clock); 0: no drill runs.
  std::int64_t NextTickMs(std::int64_t now_ms) const;

  // A kiosk's next visitor: the open report, a refused class name and a pending "end?" question
  // go. The drill, its history and the roster stay: they are the school's, not the visitor's.
  void ForgetVisitor();

 private:
  struct Run {  // a drill in progress, or ended and showing its results
    std::string scenario_id;
    DrillState state;
    bool confirm_end = false;
    std::size_t stored = 0;  // events storage confirmed
    bool archiving = false;  // moving to the history; waiting for storage to confirm
    int utc_offset_minutes = 0;  // local time when it started, asked of the platform once
  };
  struct PastRun {  // a completed drill, replayed from its stored log
    std::string scenario_id;
    DrillState state;
    int utc_offset_minutes = 0;  // local time when it ran
  };

  const DrillScenario* FindScenario(const std::string& id) const;
  void Record(DrillEvent event);
  void RecordRollCall(const std::string& class_name, const ClassCount& count, std::int64_t now_ms);
  void AddClass(const std::string& name, const std::string& expected, std::int64_t now_ms);
  void RemoveClass(const std::string& name);
  void Start(const std::string& scenario_id, std::int64_t now_ms);
  void Export(bool csv, std::int64_t now_ms) const;

  Platform* platform_;
  const PackSet* packs_;
  std::optional<Run> drill_;
  std::string save_problem_;          // why storage refused an event; shown until the drill ends
  std::vector<PastRun> history_;      // oldest first
  std::optional<std::int64_t> open_report_;  // start time of the past drill whose report is open
  std::vector<RosterClass> roster_;   // the school's classes, kept in storage
  std::string class_problem_;         // catalog key: why the last class was refused
};

}  // namespace beredd::core
