// Looks up the files built into the wasm (the table itself is generated at build time).
// Layer: web (Emscripten only). Must not include nlohmann, core or ui headers.
#include "web/backend/embedded_files.h"

namespace beredd::web {
namespace {

const EmbeddedFile* Find(std::string_view name) {
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    if (file.name == name) return &file;
  }
  return nullptr;
}

}  // namespace

std::optional<std::string_view> FindEmbeddedFile(std::string_view name) {
  const EmbeddedFile* file = Find(name);
  return file != nullptr ? std::optional(file->bytes) : std::nullopt;
}

std::string_view EmbeddedFileETag(std::string_view name) {
  const EmbeddedFile* file = Find(name);
  return file != nullptr ? file->etag : std::string_view();
}

}  // namespace beredd::web
