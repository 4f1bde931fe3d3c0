// Feed ingest against plain nlohmann::json::parse of the same bytes, natively. The feeds come
// from tests/bench/make_feeds.py: BEREDD_BENCH_FEED (the poll to ingest) and
// BEREDD_BENCH_PREVIOUS (the poll before it, whose incidents are on screen).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/base/json_tape.h"
#include "core/feed/feed_ingest.h"

namespace {

std::string ReadFile(const char* variable) {
  const char* path = std::getenv(variable);
  if (path == nullptr) {
    std::cerr << variable << " is not set\n";
    std::exit(2);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << variable << ": cannot read " << path << "\n";
    std::exit(2);
  }
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Feeds {
  std::string text;
  std::string previous_text;
  beredd::core::IngestedFeed previous;  // what the app shows when `text` arrives
};

// A poll as the app reads it (core/feed/feed_session.cpp): the items sent again are taken over
// from the poll before, moved out of the incidents shown (a fresh copy each time, untimed), read
// into the tape the poll before was read into.
// `first_poll`: nothing shown yet, every item read.
void Ingest(benchmark::State& state, const Feeds& feeds, bool first_poll) {
  std::vector<beredd::core::Incident> shown;
  beredd::core::JsonTape kept_tape;  // the session's, kept from poll to poll
  const beredd::core::ShownFrom shown_from{feeds.previous.format, feeds.previous_text, &feeds.previous.sources,
                                           &shown, &kept_tape};
  std::size_t live = 0;
  for (auto _ : state) {
    state.PauseTiming();
    if (!first_poll) shown = feeds.previous.live;
    state.ResumeTiming();
    beredd::core::FeedError error;
    auto ingested = first_poll ? beredd::core::IngestFeed(feeds.text, shown, &error)
                               : beredd::core::IngestFeed(feeds.text, shown, &error, {}, 0, &shown_from);
    if (!ingested) {
      state.SkipWithError(error.ToString().c_str());
      return;
    }
    live = ingested->live.size();
    benchmark::DoNotOptimize(ingested);
  }
  state.counters["incidents"] = static_cast<double>(live);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * feeds.text.size()));
}

void PlainJsonParse(benchmark::State& state, const Feeds& feeds) {
  for (auto _ : state) {
    nlohmann::json parsed = nlohmann::json::parse(feeds.text);
    benchmark::DoNotOptimize(parsed);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * feeds.text.size()));
}

}  // namespace

int main(int argc, char** argv) {
  // Read once, outside every timed loop.
  Feeds feeds{ReadFile("BEREDD_BENCH_FEED"), ReadFile("BEREDD_BENCH_PREVIOUS"), {}};
  beredd::core::FeedError error;
  auto previous = beredd::core::IngestFeed(feeds.previous_text, {}, &error);
  if (!previous) {
    std::cerr << "BEREDD_BENCH_PREVIOUS: " << error.ToString() << "\n";
    return 2;
  }
  feeds.previous = std::move(*previous);
  benchmark::RegisterBenchmark("IngestFeed", Ingest, feeds, false)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("IngestFirstPoll", Ingest, feeds, true)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("PlainJsonParse", PlainJsonParse, feeds)->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
