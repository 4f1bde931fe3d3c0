// Feed parsing: limits first, then the format's reader. Layer: core (std + nlohmann).
// Must not include ui, web, ImGui or Emscripten headers.

// Index of this file:
// [SECTION] Limits on the raw text, UTF-8 repair
// [SECTION] Names
// [SECTION] Detecting and parsing a feed
// [SECTION] Beredd's GeoJSON and the diff

#include "core/feed/feed.h"
#include "core/feed/feed_json.h"

#include <map>

#include "core/base/time.h"
#include "core/feed/formats/feed_reading.h"
#include "core/base/json_reader.h"

namespace beredd::core {
namespace {

using nlohmann::json;

constexpr std::pair<FeedFormat, const char*> kFormatNames[] = {
    {FeedFormat::Auto, "auto"},       {FeedFormat::GeoJson, "geojson"},
    {FeedFormat::Polisen, "polisen"}, {FeedFormat::Cap, "cap"},
    {FeedFormat::Krisinformation, "krisinformation"}, {FeedFormat::Smhi, "smhi"},
};

//-----------------------------------------------------------------------------
// [SECTION] Limits on the raw text, UTF-8 repair
//-----------------------------------------------------------------------------

FeedError ErrorAt(std::string_view text, std::size_t offset, std::string message) {
  FeedError error{offset, 1, 1, std::move(message)};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++error.line;
      error.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++error.column;
    }
  }
  return error;
}

// Limits checked on the raw text, before any JSON value exists: size, what it starts with,
// and how deep arrays and objects nest (strings skipped, escapes honoured).
std::optional<FeedError> CheckText(std::string_view text, const FeedLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return FeedError{0, 0, 0, "larger than " + std::to_string(limits.max_bytes) + " bytes (" +
                                  std::to_string(text.size()) + ")"};
  }
  std::size_t start = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // a UTF-8 byte order mark
  while (start < text.size() && (text[start] == ' ' || text[start] == '\n' || text[start] == '\r' || text[start] == '\t')) ++start;
  if (start == text.size()) return FeedError{0, 0, 0, "empty: no JSON at all"};
  if (text[start] == '<') {
    return ErrorAt(text, start, "an HTML or XML page, not JSON (an error page from the server?)");
  }
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limits.max_depth) {
        return ErrorAt(text, i, "nested deeper than " + std::to_string(limits.max_depth) + " levels");
      }
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

// The length of the valid UTF-8 sequence at text[i], or 0 when it is not one (overlong,
// surrogate, beyond U+10FFFF or cut short).
std::size_t Utf8SequenceAt(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return 1;
  const std::size_t length = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  unsigned code = c & (0xFF >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return 0;
    code = (code << 6) | (next & 0x3F);
  }
  constexpr unsigned kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  const bool valid = code >= kMin[length] && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
  return valid ? length : 0;
}

bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = Utf8SequenceAt(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

// Every invalid UTF-8 sequence becomes U+FFFD, so one bad item does not make the whole text
// unparseable; the builder then drops the items whose texts carry it.
std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = Utf8SequenceAt(text, i);
    if (length > 0) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out.append("\xEF\xBF\xBD");
      ++i;
    }
  }
  return out;
}

json Ring(const std::vector<GeoPoint>& ring) {
  json positions = json::array();
  for (const GeoPoint& p : ring) positions.push_back({p.lon, p.lat});
  return positions;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Names
//-----------------------------------------------------------------------------

const char* StatusName(IncidentStatus status) {
  switch (status) {
    case IncidentStatus::Exercise: return "Exercise";
    case IncidentStatus::Test: return "Test";
    case IncidentStatus::Actual: break;
  }
  return "Actual";
}

const char* OriginName(IncidentOrigin origin) {
  switch (origin) {
    case IncidentOrigin::Police: return "polisen";
    case IncidentOrigin::Cap: return "cap";
    case IncidentOrigin::Krisinformation: return "krisinformation";
    case IncidentOrigin::Smhi: return "smhi";
    case IncidentOrigin::GeoJson: break;
  }
  return "geojson";
}

std::optional<IncidentOrigin> ParseOrigin(std::string_view name) {
  for (IncidentOrigin origin : {IncidentOrigin::GeoJson, IncidentOrigin::Police, IncidentOrigin::Cap,
                                IncidentOrigin::Krisinformation, IncidentOrigin::Smhi}) {
    if (name == OriginName(origin)) return origin;
  }
  return std::nullopt;
}

const char* PrecisionName(LocationPrecision precision) {
  switch (precision) {
    case LocationPrecision::Area: return "area";
    case LocationPrecision::Unplaced: return "none";
    case LocationPrecision::Exact: break;
  }
  return "exact";
}

//-----------------------------------------------------------------------------
// [SECTION] Alerts
//-----------------------------------------------------------------------------

bool IsAlert(const Incident& incident) {
  if (!IsLive(incident)) return false;  // an exercise or a test is never an alert
  return incident.origin == IncidentOrigin::Cap || incident.origin == IncidentOrigin::Krisinformation ||
         incident.severity == "Severe" || incident.severity == "Extreme";
}

std::string FeedError::ToString() const {
  if (line == 0) return message;
  return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
}

const char* FeedFormatName(FeedFormat format) {
  for (const auto& [value, name] : kFormatNames) {
    if (value == format) return name;
  }
  return "auto";
}

std::optional<FeedFormat> ParseFeedFormat(std::string_view name) {
  for (const auto& [value, known] : kFormatNames) {
    if (name == known) return value;
  }
  return std::nullopt;
}

//-----------------------------------------------------------------------------
// [SECTION] Detecting and parsing a feed
//-----------------------------------------------------------------------------

FeedFormat DetectFeedFormat(const json& root) {
  if (root.is_object()) {
    const auto type = root.find("type");
    if (type != root.end() && *type == "FeatureCollection") return FeedFormat::GeoJson;
    const auto alerts = root.find("alerts");
    if (alerts != root.end() && alerts->is_array()) return FeedFormat::Cap;
    return FeedFormat::Auto;
  }
  if (!root.is_array()) return FeedFormat::Auto;
  for (const json& item : root) {
    if (!item.is_object()) continue;
    if (item.contains("Identifier") || item.contains("Headline")) return FeedFormat::Krisinformation;
    if (item.contains("warningAreas")) return FeedFormat::Smhi;
    if (item.contains("datetime") && item.contains("location")) return FeedFormat::Polisen;
  }
  return FeedFormat::Auto;
}

std::optional<Feed> ParseFeed(std::string_view text, FeedFormat format, FeedError* error,
                              const FeedLimits& limits) {
  auto fail = [&](FeedError why) -> std::optional<Feed> {
    if (error) *error = std::move(why);
    return std::nullopt;
  };
  if (auto problem = CheckText(text, limits)) return fail(*problem);
  // A valid text (nearly every poll) is parsed as it is, without a repaired copy.
  std::string repaired;
  if (!IsValidUtf8(text)) repaired = RepairUtf8(text);
  std::vector<Problem> problems;
  std::optional<json> parsed = ParseJson(repaired.empty() ? text : std::string_view(repaired), "", problems);
  if (!parsed) return fail(FeedError{0, 0, 0, problems.empty() ? "not valid JSON" : problems.front().message});
  const json& root = *parsed;
  Feed feed;
  const FeedFormat detected = DetectFeedFormat(root);
  feed.format = format == FeedFormat::Auto ? detected : format;
  const bool empty_array = root.is_array() && root.empty();
  if (feed.format == FeedFormat::Auto) {
    if (empty_array) return feed;  // nothing happening: a valid, empty feed
    return fail(FeedError{0, 0, 0,
                          "not a known feed format (GeoJSON FeatureCollection, Police events, CAP "
                          "alerts, Krisinformation news or SMHI warnings)"});
  }
  const bool wants_array = feed.format == FeedFormat::Polisen || feed.format == FeedFormat::Krisinformation ||
                           feed.format == FeedFormat::Smhi;
  if (wants_array != root.is_array() || (!wants_array && !root.is_object())) {
    return fail(FeedError{0, 0, 0, std::string("not a ") + FeedFormatName(feed.format) + " feed: the top level is " +
                                       (root.is_array() ? "an array" : root.type_name())});
  }
  feed_reading::FeedBuilder builder(feed, limits.max_items);
  switch (feed.format) {
    case FeedFormat::GeoJson: ReadGeoJsonFeed(root, builder); break;
    case FeedFormat::Polisen: ReadPolisenFeed(root, builder); break;
    case FeedFormat::Cap: ReadCapFeed(root, builder); break;
    case FeedFormat::Krisinformation: ReadKrisinformationFeed(root, builder); break;
    case FeedFormat::Smhi: ReadSmhiFeed(root, builder); break;
    case FeedFormat::Auto: break;
  }
  // A source that sends items but none that can be read is broken, not quiet: refusing it keeps
  // the last good incidents on screen with the reason. An empty list stays "nothing happening".
  if (feed.incidents.empty() && !feed.dropped.empty()) {
    const DroppedItem& first = feed.dropped.front();
    return fail(FeedError{0, 0, 0,
                          "none of its " + std::to_string(feed.dropped.size()) +
                              " items could be read (first: " + first.where + ": " + first.reason + ")"});
  }
  return feed;
}

//-----------------------------------------------------------------------------
// [SECTION] Beredd's GeoJSON and the diff
//-----------------------------------------------------------------------------

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

FeedDiff DiffIncidents(const std::vector<Incident>& before, const std::vector<Incident>& after) {
  std::map<std::string_view, const Incident*> old_by_id;
  for (const Incident& incident : before) old_by_id[incident.id] = &incident;
  FeedDiff diff;
  std::map<std::string_view, bool> seen;
  for (const Incident& incident : after) {
    seen[incident.id] = true;
    const auto old = old_by_id.find(incident.id);
    if (old == old_by_id.end()) {
      diff.added.push_back(incident.id);
    } else if (!(*old->second == incident)) {
      const Incident& was = *old->second;
      diff.changed.push_back(incident.id);
      if (was.precision != incident.precision || was.polygon.empty() != incident.polygon.empty()) {
        diff.reshaped.push_back(incident.id);  // a new layer: neither moved nor retitled in place
        continue;
      }
      if (was.position != incident.position || was.polygon != incident.polygon) diff.moved.push_back(incident.id);
      if (was.title != incident.title) diff.retitled.push_back(incident.id);
    }
  }
  for (const Incident& incident : before) {
    if (!seen.count(incident.id)) diff.removed.push_back(incident.id);
  }
  return diff;
}

}  // namespace beredd::core
