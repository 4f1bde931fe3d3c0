// "Var är jag?": the position a caller reads out to the 112 operator. The browser is asked only
// after a tap, the position follows the caller while the screen is open and stops when it
// closes, and a kiosk shows where it stands instead. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/base/geo.h"
#include "core/base/platform.h"
#include "core/content/pack_set.h"
#include "core/kiosk/kiosk.h"
#include "core/where/where_screen.h"

namespace beredd::core {

class WhereSession {
 public:
  // Texts and the decimal mark come from the pack on screen (`packs` outlives the session).
  WhereSession(Platform& platform, const PackSet& packs) : platform_(&platform), packs_(&packs) {}

  // The kiosk's settings: in kiosk mode its own address and position are shown, and a visitor's
  // position is never asked for.
  void Configure(const KioskSettings& kiosk) { kiosk_ = kiosk; }

  // The browser's answers to Platform::WatchPosition: a fix (WGS84, accuracy in metres, its
  // wall-clock time), or why there is none. Answers after Stop are ignored.
  void Located(const GeoPoint& point, double accuracy_m, std::int64_t at_ms);
  void Failed(LocationError error);
  // The screen closed: the position stops being followed and is forgotten.
  void Stop();
  bool watching() const { return watching_; }

  void Apply(const WhereIntents& intents);
  void Fill(WhereView& view) const;

  // The position as one line of text to copy or speak, in the pack's words; "" without one.
  std::string ReadOut() const;

  bool operator==(const WhereSession& other) const {
    return watching_ == other.watching_ && fix_ == other.fix_ && problem_ == other.problem_;
  }

 private:
  struct Fix {
    GeoPoint point;
    double accuracy_m = 0;
    std::int64_t at_ms = 0;
    int utc_offset_minutes = 0;  // local time at the fix, asked of the platform once
    bool operator==(const Fix&) const = default;
  };
  std::optional<Fix> Shown() const;  // the kiosk's position or the caller's

  Platform* platform_;
  const PackSet* packs_;
  KioskSettings kiosk_;
  bool watching_ = false;  // the platform is following the position
  std::optional<Fix> fix_;
  std::string problem_;    // catalog key
};

}  // namespace beredd::core
