// Search folding (text_fold.h). Layer: core/base (std only).
// Must not include nlohmann, ui, web or Emscripten headers.
#include "core/base/text_fold.h"

#include <cctype>

namespace beredd::core {

std::string FoldForSearch(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  std::string folded(text);
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const auto byte = static_cast<unsigned char>(folded[i]);
    if (byte < 0x80) {
      folded[i] = static_cast<char>(std::tolower(byte));
    } else if (byte == 0xC3 && i + 1 < folded.size()) {
      // UTF-8 for U+00C0..U+00DE (À..Þ, Å Ä Ö É Ü among them) is C3 80..9E, their lower
      // case is C3 A0..BE; U+00D7 (×) has none.
      const auto next = static_cast<unsigned char>(folded[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) folded[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return folded;
}

}  // namespace beredd::core
