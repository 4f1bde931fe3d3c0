// String catalog. Layer: core (std only).
#include "core/catalog.h"

#include <utility>

namespace beredd::core {

Catalog::Catalog(Texts texts) : texts_(std::move(texts)) {}

std::string_view Catalog::Get(std::string_view key) const {
  auto it = texts_.find(key);
  if (it != texts_.end()) return it->second;
  if (missing_log_ != nullptr) missing_log_->emplace_back(key);
  return key;
}

bool Catalog::Has(std::string_view key) const { return texts_.find(key) != texts_.end(); }

}  // namespace beredd::core
