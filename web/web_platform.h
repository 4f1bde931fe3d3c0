// core::Platform over the browser: the clock, geolocation and the console, through the page's
// `beredd` shell object (web/shell/boot.js). Layer: web (Emscripten only).
#pragma once

#include <emscripten/val.h>

#include <cstdint>
#include <string_view>

#include "core/platform.h"

namespace beredd::web {

// The page's shell object: what boot.js exposes to the app.
emscripten::val Shell();

class WebPlatform final : public core::Platform {
 public:
  std::int64_t NowMs() override;
  void Locate() override;  // answered through the `located` / `locationFailed` bindings
  void Warn(std::string_view message) override;
};

}  // namespace beredd::web
