// What one household has recorded on the preparedness screen, and its text form for the
// browser's storage and the JSON export. Layer: core (std only in this header).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/prepare/household.h"

namespace beredd::core {

struct PrepareState {
  std::set<std::string, std::less<>> checked;                 // item ids
  std::map<std::string, std::int64_t, std::less<>> group_checked_ms;  // group id -> wall clock
  Household household;
  std::map<std::string, std::string, std::less<>> plan;      // field id -> text
  bool operator==(const PrepareState&) const = default;
};

// The stored form: {"version": 1, "checked": [...], "group_checked": {...}, "household": {...},
// "plan": {...}}. Typed text that arrives as invalid UTF-8 is replaced, never a reason to lose
// the rest.
std::string PrepareStateText(const PrepareState& state);
// Reads a stored state; nullopt with `problem` set when it is not one. Unknown ids are kept
// (a pack may come back), counts are clamped.
std::optional<PrepareState> PrepareStateFromText(std::string_view text, std::string& problem);

// The export: the stored form plus when it was made, the amounts and the plan's labels, so the
// file makes sense without the app.
struct Preparedness;
std::string PrepareExportText(const PrepareState& state, const Preparedness& content,
                              std::int64_t now_ms);

}  // namespace beredd::core
