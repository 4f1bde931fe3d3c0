// Shared feed reading. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.

// Index of this file:
// [SECTION] HTML made plain
// [SECTION] Positions
// [SECTION] Fields of untrusted items
// [SECTION] The builder: good items kept, bad ones dropped with a reason

#include "core/feed/formats/feed_reading.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/base/fast_decimal.h"
#include "core/base/geo.h"
#include "core/base/swedish_municipalities.h"
#include "core/base/url_policy.h"
#include "core/base/utf8.h"

namespace beredd::core::feed_reading {
namespace {

// Where a Swedish feed's positions can be: Sweden with a margin of about 100 km, for the sea
// off its coasts and positions rounded by the sender.
constexpr GeoBox kFeedArea = kSweden.Grown(0.9);

bool InSweden(double lat, double lon) { return kFeedArea.Contains({lat, lon}); }

//-----------------------------------------------------------------------------
// [SECTION] HTML made plain
//-----------------------------------------------------------------------------

struct NamedEntity {
  std::string_view name;
  unsigned code;
};
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},     {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},   {"aring", 0xE5},   {"Aring", 0xC5},   {"auml", 0xE4},    {"Auml", 0xC4},
    {"ouml", 0xF6},   {"Ouml", 0xD6},    {"eacute", 0xE9},  {"Eacute", 0xC9},  {"uuml", 0xFC},
    {"Uuml", 0xDC},   {"aelig", 0xE6},   {"oslash", 0xF8},  {"ndash", 0x2013}, {"mdash", 0x2014},
    {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"laquo", 0xAB},  {"raquo", 0xBB},   {"deg", 0xB0},     {"shy", 0xAD},     {"euro", 0x20AC},
};

// Decodes the entity starting at text[at] == '&'; advances `at` past it when it is one.
bool DecodeEntity(std::string_view text, std::size_t& at, std::string& out) {
  const std::size_t end = text.find(';', at);
  if (end == std::string_view::npos || end - at > 10) return false;
  const std::string_view body = text.substr(at + 1, end - at - 1);
  unsigned code = 0;
  if (body.size() > 1 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string digits(body.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 7) return false;
    char* parsed_end = nullptr;
    const unsigned long value = std::strtoul(digits.c_str(), &parsed_end, hex ? 16 : 10);
    if (*parsed_end != '\0') return false;
    // NUL, surrogates and beyond Unicode are no characters: drop them.
    if (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
      at = end + 1;
      return true;
    }
    code = static_cast<unsigned>(value);
  } else {
    bool known = false;
    for (const NamedEntity& entity : kEntities) {
      if (entity.name == body) {
        code = entity.code;
        known = true;
      }
    }
    if (!known) return false;
  }
  if (code != 0xAD) AppendUtf8(out, code == 0xA0 ? ' ' : code);  // soft hyphen: invisible
  at = end + 1;
  return true;
}

bool IsBlockTag(std::string_view tag) {
  for (std::string_view block : {"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
                                  "h6", "tr", "table", "blockquote"}) {
    if (tag == block) return true;
  }
  return false;
}

std::string LowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// The number strtod reads at text[at], advancing `at` past it. A plain decimal ("59.329323",
// every Police position) is read without strtod; anything strtod reads further or otherwise
// (white space first, an exponent, hex, "inf") is left to strtod.
std::optional<double> LeadingNumber(std::string_view text, std::size_t& at) {
  auto digits_from = [&](std::size_t from) {
    while (from < text.size() && text[from] >= '0' && text[from] <= '9') ++from;
    return from;
  };
  std::size_t end = at;
  if (end < text.size() && (text[end] == '-' || text[end] == '+')) ++end;
  std::size_t digits_end = digits_from(end);
  bool plain = digits_end > end;
  if (plain && digits_end < text.size() && text[digits_end] == '.') {
    const std::size_t fraction_end = digits_from(digits_end + 1);
    plain = fraction_end > digits_end + 1;
    digits_end = fraction_end;
  }
  if (plain && (digits_end == text.size() || std::string_view(".eExXpP").find(text[digits_end]) == std::string_view::npos)) {
    if (const auto value = FastDecimal(text.substr(at, digits_end - at))) {
      at = digits_end;
      return value;
    }
  }
  const std::string rest(text.substr(at));
  char* stop = nullptr;
  const double value = std::strtod(rest.c_str(), &stop);
  if (stop == rest.c_str()) return std::nullopt;
  at += static_cast<std::size_t>(stop - rest.c_str());
  return value;
}

}  // namespace

std::string HtmlToText(std::string_view html) {
  std::string text;
  std::size_t at = 0;
  while (at < html.size()) {
    const char c = html[at];
    if (c == '<') {
      const std::size_t close = html.find('>', at);
      if (close == std::string_view::npos) break;  // a cut-off tag: the rest is not text
      std::string_view tag = html.substr(at + 1, close - at - 1);
      const bool closing = !tag.empty() && tag.front() == '/';
      if (closing) tag.remove_prefix(1);
      const std::size_t name_end = tag.find_first_of(" \t\r\n/");
      const std::string name = LowerAscii(tag.substr(0, name_end));
      at = close + 1;
      if (!closing && (name == "script" || name == "style")) {
        const std::size_t end = LowerAscii(html.substr(at)).find("</" + name);
        at = end == std::string::npos ? html.size() : at + end;
        continue;
      }
      text += IsBlockTag(name) ? '\n' : ' ';
      continue;
    }
    if (c == '&' && DecodeEntity(html, at, text)) continue;
    text += c;
    ++at;
  }
  // Collapse white space: spaces within lines, and at most one line break in a row.
  std::string collapsed;
  bool pending_space = false, pending_break = false;
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      pending_break = true;
    } else if (c == ' ' || c == '\t') {
      pending_space = true;
    } else {
      if (!collapsed.empty() && pending_break) {
        collapsed += '\n';
      } else if (!collapsed.empty() && pending_space) {
        collapsed += ' ';
      }
      pending_space = pending_break = false;
      collapsed += c;
    }
  }
  return collapsed;
}

//-----------------------------------------------------------------------------
// [SECTION] Positions
//-----------------------------------------------------------------------------

std::optional<std::string> CheckPosition(const GeoPoint& p) {
  if (!std::isfinite(p.lat) || !std::isfinite(p.lon)) return "coordinates are not finite numbers";
  if (std::fabs(p.lat) > 90 || std::fabs(p.lon) > 180) return "coordinates out of range";
  if (InSweden(p.lat, p.lon)) return std::nullopt;
  if (InSweden(p.lon, p.lat)) return "latitude and longitude are swapped";
  return "position outside Sweden";
}

std::optional<GeoPoint> ParseLatLon(std::string_view text) {
  std::size_t at = 0;
  GeoPoint point;
  const auto lat = LeadingNumber(text, at);
  if (!lat) return std::nullopt;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at == text.size() || text[at] != ',') return std::nullopt;
  ++at;
  const auto lon = LeadingNumber(text, at);
  if (!lon) return std::nullopt;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at != text.size() && text[at] != '\0') return std::nullopt;  // strtod's end: NUL ends the text
  point.lat = *lat;
  point.lon = *lon;
  return point;
}

//-----------------------------------------------------------------------------
// [SECTION] Fields of untrusted items
//-----------------------------------------------------------------------------

Field StringField(JsonValue item, std::string_view key) {
  Field field;
  const auto member = item.Find(key);
  if (!member || member->IsNull()) return field;
  if (!member->IsString()) {
    field.error = std::string(key) + ": expected a string, found " + member->TypeName();
    return field;
  }
  field.value = std::string(member->String());
  return field;
}

void TypedTexts::Read(JsonValue object, std::string_view key, std::string& into) {
  Field field = StringField(object, key);
  if (!field.error.empty() && error.empty()) error = field.error;
  if (field.value) into = std::move(*field.value);
}

GeoPoint RingCentre(const std::vector<GeoPoint>& ring) {
  GeoPoint sum;
  const std::size_t count = ring.size() > 1 ? ring.size() - 1 : ring.size();
  for (std::size_t i = 0; i < count; ++i) {
    sum.lat += ring[i].lat;
    sum.lon += ring[i].lon;
  }
  const double n = count > 0 ? static_cast<double>(count) : 1.0;
  return {sum.lat / n, sum.lon / n};
}

std::string TextOr(JsonValue item, std::string_view key) {
  const auto member = item.Find(key);
  return member ? std::string(member->String()) : std::string();
}

std::optional<std::string> IdField(JsonValue item, std::string_view key) {
  const auto member = item.Find(key);
  if (!member) return std::nullopt;
  if (member->IsString() && !member->String().empty()) return std::string(member->String());
  if (member->IsInteger()) return member->IntegerText();
  return std::nullopt;
}

std::string Clamp(std::string text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  return text + "\u2026";
}

std::optional<GeoPoint> GeoJsonPosition(JsonValue coordinates) {
  if (coordinates.Size() < 2 || !coordinates.IsArray()) return std::nullopt;
  auto element = coordinates.begin();
  const JsonValue lon = *element;
  const JsonValue lat = *++element;
  if (!lon.IsNumber() || !lat.IsNumber()) return std::nullopt;
  return GeoPoint{lat.Number(), lon.Number()};
}

std::optional<std::string> ReadPolygon(JsonValue coordinates, Incident& incident) {
  constexpr std::size_t kMaxPolygonPoints = 10000;
  if (!coordinates.IsArray() || coordinates.Empty()) return "Polygon without rings";
  std::size_t points = 0;
  std::vector<std::vector<GeoPoint>> rings;
  for (const JsonValue ring : coordinates) {
    if (!ring.IsArray() || ring.Size() < 4) return "Polygon: a ring needs at least 4 positions";
    std::vector<GeoPoint> read;
    read.reserve(ring.Size());
    for (const JsonValue position : ring) {
      auto point = GeoJsonPosition(position);
      if (!point) return "Polygon: positions must be [lon, lat]";
      read.push_back(*point);
      if (++points > kMaxPolygonPoints) return "Polygon with more than 10000 positions";
    }
    rings.push_back(std::move(read));
  }
  incident.polygon = std::move(rings);
  incident.position = RingCentre(incident.polygon.front());
  incident.precision = LocationPrecision::Area;
  return std::nullopt;
}

std::optional<NamedPlace> FeedBuilder::FindPlace(std::string_view name_or_code) {
  const auto known = places_.find(name_or_code);
  if (known != places_.end()) return known->second;
  return places_.emplace(std::string(name_or_code), core::FindPlace(name_or_code)).first->second;
}

std::optional<GeoPoint> FeedBuilder::NotePlace(Incident& incident, std::string_view name_or_code) {
  const std::optional<NamedPlace> place = FindPlace(name_or_code);
  if (!place) return std::nullopt;
  const auto& codes = incident.area_codes;
  if (std::find(codes.begin(), codes.end(), place->code) == codes.end()) incident.area_codes.emplace_back(place->code);
  return place->position;
}

std::string HttpsOnly(std::string url) { return IsHttpsUrl(url) ? url : std::string(); }

//-----------------------------------------------------------------------------
// [SECTION] The builder: good items kept, bad ones dropped with a reason
//-----------------------------------------------------------------------------

std::string ItemPlace::ToString() const {
  return (parent ? parent->ToString() : std::string()) + std::string(array) + "/" + std::to_string(index);
}

void FeedBuilder::Reserve(std::size_t items) {
  items = std::min(items, max_items_);
  feed_.incidents.reserve(items);
  feed_.sources.reserve(items);
  if (feed_.incidents.empty()) ids_.Reset(items);
}

bool FeedBuilder::Has(std::size_t id_hash, std::string_view id) const {
  const auto id_of = [&](std::uint32_t index) -> std::string_view { return feed_.incidents[index].id; };
  return ids_.FindKey(id_hash, id, id_of).has_value();
}

namespace {

// Whether two byte runs are equal, eight bytes at a time: Emscripten's memcmp goes byte by byte,
// and a poll compares megabytes.
bool SameBytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  std::size_t i = 0;
  for (; i + 8 <= a.size(); i += 8) {
    std::uint64_t x = 0, y = 0;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) return false;
  }
  for (; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace

std::int32_t FeedBuilder::FindBefore(std::string_view bytes, std::size_t hash) {
  const std::vector<ItemSource>& sources = *before_->sources;
  if (!before_indexed_) {
    before_indexed_ = true;
    before_items_.Reset(sources.size());
    taken_into_.assign(sources.size(), 0);
    for (std::size_t i = 0; i < sources.size(); ++i) {
      if (sources[i].bytes.size != 0) before_items_.Insert(sources[i].hash, static_cast<std::uint32_t>(i));
    }
  }
  const auto same_bytes = [&](std::uint32_t index) {
    const ItemSource& source = sources[index];
    return source.hash == hash && SameBytes(before_->text.substr(source.bytes.offset, source.bytes.size), bytes);
  };
  const auto found = before_items_.Find(hash, same_bytes);
  return found ? static_cast<std::int32_t>(*found) : -1;
}

ItemSource FeedBuilder::SourceOf(JsonValue item) {
  ItemSource source{item.Span(), 0, -1};
  if (last_hashed_.bytes.size != 0 && last_hashed_.bytes.offset == source.bytes.offset) return last_hashed_;
  source.hash = IndexTable::HashOf(item.Raw());
  return source;
}

bool FeedBuilder::TakeOver(JsonValue item, const ItemPlace& where) {
  if (before_ == nullptr || item.Span().size == 0) return false;
  last_hashed_ = SourceOf(item);  // read or not, its hash is needed once
  const std::int32_t index = FindBefore(item.Raw(), last_hashed_.hash);
  if (index < 0) return false;
  const auto at = static_cast<std::size_t>(index);
  // The same item sent twice: the first was taken over (and maybe moved), so the second meets
  // the first's id, as when reading both.
  const Incident& incident = taken_into_[at] != 0 ? feed_.incidents[taken_into_[at] - 1] : (*before_->incidents)[at];
  if (!IsLive(incident) || HasExpired(incident, before_->now_ms)) return false;
  // Its id was checked first when it was read, so a duplicate is dropped for that, as then;
  // the feed being full comes last, as in Add. Neither moves it.
  const std::size_t id_hash = IndexTable::HashOf(incident.id);
  if (Has(id_hash, incident.id)) {
    Drop(where, incident.id, "duplicate id");
  } else if (Full()) {
    DropForLimit(where, incident.id);
  } else {
    ItemSource source = last_hashed_;
    source.taken_from = index;
    taken_into_[at] = static_cast<std::uint32_t>(feed_.incidents.size() + 1);
    if (before_->movable != nullptr) {
      Keep(std::move((*before_->movable)[at]), source, id_hash);
    } else {
      Keep(Incident(incident), source, id_hash);  // a copy: the list shown stays whole
    }
  }
  return true;
}

void FeedBuilder::Add(Incident incident, const ItemPlace& where, std::optional<JsonValue> item) {
  if (incident.id.empty()) return Drop(where, {}, "no id");
  const std::size_t id_hash = IndexTable::HashOf(incident.id);
  if (Has(id_hash, incident.id)) return Drop(where, incident.id, "duplicate id");
  if (incident.title.empty()) return Drop(where, incident.id, "no title");
  if (incident.time_ms <= 0) return Drop(where, incident.id, "no valid time");
  for (const std::string* text : {&incident.title, &incident.summary, &incident.category,
                                  &incident.area_name, &incident.source, &incident.instruction}) {
    if (text->find(kUtf8Replacement) != std::string::npos) {
      return Drop(where, incident.id, "invalid UTF-8 in the texts");
    }
  }
  if (!IsPlaced(incident)) {
    incident.position = {};
    incident.polygon.clear();
  } else if (auto problem = CheckPosition(incident.position)) {
    return Drop(where, incident.id, *problem);
  }
  for (const auto& ring : incident.polygon) {
    for (const GeoPoint& point : ring) {
      if (auto problem = CheckPosition(point)) return Drop(where, incident.id, "polygon: " + *problem);
    }
  }
  incident.title = Clamp(std::move(incident.title), kMaxTitleBytes);
  incident.summary = Clamp(std::move(incident.summary), kMaxSummaryBytes);
  incident.instruction = Clamp(std::move(incident.instruction), kMaxSummaryBytes);
  incident.url = HttpsOnly(std::move(incident.url));
  if (incident.updated_ms < incident.time_ms) incident.updated_ms = incident.time_ms;
  if (Full()) return DropForLimit(where, incident.id);
  Keep(std::move(incident), item ? SourceOf(*item) : ItemSource{}, id_hash);
}

void FeedBuilder::DropForLimit(const ItemPlace& where, const std::string& id) {
  Drop(where, id, "more than " + std::to_string(max_items_) + " items");
}

void FeedBuilder::Keep(Incident&& incident, ItemSource source, std::size_t id_hash) {
  if (ids_.Full()) {
    ids_.Reset(feed_.incidents.size() * 2 + 1);
    for (std::size_t i = 0; i < feed_.incidents.size(); ++i) {
      ids_.Insert(feed_.incidents[i].id, static_cast<std::uint32_t>(i));
    }
  }
  ids_.Insert(id_hash, static_cast<std::uint32_t>(feed_.incidents.size()));
  feed_.incidents.push_back(std::move(incident));
  feed_.sources.push_back(source);
}

void FeedBuilder::Drop(const ItemPlace& where, const std::string& id, const std::string& reason) {
  feed_.dropped.push_back({where.ToString(), id, reason});
}

}  // namespace beredd::core::feed_reading
