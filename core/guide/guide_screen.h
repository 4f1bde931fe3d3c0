// The guide screen's view-model: which guide is open, and what the app computed for it.
// Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <optional>

#include "core/base/time.h"
#include "core/guide/guide.h"

namespace beredd::core {

struct GuideView {
  const Guide* guide = nullptr;  // the open guide of the current pack; nullptr: none
  // GuideFeature::VmaTestDate: the next test of the outdoor signal, in local time.
  std::optional<CivilDate> next_vma_test;
};

}  // namespace beredd::core
