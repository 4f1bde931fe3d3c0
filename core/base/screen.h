// The portal's screens and their URL routes ("#/cpr").
// Layer: core (std only). Knows nothing about how a screen is drawn.
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace beredd::core {

enum class Screen { Home, Numbers, Cpr, Practice, Map, Places, Drill, Where, Prepare, Guide };

// Every screen, in the order the home screen offers them (Home first).
inline constexpr Screen kAllScreens[] = {Screen::Home,  Screen::Numbers, Screen::Cpr,
                                         Screen::Practice, Screen::Map, Screen::Places, Screen::Drill,
                                         Screen::Where, Screen::Prepare, Screen::Guide};

// The route of a screen, e.g. "#/cpr"; Home is "#/". A guide's is "#/guide/<id>" (GuideRoute).
std::string_view RouteOf(Screen screen);
std::string GuideRoute(std::string_view guide_id);

// The result of reading a URL hash. An unknown or malformed hash is not silently mapped to
// Home: `known` is false so the shell can tell the user what was asked for.
struct RouteMatch {
  Screen screen = Screen::Home;
  bool known = true;
  std::string guide;  // Screen::Guide: the guide's id; whether the pack has it is the app's to check
};

// Accepts "", "#", "#/", "#/cpr", "#/cpr/" (trailing slash), "#/guide/choking", and is
// case-sensitive like URLs.
RouteMatch ParseRoute(std::string_view hash);

}  // namespace beredd::core
