// Dear ImGui platform backend on Emscripten's html5 API: pointer, touch, wheel, keyboard and
// text input, display size and devicePixelRatio. Layer: web (Emscripten only).
// Replaces Emscripten's GLFW, which loses the first touch tap and moves windows on touch.
// Events go into a ui::InputQueue, which spreads them over frames (see ui/widgets/input_queue.h).
// Must not include nlohmann (core's *_json files read JSON).
#pragma once

#include "ui/widgets/input_queue.h"

// `app_selector` is the element holding the canvas and the ARIA mirror: pointer events over
// either reach ImGui. Keyboard events are taken only while the canvas itself has focus, so a
// focused mirror element keeps the browser's own keys and Tab always leaves the canvas.
// `on_input` is called after every event that was queued, to schedule a frame; `press` is true
// for presses (mouse down, the end of a touch tap, key down).
bool ImGui_ImplHtml5_Init(const char* app_selector, const char* canvas_selector,
                          beredd::ui::InputQueue* queue, void (*on_input)(void* user, bool press),
                          void* user);
void ImGui_ImplHtml5_Shutdown();

// Sizes the canvas backing store to CSS size x devicePixelRatio and sets io.DisplaySize (CSS
// pixels), io.DisplayFramebufferScale and io.DeltaTime. Returns the device pixel ratio.
float ImGui_ImplHtml5_NewFrame(double now_ms);
// Sizes the canvas backing store as NewFrame does, without ImGui: called before the GL context
// exists, the context's drawing buffer is made at its final size once instead of twice.
// Fills the CSS size and returns the device pixel ratio.
float ImGui_ImplHtml5_FitCanvas(const char* canvas_selector, double* css_w, double* css_h);
