// CAP 1.2 alerts as JSON, as Sveriges Radio's VMA API serves them: {timestamp, alerts: [...]}.
// An Update replaces the alerts it references and keeps the first one's id, so its marker is
// updated in place; a Cancel removes them (its `info` may be null). Only Public alerts are
// read; Exercise and Test keep their status and never show as live. Layer: core.
// Must not include ui, web, ImGui or Emscripten headers.
#include <set>
#include <string>
#include <string_view>

#include "core/feed/formats/feed_reading.h"
#include "core/base/json_reader.h"
#include "core/base/swedish_municipalities.h"

namespace beredd::core {
namespace {

using nlohmann::json;
using namespace feed_reading;

// The words of `text`, split on ASCII white space (CAP's list separator). Not iostreams: they
// cost the web build's download more than the rest of this reader.
std::vector<std::string_view> Words(std::string_view text) {
  constexpr std::string_view kSpace = " \t\n\r\f\v";
  std::vector<std::string_view> words;
  std::size_t start = text.find_first_not_of(kSpace);
  while (start != std::string_view::npos) {
    const std::size_t end = text.find_first_of(kSpace, start);
    words.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    start = end == std::string_view::npos ? end : text.find_first_not_of(kSpace, end);
  }
  return words;
}

// "sender,identifier,sent sender,identifier,sent" -> the identifiers.
std::vector<std::string> ReferencedIds(const std::string& references) {
  std::vector<std::string> ids;
  for (std::string_view triple : Words(references)) {
    const std::size_t first = triple.find(',');
    const std::size_t second = first == std::string_view::npos ? first : triple.find(',', first + 1);
    if (second != std::string_view::npos) ids.emplace_back(triple.substr(first + 1, second - first - 1));
  }
  return ids;
}

// The Swedish block of `info` (an object, or an array of one per language).
const json* ChooseInfo(const json& alert) {
  const auto info = alert.find("info");
  if (info == alert.end()) return nullptr;
  if (info->is_object()) return &*info;
  if (!info->is_array()) return nullptr;
  const json* chosen = nullptr;
  for (const json& block : *info) {
    if (!block.is_object()) continue;
    if (chosen == nullptr) chosen = &block;
    if (TextOr(block, "language").rfind("sv", 0) == 0) return &block;
  }
  return chosen;
}

// `category` is a string or an array of strings.
std::string Category(const json& info) {
  const auto category = info.find("category");
  if (category == info.end()) return {};
  if (category->is_string()) return category->get<std::string>();
  if (category->is_array()) {
    std::string joined;
    for (const json& item : *category) {
      if (item.is_string()) joined += (joined.empty() ? "" : ", ") + item.get<std::string>();
    }
    return joined;
  }
  return {};
}

// A CAP polygon: "lat,lon lat,lon ..." (first and last equal).
std::vector<GeoPoint> CapPolygon(const std::string& text) {
  std::vector<GeoPoint> ring;
  for (std::string_view pair : Words(text)) {
    if (auto point = ParseLatLon(pair)) ring.push_back(*point);
  }
  return ring;
}

// Where the alert applies: a polygon, a circle's centre, or a municipality or county named by
// geocode (SCB code) or area description. Always area precision: a VMA never concerns one spot.
// The marker goes to the first area that can be placed; every area's municipality or county is
// kept (area_codes), so an alert for several municipalities reaches each of them.
std::optional<std::string> ReadArea(const json& info, Incident& incident) {
  const auto areas = info.find("area");
  if (areas == info.end()) return "no area";
  const json one = areas->is_object() ? json::array({*areas}) : json();
  const json& list = areas->is_object() ? one : *areas;
  if (!list.is_array()) return "area: expected an array";
  incident.precision = LocationPrecision::Area;
  std::optional<GeoPoint> position;
  for (const json& area : list) {
    if (!area.is_object()) continue;
    const std::string description = TextOr(area, "areaDesc");
    if (incident.area_name.empty()) incident.area_name = description;
    // This area's marker: its polygon's or circle's centre before a named place's.
    std::optional<GeoPoint> here;
    const auto polygon = area.find("polygon");
    const std::string polygon_text =
        polygon == area.end() ? std::string()
        : polygon->is_string() ? polygon->get<std::string>()
        : polygon->is_array() && !polygon->empty() && (*polygon)[0].is_string() ? (*polygon)[0].get<std::string>()
                                                                               : std::string();
    std::vector<GeoPoint> ring = CapPolygon(polygon_text);
    const std::string circle = TextOr(area, "circle");
    if (ring.size() >= 4) {
      here = RingCentre(ring);
      if (!position) incident.polygon.push_back(std::move(ring));
    } else if (auto centre = ParseLatLon(circle.substr(0, circle.find(' ')))) {
      here = centre;
    }
    const auto geocodes = area.find("geocode");
    if (geocodes != area.end() && geocodes->is_array()) {
      for (const json& geocode : *geocodes) {
        if (!geocode.is_object()) continue;
        // SR's VMA name a municipality ({"valueName": "Kommun", "value": "1880"}) or a county:
        // placed there, as an area, rather than not at all.
        const auto place = NoteNamedPlace(incident, TextOr(geocode, "value"));
        if (!here) here = place;
      }
    }
    const auto place = NoteNamedPlace(incident, description);  // "Örebro kommun", "Hela Sverige"
    if (!here) here = place;
    if (!position) position = here;
  }
  if (!position) return "no area that can be placed on the map";
  incident.position = *position;
  return std::nullopt;
}

}  // namespace

void ReadCapFeed(const json& root, FeedBuilder& out) {
  const auto alerts = root.find("alerts");
  if (alerts == root.end() || !alerts->is_array()) return;
  // First pass: what later alerts replace or cancel.
  std::set<std::string> replaced;
  for (const json& alert : *alerts) {
    if (!alert.is_object()) continue;
    const std::string type = TextOr(alert, "msgType");
    if (type != "Update" && type != "Cancel") continue;
    for (const std::string& id : ReferencedIds(TextOr(alert, "references"))) replaced.insert(id);
  }
  for (std::size_t i = 0; i < alerts->size(); ++i) {
    const json& alert = (*alerts)[i];
    const std::string where = JsonReader::Join("/alerts", i);
    if (!alert.is_object()) {
      out.Drop(where, {}, "not an object");
      continue;
    }
    const std::string identifier = TextOr(alert, "identifier");
    const std::string type = TextOr(alert, "msgType");
    const std::string status = TextOr(alert, "status");
    if (type == "Cancel") {
      // The alert it ends is gone from the list; the app says so ("VMA upphävt") with the time.
      const auto references = ReferencedIds(TextOr(alert, "references"));
      const auto sent = ParseIsoTime(TextOr(alert, "sent"));
      if (!references.empty() && sent && TextOr(alert, "status") == "Actual") {
        const json* info = ChooseInfo(alert);
        out.Cancel({references.front(), *sent, info != nullptr ? Clamp(TextOr(*info, "headline"), kMaxTitleBytes) : ""});
      }
      out.Skip();
      continue;
    }
    if (replaced.count(identifier) != 0) {
      out.Skip();  // an alert a later one replaces
      continue;
    }
    if (TextOr(alert, "scope") != "Public" || (status != "Actual" && status != "Exercise" && status != "Test")) {
      out.Skip();  // restricted, private, System or Draft: not for the public map
      continue;
    }
    Incident incident;
    incident.id = identifier;
    if (type == "Update") {
      const auto references = ReferencedIds(TextOr(alert, "references"));
      if (!references.empty()) incident.id = references.front();
    }
    incident.status = status == "Exercise" ? IncidentStatus::Exercise
                      : status == "Test"   ? IncidentStatus::Test
                                           : IncidentStatus::Actual;
    const json* info = ChooseInfo(alert);
    if (info == nullptr) {
      out.Drop(where, incident.id, "no info");
      continue;
    }
    incident.title = TextOr(*info, "headline");
    if (incident.title.empty()) incident.title = TextOr(*info, "event");
    incident.summary = TextOr(*info, "description");
    incident.category = TextOr(*info, "event");
    if (incident.category.empty()) incident.category = Category(*info);
    incident.severity = TextOr(*info, "severity");
    incident.instruction = TextOr(*info, "instruction");
    incident.origin = IncidentOrigin::Cap;
    if (const auto expires = ParseIsoTime(TextOr(*info, "expires"))) incident.expires_ms = *expires;
    incident.url = TextOr(*info, "web");
    incident.source = TextOr(*info, "senderName");
    if (incident.source.empty()) incident.source = "Sveriges Radio";
    const auto sent = ParseIsoTime(TextOr(alert, "sent"));
    if (!sent) {
      out.Drop(where, incident.id, "sent: not a date and time");
      continue;
    }
    incident.time_ms = *sent;
    incident.updated_ms = *sent;
    if (ReadArea(*info, incident)) {
      // A real alert is never dropped for its geometry: it is listed with its area's name.
      incident.precision = LocationPrecision::Unplaced;
    }
    out.Add(std::move(incident), where);
  }
}

}  // namespace beredd::core
