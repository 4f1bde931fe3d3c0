// What differs by platform, as one small interface: the clock and time zone, position, settings
// and drill storage, the metronome's audio, files, links, printing and a developer log. The web runner implements it over the browser
// (web/backend/web_platform.h), tests fake it. Sessions in core reach the world only through it.
// Layer: core. Must not include ui, web or Emscripten headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
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
  // Follows the user's position until StopWatchingPosition; each fix comes back later as
  // WhereSession::Located, a failure as WhereSession::Failed.
  virtual void WatchPosition() = 0;
  virtual void StopWatchingPosition() = 0;
  // A note for developers (the browser's console), never shown to the user.
  virtual void Warn(std::string_view message) = 0;

  // Small durable settings (a browser's localStorage). Load gives nullopt when the key is
  // absent or storage is unavailable; losing a preference is allowed, crashing is not.
  virtual std::optional<std::string> Load(std::string_view key) = 0;
  virtual void Store(std::string_view key, std::string_view value) = 0;
  // Removes `key` and its value ("forget everything").
  virtual void Forget(std::string_view key) = 0;
  // Offers `content` to the user as a file named `file_name`.
  virtual void Download(std::string_view file_name, std::string_view mime_type, std::string_view content) = 0;
  // Opens a link the app has already checked (core::IsOpenableUrl): tel:, https:.
  virtual void OpenUrl(std::string_view url) = 0;
  // The platform's print dialog for what is on screen.
  virtual void Print() = 0;
  // Puts `text` on the clipboard, and speaks it in `locale`'s language ("sv": a Swedish voice
  // where the platform has one).
  virtual void CopyText(std::string_view text) = 0;
  virtual void Speak(std::string_view text, std::string_view locale) = 0;
  // Local time: minutes east of UTC at `utc_ms` (Swedish winter +60, summer +120).
  virtual int UtcOffsetMinutes(std::int64_t utc_ms) = 0;

  // The CPR metronome's audio: clicks on the beats CprSession::BeatsBetween gives, on the audio
  // clock. StartMetronome returns false when there is no audio at all.
  virtual bool StartMetronome() = 0;
  virtual void StopMetronome() = 0;
  virtual double MetronomeSeconds() = 0;  // since it started, on the audio clock
  // A sample of the VMA warning signal's tone, `seconds` long at a moderate volume, from a tap
  // (a new tap starts it again); StopSignalSample silences it.
  virtual void PlaySignalSample(double seconds) = 0;
  virtual void StopSignalSample() = 0;

  // The running drill's log in durable storage (IndexedDB), an event at a time. Storage answers
  // later, through DrillSession::EventSaved or EventNotSaved.
  virtual void SaveDrillEvent(std::string_view record_json) = 0;
  // Moves the ended drill's log to the history; answered through DrillSession::Archived.
  virtual void ArchiveDrill() = 0;
};

}  // namespace beredd::core
