// GuideSession: the open guide and its next VMA test date from the platform's clock, and the
// signal sample, played only when asked on the VMA guide and stopped when the guide closes.
#include <boost/test/unit_test.hpp>

#include "core/guide/guide_session.h"
#include "fake_platform.h"
#include "shipped_packs.h"

using namespace beredd::core;

BOOST_AUTO_TEST_SUITE(guide_session)

BOOST_FIXTURE_TEST_CASE(the_vma_guide_has_its_next_test_and_plays_a_sample_only_when_asked,
                        beredd::test::BuiltIn) {
  beredd::test::FakePlatform platform;
  GuideSession session(platform);
  const auto& guides = packs.current().guides;
  // Monday 7 December 2026, 15:30 in Stockholm (+60): today's test is over.
  const std::int64_t wall_ms = DaysSinceEpoch({2026, 12, 7}) * 86'400'000 + (14 * 60 + 30) * 60'000;

  session.Open("vma");
  GuideView view;
  session.Fill(view, guides, wall_ms, 60);
  BOOST_TEST_REQUIRE(view.guide != nullptr);
  BOOST_TEST(view.guide->id == "vma");
  BOOST_TEST_REQUIRE(view.next_vma_test.has_value());
  BOOST_TEST(IsoDate(*view.next_vma_test) == "2027-03-01");

  session.Apply({}, guides);
  BOOST_TEST(platform.signal_samples.empty(), "no sound without a tap");
  session.Apply({.play_signal_sample = true}, guides);
  BOOST_TEST(platform.signal_samples == std::vector<double>{kVmaToneSeconds});

  session.Open("");  // left the guide
  BOOST_TEST(platform.signal_sample_stops == 1);
  session.Apply({.play_signal_sample = true}, guides);
  BOOST_TEST(platform.signal_samples.size() == 1u, "no guide open, no sample");
}

BOOST_FIXTURE_TEST_CASE(other_guides_have_no_test_date_and_no_sample, beredd::test::BuiltIn) {
  beredd::test::FakePlatform platform;
  GuideSession session(platform);
  const auto& guides = packs.current().guides;
  session.Open("choking");
  GuideView view;
  session.Fill(view, guides, 0, 60);
  BOOST_TEST_REQUIRE(view.guide != nullptr);
  BOOST_TEST(!view.next_vma_test.has_value());
  session.Apply({.play_signal_sample = true}, guides);
  BOOST_TEST(platform.signal_samples.empty());
  session.Open("nope");
  session.Fill(view, guides, 0, 60);
  BOOST_TEST(view.guide == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
