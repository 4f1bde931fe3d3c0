// The whole app as one view: the view-model it reads, the intents it emits, and DrawApp.
// Layer: ui. The runner (web/ or a test) builds an AppView each frame and acts on Intents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/emergency_numbers.h"
#include "core/screen.h"

namespace beredd::ui {

struct AppView {
  core::Screen screen = core::Screen::Home;
  const core::Catalog& strings;
  const std::vector<core::EmergencyNumber>& numbers;
  std::string unknown_route;  // non-empty: the URL asked for a screen that does not exist
};

// What the user asked for during a frame. The runner carries these out; views never do.
struct Intents {
  std::optional<core::Screen> navigate;
  std::string open_url;  // "tel:112"; the runner decides whether the platform can open it
};

// Draws the top bar with the four numbers and the current screen, filling the display.
void DrawApp(const AppView& vm, Intents& out);

}  // namespace beredd::ui
