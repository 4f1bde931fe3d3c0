// Comparing place names from feeds without regard to ASCII letter case ("ÖREBRO län" is not
// folded: feeds differ in more than their Swedish letters). Layer: core/base (std only).
// Must not include nlohmann, ui or web headers.
#pragma once

#include <cctype>
#include <string_view>

namespace beredd::core {

inline bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace beredd::core
