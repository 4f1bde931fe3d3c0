// Beredd's profile of GeoJSON (RFC 7946): a FeatureCollection of Points ([lon, lat]) and
// Polygons, with the incident's fields in `properties`. Unknown members are ignored.
// Layer: core (std only). Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#include <string>

#include "core/feed/formats/feed_reading.h"
#include "core/base/swedish_municipalities.h"

namespace beredd::core {
namespace {

using namespace feed_reading;

// Reads the geometry into `incident`, or says why it cannot be read.
std::optional<std::string> ReadGeometry(JsonValue feature, Incident& incident) {
  const auto geometry = feature.Find("geometry");
  // An unlocated feature (RFC 7946 3.2: "geometry": null) is listed without a place on the map.
  if (geometry && geometry->IsNull()) {
    incident.precision = LocationPrecision::Unplaced;
    return std::nullopt;
  }
  if (!geometry || !geometry->IsObject()) return "no geometry";
  const auto type = geometry->Find("type");
  const auto coordinates = geometry->Find("coordinates");
  if (!type || !type->IsString() || !coordinates) {
    return "geometry without type or coordinates";
  }
  if (type->Equals("Point")) {
    auto point = GeoJsonPosition(*coordinates);
    if (!point) return "Point: coordinates must be [lon, lat]";
    incident.position = *point;
    return std::nullopt;
  }
  if (!type->Equals("Polygon")) return "unsupported geometry type " + std::string(type->String());
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
std::optional<std::string> ReadAreaCodes(JsonValue properties, Incident& incident, FeedBuilder& out) {
  const auto codes = properties.Find("area_codes");
  if (!codes || codes->IsNull()) {
    out.NotePlace(incident, incident.area_name);
    return std::nullopt;
  }
  if (!codes->IsArray()) return "area_codes: expected an array of strings";
  for (const JsonValue code : *codes) {
    if (!code.IsString()) return "area_codes: expected an array of strings";
    const std::string text(code.String());
    if (const auto place = out.FindPlace(text); place && place->code == text) out.NotePlace(incident, text);
  }
  return std::nullopt;
}

}  // namespace

void ReadGeoJsonFeed(JsonValue root, FeedBuilder& out) {
  const auto features = root.Find("features");
  if (!features || !features->IsArray()) return;
  out.Reserve(features->Size());  // the top level is an object: its items are known only here
  std::size_t index = 0;
  for (const JsonValue feature : *features) {
    const ItemPlace where{"/features", index++};
    if (!feature.IsObject()) {
      out.Drop(where, {}, "not an object");
      continue;
    }
    if (out.TakeOver(feature, where)) continue;
    const auto properties = feature.Find("properties");
    if (!properties || !properties->IsObject()) {
      out.Drop(where, {}, "no properties");
      continue;
    }
    const JsonValue p = *properties;
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
    if (auto problem = ReadAreaCodes(p, incident, out)) {
      out.Drop(where, incident.id, *problem);
      continue;
    }
    out.Add(std::move(incident), where, feature);
  }
}

}  // namespace beredd::core
