// The guide screen's view-model and intents: which guide is open, what the app computed for
// it, and the VMA signal sample asked for.
// Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <optional>

#include "core/base/time.h"
#include "core/guide/guide.h"

namespace beredd::core {

struct GuideView {
  const Guide* guide = nullptr;  // the open guide of the current pack; nullptr: none
  // GuideFeature::Vma: the next test of the outdoor signal, in local time.
  std::optional<CivilDate> next_vma_test;
};

// What the user asked of a guide during a frame.
struct GuideIntents {
  bool play_signal_sample = false;  // the VMA guide's "play a sample" button
  bool operator==(const GuideIntents&) const = default;
};

}  // namespace beredd::core
