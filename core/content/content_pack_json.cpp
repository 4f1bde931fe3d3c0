// Reading a content pack from its JSON, reporting every problem with its path. Layer: core
// (std + nlohmann). Must not include ui, web, ImGui or Emscripten headers.
#include "core/content/content_pack_json.h"

#include <algorithm>
#include <map>

#include "core/cpr/cpr_guide_json.h"
#include "core/drill/drill_scenario_json.h"
#include "core/guide/guide_json.h"
#include "core/prepare/preparedness_json.h"
#include "core/content/pack_reading.h"
#include "core/base/url_policy.h"

namespace beredd::core {
namespace {

using nlohmann::json;
using pack_reading::ForEachObject;
using pack_reading::IntegerInRange;
using pack_reading::UniqueIds;

bool IsLocaleTag(std::string_view tag) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (tag.size() == 2) return lower(tag[0]) && lower(tag[1]);
  return tag.size() == 5 && lower(tag[0]) && lower(tag[1]) && tag[2] == '-' && upper(tag[3]) &&
         upper(tag[4]);
}

void ReadStrings(JsonReader& reader, const json& root, ContentPack& pack) {
  const json* strings = reader.Object(root, "", "strings");
  if (strings == nullptr) return;
  Catalog::Texts texts;
  for (const auto& [key, value] : strings->items()) {
    if (auto text = reader.Text(*strings, "/strings", key)) texts.emplace(key, *text);
  }
  for (std::string_view key : RequiredStringKeys()) {
    if (!strings->contains(key)) {
      reader.Report(JsonReader::Join("/strings", key),
                    "missing field \"" + std::string(key) + "\" (a text the app shows)");
    }
  }
  pack.strings = Catalog(std::move(texts));
}

void ReadNumbers(JsonReader& reader, const json& root, ContentPack& pack) {
  const json* numbers = reader.Array(root, "", "numbers");
  if (numbers == nullptr) return;
  if (numbers->empty()) reader.Report("/numbers", "no numbers: the emergency numbers are required");
  UniqueIds ids(reader);
  ForEachObject(reader, *numbers, "/numbers", [&](const json& item, const std::string& path) {
    auto id = reader.Text(item, path, "id");
    auto shown = reader.Text(item, path, "number");
    auto tel = reader.Text(item, path, "tel");
    auto name = reader.Text(item, path, "name");
    auto when = reader.Text(item, path, "when");
    if (id) ids.Check(*id, JsonReader::Join(path, "id"), path);
    if (tel && !IsPhoneNumber(*tel)) {
      reader.Report(JsonReader::Join(path, "tel"),
                    "not a phone number: \"" + *tel + "\" (2-15 digits, optionally a leading +)");
    }
    if (id && shown && tel && name && when) {
      pack.numbers.push_back({*id, *shown, *tel, *name, *when});
    }
  });
}

// A feed endpoint: a same-origin path or an https URL.
std::optional<std::string> Endpoint(JsonReader& reader, const json& object, const std::string& path, bool required) {
  auto endpoint = reader.Text(object, path, "endpoint", required);
  if (!endpoint) return std::nullopt;
  const bool same_origin = endpoint->front() == '/' && endpoint->rfind("//", 0) != 0;
  if (same_origin || IsOpenableUrl(*endpoint)) return endpoint;
  reader.Report(JsonReader::Join(path, "endpoint"),
                "endpoint must be a same-origin path (/api/...) or an https URL, found \"" + *endpoint + "\"");
  return std::nullopt;
}

bool IsSourceId(const std::string& id) {
  return !id.empty() && id.size() <= 32 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// feed.sources: [{id, name, endpoint}], polled at once, each with its own state.
void ReadFeedSources(JsonReader& reader, const json& feed, ContentPack& pack) {
  const json* sources = reader.Array(feed, "/feed", "sources", false);
  if (sources == nullptr) return;
  ForEachObject(reader, *sources, "/feed/sources", [&](const json& item, const std::string& path) {
    const auto id = reader.Text(item, path, "id");
    const auto name = reader.Text(item, path, "name");
    const auto endpoint = Endpoint(reader, item, path, true);
    if (id && !IsSourceId(*id)) {
      reader.Report(JsonReader::Join(path, "id"), "must be 1-32 of a-z, 0-9 and -, found \"" + *id + "\"");
      return;
    }
    const auto same = [&](const FeedSource& known) { return id && known.id == *id; };
    if (std::any_of(pack.feed.sources.begin(), pack.feed.sources.end(), same)) {
      reader.Report(JsonReader::Join(path, "id"), "\"" + *id + "\" is already a source");
      return;
    }
    if (id && name && endpoint) pack.feed.sources.push_back({*id, *name, *endpoint});
  });
}

void ReadFeed(JsonReader& reader, const json& root, ContentPack& pack) {
  const json* feed = reader.Object(root, "", "feed", false);
  if (feed == nullptr) return;
  if (auto endpoint = Endpoint(reader, *feed, "/feed", false)) pack.feed.endpoint = *endpoint;
  ReadFeedSources(reader, *feed, pack);
  if (auto seconds = IntegerInRange(reader, *feed, "/feed", "poll_seconds", 10, 3600, "",
                                    pack.feed.poll_seconds)) {
    pack.feed.poll_seconds = *seconds;
  }
  const json* tiles = reader.Object(*feed, "/feed", "tiles", false);
  if (tiles == nullptr) return;
  if (auto url = reader.Text(*tiles, "/feed/tiles", "url", false)) {
    const bool templated = url->find("{z}") != std::string::npos &&
                           url->find("{x}") != std::string::npos && url->find("{y}") != std::string::npos;
    if (!IsHttpsUrl(*url) || !templated) {
      reader.Report("/feed/tiles/url", "must be an https URL template with {z}, {x} and {y}, found \"" + *url + "\"");
    } else {
      pack.feed.tile_url = *url;
    }
  }
  if (auto attribution = reader.Text(*tiles, "/feed/tiles", "attribution", false)) {
    pack.feed.tile_attribution = *attribution;
  }
}

void ReadKiosk(JsonReader& reader, const json& root, ContentPack& pack) {
  const json* kiosk = reader.Object(root, "", "kiosk", false);
  if (kiosk == nullptr) return;
  KioskSettings& settings = pack.kiosk;
  settings.enabled = reader.Boolean(*kiosk, "/kiosk", "enabled", false).value_or(false);
  if (auto idle = IntegerInRange(reader, *kiosk, "/kiosk", "idle_seconds", 30, 3600, "",
                                 settings.idle_seconds)) {
    settings.idle_seconds = *idle;
  }
  if (auto warning = IntegerInRange(reader, *kiosk, "/kiosk", "warning_seconds", kMinWarningSeconds,
                                    settings.idle_seconds - 10,
                                    " (WCAG 2.2.1: at least 20 s to react, within idle_seconds - 10)",
                                    settings.warning_seconds)) {
    settings.warning_seconds = *warning;
  }
  const json* location = reader.Object(*kiosk, "/kiosk", "location", false);
  if (location == nullptr) return;
  if (auto address = reader.Text(*location, "/kiosk/location", "address")) settings.address = *address;
  const auto lat = reader.Number(*location, "/kiosk/location", "lat");
  const auto lon = reader.Number(*location, "/kiosk/location", "lon");
  if (!lat || !lon) return;
  // SWEREF 99 TM, which the screen shows it in, is Sweden's grid: a kiosk elsewhere is a typo.
  if (!kSweden.Grown(0.9).Contains({*lat, *lon})) {
    reader.Report("/kiosk/location", "not in Sweden (lat " + std::to_string(*lat) + ", lon " +
                                          std::to_string(*lon) + "): latitude first, WGS84 degrees");
    return;
  }
  settings.location = GeoPoint{*lat, *lon};
}

}  // namespace

std::optional<ContentPack> ParseContentPack(std::string_view json_text, std::string_view file,
                                            std::vector<Problem>& problems) {
  if (json_text.size() > kMaxPackBytes) {
    problems.push_back({std::string(file), "", "file too large: " + std::to_string(json_text.size()) +
                                                   " bytes (at most " + std::to_string(kMaxPackBytes) + ")"});
    return std::nullopt;
  }
  const std::optional<json> root = ParseJson(json_text, file, problems);
  if (!root) return std::nullopt;
  JsonReader reader(std::string(file), problems);
  if (!root->is_object()) {
    reader.Report("", "wrong type: a content pack is an object, found " + std::string(root->type_name()));
    return std::nullopt;
  }
  // The schema version decides how everything else is read: stop at an unknown one.
  const auto version = reader.Integer(*root, "", "schema_version");
  if (version && *version != kPackSchemaVersion) {
    reader.Report("/schema_version", "unknown schema version " + std::to_string(*version) +
                                         " (this build reads version " +
                                         std::to_string(kPackSchemaVersion) + ")");
  }
  if (!reader.ok()) return std::nullopt;

  ContentPack pack;
  if (auto locale = reader.Text(*root, "", "locale")) {
    if (!IsLocaleTag(*locale)) {
      reader.Report("/locale", "not a language tag like \"sv\" or \"en-GB\": \"" + *locale + "\"");
    }
    pack.locale = *locale;
  }
  pack.language_name = reader.Text(*root, "", "language_name").value_or("");
  ReadStrings(reader, *root, pack);
  ReadNumbers(reader, *root, pack);
  ReadCprGuide(reader, *root, pack.cpr);
  ReadFeed(reader, *root, pack);
  ReadKiosk(reader, *root, pack);
  ReadDrillScenarios(reader, *root, pack.drills);
  ReadGuides(reader, *root, pack.guides);
  pack.preparedness = ReadPreparedness(reader, *root);
  if (!reader.ok()) return std::nullopt;
  return pack;
}

}  // namespace beredd::core
