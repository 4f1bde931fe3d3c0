// "Var är jag?": the caller's position for the 112 call. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#include "core/where/where_session.h"

#include "core/base/swedish_municipalities.h"

namespace beredd::core {
namespace {

DecimalMark MarkOf(const ContentPack& pack) {
  return pack.strings.Get("where.decimal_mark") == "," ? DecimalMark::Comma : DecimalMark::Point;
}

}  // namespace

void WhereSession::Located(const GeoPoint& point, double accuracy_m, std::int64_t at_ms) {
  if (!watching_) return;
  fix_ = Fix{point, accuracy_m, at_ms, platform_->UtcOffsetMinutes(at_ms)};
  problem_.clear();
}

void WhereSession::Failed(LocationError error) {
  if (!watching_) return;
  switch (error) {
    case LocationError::Denied:
      problem_ = "where.denied";
      watching_ = false;  // the browser will not ask again until the user changes its setting
      platform_->StopWatchingPosition();
      break;
    case LocationError::Timeout: problem_ = "where.timeout"; break;
    case LocationError::Unavailable: problem_ = "where.unavailable"; break;
  }
}

void WhereSession::Stop() {
  if (watching_) platform_->StopWatchingPosition();
  watching_ = false;
  fix_.reset();
  problem_.clear();
}

void WhereSession::Apply(const WhereIntents& intents) {
  if (intents.show_position && !kiosk_.enabled && !watching_) {
    watching_ = true;
    problem_.clear();
    platform_->WatchPosition();
  }
  if (!intents.copy && !intents.read_aloud) return;
  const std::string text = ReadOut();
  if (text.empty()) return;
  if (intents.copy) platform_->CopyText(text);
  if (intents.read_aloud) platform_->Speak(text, packs_->current().locale);
}

std::optional<WhereSession::Fix> WhereSession::Shown() const {
  if (!kiosk_.enabled) return fix_;
  if (!kiosk_.location) return std::nullopt;
  return Fix{*kiosk_.location, 0, 0, 0};
}

void WhereSession::Fill(WhereView& view) const {
  view.kiosk = kiosk_.enabled;
  view.kiosk_address = kiosk_.enabled ? kiosk_.address : std::string();
  const std::optional<Fix> fix = Shown();
  if (fix) {
    view.state = WhereView::State::Located;
    view.position = DescribePosition(fix->point, MarkOf(packs_->current()));
    view.accuracy_m = fix->accuracy_m;
    view.poor_accuracy = fix->accuracy_m > kPoorAccuracyMetres;
    view.fix_ms = fix->at_ms;
    view.utc_offset_minutes = fix->utc_offset_minutes;
    if (kSweden.Contains(fix->point)) {
      const Municipality& near = NearestMunicipality(fix->point);
      view.near_municipality = near.name;
      if (auto county = CountyOf(near)) view.near_county = county->name;
    }
  } else if (!problem_.empty()) {
    view.state = WhereView::State::Failed;
    view.problem = problem_;
  } else {
    view.state = watching_ ? WhereView::State::Locating : WhereView::State::NotAsked;
  }
}

std::string WhereSession::ReadOut() const {
  const std::optional<Fix> fix = Shown();
  if (!fix) return {};
  const Catalog& strings = packs_->current().strings;
  const PositionText text = DescribePosition(fix->point, MarkOf(packs_->current()));
  return strings.Format("where.read_out",
                        {{"lat", text.lat_decimal},
                         {"ns", strings.Get(text.north ? "where.north" : "where.south")},
                         {"lon", text.lon_decimal},
                         {"ew", strings.Get(text.east ? "where.east" : "where.west")},
                         {"northing", text.northing},
                         {"easting", text.easting}});
}

}  // namespace beredd::core
