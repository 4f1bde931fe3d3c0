// The one-pass JSON reader (core/base/json_tape.h) and the feed reader built on it: every
// sample feed and a set of awkward texts read exactly as the nlohmann reference reads them,
// and the reader's own rules (numbers, escapes, repairs, duplicate names, depth).
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/base/fast_decimal.h"
#include "core/base/json_tape.h"
#include "tests/core/feed_equality.h"
#include "tests/core/feed_files.h"

namespace beredd::test {
namespace {

using core::FeedFormat;
using core::JsonTape;
using core::JsonValue;

constexpr FeedFormat kFormats[] = {FeedFormat::Auto, FeedFormat::GeoJson, FeedFormat::Polisen,
                                   FeedFormat::Cap, FeedFormat::Krisinformation, FeedFormat::Smhi};

JsonTape MustRead(std::string_view text) {
  JsonTape::ParseError error;
  auto tape = JsonTape::Parse(text, 64, &error);
  BOOST_TEST_REQUIRE(tape.has_value(), error.message);
  return std::move(*tape);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_tape)

BOOST_AUTO_TEST_CASE(every_sample_feed_reads_as_nlohmann_reads_it) {
  for (const char* name : {"polisen.json", "vma_cap.json", "krisinformation.json", "smhi_warnings.json",
                           "beredd_geojson.json"}) {
    const std::string text = ReadFeedFile(name);
    BOOST_TEST_REQUIRE(!text.empty(), name);
    for (FeedFormat format : kFormats) BOOST_TEST(FeedReadersDiffer(text, format) == "", name);
  }
}

BOOST_AUTO_TEST_CASE(awkward_texts_read_as_nlohmann_reads_them) {
  const std::string police = R"({"id": 1, "datetime": "2025-06-07 7:32:06 +02:00", "name": "N", "type": "Brand",
                                 "location": {"name": "Örebro", "gps": "59.27,15.21"}})";
  for (const std::string& text : std::vector<std::string>{
           "[" + police + "]",
           "\xEF\xBB\xBF[" + police + "]  \n",                              // byte order mark
           "[" + police + std::string("]\0[[[garbage\0", 14),                // NUL ends the text
           R"([{"id": 1, "id": 2, "datetime": "2025-06-07 7:32:06 +02:00", "name": "a\u00e5\ud83d\ude00",
               "location": {"name": "Örebro", "gps": " 59.27e0 , 15.21"}}])",  // duplicate, escapes, strtod's way
           "[{\"id\": -0, \"datetime\": \"2025-06-07 7:32:06 +02:00\", \"name\": \"\xC3\x28\", \"location\": {\"name\": \"Örebro\"}}]",
           R"([{"id": 18446744073709551616, "datetime": "x", "location": {}}])",  // beyond 64 bits: a double
           R"([{"id": 1e400}])", R"([{"name": "\ud800"}])", R"([1,])", "[\"a\x01\"]", R"({"a" 1})",
           "[1] x", std::string(70, '[') + "1 x", R"({"type": "FeatureCollection", "features": [{"type": 5}]})",
       }) {
    for (FeedFormat format : kFormats) BOOST_TEST(FeedReadersDiffer(text, format) == "", text);
  }
}

BOOST_AUTO_TEST_CASE(numbers_are_what_nlohmann_and_strtod_make_of_them) {
  const JsonTape tape = MustRead(R"([0, -0, 18446744073709551615, -9223372036854775808, 18446744073709551616,
                                     59.329323, -0.0, 1e22, 123456789012345678901234, 2.2250738585072011e-308])");
  std::vector<JsonValue> values;
  for (const JsonValue value : tape.Root()) values.push_back(value);
  BOOST_TEST_REQUIRE(values.size() == 10u);
  BOOST_TEST(values[0].IntegerText() == "0");
  BOOST_TEST(values[1].IntegerText() == "0");
  BOOST_TEST(values[2].IntegerText() == "18446744073709551615");
  BOOST_TEST(values[3].IntegerText() == "-9223372036854775808");
  BOOST_TEST(!values[4].IsInteger());  // too large: a double, as nlohmann makes it
  for (std::size_t i = 4; i < values.size(); ++i) {
    BOOST_TEST(values[i].IsNumber());
  }
  const char* texts[] = {"18446744073709551616", "59.329323", "-0.0", "1e22", "123456789012345678901234",
                         "2.2250738585072011e-308"};
  for (std::size_t i = 0; i < 6; ++i) {
    const double expected = std::strtod(texts[i], nullptr);
    BOOST_TEST(values[4 + i].Number() == expected, texts[i]);
    BOOST_TEST(std::signbit(values[4 + i].Number()) == std::signbit(expected), texts[i]);
  }
  BOOST_TEST(*core::FastDecimal("0.1") == 0.1);
  BOOST_TEST(!core::FastDecimal("9007199254740993").has_value());  // beyond 2^53: strtod decides
  JsonTape::ParseError error;
  BOOST_TEST(!JsonTape::Parse("[1e400]", 64, &error).has_value());
  BOOST_TEST(!JsonTape::Parse("[01]", 64, &error).has_value());
}

BOOST_AUTO_TEST_CASE(strings_escapes_repairs_and_names) {
  const JsonTape tape = MustRead("{\"a\": \"x\\n\\u00e5\\ud83d\\ude00\", \"b\": \"\xFF\xC3\xA5\", \"a\": \"last\"}");
  const JsonValue root = tape.Root();
  BOOST_TEST(root.Size() == 3u);
  BOOST_TEST(root.Find("a")->String() == "last");  // the last of duplicate names, as nlohmann keeps
  BOOST_TEST(root.Find("b")->String() == "\xEF\xBF\xBD\xC3\xA5");  // one U+FFFD per invalid byte
  const JsonTape escaped = MustRead(R"(["x\n\u00e5\ud83d\ude00"])");
  BOOST_TEST((*escaped.Root().begin()).String() == "x\n\xC3\xA5\xF0\x9F\x98\x80");
  JsonTape::ParseError error;
  BOOST_TEST(!JsonTape::Parse(R"(["\udc00"])", 64, &error).has_value());
  BOOST_TEST(!JsonTape::Parse("[\"a\tb\"]", 64, &error).has_value());
  BOOST_TEST(!JsonTape::Parse(std::string(65, '[') + std::string(65, ']'), 64, &error).has_value());
  BOOST_TEST(error.too_deep);
  BOOST_TEST(error.offset == 64u);
  BOOST_TEST(JsonTape::Parse(std::string(64, '[') + std::string(64, ']'), 64, &error).has_value());
  // Beyond what a node's count holds (a feed is refused at 8 MB long before): refused, said why.
  BOOST_TEST(!JsonTape::Parse("[\"" + std::string(JsonTape::kMaxText, 'a') + "\"]", 64, &error).has_value());
  BOOST_TEST(error.message == "longer than 64 MB, which this reader does not take");
}

// A poll is read into the tape that read the poll before (FeedSession keeps it): nothing of
// the text before shows through, and a refused text leaves it ready for the next.
BOOST_AUTO_TEST_CASE(a_tape_read_again_holds_only_the_new_text) {
  JsonTape tape;
  JsonTape::ParseError error;
  const std::string before = R"({"a": "x\u00e5", "list": [1, 2, 3, {"deep": [true]}], "b": "\n"})";
  BOOST_TEST_REQUIRE(tape.Read(before, 64, &error));
  BOOST_TEST(tape.Root().Find("a")->String() == "x\xC3\xA5");
  BOOST_TEST_REQUIRE(tape.Read(R"(["\t", {"a": 7}])", 64, &error));
  const JsonValue root = tape.Root();
  BOOST_TEST(root.Size() == 2u);
  BOOST_TEST((*root.begin()).String() == "\t");  // not the escaped string of the text before
  BOOST_TEST(root.Find("a").has_value() == false);
  std::vector<double> numbers;
  for (JsonValue element : root) {
    if (element.IsObject()) numbers.push_back(element.Find("a")->Number());
  }
  BOOST_TEST(numbers == std::vector<double>{7.0});
  JsonTape::ParseError fresh_error;
  BOOST_TEST(!JsonTape::Parse("[1, }", 64, &fresh_error).has_value());
  BOOST_TEST(!tape.Read("[1, }", 64, &error));
  BOOST_TEST(error.message == fresh_error.message);
  BOOST_TEST(error.offset == fresh_error.offset);
  BOOST_TEST_REQUIRE(tape.Read(R"({"b": "again"})", 64, &error));
  BOOST_TEST(tape.Root().Find("b")->String() == "again");
  BOOST_TEST(tape.Root().Size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace beredd::test
