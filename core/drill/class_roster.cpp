// Class roster and roll-call stepping. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/drill/class_roster.h"

#include <algorithm>
#include <cctype>

namespace beredd::core {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// ASCII case folding is enough to catch "4b" against "4B"; names are short labels.
bool SameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::tolower(x) == std::tolower(y);
         });
}

std::optional<int> ParseCount(std::string_view text) {
  text = Trim(text);
  if (text.empty() || text.size() > 5) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value < 1 || value > kMaxClassSize) return std::nullopt;
  return value;
}

int& Field(ClassCount& count, CountField field) {
  switch (field) {
    case CountField::Injured: return count.injured;
    case CountField::Missing: return count.missing;
    case CountField::Accounted: break;
  }
  return count.accounted;
}

}  // namespace

std::optional<RosterProblem> CheckNewClass(const std::vector<RosterClass>& roster,
                                           std::string_view name, std::string_view expected_text,
                                           RosterClass& out) {
  name = Trim(name);
  if (name.empty()) return RosterProblem::EmptyName;
  if (name.size() > kMaxClassNameBytes) return RosterProblem::NameTooLong;
  for (const RosterClass& existing : roster) {
    if (SameName(existing.name, name)) return RosterProblem::DuplicateName;
  }
  const std::optional<int> expected = ParseCount(expected_text);
  if (!expected) return RosterProblem::BadCount;
  out = {std::string(name), *expected};
  return std::nullopt;
}

ClassCount AdjustCount(ClassCount count, CountField field, int delta) {
  int& value = Field(count, field);
  value = std::clamp(value + delta, 0, count.expected);
  if (field != CountField::Accounted && count.unreported() < 0) {
    count.accounted = std::max(0, count.accounted + count.unreported());
  }
  // Still over (injured + missing alone exceed the class): undo the part that does not fit.
  if (count.unreported() < 0) value += count.unreported();
  return count;
}

ClassCount AllAccounted(ClassCount count) {
  count.accounted = std::max(0, count.expected - count.injured - count.missing);
  return count;
}

}  // namespace beredd::core
