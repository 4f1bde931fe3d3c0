// The web runner: owns the app state, the WebGL2 context and ImGui, and carries out intents.
// Layer: web (Emscripten only). One per page.
#pragma once

#include <emscripten/html5_webgl.h>

#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/emergency_numbers.h"
#include "core/screen.h"
#include "ui/input_queue.h"
#include "ui/semantic_tree.h"
#include "web/a11y_mirror.h"
#include "web/frame_scheduler.h"

namespace beredd::ui {
struct Intents;
}

namespace beredd::web {

class App {
 public:
  App();

  // Creates the WebGL2 context and ImGui and draws the first frames. On failure it tells the
  // page (beredd.fail) why, and the page keeps showing the plain-HTML numbers.
  bool Start();

  // From JavaScript (web/main.cpp bindings).
  void RouteChanged(const std::string& hash);
  void Activate(const std::string& semantic_id);
  void Reveal(const std::string& semantic_id);

 private:
  static bool DrawFrame(double now_ms, void* self);
  static void OnInput(void* self);
  bool Draw(double now_ms);
  void Apply(const ui::Intents& intents);
  void BuildFontAtlas(float pixel_ratio);
  PageLabels Labels() const;

  core::Catalog strings_;
  std::vector<core::EmergencyNumber> numbers_;
  core::Screen screen_ = core::Screen::Home;
  std::string unknown_route_;
  ui::InputQueue input_;
  ui::SemanticTree tree_;
  A11yMirror mirror_;
  FrameScheduler scheduler_;
  std::vector<unsigned char> font_regular_;
  std::vector<unsigned char> font_bold_;
  float font_pixel_ratio_ = 0;  // 0 until the first atlas is built
  bool first_frame_reported_ = false;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_context_ = 0;
};

}  // namespace beredd::web
