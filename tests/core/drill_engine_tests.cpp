// The drill engine on the shipped fire-evacuation scenario: step timing, injects firing at
// their times, roll-call totals and missing detection, targets met and missed, report
// contents, and resuming from a saved event log.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "core/content/content_pack.h"
#include "core/content/content_pack_json.h"
#include "core/drill/drill_engine.h"
#include "core/drill/drill_report.h"
#include "core/drill/drill_report_json.h"

using namespace beredd::core;

namespace {

constexpr std::int64_t kStart = 1'700'000'000'000;  // 2023-11-14T22:13:20Z
constexpr std::int64_t kSecond = 1000;

DrillScenario FireEvacuation() {
  std::ifstream in(std::string(BEREDD_CONTENT_DIR) + "/sv.json");
  std::stringstream text;
  text << in.rdbuf();
  std::vector<Problem> problems;
  auto pack = ParseContentPack(text.str(), "sv.json", problems);
  BOOST_TEST_REQUIRE(pack.has_value());
  for (const DrillScenario& drill : pack->drills) {
    if (drill.id == "fire_evacuation") return drill;
  }
  BOOST_FAIL("no fire_evacuation scenario in sv.json");
  return {};
}

DrillEvent Event(DrillEventType type, std::int64_t seconds, std::string ref = {}) {
  DrillEvent e;
  e.type = type;
  e.at_ms = kStart + seconds * kSecond;
  e.ref = std::move(ref);
  return e;
}

DrillEvent RollCall(std::int64_t seconds, std::string name, int expected, int accounted,
                    int injured, int missing) {
  DrillEvent e = Event(DrillEventType::RollCall, seconds, std::move(name));
  e.expected = expected;
  e.accounted = accounted;
  e.injured = injured;
  e.missing = missing;
  return e;
}

DrillEvent Note(std::int64_t seconds, std::string text) {
  DrillEvent e = Event(DrillEventType::Note, seconds);
  e.text = std::move(text);
  return e;
}

struct Fixture {
  DrillScenario scenario = FireEvacuation();
  DrillState state;
  void Apply(const DrillEvent& e) {
    auto problem = ApplyDrillEvent(scenario, state, e);
    BOOST_TEST_REQUIRE(!problem.has_value(), *problem);
  }
  Fixture() { Apply(Event(DrillEventType::Start, 0, "fire_evacuation")); }
};

const DrillTarget& Target(const DrillScenario& s, const std::string& id) {
  for (const DrillTarget& t : s.targets) {
    if (t.id == id) return t;
  }
  throw std::runtime_error("no target " + id);
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(drill_engine, Fixture)

BOOST_AUTO_TEST_CASE(steps_are_checked_off_with_their_time) {
  Apply(Event(DrillEventType::Step, 42, "leave"));
  BOOST_TEST(state.steps_done.at("leave") == kStart + 42 * kSecond);
  BOOST_TEST(ApplyDrillEvent(scenario, state, Event(DrillEventType::Step, 50, "leave")).has_value(),
             "a step is checked off once");
  BOOST_TEST(ApplyDrillEvent(scenario, state, Event(DrillEventType::Step, 50, "no_such_step")).has_value());
  BOOST_TEST(state.log.size() == 2u);
}

BOOST_AUTO_TEST_CASE(injects_fire_at_their_scripted_times) {
  BOOST_TEST(DueInjects(scenario, state, kStart + 59 * kSecond).empty());
  auto due = DueInjects(scenario, state, kStart + 60 * kSecond);
  BOOST_TEST_REQUIRE(due.size() == 1u);
  BOOST_TEST(due[0]->id == "stairwell_b");
  BOOST_TEST(due[0]->text == "Trapphus B är blockerat av rök: använd den andra utgången.");
  Apply(Event(DrillEventType::Inject, 60, "stairwell_b"));
  BOOST_TEST(DueInjects(scenario, state, kStart + 149 * kSecond).empty(), "shown once");
  due = DueInjects(scenario, state, kStart + 400 * kSecond);
  BOOST_TEST_REQUIRE(due.size() == 1u);
  BOOST_TEST(due[0]->id == "missing_4b");
}

BOOST_AUTO_TEST_CASE(a_late_resume_fires_every_overdue_inject_in_order) {
  const auto due = DueInjects(scenario, state, kStart + 600 * kSecond);
  BOOST_TEST_REQUIRE(due.size() == 2u);
  BOOST_TEST(due[0]->id == "stairwell_b");
  BOOST_TEST(due[1]->id == "missing_4b");
}

BOOST_AUTO_TEST_CASE(roll_call_totals_and_missing_people) {
  Apply(RollCall(90, "4B", 25, 23, 1, 1));
  Apply(RollCall(95, "5A", 28, 20, 0, 0));
  const ClassCount total = RollCallTotal(state);
  BOOST_TEST(total.expected == 53);
  BOOST_TEST(total.accounted == 43);
  BOOST_TEST(total.injured == 1);
  BOOST_TEST(total.missing == 1);
  BOOST_TEST(total.unreported() == 8);
  BOOST_TEST(state.classes.at("4B").needs_attention(), "one missing");
  BOOST_TEST(state.classes.at("5A").needs_attention(), "eight not yet reported");

  Apply(RollCall(120, "4B", 25, 24, 1, 0));  // the missing pupil was found
  Apply(RollCall(125, "5A", 28, 28, 0, 0));
  BOOST_TEST(!state.classes.at("4B").needs_attention());
  BOOST_TEST(!state.classes.at("5A").needs_attention());
  BOOST_TEST(RollCallTotal(state).unreported() == 0);
}

BOOST_AUTO_TEST_CASE(roll_call_that_does_not_add_up_is_refused) {
  BOOST_TEST(ApplyDrillEvent(scenario, state, RollCall(10, "4B", 25, 24, 1, 1)).has_value());
  BOOST_TEST(ApplyDrillEvent(scenario, state, RollCall(10, "4B", 25, -1, 0, 0)).has_value());
  BOOST_TEST(ApplyDrillEvent(scenario, state, RollCall(10, "", 25, 1, 0, 0)).has_value());
  BOOST_TEST(ApplyDrillEvent(scenario, state, RollCall(10, "4B", 0, 0, 0, 0)).has_value());
  BOOST_TEST(state.classes.empty());
}

BOOST_AUTO_TEST_CASE(targets_are_met_missed_or_pending) {
  const DrillTarget& out = Target(scenario, "out_3min");        // assembly within 180 s
  const DrillTarget& counted = Target(scenario, "counted_5min");  // all_clear within 300 s
  BOOST_TEST((EvaluateTarget(out, state, kStart + 100 * kSecond) == TargetResult::Pending));
  Apply(Event(DrillEventType::Step, 170, "assembly"));
  BOOST_TEST((EvaluateTarget(out, state, kStart + 170 * kSecond) == TargetResult::Met));
  BOOST_TEST((EvaluateTarget(counted, state, kStart + 301 * kSecond) == TargetResult::Missed),
             "the deadline passed without the step");
  Apply(Event(DrillEventType::Step, 320, "all_clear"));
  BOOST_TEST((EvaluateTarget(counted, state, kStart + 320 * kSecond) == TargetResult::Missed));
}

BOOST_AUTO_TEST_CASE(a_target_never_reached_is_missed_when_the_drill_ends) {
  Apply(Event(DrillEventType::End, 60));
  BOOST_TEST((EvaluateTarget(Target(scenario, "out_3min"), state, kStart + 61 * kSecond) ==
              TargetResult::Missed));
}

BOOST_AUTO_TEST_CASE(nothing_is_accepted_after_the_end_or_before_the_start) {
  Apply(Event(DrillEventType::End, 200));
  BOOST_TEST(ApplyDrillEvent(scenario, state, Note(210, "late")).has_value());
  BOOST_TEST(ApplyDrillEvent(scenario, state, Event(DrillEventType::Start, 0, "fire_evacuation")).has_value());
  DrillState fresh;
  BOOST_TEST(ApplyDrillEvent(scenario, fresh, Note(1, "x")).has_value(), "not started");
  BOOST_TEST(ApplyDrillEvent(scenario, fresh, Event(DrillEventType::Start, 0, "lockdown")).has_value());
  DrillState started;
  BOOST_TEST(!ApplyDrillEvent(scenario, started, Event(DrillEventType::Start, 10, "fire_evacuation")));
  BOOST_TEST(ApplyDrillEvent(scenario, started, Note(5, "before start")).has_value());
  BOOST_TEST(ApplyDrillEvent(scenario, started, Note(11, "   ")).has_value(), "empty note");
}

BOOST_AUTO_TEST_CASE(the_report_holds_every_event_target_count_and_note) {
  Apply(Event(DrillEventType::Step, 30, "leave"));
  Apply(Event(DrillEventType::Inject, 60, "stairwell_b"));
  Apply(RollCall(150, "4B", 25, 24, 0, 1));
  Apply(Note(155, "Elev hittad på toaletten, \"Kalle\", 4B"));
  Apply(Event(DrillEventType::Step, 160, "assembly"));
  Apply(Event(DrillEventType::End, 400));

  const nlohmann::json report = DrillReportJson(scenario, state, kStart + 400 * kSecond);
  BOOST_TEST(report["status"] == "Exercise");
  BOOST_TEST(report["scenario"]["name"] == "Utrymning vid brand");
  BOOST_TEST(report["started_utc"] == "2023-11-14T22:13:20Z");
  BOOST_TEST(report["duration_s"] == 400.0);
  BOOST_TEST(report["events"].size() == state.log.size());
  BOOST_TEST(report["events"][2]["type"] == "inject");
  BOOST_TEST(report["events"][2]["offset_s"] == 60.0);
  BOOST_TEST(report["targets"][0]["result"] == "met");
  BOOST_TEST(report["targets"][0]["done_at_s"] == 160.0);
  BOOST_TEST(report["targets"][1]["result"] == "missed");
  BOOST_TEST(report["roll_call"]["total"]["missing"] == 1);
  BOOST_TEST(report["roll_call"]["classes"][0]["needs_attention"] == true);
  BOOST_TEST(report["notes"][0]["text"] == "Elev hittad på toaletten, \"Kalle\", 4B");

  const std::string csv = DrillReportCsv(scenario, state);
  std::istringstream lines(csv);
  std::string line;
  int rows = 0;
  while (std::getline(lines, line)) ++rows;
  BOOST_TEST(rows == static_cast<int>(state.log.size()) + 1, "header plus one row per event");
  BOOST_TEST(csv.find("\"Elev hittad på toaletten, \"\"Kalle\"\", 4B\"") != std::string::npos);
  BOOST_TEST(csv.find("150.000,2023-11-14T22:15:50Z,roll_call,4B,,25,24,0,1") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(csv_never_hands_a_spreadsheet_a_formula) {
  Apply(Note(5, "=HYPERLINK(\"http://x\")"));
  BOOST_TEST(DrillReportCsv(scenario, state).find(",\"'=HYPERLINK(\"\"http://x\"\")\",") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_drill_resumes_from_its_saved_log_with_every_entry) {
  Apply(Event(DrillEventType::Step, 10, "alarm"));
  Apply(Event(DrillEventType::Step, 40, "leave"));
  Apply(Event(DrillEventType::Inject, 61, "stairwell_b"));
  Apply(RollCall(100, "4B", 25, 25, 0, 0));
  Apply(RollCall(101, "5A", 28, 26, 1, 1));
  Apply(Note(102, "Trapphus B användes inte"));

  // Stored as records (what IndexedDB holds), read back after a "reload".
  std::vector<DrillEvent> reloaded;
  for (const DrillEvent& e : state.log) {
    const std::string stored = DrillEventToJson(e).dump();
    std::string error;
    auto back = DrillEventFromJson(nlohmann::json::parse(stored), &error);
    BOOST_TEST_REQUIRE(back.has_value(), error);
    reloaded.push_back(*back);
  }
  std::vector<std::string> rejected;
  const DrillState resumed = ReplayDrill(scenario, reloaded, &rejected);
  BOOST_TEST(rejected.empty());
  BOOST_TEST(resumed.log == state.log);
  BOOST_TEST(resumed.steps_done == state.steps_done);
  BOOST_TEST(resumed.injects_shown == state.injects_shown);
  BOOST_TEST(resumed.classes.at("5A").missing == 1);
  BOOST_TEST(resumed.running());
  BOOST_TEST(DueInjects(scenario, resumed, kStart + 200 * kSecond).size() == 1u, "only 4B's inject left");
}

BOOST_AUTO_TEST_CASE(a_bad_stored_record_is_skipped_and_the_rest_kept) {
  std::vector<DrillEvent> log = {Event(DrillEventType::Start, 0, "fire_evacuation"),
                                 Event(DrillEventType::Step, 5, "no_such_step"),
                                 Event(DrillEventType::Step, 9, "alarm")};
  std::vector<std::string> rejected;
  const DrillState resumed = ReplayDrill(scenario, log, &rejected);
  BOOST_TEST(rejected.size() == 1u);
  BOOST_TEST(resumed.steps_done.count("alarm") == 1u);
  std::string error;
  BOOST_TEST(!DrillEventFromJson(nlohmann::json::parse(R"({"type":"step"})"), &error).has_value());
  BOOST_TEST(error == "no time");
  BOOST_TEST(!DrillEventFromJson(nlohmann::json::parse(R"([1])"), &error).has_value());

  int skipped = 0;
  const auto records = nlohmann::json::parse(
      R"([{"type":"start","at_ms":1700000000000,"ref":"fire_evacuation"},{"type":"step"},7,)"
      R"({"type":"step","at_ms":1700000009000,"ref":"alarm"}])");
  const std::vector<DrillEvent> read = DrillLogFromJson(records, &skipped);
  BOOST_TEST(skipped == 2);
  BOOST_TEST_REQUIRE(read.size() == 2u);
  BOOST_TEST(read[1].ref == "alarm");
  BOOST_TEST(DrillLogFromJson(nlohmann::json::object()).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(drill_compliance)

BOOST_AUTO_TEST_CASE(last_drill_and_next_due_per_scenario) {
  const std::int64_t day = 24LL * 3600 * 1000;
  const std::int64_t now = kStart + 1000 * day;
  DrillScenario fire;
  fire.id = "fire";
  fire.interval_days = 365;
  DrillScenario lockdown;
  lockdown.id = "lockdown";
  lockdown.interval_days = 365;
  DrillScenario shelter;
  shelter.id = "shelter";
  const auto rows = ComplianceOverview({fire, lockdown, shelter},
                                       {{"fire", now - 500 * day}, {"fire", now - 400 * day},
                                        {"lockdown", now - 100 * day}},
                                       now);
  BOOST_TEST_REQUIRE(rows.size() == 3u);
  BOOST_TEST(*rows[0].last_ms == now - 400 * day, "the latest one counts");
  BOOST_TEST(rows[0].overdue);
  BOOST_TEST(rows[1].due_ms == now + 265 * day);
  BOOST_TEST(!rows[1].overdue);
  BOOST_TEST(!rows[2].last_ms.has_value());
  BOOST_TEST(rows[2].overdue, "never practised");
}

BOOST_AUTO_TEST_CASE(iso_times_in_utc) {
  BOOST_TEST(IsoUtc(0) == "1970-01-01T00:00:00Z");
  BOOST_TEST(IsoUtc(kStart) == "2023-11-14T22:13:20Z");
  BOOST_TEST(IsoUtc(951782400000) == "2000-02-29T00:00:00Z");
  BOOST_TEST(IsoUtc(-1000) == "1969-12-31T23:59:59Z");
  BOOST_TEST(IsoUtc(253402300799000) == "9999-12-31T23:59:59Z");    // the last four-digit year
  BOOST_TEST(IsoUtc(253402300800000) == "10000-01-01T00:00:00Z");  // printf's %04d widens
}

BOOST_AUTO_TEST_SUITE_END()
