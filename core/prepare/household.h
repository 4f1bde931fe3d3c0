// The household calculator: who lives here and for how many days, turned into litres of water,
// jugs, days of food and medicine. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include "core/prepare/preparedness.h"

namespace beredd::core {

struct Household {
  int adults = 1;
  int children = 0;  // 1-17 years
  int infants = 0;   // under 1 year
  int pets = 0;
  int days = 7;
  bool operator==(const Household&) const = default;
};

// The ranges the calculator accepts; the steppers stop there.
inline constexpr int kMaxPeople = 20;
inline constexpr int kMaxPets = 20;
inline constexpr int kMinDays = 1;
inline constexpr int kMaxDays = 90;

// `household` with every count inside its range (at least one person).
Household Clamped(Household household);

struct HouseholdAmounts {
  int people = 0;
  double water_litres = 0;  // people x litres per person and day x days
  int containers = 0;       // jugs of the pack's size that hold it, rounded up
  int person_days = 0;      // days of food: people x days
  int medicine_days = 0;
  int pets = 0;             // pets need water and food too; how much depends on the animal
  bool operator==(const HouseholdAmounts&) const = default;
};

HouseholdAmounts CalculateAmounts(const Household& household, const HouseholdRules& rules);

}  // namespace beredd::core
