// Reading the CPR guide of a content pack's JSON. Layer: core (std + nlohmann); ui must not
// include it (ui sees CprGuide in core/content/content_pack.h only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"
#include "core/content/content_pack.h"

namespace beredd::core {

// Reads the pack's "cpr" object into `guide`, reporting problems through `reader`: rates in
// ERC's ranges, unique ids, a source per mode, and no adult depth or foreign ratio in a
// child's or infant's mode.
void ReadCprGuide(JsonReader& reader, const nlohmann::json& root, CprGuide& guide);

}  // namespace beredd::core
