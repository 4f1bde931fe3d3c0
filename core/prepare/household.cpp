// The household calculator. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#include "core/prepare/household.h"

#include <algorithm>
#include <cmath>

namespace beredd::core {

Household Clamped(Household household) {
  household.adults = std::clamp(household.adults, 0, kMaxPeople);
  household.children = std::clamp(household.children, 0, kMaxPeople);
  household.infants = std::clamp(household.infants, 0, kMaxPeople);
  if (household.adults + household.children + household.infants == 0) household.adults = 1;
  household.pets = std::clamp(household.pets, 0, kMaxPets);
  household.days = std::clamp(household.days, kMinDays, kMaxDays);
  return household;
}

HouseholdAmounts CalculateAmounts(const Household& household, const HouseholdRules& rules) {
  const Household h = Clamped(household);
  HouseholdAmounts amounts;
  amounts.people = h.adults + h.children + h.infants;
  amounts.water_litres = amounts.people * rules.water_litres_per_person_day * h.days;
  // Whole jugs: a part-filled one is still a jug to own. The epsilon keeps 84 / 10.5 at 8.
  amounts.containers = rules.container_litres > 0
                           ? static_cast<int>(std::ceil(amounts.water_litres / rules.container_litres - 1e-9))
                           : 0;
  amounts.person_days = amounts.people * h.days;
  amounts.medicine_days = rules.medicine_days;
  amounts.pets = h.pets;
  return amounts;
}

}  // namespace beredd::core
