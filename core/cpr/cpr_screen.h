// The CPR coach's and practice trainer's view-models and intents: plain data that core's
// CprSession and PracticeSession fill and apply, and ui's CPR views read and emit.
// Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <string>

#include "core/cpr/cpr_practice.h"
#include "core/cpr/cpr_timeline.h"

namespace beredd::core {

// The CPR coach's state, on the metronome's clock.
struct CprView {
  std::string mode_id;   // the selected mode of pack.cpr.modes
  bool running = false;
  double elapsed_s = 0;  // seconds since the metronome started (audio clock)
  CprMoment moment;      // what to do now, from CprTimeline::At(elapsed_s)
};

// The CPR practice trainer: taps on a pad in time with compressions on a manikin.
struct PracticeView {
  bool running = false;
  // The session on screen (running, or the last one for its summary); nullptr: none yet.
  const CprPractice* session = nullptr;
  double now_ms = 0;  // on the taps' clock
};

// What the user asked of the CPR coach and the practice trainer during a frame.
struct CprIntents {
  std::string select_cpr_mode;  // a mode id
  bool start_cpr = false;
  bool stop_cpr = false;
  bool start_practice = false;
  bool stop_practice = false;
  bool practice_tap = false;    // a compression on the practice pad
  bool operator==(const CprIntents&) const = default;
};

}  // namespace beredd::core
