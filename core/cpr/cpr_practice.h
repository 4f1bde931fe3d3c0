// The CPR practice trainer's maths: a trainee taps (or presses a key) with every compression on
// a manikin, and this turns the tap times into a live rate, a 30:2 count and a session summary.
// Pure functions of tap times in milliseconds on one monotonic clock. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>
#include <vector>

namespace beredd::core {

// ERC 2021: 100-120 compressions per minute.
inline constexpr double kGoodRateMin = 100;
inline constexpr double kGoodRateMax = 120;
// A gap this long is not a slow compression but a pause (breaths, a swap, a stop): it ends a
// run of compressions, and rates are never computed across it. 2 s is below 30/min.
inline constexpr double kPauseMs = 2000;
// ERC 2021: interrupt compressions for less than 10 s.
inline constexpr double kLongPauseMs = 10000;
// The live rate is the mean over the last few intervals: one tap's own jitter (tens of ms on a
// touch screen) moves it by a couple per minute instead of ten.
inline constexpr int kRateWindow = 5;

enum class RateBand { None, TooSlow, Good, TooFast };

RateBand BandOf(double rate_per_min);

// Where the trainee is in the 30:2 cycle.
struct PracticeCount {
  int compression = 0;    // 1..per_cycle in the current cycle; 0 before the first tap
  int cycle = 0;          // 1-based; 0 before the first tap
  bool breaths_due = false;  // the cycle's compressions are done: give the breaths now
};

struct PracticeSummary {
  int compressions = 0;
  int rated = 0;             // compressions with a rate (not the first of a run)
  int in_range = 0;          // of `rated`, those at 100-120/min
  double in_range_share = 0; // in_range / rated; 0 when nothing was rated
  double mean_rate = 0;      // compressions per minute while compressing (pauses excluded)
  double longest_pause_ms = 0;  // the longest gap between taps (breaths included)
  int pauses = 0;            // gaps of kPauseMs or more
  int long_pauses = 0;       // gaps of kLongPauseMs or more
  int cycles = 0;            // cycles completed (all compressions done)
};

class CprPractice {
 public:
  // `per_cycle` compressions, then breaths (0 breaths: compressions only, no prompts).
  explicit CprPractice(int per_cycle = 30, int breaths = 2);

  // A compression at `at_ms`. Taps out of order (an older time) are ignored.
  void Tap(double at_ms);

  const std::vector<double>& taps() const { return taps_; }
  int per_cycle() const { return per_cycle_; }
  int breaths() const { return breaths_; }

  // The rate at `now_ms` from the last kRateWindow intervals of the current run; none before
  // the second tap of a run, or once kPauseMs passed without a tap.
  std::optional<double> LiveRate(double now_ms) const;
  PracticeCount Count() const;
  PracticeSummary Summary() const;

  bool operator==(const CprPractice&) const = default;

 private:
  // The rate at tap `index` over up to kRateWindow intervals that end there, within its run.
  std::optional<double> RateAt(std::size_t index) const;

  int per_cycle_;
  int breaths_;
  std::vector<double> taps_;
  std::vector<int> counts_;  // per tap: its number in its cycle (1..per_cycle)
};

}  // namespace beredd::core
