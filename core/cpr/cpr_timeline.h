// The CPR metronome's timing, as pure functions of time since start: when each compression
// beat falls, and what the rescuer should be doing at any moment (count 1..30, breaths, the
// 2-minute swap). The web layer schedules audio from BeatsBetween and the view reads At, so
// sound, pulse and count come from one clock. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace beredd::core {

struct CprRhythm {
  int rate_per_min = 110;           // compressions per minute, 100..120 (ERC 2021)
  int compressions_per_cycle = 30;  // 30 for adults, 15 for children and infants
  int breaths_per_cycle = 2;        // 0: compressions only, without pauses
  int initial_breaths = 0;          // 5 rescue breaths before the first compression (children)
  double seconds_per_breath = 2.5;  // pause per breath, incl. moving the hands (2 in < 10 s)
  double swap_interval_s = 120;     // remind rescuers to swap this often
};

// Why the rhythm cannot be used, or nullopt when it can.
std::optional<std::string> ValidateRhythm(const CprRhythm& rhythm);

enum class CprPhase { InitialBreaths, Compressions, Breaths };

struct CprMoment {
  CprPhase phase = CprPhase::Compressions;
  int compression = 0;     // 1..compressions_per_cycle while compressing, else 0
  int breath = 0;          // 1..n during (initial) breaths, else 0
  int cycle = 0;           // 1-based; 0 during the initial breaths
  double beat_phase = 0;   // 0 at a beat, rising to 1 just before the next (the visual pulse)
  int swaps_due = 0;       // swap marks passed so far
  bool swap_reminder = false;  // within kSwapReminderSeconds after a swap mark
};

inline constexpr double kSwapReminderSeconds = 10.0;

class CprTimeline {
 public:
  // `rhythm` must pass ValidateRhythm.
  explicit CprTimeline(const CprRhythm& rhythm);

  double beat_interval() const { return interval_; }
  // Seconds from start to compression number `index` (0-based, counting every compression).
  double BeatTime(long index) const;
  // Compression beat times in [from_s, to_s), in order. Negative times are before the start.
  std::vector<double> BeatsBetween(double from_s, double to_s) const;
  CprMoment At(double t_s) const;

 private:
  CprRhythm rhythm_;
  double interval_;       // seconds between compressions
  double initial_s_;      // length of the initial rescue breaths
  double cycle_s_;        // compressions plus breaths of one cycle
};

}  // namespace beredd::core
