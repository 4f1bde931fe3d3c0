// Reading helpers shared by the parts of a content pack (content_pack.cpp, drill_scenario.cpp).
// Layer: core (std + nlohmann). Internal to core: not for ui/ or web/.
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/json_reader.h"
#include "core/content/source.h"

namespace beredd::core::pack_reading {

using nlohmann::json;

// Remembers ids seen in one array and reports a repeat with where the first one was.
class UniqueIds {
 public:
  explicit UniqueIds(JsonReader& reader) : reader_(reader) {}
  void Check(const std::string& id, const std::string& id_path, const std::string& item_path) {
    auto [it, inserted] = first_.emplace(id, item_path);
    if (!inserted) reader_.Report(id_path, "duplicate id \"" + id + "\" (first at " + it->second + ")");
  }

 private:
  JsonReader& reader_;
  std::map<std::string, std::string> first_;
};

// Calls `read(item, path)` for each element of `array` at `array_path`, reporting elements
// that are not objects.
template <typename ReadItem>
void ForEachObject(JsonReader& reader, const json& array, const std::string& array_path,
                   ReadItem read) {
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::string path = JsonReader::Join(array_path, i);
    const json& item = array[i];
    if (item.is_object()) {
      read(item, path);
    } else {
      reader.Report(path, "wrong type: expected an object, found " + std::string(item.type_name()));
    }
  }
}

// Calls `read(item, step_path, id)` for each step of `parent`'s required, non-empty "steps"
// array (`id` nullopt when missing, already reported), reporting repeated ids: CPR modes and
// guide sections share the shape.
template <typename ReadStep>
void ForEachStep(JsonReader& reader, const json& parent, const std::string& path, ReadStep read) {
  const json* array = reader.Array(parent, path, "steps");
  if (array == nullptr) return;
  const std::string at = JsonReader::Join(path, "steps");
  if (array->empty()) reader.Report(at, "no steps");
  UniqueIds ids(reader);
  ForEachObject(reader, *array, at, [&](const json& item, const std::string& step_path) {
    const std::optional<std::string> id = reader.Text(item, step_path, "id");
    if (id) ids.Check(*id, JsonReader::Join(step_path, "id"), step_path);
    read(item, step_path, id);
  });
}

inline std::optional<int> IntegerInRange(JsonReader& reader, const json& object, const std::string& path,
                                  std::string_view key, long long min, long long max,
                                  std::string_view why, std::optional<int> fallback = {}) {
  const auto value = reader.Integer(object, path, key, !fallback.has_value());
  if (!value) return fallback;
  if (*value < min || *value > max) {
    reader.Report(JsonReader::Join(path, key), std::string(key) + " must be " +
                                                   std::to_string(min) + "-" + std::to_string(max) +
                                                   std::string(why) + ", found " +
                                                   std::to_string(*value));
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

// The `source` every guide must carry: {"organisation", "document", "year"}. A guide without
// one is refused, because nobody could check where its instructions come from.
inline std::optional<Source> ReadSource(JsonReader& reader, const json& guide, const std::string& path) {
  const json* source = reader.Object(guide, path, "source");
  if (source == nullptr) return std::nullopt;
  const std::string at = JsonReader::Join(path, "source");
  auto organisation = reader.Text(*source, at, "organisation");
  auto document = reader.Text(*source, at, "document");
  auto year = IntegerInRange(reader, *source, at, "year", 1950, 2100, "");
  if (!organisation || !document || !year) return std::nullopt;
  return Source{*organisation, *document, *year};
}

}  // namespace beredd::core::pack_reading
