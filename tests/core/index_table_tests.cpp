// IndexTable: indexes found by hash, with colliding hashes told apart by the caller's match,
// and grown by the caller when full.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "core/base/index_table.h"

using beredd::core::IndexTable;

BOOST_AUTO_TEST_SUITE(index_table)

BOOST_AUTO_TEST_CASE(colliding_hashes_are_told_apart_by_the_match) {
  const std::vector<std::string> names = {"Solna", "Örebro", "Kiruna", "Malmö"};
  IndexTable table;
  table.Reset(names.size());
  for (std::uint32_t i = 0; i < names.size(); ++i) table.Insert(7, i);  // all under one hash
  for (std::uint32_t i = 0; i < names.size(); ++i) {
    const auto found = table.Find(7, [&](std::uint32_t index) { return names[index] == names[i]; });
    BOOST_TEST_REQUIRE(found.has_value());
    BOOST_TEST(*found == i);
  }
  BOOST_TEST(!table.Find(7, [&](std::uint32_t index) { return names[index] == "Visby"; }).has_value());
  BOOST_TEST(!table.Find(8, [&](std::uint32_t index) { return names[index] == "Visby"; }).has_value());
}

BOOST_AUTO_TEST_CASE(it_says_when_full_and_finds_everything_after_growing) {
  IndexTable table;
  BOOST_TEST(!table.Find(1, [](std::uint32_t) { return true; }).has_value());  // never Reset
  table.Reset(0);
  std::uint32_t inserted = 0;
  while (!table.Full()) table.Insert(inserted, inserted), ++inserted;
  BOOST_TEST(inserted == 8u);  // 16 slots, half of them
  table.Reset(inserted * 2);
  for (std::uint32_t i = 0; i < inserted * 2; ++i) {
    BOOST_TEST_REQUIRE(!table.Full());
    table.Insert(i * 16, i);  // every hash on the same slot of a small table: long probes
  }
  for (std::uint32_t i = 0; i < inserted * 2; ++i) {
    BOOST_TEST(table.Find(i * 16, [&](std::uint32_t index) { return index == i; }).value_or(999) == i);
  }
}

BOOST_AUTO_TEST_CASE(string_keys_find_the_first_index_added_under_them) {
  const std::vector<std::string> ids = {"a", "b", "a", "c"};
  IndexTable table;
  table.Reset(ids.size());
  for (std::uint32_t i = 0; i < ids.size(); ++i) table.Insert(ids[i], i);
  const auto id_of = [&](std::uint32_t i) -> std::string_view { return ids[i]; };
  BOOST_TEST(table.FindKey("a", id_of).value() == 0u);
  BOOST_TEST(table.FindKey("c", id_of).value() == 3u);
  BOOST_TEST(!table.FindKey("d", id_of).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
