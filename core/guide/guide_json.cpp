// Reading guides from a pack. Layer: core (std + nlohmann).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/guide/guide_json.h"

#include "core/base/url_policy.h"
#include "core/content/pack_reading.h"

namespace beredd::core {
namespace {

using nlohmann::json;
using pack_reading::ForEachObject;
using pack_reading::ForEachStep;
using pack_reading::ReadSource;
using pack_reading::UniqueIds;

// Ids become routes ("#/guide/choking"): lower-case letters, digits, '_' and '-'.
bool IsRouteId(std::string_view id) {
  if (id.empty() || id.size() > 40) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  }
  return true;
}

std::vector<GuideStep> ReadSteps(JsonReader& reader, const json& section, const std::string& path) {
  std::vector<GuideStep> steps;
  ForEachStep(reader, section, path, [&](const json& item, const std::string& step_path,
                                         const std::optional<std::string>& id) {
    auto title = reader.Text(item, step_path, "title");
    auto text = reader.Text(item, step_path, "text");
    auto tel = reader.Text(item, step_path, "tel", false);
    auto number = reader.Text(item, step_path, "number", false);
    if (tel.has_value() != number.has_value()) {
      reader.Report(step_path, "\"tel\" and \"number\" come together: the number to dial and as shown");
      return;
    }
    if (tel && !IsPhoneNumber(*tel)) {
      reader.Report(JsonReader::Join(step_path, "tel"),
                    "not a phone number: \"" + *tel + "\" (2-15 digits, optionally a leading +)");
      return;
    }
    if (id && title && text) steps.push_back({*id, *title, *text, tel.value_or(""), number.value_or("")});
  });
  return steps;
}

std::optional<GuideFeature> ReadFeature(JsonReader& reader, const json& guide, const std::string& path) {
  const auto feature = reader.Text(guide, path, "feature", false);
  if (!feature) return GuideFeature::None;
  if (*feature == "vma") return GuideFeature::Vma;
  reader.Report(JsonReader::Join(path, "feature"), "unknown feature \"" + *feature + "\" (known: vma)");
  return std::nullopt;
}

}  // namespace

void ReadGuides(JsonReader& reader, const json& root, std::vector<Guide>& out) {
  const json* guides = reader.Array(root, "", "guides");
  if (guides == nullptr) return;
  UniqueIds ids(reader);
  ForEachObject(reader, *guides, "/guides", [&](const json& item, const std::string& path) {
    auto id = reader.Text(item, path, "id");
    auto name = reader.Text(item, path, "name");
    auto hint = reader.Text(item, path, "hint");
    auto from_cpr = reader.Boolean(item, path, "from_cpr", false);
    auto feature = ReadFeature(reader, item, path);
    auto source = ReadSource(reader, item, path);
    if (id && !IsRouteId(*id)) {
      reader.Report(JsonReader::Join(path, "id"), "\"" + *id + "\" cannot be part of a URL: use a-z, 0-9, _ and -");
      id.reset();
    }
    if (id) ids.Check(*id, JsonReader::Join(path, "id"), path);
    std::vector<GuideSection> sections;
    if (const json* array = reader.Array(item, path, "sections")) {
      const std::string at = JsonReader::Join(path, "sections");
      if (array->empty()) reader.Report(at, "no sections");
      UniqueIds section_ids(reader);
      ForEachObject(reader, *array, at, [&](const json& section, const std::string& section_path) {
        auto section_id = reader.Text(section, section_path, "id");
        auto title = reader.Text(section, section_path, "title");
        auto steps = ReadSteps(reader, section, section_path);
        if (section_id) section_ids.Check(*section_id, JsonReader::Join(section_path, "id"), section_path);
        if (section_id && title) sections.push_back({*section_id, *title, std::move(steps)});
      });
    }
    if (id && name && hint && feature && source) {
      out.push_back({*id, *name, *hint, from_cpr.value_or(false), *feature, std::move(sections),
                     std::move(*source)});
    }
  });
}

}  // namespace beredd::core
