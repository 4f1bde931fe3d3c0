// The parts the drill screens are built from, one file each: the roll call and the class roster
// (roll_call_view.cpp), and the after-action report (drill_report_view.cpp). Internal to ui/:
// DrawDrill (drill_view.cpp) is the only caller. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include <string>

#include "ui/shell/app_view.h"

namespace beredd::ui {

// A classroom projector: about 1920 CSS px wide at 1080p. There the current step, the injects
// and the roll-call total are drawn in FontRole::Projector (44 px) to read from the back row,
// 10 m away; laptops and phones keep the compact layout.
bool ProjectorSized();

// Time since the drill started, as shown on the big clock and beside every entry.
std::string SinceStart(std::int64_t at_ms, const core::DrillState& state);

// Per class: the counts with steppers, unaccounted people highlighted; the running total; a
// form to add a class that was not in the roster.
void DrawRollCall(const AppView& vm, const core::DrillState& state, Intents& out);

// The remembered classes with their sizes, and the form to add one.
void DrawRoster(const AppView& vm, Intents& out);

// The report of a drill that has ended: when and how long, targets, roll call, notes and the
// whole timeline, with the JSON and CSV downloads and printing.
void DrawDrillReport(const AppView& vm, const core::DrillScenario& scenario,
                     const core::DrillState& state, int utc_offset_minutes, Intents& out);

}  // namespace beredd::ui
