// Krisinformation.se v3 news items: PascalCase members, a Headline with HTML entities, a
// BodyText with HTML, and Area[] whose GeometryInformation may be null. Texts are made plain
// here: nothing from this feed is ever treated as HTML. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#include <string>

#include "core/feed/formats/feed_reading.h"
#include "core/base/swedish_municipalities.h"

namespace beredd::core {
namespace {

using namespace feed_reading;

// The area's pole of inaccessibility ([lon, lat], GeoJSON order), its municipality or county,
// or Sweden; the place it names is noted in the incident's area_codes.
std::optional<GeoPoint> AreaPosition(JsonValue area, Incident& incident, FeedBuilder& out) {
  const std::string description = TextOr(area, "Description");
  std::optional<GeoPoint> named = out.NotePlace(incident, description);
  if (!named && TextOr(area, "Type") == "Country") named = out.NotePlace(incident, kSwedenCode);
  const auto info = area.Find("GeometryInformation");
  if (info && info->IsObject()) {
    const auto pole = info->Find("PoleOfInInaccessibility");
    if (pole && pole->IsObject()) {
      const auto coordinates = pole->Find("coordinates");
      if (coordinates) {
        if (const auto point = GeoJsonPosition(*coordinates)) return point;
      }
    }
  }
  return named;
}

}  // namespace

void ReadKrisinformationFeed(JsonValue root, FeedBuilder& out) {
  std::size_t index = 0;
  for (const JsonValue item : root) {
    const ItemPlace where{"", index++};
    if (!item.IsObject()) {
      out.Drop(where, {}, "not an object");
      continue;
    }
    Incident incident;
    incident.id = IdField(item, "Identifier").value_or("");
    std::string error;
    for (const char* key : {"Headline", "Preamble", "BodyText", "Published", "Updated", "Web"}) {
      if (error.empty()) error = StringField(item, key).error;
    }
    if (!error.empty()) {
      out.Drop(where, incident.id, error);
      continue;
    }
    incident.title = HtmlToText(TextOr(item, "Headline"));
    incident.summary = HtmlToText(TextOr(item, "Preamble"));
    const std::string body = HtmlToText(TextOr(item, "BodyText"));
    if (!body.empty()) incident.summary += (incident.summary.empty() ? "" : "\n") + body;
    incident.category = TextOr(item, "Event");
    incident.source = "Krisinformation.se";
    incident.origin = IncidentOrigin::Krisinformation;
    incident.url = TextOr(item, "Web");
    incident.precision = LocationPrecision::Area;
    const auto is_test = item.Find("IsTest");
    if (is_test && is_test->IsBoolean() && is_test->Boolean()) {
      incident.status = IncidentStatus::Test;
    }
    const auto published = ParseIsoTime(TextOr(item, "Published"));
    if (!published) {
      out.Drop(where, incident.id, "Published: not a date and time");
      continue;
    }
    incident.time_ms = *published;
    incident.updated_ms = ParseIsoTime(TextOr(item, "Updated")).value_or(*published);
    const auto areas = item.Find("Area");
    std::optional<GeoPoint> position;
    if (areas && areas->IsArray()) {
      for (const JsonValue area : *areas) {
        if (!area.IsObject()) continue;
        const std::string name = TextOr(area, "Description");
        if (!name.empty()) incident.area_name += (incident.area_name.empty() ? "" : ", ") + name;
        const std::optional<GeoPoint> here = AreaPosition(area, incident, out);  // every area's code
        if (!position) position = here;
      }
    }
    if (position) {
      incident.position = *position;
    } else {
      incident.precision = LocationPrecision::Unplaced;  // listed with its area's name, never dropped
    }
    out.Add(std::move(incident), where);
  }
}

}  // namespace beredd::core
