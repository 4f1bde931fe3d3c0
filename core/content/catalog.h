// A locale's UI strings, looked up by key ("home.cpr"), filled from a content pack.
// Layer: core (std only). Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

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

  // The text for `key` with each "{name}" replaced by its value: Format("drill.class",
  // {{"class", "4B"}, {"expected", "25"}}). Placeholders without a value stay as written, so a
  // mismatch between a pack and the code is visible.
  using Values = std::initializer_list<std::pair<std::string_view, std::string_view>>;
  std::string Format(std::string_view key, Values values) const;

  // Every key Get() did not find is appended to `log` (nullptr: none). Lets a test render
  // every screen and prove the UI reads no key a pack is not required to have.
  void SetMissingKeyLog(std::vector<std::string>* log) { missing_log_ = log; }

 private:
  Texts texts_;
  std::vector<std::string>* missing_log_ = nullptr;
};

}  // namespace beredd::core
