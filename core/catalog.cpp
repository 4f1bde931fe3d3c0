// String catalog and the built-in Swedish texts. Layer: core (std only).
#include "core/catalog.h"

#include <utility>

namespace beredd::core {

Catalog::Catalog(Texts texts) : texts_(std::move(texts)) {}

std::string_view Catalog::Get(std::string_view key) const {
  auto it = texts_.find(key);
  return it == texts_.end() ? key : std::string_view(it->second);
}

bool Catalog::Has(std::string_view key) const { return texts_.find(key) != texts_.end(); }

Catalog BuiltInSwedish() {
  return Catalog(Catalog::Texts{
      {"app.title", "Beredd"},
      {"topbar.label", "Viktiga telefonnummer"},
      {"home.heading", "Vad behöver du hjälp med?"},
      {"home.intro", "Vid fara för liv: ring 112 direkt."},
      {"screen.numbers", "Nödnummer"},
      {"screen.numbers.hint", "Vilket nummer ska jag ringa? 112, 114 14, 1177 och 113 13."},
      {"screen.cpr", "HLR"},
      {"screen.cpr.hint", "Hjärt-lungräddning steg för steg, med takt för kompressionerna."},
      {"screen.map", "Händelsekarta"},
      {"screen.map.hint", "Aktuella händelser och varningar nära dig."},
      {"screen.drill", "Skolövning"},
      {"screen.drill.hint", "Utrymning, inrymning och närvarokontroll. Endast övning."},
      {"numbers.eu", "112 fungerar i hela EU. Sms till 112 kräver att du har registrerat dig i förväg."},
      {"nav.home", "Till start"},
      {"screen.pending",
       "Den här delen är inte klar än. Vid nödläge: ring 112. För råd om vård: ring 1177."},
      {"route.unknown", "Sidan finns inte:"},
  });
}

}  // namespace beredd::core
