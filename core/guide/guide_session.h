// The open guide: which one, what the app computes for it (the next VMA test date), and the
// VMA signal's sample, played from a tap and stopped when the guide closes.
// Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "core/base/platform.h"
#include "core/guide/guide_screen.h"

namespace beredd::core {

// MSB: the warning signal "Viktigt meddelande" is 7 s of tone, then 14 s of silence.
inline constexpr double kVmaToneSeconds = 7.0;

class GuideSession {
 public:
  explicit GuideSession(Platform& platform) : platform_(platform) {}

  // The guide the route names (empty: none). Leaving a guide silences its sample.
  void Open(std::string guide_id);
  const std::string& guide_id() const { return guide_id_; }

  // `guides` are the current language's; ids are the same in every language.
  void Fill(GuideView& view, std::span<const Guide> guides, std::int64_t wall_ms,
            int utc_offset_minutes) const;
  void Apply(const GuideIntents& intents, std::span<const Guide> guides);

 private:
  Platform& platform_;
  std::string guide_id_;
};

}  // namespace beredd::core
