// Home preparedness in core: the household calculator's amounts for several households, the
// shipped checklist (a source on every item, the same ids in both languages), the pack reader's
// refusals, and the session: kept in storage only when allowed, "last checked" and the
// reminder, the export, and "forget everything" in two taps.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "core/content/content_pack_json.h"
#include "core/prepare/household.h"
#include "core/prepare/prepare_session.h"
#include "core/prepare/prepare_state.h"
#include "fake_platform.h"
#include "shipped_packs.h"

using namespace beredd::core;
using beredd::test::FakePlatform;

namespace {

HouseholdRules Rules() {
  HouseholdRules rules;
  rules.water_litres_per_person_day = 3;
  rules.container_litres = 10;
  rules.medicine_days = 30;
  return rules;
}

// The shipped Swedish pack with its "preparedness" section changed by `edit`.
std::string SwedishPackWith(void (*edit)(nlohmann::json&)) {
  nlohmann::json pack = nlohmann::json::parse(beredd::test::Shipped("sv"));
  edit(pack["preparedness"]);
  return pack.dump();
}

std::int64_t Noon(CivilDate date) { return DaysSinceEpoch(date) * 86'400'000 + 11 * 3'600'000; }

}  // namespace

BOOST_AUTO_TEST_SUITE(prepare)

BOOST_AUTO_TEST_CASE(the_calculator_gives_amounts_for_several_households) {
  struct Case {
    Household household;
    int people;
    double litres;
    int jugs;
    int person_days;
  };
  const Case cases[] = {
      {{.adults = 1, .days = 7}, 1, 21, 3, 7},                                // alone, a week
      {{.adults = 2, .children = 2, .days = 7}, 4, 84, 9, 28},                // MSB's example family
      {{.adults = 2, .children = 1, .infants = 1, .pets = 2, .days = 3}, 4, 36, 4, 12},
      {{.adults = 3, .days = 10}, 3, 90, 9, 30},                              // exactly 9 jugs
      {{.adults = 0, .children = 0, .infants = 0, .days = 7}, 1, 21, 3, 7},   // never nobody
      {{.adults = 50, .days = 500}, kMaxPeople, kMaxPeople * 3.0 * kMaxDays, 540, kMaxPeople * kMaxDays},
  };
  for (const Case& c : cases) {
    const HouseholdAmounts amounts = CalculateAmounts(c.household, Rules());
    BOOST_TEST(amounts.people == c.people);
    BOOST_TEST(amounts.water_litres == c.litres);
    BOOST_TEST(amounts.containers == c.jugs);
    BOOST_TEST(amounts.person_days == c.person_days);
    BOOST_TEST(amounts.medicine_days == 30);
  }
  BOOST_TEST(CalculateAmounts({.adults = 2, .pets = 3}, Rules()).pets == 3);
  HouseholdRules half = Rules();
  half.container_litres = 10.5;
  BOOST_TEST(CalculateAmounts({.adults = 4, .days = 7}, half).containers == 8);  // 84 l in 10.5 l jugs
}

BOOST_FIXTURE_TEST_CASE(every_shipped_item_names_its_source_in_both_languages, beredd::test::BuiltIn) {
  for (const std::string& locale : {std::string("sv"), std::string("en")}) {
    std::vector<Problem> problems;
    const auto pack = ParseContentPack(beredd::test::Shipped(locale), locale + ".json", problems);
    BOOST_TEST_REQUIRE(pack.has_value());
    BOOST_TEST_REQUIRE(pack->preparedness.has_value());
    const Preparedness& p = *pack->preparedness;
    BOOST_TEST(p.groups.size() == 8u, "water, food, heat, information, communication, payment, medicine, documents");
    for (const PrepGroup& group : p.groups) {
      for (const PrepItem& item : group.items) {
        BOOST_TEST(!item.source.organisation.empty(), item.id);
        BOOST_TEST(!item.source.document.empty(), item.id);
      }
    }
    BOOST_TEST(p.household.water_litres_per_person_day == 3.0);  // Krisinformation: per adult and day
    BOOST_TEST(p.household.medicine_days == 30);                 // Socialstyrelsen: a month
    BOOST_TEST(p.recheck_months == 6);
  }
}

BOOST_AUTO_TEST_CASE(an_item_without_a_source_is_refused_and_repeated_ids_too) {
  std::vector<Problem> problems;
  BOOST_TEST(!ParseContentPack(SwedishPackWith([](nlohmann::json& p) { p["groups"][0].erase("source"); }),
                               "sv.json", problems));
  BOOST_TEST_REQUIRE(!problems.empty());
  BOOST_TEST(problems[0].ToString() ==
             "sv.json: /preparedness/groups/0/items/0: no source: give the item or its group a \"source\"");
  problems.clear();
  BOOST_TEST(!ParseContentPack(SwedishPackWith([](nlohmann::json& p) { p["groups"][1]["items"][0]["id"] = "water_stored"; }),
                               "sv.json", problems));
  BOOST_TEST_REQUIRE(!problems.empty());
  BOOST_TEST(problems[0].ToString().find("sv.json: /preparedness/groups/1/items/0/id: duplicate id \"water_stored\"") == 0u,
             problems[0].ToString());
  problems.clear();
  BOOST_TEST(!ParseContentPack(SwedishPackWith([](nlohmann::json& p) { p["household"]["water_litres_per_person_day"] = 0.5; }),
                               "sv.json", problems));
  BOOST_TEST(problems.at(0).path == "/preparedness/household/water_litres_per_person_day");
}

BOOST_AUTO_TEST_CASE(a_pack_whose_checklist_differs_from_swedish_is_refused) {
  std::vector<Problem> problems;
  std::vector<ContentPack> packs;
  packs.push_back(*ParseContentPack(beredd::test::Shipped("sv"), "sv.json", problems));
  nlohmann::json en = nlohmann::json::parse(beredd::test::Shipped("en"));
  en["preparedness"]["groups"][0]["items"].erase(0);
  packs.push_back(*ParseContentPack(en.dump(), "en.json", problems));
  BOOST_TEST_REQUIRE(problems.empty());
  const std::vector<std::string> files = {"sv.json", "en.json"};
  CheckPackSet(packs, files, problems);
  BOOST_TEST_REQUIRE(problems.size() == 1u);
  BOOST_TEST(problems[0].path == "/preparedness/groups/0/items");
}

BOOST_FIXTURE_TEST_CASE(progress_is_kept_in_storage_and_read_back, beredd::test::BuiltIn) {
  const Preparedness& content = *packs.current().preparedness;
  FakePlatform platform;
  {
    PrepareSession session(platform, /*keep=*/true);
    session.Apply({.toggle_item = "water_stored"}, content, Noon({2026, 12, 4}));
    session.Apply({.household = Household{.adults = 2, .children = 2}}, content, Noon({2026, 12, 4}));
    session.Apply({.plan_text = {{"meeting_place", "Kyrkan"}}}, content, Noon({2026, 12, 4}));
    session.Apply({.toggle_item = "no_such_item"}, content, Noon({2026, 12, 4}));  // ignored
  }
  BOOST_TEST_REQUIRE(platform.stored.count(std::string(kPrepareStorageKey)) == 1u);
  PrepareSession reloaded(platform, /*keep=*/true);
  BOOST_TEST(reloaded.state().checked == (std::set<std::string, std::less<>>{"water_stored"}));
  BOOST_TEST(reloaded.state().household.children == 2);
  BOOST_TEST(reloaded.state().plan.at("meeting_place") == "Kyrkan");
  PrepareView view;
  reloaded.Fill(view, content, Noon({2026, 12, 4}), 60);
  BOOST_TEST(view.amounts.water_litres == 84.0);
  BOOST_TEST_REQUIRE(view.groups.at("water").last_checked.has_value());
  BOOST_TEST(IsoDate(*view.groups.at("water").last_checked) == "2026-12-04");
  BOOST_TEST(!view.groups.at("food").last_checked.has_value());
}

BOOST_FIXTURE_TEST_CASE(a_kiosk_keeps_nothing, beredd::test::BuiltIn) {
  const Preparedness& content = *packs.current().preparedness;
  FakePlatform platform;
  platform.stored[std::string(kPrepareStorageKey)] = R"({"version": 1, "checked": ["pay_cash"]})";
  PrepareSession session(platform, /*keep=*/false);
  BOOST_TEST(session.state().checked.empty(), "a kiosk does not show this browser's own list");
  session.Apply({.toggle_item = "water_stored"}, content, Noon({2026, 12, 4}));
  session.Apply({.forget = true}, content, Noon({2026, 12, 4}));
  session.Apply({.forget = true}, content, Noon({2026, 12, 4}));
  BOOST_TEST(platform.stored.at(std::string(kPrepareStorageKey)) == R"({"version": 1, "checked": ["pay_cash"]})");
}

BOOST_FIXTURE_TEST_CASE(a_group_checked_six_months_ago_asks_to_be_checked_again, beredd::test::BuiltIn) {
  const Preparedness& content = *packs.current().preparedness;
  FakePlatform platform;
  PrepareSession session(platform, /*keep=*/true);
  session.Apply({.group_checked = "heat"}, content, Noon({2026, 6, 4}));
  PrepareView view;
  session.Fill(view, content, Noon({2026, 12, 3}), 60);
  BOOST_TEST(!view.groups.at("heat").recheck_due, "a day short of six months");
  session.Fill(view, content, Noon({2026, 12, 4}), 60);
  BOOST_TEST(view.groups.at("heat").recheck_due);
  BOOST_TEST(IsoDate(AddMonths({2026, 8, 31}, 6)) == "2027-02-28");
  BOOST_TEST(IsoDate(AddMonths({2027, 8, 31}, 6)) == "2028-02-29");
}

BOOST_FIXTURE_TEST_CASE(forget_everything_takes_two_taps_and_empties_storage, beredd::test::BuiltIn) {
  const Preparedness& content = *packs.current().preparedness;
  FakePlatform platform;
  PrepareSession session(platform, /*keep=*/true);
  session.Apply({.toggle_item = "pay_cash"}, content, Noon({2026, 12, 4}));
  session.Apply({.forget = true}, content, Noon({2026, 12, 4}));
  PrepareView view;
  session.Fill(view, content, Noon({2026, 12, 4}), 60);
  BOOST_TEST(view.forget_armed);
  BOOST_TEST(session.state().checked.size() == 1u, "one tap forgets nothing");
  session.Apply({.keep = true}, content, Noon({2026, 12, 4}));
  session.Apply({.forget = true}, content, Noon({2026, 12, 4}));
  session.Apply({.forget = true}, content, Noon({2026, 12, 4}));
  BOOST_TEST((session.state() == PrepareState{}));
  BOOST_TEST(platform.stored.count(std::string(kPrepareStorageKey)) == 0u);
}

BOOST_FIXTURE_TEST_CASE(the_export_is_json_with_amounts_and_plan_labels, beredd::test::BuiltIn) {
  const Preparedness& content = *packs.current().preparedness;
  FakePlatform platform;
  PrepareSession session(platform, /*keep=*/true);
  session.Apply({.household = Household{.adults = 2, .children = 2}}, content, Noon({2026, 12, 4}));
  session.Apply({.plan_text = {{"children", "Farmor hämtar vid skolan"}, {"not_a_field", "x"}}}, content, Noon({2026, 12, 4}));
  session.Apply({.export_json = true}, content, Noon({2026, 12, 4}));
  BOOST_TEST_REQUIRE(platform.downloads.size() == 1u);
  BOOST_TEST(platform.downloads[0].name == "hemberedskap.json");
  const nlohmann::json file = nlohmann::json::parse(platform.downloads[0].content);
  BOOST_TEST(file["amounts"]["water_litres"] == 84.0);
  BOOST_TEST(file["amounts"]["containers"] == 9);
  BOOST_TEST(file["plan"]["children"] == "Farmor hämtar vid skolan");
  BOOST_TEST(file["plan_labels"]["children"] == "Vem hämtar barnen, och var");
  BOOST_TEST(!file["plan"].contains("not_a_field"), "only the pack's fields are kept");
  BOOST_TEST(file["exported"] == "2026-12-04T11:00:00Z");
}

BOOST_AUTO_TEST_CASE(stored_text_that_cannot_be_read_starts_empty_and_says_why) {
  FakePlatform platform;
  platform.stored[std::string(kPrepareStorageKey)] = "{not json";
  PrepareSession session(platform, /*keep=*/true);
  BOOST_TEST((session.state() == PrepareState{}));
  BOOST_TEST_REQUIRE(platform.warnings.size() == 1u);
  BOOST_TEST(platform.warnings[0] == "stored preparedness not read (not a JSON object): starting empty");
  std::string problem;
  const auto odd = PrepareStateFromText(R"({"version": 1, "household": {"adults": -4, "days": 9999}, "plan": {"p4": 7}})", problem);
  BOOST_TEST_REQUIRE(odd.has_value());
  BOOST_TEST(odd->household.adults == 1);
  BOOST_TEST(odd->household.days == kMaxDays);
  BOOST_TEST(odd->plan.empty());
}

BOOST_AUTO_TEST_CASE(typed_text_with_invalid_utf8_is_kept_with_a_replacement) {
  PrepareState state;
  state.plan["meeting_place"] = std::string("Torget \xed\xa0\x80");  // a lone surrogate from the DOM
  std::string problem;
  const auto back = PrepareStateFromText(PrepareStateText(state), problem);
  BOOST_TEST_REQUIRE(back.has_value());
  BOOST_TEST(back->plan.at("meeting_place").rfind("Torget ", 0) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
