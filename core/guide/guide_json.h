// Reading guides from a content pack's JSON. Layer: core (std + nlohmann); ui must not include
// it (ui sees the types in core/guide/guide.h only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"
#include "core/guide/guide.h"

namespace beredd::core {

// Reads the "guides" array of a pack's `root` into `out`, reporting problems through `reader`:
// unique ids that are usable in a URL, a source for every guide, callable numbers.
void ReadGuides(JsonReader& reader, const nlohmann::json& root, std::vector<Guide>& out);

}  // namespace beredd::core
