// The string catalog: a pack's texts by key, with {name} placeholders filled in.
// Layer: core (std only). Must not include ui, web, ImGui or Emscripten headers.
#include "core/content/catalog.h"

#include <algorithm>
#include <utility>

namespace beredd::core {

Catalog::Catalog(Texts texts) : texts_(std::move(texts)) {}

std::string_view Catalog::Get(std::string_view key) const {
  auto it = texts_.find(key);
  if (it != texts_.end()) return it->second;
  if (missing_log_ != nullptr) missing_log_->emplace_back(key);
  return key;
}

std::string Catalog::Format(std::string_view key, Values values) const {
  const std::string_view pattern = Get(key);
  std::string text;
  std::size_t at = 0;
  while (at < pattern.size()) {
    const std::size_t open = pattern.find('{', at);
    const std::size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) break;
    text.append(pattern.substr(at, open - at));
    const std::string_view name = pattern.substr(open + 1, close - open - 1);
    bool replaced = false;
    for (const auto& [placeholder, value] : values) {
      if (placeholder == name) {
        text.append(value);
        replaced = true;
        break;
      }
    }
    if (!replaced) text.append(pattern.substr(open, close - open + 1));
    at = close + 1;
  }
  text.append(pattern.substr(std::min(at, pattern.size())));
  return text;
}

bool Catalog::Has(std::string_view key) const { return texts_.find(key) != texts_.end(); }

}  // namespace beredd::core
