// core::Platform over the browser. Layer: web.
#include "web/web_platform.h"

#include <emscripten/html5.h>  // emscripten_date_now

#include <string>

namespace beredd::web {

using emscripten::val;

val Shell() { return val::global("beredd"); }

std::int64_t WebPlatform::NowMs() { return static_cast<std::int64_t>(emscripten_date_now()); }

void WebPlatform::Locate() { Shell().call<void>("locate"); }

void WebPlatform::Warn(std::string_view message) {
  val::global("console").call<void>("warn", std::string(message));
}

}  // namespace beredd::web
