// CPR metronome timing. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/cpr/cpr_timeline.h"

#include <algorithm>
#include <cmath>

namespace beredd::core {

std::optional<std::string> ValidateRhythm(const CprRhythm& r) {
  if (r.rate_per_min < 100 || r.rate_per_min > 120) {
    return "rate must be 100-120 compressions per minute (ERC 2021), got " +
           std::to_string(r.rate_per_min);
  }
  if (r.compressions_per_cycle < 1 || r.compressions_per_cycle > 100) {
    return "compressions per cycle must be 1-100";
  }
  if (r.breaths_per_cycle < 0 || r.breaths_per_cycle > 10 || r.initial_breaths < 0 ||
      r.initial_breaths > 10) {
    return "breaths must be 0-10";
  }
  if (!(r.seconds_per_breath >= 1.0 && r.seconds_per_breath <= 5.0)) {
    return "seconds per breath must be 1-5";
  }
  if (!(r.swap_interval_s >= 60 && r.swap_interval_s <= 300)) return "swap interval must be 60-300 s";
  return std::nullopt;
}

CprTimeline::CprTimeline(const CprRhythm& rhythm)
    : rhythm_(rhythm),
      interval_(60.0 / rhythm.rate_per_min),
      initial_s_(rhythm.initial_breaths * rhythm.seconds_per_breath),
      cycle_s_(rhythm.compressions_per_cycle * interval_ +
               rhythm.breaths_per_cycle * rhythm.seconds_per_breath) {}

double CprTimeline::BeatTime(long index) const {
  const long n = rhythm_.compressions_per_cycle;
  // Whole cycles, then beats within the cycle: no accumulated floating-point drift.
  return initial_s_ + static_cast<double>(index / n) * cycle_s_ +
         static_cast<double>(index % n) * interval_;
}

std::vector<double> CprTimeline::BeatsBetween(double from_s, double to_s) const {
  std::vector<double> beats;
  if (to_s <= from_s || to_s <= initial_s_) return beats;
  const long n = rhythm_.compressions_per_cycle;
  const double since_start = std::max(0.0, from_s - initial_s_);
  long index = static_cast<long>(std::floor(since_start / cycle_s_)) * n;
  for (; BeatTime(index) < to_s; ++index) {
    const double t = BeatTime(index);
    if (t >= from_s) beats.push_back(t);
  }
  return beats;
}

CprMoment CprTimeline::At(double t) const {
  CprMoment m;
  const double elapsed = std::max(0.0, t);
  m.swaps_due = static_cast<int>(std::floor(elapsed / rhythm_.swap_interval_s));
  m.swap_reminder = m.swaps_due > 0 &&
                    elapsed - m.swaps_due * rhythm_.swap_interval_s < kSwapReminderSeconds;
  if (elapsed < initial_s_) {
    m.phase = CprPhase::InitialBreaths;
    m.breath = 1 + static_cast<int>(std::floor(elapsed / rhythm_.seconds_per_breath));
    return m;
  }
  const double u = elapsed - initial_s_;
  const long cycle_index = static_cast<long>(std::floor(u / cycle_s_));
  const double within = u - cycle_index * cycle_s_;
  const double compressing_s = rhythm_.compressions_per_cycle * interval_;
  m.cycle = static_cast<int>(cycle_index) + 1;
  if (within < compressing_s) {
    m.phase = CprPhase::Compressions;
    const int beat = static_cast<int>(std::floor(within / interval_));
    m.compression = std::min(beat, rhythm_.compressions_per_cycle - 1) + 1;
    m.beat_phase = (within - beat * interval_) / interval_;
  } else {
    m.phase = CprPhase::Breaths;
    m.breath = 1 + static_cast<int>(std::floor((within - compressing_s) / rhythm_.seconds_per_breath));
    m.breath = std::min(m.breath, rhythm_.breaths_per_cycle);
  }
  return m;
}

}  // namespace beredd::core
