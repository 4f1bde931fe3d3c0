// A locale's UI strings, looked up by key ("home.cpr").
// Layer: core (std only). Issue #3 fills catalogs from content packs; BuiltInSwedish() is the
// default that always exists.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace beredd::core {

class Catalog {
 public:
  using Texts = std::map<std::string, std::string, std::less<>>;

  Catalog() = default;
  explicit Catalog(Texts texts);

  // The text for `key`. A missing key returns the key itself, so a gap is visible on screen
  // and in tests instead of an empty label.
  std::string_view Get(std::string_view key) const;
  bool Has(std::string_view key) const;

 private:
  Texts texts_;
};

Catalog BuiltInSwedish();

}  // namespace beredd::core
