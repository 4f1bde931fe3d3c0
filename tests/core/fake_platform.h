// A core::Platform for native tests: a clock the test sets, and a record of every call.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/platform.h"

namespace beredd::test {

class FakePlatform final : public core::Platform {
 public:
  std::int64_t now_ms = 1749274326000LL;  // 2025-06-07 05:32:06Z
  int locate_calls = 0;
  std::vector<std::string> warnings;

  std::int64_t NowMs() override { return now_ms; }
  void Locate() override { ++locate_calls; }
  void Warn(std::string_view message) override { warnings.emplace_back(message); }
};

}  // namespace beredd::test
