// html5 platform backend for Dear ImGui. Layer: web.
// Must not include nlohmann (core's *_json files read JSON).
#include "web/backend/imgui_impl_html5.h"

#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "imgui.h"

namespace {

struct Backend {
  std::string app_selector;
  std::string canvas_selector;
  beredd::ui::InputQueue* queue = nullptr;
  void (*on_input)(void*, bool) = nullptr;
  void* user = nullptr;
  double last_frame_ms = 0;
};

// One backend per page, like ImGui's own backends keep theirs in io.BackendPlatformUserData.
Backend* g_backend = nullptr;

// `press`: the event is a press (mouse down, a finger lifted from a tap, a key down), whose
// moment the app may need (the CPR practice pad); the frame that handles it comes later.
void Notify(bool press = false) { g_backend->on_input(g_backend->user, press); }

struct KeyEntry {
  const char* dom_key;  // KeyboardEvent.key
  int index;
};
constexpr KeyEntry kKeys[] = {
    {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow},     {"ArrowDown", ImGuiKey_DownArrow},
    {"PageUp", ImGuiKey_PageUp},       {"PageDown", ImGuiKey_PageDown},
    {"Home", ImGuiKey_Home},           {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert},       {"Delete", ImGuiKey_Delete},
    {"Backspace", ImGuiKey_Backspace}, {" ", ImGuiKey_Space},
    {"Escape", ImGuiKey_Escape},
};

// DOM `key` to ImGui 1.86 key indices (io.KeyMap is the identity, ui::KeyMapIdentity).
int KeyIndex(const EmscriptenKeyboardEvent& e, bool wants_text) {
  for (const KeyEntry& entry : kKeys) {
    if (std::strcmp(e.key, entry.dom_key) == 0) return entry.index;
  }
  if (std::strcmp(e.key, "Enter") == 0) {
    // 2026-11-22: ImGui 1.86 activates a focused button with Space only and maps Enter to text
    // input; on the web Enter activates buttons, so outside text fields Enter acts as Space.
    return wants_text ? ImGuiKey_Enter : ImGuiKey_Space;
  }
  if (e.ctrlKey || e.metaKey) {
    if (std::strlen(e.key) == 1) {
      switch (e.key[0] | 0x20) {
        case 'a': return ImGuiKey_A;
        case 'c': return ImGuiKey_C;
        case 'v': return ImGuiKey_V;
        case 'x': return ImGuiKey_X;
        case 'y': return ImGuiKey_Y;
        case 'z': return ImGuiKey_Z;
      }
    }
  }
  return -1;
}

// Decodes the first UTF-8 code point of `s` if `s` is exactly one character, else 0.
unsigned SingleCodepoint(const char* s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
  unsigned cp = 0;
  int length = 0;
  if (p[0] < 0x80) { cp = p[0]; length = 1; }
  else if ((p[0] & 0xE0) == 0xC0) { cp = p[0] & 0x1F; length = 2; }
  else if ((p[0] & 0xF0) == 0xE0) { cp = p[0] & 0x0F; length = 3; }
  else if ((p[0] & 0xF8) == 0xF0) { cp = p[0] & 0x07; length = 4; }
  else return 0;
  for (int i = 1; i < length; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  return p[length] == 0 && cp >= 0x20 ? cp : 0;
}

EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* e, void*) {
  if (std::strcmp(e->key, "Tab") == 0) return EM_FALSE;  // never trap focus in the canvas
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  const bool wants_text = ImGui::GetIO().WantTextInput;
  g_backend->queue->Modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  const int index = KeyIndex(*e, wants_text);
  bool handled = false;
  if (index >= 0) {
    g_backend->queue->Key(index, down);
    handled = true;
  }
  if (down && wants_text && !e->ctrlKey && !e->metaKey) {
    if (unsigned cp = SingleCodepoint(e->key)) {
      g_backend->queue->Character(cp);
      handled = true;
    }
  }
  Notify(down);
  return handled ? EM_TRUE : EM_FALSE;
}

EM_BOOL OnBlur(int, const EmscriptenFocusEvent*, void*) {
  // Keys released while focus was elsewhere would otherwise stay "down" forever.
  for (int key = 0; key < ImGuiKey_COUNT; ++key) g_backend->queue->Key(key, false);
  g_backend->queue->Modifiers(false, false, false, false);
  Notify();
  return EM_FALSE;
}

// The app element fills the viewport from its top-left corner, so clientX/Y are canvas CSS
// pixels even for events that arrive at the document (a release outside the app).
EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void*) {
  const float x = static_cast<float>(e->clientX);
  const float y = static_cast<float>(e->clientY);
  const int button = e->button == 1 ? 2 : e->button == 2 ? 1 : e->button;  // DOM middle=1
  switch (type) {
    case EMSCRIPTEN_EVENT_MOUSEDOWN: g_backend->queue->PointerDown(x, y, button); break;
    case EMSCRIPTEN_EVENT_MOUSEUP: g_backend->queue->PointerUp(x, y, button); break;
    case EMSCRIPTEN_EVENT_MOUSEMOVE: g_backend->queue->PointerMove(x, y); break;
    case EMSCRIPTEN_EVENT_MOUSELEAVE: g_backend->queue->PointerLeave(); break;
    default: return EM_FALSE;
  }
  Notify(type == EMSCRIPTEN_EVENT_MOUSEDOWN);
  return EM_FALSE;  // keep default behaviour: a mirror element still takes focus on click
}

EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
  // See kWheelPixelsPerUnit; a notch is ~100 px or 3 lines.
  const double per_unit = e->deltaMode == DOM_DELTA_PIXEL  ? beredd::ui::kWheelPixelsPerUnit
                          : e->deltaMode == DOM_DELTA_LINE ? 3.0
                                                           : 0.5;
  g_backend->queue->Wheel(static_cast<float>(-e->deltaX / per_unit),
                          static_cast<float>(-e->deltaY / per_unit));
  Notify();
  return EM_TRUE;
}

// Only the first finger drives the pointer; ImGui has one mouse.
EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void*) {
  for (int i = 0; i < e->numTouches; ++i) {
    const EmscriptenTouchPoint& t = e->touches[i];
    if (!t.isChanged) continue;
    const float x = static_cast<float>(t.clientX);
    const float y = static_cast<float>(t.clientY);
    switch (type) {
      case EMSCRIPTEN_EVENT_TOUCHSTART: g_backend->queue->TouchStart(x, y); break;
      case EMSCRIPTEN_EVENT_TOUCHMOVE: g_backend->queue->TouchMove(x, y); break;
      default: g_backend->queue->TouchEnd(x, y); break;  // end or cancel
    }
    break;
  }
  Notify(type == EMSCRIPTEN_EVENT_TOUCHEND);  // a tap is a tap once the finger lifts
  // Preventing the default stops the emulated mouse events and click that would follow, so a
  // tap reaches ImGui exactly once.
  return EM_TRUE;
}

EM_BOOL OnResize(int, const EmscriptenUiEvent*, void*) {
  Notify();
  return EM_FALSE;
}

}  // namespace

bool ImGui_ImplHtml5_Init(const char* app_selector, const char* canvas_selector,
                          beredd::ui::InputQueue* queue, void (*on_input)(void*, bool), void* user) {
  g_backend = new Backend{app_selector, canvas_selector, queue, on_input, user};
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "imgui_impl_html5 (Beredd)";
  io.BackendPlatformUserData = g_backend;
  beredd::ui::KeyMapIdentity(io);

  const char* app = g_backend->app_selector.c_str();
  const char* canvas = g_backend->canvas_selector.c_str();
  emscripten_set_mousedown_callback(app, nullptr, EM_FALSE, OnMouse);
  emscripten_set_mousemove_callback(app, nullptr, EM_FALSE, OnMouse);
  emscripten_set_mouseleave_callback(app, nullptr, EM_FALSE, OnMouse);
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, OnMouse);
  emscripten_set_wheel_callback(app, nullptr, EM_FALSE, OnWheel);
  emscripten_set_touchstart_callback(app, nullptr, EM_FALSE, OnTouch);
  emscripten_set_touchmove_callback(app, nullptr, EM_FALSE, OnTouch);
  emscripten_set_touchend_callback(app, nullptr, EM_FALSE, OnTouch);
  emscripten_set_touchcancel_callback(app, nullptr, EM_FALSE, OnTouch);
  emscripten_set_keydown_callback(canvas, nullptr, EM_FALSE, OnKey);
  emscripten_set_keyup_callback(canvas, nullptr, EM_FALSE, OnKey);
  emscripten_set_blur_callback(canvas, nullptr, EM_FALSE, OnBlur);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, OnResize);
  return true;
}

void ImGui_ImplHtml5_Shutdown() {
  emscripten_html5_remove_all_event_listeners();
  ImGui::GetIO().BackendPlatformUserData = nullptr;
  delete g_backend;
  g_backend = nullptr;
}

float ImGui_ImplHtml5_FitCanvas(const char* canvas_selector, double* css_w, double* css_h) {
  emscripten_get_element_css_size(canvas_selector, css_w, css_h);
  const float ratio = static_cast<float>(std::max(1.0, emscripten_get_device_pixel_ratio()));
  const int backing_w = static_cast<int>(std::lround(*css_w * ratio));
  const int backing_h = static_cast<int>(std::lround(*css_h * ratio));
  int current_w = 0, current_h = 0;
  emscripten_get_canvas_element_size(canvas_selector, &current_w, &current_h);
  if (current_w != backing_w || current_h != backing_h) {
    emscripten_set_canvas_element_size(canvas_selector, backing_w, backing_h);
  }
  return ratio;
}

float ImGui_ImplHtml5_NewFrame(double now_ms) {
  ImGuiIO& io = ImGui::GetIO();
  double css_w = 0, css_h = 0;
  const float ratio = ImGui_ImplHtml5_FitCanvas(g_backend->canvas_selector.c_str(), &css_w, &css_h);
  io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
  io.DisplayFramebufferScale = ImVec2(ratio, ratio);

  // Frames are event-driven, so the gap since the last one can be minutes: clamp it, ImGui
  // uses DeltaTime for double-click and key-repeat timing only.
  const double elapsed = g_backend->last_frame_ms > 0 ? (now_ms - g_backend->last_frame_ms) / 1000.0
                                                      : 1.0 / 60.0;
  io.DeltaTime = static_cast<float>(std::clamp(elapsed, 1.0 / 240.0, 0.25));
  g_backend->last_frame_ms = now_ms;
  return ratio;
}
