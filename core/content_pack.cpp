// Content pack parsing and validation. Layer: core (std + nlohmann).
#include "core/content_pack.h"

#include <algorithm>
#include <map>

#include "core/drill_scenario_json.h"
#include "core/pack_reading.h"
#include "core/url_policy.h"

namespace beredd::core {
namespace {

using nlohmann::json;
using pack_reading::ForEachObject;
using pack_reading::IntegerInRange;
using pack_reading::UniqueIds;

constexpr std::string_view kRequiredKeys[] = {
    "app.title", "topbar.label", "home.heading", "home.intro", "nav.home", "lang.switch",
    "route.unknown", "pack.error",
    "screen.numbers", "screen.numbers.hint", "numbers.eu", "numbers.sms",
    "screen.cpr", "screen.cpr.hint", "screen.map", "screen.map.hint", "screen.drill",
    "screen.drill.hint",
    "cpr.mode", "cpr.start", "cpr.stop", "cpr.steps", "cpr.compress", "cpr.breaths",
    "cpr.initial_breaths", "cpr.cycle", "cpr.elapsed", "cpr.rate", "cpr.swap", "cpr.depth",
    "cpr.audio_hint",
    "drill.banner", "drill.choose", "drill.start_hint", "drill.elapsed", "drill.steps",
    "drill.step_done", "drill.targets", "drill.target_met", "drill.target_missed",
    "drill.target_pending", "drill.injects", "drill.saved", "drill.saving", "drill.end",
    "drill.end_confirm", "drill.end_cancel", "drill.ended", "drill.new", "drill.roles",
    "drill.roll_call", "drill.no_classes", "drill.class_summary", "drill.total_summary",
    "drill.accounted", "drill.injured", "drill.missing", "drill.count_less", "drill.count_more",
    "drill.all_accounted", "drill.all_accounted_name", "drill.classes", "drill.classes_hint",
    "drill.class_entry", "drill.class_name", "drill.class_size", "drill.add_class",
    "drill.remove_class", "drill.remove_class_name", "drill.class_problem.empty",
    "drill.class_problem.too_long", "drill.class_problem.duplicate", "drill.class_problem.count",
    "drill.notes", "drill.note_field", "drill.add_note", "drill.no_notes", "drill.save_failed",
    "drill.report_title", "drill.report_when", "drill.export_json", "drill.export_csv",
    "drill.print", "drill.timeline", "drill.event.start", "drill.event.end", "drill.event.note",
    "drill.event.step", "drill.event.inject", "drill.event.roll_call", "drill.plan",
    "drill.plan_never", "drill.plan_done", "drill.plan_overdue", "drill.history",
    "drill.history_none", "drill.history_detail", "drill.back",
    "map.region", "map.loading", "map.updated", "map.stale", "map.unavailable", "map.dropped",
    "map.count", "map.none", "map.all_categories", "map.hours_1", "map.hours_6", "map.hours_24",
    "map.hours_all", "map.area", "map.source", "map.read_more",
    "map.near_me", "map.locating", "map.distance", "map.location.denied",
    "map.location.unavailable", "map.location.timeout", "map.only_map_area", "map.offline",
    "screen.practice", "screen.practice.hint", "practice.intro",
    "practice.start", "practice.stop", "practice.pad",
    "practice.begin", "practice.too_slow", "practice.good",
    "practice.too_fast", "practice.paused", "practice.rate",
    "practice.target", "practice.breaths", "practice.summary",
    "practice.summary.compressions", "practice.summary.in_range", "practice.summary.mean_rate",
    "practice.summary.longest_pause", "practice.summary.long_pause", "practice.summary.none",
    "kiosk.call_from_phone", "kiosk.attract.start", "kiosk.attract.numbers",
    "kiosk.attract.numbers_text", "kiosk.attract.practice", "kiosk.attract.practice_text",
    "kiosk.attract.map", "kiosk.attract.map_text", "kiosk.warning.title",
    "kiosk.warning.text", "kiosk.warning.continue",
};

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
  for (std::string_view key : kRequiredKeys) {
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

void ReadCpr(JsonReader& reader, const json& root, ContentPack& pack) {
  const json* cpr = reader.Object(root, "", "cpr");
  if (cpr == nullptr) return;
  CprGuide& guide = pack.cpr;
  guide.guideline = reader.Text(*cpr, "/cpr", "guideline").value_or("");
  guide.disclaimer = reader.Text(*cpr, "/cpr", "disclaimer").value_or("");
  guide.rate_per_min =
      IntegerInRange(reader, *cpr, "/cpr", "rate_per_min", 100, 120, " per minute (ERC 2021)")
          .value_or(110);
  if (auto seconds = reader.Number(*cpr, "/cpr", "seconds_per_breath", false)) {
    if (*seconds < 1.0 || *seconds > 5.0) {
      reader.Report("/cpr/seconds_per_breath", "seconds_per_breath must be 1-5 (two breaths "
                                               "must take under 10 s, ERC 2021)");
    } else {
      guide.seconds_per_breath = *seconds;
    }
  }
  if (auto interval = reader.Number(*cpr, "/cpr", "swap_interval_s", false)) {
    if (*interval < 60 || *interval > 300) {
      reader.Report("/cpr/swap_interval_s", "swap_interval_s must be 60-300");
    } else {
      guide.swap_interval_s = *interval;
    }
  }

  if (const json* steps = reader.Array(*cpr, "/cpr", "steps")) {
    if (steps->empty()) reader.Report("/cpr/steps", "no steps");
    UniqueIds ids(reader);
    ForEachObject(reader, *steps, "/cpr/steps", [&](const json& item, const std::string& path) {
      auto id = reader.Text(item, path, "id");
      auto title = reader.Text(item, path, "title");
      auto text = reader.Text(item, path, "text");
      if (id) ids.Check(*id, JsonReader::Join(path, "id"), path);
      if (id && title && text) guide.steps.push_back({*id, *title, *text});
    });
  }

  if (const json* modes = reader.Array(*cpr, "/cpr", "modes")) {
    if (modes->empty()) reader.Report("/cpr/modes", "no modes");
    UniqueIds ids(reader);
    ForEachObject(reader, *modes, "/cpr/modes", [&](const json& item, const std::string& path) {
      auto id = reader.Text(item, path, "id");
      auto name = reader.Text(item, path, "name");
      auto depth = reader.Text(item, path, "depth");
      auto notes = reader.Text(item, path, "notes", false);
      auto compressions = IntegerInRange(reader, item, path, "compressions", 1, 100, "");
      auto breaths = IntegerInRange(reader, item, path, "breaths", 0, 10, "");
      auto initial = IntegerInRange(reader, item, path, "initial_breaths", 0, 10, "", 0);
      if (id) ids.Check(*id, JsonReader::Join(path, "id"), path);
      if (id && name && depth && compressions && breaths && initial) {
        guide.modes.push_back({*id, *name, *depth, notes.value_or(""), *compressions, *breaths,
                               *initial});
      }
    });
  }
}

void ReadFeed(JsonReader& reader, const json& root, ContentPack& pack) {
  const json* feed = reader.Object(root, "", "feed", false);
  if (feed == nullptr) return;
  if (auto endpoint = reader.Text(*feed, "/feed", "endpoint", false)) {
    const bool same_origin = endpoint->front() == '/' && endpoint->rfind("//", 0) != 0;
    if (!same_origin && !IsOpenableUrl(*endpoint)) {
      reader.Report("/feed/endpoint", "endpoint must be a same-origin path (/api/...) or an "
                                      "https URL, found \"" + *endpoint + "\"");
    } else {
      pack.feed.endpoint = *endpoint;
    }
  }
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
  ReadCpr(reader, *root, pack);
  ReadFeed(reader, *root, pack);
  ReadKiosk(reader, *root, pack);
  ReadDrillScenarios(reader, *root, pack.drills);
  if (!reader.ok()) return std::nullopt;
  return pack;
}

void CheckPackSet(std::span<const ContentPack> packs, std::span<const std::string> files,
                  std::vector<Problem>& problems) {
  const ContentPack* reference = nullptr;
  std::string reference_file;
  std::map<std::string, std::string> locales;
  for (std::size_t i = 0; i < packs.size(); ++i) {
    auto [it, inserted] = locales.emplace(packs[i].locale, files[i]);
    if (!inserted) {
      problems.push_back({files[i], "/locale", "duplicate locale \"" + packs[i].locale +
                                                   "\" (also in " + it->second + ")"});
    }
    if (packs[i].locale == kDefaultLocale) {
      reference = &packs[i];
      reference_file = files[i];
    }
  }
  if (reference == nullptr) {
    problems.push_back({"", "", "no pack for the default locale \"" + std::string(kDefaultLocale) + "\""});
    return;
  }
  auto ids = [](const auto& items) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item.id);
    return out;
  };
  for (std::size_t i = 0; i < packs.size(); ++i) {
    const ContentPack& pack = packs[i];
    if (&pack == reference) continue;
    const std::string against = " as " + reference_file + " does";
    if (ids(pack.numbers) != ids(reference->numbers)) {
      problems.push_back({files[i], "/numbers", "must list the same number ids in the same order" + against});
    }
    if (ids(pack.cpr.steps) != ids(reference->cpr.steps)) {
      problems.push_back({files[i], "/cpr/steps", "must list the same step ids in the same order" + against});
    }
    if (ids(pack.cpr.modes) != ids(reference->cpr.modes)) {
      problems.push_back({files[i], "/cpr/modes", "must list the same mode ids in the same order" + against});
    }
    if (ids(pack.drills) != ids(reference->drills)) {
      problems.push_back({files[i], "/drills", "must list the same drill ids in the same order" + against});
    } else {
      for (std::size_t d = 0; d < pack.drills.size(); ++d) {
        const std::string at = "/drills/" + std::to_string(d);
        if (ids(pack.drills[d].steps) != ids(reference->drills[d].steps)) {
          problems.push_back({files[i], at + "/steps", "must list the same step ids in the same order" + against});
        }
        if (ids(pack.drills[d].injects) != ids(reference->drills[d].injects)) {
          problems.push_back({files[i], at + "/injects", "must list the same inject ids in the same order" + against});
        }
      }
    }
  }
}

CprRhythm RhythmFor(const CprGuide& guide, const CprMode& mode) {
  CprRhythm rhythm;
  rhythm.rate_per_min = guide.rate_per_min;
  rhythm.compressions_per_cycle = mode.compressions;
  rhythm.breaths_per_cycle = mode.breaths;
  rhythm.initial_breaths = mode.initial_breaths;
  rhythm.seconds_per_breath = guide.seconds_per_breath;
  rhythm.swap_interval_s = guide.swap_interval_s;
  return rhythm;
}

std::span<const std::string_view> RequiredStringKeys() { return kRequiredKeys; }

std::string ChooseLocale(std::span<const std::string> preferred,
                         std::span<const std::string> available) {
  auto has = [&](std::string_view tag) {
    return std::find(available.begin(), available.end(), tag) != available.end();
  };
  for (const std::string& tag : preferred) {
    if (has(tag)) return tag;
    const std::string language = tag.substr(0, tag.find('-'));
    if (has(language)) return language;
  }
  return std::string(kDefaultLocale);
}

}  // namespace beredd::core
