// An incident in words, as the list beside the map and the map's popup both say it, so the two
// never disagree. Layer: core (std only). Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <string>

#include "core/content/catalog.h"
#include "core/feed/incident.h"

namespace beredd::core {

// What happened and where: "Trafikolycka · Stockholm (ungefärlig plats)"; "" when the feed
// says neither.
std::string IncidentWhatWhere(const Incident& incident, const Catalog& strings);

// Who reported it: "Källa: Polisen"; "" without a source.
std::string IncidentSource(const Incident& incident, const Catalog& strings);

// An alert as its headline says it: "VMA: Brand i Örebro" (a CAP alert), SMHI's own
// "Orange varning: Kraftig vind", or "Varning: …".
std::string AlertHeadline(const Incident& alert, const Catalog& strings);
// Where it applies and what to do, one per line: "Örebro kommun\nGör så här: Gå inomhus …".
std::string AlertDetails(const Incident& alert, const Catalog& strings);

}  // namespace beredd::core
