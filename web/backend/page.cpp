// The page around the canvas, as typed calls. Layer: web.
// Must not include nlohmann (core's *_json files read JSON).
#include "web/backend/page.h"

namespace beredd::web::page {

using emscripten::val;

val Shell() { return val::global("beredd"); }

void Fail(std::string_view reason) { Shell().call<void>("fail", std::string(reason)); }
void FirstFrame() { Shell().call<void>("onFirstFrame"); }
void CountFrame(double frames) { Shell().set("frames", frames); }
void ContextLost() { Shell().call<void>("onContextLost"); }
void SetKiosk(bool enabled) { Shell().call<void>("setKiosk", enabled); }
void SetFeedActive(bool active) { Shell().call<void>("setFeedActive", active); }
void SetFeedSettings(const val& settings) { Shell().call<void>("setFeedSettings", settings); }

void AnnounceAlert(const std::string& text, const std::string& title, const std::string& body,
                   const std::string& alert_id, bool notify) {
  Shell().call<void>("announceAlert", text, title, body, alert_id, notify);
}
std::string NotificationPermission() { return Shell().call<std::string>("notificationPermission"); }
void RequestNotifications() { Shell().call<void>("requestNotifications"); }
void SetPollWhileHidden(bool on) { Shell().call<void>("setPollWhileHidden", on); }

val MirrorElement(const std::string& semantic_id) { return Shell()["mirror"].call<val>("element", semantic_id); }
void ClearMirrorFields() { Shell()["mirror"].call<void>("clearFields"); }

std::string Hash() { return val::global("location")["hash"].as<std::string>(); }
std::string Query() { return val::global("location")["search"].as<std::string>(); }
void SetHash(std::string_view hash) { val::global("location").set("hash", std::string(hash)); }
void ReplaceHash(std::string_view hash) { val::global("location").call<void>("replace", std::string(hash)); }

std::vector<std::string> Languages() {
  const val languages = val::global("navigator")["languages"];
  if (languages.isUndefined() || languages.isNull()) return {};
  return emscripten::vecFromJSArray<std::string>(languages);
}

}  // namespace beredd::web::page
