// A problem found in a file someone gave us (a content pack, a feed, a stored log): which file,
// where in it, and what is wrong. Layer: core (std only), so ui can show problems without JSON.
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <string>

namespace beredd::core {

struct Problem {
  std::string file;     // as the user named it, e.g. "content/sv.json"
  std::string path;     // JSON pointer; "" for the whole document
  std::string message;  // what is wrong, in English (a developer-facing check)
  // "content/sv.json: /numbers/2/tel: not a phone number ..."
  std::string ToString() const { return file + ": " + (path.empty() ? std::string("/") : path) + ": " + message; }
};

}  // namespace beredd::core
