// CprSession and PracticeSession: the chosen mode, the metronome through a fake platform, taps
// timed at the press, and a kiosk reset that leaves nothing of the visitor behind.
#include <boost/test/unit_test.hpp>

#include "core/cpr/cpr_session.h"
#include "tests/core/fake_platform.h"
#include "tests/core/shipped_packs.h"

using namespace beredd::core;

namespace {

struct Coach : beredd::test::BuiltIn {
  beredd::test::FakePlatform platform;
  CprSession cpr{platform, packs};
  PracticeSession practice{cpr};

  CprView View() const {
    CprView view;
    cpr.Fill(view);
    return view;
  }
};

CprIntents Asking(void (*ask)(CprIntents&)) {
  CprIntents intents;
  ask(intents);
  return intents;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(cpr_session, Coach)

BOOST_AUTO_TEST_CASE(the_first_mode_is_chosen_until_another_is_and_nothing_runs) {
  BOOST_TEST(View().mode_id == "adult");
  BOOST_TEST(!View().running);
  cpr.Apply(Asking([](CprIntents& i) { i.select_cpr_mode = "infant"; }));
  BOOST_TEST(View().mode_id == "infant");
  BOOST_TEST(platform.metronome_starts == 0, "choosing a mode starts nothing");
  cpr.Select("no_such_mode");
  BOOST_TEST(View().mode_id == "adult", "an unknown mode falls back to the first");
}

BOOST_AUTO_TEST_CASE(start_runs_the_metronome_and_the_view_reads_its_clock) {
  cpr.Apply(Asking([](CprIntents& i) { i.start_cpr = true; }));
  BOOST_TEST_REQUIRE(cpr.running());
  BOOST_TEST(platform.metronome_starts == 1);
  platform.metronome_s = 1.2;  // 110/min: the third compression fell at 1.09 s
  const CprView view = View();
  BOOST_TEST(view.running);
  BOOST_TEST(view.elapsed_s == 1.2);
  BOOST_TEST((view.moment.phase == CprPhase::Compressions));
  BOOST_TEST(view.moment.compression == 3);
  BOOST_TEST(cpr.BeatsBetween(0, 1.2).size() == 3u);

  cpr.Apply(Asking([](CprIntents& i) { i.stop_cpr = true; }));
  BOOST_TEST(!cpr.running());
  BOOST_TEST(platform.metronome_stops == 1);
  BOOST_TEST(cpr.BeatsBetween(0, 10).empty(), "no clicks once stopped");
}

BOOST_AUTO_TEST_CASE(without_audio_nothing_claims_to_run) {
  platform.has_audio = false;
  cpr.Start();
  BOOST_TEST(!cpr.running());
  BOOST_TEST(!View().running);
}

BOOST_AUTO_TEST_CASE(another_mode_while_running_restarts_in_its_rhythm) {
  cpr.Start();
  const double adult_interval = 60.0 / 110;
  BOOST_TEST(cpr.BeatsBetween(0, 1)[1] == adult_interval, boost::test_tools::tolerance(1e-9));
  cpr.Select("child");  // 15:2 after 5 rescue breaths
  BOOST_TEST(platform.metronome_starts == 2);
  BOOST_TEST_REQUIRE(cpr.running());
  platform.metronome_s = 0.5;
  BOOST_TEST((View().moment.phase == CprPhase::InitialBreaths));
}

BOOST_AUTO_TEST_CASE(practice_counts_in_the_chosen_mode_and_taps_at_the_press) {
  cpr.Select("child");
  practice.Apply(Asking([](CprIntents& i) { i.start_practice = true; }), 0);
  BOOST_TEST_REQUIRE(practice.running());
  BOOST_TEST(cpr.running(), "practice runs the metronome");
  CprIntents tap;
  tap.practice_tap = true;
  for (int i = 0; i < 15; ++i) practice.Apply(tap, 1000 + i * 545.0);
  PracticeView view;
  practice.Fill(view, 9000);
  BOOST_TEST_REQUIRE(view.session != nullptr);
  BOOST_TEST(view.session->per_cycle() == 15);
  BOOST_TEST(view.session->taps().front() == 1000, "the press time, not the frame's");
  BOOST_TEST(view.session->Count().breaths_due);

  practice.Apply(Asking([](CprIntents& i) { i.stop_practice = true; }), 0);
  BOOST_TEST(!practice.running());
  BOOST_TEST(!cpr.running(), "stopping practice stops its metronome");
  practice.Fill(view, 20000);
  BOOST_TEST_REQUIRE(view.session != nullptr, "the summary stays on screen");
  BOOST_TEST(view.session->Summary().compressions == 15);
  practice.Apply(tap, 21000);
  BOOST_TEST(view.session->taps().size() == 15u, "a tap after the end counts for nothing");
}

BOOST_AUTO_TEST_CASE(a_kiosk_reset_leaves_sessions_equal_to_fresh_ones) {
  cpr.Select("infant");
  practice.Start();
  CprIntents tap;
  tap.practice_tap = true;
  practice.Apply(tap, 100);
  BOOST_TEST_REQUIRE(!(cpr == CprSession(platform, packs)));
  BOOST_TEST_REQUIRE(!(practice == PracticeSession(cpr)));

  // What the runner's ResetSession does.
  practice.Stop();
  cpr.Stop();
  cpr = CprSession(platform, packs);
  practice = PracticeSession(cpr);

  beredd::test::FakePlatform other;
  CprSession fresh_cpr(other, packs);
  BOOST_TEST((cpr == fresh_cpr));
  BOOST_TEST((practice == PracticeSession(fresh_cpr)));
  BOOST_TEST(View().mode_id == "adult");
  PracticeView view;
  practice.Fill(view, 0);
  BOOST_TEST(view.session == nullptr, "no summary of the last visitor's practice");
  BOOST_TEST(platform.metronome_stops >= 1, "the metronome was stopped");
}

BOOST_AUTO_TEST_SUITE_END()
