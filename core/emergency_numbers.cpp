// Built-in emergency numbers. Layer: core (std only).
// The texts follow the wording of the authorities behind each number (SOS Alarm, Polisen,
// 1177 Vårdguiden, 113 13) and match web/shell/index.html, which shows them before the wasm loads.
#include "core/emergency_numbers.h"

namespace beredd::core {

std::vector<EmergencyNumber> BuiltInNumbers() {
  return {
      {"emergency", "112", "112", "Nödnummer",
       "Vid akut fara för liv, hälsa, egendom eller miljö."},
      {"police", "114 14", "11414", "Polisen",
       "Polisärenden som inte är akuta, till exempel tips eller att anmäla ett brott i efterhand."},
      {"healthcare", "1177", "1177", "Sjukvårdsrådgivning",
       "Råd om vård och hälsa när det inte är akut."},
      {"crisis_info", "113 13", "11313", "Olyckor och kriser",
       "Information om allvarliga olyckor och kriser, eller om du vill lämna information."},
  };
}

}  // namespace beredd::core
