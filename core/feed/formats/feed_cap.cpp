// CAP 1.2 alerts as JSON, as Sveriges Radio's VMA API serves them: {timestamp, alerts: [...]}.
// An Update replaces the alerts it references and keeps the first one's id, so its marker is
// updated in place; a Cancel removes them (its `info` may be null). Only Public alerts are
// read; Exercise and Test keep their status and never show as live. Layer: core.
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#include <set>
#include <string>
#include <string_view>

#include "core/feed/formats/feed_reading.h"
#include "core/base/swedish_municipalities.h"

namespace beredd::core {
namespace {

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
std::optional<JsonValue> ChooseInfo(JsonValue alert) {
  const auto info = alert.Find("info");
  if (!info) return std::nullopt;
  if (info->IsObject()) return info;
  std::optional<JsonValue> chosen;
  for (const JsonValue block : *info) {
    if (!block.IsObject()) continue;
    if (!chosen) chosen = block;
    if (TextOr(block, "language").rfind("sv", 0) == 0) return block;
  }
  return chosen;
}

// `category` is a string or an array of strings.
std::string Category(JsonValue info) {
  const auto category = info.Find("category");
  if (!category) return {};
  if (category->IsString()) return std::string(category->String());
  std::string joined;
  for (const JsonValue item : *category) {
    if (item.IsString()) joined.append(joined.empty() ? "" : ", ").append(item.String());
  }
  return joined;
}

// A CAP polygon: "lat,lon lat,lon ..." (first and last equal).
std::vector<GeoPoint> CapPolygon(std::string_view text) {
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
std::optional<std::string> ReadArea(JsonValue info, Incident& incident, FeedBuilder& out) {
  const auto areas = info.Find("area");
  if (!areas) return "no area";
  if (!areas->IsObject() && !areas->IsArray()) return "area: expected an array";
  incident.precision = LocationPrecision::Area;
  std::optional<GeoPoint> position;
  // One area as an object, or an array of them: the object is read as the array's only one.
  auto read_area = [&](JsonValue area) {
    if (!area.IsObject()) return;
    const std::string description = TextOr(area, "areaDesc");
    if (incident.area_name.empty()) incident.area_name = description;
    // This area's marker: its polygon's or circle's centre before a named place's.
    std::optional<GeoPoint> here;
    const auto polygon = area.Find("polygon");
    const std::string_view polygon_text = !polygon                                   ? std::string_view()
                                          : polygon->IsArray() && !polygon->Empty() ? (*polygon->begin()).String()
                                                                                     : polygon->String();
    std::vector<GeoPoint> ring = CapPolygon(polygon_text);
    const std::string circle = TextOr(area, "circle");
    if (ring.size() >= 4) {
      here = RingCentre(ring);
      if (!position) incident.polygon.push_back(std::move(ring));
    } else if (auto centre = ParseLatLon(circle.substr(0, circle.find(' ')))) {
      here = centre;
    }
    const auto geocodes = area.Find("geocode");
    if (geocodes && geocodes->IsArray()) {
      for (const JsonValue geocode : *geocodes) {
        if (!geocode.IsObject()) continue;
        // SR's VMA name a municipality ({"valueName": "Kommun", "value": "1880"}) or a county:
        // placed there, as an area, rather than not at all.
        const auto place = out.NotePlace(incident, TextOr(geocode, "value"));
        if (!here) here = place;
      }
    }
    const auto place = out.NotePlace(incident, description);  // "Örebro kommun", "Hela Sverige"
    if (!here) here = place;
    if (!position) position = here;
  };
  if (areas->IsObject()) {
    read_area(*areas);
  } else {
    for (const JsonValue area : *areas) read_area(area);
  }
  if (!position) return "no area that can be placed on the map";
  incident.position = *position;
  return std::nullopt;
}

}  // namespace

void ReadCapFeed(JsonValue root, FeedBuilder& out) {
  const auto alerts = root.Find("alerts");
  if (!alerts || !alerts->IsArray()) return;
  out.Reserve(alerts->Size());
  // First pass: what later alerts replace or cancel.
  std::set<std::string> replaced;
  for (const JsonValue alert : *alerts) {
    if (!alert.IsObject()) continue;
    const std::string type = TextOr(alert, "msgType");
    if (type != "Update" && type != "Cancel") continue;
    for (const std::string& id : ReferencedIds(TextOr(alert, "references"))) replaced.insert(id);
  }
  std::size_t index = 0;
  for (const JsonValue alert : *alerts) {
    const ItemPlace where{"/alerts", index++};
    if (!alert.IsObject()) {
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
        const auto info = ChooseInfo(alert);
        out.Cancel({references.front(), *sent, info ? Clamp(TextOr(*info, "headline"), kMaxTitleBytes) : ""});
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
    const auto info = ChooseInfo(alert);
    if (!info) {
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
    if (ReadArea(*info, incident, out)) {
      // A real alert is never dropped for its geometry: it is listed with its area's name.
      incident.precision = LocationPrecision::Unplaced;
    }
    out.Add(std::move(incident), where);
  }
}

}  // namespace beredd::core
