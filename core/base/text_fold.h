// Folding text for a search box: letter case of ASCII and of the letters Swedish place names
// use (Å, Ä, Ö, É, Ü), so "örebro" finds "Örebro". Layer: core/base (std only).
// Must not include nlohmann, ui or web headers.
#pragma once

#include <string>
#include <string_view>

namespace beredd::core {

// Lower case, with leading and trailing spaces removed. Other bytes are kept as they are.
std::string FoldForSearch(std::string_view text);

}  // namespace beredd::core
