// Whether the one-pass reader (ParseFeed) reads a text exactly as the nlohmann reference
// (ParseFeedWithNlohmann) does; shared by core's tests and the differential fuzzer.
// Layer: tests (core + nlohmann). Must not include ui, web or Boost.
#pragma once

#include <string>
#include <string_view>

#include "core/feed/feed.h"
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

}  // namespace beredd::test
