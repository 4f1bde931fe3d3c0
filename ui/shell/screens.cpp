// The screen table: which view draws each screen and which strings name it.
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#include "ui/shell/screens.h"

namespace beredd::ui {
namespace {

constexpr ScreenEntry kScreens[] = {
    {core::Screen::Home, "app.title", "home.heading", DrawHome},
    {core::Screen::Numbers, "screen.numbers", "screen.numbers.hint", DrawNumbers},
    {core::Screen::Cpr, "screen.cpr", "screen.cpr.hint", DrawCprCoach},
    {core::Screen::Practice, "screen.practice", "screen.practice.hint", DrawCprPractice},
    {core::Screen::Map, "screen.map", "screen.map.hint", DrawMap},
    {core::Screen::Places, "screen.places", "screen.places.hint", DrawPlaces},
    {core::Screen::Drill, "screen.drill", "screen.drill.hint", DrawDrill, DrawExerciseBanner},
    {core::Screen::Where, "screen.where", "screen.where.hint", DrawWhere},
    {core::Screen::Prepare, "screen.prepare", "screen.prepare.hint", DrawPrepare},
    {core::Screen::Guide, "screen.guide", "screen.guide.hint", DrawGuide},
};

}  // namespace

std::span<const ScreenEntry> Screens() { return kScreens; }

const ScreenEntry& ScreenFor(core::Screen screen) {
  for (const ScreenEntry& entry : kScreens) {
    if (entry.screen == screen) return entry;
  }
  return kScreens[0];
}

std::string_view ScreenTitle(const AppView& vm) {
  if (vm.screen == core::Screen::Guide && vm.guide.guide != nullptr) return vm.guide.guide->name;
  return vm.pack.strings.Get(ScreenFor(vm.screen).title_key);
}

}  // namespace beredd::ui
