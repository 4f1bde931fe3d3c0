// Drill scenarios: the SRP action names as packs write them. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/drill/drill_scenario.h"

#include <utility>

namespace beredd::core {

bool ParseDrillAction(const std::string& text, DrillAction& action) {
  constexpr std::pair<const char*, DrillAction> kActions[] = {
      {"hold", DrillAction::Hold},         {"secure", DrillAction::Secure},
      {"lockdown", DrillAction::Lockdown}, {"evacuate", DrillAction::Evacuate},
      {"shelter", DrillAction::Shelter},
  };
  for (const auto& [name, value] : kActions) {
    if (text == name) {
      action = value;
      return true;
    }
  }
  return false;
}

const char* DrillActionName(DrillAction action) {
  switch (action) {
    case DrillAction::Hold: return "hold";
    case DrillAction::Secure: return "secure";
    case DrillAction::Lockdown: return "lockdown";
    case DrillAction::Evacuate: return "evacuate";
    case DrillAction::Shelter: return "shelter";
  }
  return "evacuate";
}

}  // namespace beredd::core
