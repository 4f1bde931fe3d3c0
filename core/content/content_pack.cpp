// Content packs as a set: agreement between languages, the CPR rhythm of a mode, the string
// keys the UI reads, and the locale to show. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/content/content_pack.h"

#include <algorithm>
#include <map>

namespace beredd::core {
namespace {

constexpr std::string_view kRequiredKeys[] = {
    "app.title", "topbar.label", "home.heading", "home.intro", "nav.home", "lang.switch",
    "route.unknown", "pack.error",
    "screen.numbers", "screen.numbers.hint", "numbers.eu", "numbers.sms",
    "screen.cpr", "screen.cpr.hint", "screen.map", "screen.map.hint", "screen.drill",
    "screen.drill.hint",
    "cpr.mode", "cpr.start", "cpr.stop", "cpr.steps", "cpr.compress", "cpr.breaths",
    "cpr.initial_breaths", "cpr.cycle", "cpr.elapsed", "cpr.rate", "cpr.swap", "cpr.depth",
    "cpr.hands", "cpr.audio_hint", "guide.source", "guide.call", "guides.heading",
    "guides.from_cpr", "screen.guide", "screen.guide.hint", "vma.next_test", "vma.play_sample",
    "vma.sample_note",
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
    "drill.plan_never", "drill.plan_done", "drill.plan_overdue", "drill.plan_hint", "drill.current_step", "drill.history",
    "drill.history_none", "drill.history_detail", "drill.back",
    "map.region", "map.loading", "map.updated", "map.stale", "map.unavailable", "map.dropped",
    "map.count", "map.none", "map.all_categories", "map.hours_1", "map.hours_6", "map.hours_24",
    "map.hours_all", "map.area", "map.unplaced", "map.source", "map.read_more",
    "map.place", "map.place_one", "map.place_unnamed", "map.cluster", "map.also_here", "map.more_in_list",
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
    "screen.where", "screen.where.hint", "where.link", "where.intro", "where.show",
    "where.asks_first", "where.locating", "where.decimal_mark", "where.north", "where.south",
    "where.east", "where.west", "where.wgs84", "where.minutes", "where.sweref", "where.northing",
    "where.easting", "where.accuracy", "where.poor_accuracy", "where.fixed_at", "where.copy",
    "where.read_aloud", "where.read_out", "where.denied", "where.unavailable", "where.timeout",
    "where.describe", "where.kiosk_intro", "where.kiosk_unset", "where.source", "where.near",
    "screen.prepare", "screen.prepare.hint", "prepare.missing", "prepare.household",
    "prepare.adults", "prepare.children", "prepare.infants", "prepare.pets", "prepare.days",
    "prepare.fewer", "prepare.more", "prepare.count", "prepare.amounts", "prepare.water",
    "prepare.food", "prepare.food_examples", "prepare.medicine", "prepare.pet_note",
    "prepare.checklist", "prepare.checked_on", "prepare.never_checked", "prepare.recheck",
    "prepare.mark_checked", "prepare.have", "prepare.missing_items", "prepare.plan",
    "prepare.show_plan", "prepare.back", "prepare.print", "prepare.export", "prepare.forget",
    "prepare.forget_confirm", "prepare.keep", "prepare.kept_here", "prepare.kiosk_not_kept",
    "prepare.plan_title", "prepare.not_filled",
    "alert.vma", "alert.alert", "alert.not_exercise", "alert.time", "alert.instruction",
    "alert.open_hint", "alert.cancelled", "alert.close", "alert.close_name", "alert.more",
    "alert.elsewhere", "screen.places", "screen.places.hint", "places.intro", "places.kept_here",
    "places.kiosk_not_kept", "places.yours", "places.none", "places.here_saved", "places.remove",
    "places.remove_name", "places.add", "places.search", "places.add_name", "places.no_match",
    "places.here", "places.here_hint", "places.full", "places.reach", "places.announced",
    "places.notify", "places.notify_hint", "places.notify_unsupported", "places.notify_denied",
    "places.sound", "places.sound_hint", "places.source",
};

template <typename Items>
std::vector<std::string> IdsOf(const Items& items) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.id);
  return out;
}

// Ticks are stored by item id and plan text by field id: a language switch must find them all.
void CheckSamePreparedness(const std::optional<Preparedness>& pack, const std::optional<Preparedness>& same,
                           const std::string& file, const std::string& against,
                           std::vector<Problem>& problems) {
  if (pack.has_value() != same.has_value()) {
    problems.push_back({file, "/preparedness", "must be present in every pack or none" + against});
    return;
  }
  if (!pack) return;
  if (IdsOf(pack->plan) != IdsOf(same->plan)) {
    problems.push_back({file, "/preparedness/plan", "must list the same field ids in the same order" + against});
  }
  if (IdsOf(pack->groups) != IdsOf(same->groups)) {
    problems.push_back({file, "/preparedness/groups", "must list the same group ids in the same order" + against});
    return;
  }
  for (std::size_t g = 0; g < pack->groups.size(); ++g) {
    if (IdsOf(pack->groups[g].items) != IdsOf(same->groups[g].items)) {
      problems.push_back({file, "/preparedness/groups/" + std::to_string(g) + "/items",
                          "must list the same item ids in the same order" + against});
    }
  }
}

}  // namespace

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
    if (ids(pack.cpr.modes) != ids(reference->cpr.modes)) {
      problems.push_back({files[i], "/cpr/modes", "must list the same mode ids in the same order" + against});
    } else {
      for (std::size_t m = 0; m < pack.cpr.modes.size(); ++m) {
        const CprMode& mode = pack.cpr.modes[m];
        const CprMode& same = reference->cpr.modes[m];
        const std::string at = "/cpr/modes/" + std::to_string(m);
        if (ids(mode.steps) != ids(same.steps)) {
          problems.push_back({files[i], at + "/steps", "must list the same step ids in the same order" + against});
        }
        if (mode.audience != same.audience || mode.compressions != same.compressions ||
            mode.breaths != same.breaths || mode.initial_breaths != same.initial_breaths) {
          problems.push_back({files[i], at, "must be for the same people with the same rhythm" + against});
        }
      }
    }
    if (ids(pack.guides) != ids(reference->guides)) {
      problems.push_back({files[i], "/guides", "must list the same guide ids in the same order" + against});
    } else {
      for (std::size_t g = 0; g < pack.guides.size(); ++g) {
        const Guide& guide = pack.guides[g];
        const Guide& same = reference->guides[g];
        const std::string at = "/guides/" + std::to_string(g);
        if (ids(guide.sections) != ids(same.sections)) {
          problems.push_back({files[i], at + "/sections", "must list the same section ids in the same order" + against});
          continue;
        }
        for (std::size_t s = 0; s < guide.sections.size(); ++s) {
          if (ids(guide.sections[s].steps) != ids(same.sections[s].steps)) {
            problems.push_back({files[i], at + "/sections/" + std::to_string(s) + "/steps",
                                "must list the same step ids in the same order" + against});
          }
        }
      }
    }
    CheckSamePreparedness(pack.preparedness, reference->preparedness, files[i], against, problems);
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

std::vector<FeedSource> SourcesOf(const FeedSettings& feed) {
  if (!feed.sources.empty()) return feed.sources;
  return {FeedSource{"main", "", feed.endpoint}};
}

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
