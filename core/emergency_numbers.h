// The Swedish public-safety phone numbers and when to call each one.
// Layer: core (std only). Issue #3 loads these from content packs; the built-in set below is the
// fallback that is always there, even when no pack loads.
#pragma once

#include <string>
#include <vector>

namespace beredd::core {

struct EmergencyNumber {
  std::string id;      // stable key, e.g. "emergency"; used for UI ids, never shown
  std::string number;  // as people say and read it, e.g. "114 14"
  std::string tel;     // digits for a tel: link, e.g. "11414"
  std::string name;    // short label, e.g. "Polisen"
  std::string when;    // one line: when to call this number
};

// 112, 114 14, 1177 and 113 13 with Swedish texts, in that order (most urgent first).
std::vector<EmergencyNumber> BuiltInNumbers();

}  // namespace beredd::core
