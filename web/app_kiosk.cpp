// The web runner's kiosk mode: switching it on (content pack or ?kiosk=1), the idle clock with
// its warning and reset (core/kiosk.h), the rotating attract screen, and wiping a session so
// the next visitor starts clean. Layer: web.
#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cmath>

#include "web/app.h"

namespace beredd::web {
namespace {

using emscripten::val;

// Each attract slide stays this long: long enough to read a phone number from a few metres.
constexpr double kSlideMs = 8000;
// How long the dismissed warning stays up after the last input (see warning_held_until_ms_).
constexpr double kWarningHoldMs = 1000;

}  // namespace

void App::ApplyKioskSettings() {
  const bool was_enabled = kiosk_.enabled;
  kiosk_ = core::ApplyKioskQuery(packs_.default_pack().kiosk, val::global("location")["search"].as<std::string>());
  Shell().call<void>("setKiosk", kiosk_.enabled);
  map_.AllowLinks(!kiosk_.enabled);
  const double now = emscripten_get_now();
  if (kiosk_.enabled && !was_enabled) ResetSession(now);  // start on the attract screen
  if (!kiosk_.enabled) attract_ = false;
  last_input_ms_ = now;
  scheduler_.Request();
}

void App::NoteActivity(bool press) {
  const double now = emscripten_get_now();
  if (press) last_press_ms_ = now;
  if (!kiosk_.enabled) return;
  if (warning_seconds_shown_ > 0) warning_held_until_ms_ = now + kWarningHoldMs;
  last_input_ms_ = now;
}

// Nobody touches the screen while pushing on a chest, and a drill runs its own course.
bool App::IdleSuspended() const {
  return cpr_timeline_.has_value() || practice_running_ || (drill_ && drill_->state.running());
}

core::IdleState App::IdleNow(double now_ms) const {
  return core::IdleAt(kiosk_, static_cast<std::int64_t>(last_input_ms_), static_cast<std::int64_t>(now_ms),
                      IdleSuspended());
}

ui::KioskView::Slide App::AttractSlide(double now_ms) const {
  const auto index = static_cast<long>(std::floor(std::max(0.0, now_ms - attract_since_ms_) / kSlideMs));
  return ui::kAttractSlides[index % std::size(ui::kAttractSlides)];
}

void App::FillKioskView(ui::KioskView& view, double now_ms) {
  if (!kiosk_.enabled) return;
  const bool suspended = IdleSuspended();
  if (was_suspended_ && !suspended) last_input_ms_ = now_ms;  // the idle clock starts again now
  was_suspended_ = suspended;
  core::IdleState idle = IdleNow(now_ms);
  if (idle.phase == core::IdlePhase::Reset && !attract_) {
    ResetSession(now_ms);
    idle = IdleNow(now_ms);
  }
  view.enabled = true;
  view.attract = attract_;
  view.slide = AttractSlide(now_ms);
  // The attract screen is what the reset leads to: no warning before it.
  int seconds = idle.phase == core::IdlePhase::Warning && !attract_ ? idle.seconds_left : 0;
  if (seconds == 0 && now_ms < warning_held_until_ms_) seconds = warning_seconds_shown_;
  view.warning_seconds_left = seconds;
  warning_seconds_shown_ = seconds;
}

void App::ExtendSession() {
  warning_held_until_ms_ = 0;  // the warning itself was tapped: it goes at once
  scheduler_.Request();
}

// One timer serves the idle clock (the warning, each second of its countdown, the reset) and
// the attract screen's slides. Between those moments nothing is drawn.
void App::ScheduleKioskWake(double now_ms) {
  if (!kiosk_.enabled) return;
  double wake = 0;
  const core::IdleState idle = IdleNow(now_ms);
  if (!attract_ && idle.next_change_ms > 0) wake = static_cast<double>(idle.next_change_ms);
  if (warning_held_until_ms_ > now_ms) wake = wake > 0 ? std::min(wake, warning_held_until_ms_) : warning_held_until_ms_;
  if (attract_) {
    const double shown = std::max(0.0, now_ms - attract_since_ms_);
    wake = attract_since_ms_ + (std::floor(shown / kSlideMs) + 1) * kSlideMs;
  }
  if (wake <= 0) return;
  if (kiosk_timer_ != 0 && kiosk_timer_due_ms_ <= wake) return;  // an earlier wake looks again
  if (kiosk_timer_ != 0) emscripten_clear_timeout(kiosk_timer_);
  kiosk_timer_due_ms_ = wake;
  kiosk_timer_ = emscripten_set_timeout(&App::OnKioskWake, std::max(0.0, wake - now_ms), this);
}

void App::OnKioskWake(void* self) {
  auto* app = static_cast<App*>(self);
  app->kiosk_timer_ = 0;
  const double now = emscripten_get_now();
  if (!app->attract_ && app->IdleNow(now).phase == core::IdlePhase::Reset) app->ResetSession(now);
  app->UpdateFeedActive();  // the attract screen's map slide polls the feed
  // Settle frames, not one: a window the warning opens is laid out in its first frame and shown
  // in the next.
  app->scheduler_.Request();
  app->ScheduleKioskWake(now);  // input may have moved the clock: not due yet, or the next second
}

// Wipes what a visitor did: back to the attract screen in the default language, no typed text,
// no filters or position, CPR and practice stopped. Stored school data (the roster, drills)
// and the incidents stay: they are not the visitor's.
void App::ResetSession(double now_ms) {
  StopPractice();
  practice_.reset();
  StopCpr();
  cpr_mode_id_.clear();
  packs_.ChooseDefault();
  tree_.ClearFieldValues();
  Shell()["mirror"].call<void>("clearFields");
  map_session_ = core::MapSession(platform_);
  map_.Detach();  // made again at its starting view when a map is next shown
  open_report_.reset();
  class_problem_.clear();
  if (drill_) drill_->confirm_end = false;
  unknown_route_.clear();
  attract_ = true;
  attract_since_ms_ = now_ms;
  warning_held_until_ms_ = 0;
  last_input_ms_ = now_ms;
  screen_ = core::Screen::Home;
  scroll_to_top_ = true;
  // Replace, not push: the next visitor's "back" does not lead into this one's screens.
  val::global("location").call<void>("replace", std::string("#/"));
  UpdateFeedActive();
  scheduler_.Request();
}

}  // namespace beredd::web
