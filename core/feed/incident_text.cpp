// An incident in words. Layer: core.
#include "core/feed/incident_text.h"

namespace beredd::core {

std::string IncidentWhatWhere(const Incident& incident, const Catalog& strings) {
  std::string text = incident.category;
  if (!incident.area_name.empty()) text += (text.empty() ? "" : " · ") + incident.area_name;
  if (incident.precision == LocationPrecision::Area) {
    text += (text.empty() ? "(" : " (") + std::string(strings.Get("map.area")) + ")";
  }
  return text;
}

std::string IncidentSource(const Incident& incident, const Catalog& strings) {
  if (incident.source.empty()) return {};
  return strings.Format("map.source", {{"source", incident.source}});
}

}  // namespace beredd::core
