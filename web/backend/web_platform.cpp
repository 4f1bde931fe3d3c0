// core::Platform over the browser. Layer: web.
// Must not include nlohmann (core's *_json files read JSON).
#include "web/backend/web_platform.h"

#include <emscripten/html5.h>  // emscripten_date_now

#include <string>

#include "web/backend/page.h"

namespace beredd::web {

using emscripten::val;

using page::Shell;

std::int64_t WebPlatform::NowMs() { return static_cast<std::int64_t>(emscripten_date_now()); }

void WebPlatform::Locate() { Shell().call<void>("locate"); }
void WebPlatform::WatchPosition() { Shell().call<void>("watchPosition"); }
void WebPlatform::StopWatchingPosition() { Shell().call<void>("stopWatchingPosition"); }

void WebPlatform::Warn(std::string_view message) {
  val::global("console").call<void>("warn", std::string(message));
}

std::optional<std::string> WebPlatform::Load(std::string_view key) {
  const val stored = Shell()["storage"].call<val>("get", std::string(key));
  if (!stored.isString()) return std::nullopt;
  return stored.as<std::string>();
}

void WebPlatform::Store(std::string_view key, std::string_view value) {
  Shell()["storage"].call<void>("set", std::string(key), std::string(value));
}

void WebPlatform::Forget(std::string_view key) {
  Shell()["storage"].call<void>("remove", std::string(key));
}

void WebPlatform::Download(std::string_view file_name, std::string_view mime_type, std::string_view content) {
  Shell().call<void>("download", std::string(file_name), std::string(mime_type), std::string(content));
}

void WebPlatform::OpenUrl(std::string_view url) { Shell().call<void>("openUrl", std::string(url)); }

void WebPlatform::Print() { Shell().call<void>("printPage"); }
void WebPlatform::CopyText(std::string_view text) { Shell().call<void>("copyText", std::string(text)); }
void WebPlatform::Speak(std::string_view text, std::string_view locale) {
  Shell().call<void>("speak", std::string(text), std::string(locale));
}

int WebPlatform::UtcOffsetMinutes(std::int64_t utc_ms) {
  const val date = val::global("Date").new_(static_cast<double>(utc_ms));
  return -date.call<int>("getTimezoneOffset");  // JavaScript counts minutes west of UTC
}

bool WebPlatform::StartMetronome() { return Shell().call<bool>("startMetronome"); }
void WebPlatform::StopMetronome() { Shell()["metronome"].call<void>("stop"); }
double WebPlatform::MetronomeSeconds() { return Shell()["metronome"].call<double>("now"); }
void WebPlatform::PlaySignalSample(double seconds) { Shell()["signalSample"].call<void>("play", seconds); }
void WebPlatform::StopSignalSample() { Shell()["signalSample"].call<void>("stop"); }

void WebPlatform::SaveDrillEvent(std::string_view record_json) {
  Shell().call<void>("saveDrillEvent", std::string(record_json));
}
void WebPlatform::ArchiveDrill() { Shell().call<void>("archiveDrill"); }

}  // namespace beredd::web
