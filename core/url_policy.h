// Which URLs the portal may open on a user's request. Layer: core (std only).
// Content and feeds are untrusted: only phone calls and https pages are ever opened.
#pragma once

#include <string_view>

namespace beredd::core {

// True for "tel:" followed by 2-15 digits (an optional leading '+'), and for "https://" URLs
// with a non-empty host and no whitespace or control characters.
bool IsOpenableUrl(std::string_view url);

// True for 2-15 digits with an optional leading '+': what may follow "tel:".
bool IsPhoneNumber(std::string_view digits);

}  // namespace beredd::core
