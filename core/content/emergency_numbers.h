// A public-safety phone number and when to call it, as read from a content pack.
// Layer: core (std only). Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <string>

namespace beredd::core {

struct EmergencyNumber {
  std::string id;      // stable key, e.g. "emergency"; used for UI ids, never shown
  std::string number;  // as people say and read it, e.g. "114 14"
  std::string tel;     // digits for a tel: link, e.g. "11414"
  std::string name;    // short label, e.g. "Polisen"
  std::string when;    // one line: when to call this number
};

}  // namespace beredd::core
