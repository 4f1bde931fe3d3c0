// core::Platform over the browser, through the page's `beredd` shell object (web/shell/boot.js):
// each shell method is named in one place, here. Layer: web (Emscripten only).
#pragma once

#include <emscripten/val.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/platform.h"

namespace beredd::web {

// The page's shell object: what boot.js exposes to the app.
emscripten::val Shell();

class WebPlatform final : public core::Platform {
 public:
  std::int64_t NowMs() override;
  void Locate() override;  // answered through the `located` / `locationFailed` bindings
  void Warn(std::string_view message) override;
  std::optional<std::string> Load(std::string_view key) override;
  void Store(std::string_view key, std::string_view value) override;
  void Download(std::string_view file_name, std::string_view mime_type, std::string_view content) override;
  void OpenUrl(std::string_view url) override;
  void Print() override;
};

}  // namespace beredd::web
