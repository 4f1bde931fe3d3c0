// Which URLs the portal may open on a user's request (phone calls and https pages only).
// Layer: core (std only). Must not include ui, web, ImGui or Emscripten headers.
#include "core/base/url_policy.h"

namespace beredd::core {
namespace {

bool IsTel(std::string_view url) {
  constexpr std::string_view kScheme = "tel:";
  return url.substr(0, kScheme.size()) == kScheme && IsPhoneNumber(url.substr(kScheme.size()));
}

}  // namespace

bool IsOpenableUrl(std::string_view url) { return IsTel(url) || IsHttpsUrl(url); }

bool IsHttpsUrl(std::string_view url) {
  constexpr std::string_view kScheme = "https://";
  if (url.substr(0, kScheme.size()) != kScheme) return false;
  for (char c : url) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F || c == '\\' || c == '"' || c == '<' || c == '>') {
      return false;
    }
  }
  const std::string_view rest = url.substr(kScheme.size());
  const std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  return !host.empty() && host.find('@') == std::string_view::npos;
}

bool IsPhoneNumber(std::string_view number) {
  if (!number.empty() && number.front() == '+') number.remove_prefix(1);
  if (number.size() < 2 || number.size() > 15) return false;
  for (char c : number) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace beredd::core
