// Kiosk settings (pack and ?kiosk= query) and the idle rules: when to warn and when to reset.
// Layer: core (std only). Must not include ui, web, ImGui or Emscripten headers.
#include "core/kiosk/kiosk.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace beredd::core {
namespace {

std::optional<int> Number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

KioskSettings ApplyKioskQuery(KioskSettings settings, std::string_view query) {
  if (!query.empty() && query.front() == '?') query.remove_prefix(1);
  std::optional<int> idle, warning;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    const std::size_t eq = pair.find('=');
    const std::string_view name = pair.substr(0, eq);
    const std::string_view value = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
    if (name == "kiosk" && (value == "1" || value == "0")) settings.enabled = value == "1";
    if (name == "idle") idle = Number(value);
    if (name == "warning") warning = Number(value);
  }
  // Test timing: at least 2 s idle, and a warning that leaves at least 1 s before it.
  if (idle && *idle >= 2 && *idle <= 24 * 3600) {
    settings.idle_seconds = *idle;
    settings.warning_seconds = std::min(settings.warning_seconds, *idle - 1);
  }
  if (warning && *warning >= 1 && *warning < settings.idle_seconds) settings.warning_seconds = *warning;
  return settings;
}

IdleState IdleAt(const KioskSettings& settings, std::int64_t last_input_ms, std::int64_t now_ms,
                 bool suspended) {
  const std::int64_t reset_at = last_input_ms + settings.idle_seconds * std::int64_t{1000};
  const std::int64_t warn_at = reset_at - settings.warning_seconds * std::int64_t{1000};
  if (suspended) return {IdlePhase::Active, 0, 0};
  if (now_ms >= reset_at) return {IdlePhase::Reset, 0, 0};
  if (now_ms < warn_at) return {IdlePhase::Active, 0, warn_at};
  const std::int64_t left_ms = reset_at - now_ms;
  const int seconds_left = static_cast<int>((left_ms + 999) / 1000);
  // The count shows whole seconds: look again when it drops to the next one.
  const std::int64_t next = reset_at - (seconds_left - 1) * std::int64_t{1000};
  return {IdlePhase::Warning, seconds_left, std::min(next, reset_at)};
}

}  // namespace beredd::core
