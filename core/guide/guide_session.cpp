// The open guide's session. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#include "core/guide/guide_session.h"

#include <utility>

#include "core/vma/vma_test_schedule.h"

namespace beredd::core {

void GuideSession::Open(std::string guide_id) {
  if (guide_id == guide_id_) return;
  if (!guide_id_.empty()) platform_.StopSignalSample();
  guide_id_ = std::move(guide_id);
}

void GuideSession::Fill(GuideView& view, std::span<const Guide> guides, std::int64_t wall_ms,
                        int utc_offset_minutes) const {
  view.guide = FindGuide(guides, guide_id_);
  if (view.guide == nullptr || view.guide->feature != GuideFeature::Vma) return;
  view.next_vma_test = NextVmaTest(LocalCivilDate(wall_ms, utc_offset_minutes),
                                   LocalMinuteOfDay(wall_ms, utc_offset_minutes));
}

void GuideSession::Apply(const GuideIntents& intents, std::span<const Guide> guides) {
  const Guide* guide = FindGuide(guides, guide_id_);
  // Only the VMA guide has a sample, and only a tap on it asks for one.
  if (intents.play_signal_sample && guide != nullptr && guide->feature == GuideFeature::Vma) {
    platform_.PlaySignalSample(kVmaToneSeconds);
  }
}

}  // namespace beredd::core
