// Incidents as GeoJSON, and the nlohmann reference reader. Layer: core (std + nlohmann).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/feed/feed_json.h"

#include "core/base/json_reader.h"
#include "core/base/json_tape.h"
#include "core/base/time.h"
#include "core/feed/formats/feed_document.h"

namespace beredd::core {
namespace {

using nlohmann::json;

json Ring(const std::vector<GeoPoint>& ring) {
  json positions = json::array();
  for (const GeoPoint& p : ring) positions.push_back({p.lon, p.lat});
  return positions;
}

// nlohmann's document as a tape, so the format readers see exactly what it parsed: its objects
// hold each name once (the last), in name order.
void CopyToTape(const json& value, JsonTape& tape) {
  switch (value.type()) {
    case json::value_t::object: {
      const std::uint32_t node = tape.Open(JsonTape::Kind::Object);
      for (const auto& [key, member] : value.items()) {
        tape.AddKey(key);
        CopyToTape(member, tape);
      }
      return tape.Close(node);
    }
    case json::value_t::array: {
      const std::uint32_t node = tape.Open(JsonTape::Kind::Array);
      for (const json& element : value) CopyToTape(element, tape);
      return tape.Close(node);
    }
    case json::value_t::string: return tape.AddString(value.get_ref<const std::string&>());
    case json::value_t::boolean: return tape.AddBoolean(value.get<bool>());
    case json::value_t::number_integer: return tape.AddInteger(value.get<std::int64_t>());
    case json::value_t::number_unsigned: return tape.AddUnsigned(value.get<std::uint64_t>());
    case json::value_t::number_float: return tape.AddFloat(value.get<double>());
    default: return tape.AddNull();
  }
}

}  // namespace

json IncidentsToGeoJson(const std::vector<Incident>& incidents) {
  json features = json::array();
  for (const Incident& incident : incidents) {
    json geometry;  // null for an unplaced incident (RFC 7946 3.2: an unlocated feature)
    if (!IsPlaced(incident)) {
      geometry = nullptr;
    } else if (incident.polygon.empty()) {
      geometry = {{"type", "Point"}, {"coordinates", {incident.position.lon, incident.position.lat}}};
    } else {
      json rings = json::array();
      for (const auto& ring : incident.polygon) rings.push_back(Ring(ring));
      geometry = {{"type", "Polygon"}, {"coordinates", rings}};
    }
    json properties = {
        {"id", incident.id},           {"title", incident.title},
        {"summary", incident.summary}, {"category", incident.category},
        {"area", incident.area_name},  {"time", IsoUtcExact(incident.time_ms)},
        {"updated", IsoUtcExact(incident.updated_ms)},
        {"severity", incident.severity},
        {"status", StatusName(incident.status)},
        {"precision", PrecisionName(incident.precision)},
        {"source", incident.source},   {"url", incident.url},
        {"origin", OriginName(incident.origin)},
        {"area_codes", incident.area_codes},
    };
    if (!incident.instruction.empty()) properties["instruction"] = incident.instruction;
    if (incident.expires_ms > 0) properties["expires"] = IsoUtcExact(incident.expires_ms);
    features.push_back({{"type", "Feature"}, {"id", incident.id}, {"geometry", geometry},
                        {"properties", properties}});
  }
  return {{"type", "FeatureCollection"}, {"features", features}};
}

std::optional<Feed> ParseFeedWithNlohmann(std::string_view text, FeedFormat format, FeedError* error,
                                          const FeedLimits& limits) {
  using namespace feed_reading;
  if (auto problem = CheckStart(text, limits)) return Refuse(error, *problem);
  if (auto problem = CheckDepth(text, limits)) return Refuse(error, *problem);
  std::string repaired;
  if (!IsValidUtf8(text)) repaired = RepairUtf8(text);
  std::vector<Problem> problems;
  std::optional<json> parsed = ParseJson(repaired.empty() ? text : std::string_view(repaired), "", problems);
  if (!parsed) return Refuse(error, FeedError{0, 0, 0, problems.empty() ? "not valid JSON" : problems.front().message});
  JsonTape tape;
  CopyToTape(*parsed, tape);
  return ReadDocument(tape.Root(), format, error, limits);
}

}  // namespace beredd::core
