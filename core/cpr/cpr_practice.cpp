// CPR practice maths. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/cpr/cpr_practice.h"

#include <algorithm>

namespace beredd::core {

RateBand BandOf(double rate_per_min) {
  if (rate_per_min < kGoodRateMin) return RateBand::TooSlow;
  if (rate_per_min > kGoodRateMax) return RateBand::TooFast;
  return RateBand::Good;
}

CprPractice::CprPractice(int per_cycle, int breaths)
    : per_cycle_(std::max(1, per_cycle)), breaths_(std::max(0, breaths)) {}

void CprPractice::Tap(double at_ms) {
  if (!taps_.empty() && at_ms <= taps_.back()) return;
  int count = counts_.empty() ? 1 : counts_.back() + 1;
  // After a full cycle the next tap starts the next one, whether or not breaths were given:
  // the trainee decides when compressions resume.
  if (count > per_cycle_) count = 1;
  taps_.push_back(at_ms);
  counts_.push_back(count);
}

std::optional<double> CprPractice::RateAt(std::size_t index) const {
  std::size_t first = index;
  while (first > 0 && index - first < static_cast<std::size_t>(kRateWindow) &&
         taps_[first] - taps_[first - 1] < kPauseMs) {
    --first;
  }
  if (first == index) return std::nullopt;
  return 60000.0 * static_cast<double>(index - first) / (taps_[index] - taps_[first]);
}

std::optional<double> CprPractice::LiveRate(double now_ms) const {
  if (taps_.empty() || now_ms - taps_.back() >= kPauseMs) return std::nullopt;
  return RateAt(taps_.size() - 1);
}

PracticeCount CprPractice::Count() const {
  if (taps_.empty()) return {};
  PracticeCount count;
  count.compression = counts_.back();
  count.cycle = static_cast<int>(std::count(counts_.begin(), counts_.end(), 1));
  count.breaths_due = breaths_ > 0 && count.compression == per_cycle_;
  return count;
}

PracticeSummary CprPractice::Summary() const {
  PracticeSummary summary;
  summary.compressions = static_cast<int>(taps_.size());
  summary.cycles = static_cast<int>(std::count(counts_.begin(), counts_.end(), per_cycle_));
  double compressing_ms = 0;
  int intervals = 0;
  for (std::size_t i = 1; i < taps_.size(); ++i) {
    const double gap = taps_[i] - taps_[i - 1];
    summary.longest_pause_ms = std::max(summary.longest_pause_ms, gap);
    if (gap >= kPauseMs) {
      ++summary.pauses;
      if (gap >= kLongPauseMs) ++summary.long_pauses;
      continue;
    }
    compressing_ms += gap;
    ++intervals;
    if (auto rate = RateAt(i)) {
      ++summary.rated;
      if (BandOf(*rate) == RateBand::Good) ++summary.in_range;
    }
  }
  if (summary.rated > 0) summary.in_range_share = static_cast<double>(summary.in_range) / summary.rated;
  if (compressing_ms > 0) summary.mean_rate = 60000.0 * intervals / compressing_ms;
  return summary;
}

}  // namespace beredd::core
