// Whether the one-pass reader (ParseFeed) reads a text exactly as the nlohmann reference
// (ParseFeedWithNlohmann) does, and as it does after a poll before; shared by core's tests
// and the differential fuzzer.
// Layer: tests (core + nlohmann). Must not include ui, web or Boost.
#pragma once

#include <string>
#include <string_view>

#include "core/feed/feed.h"
#include "core/feed/feed_ingest.h"
#include "core/feed/feed_json.h"

namespace beredd::test {

inline bool SameDropped(const core::Feed& a, const core::Feed& b) {
  if (a.dropped.size() != b.dropped.size()) return false;
  for (std::size_t i = 0; i < a.dropped.size(); ++i) {
    const core::DroppedItem& x = a.dropped[i];
    const core::DroppedItem& y = b.dropped[i];
    if (x.where != y.where || x.id != y.id || x.reason != y.reason) return false;
  }
  return true;
}

// "" when both accept and read the same, or both refuse for the same reason (a syntax error's
// wording is each parser's own); otherwise what differs.
inline std::string FeedReadersDiffer(std::string_view text, core::FeedFormat format) {
  core::FeedError fast_error, reference_error;
  const auto fast = core::ParseFeed(text, format, &fast_error);
  const auto reference = core::ParseFeedWithNlohmann(text, format, &reference_error);
  auto syntax = [](const core::FeedError& error) { return error.message.rfind("not valid JSON", 0) == 0; };
  bool same = fast.has_value() == reference.has_value();
  if (same && fast) {
    same = fast->format == reference->format && fast->incidents == reference->incidents &&
           fast->cancellations == reference->cancellations && SameDropped(*fast, *reference) &&
           fast->skipped == reference->skipped;
  } else if (same) {
    same = (syntax(fast_error) && syntax(reference_error)) || fast_error.ToString() == reference_error.ToString();
  }
  if (same) return {};
  return std::string("format ") + core::FeedFormatName(format) + ": one-pass " + (fast ? "accepts" : "refuses") +
         " [" + fast_error.ToString() + "], nlohmann " + (reference ? "accepts" : "refuses") + " [" +
         reference_error.ToString() + "]";
}

inline bool SameSources(const std::vector<core::ItemSource>& a, const std::vector<core::ItemSource>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const core::ItemSource& x = a[i];
    const core::ItemSource& y = b[i];
    if (x.bytes.offset != y.bytes.offset || x.bytes.size != y.bytes.size || x.hash != y.hash) return false;
  }
  return true;
}

// "" when `text` reads the same after `before_text` as on its own: the items taken over from
// the poll before must be exactly what reading them gives. Otherwise what differs.
inline std::string TakeOverDiffers(std::string_view before_text, std::string_view text, core::FeedFormat format,
                                   const core::FeedLimits& limits = {}) {
  core::FeedError error;
  const auto before = core::ParseFeed(before_text, format, &error, limits);
  if (!before) return {};
  const core::PollBefore poll{before->format, before_text, &before->incidents, &before->sources};
  core::FeedError fresh_error, taken_error;
  const auto fresh = core::ParseFeed(text, format, &fresh_error, limits);
  const auto taken = core::ParseFeed(text, format, &taken_error, limits, &poll);
  bool same = fresh.has_value() == taken.has_value();
  if (same && fresh) {
    same = fresh->format == taken->format && fresh->incidents == taken->incidents && SameSources(fresh->sources, taken->sources) &&
           fresh->cancellations == taken->cancellations && SameDropped(*fresh, *taken) &&
           fresh->skipped == taken->skipped;
  } else if (same) {
    same = fresh_error.ToString() == taken_error.ToString();
  }
  if (same && format == core::FeedFormat::Auto) {
    // As the app ingests a poll: the same incidents, sources and diff from what was shown.
    const auto shown = core::IngestFeed(before_text, {}, &error, limits);
    if (!shown) return {};
    const core::ShownFrom shown_from{shown->format, before_text, &shown->sources};
    const auto plain = core::IngestFeed(text, shown->live, &fresh_error, limits);
    const auto same_ingest = [&](const std::optional<core::IngestedFeed>& fast) {
      if (plain.has_value() != fast.has_value()) return false;
      if (!plain) return true;
      const core::FeedDiff& x = plain->diff;
      const core::FeedDiff& y = fast->diff;
      return plain->live == fast->live && SameSources(plain->sources, fast->sources) && x.added == y.added &&
             x.changed == y.changed && x.removed == y.removed && x.reshaped == y.reshaped && x.moved == y.moved &&
             x.retitled == y.retitled && plain->cancellations == fast->cancellations;
    };
    if (!same_ingest(core::IngestFeed(text, shown->live, &taken_error, limits, 0, &shown_from))) {
      return "ingested after the poll before, it differs from an ingest that reads every item";
    }
    // As FeedSession does it: the incidents taken over moved out of what is shown, which a
    // refused feed leaves as it was, read into the tape that read the poll before.
    std::vector<core::Incident> movable = shown->live;
    core::JsonTape kept_tape;
    core::JsonTape::ParseError ignored;
    kept_tape.Read(before_text, limits.max_depth, &ignored);
    const core::ShownFrom moving{shown->format, before_text, &shown->sources, &movable, &kept_tape};
    const auto moved = core::IngestFeed(text, movable, &taken_error, limits, 0, &moving);
    if (!same_ingest(moved)) return "ingested moving what it takes over, it differs from an ingest that reads every item";
    if (!moved && movable != shown->live) return "a refused feed changed the incidents shown";
  }
  if (same) return {};
  return std::string("format ") + core::FeedFormatName(format) + ": read after the poll before, it " +
         (taken ? "is accepted" : "is refused [" + taken_error.ToString() + "]") + " otherwise than on its own (" +
         (fresh ? "accepted" : "refused [" + fresh_error.ToString() + "]") + ")";
}

}  // namespace beredd::test
