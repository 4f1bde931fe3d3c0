// Guides from the content pack. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#include "core/guide/guide.h"

namespace beredd::core {

const Guide* FindGuide(std::span<const Guide> guides, std::string_view id) {
  for (const Guide& guide : guides) {
    if (guide.id == id) return &guide;
  }
  return nullptr;
}

}  // namespace beredd::core
