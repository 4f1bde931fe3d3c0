// The content packs the app runs on, one per locale, and the one on screen: built in at first,
// each replaced by the served pack of its locale once that validates against the others. A
// refused or missing served pack leaves the built-in one and a notice saying why. Layer: core
// (std only). Reading files and fetching are the runner's; this gets their text.
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/content_pack.h"
#include "core/base/problem.h"

namespace beredd::core {

struct PackFile {
  std::string name;  // as problems should name it: "/content/sv.json"
  std::string text;
};

class PackSet {
 public:
  // The built-in packs. Returns false, with `problems`, when any fails to parse or the set is
  // inconsistent (the build checks content/, so only a broken build gets here). Locale: default.
  bool LoadBuiltIn(std::span<const PackFile> files, std::vector<Problem>& problems);

  // A served pack (`url`, `text`): it replaces the pack of its locale when it parses and the
  // set still names the same numbers, steps, modes and drills. Returns true when it did; else
  // notice() says why, and every pack stays as it was.
  bool Served(std::string_view url, std::string_view text);
  // A served pack could not be fetched: the built-in one stays, and notice() says so.
  void Unavailable(std::string_view url, std::string_view reason);

  // The first of the browser's or the user's `preferred` languages that a pack has.
  void Choose(std::span<const std::string> preferred);
  void ChooseDefault();  // a kiosk's next visitor
  void SwitchToNext();   // the language button: the next locale, round

  const ContentPack& current() const { return packs_[current_]; }
  const ContentPack& default_pack() const { return packs_[DefaultIndex()]; }
  std::vector<std::string> Locales() const;
  // Why a served pack is not in use ("" when none was refused): the fallback notice.
  const std::string& notice() const { return notice_; }

 private:
  std::size_t DefaultIndex() const;

  std::vector<ContentPack> packs_;
  std::size_t current_ = 0;
  std::string notice_;
};

// "content/sv.json: /numbers/2/tel: not a phone number ... (+2)": the first problem and how
// many more.
std::string SummariseProblems(std::span<const Problem> problems);

}  // namespace beredd::core
