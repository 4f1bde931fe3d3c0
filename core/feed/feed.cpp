// Feed parsing: limits first, the text read in one pass (core/base/json_tape.h), then the
// format's reader. Layer: core (std only). Must not include nlohmann, ui, web, ImGui or
// Emscripten headers.

// Index of this file:
// [SECTION] Names
// [SECTION] Alerts
// [SECTION] Detecting and parsing a feed (limits on the raw text, the format, one pass)
// [SECTION] The diff

#include "core/feed/feed.h"

#include <unordered_map>

#include "core/base/utf8.h"
#include "core/feed/formats/feed_document.h"
#include "core/feed/formats/feed_reading.h"

namespace beredd::core {
namespace {

constexpr std::pair<FeedFormat, const char*> kFormatNames[] = {
    {FeedFormat::Auto, "auto"},       {FeedFormat::GeoJson, "geojson"},
    {FeedFormat::Polisen, "polisen"}, {FeedFormat::Cap, "cap"},
    {FeedFormat::Krisinformation, "krisinformation"}, {FeedFormat::Smhi, "smhi"},
};

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

namespace feed_reading {

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

std::optional<FeedError> CheckStart(std::string_view text, const FeedLimits& limits) {
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
  return std::nullopt;
}

std::optional<FeedError> CheckDepth(std::string_view text, const FeedLimits& limits) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
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

bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = Utf8SequenceAt(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = Utf8SequenceAt(text, i);
    if (length > 0) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out.append(kUtf8Replacement);
      ++i;
    }
  }
  return out;
}

namespace {

// Which format `root` looks like, or Auto when none.
FeedFormat DetectFormat(JsonValue root) {
  if (root.IsObject()) {
    const auto type = root.Find("type");
    if (type && type->Equals("FeatureCollection")) return FeedFormat::GeoJson;
    const auto alerts = root.Find("alerts");
    if (alerts && alerts->IsArray()) return FeedFormat::Cap;
    return FeedFormat::Auto;
  }
  for (const JsonValue item : root) {
    if (!item.IsObject()) continue;
    if (item.Find("Identifier") || item.Find("Headline")) return FeedFormat::Krisinformation;
    if (item.Find("warningAreas")) return FeedFormat::Smhi;
    if (item.Find("datetime") && item.Find("location")) return FeedFormat::Polisen;
  }
  return FeedFormat::Auto;
}

}  // namespace

std::optional<Feed> ReadDocument(JsonValue root, FeedFormat format, FeedError* error, const FeedLimits& limits,
                                 const PollBefore* before) {
  Feed feed;
  feed.format = format == FeedFormat::Auto ? DetectFormat(root) : format;
  if (feed.format == FeedFormat::Auto) {
    if (root.IsArray() && root.Empty()) return feed;  // nothing happening: a valid, empty feed
    return Refuse(error, FeedError{0, 0, 0,
                          "not a known feed format (GeoJSON FeatureCollection, Police events, CAP "
                          "alerts, Krisinformation news or SMHI warnings)"});
  }
  const bool wants_array = feed.format == FeedFormat::Polisen || feed.format == FeedFormat::Krisinformation ||
                           feed.format == FeedFormat::Smhi;
  if (wants_array != root.IsArray() || (!wants_array && !root.IsObject())) {
    return Refuse(error, FeedError{0, 0, 0, std::string("not a ") + FeedFormatName(feed.format) + " feed: the top level is " +
                                       (root.IsArray() ? "an array" : root.TypeName())});
  }
  // Incidents are taken over only from a poll read as the same format.
  FeedBuilder builder(feed, limits.max_items, before != nullptr && before->format == feed.format ? before : nullptr);
  builder.Reserve(root.Size());  // an array feed's items (an object's reader reserves its own)
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
    return Refuse(error, FeedError{0, 0, 0,
                          "none of its " + std::to_string(feed.dropped.size()) +
                              " items could be read (first: " + first.where + ": " + first.reason + ")"});
  }
  return feed;
}

}  // namespace feed_reading

std::optional<Feed> ParseFeed(std::string_view text, FeedFormat format, FeedError* error,
                              const FeedLimits& limits, const PollBefore* before) {
  using namespace feed_reading;
  if (auto problem = CheckStart(text, limits)) return Refuse(error, *problem);
  JsonTape::ParseError problem;
  JsonTape own_tape;
  JsonTape& tape = before != nullptr && before->tape != nullptr ? *before->tape : own_tape;
  if (!tape.Read(text, limits.max_depth, &problem)) {
    // Too deep anywhere is said first, as the depth check on the raw text says it.
    if (auto too_deep = CheckDepth(text, limits)) return Refuse(error, *too_deep);
    const FeedError at = ErrorAt(text, problem.offset, {});
    return Refuse(error, FeedError{problem.offset, 0, 0,
                          "not valid JSON at line " + std::to_string(at.line) + ", column " +
                              std::to_string(at.column) + " (" + problem.message + ")"});
  }
  // Text after a NUL is not read, but its nesting still counts, as on the raw text.
  if (text.find('\0') != std::string_view::npos) {
    if (auto too_deep = CheckDepth(text, limits)) return Refuse(error, *too_deep);
  }
  return ReadDocument(tape.Root(), format, error, limits, before);
}

//-----------------------------------------------------------------------------
// [SECTION] The diff
//-----------------------------------------------------------------------------

FeedDiff DiffIncidents(const std::vector<Incident>& before, const std::vector<Incident>& after,
                       const std::vector<ItemSource>* after_sources) {
  // Incidents taken over from `before` are unchanged and still there: only the others are
  // looked up by id (most polls change a few of thousands).
  const auto taken_over = [&](std::size_t i) { return after_sources != nullptr && (*after_sources)[i].taken_from >= 0; };
  std::vector<bool> taken(before.size(), false);
  std::size_t seen = 0;  // of `before`, still in `after`
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (!taken_over(i)) continue;
    const auto from = static_cast<std::size_t>((*after_sources)[i].taken_from);
    if (!taken[from]) ++seen;
    taken[from] = true;
  }
  struct Shown {
    std::size_t index;  // in `before`
    bool seen;          // still in `after`: not removed
  };
  std::unordered_map<std::string_view, Shown> shown;
  shown.reserve(before.size() - seen);
  for (std::size_t k = 0; k < before.size(); ++k) {
    if (!taken[k]) shown.emplace(before[k].id, Shown{k, false});
  }
  FeedDiff diff;
  diff.unchanged_from.assign(after.size(), -1);
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (taken_over(i)) {
      diff.unchanged_from[i] = (*after_sources)[i].taken_from;
      continue;
    }
    const Incident& incident = after[i];
    const auto old = shown.find(incident.id);
    if (old == shown.end()) {
      diff.added.push_back(incident.id);
      continue;
    }
    if (!old->second.seen) ++seen;
    old->second.seen = true;
    const Incident& was = before[old->second.index];
    if (was == incident) {
      diff.unchanged_from[i] = static_cast<std::int32_t>(old->second.index);
      continue;
    }
    diff.changed.push_back(incident.id);
    if (was.precision != incident.precision || was.polygon.empty() != incident.polygon.empty()) {
      diff.reshaped.push_back(incident.id);  // a new layer: neither moved nor retitled in place
      continue;
    }
    if (was.position != incident.position || was.polygon != incident.polygon) diff.moved.push_back(incident.id);
    if (was.title != incident.title) diff.retitled.push_back(incident.id);
  }
  if (seen == before.size()) return diff;  // nothing removed: the common poll
  for (std::size_t k = 0; k < before.size(); ++k) {
    if (!taken[k] && !shown.at(before[k].id).seen) diff.removed.push_back(before[k].id);
  }
  return diff;
}

}  // namespace beredd::core
