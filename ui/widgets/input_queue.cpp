// Frame-by-frame input trickling for ImGui 1.86. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include "ui/widgets/input_queue.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <vector>

#include "imgui.h"

namespace beredd::ui {
namespace {
constexpr int kMouseButtons = 5;
constexpr int kModCtrl = 1, kModShift = 2, kModAlt = 4, kModSuper = 8;
}  // namespace

void InputQueue::PointerMove(float x, float y) { events_.push_back({Kind::Move, x, y}); }

void InputQueue::PointerDown(float x, float y, int button) {
  events_.push_back({Kind::Move, x, y});
  events_.push_back({Kind::Down, x, y, button, true});
}

void InputQueue::PointerUp(float x, float y, int button) {
  events_.push_back({Kind::Move, x, y});
  events_.push_back({Kind::Up, x, y, button, false});
}

void InputQueue::PointerLeave() { events_.push_back({Kind::Leave}); }

void InputQueue::Wheel(float units_x, float units_y) {
  // Wheel events are deltas: merging queued ones keeps the total and avoids lagging behind a
  // fast touchpad or finger by one frame per event.
  if (!events_.empty() && events_.back().kind == Kind::Wheel) {
    events_.back().x += units_x;
    events_.back().y += units_y;
    return;
  }
  events_.push_back({Kind::Wheel, units_x, units_y});
}

void InputQueue::TouchStart(float x, float y) {
  touch_ = {true, false, x, y, x, y};
}

void InputQueue::TouchMove(float x, float y) {
  if (!touch_.active) return;
  if (!touch_.scrolling && std::hypot(x - touch_.start_x, y - touch_.start_y) > kTouchSlopPixels) {
    touch_.scrolling = true;
    PointerMove(touch_.start_x, touch_.start_y);  // scroll what the finger landed on
  }
  if (touch_.scrolling) {
    Wheel((x - touch_.last_x) / kWheelPixelsPerUnit, (y - touch_.last_y) / kWheelPixelsPerUnit);
  }
  touch_.last_x = x;
  touch_.last_y = y;
}

void InputQueue::TouchEnd(float x, float y) {
  if (!touch_.active) return;
  if (!touch_.scrolling) {
    PointerDown(x, y, 0);
    PointerUp(x, y, 0);
  }
  PointerLeave();
  touch_ = {};
}

void InputQueue::Key(int key_index, bool down) {
  events_.push_back({Kind::Key, 0, 0, key_index, down});
}

void InputQueue::Modifiers(bool ctrl, bool shift, bool alt, bool super) {
  const int bits = (ctrl ? kModCtrl : 0) | (shift ? kModShift : 0) | (alt ? kModAlt : 0) |
                   (super ? kModSuper : 0);
  events_.push_back({Kind::Modifiers, 0, 0, bits});
}

void InputQueue::Character(unsigned int codepoint) {
  events_.push_back({Kind::Character, 0, 0, static_cast<int>(codepoint)});
}

void InputQueue::ApplyTo(ImGuiIO& io) {
  bool moved = false;
  bool wheeled = false;
  bool button_changed[kMouseButtons] = {};
  bool any_button_changed = false;
  std::vector<int> keys_changed;

  while (!events_.empty()) {
    const Event& e = events_.front();
    switch (e.kind) {
      case Kind::Move:
        if (any_button_changed) return;
        if (io.MousePos.x != e.x || io.MousePos.y != e.y) moved = true;
        io.MousePos = ImVec2(e.x, e.y);
        break;
      case Kind::Leave:
        // Leaving in the frame of a move, wheel or click would hide it: ImGui resolves the
        // hovered window from the final position of the frame.
        if (any_button_changed || moved || wheeled) return;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        moved = true;
        break;
      case Kind::Down:
      case Kind::Up: {
        const int b = std::clamp(e.code, 0, kMouseButtons - 1);
        if (button_changed[b] || (e.kind == Kind::Down && moved)) return;
        io.MouseDown[b] = e.down;
        button_changed[b] = true;
        any_button_changed = true;
        break;
      }
      case Kind::Wheel:
        if (wheeled) return;
        io.MouseWheelH += e.x;
        io.MouseWheel += e.y;
        wheeled = true;
        break;
      case Kind::Key: {
        if (e.code < 0 || e.code >= IM_ARRAYSIZE(io.KeysDown)) break;
        if (std::find(keys_changed.begin(), keys_changed.end(), e.code) != keys_changed.end()) return;
        io.KeysDown[e.code] = e.down;
        keys_changed.push_back(e.code);
        break;
      }
      case Kind::Modifiers:
        io.KeyCtrl = e.code & kModCtrl;
        io.KeyShift = e.code & kModShift;
        io.KeyAlt = e.code & kModAlt;
        io.KeySuper = e.code & kModSuper;
        break;
      case Kind::Character:
        io.AddInputCharacter(static_cast<unsigned int>(e.code));
        break;
    }
    events_.pop_front();
  }
}

void KeyMapIdentity(ImGuiIO& io) {
  for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
}

}  // namespace beredd::ui
