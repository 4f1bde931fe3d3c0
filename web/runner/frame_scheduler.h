// Event-driven rendering: frames are drawn only after something changed (input, data, resize,
// a running animation) plus a few settle frames, then none at all. Layer: web.
// Idle frames are skipped, not slept: sleeping on the browser's main thread is a busy-wait.
// Must not include nlohmann (core's *_json files read JSON).
#pragma once

#include <cstddef>
#include <vector>

namespace beredd::web {

class FrameScheduler {
 public:
  // `draw` renders one frame at `now_ms` and returns true if it needs another one regardless
  // of settling (input still queued, an animation running).
  using DrawFn = bool (*)(double now_ms, void* user);

  FrameScheduler(DrawFn draw, void* user) : draw_(draw), user_(user) {}

  // Asks for frames: at least `settle_frames` more, starting at the next animation frame.
  void Request(int settle_frames = kSettleFrames);

  // Frames rendered since start (exposed to JavaScript as beredd.frames).
  long frames() const { return frames_; }

  // How long each frame drawn since the last call took to draw (ms, oldest first; at most the
  // last kKeptFrameTimes), for the benchmark's frame-time percentiles. It is the main thread's
  // wall time in the draw callback: the browser has no per-thread CPU clock, and synchronous
  // WebGL calls that wait for the GPU process count too.
  std::vector<float> TakeFrameTimes();

  // ImGui needs a frame to lay out what changed and one more to reflect hover and focus.
  static constexpr int kSettleFrames = 3;
  static constexpr std::size_t kKeptFrameTimes = 4096;

 private:
  static int OnAnimationFrame(double now_ms, void* self);
  void RecordFrameTime(float ms);

  DrawFn draw_;
  void* user_;
  bool scheduled_ = false;
  int remaining_ = 0;
  long frames_ = 0;
  std::vector<float> frame_ms_;  // a ring of kKeptFrameTimes once full
  std::size_t next_frame_slot_ = 0;
};

}  // namespace beredd::web
