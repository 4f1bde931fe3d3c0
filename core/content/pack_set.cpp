// Built-in and served content packs, and the locale on screen. Layer: core.
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/content/pack_set.h"

#include <utility>

#include "core/content/content_pack_json.h"

namespace beredd::core {

bool PackSet::LoadBuiltIn(std::span<const PackFile> files, std::vector<Problem>& problems) {
  const std::size_t problems_before = problems.size();
  std::vector<ContentPack> packs;
  std::vector<std::string> names;
  for (const PackFile& file : files) {
    if (auto pack = ParseContentPack(file.text, file.name, problems)) {
      packs.push_back(std::move(*pack));
      names.push_back(file.name);
    }
  }
  if (!packs.empty()) CheckPackSet(packs, names, problems);
  if (packs.empty() || problems.size() != problems_before) return false;
  packs_ = std::move(packs);
  current_ = DefaultIndex();
  return true;
}

bool PackSet::Served(std::string_view url, std::string_view text) {
  std::vector<Problem> problems;
  std::optional<ContentPack> pack = ParseContentPack(text, url, problems);
  if (pack) {
    std::vector<ContentPack> candidate = packs_;
    std::vector<std::string> names;
    bool replaced = false;
    for (ContentPack& existing : candidate) {
      const bool same_locale = existing.locale == pack->locale;
      if (same_locale) existing = *pack;
      replaced = replaced || same_locale;
      names.push_back(same_locale ? std::string(url) : existing.locale);
    }
    if (!replaced) {
      problems.push_back({std::string(url), "/locale", "no built-in pack has locale \"" + pack->locale + "\""});
    }
    // A served pack may not drop numbers, steps or modes that the other languages have.
    CheckPackSet(candidate, names, problems);
    if (problems.empty()) {
      packs_ = std::move(candidate);
      return true;
    }
  }
  notice_ = SummariseProblems(problems);
  return false;
}

void PackSet::Unavailable(std::string_view url, std::string_view reason) {
  notice_ = std::string(url) + ": could not be fetched (" + std::string(reason) + ")";
}

void PackSet::Choose(std::span<const std::string> preferred) {
  const std::string locale = ChooseLocale(preferred, Locales());
  for (std::size_t i = 0; i < packs_.size(); ++i) {
    if (packs_[i].locale == locale) current_ = i;
  }
}

void PackSet::ChooseDefault() { current_ = DefaultIndex(); }

void PackSet::SwitchToNext() { current_ = (current_ + 1) % packs_.size(); }

std::vector<std::string> PackSet::Locales() const {
  std::vector<std::string> locales;
  for (const ContentPack& pack : packs_) locales.push_back(pack.locale);
  return locales;
}

std::size_t PackSet::DefaultIndex() const {
  for (std::size_t i = 0; i < packs_.size(); ++i) {
    if (packs_[i].locale == kDefaultLocale) return i;
  }
  return 0;  // CheckPackSet guarantees the default locale; the first pack otherwise
}

std::string SummariseProblems(std::span<const Problem> problems) {
  if (problems.empty()) return {};
  std::string text = problems.front().ToString();
  if (problems.size() > 1) text += " (+" + std::to_string(problems.size() - 1) + ")";
  return text;
}

}  // namespace beredd::core
