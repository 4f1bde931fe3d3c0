// beredd-check: validates content packs and incident feeds from the command line, natively,
// and prints the holiday and VMA test calendar
// (usage in Usage() below; exit 0 valid, 1 problems listed as "file: /json/path: what", 2 usage).
// Layer: core tool (std + nlohmann). Must not include ui, web, ImGui or Emscripten headers.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/content/content_pack.h"
#include "core/content/content_pack_json.h"
#include "core/feed/feed.h"
#include "core/feed/feed_json.h"
#include "core/base/swedish_holidays.h"
#include "core/base/swedish_municipalities.h"
#include "core/vma/vma_test_schedule.h"

namespace {

namespace fs = std::filesystem;
using beredd::core::ContentPack;
using beredd::core::Problem;

int Usage() {
  std::cerr << "usage: beredd-check content DIR\n"
               "       beredd-check feed FILE [--format auto|geojson|polisen|cap|krisinformation|smhi]\n"
               "  content DIR  validate every *.json content pack in DIR (see content/README.md)\n"
               "       beredd-check calendar FROM_YEAR TO_YEAR\n"
               "       beredd-check places\n"
               "  feed FILE    parse an incident feed; print it as Beredd's GeoJSON\n"
               "  calendar     print Sweden's public holidays and the VMA signal's test days, one\n"
               "               per line (\"2026-06-06 holiday Sveriges nationaldag\", \"2026-06-01\n"
               "               vma-test 15:00\"), for a reviewer or a cross-check\n"
               "  places       print the municipalities alerts are placed at: code, name, county\n"
               "               code, county, latitude, longitude (tab-separated)\n";
  return 2;
}

bool ReadFile(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  out = text.str();
  return true;
}

int CheckContent(const fs::path& dir) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    std::cerr << dir.string() << ": not a directory\n";
    return 1;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  std::vector<Problem> problems;
  std::vector<ContentPack> packs;
  std::vector<std::string> names;
  for (const fs::path& file : files) {
    const std::string name = file.string();
    std::string text;
    if (!ReadFile(file, text)) {
      problems.push_back({name, "", "cannot read the file"});
      continue;
    }
    auto pack = beredd::core::ParseContentPack(text, name, problems);
    if (!pack) continue;
    if (file.stem().string() != pack->locale) {
      problems.push_back({name, "/locale", "locale \"" + pack->locale +
                                               "\" does not match the file name (" +
                                               file.filename().string() + ")"});
    }
    names.push_back(name);
    packs.push_back(std::move(*pack));
  }
  if (files.empty()) problems.push_back({dir.string(), "", "no *.json content packs"});
  if (!packs.empty() && packs.size() == files.size()) {
    beredd::core::CheckPackSet(packs, names, problems);
  }

  for (const Problem& problem : problems) std::cout << problem.ToString() << "\n";
  if (!problems.empty()) {
    std::cout << problems.size() << " problem" << (problems.size() == 1 ? "" : "s") << " in "
              << dir.string() << "\n";
    return 1;
  }
  std::cout << dir.string() << ": " << packs.size() << " content packs OK (";
  for (std::size_t i = 0; i < packs.size(); ++i) {
    std::cout << (i ? ", " : "") << packs[i].locale;
  }
  const ContentPack& first = packs.front();
  std::size_t cpr_steps = 0;
  for (const auto& mode : first.cpr.modes) cpr_steps += mode.steps.size();
  std::cout << "): " << first.numbers.size() << " numbers, " << first.cpr.modes.size()
            << " CPR modes with " << cpr_steps << " steps, " << first.drills.size()
            << " drill scenarios, " << first.guides.size() << " guides, "
            << beredd::core::RequiredStringKeys().size() << " required texts each\n";
  return 0;
}

int CheckFeed(const fs::path& file, beredd::core::FeedFormat format) {
  const std::string name = file.string();
  std::error_code error;
  const auto size = fs::file_size(file, error);
  const beredd::core::FeedLimits limits;
  // Refused before reading: the app never reads more than this either.
  if (!error && size > limits.max_bytes) {
    std::cerr << name << ": larger than " << limits.max_bytes << " bytes (" << size << ")\n";
    return 1;
  }
  std::string text;
  if (error || !ReadFile(file, text)) {
    std::cerr << name << ": cannot read the file\n";
    return 1;
  }
  beredd::core::FeedError feed_error;
  const auto feed = beredd::core::ParseFeed(text, format, &feed_error, limits);
  if (!feed) {
    std::cerr << name << ": " << feed_error.ToString() << "\n";
    return 1;
  }
  std::cout << beredd::core::IncidentsToGeoJson(feed->incidents)
                   .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
  for (const auto& dropped : feed->dropped) {
    std::cerr << name << ": " << (dropped.where.empty() ? "/" : dropped.where)
              << (dropped.id.empty() ? "" : " (id " + dropped.id + ")") << ": dropped: "
              << dropped.reason << "\n";
  }
  std::cerr << name << ": " << beredd::core::FeedFormatName(feed->format) << " feed, "
            << feed->incidents.size() << " incidents, " << feed->dropped.size() << " dropped, "
            << feed->skipped << " skipped by design\n";
  return feed->dropped.empty() ? 0 : 1;
}

int PrintCalendar(const std::string& from_text, const std::string& to_text) {
  int from = 0, to = 0;
  try {
    from = std::stoi(from_text);
    to = std::stoi(to_text);
  } catch (const std::exception&) {
    return Usage();
  }
  if (from < 1583 || to > 9999 || from > to) return Usage();  // the Gregorian calendar
  for (int year = from; year <= to; ++year) {
    for (const auto& holiday : beredd::core::SwedishPublicHolidays(year)) {
      std::cout << beredd::core::IsoDate(holiday.date) << " holiday " << holiday.name << "\n";
    }
    for (int month : beredd::core::kVmaTestMonths) {
      std::cout << beredd::core::IsoDate(beredd::core::VmaTestDay(year, month)) << " vma-test 15:00\n";
    }
  }
  return 0;
}

int PrintPlaces() {
  for (const auto& municipality : beredd::core::SwedishMunicipalities()) {
    const auto county = beredd::core::CountyOf(municipality);
    std::cout << municipality.code << '\t' << municipality.name << '\t'
              << (county ? county->code : "") << '\t' << (county ? county->name : "") << '\t'
              << std::fixed << std::setprecision(5) << municipality.position.lat << '\t'
              << municipality.position.lon << std::defaultfloat << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "places") return PrintPlaces();
  if (argc < 3) return Usage();
  const std::string command = argv[1];
  if (command == "content" && argc == 3) return CheckContent(argv[2]);
  if (command == "calendar" && argc == 4) return PrintCalendar(argv[2], argv[3]);
  if (command == "feed") {
    auto format = beredd::core::FeedFormat::Auto;
    if (argc == 5 && std::string(argv[3]) == "--format") {
      const auto parsed = beredd::core::ParseFeedFormat(argv[4]);
      if (!parsed) return Usage();
      format = *parsed;
    } else if (argc != 3) {
      return Usage();
    }
    return CheckFeed(argv[2], format);
  }
  return Usage();
}
