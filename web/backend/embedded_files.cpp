// Looks up the files built into the wasm (the table itself is generated at build time).
// Layer: web (Emscripten only). Must not include nlohmann, core or ui headers.
#include "web/backend/embedded_files.h"

namespace beredd::web {

std::optional<std::string_view> FindEmbeddedFile(std::string_view name) {
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    if (file.name == name) return file.bytes;
  }
  return std::nullopt;
}

}  // namespace beredd::web
