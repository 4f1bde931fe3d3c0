// The map screen's view-model and intents: plain data that core's sessions fill and apply
// (FeedSession, MapSession) and ui's map view reads and emits. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/geo.h"
#include "core/feed/incident.h"

namespace beredd::core {

struct FeedDiff;  // core/feed/feed.h

// One row of the incident list, its texts made once per change of the feed, the filters or the
// language, never per frame (20,000 rows are 20,000 strings).
struct ListedIncident {
  const Incident* incident = nullptr;
  // "10:42 · Trafikolycka · Stockholm (ungefärlig plats) · 3 km bort · Källa: Polisen"; the
  // date only when it is not today.
  std::string detail;
  std::string description;  // the detail and the summary: what a screen reader hears after the title
};

// One source's state: when it last answered well, and since when and why it fails. One
// source failing marks only its own state stale; the others' incidents stay up to date.
struct FeedState {
  std::string name;                 // the source's name; "" when the pack has one source
  std::int64_t updated_ms = 0;      // the last good poll; 0: none yet
  std::int64_t stale_since_ms = 0;  // the first failed poll after it; 0: up to date
  std::string problem;              // why the last poll failed (shown while stale)
  bool offline = false;             // the network did not answer (the view says so in its words)
  int dropped = 0;                  // items of the last good feed that were left out
};

// The incident map: live incidents (newest first), the feeds' states and the list's filters.
struct MapView {
  const std::vector<Incident>* incidents = nullptr;  // live (Actual) only
  // Changes whenever the incidents may have moved (a poll replaced them): what is built from
  // them, or points into them, is built again only then.
  std::uint64_t incidents_version = 0;
  // The last replacement, when there is one: the incidents at `incidents_version` are those at
  // `change_from_version` but for `change`'s ids (added, changed, removed). Texts made from an
  // incident outside them can be kept.
  const FeedDiff* change = nullptr;
  std::uint64_t change_from_version = 0;
  // The list's rows for these incidents and filters (core::IncidentList), built once per change.
  const std::vector<ListedIncident>* rows = nullptr;
  const std::vector<std::string>* categories = nullptr;  // of every incident, sorted
  std::string selected_id;          // synced with the map's open popup
  bool reveal_selected = false;     // scroll the list to it (it was chosen on the map)
  std::int64_t now_ms = 0;
  int utc_offset_minutes = 0;
  std::vector<FeedState> feeds;     // one per source, in the pack's order
  std::string category;             // filter; "": every category
  int within_hours = 0;             // filter; 0: any time
  std::optional<GeoPoint> near;     // filter: within kNearKm of here (the user's position)
  // The region filter: only what the map shows (pan and zoom the map to choose the region).
  using Bounds = GeoBox;
  std::optional<Bounds> map_bounds;  // what the map shows now; unknown before it is drawn
  bool only_map_area = false;
  bool locating = false;               // waiting for the browser's position
  std::string location_problem;        // catalog key: why there is no position
  static constexpr double kNearKm = 25;
};

// What the user asked of the map screen during a frame.
struct MapIntents {
  std::string select_incident;          // an incident id, from the list
  std::optional<std::string> category;  // the list's category filter ("": all)
  std::optional<int> within_hours;      // the list's time filter (0: any time)
  bool locate = false;                  // "near me": ask for the user's position
  bool clear_near = false;              // show incidents everywhere again
  std::optional<bool> only_map_area;    // the region filter on or off
  bool operator==(const MapIntents&) const = default;
};

}  // namespace beredd::core
