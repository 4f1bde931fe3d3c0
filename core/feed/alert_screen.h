// The alert bar's view-model and intents: live alerts on every screen, above whatever is open,
// and the VMAs cancelled lately ("VMA upphävt" with the time). Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/feed/incident.h"

namespace beredd::core {

// An alert the feed cancelled, as the bar says it.
struct CancelledAlert {
  std::string id;
  std::string headline;  // what was cancelled (the alert's last headline, or the Cancel's own)
  std::int64_t time_ms = 0;
  bool operator==(const CancelledAlert&) const = default;
};

struct AlertsView {
  std::vector<const Incident*> active;  // live alerts that still apply, newest first: for the
                                        // visitor's places or all of Sweden (core/places)
  std::vector<const Incident*> elsewhere;  // alerts for other places: on the map and in the list
  std::vector<CancelledAlert> cancelled;  // within the last day, not dismissed, newest first
  int utc_offset_minutes = 0;
};

// What the bar shows, as one comparable text (ids, versions, cancellations): a poll that leaves
// it unchanged on a screen without the map draws no frame.
std::string AlertsKey(const AlertsView& view);

struct AlertIntents {
  std::string open;     // an alert's id: show it on the map with its details
  std::string dismiss;  // a cancellation's id: the visitor has read it
  bool operator==(const AlertIntents&) const = default;
};

}  // namespace beredd::core
