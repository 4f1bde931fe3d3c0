// The incident list's rows: which incidents pass the filters and the texts each row shows,
// built once per change of the incidents, the filters, the language, the day or the minute,
// never per frame; after a poll only the changed incidents' texts are made again.
// Layer: core (std only). Must not include ui, web or Emscripten headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/content/catalog.h"
#include "core/feed/map_screen.h"

namespace beredd::core {

// Whether `incident` passes the list's filters in `view` (category, hours, near me, map area).
bool PassesFilters(const Incident& incident, const MapView& view);

class IncidentList {
 public:
  // Fills view.rows and view.categories for view's incidents and filters, in `strings`' language
  // (`language` names it: a pack of another language may sit at the same address).
  void Fill(MapView& view, const Catalog& strings, std::string_view language);

  // A pack was loaded again (its texts may differ): the next Fill builds the rows again.
  void Invalidate() { built_ = false; }
  // How many times the rows were made: the tests and the benchmark check it is not every frame.
  int builds() const { return builds_; }
  // How many rows' texts the last build made (the others were kept from the build before).
  std::size_t texts_made() const { return texts_made_; }

 private:
  struct Inputs {
    const std::vector<Incident>* incidents = nullptr;
    std::uint64_t incidents_version = 0;
    const Catalog* strings = nullptr;
    std::string language;
    std::int64_t minute = 0;  // the hour filters move with the clock; times show the date when not today
    int utc_offset_minutes = 0;
    std::string category;
    int within_hours = 0;
    std::optional<GeoPoint> near;
    std::optional<GeoBox> map_area;  // only when the region filter is on
    bool operator==(const Inputs&) const = default;
  };
  // Whether the rows built for `built_for_` keep their texts for `inputs`: only the incidents
  // changed, by `view.change` alone, which says where each unchanged one was.
  bool KeepsTexts(const Inputs& inputs, const MapView& view) const;
  void Build(const MapView& view, const Catalog& strings, bool keep_texts);
  Inputs built_for_;
  bool built_ = false;
  int builds_ = 0;
  std::uint64_t categories_version_ = 0;
  const std::vector<Incident>* categories_of_ = nullptr;
  std::vector<ListedIncident> rows_;
  // By index in the incidents rows_ were built from: its row, or -1 (filtered out). A poll
  // replaces the incidents, and its change says where each unchanged one was.
  std::vector<std::int32_t> row_of_incident_;
  std::size_t texts_made_ = 0;
  std::vector<std::string> categories_;
};

}  // namespace beredd::core
