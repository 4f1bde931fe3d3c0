// Route table for the portal's screens. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/base/screen.h"

namespace beredd::core {
namespace {

struct RouteEntry {
  Screen screen;
  std::string_view route;
};

// One row per screen; RouteOf and ParseRoute both read this table so they cannot disagree.
constexpr RouteEntry kRoutes[] = {
    {Screen::Home, "#/"},   {Screen::Numbers, "#/numbers"}, {Screen::Cpr, "#/cpr"},
    {Screen::Practice, "#/practice"}, {Screen::Map, "#/map"}, {Screen::Places, "#/places"}, {Screen::Drill, "#/drill"},
    {Screen::Where, "#/where"}, {Screen::Prepare, "#/prepare"}, {Screen::Guide, "#/guide"},
};

constexpr std::string_view kGuidePrefix = "#/guide/";

}  // namespace

std::string_view RouteOf(Screen screen) {
  for (const RouteEntry& entry : kRoutes) {
    if (entry.screen == screen) return entry.route;
  }
  return "#/";
}

std::string GuideRoute(std::string_view guide_id) {
  return std::string(kGuidePrefix) + std::string(guide_id);
}

RouteMatch ParseRoute(std::string_view hash) {
  if (hash.empty() || hash == "#" || hash == "#/") return {Screen::Home, true, {}};
  if (hash.size() > 2 && hash.back() == '/') hash.remove_suffix(1);
  if (hash.size() > kGuidePrefix.size() && hash.substr(0, kGuidePrefix.size()) == kGuidePrefix) {
    const std::string_view id = hash.substr(kGuidePrefix.size());
    if (id.find('/') != std::string_view::npos) return {Screen::Home, false, {}};
    return {Screen::Guide, true, std::string(id)};
  }
  for (const RouteEntry& entry : kRoutes) {
    if (entry.route == hash && entry.screen != Screen::Guide) return {entry.screen, true, {}};
  }
  return {Screen::Home, false, {}};
}

}  // namespace beredd::core
