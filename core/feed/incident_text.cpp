// An incident in words (what, where, which source), the same for the list and the popup.
// Layer: core (std only). Must not include ui, web, ImGui or Emscripten headers.
#include "core/feed/incident_text.h"

namespace beredd::core {

std::string IncidentWhatWhere(const Incident& incident, const Catalog& strings) {
  std::string text = incident.category;
  if (!incident.area_name.empty()) text += (text.empty() ? "" : " · ") + incident.area_name;
  if (incident.precision != LocationPrecision::Exact) {
    const char* key = incident.precision == LocationPrecision::Area ? "map.area" : "map.unplaced";
    text += (text.empty() ? "(" : " (") + std::string(strings.Get(key)) + ")";
  }
  return text;
}

std::string IncidentSource(const Incident& incident, const Catalog& strings) {
  if (incident.source.empty()) return {};
  return strings.Format("map.source", {{"source", incident.source}});
}

std::string AlertHeadline(const Incident& alert, const Catalog& strings) {
  if (alert.origin == IncidentOrigin::Smhi) return alert.title;  // "Orange varning: Kraftig vind"
  std::string text(strings.Get(alert.origin == IncidentOrigin::Cap ? "alert.vma" : "alert.alert"));
  return text.append(": ").append(alert.title);
}

std::string AlertDetails(const Incident& alert, const Catalog& strings) {
  std::string text = alert.area_name;
  if (!alert.instruction.empty()) {
    text.append(text.empty() ? "" : "\n").append(strings.Format("alert.instruction", {{"text", alert.instruction}}));
  }
  return text;
}

}  // namespace beredd::core
