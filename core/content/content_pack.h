// Content packs: one JSON file per locale holding the UI strings, the emergency numbers, the
// CPR guidance and the feed settings, so an organisation adapts Beredd without compiling.
// The format is documented in content/README.md; reading it is core/content_pack_json.h.
// Layer: core (std only), so ui can include it.
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/catalog.h"
#include "core/cpr/cpr_timeline.h"
#include "core/drill/drill_scenario.h"
#include "core/guide/guide.h"
#include "core/content/emergency_numbers.h"
#include "core/content/source.h"
#include "core/kiosk/kiosk.h"
#include "core/prepare/preparedness.h"
#include "core/base/problem.h"

namespace beredd::core {

inline constexpr int kPackSchemaVersion = 1;
inline constexpr std::size_t kMaxPackBytes = 1 << 20;  // packs are text, not media

struct CprStep {
  std::string id;
  std::string title;
  std::string text;
};

// Whom a CPR mode is for. Child and infant modes must carry their own depth: an adult's
// 5-6 cm can injure an infant, so the pack checker refuses a copy.
enum class CprAudience { Adult, Child, Infant };

// One way of doing CPR: adult 30:2, hands-only, child or infant 15:2 with 5 rescue breaths.
// Each mode has its own steps, because every step that names a depth, a hand position or a
// ratio differs between them.
struct CprMode {
  std::string id;
  CprAudience audience = CprAudience::Adult;
  std::string name;
  std::string notes;             // who it is for, e.g. "Ser barnet vuxet ut: välj Vuxen."
  std::string depth;             // e.g. "5–6 cm", "en tredjedel av bröstkorgens djup, ungefär 4 cm"
  std::string hands;             // where and with what to push
  int compressions = 30;         // per cycle
  int breaths = 2;               // per cycle; 0 = compressions only
  int initial_breaths = 0;       // rescue breaths before the first compression
  std::vector<CprStep> steps;
  Source source;
};

struct CprGuide {
  std::string disclaimer;
  int rate_per_min = 110;        // 100..120 (ERC 2021)
  double seconds_per_breath = 2.5;  // pause per breath, incl. repositioning the hands
  double swap_interval_s = 120;  // remind to swap rescuers this often
  std::vector<CprMode> modes;
};

// One incident source the app polls: police events, VMA, Krisinformation, SMHI.
struct FeedSource {
  std::string id;        // "vma": unique in the pack, [a-z0-9-]; an incident's id is "vma/<its id>"
  std::string name;      // "Sveriges Radio (VMA)": says whose state the map shows
  std::string endpoint;  // same-origin path or https URL
  bool operator==(const FeedSource&) const = default;
};

struct FeedSettings {
  std::string endpoint = "/api/incidents";  // same-origin path or https URL
  // Several sources polled at once (feed.sources); empty: `endpoint` alone.
  std::vector<FeedSource> sources;
  int poll_seconds = 30;
  // Map tiles: an https URL template with {z}, {x} and {y}, and its attribution (plain text).
  std::string tile_url = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  std::string tile_attribution = "© OpenStreetMap contributors";
};

// The sources to poll: the pack's list, or its one endpoint (id "main", no name).
std::vector<FeedSource> SourcesOf(const FeedSettings& feed);

struct ContentPack {
  std::string locale;         // "sv", "en"
  std::string language_name;  // in its own language: "Svenska", "English"
  Catalog strings;
  std::vector<EmergencyNumber> numbers;
  CprGuide cpr;
  std::vector<DrillScenario> drills;
  std::vector<Guide> guides;  // first aid beyond CPR, and the VMA signals
  std::optional<Preparedness> preparedness;  // home preparedness; an organisation may leave it out
  FeedSettings feed;
  KioskSettings kiosk;  // the app reads the default locale's (switching language keeps it)
};

// Checks packs against each other: the default locale (sv) exists, and all packs name the
// same numbers, CPR modes and their steps, drills and drill steps (by id), so switching language
// never drops content.
void CheckPackSet(std::span<const ContentPack> packs, std::span<const std::string> files,
                  std::vector<Problem>& problems);

// The metronome rhythm of one CPR mode under the pack's guide.
CprRhythm RhythmFor(const CprGuide& guide, const CprMode& mode);

// Every string key the UI reads; each pack must define them all (tests prove the UI reads
// no other key).
std::span<const std::string_view> RequiredStringKeys();

inline constexpr std::string_view kDefaultLocale = "sv";

// The locale to show: the first of the browser's `preferred` languages ("en-GB" matches "en")
// that a pack exists for, else the default.
std::string ChooseLocale(std::span<const std::string> preferred,
                         std::span<const std::string> available);

}  // namespace beredd::core
