// The CPR metronome's timing: beat grid, cycles, the children's rescue breaths, swap reminders.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "core/cpr/cpr_timeline.h"

using namespace beredd::core;
namespace tt = boost::test_tools;

namespace {
CprRhythm Adult(int rate) {
  CprRhythm r;
  r.rate_per_min = rate;
  return r;
}
CprRhythm Child() {
  CprRhythm r;
  r.compressions_per_cycle = 15;
  r.initial_breaths = 5;
  return r;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(cpr_timeline)

BOOST_AUTO_TEST_CASE(beat_times_follow_the_rate_for_100_110_and_120) {
  for (int rate : {100, 110, 120}) {
    const CprTimeline timeline(Adult(rate));
    const double interval = 60.0 / rate;
    BOOST_TEST(timeline.beat_interval() == interval, tt::tolerance(1e-12));
    for (long i = 0; i < 30; ++i) {
      BOOST_TEST(timeline.BeatTime(i) == i * interval, tt::tolerance(1e-9));
    }
    // Hands-only: one uninterrupted grid, 60 s hold exactly `rate` beats.
    CprRhythm hands_only = Adult(rate);
    hands_only.breaths_per_cycle = 0;
    BOOST_TEST(CprTimeline(hands_only).BeatsBetween(0, 60.0).size() == static_cast<size_t>(rate));
  }
}

BOOST_AUTO_TEST_CASE(thirty_to_two_pauses_for_two_breaths_after_thirty_beats) {
  const CprTimeline timeline(Adult(110));
  const double interval = 60.0 / 110;
  const double cycle = 30 * interval + 2 * 2.5;
  BOOST_TEST(timeline.BeatTime(29) == 29 * interval, tt::tolerance(1e-9));
  BOOST_TEST(timeline.BeatTime(30) == cycle, tt::tolerance(1e-9));  // cycle 2 starts after breaths
  BOOST_TEST(timeline.BeatTime(61) == 2 * cycle + interval, tt::tolerance(1e-9));

  const CprMoment counting = timeline.At(5 * interval + 0.01);
  BOOST_TEST((counting.phase == CprPhase::Compressions));
  BOOST_TEST(counting.compression == 6);
  BOOST_TEST(counting.cycle == 1);
  const CprMoment breathing = timeline.At(30 * interval + 3.0);
  BOOST_TEST((breathing.phase == CprPhase::Breaths));
  BOOST_TEST(breathing.breath == 2);
  const CprMoment next = timeline.At(cycle + 0.01);
  BOOST_TEST(next.compression == 1);
  BOOST_TEST(next.cycle == 2);
}

BOOST_AUTO_TEST_CASE(fifteen_to_two_for_children) {
  const CprTimeline timeline(Child());
  const double interval = 60.0 / 110;
  const double initial = 5 * 2.5;
  const double cycle = 15 * interval + 2 * 2.5;
  BOOST_TEST(timeline.BeatTime(14) == initial + 14 * interval, tt::tolerance(1e-9));
  BOOST_TEST(timeline.BeatTime(15) == initial + cycle, tt::tolerance(1e-9));
  BOOST_TEST((timeline.At(initial + 15 * interval + 0.1).phase == CprPhase::Breaths));
}

BOOST_AUTO_TEST_CASE(children_get_five_rescue_breaths_before_the_first_compression) {
  const CprTimeline timeline(Child());
  for (int breath = 1; breath <= 5; ++breath) {
    const CprMoment m = timeline.At((breath - 1) * 2.5 + 0.1);
    BOOST_TEST((m.phase == CprPhase::InitialBreaths));
    BOOST_TEST(m.breath == breath);
    BOOST_TEST(m.cycle == 0);
  }
  BOOST_TEST(timeline.BeatsBetween(0, 12.49).empty(), "no beat during the rescue breaths");
  BOOST_TEST(timeline.BeatTime(0) == 12.5, tt::tolerance(1e-9));
  const CprMoment first = timeline.At(12.5);
  BOOST_TEST((first.phase == CprPhase::Compressions));
  BOOST_TEST(first.compression == 1);
  BOOST_TEST(first.cycle == 1);
}

BOOST_AUTO_TEST_CASE(swap_reminder_every_two_minutes) {
  const CprTimeline timeline(Adult(110));
  BOOST_TEST(!timeline.At(119.9).swap_reminder);
  BOOST_TEST(timeline.At(119.9).swaps_due == 0);
  BOOST_TEST(timeline.At(120.0).swap_reminder);
  BOOST_TEST(timeline.At(125.0).swap_reminder);
  BOOST_TEST(!timeline.At(131.0).swap_reminder, "the reminder is shown for 10 s");
  BOOST_TEST(timeline.At(240.5).swap_reminder);
  BOOST_TEST(timeline.At(240.5).swaps_due == 2);
  BOOST_TEST(timeline.At(360.5).swaps_due == 3);
}

BOOST_AUTO_TEST_CASE(rates_outside_100_to_120_are_rejected) {
  for (int rate : {0, 60, 99, 121, 130, -110}) {
    BOOST_TEST(ValidateRhythm(Adult(rate)).has_value(), "rate " << rate);
  }
  for (int rate : {100, 110, 120}) BOOST_TEST(!ValidateRhythm(Adult(rate)).has_value());
  CprRhythm bad = Adult(110);
  bad.seconds_per_breath = 6;  // two breaths would take over 10 s
  BOOST_TEST(ValidateRhythm(bad).has_value());
}

BOOST_AUTO_TEST_CASE(beats_between_windows_tile_without_gaps_or_repeats) {
  // The audio scheduler asks for consecutive look-ahead windows: together they must give each
  // beat exactly once, like one long query.
  const CprTimeline timeline(Child());
  std::vector<double> stitched;
  for (double from = -0.5; from < 60.0; from += 0.1) {
    for (double t : timeline.BeatsBetween(from, from + 0.1)) stitched.push_back(t);
  }
  const std::vector<double> whole = timeline.BeatsBetween(-0.5, stitched.empty() ? 0 : stitched.back() + 1e-9);
  BOOST_TEST_REQUIRE(stitched.size() == whole.size());
  for (size_t i = 0; i < whole.size(); ++i) BOOST_TEST(stitched[i] == whole[i]);
  for (size_t i = 1; i < stitched.size(); ++i) BOOST_TEST(stitched[i] > stitched[i - 1]);
}

BOOST_AUTO_TEST_CASE(the_pulse_rises_from_zero_at_each_beat) {
  const CprTimeline timeline(Adult(120));
  BOOST_TEST(timeline.At(0.0).beat_phase == 0.0, tt::tolerance(1e-9));
  BOOST_TEST(timeline.At(0.25).beat_phase == 0.5, tt::tolerance(1e-9));
  BOOST_TEST(timeline.At(0.5).beat_phase == 0.0, tt::tolerance(1e-9));
  BOOST_TEST(timeline.At(0.5).compression == 2);
}

BOOST_AUTO_TEST_SUITE_END()
