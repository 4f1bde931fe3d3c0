// Krisinformation.se v3 news items: PascalCase members, a Headline with HTML entities, a
// BodyText with HTML, and Area[] whose GeometryInformation may be null. Texts are made plain
// here: nothing from this feed is ever treated as HTML. Layer: core (std + nlohmann).
// Must not include ui, web, ImGui or Emscripten headers.
#include <string>

#include "core/feed/formats/feed_reading.h"
#include "core/base/json_reader.h"
#include "core/base/swedish_municipalities.h"

namespace beredd::core {
namespace {

using nlohmann::json;
using namespace feed_reading;

// The area's pole of inaccessibility ([lon, lat], GeoJSON order), its municipality or county,
// or Sweden; the place it names is noted in the incident's area_codes.
std::optional<GeoPoint> AreaPosition(const json& area, Incident& incident) {
  const std::string description = TextOr(area, "Description");
  std::optional<GeoPoint> named = NoteNamedPlace(incident, description);
  if (!named && TextOr(area, "Type") == "Country") named = NoteNamedPlace(incident, kSwedenCode);
  const auto info = area.find("GeometryInformation");
  if (info != area.end() && info->is_object()) {
    const auto pole = info->find("PoleOfInInaccessibility");
    if (pole != info->end() && pole->is_object()) {
      const auto coordinates = pole->find("coordinates");
      if (coordinates != pole->end() && coordinates->is_array() && coordinates->size() >= 2 &&
          (*coordinates)[0].is_number() && (*coordinates)[1].is_number()) {
        return GeoPoint{(*coordinates)[1].get<double>(), (*coordinates)[0].get<double>()};
      }
    }
  }
  return named;
}

}  // namespace

void ReadKrisinformationFeed(const json& root, FeedBuilder& out) {
  for (std::size_t i = 0; i < root.size(); ++i) {
    const json& item = root[i];
    const std::string where = JsonReader::Join("", i);
    if (!item.is_object()) {
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
    const auto is_test = item.find("IsTest");
    if (is_test != item.end() && is_test->is_boolean() && is_test->get<bool>()) {
      incident.status = IncidentStatus::Test;
    }
    const auto published = ParseIsoTime(TextOr(item, "Published"));
    if (!published) {
      out.Drop(where, incident.id, "Published: not a date and time");
      continue;
    }
    incident.time_ms = *published;
    incident.updated_ms = ParseIsoTime(TextOr(item, "Updated")).value_or(*published);
    const auto areas = item.find("Area");
    std::optional<GeoPoint> position;
    if (areas != item.end() && areas->is_array()) {
      for (const json& area : *areas) {
        if (!area.is_object()) continue;
        const std::string name = TextOr(area, "Description");
        if (!name.empty()) incident.area_name += (incident.area_name.empty() ? "" : ", ") + name;
        const std::optional<GeoPoint> here = AreaPosition(area, incident);  // every area's code
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
