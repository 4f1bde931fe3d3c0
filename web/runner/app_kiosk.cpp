// The web runner's kiosk mode: switching it on (content pack or ?kiosk=1), the idle clock with
// its warning and reset (core/kiosk/kiosk_session.h), the rotating attract screen, and wiping a session so
// the next visitor starts clean. Layer: web.
// Must not include nlohmann (core's *_json files read JSON).
#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>  // emscripten_date_now

#include <algorithm>

#include "web/backend/page.h"
#include "web/runner/app.h"

namespace beredd::web {

void App::ApplyKioskSettings() {
  const bool was_enabled = kiosk_.enabled;
  kiosk_ = core::ApplyKioskQuery(packs_.default_pack().kiosk, page::Query());
  page::SetKiosk(kiosk_.enabled);
  map_.AllowLinks(!kiosk_.enabled);
  const double now = emscripten_get_now();
  kiosk_session_.Configure(kiosk_, now);
  where_.Configure(kiosk_);
  if (kiosk_.enabled && !was_enabled) ResetSession(now);  // start on the attract screen
  // Leaving kiosk mode: this browser's own preparedness comes back from storage.
  if (!kiosk_.enabled && was_enabled) {
    prepare_ = core::PrepareSession(platform_, /*keep=*/true);
    places_ = core::PlacesSession(platform_, /*keep=*/true);
    ReadNotificationPermission();
  }
  scheduler_.Request();
}

void App::NoteActivity(bool press) {
  const double now = emscripten_get_now();
  if (press) last_press_ms_ = now;
  if (kiosk_.enabled) kiosk_session_.Input(now);
}

// Nobody touches the screen while pushing on a chest, and a drill runs its own course. While
// an alert is live the kiosk shows it and does not go back to its attract loop.
bool App::IdleSuspended() const {
  return cpr_.running() || practice_.running() || drill_.running() ||
         HasActiveAlert(static_cast<std::int64_t>(emscripten_date_now()));
}

ui::KioskView::Slide App::AttractSlide(double now_ms) const {
  return core::kAttractSlides[kiosk_session_.Slide(now_ms) % std::size(core::kAttractSlides)];
}

void App::FillKioskView(ui::KioskView& view, double now_ms) {
  if (!kiosk_.enabled) return;
  const bool suspended = IdleSuspended();
  if (kiosk_session_.Advance(now_ms, suspended)) ResetSession(now_ms);
  kiosk_session_.Fill(view, now_ms, suspended);
}

// One timer serves the idle clock (the warning, each second of its countdown, the reset) and
// the attract screen's slides. Between those moments nothing is drawn.
void App::ScheduleKioskWake(double now_ms) {
  if (!kiosk_.enabled) return;
  const double wake = kiosk_session_.NextChangeMs(now_ms, IdleSuspended());
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
  if (app->kiosk_session_.Advance(now, app->IdleSuspended())) app->ResetSession(now);
  // Settle frames, not one: a window the warning opens is laid out in its first frame and shown
  // in the next.
  app->scheduler_.Request();
  app->ScheduleKioskWake(now);  // input may have moved the clock: not due yet, or the next second
}

// Wipes what a visitor did: back to the attract screen in the default language, no typed text,
// no filters or position, no preparedness ticks or plan, CPR and practice stopped. Stored school data (the roster, drills)
// and the incidents stay: they are not the visitor's.
void App::ResetSession(double now_ms) {
  practice_.Stop();
  cpr_.Stop();
  cpr_ = core::CprSession(platform_, packs_);
  practice_ = core::PracticeSession(cpr_);
  map_session_ = core::MapSession(platform_);
  where_.Stop();
  where_ = core::WhereSession(platform_, packs_);
  where_.Configure(kiosk_);
  prepare_ = core::PrepareSession(platform_, /*keep=*/false);  // a kiosk keeps nothing of a visitor
  places_ = core::PlacesSession(platform_, /*keep=*/false);   // and shows every alert
  kiosk_session_ = core::KioskSession(kiosk_, now_ms);
  drill_.ForgetVisitor();
  packs_.ChooseDefault();
  tree_.ClearFieldValues();
  page::ClearMirrorFields();
  map_.Detach();  // made again at its starting view when a map is next shown
  unknown_route_.clear();
  screen_ = core::Screen::Home;
  scroll_to_top_ = true;
  // Replace, not push: the next visitor's "back" does not lead into this one's screens.
  page::ReplaceHash("#/");
  scheduler_.Request();
}

}  // namespace beredd::web
