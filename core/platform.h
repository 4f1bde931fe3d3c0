// What differs by platform, as one small interface: the web runner implements it over the
// browser (web/web_platform.h), tests fake it. Sessions in core reach the world only through it.
// Layer: core. Must not include ui, web or Emscripten headers.
#pragma once

#include <cstdint>
#include <string_view>

namespace beredd::core {

// Why there is no position (the W3C Geolocation API's three reasons).
enum class LocationError { Denied, Unavailable, Timeout };

class Platform {
 public:
  virtual ~Platform() = default;
  // Wall clock: ms since the Unix epoch.
  virtual std::int64_t NowMs() = 0;
  // Asks for the user's position once; the answer comes back later, as
  // MapSession::Located or MapSession::LocationFailed.
  virtual void Locate() = 0;
  // A note for developers (the browser's console), never shown to the user.
  virtual void Warn(std::string_view message) = 0;
};

}  // namespace beredd::core
