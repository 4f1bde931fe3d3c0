// The Swedish Police events API (polisen.se/api/events): a flat array of events. Its quirks:
// "2025-06-07 7:32:06 +02:00" times, "lat,lon" strings that point at the municipality or
// county centre (so every event is area precision), urls relative to polisen.se, and
// "Sammanfattning natt/dag" events that summarise others and are not incidents themselves.
// Layer: core (std only). Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#include <string>

#include "core/feed/formats/feed_reading.h"

namespace beredd::core {
namespace {

using namespace feed_reading;

constexpr std::string_view kSite = "https://polisen.se";

bool IsSummary(const std::string& type) { return type.rfind("Sammanfattning", 0) == 0; }

}  // namespace

void ReadPolisenFeed(JsonValue root, FeedBuilder& out) {
  std::size_t index = 0;
  for (const JsonValue event : root) {
    const ItemPlace where{"", index++};
    if (!event.IsObject()) {
      out.Drop(where, {}, "not an object");
      continue;
    }
    if (out.TakeOver(event, where)) continue;
    Incident incident;
    incident.id = IdField(event, "id").value_or("");
    incident.source = "Polisen";
    incident.origin = IncidentOrigin::Police;
    incident.precision = LocationPrecision::Area;
    TypedTexts texts;
    std::string time, url, gps;
    texts.Read(event, "name", incident.title);
    texts.Read(event, "summary", incident.summary);
    texts.Read(event, "type", incident.category);
    texts.Read(event, "datetime", time);
    texts.Read(event, "url", url);
    const auto location = event.Find("location");
    if (!location || !location->IsObject()) {
      out.Drop(where, incident.id, "no location");
      continue;
    }
    texts.Read(*location, "name", incident.area_name);
    texts.Read(*location, "gps", gps);
    if (!texts.error.empty()) {
      out.Drop(where, incident.id, texts.error);
      continue;
    }
    if (IsSummary(incident.category)) {
      out.Skip();
      continue;
    }
    // The name is the municipality or county the event is filed under ("Örebro", "Örebro
    // län"); an event without gps is placed there, and one no name places is still listed.
    const std::optional<GeoPoint> named = out.NotePlace(incident, incident.area_name);
    const auto point = gps.empty() ? named : ParseLatLon(gps);
    if (!gps.empty() && !point) {
      out.Drop(where, incident.id, "location.gps: not \"lat,lon\"");
      continue;
    }
    if (point) {
      incident.position = *point;
    } else {
      incident.precision = LocationPrecision::Unplaced;
    }
    const auto when = ParseIsoTime(time);
    if (!when) {
      out.Drop(where, incident.id, "datetime: not a date and time");
      continue;
    }
    incident.time_ms = *when;
    incident.updated_ms = *when;
    incident.url = !url.empty() && url.front() == '/' ? std::string(kSite) + url : url;
    out.Add(std::move(incident), where, event);
  }
}

}  // namespace beredd::core
