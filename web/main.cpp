// Entry point of the web app and its JavaScript bindings. Layer: web.
#include <emscripten/bind.h>

#include <string>
#include <vector>

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

emscripten::val PackLocales() {
  emscripten::val locales = emscripten::val::array();
  if (g_app != nullptr) {
    for (const std::string& locale : g_app->PackLocales()) locales.call<void>("push", locale);
  }
  return locales;
}

void LoadPack(const std::string& url, const std::string& text) {
  if (g_app != nullptr) g_app->LoadPack(url, text);
}

void PackUnavailable(const std::string& url, const std::string& reason) {
  if (g_app != nullptr) g_app->PackUnavailable(url, reason);
}

void FieldChanged(const std::string& semantic_id, const std::string& value) {
  if (g_app != nullptr) g_app->FieldChanged(semantic_id, value);
}

void Redraw() {
  if (g_app != nullptr) g_app->Redraw();
}

void LoadDrillHistory(const std::string& drills_json) {
  if (g_app != nullptr) g_app->LoadDrillHistory(drills_json);
}

void DrillArchived(bool stored, const std::string& reason) {
  if (g_app != nullptr) g_app->DrillArchived(stored, reason);
}

void DrillEventSaved() {
  if (g_app != nullptr) g_app->DrillEventSaved();
}

void DrillEventNotSaved(const std::string& reason) {
  if (g_app != nullptr) g_app->DrillEventNotSaved(reason);
}

void ResumeDrill(const std::string& records_json) {
  if (g_app != nullptr) g_app->ResumeDrill(records_json);
}

emscripten::val CprBeatsBetween(double from_s, double to_s) {
  return g_app != nullptr ? g_app->CprBeatsBetween(from_s, to_s) : emscripten::val::array();
}

}  // namespace

EMSCRIPTEN_BINDINGS(beredd) {
  emscripten::function("activate", &Activate);
  emscripten::function("reveal", &Reveal);
  emscripten::function("routeChanged", &RouteChanged);
  emscripten::function("packLocales", &PackLocales);
  emscripten::function("loadPack", &LoadPack);
  emscripten::function("packUnavailable", &PackUnavailable);
  emscripten::function("cprBeatsBetween", &CprBeatsBetween);
  emscripten::function("drillEventSaved", &DrillEventSaved);
  emscripten::function("drillEventNotSaved", &DrillEventNotSaved);
  emscripten::function("resumeDrill", &ResumeDrill);
  emscripten::function("fieldChanged", &FieldChanged);
  emscripten::function("redraw", &Redraw);
  emscripten::function("loadDrillHistory", &LoadDrillHistory);
  emscripten::function("drillArchived", &DrillArchived);
}

int main() {
  g_app = new beredd::web::App();
  if (!g_app->Start()) {
    delete g_app;
    g_app = nullptr;
  }
  return 0;
}
