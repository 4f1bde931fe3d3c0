// One public incident on the map and in the list, whatever feed it came from: the Police
// events API, a CAP alert (Sveriges Radio's VMA), Krisinformation.se news, or Beredd's own
// GeoJSON profile. Layer: core (std only). Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/geo.h"

namespace beredd::core {

// CAP's status. Only Actual incidents are ever shown as live.
enum class IncidentStatus { Actual, Exercise, Test };

// Which kind of feed an incident came from: CAP is Sveriges Radio's VMA, SMHI its weather
// warnings.
enum class IncidentOrigin { GeoJson, Police, Cap, Krisinformation, Smhi };

// Exact: the spot itself. Area: somewhere in a municipality, county or drawn area; the map
// must not show it as a pin on a precise spot. Unplaced: a real alert whose area cannot be put
// on the map (only its area text is known): it is listed with that text, never dropped.
enum class LocationPrecision { Exact, Area, Unplaced };

struct Incident {
  std::string id;        // stable across polls: updates and removals are matched by it
  std::string title;     // plain text, never HTML
  std::string summary;   // plain text, never HTML
  std::string category;  // e.g. "Trafikolycka", "Fire"
  std::string area_name; // e.g. "Stockholms län"; empty when unknown
  std::string severity;  // CAP words where known: Extreme, Severe, Moderate, Minor, Unknown
  std::string source;    // who published it: "Polisen", "Sveriges Radio", "Krisinformation.se"
  std::string url;       // https only; empty otherwise
  std::string instruction;  // what to do (CAP `instruction`); plain text, often empty
  std::int64_t time_ms = 0;     // when it happened or was published (Unix ms)
  std::int64_t updated_ms = 0;  // last change; equals time_ms when the feed does not say
  std::int64_t expires_ms = 0;  // after this it no longer applies (CAP `expires`); 0: not said
  IncidentOrigin origin = IncidentOrigin::GeoJson;
  IncidentStatus status = IncidentStatus::Actual;
  LocationPrecision precision = LocationPrecision::Exact;
  GeoPoint position;                            // the marker: the spot, or the area's centre
                                                // (meaningless when Unplaced)
  std::vector<std::vector<GeoPoint>> polygon;   // outer ring then holes; empty for a point
  // The places it names, as SCB codes: "1880" a municipality, "18" a county, "SE" all of
  // Sweden. Empty when the feed gives only coordinates (or nothing). Whose alert it is
  // (core/places) is decided by these first.
  std::vector<std::string> area_codes;
  bool operator==(const Incident&) const = default;
};

inline bool IsLive(const Incident& incident) { return incident.status == IncidentStatus::Actual; }

// An alert, not just an incident: a live VMA, a Krisinformation item, or anything Severe or
// Extreme. Alerts are shown on every screen, above whatever is open.
bool IsAlert(const Incident& incident);
// Whether it still applies at `now_ms` (CAP `expires`).
inline bool HasExpired(const Incident& incident, std::int64_t now_ms) {
  return incident.expires_ms > 0 && incident.expires_ms <= now_ms;
}

const char* StatusName(IncidentStatus status);        // "Actual", "Exercise", "Test"
const char* PrecisionName(LocationPrecision precision);  // "exact", "area", "none"
const char* OriginName(IncidentOrigin origin);  // "geojson", "polisen", "cap", "krisinformation", "smhi"
std::optional<IncidentOrigin> ParseOrigin(std::string_view name);
inline bool IsPlaced(const Incident& incident) { return incident.precision != LocationPrecision::Unplaced; }

}  // namespace beredd::core
