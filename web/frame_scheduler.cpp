// requestAnimationFrame loop that runs only while there is something to draw. Layer: web.
#include "web/frame_scheduler.h"

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
  const bool wants_more = self->draw_(now_ms, self->user_);
  ++self->frames_;
  --self->remaining_;
  if (wants_more) self->remaining_ = std::max(self->remaining_, 1);
  if (self->remaining_ > 0) return EM_TRUE;  // keep the rAF loop going
  self->scheduled_ = false;
  return EM_FALSE;
}

}  // namespace beredd::web
