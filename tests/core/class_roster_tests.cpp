// The class roster (entered once, remembered) and the roll-call stepper maths.
#include <boost/test/unit_test.hpp>

#include "core/drill/class_roster.h"
#include "core/drill/class_roster_json.h"

using namespace beredd::core;

BOOST_AUTO_TEST_SUITE(class_roster)

BOOST_AUTO_TEST_CASE(a_new_class_needs_a_unique_name_and_a_plain_count) {
  const std::vector<RosterClass> roster = {{"4B", 25}};
  RosterClass added;
  BOOST_TEST(!CheckNewClass(roster, "  5A ", "28", added).has_value());
  BOOST_TEST(added.name == "5A");
  BOOST_TEST(added.expected == 28);
  BOOST_TEST((CheckNewClass(roster, "   ", "28", added) == RosterProblem::EmptyName));
  BOOST_TEST((CheckNewClass(roster, std::string(41, 'x'), "28", added) == RosterProblem::NameTooLong));
  BOOST_TEST((CheckNewClass(roster, "4b", "20", added) == RosterProblem::DuplicateName));
  for (const char* bad : {"", "0", "-3", "+3", "2.5", "12a", "10001", "999999999999"}) {
    BOOST_TEST((CheckNewClass(roster, "6C", bad, added) == RosterProblem::BadCount), bad);
  }
  BOOST_TEST(!CheckNewClass(roster, "6C", " 10000 ", added).has_value());
}

BOOST_AUTO_TEST_CASE(the_roster_round_trips_and_damaged_entries_are_skipped) {
  const std::vector<RosterClass> roster = {{"4B", 25}, {"Förskoleklass \"Ugglan\"", 18}};
  BOOST_TEST((RosterFromJson(RosterToJson(roster)) == roster));
  const auto damaged = RosterFromJson(
      R"([{"name":"4B","expected":25},{"name":"4b","expected":3},{"name":"5A","expected":-1},)"
      R"(7,{"name":"","expected":2},{"expected":4},{"name":"6C","expected":"20"},{"name":"7D","expected":30}])");
  BOOST_TEST((damaged == std::vector<RosterClass>{{"4B", 25}, {"7D", 30}}));
  BOOST_TEST(RosterFromJson("{not json").empty());
  BOOST_TEST(RosterFromJson(R"({"name":"4B"})").empty());
}

BOOST_AUTO_TEST_CASE(stepping_counts_stays_within_the_class) {
  const ClassCount empty{25, 0, 0, 0};
  BOOST_TEST(AdjustCount(empty, CountField::Accounted, +1).accounted == 1);
  BOOST_TEST(AdjustCount(empty, CountField::Accounted, -1).accounted == 0);
  const ClassCount full = AllAccounted(empty);
  BOOST_TEST(full.accounted == 25);
  BOOST_TEST(!full.needs_attention());
  BOOST_TEST(AdjustCount(full, CountField::Accounted, +1).accounted == 25);

  // A pupil reported missing from a class counted as all safe comes out of "accounted".
  const ClassCount one_missing = AdjustCount(full, CountField::Missing, +1);
  BOOST_TEST(one_missing.missing == 1);
  BOOST_TEST(one_missing.accounted == 24);
  BOOST_TEST(one_missing.unreported() == 0);
  BOOST_TEST(one_missing.needs_attention());
  const ClassCount found = AdjustCount(AdjustCount(one_missing, CountField::Missing, -1),
                                       CountField::Accounted, +1);
  BOOST_TEST((found == ClassCount{25, 25, 0, 0}));
  BOOST_TEST(!found.needs_attention());

  const ClassCount all_injured{2, 0, 2, 0};
  BOOST_TEST((AdjustCount(all_injured, CountField::Missing, +1) == all_injured));
  BOOST_TEST((AllAccounted(ClassCount{25, 3, 2, 1}) == ClassCount{25, 22, 2, 1}));
}

BOOST_AUTO_TEST_SUITE_END()
