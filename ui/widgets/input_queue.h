// Platform input, queued and handed to Dear ImGui one frame's worth at a time. Layer: ui (web/
// feeds it from html5 callbacks, tests directly). Must not include web, Emscripten, GL or nlohmann.
//
// Why: ImGui 1.86 samples input once per frame, so a tap (down+up) within one frame is lost, and a
// press where ImGui never hovered is Emscripten GLFW's "first tap lost"; this trickles it like 1.87+.
#pragma once

#include <deque>

struct ImGuiIO;

namespace beredd::ui {

// Browsers report about 100 px per wheel notch, and ImGui scrolls about 5 lines (100 px at
// the 20 px body font) per unit: one unit per 100 px keeps wheel and touch scrolling 1:1.
inline constexpr float kWheelPixelsPerUnit = 100.0f;

// A finger that moves further than this from where it landed is scrolling, not tapping.
inline constexpr float kTouchSlopPixels = 10.0f;

class InputQueue {
 public:
  // Coordinates are CSS pixels relative to the canvas. Buttons: 0 left, 1 right, 2 middle.
  void PointerMove(float x, float y);
  void PointerDown(float x, float y, int button);  // also moves there first
  void PointerUp(float x, float y, int button);
  void PointerLeave();  // nothing is hovered any more (a finger was lifted, the mouse left)
  void Wheel(float units_x, float units_y);  // consecutive wheel events add up

  // One finger. A touch that stays within kTouchSlopPixels is a tap at its end position
  // (hover, press, release, leave); one that moves further scrolls what is under it and never
  // clicks. ImGui 1.86 has no touch scrolling of its own.
  void TouchStart(float x, float y);
  void TouchMove(float x, float y);
  void TouchEnd(float x, float y);  // also for touchcancel
  void Key(int key_index, bool down);  // key_index indexes io.KeysDown (see KeyMapIdentity)
  void Modifiers(bool ctrl, bool shift, bool alt, bool super);
  void Character(unsigned int codepoint);

  bool empty() const { return events_.empty(); }

  // Applies queued events to `io` for the coming frame. An event that ImGui would merge with
  // an earlier one of this frame is held back for the next frame: a press after a move to a
  // new position (ImGui needs to hover first), a second change of the same button or key,
  // a move after a button change, a leave after a move, wheel or button change. Call once per frame, before ImGui::NewFrame().
  void ApplyTo(ImGuiIO& io);

 private:
  enum class Kind { Move, Down, Up, Leave, Wheel, Key, Modifiers, Character };
  struct Event {
    Kind kind;
    float x = 0, y = 0;  // Move/Down/Up: position; Wheel: lines
    int code = 0;        // button, key index, codepoint, or modifier bits
    bool down = false;
  };
  std::deque<Event> events_;

  struct Touch {
    bool active = false;
    bool scrolling = false;
    float start_x = 0, start_y = 0, last_x = 0, last_y = 0;
  };
  Touch touch_;
};

// Sets io.KeyMap so that ImGuiKey_X maps to index ImGuiKey_X in io.KeysDown.
void KeyMapIdentity(ImGuiIO& io);

}  // namespace beredd::ui
