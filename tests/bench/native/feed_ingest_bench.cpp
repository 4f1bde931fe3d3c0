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
  std::vector<beredd::core::Incident> shown;
};

void IngestFeed(benchmark::State& state, const Feeds& feeds) {
  std::size_t live = 0;
  for (auto _ : state) {
    beredd::core::FeedError error;
    auto ingested = beredd::core::IngestFeed(feeds.text, feeds.shown, &error);
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
  Feeds feeds{ReadFile("BEREDD_BENCH_FEED"), {}};
  beredd::core::FeedError error;
  auto previous = beredd::core::IngestFeed(ReadFile("BEREDD_BENCH_PREVIOUS"), {}, &error);
  if (!previous) {
    std::cerr << "BEREDD_BENCH_PREVIOUS: " << error.ToString() << "\n";
    return 2;
  }
  feeds.shown = std::move(previous->live);
  benchmark::RegisterBenchmark("IngestFeed", IngestFeed, feeds)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("PlainJsonParse", PlainJsonParse, feeds)->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
