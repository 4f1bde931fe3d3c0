// core::Platform over the browser, through the page's `beredd` shell object (web/shell/boot.js):
// each shell method is named in one place, here. Layer: web (Emscripten only).
// Must not include nlohmann (core's *_json files read JSON).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/platform.h"

namespace beredd::web {

class WebPlatform final : public core::Platform {
 public:
  std::int64_t NowMs() override;
  void Locate() override;  // answered through the `located` / `locationFailed` bindings
  void WatchPosition() override;  // answered through `positionWatched` / `positionWatchFailed`
  void StopWatchingPosition() override;
  void Warn(std::string_view message) override;
  std::optional<std::string> Load(std::string_view key) override;
  void Store(std::string_view key, std::string_view value) override;
  void Forget(std::string_view key) override;
  void Download(std::string_view file_name, std::string_view mime_type, std::string_view content) override;
  void OpenUrl(std::string_view url) override;
  void Print() override;
  void CopyText(std::string_view text) override;
  void Speak(std::string_view text, std::string_view locale) override;
  int UtcOffsetMinutes(std::int64_t utc_ms) override;
  bool StartMetronome() override;  // web/shell/metronome.js asks the app for its beats
  void StopMetronome() override;
  double MetronomeSeconds() override;
  void PlaySignalSample(double seconds) override;
  void StopSignalSample() override;
  void SaveDrillEvent(std::string_view record_json) override;  // answered through the drill bindings
  void ArchiveDrill() override;
};

}  // namespace beredd::web
