#include "test_packs.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/content/content_pack_json.h"

namespace beredd::test {

core::ContentPack LoadPack(const std::string& locale) {
  const std::string path = std::string(BEREDD_CONTENT_DIR) + "/" + locale + ".json";
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<core::Problem> problems;
  auto pack = core::ParseContentPack(text.str(), path, problems);
  if (!pack) {
    throw std::runtime_error(problems.empty() ? path : problems.front().ToString());
  }
  return std::move(*pack);
}

}  // namespace beredd::test
