// A core::Platform for native tests: a clock the test sets, storage in a map, and a record of
// every other call.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/platform.h"

namespace beredd::test {

class FakePlatform final : public core::Platform {
 public:
  std::int64_t now_ms = 1749274326000LL;  // 2025-06-07 05:32:06Z
  int locate_calls = 0;
  std::vector<std::string> warnings;
  std::map<std::string, std::string, std::less<>> stored;
  struct File {
    std::string name, mime_type, content;
  };
  std::vector<File> downloads;
  std::vector<std::string> opened_urls;
  int prints = 0;
  int utc_offset_minutes = 120;  // Swedish summer time
  bool has_audio = true;
  int metronome_starts = 0, metronome_stops = 0;
  std::vector<double> signal_samples;  // the length of each sample played
  int signal_sample_stops = 0;
  double metronome_s = 0;  // the audio clock, set by the test
  std::vector<std::string> saved_drill_events;  // records, in the order they were saved
  int archive_requests = 0;
  int watching = 0;  // WatchPosition calls minus StopWatchingPosition calls
  std::vector<std::string> copied;
  std::vector<std::pair<std::string, std::string>> spoken;  // text, locale

  std::int64_t NowMs() override { return now_ms; }
  void Locate() override { ++locate_calls; }
  void Warn(std::string_view message) override { warnings.emplace_back(message); }
  std::optional<std::string> Load(std::string_view key) override {
    const auto it = stored.find(key);
    if (it == stored.end()) return std::nullopt;
    return it->second;
  }
  void Store(std::string_view key, std::string_view value) override { stored[std::string(key)] = value; }
  void Forget(std::string_view key) override {
    if (const auto it = stored.find(key); it != stored.end()) stored.erase(it);
  }
  void Download(std::string_view name, std::string_view mime_type, std::string_view content) override {
    downloads.push_back({std::string(name), std::string(mime_type), std::string(content)});
  }
  void OpenUrl(std::string_view url) override { opened_urls.emplace_back(url); }
  void Print() override { ++prints; }
  int UtcOffsetMinutes(std::int64_t) override { return utc_offset_minutes; }
  bool StartMetronome() override {
    ++metronome_starts;
    return has_audio;
  }
  void StopMetronome() override { ++metronome_stops; }
  double MetronomeSeconds() override { return metronome_s; }
  void PlaySignalSample(double seconds) override { signal_samples.push_back(seconds); }
  void StopSignalSample() override { ++signal_sample_stops; }
  void SaveDrillEvent(std::string_view record) override { saved_drill_events.emplace_back(record); }
  void ArchiveDrill() override { ++archive_requests; }
  void WatchPosition() override { ++watching; }
  void StopWatchingPosition() override { --watching; }
  void CopyText(std::string_view text) override { copied.emplace_back(text); }
  void Speak(std::string_view text, std::string_view locale) override { spoken.emplace_back(text, locale); }
};

}  // namespace beredd::test
