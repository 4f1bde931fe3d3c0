// The packs Beredd ships (content/), loaded as the app loads its built-in ones, for the session
// tests.
#pragma once

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/content/pack_set.h"

namespace beredd::test {

inline std::string Shipped(const std::string& locale) {
  std::ifstream in(std::string(BEREDD_CONTENT_DIR) + "/" + locale + ".json");
  std::stringstream text;
  text << in.rdbuf();
  BOOST_TEST_REQUIRE(!text.str().empty(), locale);
  return text.str();
}

struct BuiltIn {
  core::PackSet packs;
  BuiltIn() {
    const std::vector<core::PackFile> files = {{"/content/en.json", Shipped("en")}, {"/content/sv.json", Shipped("sv")}};
    std::vector<core::Problem> problems;
    BOOST_TEST_REQUIRE(packs.LoadBuiltIn(files, problems));
    BOOST_TEST_REQUIRE(problems.empty());
  }
};

}  // namespace beredd::test
