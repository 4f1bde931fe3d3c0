// Reading a pack's CPR guide: rhythm settings and the modes, each with its own steps, depth,
// hands and source, checked so a child's or infant's mode never shows an adult's depth or
// ratio. Layer: core (std + nlohmann). Must not include ui, web, ImGui or Emscripten headers.
#include "core/cpr/cpr_guide_json.h"

#include <algorithm>
#include <utility>

#include "core/content/pack_reading.h"

namespace beredd::core {
namespace {

using nlohmann::json;
using pack_reading::ForEachObject;
using pack_reading::ForEachStep;
using pack_reading::IntegerInRange;
using pack_reading::ReadSource;
using pack_reading::UniqueIds;

std::optional<CprAudience> ReadAudience(JsonReader& reader, const json& mode, const std::string& path) {
  const auto audience = reader.Text(mode, path, "for");
  if (!audience) return std::nullopt;
  if (*audience == "adult") return CprAudience::Adult;
  if (*audience == "child") return CprAudience::Child;
  if (*audience == "infant") return CprAudience::Infant;
  reader.Report(JsonReader::Join(path, "for"),
                "must be \"adult\", \"child\" or \"infant\", found \"" + *audience + "\"");
  return std::nullopt;
}

std::vector<CprStep> ReadCprSteps(JsonReader& reader, const json& mode, const std::string& path) {
  std::vector<CprStep> steps;
  ForEachStep(reader, mode, path, [&](const json& item, const std::string& step_path,
                                      const std::optional<std::string>& id) {
    auto title = reader.Text(item, step_path, "title");
    auto text = reader.Text(item, step_path, "text");
    if (id && title && text) steps.push_back({*id, *title, *text});
  });
  return steps;
}

std::optional<CprMode> ReadCprMode(JsonReader& reader, const json& item, const std::string& path) {
  auto id = reader.Text(item, path, "id");
  auto audience = ReadAudience(reader, item, path);
  auto name = reader.Text(item, path, "name");
  auto notes = reader.Text(item, path, "notes", false);
  auto depth = reader.Text(item, path, "depth");
  auto hands = reader.Text(item, path, "hands");
  auto compressions = IntegerInRange(reader, item, path, "compressions", 1, 100, "");
  auto breaths = IntegerInRange(reader, item, path, "breaths", 0, 10, "");
  auto initial = IntegerInRange(reader, item, path, "initial_breaths", 0, 10, "", 0);
  std::vector<CprStep> steps = ReadCprSteps(reader, item, path);
  auto source = ReadSource(reader, item, path);
  if (!id || !audience || !name || !depth || !hands || !compressions || !breaths || !initial ||
      !source) {
    return std::nullopt;
  }
  return CprMode{*id, *audience, *name, notes.value_or(""), *depth, *hands, *compressions,
                 *breaths, *initial, std::move(steps), std::move(*source)};
}

// Every "N:M" in `text` that is not `ratio`, e.g. "30:2" in an infant's 15:2 steps.
std::optional<std::string> ForeignRatio(std::string_view text, const std::string& ratio) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos;
       colon = text.find(':', colon + 1)) {
    std::size_t begin = colon;
    while (begin > 0 && digit(text[begin - 1])) --begin;
    std::size_t end = colon + 1;
    while (end < text.size() && digit(text[end])) ++end;
    if (begin == colon || end == colon + 1) continue;
    std::string found(text.substr(begin, end - begin));
    if (found != ratio) return found;
  }
  return std::nullopt;
}

// A child's or infant's mode must not show an adult's depth, and no mode may name another
// mode's ratio: copying the adult steps into the infant mode is the mistake this catches.
void CheckModesOwnTheirText(JsonReader& reader, const std::vector<CprMode>& modes) {
  std::vector<std::string> adult_depths;
  for (const CprMode& mode : modes) {
    if (mode.audience != CprAudience::Adult) continue;
    if (std::find(adult_depths.begin(), adult_depths.end(), mode.depth) == adult_depths.end()) {
      adult_depths.push_back(mode.depth);  // once: adult and compressions-only share theirs
    }
  }
  for (std::size_t m = 0; m < modes.size(); ++m) {
    const CprMode& mode = modes[m];
    const std::string path = "/cpr/modes/" + std::to_string(m);
    const std::string ratio = std::to_string(mode.compressions) + ":" + std::to_string(mode.breaths);
    auto check = [&](const std::string& text, const std::string& at) {
      if (mode.breaths > 0) {
        if (auto other = ForeignRatio(text, ratio)) {
          reader.Report(at, "names the ratio " + *other + ", but this mode is " + ratio);
        }
      } else if (auto any = ForeignRatio(text, "")) {
        reader.Report(at, "names the ratio " + *any + ", but this mode gives no breaths");
      }
      if (mode.audience == CprAudience::Adult) return;
      for (const std::string& adult : adult_depths) {
        if (text.find(adult) != std::string::npos) {
          reader.Report(at, "shows the adult depth \"" + adult + "\": a child's or infant's mode "
                            "needs its own depth text");
        }
      }
    };
    check(mode.depth, path + "/depth");
    for (std::size_t s = 0; s < mode.steps.size(); ++s) {
      const std::string at = path + "/steps/" + std::to_string(s);
      check(mode.steps[s].title, at + "/title");
      check(mode.steps[s].text, at + "/text");
    }
  }
}

}  // namespace

void ReadCprGuide(JsonReader& reader, const json& root, CprGuide& guide) {
  const json* cpr = reader.Object(root, "", "cpr");
  if (cpr == nullptr) return;
  guide.disclaimer = reader.Text(*cpr, "/cpr", "disclaimer").value_or("");
  guide.rate_per_min =
      IntegerInRange(reader, *cpr, "/cpr", "rate_per_min", 100, 120, " per minute (ERC 2021)")
          .value_or(110);
  if (auto seconds = reader.Number(*cpr, "/cpr", "seconds_per_breath", false)) {
    if (*seconds < 1.0 || *seconds > 5.0) {
      reader.Report("/cpr/seconds_per_breath", "seconds_per_breath must be 1-5 (two breaths "
                                               "must take under 10 s, ERC 2021)");
    } else {
      guide.seconds_per_breath = *seconds;
    }
  }
  if (auto interval = reader.Number(*cpr, "/cpr", "swap_interval_s", false)) {
    if (*interval < 60 || *interval > 300) {
      reader.Report("/cpr/swap_interval_s", "swap_interval_s must be 60-300");
    } else {
      guide.swap_interval_s = *interval;
    }
  }

  const json* modes = reader.Array(*cpr, "/cpr", "modes");
  if (modes == nullptr) return;
  if (modes->empty()) reader.Report("/cpr/modes", "no modes");
  UniqueIds ids(reader);
  ForEachObject(reader, *modes, "/cpr/modes", [&](const json& item, const std::string& path) {
    if (auto mode = ReadCprMode(reader, item, path)) {
      ids.Check(mode->id, JsonReader::Join(path, "id"), path);
      guide.modes.push_back(std::move(*mode));
    }
  });
  CheckModesOwnTheirText(reader, guide.modes);
}

}  // namespace beredd::core
