// The CPR practice trainer's maths, on synthetic tap times: rates with human jitter, the 30:2
// count, pause detection and the session summary.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <random>
#include <vector>

#include "core/cpr/cpr_practice.h"

using namespace beredd::core;

namespace {

// `count` taps at `rate`/min from `start_ms`, each moved by up to +-`jitter_ms` (uniform,
// seeded: the same taps every run).
std::vector<double> Taps(double rate, int count, double jitter_ms, double start_ms = 0,
                         unsigned seed = 7) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> jitter(-jitter_ms, jitter_ms);
  std::vector<double> taps;
  for (int i = 0; i < count; ++i) taps.push_back(start_ms + i * 60000.0 / rate + jitter(random));
  return taps;
}

CprPractice Tapped(const std::vector<double>& taps, int per_cycle = 30) {
  CprPractice practice(per_cycle, 2);
  for (double t : taps) practice.Tap(t);
  return practice;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cpr_practice)

BOOST_AUTO_TEST_CASE(bands_follow_erc_2021_limits) {
  BOOST_TEST((BandOf(99.9) == RateBand::TooSlow));
  BOOST_TEST((BandOf(100) == RateBand::Good));
  BOOST_TEST((BandOf(120) == RateBand::Good));
  BOOST_TEST((BandOf(120.1) == RateBand::TooFast));
}

BOOST_AUTO_TEST_CASE(live_rate_from_jittered_taps_at_90_110_and_130) {
  struct Case { double rate; RateBand band; };
  for (const Case c : {Case{90, RateBand::TooSlow}, Case{110, RateBand::Good}, Case{130, RateBand::TooFast}}) {
    const std::vector<double> taps = Taps(c.rate, 20, 40);
    const CprPractice practice = Tapped(taps);
    // Every live reading from the 6th tap on: the window is full, jitter averages out.
    for (std::size_t n = 6; n <= taps.size(); ++n) {
      const CprPractice prefix = Tapped({taps.begin(), taps.begin() + n});
      const auto rate = prefix.LiveRate(taps[n - 1] + 1);
      BOOST_TEST_REQUIRE(rate.has_value());
      BOOST_TEST(std::abs(*rate - c.rate) < 4.0, "rate " << c.rate << " read " << *rate << " at tap " << n);
      BOOST_TEST((BandOf(*rate) == c.band), "rate " << c.rate << " read " << *rate);
    }
    const PracticeSummary summary = practice.Summary();
    BOOST_TEST(std::abs(summary.mean_rate - c.rate) < 3.0, "mean " << summary.mean_rate);
    BOOST_TEST(summary.rated == 19);
    BOOST_TEST(summary.in_range == (c.band == RateBand::Good ? 19 : 0));
  }
}

BOOST_AUTO_TEST_CASE(no_live_rate_before_the_second_tap_or_after_a_pause) {
  CprPractice practice;
  BOOST_TEST(!practice.LiveRate(0).has_value());
  practice.Tap(1000);
  BOOST_TEST(!practice.LiveRate(1100).has_value());
  practice.Tap(1545);
  BOOST_TEST_REQUIRE(practice.LiveRate(1600).has_value());
  BOOST_TEST(std::abs(*practice.LiveRate(1600) - 110.09) < 0.01);
  BOOST_TEST(!practice.LiveRate(1545 + kPauseMs).has_value());  // stopped: no stale "good"
}

BOOST_AUTO_TEST_CASE(counts_to_30_prompts_breaths_and_starts_the_next_cycle) {
  CprPractice practice(30, 2);
  const std::vector<double> taps = Taps(110, 30, 0);
  for (std::size_t i = 0; i < taps.size(); ++i) {
    practice.Tap(taps[i]);
    BOOST_TEST(practice.Count().compression == static_cast<int>(i + 1));
    BOOST_TEST(practice.Count().breaths_due == (i + 1 == 30));
  }
  BOOST_TEST(practice.Count().cycle == 1);
  practice.Tap(taps.back() + 5000);  // two breaths later
  BOOST_TEST(practice.Count().compression == 1);
  BOOST_TEST(practice.Count().cycle == 2);
  BOOST_TEST(!practice.Count().breaths_due);
  BOOST_TEST(practice.Summary().cycles == 1);
}

BOOST_AUTO_TEST_CASE(compressions_only_never_prompts_breaths) {
  CprPractice practice(30, 0);
  for (double t : Taps(110, 31, 0)) practice.Tap(t);
  BOOST_TEST(!practice.Count().breaths_due);
  BOOST_TEST(practice.Count().compression == 1);
}

BOOST_AUTO_TEST_CASE(pauses_split_runs_and_the_longest_is_reported) {
  std::vector<double> taps = Taps(110, 30, 0);
  const std::vector<double> second = Taps(110, 30, 0, taps.back() + 6000);   // breaths: 6 s
  const std::vector<double> third = Taps(110, 10, 0, second.back() + 12500);  // too long
  taps.insert(taps.end(), second.begin(), second.end());
  taps.insert(taps.end(), third.begin(), third.end());
  const PracticeSummary summary = Tapped(taps).Summary();
  BOOST_TEST(summary.compressions == 70);
  BOOST_TEST(summary.pauses == 2);
  BOOST_TEST(summary.long_pauses == 1);
  BOOST_TEST(summary.longest_pause_ms == 12500);
  // The pauses are not compressions: the rate stays 110, not 70 taps over the whole time.
  BOOST_TEST(std::abs(summary.mean_rate - 110) < 0.001);
  BOOST_TEST(summary.rated == 67);  // the first tap of each of the three runs has no rate
  BOOST_TEST(summary.in_range == 67);
  BOOST_TEST(summary.in_range_share == 1.0);
}

BOOST_AUTO_TEST_CASE(summary_share_counts_each_compression_by_its_rate) {
  // 11 taps at 110/min, then 10 at 140/min without a pause: the window moves over the change.
  std::vector<double> taps = Taps(110, 11, 0);
  for (int i = 1; i <= 10; ++i) taps.push_back(taps[10] + i * 60000.0 / 140);
  const PracticeSummary summary = Tapped(taps).Summary();
  BOOST_TEST(summary.rated == 20);
  // Tap k after the change is rated over k fast and 5-k slow intervals: 110/min for the first
  // ten; k = 1 gives 114.9 (in range), k = 2 gives 120.3 (too fast), and so on.
  int expected = 0;
  for (std::size_t i = 1; i < taps.size(); ++i) {
    const std::size_t first = i >= 5 ? i - 5 : 0;
    const double rate = 60000.0 * static_cast<double>(i - first) / (taps[i] - taps[first]);
    if (rate >= 100 && rate <= 120) ++expected;
  }
  BOOST_TEST(summary.in_range == expected);
  BOOST_TEST(expected == 11);
  BOOST_TEST(std::abs(summary.in_range_share - 11.0 / 20) < 1e-9);
  // Mean rate: 20 intervals over 10 slow and 10 fast ones.
  const double expected_mean = 60000.0 * 20 / (10 * 60000.0 / 110 + 10 * 60000.0 / 140);
  BOOST_TEST(std::abs(summary.mean_rate - expected_mean) < 1e-6);
}

BOOST_AUTO_TEST_CASE(out_of_order_and_repeated_taps_are_ignored) {
  CprPractice practice;
  practice.Tap(1000);
  practice.Tap(1000);
  practice.Tap(900);
  practice.Tap(1545);
  BOOST_TEST(practice.taps().size() == 2u);
  BOOST_TEST(practice.Count().compression == 2);
}

BOOST_AUTO_TEST_CASE(an_empty_session_summarises_to_zero) {
  const PracticeSummary summary = CprPractice().Summary();
  BOOST_TEST(summary.compressions == 0);
  BOOST_TEST(summary.in_range_share == 0.0);
  BOOST_TEST(summary.mean_rate == 0.0);
  BOOST_TEST(summary.longest_pause_ms == 0.0);
}

BOOST_AUTO_TEST_SUITE_END()
