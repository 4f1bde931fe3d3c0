// Reading drill scenarios from a content pack's JSON. Layer: core (std + nlohmann); ui must
// not include it (ui sees the types in core/drill/drill_scenario.h only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/drill/drill_scenario.h"
#include "core/base/json_reader.h"

namespace beredd::core {

// Reads the optional "drills" array of a pack's `root` into `out`, reporting problems through
// `reader` (unique ids, targets naming existing steps, known actions, sane times).
void ReadDrillScenarios(JsonReader& reader, const nlohmann::json& root,
                        std::vector<DrillScenario>& out);

}  // namespace beredd::core
