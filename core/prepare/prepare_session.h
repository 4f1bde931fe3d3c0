// The home preparedness screen's session: ticks, the household, the plan and when each group
// was last checked, kept in this browser only (never sent; nothing at all on a kiosk), the
// printable plan, the JSON export and "forget everything".
// Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <cstdint>

#include "core/base/platform.h"
#include "core/prepare/prepare_screen.h"
#include "core/prepare/prepare_state.h"

namespace beredd::core {

// The storage key; the value is PrepareStateText.
inline constexpr std::string_view kPrepareStorageKey = "beredd.preparedness";

class PrepareSession {
 public:
  // `keep`: store progress in the browser (false on a kiosk, whose visitors share it). A kept
  // session starts from what is stored; a stored text that cannot be read is reported to the
  // developer log and left in place, not overwritten until the visitor changes something.
  PrepareSession(Platform& platform, bool keep);

  void Fill(PrepareView& view, const Preparedness& content, std::int64_t wall_ms,
            int utc_offset_minutes) const;
  void Apply(const PrepareIntents& intents, const Preparedness& content, std::int64_t wall_ms);

  const PrepareState& state() const { return state_; }

 private:
  void Save();

  Platform* platform_;
  bool keep_;
  PrepareState state_;
  bool showing_plan_ = false;
  bool forget_armed_ = false;
};

}  // namespace beredd::core
