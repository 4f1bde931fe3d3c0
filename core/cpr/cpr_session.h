// The CPR coach as one visitor uses it: the chosen mode (adult, child, infant) and, while it
// runs, the metronome's timeline. The platform plays the clicks; this says when they fall. And the
// practice trainer on top of it: taps on a manikin, timed against the same metronome.
// Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/platform.h"
#include "core/content/pack_set.h"
#include "core/cpr/cpr_practice.h"
#include "core/cpr/cpr_screen.h"
#include "core/cpr/cpr_timeline.h"

namespace beredd::core {

class CprSession {
 public:
  // Modes come from the pack on screen (`packs`, which outlives the session).
  CprSession(Platform& platform, const PackSet& packs) : platform_(&platform), packs_(&packs) {}

  // The chosen mode, else the pack's first; nullptr when the pack has none.
  const CprMode* SelectedMode() const;
  // Another mode: a running metronome restarts in its rhythm.
  void Select(const std::string& mode_id);
  // Starts the metronome in the selected mode's rhythm. Without audio nothing runs.
  void Start();
  void Stop();
  bool running() const { return timeline_.has_value(); }

  // Compression beats in [from_s, to_s) on the metronome's clock: the platform schedules the
  // clicks from these. None while stopped.
  std::vector<double> BeatsBetween(double from_s, double to_s) const;

  // The coach's part of the intents: a mode, start, stop.
  void Apply(const CprIntents& intents);
  void Fill(CprView& view) const;

  // Two sessions are the same when they show the same: the mode chosen and whether it runs
  // (the timeline follows from the mode).
  bool operator==(const CprSession& other) const {
    return mode_id_ == other.mode_id_ && running() == other.running();
  }

 private:
  Platform* platform_;
  const PackSet* packs_;
  std::string mode_id_;                   // "": the pack's first mode
  std::optional<CprTimeline> timeline_;  // set while the metronome runs
};

class PracticeSession {
 public:
  // Practice uses `cpr`'s mode and metronome (`cpr` outlives the session).
  explicit PracticeSession(CprSession& cpr) : cpr_(&cpr) {}

  // A new practice in the chosen mode's counts (30:2, 15:2), with its metronome. Without audio
  // the practice still runs: the rate is measured from the taps, not from the clicks.
  void Start();
  // Stops the taps and the metronome; the summary stays on screen.
  void Stop();
  bool running() const { return running_; }

  // The practice part of the intents; a tap counts at `press_ms`, when the press happened (on the
  // taps' monotonic clock), not when the frame ran.
  void Apply(const CprIntents& intents, double press_ms);
  void Fill(PracticeView& view, double now_ms) const;

  bool operator==(const PracticeSession& other) const {
    return practice_ == other.practice_ && running_ == other.running_;
  }

 private:
  CprSession* cpr_;
  std::optional<CprPractice> practice_;  // the session on screen, running or ended (its summary)
  bool running_ = false;
};

}  // namespace beredd::core
