// The class roster as stored. Layer: core (std + nlohmann).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/drill/class_roster_json.h"

#include <nlohmann/json.hpp>

namespace beredd::core {

std::string RosterToJson(const std::vector<RosterClass>& roster) {
  nlohmann::json classes = nlohmann::json::array();
  for (const RosterClass& c : roster) classes.push_back({{"name", c.name}, {"expected", c.expected}});
  return classes.dump();
}

std::vector<RosterClass> RosterFromJson(std::string_view text) {
  std::vector<RosterClass> roster;
  const auto classes = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!classes.is_array()) return roster;
  for (const auto& entry : classes) {
    if (!entry.is_object()) continue;
    auto name = entry.find("name");
    auto expected = entry.find("expected");
    if (name == entry.end() || !name->is_string() || expected == entry.end() ||
        !expected->is_number_integer()) {
      continue;
    }
    RosterClass added;
    const std::string count = std::to_string(expected->get<long long>());
    if (!CheckNewClass(roster, name->get<std::string>(), count, added)) roster.push_back(added);
  }
  return roster;
}

}  // namespace beredd::core
