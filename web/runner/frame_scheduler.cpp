// requestAnimationFrame loop that runs only while there is something to draw. Layer: web.
// Must not include nlohmann (core's *_json files read JSON).
#include "web/runner/frame_scheduler.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>

namespace beredd::web {

void FrameScheduler::Request(int settle_frames) {
  remaining_ = std::max(remaining_, settle_frames);
  if (scheduled_) return;
  scheduled_ = true;
  emscripten_request_animation_frame_loop(&FrameScheduler::OnAnimationFrame, this);
}

int FrameScheduler::OnAnimationFrame(double now_ms, void* self_ptr) {
  auto* self = static_cast<FrameScheduler*>(self_ptr);
  const double started_ms = emscripten_get_now();
  const bool wants_more = self->draw_(now_ms, self->user_);
  self->RecordFrameTime(static_cast<float>(emscripten_get_now() - started_ms));
  ++self->frames_;
  --self->remaining_;
  if (wants_more) self->remaining_ = std::max(self->remaining_, 1);
  if (self->remaining_ > 0) return EM_TRUE;  // keep the rAF loop going
  self->scheduled_ = false;
  return EM_FALSE;
}

void FrameScheduler::RecordFrameTime(float ms) {
  if (frame_ms_.size() < kKeptFrameTimes) {
    frame_ms_.push_back(ms);
  } else {
    frame_ms_[next_frame_slot_] = ms;
    next_frame_slot_ = (next_frame_slot_ + 1) % kKeptFrameTimes;
  }
}

std::vector<float> FrameScheduler::TakeFrameTimes() {
  std::vector<float> oldest_first(frame_ms_.begin() + static_cast<std::ptrdiff_t>(next_frame_slot_), frame_ms_.end());
  oldest_first.insert(oldest_first.end(), frame_ms_.begin(), frame_ms_.begin() + static_cast<std::ptrdiff_t>(next_frame_slot_));
  frame_ms_.clear();
  next_frame_slot_ = 0;
  return oldest_first;
}

}  // namespace beredd::web
