// DrillSession: every event goes to storage before anything claims it is saved, storage's
// refusals stay on screen, injects come due on the wall clock, an ended drill leaves the screen
// only once it is in the history, a reload resumes the same drill, and the roster is kept.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/drill/drill_session.h"
#include "tests/core/fake_platform.h"
#include "tests/core/shipped_packs.h"

using namespace beredd::core;

namespace {

constexpr std::int64_t kSecond = 1000;

struct School : beredd::test::BuiltIn {
  beredd::test::FakePlatform platform;
  std::int64_t start = platform.now_ms;  // 2025-06-07 05:32:06Z, 07:32 in Stockholm (summer)

  School() { platform.stored[std::string(kRosterStorageKey)] = R"([{"name":"4B","expected":24}])"; }

  DrillView View(const DrillSession& session, std::int64_t now_ms) const {
    DrillView view;
    session.Fill(view, now_ms, platform.utc_offset_minutes);
    return view;
  }
  // Storage confirms every write so far.
  void ConfirmAll(DrillSession& session, std::size_t& confirmed) const {
    for (; confirmed < platform.saved_drill_events.size(); ++confirmed) session.EventSaved();
  }
};

DrillIntents Starting(const std::string& scenario) {
  DrillIntents intents;
  intents.start_drill = scenario;
  return intents;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(drill_session, School)

BOOST_AUTO_TEST_CASE(a_started_drill_is_stored_event_by_event_and_saved_only_when_confirmed) {
  DrillSession session(platform, packs);
  session.Apply(Starting("fire_evacuation"), start);
  BOOST_TEST_REQUIRE(session.running());
  // The start, then the roster's class in the roll call, unreported.
  BOOST_TEST_REQUIRE(platform.saved_drill_events.size() == 2u);
  BOOST_TEST(platform.saved_drill_events[0].find(R"("type":"start")") != std::string::npos);
  BOOST_TEST(platform.saved_drill_events[1].find(R"("ref":"4B")") != std::string::npos);
  DrillView view = View(session, start + kSecond);
  BOOST_TEST(!view.saved, "nothing is saved until storage says so");
  BOOST_TEST(view.state->classes.at("4B").unreported() == 24);
  session.EventSaved();
  BOOST_TEST(!View(session, start).saved);
  session.EventSaved();
  BOOST_TEST(View(session, start).saved);
  BOOST_TEST(View(session, start).utc_offset_minutes == 120);
}

BOOST_AUTO_TEST_CASE(a_refused_write_stays_on_screen_and_nothing_claims_it_was_saved) {
  DrillSession session(platform, packs);
  session.Apply(Starting("fire_evacuation"), start);
  session.EventSaved();
  session.EventNotSaved("QuotaExceededError");
  const DrillView view = View(session, start);
  BOOST_TEST(!view.saved);
  BOOST_TEST(view.save_problem == "QuotaExceededError");
  BOOST_TEST(platform.warnings.back().find("QuotaExceededError") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(injects_come_due_once_on_the_wall_clock) {
  DrillSession session(platform, packs);
  session.Apply(Starting("fire_evacuation"), start);
  const std::size_t before = platform.saved_drill_events.size();
  session.FireDueInjects(start + 59 * kSecond);
  BOOST_TEST(platform.saved_drill_events.size() == before);
  session.FireDueInjects(start + 60 * kSecond);
  session.FireDueInjects(start + 61 * kSecond);
  BOOST_TEST_REQUIRE(platform.saved_drill_events.size() == before + 1, "stairwell_b, once");
  BOOST_TEST(platform.saved_drill_events.back().find("stairwell_b") != std::string::npos);
  BOOST_TEST(session.NextTickMs(start + 61 * kSecond + 300) == start + 62 * kSecond);
}

BOOST_AUTO_TEST_CASE(an_ended_drill_leaves_the_screen_only_once_it_is_in_the_history) {
  DrillSession session(platform, packs);
  std::size_t confirmed = 0;
  session.Apply(Starting("fire_evacuation"), start);
  DrillIntents end;
  end.request_end_drill = true;
  session.Apply(end, start + 200 * kSecond);
  BOOST_TEST(View(session, start).confirm_end);
  BOOST_TEST(session.running(), "asking is not ending");
  end = {};
  end.confirm_end_drill = true;
  session.Apply(end, start + 201 * kSecond);
  BOOST_TEST(!session.running());
  BOOST_TEST(session.NextTickMs(start + 202 * kSecond) == 0, "an ended drill's clock stands still");
  ConfirmAll(session, confirmed);

  DrillIntents close;
  close.close_drill = true;
  session.Apply(close, start + 300 * kSecond);
  BOOST_TEST(platform.archive_requests == 1);
  session.Archived(false, "storage unavailable");
  DrillView view = View(session, start + 301 * kSecond);
  BOOST_TEST_REQUIRE(view.state != nullptr, "a refused archive keeps the ended drill on screen");
  BOOST_TEST(view.save_problem == "storage unavailable");
  BOOST_TEST(view.history.empty());

  session.Apply(close, start + 302 * kSecond);
  BOOST_TEST(platform.archive_requests == 2, "closing again tries again");
  session.Archived(true, "");
  view = View(session, start + 303 * kSecond);
  BOOST_TEST(view.state == nullptr);
  BOOST_TEST_REQUIRE(view.history.size() == 1u);
  BOOST_TEST(view.history.front().key == std::to_string(start));
  BOOST_TEST(*view.history.front().state->ended_ms == start + 201 * kSecond);
}

BOOST_AUTO_TEST_CASE(a_reload_resumes_the_same_drill_from_its_stored_records) {
  DrillSession first(platform, packs);
  first.Apply(Starting("fire_evacuation"), start);
  DrillIntents step;
  step.check_step = "alarm";
  first.Apply(step, start + 5 * kSecond);
  DrillIntents note;
  note.add_note = "Dörr 3 gick trögt";
  first.Apply(note, start + 9 * kSecond);
  std::string records = "[";
  for (const std::string& record : platform.saved_drill_events) records += (records.size() > 1 ? "," : "") + record;
  records += "]";

  DrillSession resumed(platform, packs);
  resumed.Resume(records);
  const DrillView before = View(first, start + 10 * kSecond);
  const DrillView after = View(resumed, start + 10 * kSecond);
  BOOST_TEST_REQUIRE(after.state != nullptr);
  BOOST_TEST((after.state->log == before.state->log));
  BOOST_TEST(after.saved, "every record it was resumed from is in storage");
}

BOOST_AUTO_TEST_CASE(damaged_storage_is_skipped_with_a_warning_and_loses_nothing_else) {
  DrillSession session(platform, packs);
  session.Resume("{not json");
  BOOST_TEST(View(session, start).state == nullptr);
  BOOST_TEST(platform.warnings.size() == 1u);
  const std::string drill = R"({"events":[{"type":"start","at_ms":1000,"ref":"fire_evacuation"},)"
                            R"({"type":"end","at_ms":61000,"ref":""}]})";
  session.LoadHistory("[" + drill + R"(,{"events":[{"type":"start","at_ms":5,"ref":"gone"}]},7,)" + drill + "]");
  BOOST_TEST(View(session, start).history.size() == 2u, "the unknown scenario and the number are skipped");
  BOOST_TEST(platform.warnings.size() == 2u);
}

BOOST_AUTO_TEST_CASE(the_roster_is_kept_and_a_class_added_mid_drill_joins_the_roll_call) {
  DrillSession session(platform, packs);
  DrillIntents add;
  add.add_class = DrillIntents::NewClass{" 4b ", "20"};
  session.Apply(add, start);
  BOOST_TEST(View(session, start).class_problem == "drill.class_problem.duplicate");
  session.Apply(Starting("fire_evacuation"), start);
  add.add_class = DrillIntents::NewClass{"5A", "27"};
  session.Apply(add, start + kSecond);
  const DrillView view = View(session, start + kSecond);
  BOOST_TEST(view.class_problem.empty());
  BOOST_TEST(view.roster->size() == 2u);
  BOOST_TEST(view.state->classes.at("5A").expected == 27);
  BOOST_TEST(platform.stored.at(std::string(kRosterStorageKey)).find("5A") != std::string::npos);
  DrillIntents remove;
  remove.remove_class = "4B";
  session.Apply(remove, start + 2 * kSecond);
  BOOST_TEST(DrillSession(platform, packs).running() == false);
  DrillSession reloaded_session(platform, packs);  // the view points into it: it must outlive the checks
  DrillView reloaded;
  reloaded_session.Fill(reloaded, start, platform.utc_offset_minutes);
  BOOST_TEST_REQUIRE(reloaded.roster->size() == 1u);
}

BOOST_AUTO_TEST_CASE(the_report_is_named_by_local_time_where_the_drill_ran) {
  DrillSession session(platform, packs);
  session.Apply(Starting("fire_evacuation"), start);
  DrillIntents end;
  end.confirm_end_drill = true;
  session.Apply(end, start + 90 * kSecond);
  DrillIntents exports;
  exports.export_csv = true;
  session.Apply(exports, start + 91 * kSecond);
  exports = {};
  exports.export_json = true;
  session.Apply(exports, start + 92 * kSecond);
  BOOST_TEST_REQUIRE(platform.downloads.size() == 2u);
  BOOST_TEST(platform.downloads[0].name == "beredd-ovning-fire_evacuation-2025-06-07-0732.csv");
  BOOST_TEST(platform.downloads[0].content.find("roll_call") != std::string::npos);
  BOOST_TEST(platform.downloads[1].name == "beredd-ovning-fire_evacuation-2025-06-07-0732.json");
  BOOST_TEST(platform.downloads[1].mime_type == "application/json");
}

BOOST_AUTO_TEST_CASE(a_kiosk_visitor_leaves_no_trace_but_the_schools_data_stays) {
  DrillSession session(platform, packs);
  session.Apply(Starting("fire_evacuation"), start);
  DrillIntents ask;
  ask.request_end_drill = true;
  ask.add_class = DrillIntents::NewClass{"", "5"};
  session.Apply(ask, start + kSecond);
  BOOST_TEST_REQUIRE(View(session, start).confirm_end);
  BOOST_TEST_REQUIRE(!View(session, start).class_problem.empty());
  session.ForgetVisitor();
  const DrillView view = View(session, start + 2 * kSecond);
  BOOST_TEST(!view.confirm_end);
  BOOST_TEST(view.class_problem.empty());
  BOOST_TEST(session.running(), "the drill goes on");
  BOOST_TEST(view.roster->size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
