// Beredd's profile of GeoJSON (RFC 7946): a FeatureCollection of Points ([lon, lat]) and
// Polygons, with the incident's fields in `properties`. Unknown members are ignored.
// Layer: core (std + nlohmann). Must not include ui, web, ImGui or Emscripten headers.
#include <string>

#include "core/feed/formats/feed_reading.h"
#include "core/base/swedish_municipalities.h"
#include "core/base/json_reader.h"

namespace beredd::core {
namespace {

using nlohmann::json;
using namespace feed_reading;

// Reads the geometry into `incident`, or says why it cannot be read.
std::optional<std::string> ReadGeometry(const json& feature, Incident& incident) {
  const auto geometry = feature.find("geometry");
  // An unlocated feature (RFC 7946 3.2: "geometry": null) is listed without a place on the map.
  if (geometry != feature.end() && geometry->is_null()) {
    incident.precision = LocationPrecision::Unplaced;
    return std::nullopt;
  }
  if (geometry == feature.end() || !geometry->is_object()) return "no geometry";
  const auto type = geometry->find("type");
  const auto coordinates = geometry->find("coordinates");
  if (type == geometry->end() || !type->is_string() || coordinates == geometry->end()) {
    return "geometry without type or coordinates";
  }
  if (*type == "Point") {
    auto point = GeoJsonPosition(*coordinates);
    if (!point) return "Point: coordinates must be [lon, lat]";
    incident.position = *point;
    return std::nullopt;
  }
  if (*type != "Polygon") return "unsupported geometry type " + type->get<std::string>();
  return ReadPolygon(*coordinates, incident);
}

std::optional<IncidentStatus> ReadStatus(const std::string& text) {
  if (text.empty() || text == "Actual" || text == "actual") return IncidentStatus::Actual;
  if (text == "Exercise" || text == "exercise") return IncidentStatus::Exercise;
  if (text == "Test" || text == "test") return IncidentStatus::Test;
  return std::nullopt;
}

// `area_codes`: the SCB codes of the places it concerns ("1880", "18", "SE"). Without them, the
// place its `area` names, if any. A code no place has is left out; the item stays.
std::optional<std::string> ReadAreaCodes(const json& properties, Incident& incident) {
  const auto codes = properties.find("area_codes");
  if (codes == properties.end() || codes->is_null()) {
    NoteNamedPlace(incident, incident.area_name);
    return std::nullopt;
  }
  if (!codes->is_array()) return "area_codes: expected an array of strings";
  for (const json& code : *codes) {
    if (!code.is_string()) return "area_codes: expected an array of strings";
    const std::string text = code.get<std::string>();
    if (const auto place = FindPlace(text); place && place->code == text) NoteNamedPlace(incident, text);
  }
  return std::nullopt;
}

}  // namespace

void ReadGeoJsonFeed(const json& root, FeedBuilder& out) {
  const auto features = root.find("features");
  if (features == root.end() || !features->is_array()) return;
  for (std::size_t i = 0; i < features->size(); ++i) {
    const json& feature = (*features)[i];
    const std::string where = JsonReader::Join("/features", i);
    if (!feature.is_object()) {
      out.Drop(where, {}, "not an object");
      continue;
    }
    const auto properties = feature.find("properties");
    if (properties == feature.end() || !properties->is_object()) {
      out.Drop(where, {}, "no properties");
      continue;
    }
    const json& p = *properties;
    Incident incident;
    incident.id = IdField(p, "id").value_or(IdField(feature, "id").value_or(""));
    TypedTexts texts;
    auto text = [&](std::string_view key, std::string& into) { texts.Read(p, key, into); };
    std::string time, updated, status, precision, expires, origin;
    text("title", incident.title);
    text("summary", incident.summary);
    text("category", incident.category);
    text("area", incident.area_name);
    text("severity", incident.severity);
    text("source", incident.source);
    text("url", incident.url);
    text("time", time);
    text("updated", updated);
    text("status", status);
    text("precision", precision);
    text("instruction", incident.instruction);
    text("expires", expires);
    text("origin", origin);  // a feed converted from another format keeps where it came from
    if (!texts.error.empty()) {
      out.Drop(where, incident.id, texts.error);
      continue;
    }
    if (auto problem = ReadGeometry(feature, incident)) {
      out.Drop(where, incident.id, *problem);
      continue;
    }
    const auto parsed_status = ReadStatus(status);
    if (!parsed_status) {
      out.Drop(where, incident.id, "status must be Actual, Exercise or Test");
      continue;
    }
    incident.status = *parsed_status;
    if (precision == "area" && IsPlaced(incident)) incident.precision = LocationPrecision::Area;
    const auto when = ParseIsoTime(time);
    if (!when) {
      out.Drop(where, incident.id, "time: not an ISO 8601 date and time");
      continue;
    }
    incident.time_ms = *when;
    incident.updated_ms = ParseIsoTime(updated).value_or(*when);
    if (!origin.empty()) {
      const auto from = ParseOrigin(origin);
      if (!from) {
        out.Drop(where, incident.id, "origin must be geojson, polisen, cap or krisinformation");
        continue;
      }
      incident.origin = *from;
    }
    if (!expires.empty()) {
      const auto until = ParseIsoTime(expires);
      if (!until) {
        out.Drop(where, incident.id, "expires: not an ISO 8601 date and time");
        continue;
      }
      incident.expires_ms = *until;
    }
    if (auto problem = ReadAreaCodes(p, incident)) {
      out.Drop(where, incident.id, *problem);
      continue;
    }
    out.Add(std::move(incident), where);
  }
}

}  // namespace beredd::core
