// Feed ingest timed inside wasm, against plain nlohmann::json::parse of the same bytes in the
// same module: the browser half of the benchmark's ingest figure (tests/bench/browser.mjs).
// Built for the benchmark only.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/base/json_tape.h"
#include "core/feed/feed_ingest.h"

namespace {

using emscripten::val;

// Times `iterations` rounds of each, interleaved so all see the same machine noise.
// `previous` is the poll before (the incidents on screen when `text` arrives): the poll is read
// as the app reads it (core/feed/feed_session.cpp), items sent again taken over, moved out of
// the incidents shown (copied afresh before each round, untimed), into the tape the poll before
// was read into. A first poll (nothing shown,
// every item read) is timed beside it.
val Run(const std::string& text, const std::string& previous, int iterations) {
  beredd::core::FeedError error;
  const auto shown = beredd::core::IngestFeed(previous, {}, &error);
  val result = val::object();
  if (!shown) {
    result.set("error", "previous feed: " + error.ToString());
    return result;
  }
  std::vector<beredd::core::Incident> on_screen;
  beredd::core::JsonTape kept_tape;  // the session's, kept from poll to poll
  const beredd::core::ShownFrom shown_from{shown->format, previous, &shown->sources, &on_screen, &kept_tape};
  val ingest_ms = val::array();
  val first_poll_ms = val::array();
  val parse_ms = val::array();
  std::size_t live = 0, changed = 0;
  for (int i = 0; i < iterations; ++i) {
    double start = emscripten_get_now();
    const auto first = beredd::core::IngestFeed(text, {}, &error);
    first_poll_ms.call<void>("push", emscripten_get_now() - start);
    on_screen = shown->live;
    start = emscripten_get_now();
    const auto ingested = beredd::core::IngestFeed(text, on_screen, &error, {}, 0, &shown_from);
    ingest_ms.call<void>("push", emscripten_get_now() - start);
    if (!ingested || !first || first->live != ingested->live) {
      result.set("error", "feed: " + (ingested && first ? std::string("a first poll read it otherwise") : error.ToString()));
      return result;
    }
    live = ingested->live.size();
    changed = ingested->diff.changed.size() + ingested->diff.added.size() + ingested->diff.removed.size();
    start = emscripten_get_now();
    const nlohmann::json parsed = nlohmann::json::parse(text);
    parse_ms.call<void>("push", emscripten_get_now() - start);
    if (parsed.size() == 0) result.set("error", std::string("plain parse gave an empty document"));
  }
  result.set("ingestMs", ingest_ms);
  result.set("firstPollMs", first_poll_ms);
  result.set("parseMs", parse_ms);
  result.set("incidents", static_cast<double>(live));
  result.set("changed", static_cast<double>(changed));
  return result;
}

}  // namespace

EMSCRIPTEN_BINDINGS(ingest_bench) { emscripten::function("run", &Run); }
