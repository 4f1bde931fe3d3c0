// Reading home preparedness from a content pack's JSON. Layer: core (std + nlohmann); ui must
// not include it (ui sees the types in core/prepare/preparedness.h only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"
#include "core/prepare/preparedness.h"

namespace beredd::core {

// Reads the optional "preparedness" object of a pack's `root`, reporting problems through
// `reader`: unique ids, a source for every item (its own or its group's), figures in range.
// nullopt when the pack has none (or it could not be read; then `reader` says why).
std::optional<Preparedness> ReadPreparedness(JsonReader& reader, const nlohmann::json& root);

}  // namespace beredd::core
