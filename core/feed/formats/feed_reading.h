// What the feed formats share: reading fields of untrusted items, HTML-bearing text made plain,
// positions checked against Sweden, and the builder that keeps good items and drops bad ones
// with a reason (times are core/base/time.h's ParseIsoTime). Items are values of a JsonTape,
// read in one pass (core/base/json_tape.h). Layer: core (std only), internal to core/feed.
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/index_table.h"
#include "core/base/json_tape.h"
#include "core/base/swedish_municipalities.h"
#include "core/base/time.h"  // ParseIsoTime, which every format reads its times with
#include "core/feed/feed.h"

namespace beredd::core::feed_reading {

// Tags removed (block tags become line breaks), entities decoded (&amp; &aring; &#229; ...),
// white space collapsed. The result is shown as text, never as HTML.
std::string HtmlToText(std::string_view html);

// Why `point` cannot be shown, or nullopt: not finite, out of range, swapped, outside Sweden.
std::optional<std::string> CheckPosition(const GeoPoint& point);

// "lat,lon" as the Police API writes it.
std::optional<GeoPoint> ParseLatLon(std::string_view text);

// The member `key` of `item` as a string; a member of another type is an error.
struct Field {
  std::optional<std::string> value;
  std::string error;  // non-empty: the member exists but is not a string
};
Field StringField(JsonValue item, std::string_view key);

// Reads optional string members of an item, remembering the first one that has another type
// (the item is then dropped with that as its reason).
struct TypedTexts {
  std::string error;
  void Read(JsonValue object, std::string_view key, std::string& into);
};

// A GeoJSON position, [lon, lat]; nullopt when it is not one.
std::optional<GeoPoint> GeoJsonPosition(JsonValue coordinates);
// A GeoJSON Polygon's coordinates (the outer ring, then holes) into incident.polygon, with the
// outer ring's centre as its position, area precision; or why they cannot be read.
std::optional<std::string> ReadPolygon(JsonValue coordinates, Incident& incident);

// Where an area's marker goes: the mean vertex of a closed ring (the closing repeat left out).
GeoPoint RingCentre(const std::vector<GeoPoint>& ring);

// The member as a string; "" when it is absent or not a string (for optional texts).
std::string TextOr(JsonValue item, std::string_view key);

// A string, or an integer written as one (ids are often numbers).
std::optional<std::string> IdField(JsonValue item, std::string_view key);

// Where an item is, as a JSON pointer ("/features/3") spelled out only when it is dropped:
// the good items, nearly all of them, never build one.
struct ItemPlace {
  std::string_view array;  // the array the item is in, after its parent's place: "", "/alerts"
  std::size_t index = 0;
  const ItemPlace* parent = nullptr;  // an item inside an item: "/3" of "/3/warningAreas/1"
  std::string ToString() const;
};

// Collects incidents, dropping (with a reason) duplicates, texts with invalid UTF-8 and
// positions that cannot be right.
class FeedBuilder {
 public:
  // `before`: the poll before, read as the same format, or nullptr.
  FeedBuilder(Feed& feed, std::size_t max_items, const PollBefore* before = nullptr)
      : feed_(feed), max_items_(max_items), before_(before) {}
  // `item`: what the incident was read from, when it is that item's only incident (it can then
  // be taken over by the next poll).
  void Add(Incident incident, const ItemPlace& where, std::optional<JsonValue> item = std::nullopt);
  // When `item` is byte for byte an item the poll before read as an incident, keeps that
  // incident again, as reading it would, and returns true; false: read it.
  bool TakeOver(JsonValue item, const ItemPlace& where);
  void Drop(const ItemPlace& where, const std::string& id, const std::string& reason);
  void Skip() { ++feed_.skipped; }
  // Room for `items` incidents up front: 20,000 moved on every growth add up.
  void Reserve(std::size_t items);
  void Cancel(Cancellation cancellation) { feed_.cancellations.push_back(std::move(cancellation)); }

  // What `name_or_code` names (core/base/swedish_municipalities.h's FindPlace), looked up once
  // per feed: 10,000 Police events name a few hundred places, and each lookup scans every
  // municipality.
  std::optional<NamedPlace> FindPlace(std::string_view name_or_code);
  // Adds the code of the place `name_or_code` names to the incident's area_codes, once;
  // returns the place's position, nullopt when it names none.
  std::optional<GeoPoint> NotePlace(Incident& incident, std::string_view name_or_code);

 private:
  // Whether an incident kept has the id `id` (hashing to `id_hash`: the hash Keep files it by).
  bool Has(std::size_t id_hash, std::string_view id) const;
  // An incident that passed every check, in a feed that is not full.
  void Keep(Incident&& incident, ItemSource source, std::size_t id_hash);
  bool Full() const { return feed_.incidents.size() >= max_items_; }
  void DropForLimit(const ItemPlace& where, const std::string& id);
  // The poll before's incident whose item has `bytes` (hashing to `hash`), or -1.
  std::int32_t FindBefore(std::string_view bytes, std::size_t hash);
  // Where `item` is and its hash (hashed once: TakeOver's is kept for Add).
  ItemSource SourceOf(JsonValue item);

  Feed& feed_;
  std::size_t max_items_;
  const PollBefore* before_;
  IndexTable before_items_;  // the poll before's items by hash, filled on the first TakeOver
  bool before_indexed_ = false;
  ItemSource last_hashed_;  // the item TakeOver last hashed
  // Per incident of the poll before: where it was taken over to in feed_.incidents (+ 1; 0 not).
  std::vector<std::uint32_t> taken_into_;
  IndexTable ids_;  // the kept incidents by their id's hash: no id copied or allocated for
  // Looked up by string_view (one per item), with no string made unless the name is new.
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
  };
  std::unordered_map<std::string, std::optional<NamedPlace>, NameHash, std::equal_to<>> places_;
};

// Texts are capped so one item cannot fill the list: a title at 300 bytes, a summary at
// 4000, cut on a UTF-8 character boundary.
std::string Clamp(std::string text, std::size_t max_bytes);
inline constexpr std::size_t kMaxTitleBytes = 300;
inline constexpr std::size_t kMaxSummaryBytes = 4000;

// Keeps `url` only when it is https (with a host); anything else becomes "".
std::string HttpsOnly(std::string url);

}  // namespace beredd::core::feed_reading

namespace beredd::core {
// The formats, one file each (feed_geojson.cpp, feed_polisen.cpp, feed_cap.cpp,
// feed_krisinformation.cpp, feed_smhi.cpp).
void ReadGeoJsonFeed(JsonValue root, feed_reading::FeedBuilder& out);
void ReadPolisenFeed(JsonValue root, feed_reading::FeedBuilder& out);
void ReadCapFeed(JsonValue root, feed_reading::FeedBuilder& out);
void ReadKrisinformationFeed(JsonValue root, feed_reading::FeedBuilder& out);
void ReadSmhiFeed(JsonValue root, feed_reading::FeedBuilder& out);
}  // namespace beredd::core
