// Reads untrusted JSON into typed values while collecting problems with their JSON-pointer
// path ("/numbers/2/tel"), so one pass reports every problem in a file, not just the first.
// Layer: core (std + nlohmann). Never throws: the wasm build aborts on exceptions, so every
// access checks the type first. Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/problem.h"

namespace beredd::core {

// Parses `text`, or records where and why it is not JSON (line and column).
std::optional<nlohmann::json> ParseJson(std::string_view text, std::string_view file,
                                        std::vector<Problem>& problems);

class JsonReader {
 public:
  JsonReader(std::string file, std::vector<Problem>& problems)
      : file_(std::move(file)), problems_(problems) {}

  // The member `key` of `object` (at `path`) if present with the right type; otherwise a
  // "missing field" or "wrong type" problem and nullptr. Optional members give no problem
  // when absent.
  const nlohmann::json* Object(const nlohmann::json& object, const std::string& path,
                               std::string_view key, bool required = true);
  const nlohmann::json* Array(const nlohmann::json& object, const std::string& path,
                              std::string_view key, bool required = true);
  // A string that must not be empty or only white space.
  std::optional<std::string> Text(const nlohmann::json& object, const std::string& path,
                                  std::string_view key, bool required = true);
  std::optional<long long> Integer(const nlohmann::json& object, const std::string& path,
                                   std::string_view key, bool required = true);
  std::optional<double> Number(const nlohmann::json& object, const std::string& path,
                               std::string_view key, bool required = true);
  std::optional<bool> Boolean(const nlohmann::json& object, const std::string& path,
                              std::string_view key, bool required = true);

  void Report(std::string path, std::string message);
  bool ok() const { return problems_.size() == start_count_; }

  static std::string Join(const std::string& path, std::string_view key);
  static std::string Join(const std::string& path, std::size_t index);

 private:
  const nlohmann::json* Member(const nlohmann::json& object, const std::string& path,
                               std::string_view key, bool required);

  std::string file_;
  std::vector<Problem>& problems_;
  std::size_t start_count_ = problems_.size();
};

}  // namespace beredd::core
