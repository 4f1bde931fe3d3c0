// The home preparedness screen's view-model and intents: the checklist with what this household
// has ticked and when each group was last checked, the calculator, the household plan, and what
// the visitor asked for. Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "core/base/time.h"
#include "core/prepare/household.h"
#include "core/prepare/preparedness.h"

namespace beredd::core {

struct PrepGroupStatus {
  std::optional<CivilDate> last_checked;  // local date; nullopt: never
  bool recheck_due = false;               // checked longer ago than the pack's interval
};

struct PrepareView {
  const Preparedness* content = nullptr;  // the current pack's
  Household household;
  HouseholdAmounts amounts;
  const std::set<std::string, std::less<>>* checked = nullptr;  // item ids; never null when filled
  std::map<std::string, PrepGroupStatus, std::less<>> groups;  // by group id
  const std::map<std::string, std::string, std::less<>>* plan = nullptr;  // field id -> text
  bool kept = true;          // progress is kept in this browser (not on a kiosk)
  bool showing_plan = false;  // the printable plan instead of the editor
  bool forget_armed = false;  // "forget everything" was tapped once: the next tap forgets
};

// What the visitor asked for during a frame.
struct PrepareIntents {
  std::string toggle_item;    // an item id: ticked <-> not
  std::string group_checked;  // a group id: "checked now", without changing a tick
  std::optional<Household> household;  // the calculator's new values
  std::map<std::string, std::string> plan_text;  // plan field id -> its new text
  bool show_plan = false;
  bool hide_plan = false;
  bool print = false;
  bool export_json = false;
  bool forget = false;        // first tap arms, the second forgets
  bool keep = false;          // cancels an armed forget
  bool operator==(const PrepareIntents&) const = default;
};

}  // namespace beredd::core
