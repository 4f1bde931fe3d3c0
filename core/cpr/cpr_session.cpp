// The CPR coach's and practice trainer's sessions. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/cpr/cpr_session.h"

namespace beredd::core {

const CprMode* CprSession::SelectedMode() const {
  const CprGuide& guide = packs_->current().cpr;
  for (const CprMode& mode : guide.modes) {
    if (mode.id == mode_id_) return &mode;
  }
  return guide.modes.empty() ? nullptr : &guide.modes.front();
}

void CprSession::Select(const std::string& mode_id) {
  if (mode_id == mode_id_) return;
  mode_id_ = mode_id;
  if (running()) Start();  // restart in the new rhythm
}

void CprSession::Start() {
  const CprMode* mode = SelectedMode();
  if (mode == nullptr) return;
  const CprRhythm rhythm = RhythmFor(packs_->current().cpr, *mode);
  if (ValidateRhythm(rhythm)) return;  // packs are validated; never coach a bad rhythm
  mode_id_ = mode->id;
  timeline_.emplace(rhythm);
  if (!platform_->StartMetronome()) timeline_.reset();  // no audio at all
}

void CprSession::Stop() {
  platform_->StopMetronome();
  timeline_.reset();
}

std::vector<double> CprSession::BeatsBetween(double from_s, double to_s) const {
  if (!timeline_) return {};
  return timeline_->BeatsBetween(from_s, to_s);
}

void CprSession::Apply(const CprIntents& intents) {
  if (!intents.select_cpr_mode.empty()) Select(intents.select_cpr_mode);
  if (intents.start_cpr) Start();
  if (intents.stop_cpr) Stop();
}

void CprSession::Fill(CprView& view) const {
  const CprMode* mode = SelectedMode();
  view.mode_id = mode != nullptr ? mode->id : std::string();
  if (!timeline_) return;
  // The count and the pulse read the audio clock the clicks are scheduled on.
  view.running = true;
  view.elapsed_s = platform_->MetronomeSeconds();
  view.moment = timeline_->At(view.elapsed_s);
}

void PracticeSession::Start() {
  const CprMode* mode = cpr_->SelectedMode();
  if (mode == nullptr) return;
  practice_.emplace(mode->compressions, mode->breaths);
  running_ = true;
  cpr_->Start();
}

void PracticeSession::Stop() {
  if (!running_) return;
  running_ = false;
  cpr_->Stop();
}

void PracticeSession::Apply(const CprIntents& intents, double press_ms) {
  if (intents.start_practice) Start();
  if (intents.stop_practice) Stop();
  if (intents.practice_tap && running_) practice_->Tap(press_ms);
}

void PracticeSession::Fill(PracticeView& view, double now_ms) const {
  view.running = running_;
  view.session = practice_ ? &*practice_ : nullptr;
  view.now_ms = now_ms;
}

}  // namespace beredd::core
