// School-safety exercise scenarios as content packs describe them: steps, role checklists,
// target times and scripted injects. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <string>
#include <vector>

#include "core/content/source.h"

namespace beredd::core {

// The Standard Response Protocol action a scenario practises.
enum class DrillAction { Hold, Secure, Lockdown, Evacuate, Shelter };

struct DrillStep {
  std::string id;
  std::string text;
};

// Met when `step` is checked off within `within_s` of the start.
struct DrillTarget {
  std::string id;
  std::string text;      // e.g. "Alla ute och redovisade inom 3 minuter"
  std::string step;      // a DrillStep id
  double within_s = 0;
};

struct DrillRole {
  std::string id;        // teacher, lead, marshal, caretaker
  std::string name;
  std::vector<std::string> checklist;
};

// A scripted event that appears at `at_s` into the drill ("Trapphus B är blockerat").
struct DrillInject {
  std::string id;
  double at_s = 0;
  std::string text;
};

struct DrillScenario {
  std::string id;
  std::string name;
  DrillAction action = DrillAction::Evacuate;
  std::string description;
  int interval_days = 365;  // the school's own plan: how often to practise it (no national rule)
  std::vector<DrillStep> steps;
  std::vector<DrillTarget> targets;
  std::vector<DrillRole> roles;
  std::vector<DrillInject> injects;  // in pack order; the engine fires them by time
  Source source;  // whose advice the steps follow (Polisen, MSB, ...)
};

// "hold", "secure", ... as written in packs; false for anything else.
bool ParseDrillAction(const std::string& text, DrillAction& action);
const char* DrillActionName(DrillAction action);

}  // namespace beredd::core
