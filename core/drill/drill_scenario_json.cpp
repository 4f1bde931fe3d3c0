// Reading the "drills" section of a content pack. Layer: core (std + nlohmann).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/drill/drill_scenario_json.h"

#include <algorithm>
#include <utility>

#include "core/content/pack_reading.h"

namespace beredd::core {
namespace {

using nlohmann::json;
using pack_reading::ForEachObject;
using pack_reading::IntegerInRange;
using pack_reading::UniqueIds;

void ReadDrill(JsonReader& reader, const json& item, const std::string& path, DrillScenario& drill) {
  drill.id = reader.Text(item, path, "id").value_or("");
  drill.name = reader.Text(item, path, "name").value_or("");
  drill.description = reader.Text(item, path, "description").value_or("");
  if (auto action = reader.Text(item, path, "action")) {
    if (!ParseDrillAction(*action, drill.action)) {
      reader.Report(JsonReader::Join(path, "action"), "unknown action \"" + *action +
                                                          "\" (hold, secure, lockdown, evacuate, shelter)");
    }
  }
  drill.interval_days =
      IntegerInRange(reader, item, path, "interval_days", 1, 3650, " days").value_or(365);
  if (auto source = pack_reading::ReadSource(reader, item, path)) drill.source = std::move(*source);

  if (const json* steps = reader.Array(item, path, "steps")) {
    if (steps->empty()) reader.Report(JsonReader::Join(path, "steps"), "no steps");
    UniqueIds ids(reader);
    ForEachObject(reader, *steps, JsonReader::Join(path, "steps"), [&](const json& step, const std::string& at) {
      auto id = reader.Text(step, at, "id");
      auto text = reader.Text(step, at, "text");
      if (id) ids.Check(*id, JsonReader::Join(at, "id"), at);
      if (id && text) drill.steps.push_back({*id, *text});
    });
  }
  if (const json* targets = reader.Array(item, path, "targets", false)) {
    UniqueIds ids(reader);
    ForEachObject(reader, *targets, JsonReader::Join(path, "targets"), [&](const json& target, const std::string& at) {
      auto id = reader.Text(target, at, "id");
      auto text = reader.Text(target, at, "text");
      auto step = reader.Text(target, at, "step");
      auto within = reader.Number(target, at, "within_s");
      if (id) ids.Check(*id, JsonReader::Join(at, "id"), at);
      const bool known_step = step && std::any_of(drill.steps.begin(), drill.steps.end(),
                                                  [&](const DrillStep& s) { return s.id == *step; });
      if (step && !known_step) reader.Report(JsonReader::Join(at, "step"), "no step with id \"" + *step + "\"");
      if (within && !(*within > 0 && *within <= 24 * 3600)) {
        reader.Report(JsonReader::Join(at, "within_s"), "within_s must be more than 0 and at most a day");
      }
      if (id && text && known_step && within) drill.targets.push_back({*id, *text, *step, *within});
    });
  }
  if (const json* roles = reader.Array(item, path, "roles")) {
    UniqueIds ids(reader);
    ForEachObject(reader, *roles, JsonReader::Join(path, "roles"), [&](const json& role, const std::string& at) {
      DrillRole parsed;
      auto id = reader.Text(role, at, "id");
      auto name = reader.Text(role, at, "name");
      if (id) ids.Check(*id, JsonReader::Join(at, "id"), at);
      if (const json* list = reader.Array(role, at, "checklist")) {
        if (list->empty()) reader.Report(JsonReader::Join(at, "checklist"), "empty checklist");
        for (std::size_t i = 0; i < list->size(); ++i) {
          const std::string entry = JsonReader::Join(JsonReader::Join(at, "checklist"), i);
          const json& text = (*list)[i];
          if (!text.is_string() || text.get_ref<const std::string&>().empty()) {
            reader.Report(entry, "expected a non-empty text");
          } else {
            parsed.checklist.push_back(text.get<std::string>());
          }
        }
      }
      if (id && name) {
        parsed.id = *id;
        parsed.name = *name;
        drill.roles.push_back(std::move(parsed));
      }
    });
  }
  if (const json* injects = reader.Array(item, path, "injects", false)) {
    UniqueIds ids(reader);
    ForEachObject(reader, *injects, JsonReader::Join(path, "injects"), [&](const json& inject, const std::string& at) {
      auto id = reader.Text(inject, at, "id");
      auto text = reader.Text(inject, at, "text");
      auto at_s = reader.Number(inject, at, "at_s");
      if (id) ids.Check(*id, JsonReader::Join(at, "id"), at);
      if (at_s && !(*at_s >= 0 && *at_s <= 24 * 3600)) {
        reader.Report(JsonReader::Join(at, "at_s"), "at_s must be 0 to a day");
      } else if (id && text && at_s) {
        drill.injects.push_back({*id, *at_s, *text});
      }
    });
  }
}

}  // namespace

void ReadDrillScenarios(JsonReader& reader, const json& root, std::vector<DrillScenario>& out) {
  const json* drills = reader.Array(root, "", "drills", false);
  if (drills == nullptr) return;
  UniqueIds ids(reader);
  ForEachObject(reader, *drills, "/drills", [&](const json& item, const std::string& path) {
    DrillScenario drill;
    ReadDrill(reader, item, path, drill);
    if (!drill.id.empty()) ids.Check(drill.id, JsonReader::Join(path, "id"), path);
    out.push_back(std::move(drill));
  });
}

}  // namespace beredd::core
