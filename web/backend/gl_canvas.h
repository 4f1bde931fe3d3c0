// The canvas the app draws on: the WebGL2 context, Dear ImGui with its html5 input and OpenGL3
// backends, and the font atlas at the screen's pixel ratio. It survives a lost GL context.
// Layer: web (Emscripten only). Must not include nlohmann or core sessions: it only draws.
#pragma once

#include <emscripten/html5_webgl.h>

#include <optional>
#include <string_view>
#include <vector>

#include "ui/widgets/input_queue.h"
#include "ui/widgets/theme.h"

namespace beredd::web {

class GlCanvas {
 public:
  using Callback = void (*)(void* user);
  using InputCallback = void (*)(void* user, bool press);

  // Reads the shipped fonts, creates the context on `canvas_selector` and ImGui with Beredd's
  // theme. Input over `app_selector` goes to `input`, then `on_input`. `on_restored` is called
  // when a lost context is back (the app draws again and tells the page). Returns why it cannot
  // run ("fonts", "webgl2"), or nullopt.
  std::optional<std::string_view> Start(const char* app_selector, const char* canvas_selector,
                                        ui::InputQueue* input, InputCallback on_input, Callback on_restored,
                                        void* user);

  // Starts an ImGui frame at `now_ms`. False when nothing can be drawn: the context is lost, or
  // the canvas is hidden (while printing, when the mirror is printed instead).
  bool NewFrame(double now_ms);
  // Draws the frame ImGui built onto the page's background colour.
  void Render();
  // Adds the large fonts (ui::FontSet) to the atlas, once; call between frames. The canvas
  // starts without them: they are about half of building the atlas on the way to the first
  // frame, and only some screens use them.
  void AddLargeFonts();

 private:
  static int OnContextLost(int event_type, const void* reserved, void* self);
  static int OnContextRestored(int event_type, const void* reserved, void* self);
  void BuildFontAtlas(float pixel_ratio);

  const char* canvas_selector_ = nullptr;
  std::vector<unsigned char> font_regular_;
  std::vector<unsigned char> font_bold_;
  float font_pixel_ratio_ = 0;  // 0 until the first atlas is built
  ui::FontSet font_set_ = ui::FontSet::WithoutLarge;
  bool context_lost_ = false;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context_ = 0;
  Callback on_restored_ = nullptr;
  void* user_ = nullptr;
};

}  // namespace beredd::web
