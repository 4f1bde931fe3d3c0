// SMHI's impact-based weather warnings (opendata-download-warnings.smhi.se/ibww, warning.json):
// one incident per warning area. Orange and red are alerts, yellow an incident on the map, a
// message is listed only. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#include <string>

#include "core/base/swedish_counties.h"
#include "core/feed/formats/feed_reading.h"

namespace beredd::core {
namespace {

// The shape: an array of warnings, each an `event` ({sv, en, code}) with `warningAreas[]`; each
// area has its level (`warningLevel.code` MESSAGE, YELLOW, ORANGE, RED), what is expected
// (`eventDescription`), when (`approximateStart`, `approximateEnd`), where (`areaName`, the
// counties in `affectedAreas[].id`, and `area`, a GeoJSON polygon in WGS84) and
// `descriptions[]`. The texts used are SMHI's Swedish ones.

using namespace feed_reading;

// SMHI's warning levels as CAP severities: what decides whether a warning is an alert.
struct Level {
  std::string_view code;
  std::string_view severity;
};
constexpr Level kLevels[] = {
    {"MESSAGE", "Minor"}, {"YELLOW", "Moderate"}, {"ORANGE", "Severe"}, {"RED", "Extreme"}};

// A {sv, en, code} object's Swedish text (its English one when there is no Swedish).
std::string Swedish(JsonValue object, std::string_view key) {
  const auto it = object.Find(key);
  if (!it || !it->IsObject()) return {};
  std::string text = TextOr(*it, "sv");
  return text.empty() ? TextOr(*it, "en") : text;
}

std::string Code(JsonValue object, std::string_view key) {
  const auto it = object.Find(key);
  return it && it->IsObject() ? TextOr(*it, "code") : std::string();
}

// "Händelsebeskrivning: Låga grundvattennivåer", one per description, a line each.
std::string Descriptions(JsonValue area) {
  std::string text;
  const auto descriptions = area.Find("descriptions");
  if (!descriptions || !descriptions->IsArray()) return text;
  for (const JsonValue description : *descriptions) {
    if (!description.IsObject()) continue;
    const std::string title = Swedish(description, "title");
    const std::string body = Swedish(description, "text");
    if (body.empty()) continue;
    text.append(text.empty() ? "" : "\n").append(title.empty() ? body : title + ": " + body);
  }
  return text;
}

// `area` as SMHI sends it: a Feature, a FeatureCollection or a bare geometry; a Polygon, or a
// MultiPolygon of which the first polygon is drawn (the counties still say where it applies).
std::optional<std::string> ReadArea(JsonValue area, Incident& incident) {
  JsonValue geometry = area;
  if (TextOr(area, "type") == "FeatureCollection") {
    const auto features = area.Find("features");
    if (!features || !features->IsArray() || features->Empty()) return std::nullopt;
    geometry = *features->begin();
  }
  if (geometry.IsObject() && TextOr(geometry, "type") == "Feature") {
    const auto inner = geometry.Find("geometry");
    if (!inner || !inner->IsObject()) return std::nullopt;
    geometry = *inner;
  }
  if (!geometry.IsObject()) return std::nullopt;
  const std::string type = TextOr(geometry, "type");
  const auto coordinates = geometry.Find("coordinates");
  // An empty polygon (SMHI sends one for a message) is no geometry, not a bad one.
  if (!coordinates || !coordinates->IsArray() || coordinates->Empty()) return std::nullopt;
  if (type == "Polygon") return ReadPolygon(*coordinates, incident);
  if (type == "MultiPolygon") return ReadPolygon(*coordinates->begin(), incident);
  return "area: unsupported geometry type " + type;
}

void ReadWarningArea(JsonValue warning, JsonValue area, const ItemPlace& where, FeedBuilder& out) {
  Incident incident;
  incident.origin = IncidentOrigin::Smhi;
  incident.source = "SMHI";
  const std::string warning_id = IdField(warning, "id").value_or("");
  const std::string area_id = IdField(area, "id").value_or("");
  if (!warning_id.empty() && !area_id.empty()) incident.id = "smhi-" + warning_id + "-" + area_id;
  const std::string level_code = Code(area, "warningLevel");
  const Level* level = nullptr;
  for (const Level& known : kLevels) {
    if (known.code == level_code) level = &known;
  }
  if (level == nullptr) return out.Drop(where, incident.id, "warningLevel.code must be MESSAGE, YELLOW, ORANGE or RED");
  incident.severity = level->severity;
  incident.category = Swedish(warning, "event");
  std::string what = Swedish(area, "eventDescription");
  if (what.empty()) what = incident.category;
  // "Orange varning: Mycket kraftig vind": the level is what a reader needs first.
  const std::string level_name = Swedish(area, "warningLevel");
  incident.title = level_code == "MESSAGE" || level_name.empty() ? what : level_name + " varning: " + what;
  incident.area_name = Swedish(area, "areaName");
  incident.summary = Descriptions(area);
  const auto published = ParseIsoTime(TextOr(area, "published"));
  const auto start = ParseIsoTime(TextOr(area, "approximateStart"));
  if (!published && !start) return out.Drop(where, incident.id, "published: not a date and time");
  incident.time_ms = published.value_or(*start);
  incident.updated_ms = incident.time_ms;
  if (const auto end = ParseIsoTime(TextOr(area, "approximateEnd"))) incident.expires_ms = *end;
  if (const auto affected = area.Find("affectedAreas"); affected && affected->IsArray()) {
    for (const JsonValue county : *affected) {
      // SMHI's county ids are SCB's county codes (12: Skåne län); its sea areas have others.
      const std::optional<std::string> id = county.IsObject() ? IdField(county, "id") : std::nullopt;
      if (id && FindCounty(*id)) out.NotePlace(incident, FindCounty(*id)->code);
    }
  }
  if (const auto drawn = area.Find("area"); drawn) {
    if (auto problem = ReadArea(*drawn, incident)) return out.Drop(where, incident.id, *problem);
  }
  if (incident.polygon.empty()) {
    const std::optional<County> first = incident.area_codes.empty() ? std::nullopt : FindCounty(incident.area_codes[0]);
    incident.precision = first ? LocationPrecision::Area : LocationPrecision::Unplaced;
    if (first) incident.position = first->centre;
  }
  // A message is listed, not drawn: it reports, it does not warn.
  if (level_code == "MESSAGE") incident.precision = LocationPrecision::Unplaced;
  out.Add(std::move(incident), where);
}

}  // namespace

void ReadSmhiFeed(JsonValue root, FeedBuilder& out) {
  std::size_t index = 0;
  for (const JsonValue warning : root) {
    const ItemPlace where{"", index++};
    if (!warning.IsObject()) {
      out.Drop(where, {}, "not an object");
      continue;
    }
    const auto areas = warning.Find("warningAreas");
    if (!areas || !areas->IsArray()) {
      out.Drop(where, IdField(warning, "id").value_or(""), "no warningAreas");
      continue;
    }
    std::size_t area_index = 0;
    for (const JsonValue area : *areas) {
      const ItemPlace area_where{"/warningAreas", area_index++, &where};
      if (!area.IsObject()) {
        out.Drop(area_where, {}, "not an object");
        continue;
      }
      ReadWarningArea(warning, area, area_where, out);
    }
  }
}

}  // namespace beredd::core
