// Which URLs the portal may open on a user's request. Layer: core (std only).
// Content and feeds are untrusted: only phone calls and https pages are ever opened.
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <string_view>

namespace beredd::core {

// True for "tel:" followed by 2-15 digits (an optional leading '+'), and for IsHttpsUrl.
bool IsOpenableUrl(std::string_view url);

// The one https rule, for feed links, pack tile servers and the map's "read more": "https://",
// a non-empty host without user info ('@'), and no whitespace, control characters, backslash,
// quotes or angle brackets anywhere.
bool IsHttpsUrl(std::string_view url);

// True for 2-15 digits with an optional leading '+': what may follow "tel:".
bool IsPhoneNumber(std::string_view digits);

}  // namespace beredd::core
