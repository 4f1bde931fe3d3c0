// Entry point of the web app and its JavaScript bindings. Layer: web.
#include <emscripten/bind.h>

#include <string>

#include "web/app.h"

namespace {

// The page's one app. It lives as long as the page, so it is never destroyed.
beredd::web::App* g_app = nullptr;

void Activate(const std::string& semantic_id) {
  if (g_app != nullptr) g_app->Activate(semantic_id);
}

void Reveal(const std::string& semantic_id) {
  if (g_app != nullptr) g_app->Reveal(semantic_id);
}

void RouteChanged(const std::string& hash) {
  if (g_app != nullptr) g_app->RouteChanged(hash);
}

}  // namespace

EMSCRIPTEN_BINDINGS(beredd) {
  emscripten::function("activate", &Activate);
  emscripten::function("reveal", &Reveal);
  emscripten::function("routeChanged", &RouteChanged);
}

int main() {
  g_app = new beredd::web::App();
  if (!g_app->Start()) {
    delete g_app;
    g_app = nullptr;
  }
  return 0;
}
