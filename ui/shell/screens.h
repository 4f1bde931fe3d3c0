// The table of screens: which view draws each one and which strings name it.
// Layer: ui. Adding a screen is adding a row here, not a subclass.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include <span>
#include <string_view>

#include "ui/shell/app_view.h"

namespace beredd::ui {

using DrawScreenFn = void (*)(const AppView& vm, Intents& out);

// Left and right margin of the screen area below the top bar, pinned headers included.
inline constexpr float kScreenMargin = 20.0f;

struct ScreenEntry {
  core::Screen screen;
  std::string_view title_key;  // catalog key of the screen's name and <h1>
  std::string_view hint_key;   // catalog key of the one-line description on the home screen
  DrawScreenFn draw;           // draws everything below the heading
  DrawScreenFn pinned = nullptr;  // drawn above the scrolling area, always in view
};

std::span<const ScreenEntry> Screens();
const ScreenEntry& ScreenFor(core::Screen screen);

// The views, one per file.
void DrawHome(const AppView& vm, Intents& out);
void DrawNumbers(const AppView& vm, Intents& out);
void DrawCprCoach(const AppView& vm, Intents& out);
void DrawDrill(const AppView& vm, Intents& out);
void DrawMap(const AppView& vm, Intents& out);
void DrawExerciseBanner(const AppView& vm, Intents& out);
void DrawCprPractice(const AppView& vm, Intents& out);
void DrawWhere(const AppView& vm, Intents& out);
void DrawGuide(const AppView& vm, Intents& out);
void DrawPrepare(const AppView& vm, Intents& out);
void DrawPlaces(const AppView& vm, Intents& out);
// A card per guide of the pack (only those offered on the CPR screen with `from_cpr_only`).
void DrawGuideCards(const AppView& vm, bool from_cpr_only, Intents& out);
// The screen's name for its heading and the page title: a guide's own name on its screen.
std::string_view ScreenTitle(const AppView& vm);
// The way to "Var är jag?" from the screens a caller is on: numbers and CPR.
void DrawWhereLink(const AppView& vm, Intents& out);
// "Källa: organisation, document (year)." under a guide.
void DrawSource(const AppView& vm, std::string_view key, const core::Source& source);
// Live alerts and cancelled VMAs under the numbers, on every screen.
void DrawAlertBar(const AppView& vm, Intents& out);
// Kiosk mode: in place of the screen while nobody uses it, and over it before a reset.
void DrawAttract(const AppView& vm, Intents& out);
void DrawIdleWarning(const AppView& vm, Intents& out);

}  // namespace beredd::ui
