// One kiosk visitor's idle clock and attract screen. Layer: core.
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/kiosk/kiosk_session.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace beredd::core {

KioskSession::KioskSession(const KioskSettings& settings, double now_ms)
    : settings_(settings), last_input_ms_(now_ms), attract_(settings.enabled), attract_since_ms_(now_ms) {}

void KioskSession::Configure(const KioskSettings& settings, double now_ms) {
  settings_ = settings;
  if (!settings.enabled) attract_ = false;
  last_input_ms_ = now_ms;
}

void KioskSession::Input(double now_ms) {
  if (warning_seconds_shown_ > 0) warning_held_until_ms_ = now_ms + kWarningHoldMs;
  last_input_ms_ = now_ms;
}

IdleState KioskSession::IdleNow(double now_ms, bool suspended) const {
  return IdleAt(settings_, static_cast<std::int64_t>(last_input_ms_), static_cast<std::int64_t>(now_ms), suspended);
}

bool KioskSession::Advance(double now_ms, bool suspended) {
  if (was_suspended_ && !suspended) last_input_ms_ = now_ms;  // the idle clock starts again now
  was_suspended_ = suspended;
  return !attract_ && IdleNow(now_ms, suspended).phase == IdlePhase::Reset;
}

long KioskSession::Slide(double now_ms) const {
  return static_cast<long>(std::floor(std::max(0.0, now_ms - attract_since_ms_) / kAttractSlideMs));
}

KioskSession::Shown KioskSession::Show(double now_ms, bool suspended) {
  const IdleState idle = IdleNow(now_ms, suspended);
  // The attract screen is what the reset leads to: no warning before it.
  int seconds = idle.phase == IdlePhase::Warning && !attract_ ? idle.seconds_left : 0;
  if (seconds == 0 && now_ms < warning_held_until_ms_) seconds = warning_seconds_shown_;
  warning_seconds_shown_ = seconds;
  return {attract_, Slide(now_ms), seconds};
}

double KioskSession::NextChangeMs(double now_ms, bool suspended) const {
  if (attract_) return attract_since_ms_ + static_cast<double>(Slide(now_ms) + 1) * kAttractSlideMs;
  const IdleState idle = IdleNow(now_ms, suspended);
  double next = idle.next_change_ms > 0 ? static_cast<double>(idle.next_change_ms) : 0;
  if (warning_held_until_ms_ > now_ms) next = next > 0 ? std::min(next, warning_held_until_ms_) : warning_held_until_ms_;
  return next;
}

void KioskSession::Fill(KioskView& view, double now_ms, bool suspended) {
  if (!settings_.enabled) return;
  const Shown shown = Show(now_ms, suspended);
  view.enabled = true;
  view.attract = shown.attract;
  view.slide = kAttractSlides[shown.slide % std::size(kAttractSlides)];
  view.warning_seconds_left = shown.warning_seconds_left;
}

void KioskSession::Apply(const KioskIntents& intents) {
  if (intents.extend_session) Extend();
  if (intents.leave_attract) LeaveAttract();
}

}  // namespace beredd::core
