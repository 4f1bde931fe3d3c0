// libFuzzer target: any bytes as an incident feed, in every format. The parser must never
// crash, hang or read out of bounds; whatever it accepts must survive GeoJSON output and a
// second parse; and the one-pass reader (ParseFeed) must give exactly what the nlohmann
// reference (ParseFeedWithNlohmann) gives. Read after a poll before (the input itself, and the
// part before a record separator, 0x1E, when there is one), it must read as it does alone.
// Built and run by tests/fuzz/run (clang, ASan + UBSan).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "core/feed/feed.h"
#include "core/feed/feed_json.h"
#include "tests/core/feed_equality.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using beredd::core::FeedFormat;
  for (FeedFormat format : {FeedFormat::Auto, FeedFormat::GeoJson, FeedFormat::Polisen,
                            FeedFormat::Cap, FeedFormat::Krisinformation, FeedFormat::Smhi}) {
    const std::string difference = beredd::test::FeedReadersDiffer(text, format);
    if (!difference.empty()) {
      std::fprintf(stderr, "DIFFERENCE %s\n", difference.c_str());
      __builtin_trap();
    }
    // Every item taken over from an identical poll; and from an edited one: "before\x1Eafter".
    const std::size_t separator = text.find('\x1E');
    for (const std::string& taken : {beredd::test::TakeOverDiffers(text, text, format),
                                     separator == std::string_view::npos
                                         ? std::string()
                                         : beredd::test::TakeOverDiffers(text.substr(0, separator),
                                                                         text.substr(separator + 1), format)}) {
      if (!taken.empty()) {
        std::fprintf(stderr, "DIFFERENCE %s\n", taken.c_str());
        __builtin_trap();
      }
    }
    beredd::core::FeedError error;
    const auto feed = beredd::core::ParseFeed(text, format, &error);
    if (!feed) continue;
    const std::string out = beredd::core::IncidentsToGeoJson(feed->incidents)
                                .dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
    const auto again = beredd::core::ParseFeed(out, FeedFormat::GeoJson, &error);
    // Everything accepted once is accepted again, unchanged: the output is valid UTF-8 JSON
    // in Beredd's own profile.
    if (!feed->incidents.empty() && (!again || again->incidents.size() != feed->incidents.size())) {
      __builtin_trap();
    }
    beredd::core::DiffIncidents(feed->incidents, again ? again->incidents : feed->incidents);
  }
  return 0;
}
