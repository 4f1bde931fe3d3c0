// What the feed formats share: reading fields of untrusted items, HTML-bearing text made plain,
// positions checked against Sweden, and the builder that keeps good items and drops bad ones
// with a reason (times are core/base/time.h's ParseIsoTime). Layer: core (std + nlohmann),
// internal to core/feed. Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/time.h"  // ParseIsoTime, which every format reads its times with
#include "core/feed/feed.h"

namespace beredd::core::feed_reading {

using nlohmann::json;

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
Field StringField(const json& item, std::string_view key);

// Reads optional string members of an item, remembering the first one that has another type
// (the item is then dropped with that as its reason).
struct TypedTexts {
  std::string error;
  void Read(const json& object, std::string_view key, std::string& into);
};

// A GeoJSON position, [lon, lat]; nullopt when it is not one.
std::optional<GeoPoint> GeoJsonPosition(const json& coordinates);
// A GeoJSON Polygon's coordinates (the outer ring, then holes) into incident.polygon, with the
// outer ring's centre as its position, area precision; or why they cannot be read.
std::optional<std::string> ReadPolygon(const json& coordinates, Incident& incident);

// Where an area's marker goes: the mean vertex of a closed ring (the closing repeat left out).
GeoPoint RingCentre(const std::vector<GeoPoint>& ring);

// Adds the code of the place `name_or_code` names (core/base/swedish_municipalities.h) to the
// incident's area_codes, once; returns the place's position, nullopt when it names none.
std::optional<GeoPoint> NoteNamedPlace(Incident& incident, std::string_view name_or_code);

// The member as a string; "" when it is absent or not a string (for optional texts).
std::string TextOr(const json& item, std::string_view key);

// A string, or an integer written as one (ids are often numbers).
std::optional<std::string> IdField(const json& item, std::string_view key);

// Collects incidents, dropping (with a reason) duplicates, texts with invalid UTF-8 and
// positions that cannot be right.
class FeedBuilder {
 public:
  explicit FeedBuilder(Feed& feed, std::size_t max_items) : feed_(feed), max_items_(max_items) {}
  void Add(Incident incident, const std::string& where);
  void Drop(const std::string& where, const std::string& id, const std::string& reason);
  void Skip() { ++feed_.skipped; }
  void Cancel(Cancellation cancellation) { feed_.cancellations.push_back(std::move(cancellation)); }
  bool Has(const std::string& id) const { return ids_.count(id) != 0; }

 private:
  Feed& feed_;
  std::size_t max_items_;
  std::set<std::string> ids_;
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
// feed_krisinformation.cpp).
void ReadGeoJsonFeed(const nlohmann::json& root, feed_reading::FeedBuilder& out);
void ReadPolisenFeed(const nlohmann::json& root, feed_reading::FeedBuilder& out);
void ReadCapFeed(const nlohmann::json& root, feed_reading::FeedBuilder& out);
void ReadKrisinformationFeed(const nlohmann::json& root, feed_reading::FeedBuilder& out);
void ReadSmhiFeed(const nlohmann::json& root, feed_reading::FeedBuilder& out);
}  // namespace beredd::core
