// Reading a content pack from its JSON text. Layer: core (std + nlohmann inside); ui must not
// include it (ui sees the types in core/content/content_pack.h only).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/content/content_pack.h"
#include "core/base/problem.h"

namespace beredd::core {

// Parses and validates one pack. On any problem the pack is not returned, and `problems`
// names the file, the JSON path and what is wrong, for every problem found.
std::optional<ContentPack> ParseContentPack(std::string_view json_text, std::string_view file,
                                            std::vector<Problem>& problems);

}  // namespace beredd::core
