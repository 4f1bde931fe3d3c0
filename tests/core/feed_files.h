// The sample feeds in tests/feeds/, shaped like the live APIs, for core's tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace beredd::test {

inline std::string ReadFeedFile(const std::string& name) {
  std::ifstream in(std::string(BEREDD_FEEDS_DIR) + "/" + name, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace beredd::test
