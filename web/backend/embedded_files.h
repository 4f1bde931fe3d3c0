// Files built into the wasm: the subset fonts and the built-in content packs.
// Layer: web (Emscripten only). Must not include nlohmann, core or ui headers.
#pragma once

// The bytes come from a source written at build time (web/tools/embed_files.py, listed in
// web/CMakeLists.txt), not from Emscripten's file system, which is left out of the build.

#include <optional>
#include <span>
#include <string_view>

namespace beredd::web {

struct EmbeddedFile {
  std::string_view name;   // e.g. "/fonts/regular.ttf", "/content/sv.json"
  std::string_view bytes;
  std::string_view etag;   // the ETag serve.py gives the same bytes: "\"<32 hex digits of SHA-256>\""
};

// Every embedded file, in the order the build lists them.
std::span<const EmbeddedFile> EmbeddedFiles();

// The file called `name`, if it was built in.
std::optional<std::string_view> FindEmbeddedFile(std::string_view name);
// The ETag of the file called `name` ("" if it was not built in): the app asks whether a served
// file differs from its own copy with it.
std::string_view EmbeddedFileETag(std::string_view name);

}  // namespace beredd::web
