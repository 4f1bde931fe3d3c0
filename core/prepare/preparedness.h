// Home preparedness ("Hemberedskap") from the content pack: MSB's and Krisinformation's
// checklist in its groups, the figures the household calculator works from, and the
// household plan's fields. Every item names its source.
// Layer: core (std only). Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include <string>
#include <vector>

#include "core/content/source.h"

namespace beredd::core {

struct PrepItem {
  std::string id;
  std::string text;
  Source source;  // the item's own, or its group's
};

// One of MSB's groups: water, food, heat, information, ...
struct PrepGroup {
  std::string id;
  std::string title;
  std::vector<PrepItem> items;
};

// What the calculator multiplies, each figure from the pack's source.
struct HouseholdRules {
  double water_litres_per_person_day = 3;  // Krisinformation: at least 3 litres per adult and day
  double container_litres = 10;            // the size of jug the amount is counted in
  int medicine_days = 30;                  // Socialstyrelsen: a month's prescribed medicine
  std::string water_note;                  // how the figure is applied (children count as adults)
  std::vector<std::string> food;           // a suggested food list
  Source source;
};

// A line of the household plan the visitor writes: "Mötesplats", "Vem hämtar barnen".
struct PlanField {
  std::string id;
  std::string label;
};

struct Preparedness {
  std::string intro;
  int recheck_months = 6;  // suggest checking a group again after this long
  HouseholdRules household;
  std::vector<PrepGroup> groups;
  std::vector<PlanField> plan;
  std::string radio_hint;  // where to find the local P4 frequency
};

}  // namespace beredd::core
