// The one-pass JSON reader and the values it yields. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.

// Index of this file:
// [SECTION] Building a tape
// [SECTION] Reading text: values, strings, numbers
// [SECTION] Values

#include "core/base/json_tape.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "core/base/fast_decimal.h"
#include "core/base/utf8.h"

namespace beredd::core {

//-----------------------------------------------------------------------------
// [SECTION] Building a tape
//-----------------------------------------------------------------------------

JsonTape::Node& JsonTape::Push(Kind kind) {
  if (!open_.empty() && nodes_[open_.back()].kind() == Kind::Array) nodes_[open_.back()].CountOneMore();
  Node& node = nodes_.emplace_back();
  node.tag = static_cast<std::uint32_t>(kind);
  node.next = static_cast<std::uint32_t>(nodes_.size());
  return node;
}

JsonTape::Node& JsonTape::PushString(std::string_view bytes, bool owned) {
  const std::size_t offset = owned ? owned_.size() : static_cast<std::size_t>(bytes.data() - text_.data());
  if (owned) owned_.append(bytes);
  Node& node = Push(Kind::String);
  node.tag |= (owned ? 8u : 0u) | static_cast<std::uint32_t>(bytes.size()) << 4;
  node.offset = static_cast<std::uint32_t>(offset);
  return node;
}

void JsonTape::AddNull() { Push(Kind::Null); }
void JsonTape::AddBoolean(bool value) { Push(Kind::Boolean).whole = value ? 1 : 0; }
void JsonTape::AddInteger(std::int64_t value) { Push(Kind::Integer).integer = value; }
void JsonTape::AddUnsigned(std::uint64_t value) { Push(Kind::Unsigned).whole = value; }
void JsonTape::AddFloat(double value) { Push(Kind::Float).number = value; }
void JsonTape::AddString(std::string_view value) { PushString(value, true); }

void JsonTape::AddKey(std::string_view key) {
  nodes_[open_.back()].CountOneMore();
  PushString(key, true);
}

std::uint32_t JsonTape::Open(Kind container) {
  Push(container);
  const auto node = static_cast<std::uint32_t>(nodes_.size() - 1);
  open_.push_back(node);
  return node;
}

void JsonTape::Close(std::uint32_t container) {
  nodes_[container].next = static_cast<std::uint32_t>(nodes_.size());
  open_.pop_back();
}

JsonValue JsonTape::Root() const {
  static_assert(sizeof(Node) == 16, "a node per value: keep it small");
  return {this, 0};
}

//-----------------------------------------------------------------------------
// [SECTION] Reading text: values, strings, numbers
//-----------------------------------------------------------------------------

namespace {

// How many bytes from `at` on a string needs only to pass over: ASCII other than '"', '\\' and
// control characters, which are nearly all of a feed. Eight bytes at a time (each test below is
// exact about whether some byte matches, which is all the loop needs), then byte by byte.
std::size_t PlainRun(std::string_view text, std::size_t at) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  std::size_t end = at;
  while (end + 8 <= text.size()) {
    std::uint64_t bytes = 0;
    std::memcpy(&bytes, text.data() + end, 8);
    const std::uint64_t quote = bytes ^ (kOnes * '"');
    const std::uint64_t backslash = bytes ^ (kOnes * '\\');
    const std::uint64_t attention = ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) |
                                    (bytes - kOnes * 0x20) | bytes;  // '"', '\\', < 0x20, >= 0x80
    if ((attention & kHighBits) != 0) break;
    end += 8;
  }
  for (; end < text.size(); ++end) {
    const auto c = static_cast<unsigned char>(text[end]);
    if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
  }
  return end - at;
}

}  // namespace

class JsonTapeParser {
 public:
  JsonTapeParser(std::string_view text, int max_depth, JsonTape& tape)
      : text_(text), max_depth_(max_depth), tape_(tape) {}

  bool Run() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;  // a byte order mark, as nlohmann allows
    SkipSpace();
    if (!Value(0)) return false;
    SkipSpace();
    // A NUL byte ends the text, as it ends it for nlohmann (and for a C string).
    return at_ == text_.size() || text_[at_] == '\0' || Fail(at_, "text after the end of the JSON value");
  }

  JsonTape::ParseError error;

 private:
  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
  char Peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }

  bool Fail(std::size_t at, const char* message) {
    error.offset = at;
    error.message = message;
    return false;
  }

  void SkipSpace() {
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
      ++at_;
    }
  }

  bool Value(int depth) {
    if (at_ >= text_.size()) return Fail(at_, "the text ends where a value should be");
    switch (text_[at_]) {
      case '{': return Container(JsonTape::Kind::Object, depth);
      case '[': return Container(JsonTape::Kind::Array, depth);
      case '"': return String();
      case 't': return Literal("true") && (tape_.AddBoolean(true), true);
      case 'f': return Literal("false") && (tape_.AddBoolean(false), true);
      case 'n': return Literal("null") && (tape_.AddNull(), true);
      default: break;
    }
    if (text_[at_] == '-' || IsDigit(text_[at_])) return Number();
    return Fail(at_, "not a JSON value");
  }

  bool Literal(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) return Fail(at_, "not a JSON value");
    at_ += word.size();
    return true;
  }

  bool Container(JsonTape::Kind kind, int depth) {
    if (depth + 1 > max_depth_) {
      error.too_deep = true;
      return Fail(at_, "nested too deep");
    }
    const bool object = kind == JsonTape::Kind::Object;
    const char close = object ? '}' : ']';
    const std::uint32_t node = tape_.Open(kind);
    const std::size_t begin = at_;
    ++at_;
    SkipSpace();
    if (Peek() == close) {
      ++at_;
      return Close(node, begin);
    }
    for (;;) {
      if (object) {
        if (Peek() != '"') return Fail(at_, "an object member must start with its name in quotes");
        tape_.nodes_[node].CountOneMore();
        if (!String()) return false;
        SkipSpace();
        if (Peek() != ':') return Fail(at_, "a ':' must follow a member's name");
        ++at_;
        SkipSpace();
      }
      if (!Value(depth + 1)) return false;
      SkipSpace();
      const char c = Peek();
      ++at_;
      if (c == close) break;
      if (c != ',') return Fail(at_ - 1, object ? "expected ',' or '}'" : "expected ',' or ']'");
      SkipSpace();
    }
    return Close(node, begin);
  }

  // Ends the container `node` that started at `begin`, at_ being just past its bracket.
  bool Close(std::uint32_t node, std::size_t begin) {
    tape_.nodes_[node].span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(at_ - begin)};
    tape_.Close(node);
    return true;
  }

  // Four hex digits at text_[at_], or -1.
  long Hex4() {
    if (at_ + 4 > text_.size()) return -1;
    long code = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = text_[at_ + k];
      const int digit = IsDigit(c) ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) return -1;
      code = code * 16 + digit;
    }
    at_ += 4;
    return code;
  }

  // After the backslash: appends what the escape stands for to `out`.
  bool Escape(std::string& out) {
    const char c = Peek();
    ++at_;
    switch (c) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: return Fail(at_ - 1, "not a JSON escape");
    }
    long code = Hex4();
    if (code < 0) return Fail(at_, "\\u needs four hex digits");
    if (code >= 0xDC00 && code <= 0xDFFF) return Fail(at_, "a lone low surrogate");
    if (code >= 0xD800 && code <= 0xDBFF) {
      if (text_.substr(at_, 2) != "\\u") return Fail(at_, "a high surrogate without its low half");
      at_ += 2;
      const long low = Hex4();
      if (low < 0xDC00 || low > 0xDFFF) return Fail(at_, "a high surrogate without its low half");
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(out, static_cast<unsigned>(code));
    return true;
  }

  // A string at the opening quote. Plain ASCII (nearly every byte of a feed) is only passed over;
  // the bytes are copied only once an escape or an invalid byte makes them differ from the text.
  bool String() {
    const std::size_t start = ++at_;
    bool copied = false;
    std::string& out = scratch_;
    while (at_ < text_.size()) {
      const std::size_t plain = PlainRun(text_, at_);
      if (copied) out.append(text_.substr(at_, plain));
      at_ += plain;
      if (at_ == text_.size()) break;
      const auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') {
        const std::string_view bytes = copied ? std::string_view(out) : text_.substr(start, at_ - start);
        ++at_;
        tape_.PushString(bytes, copied);
        return true;
      }
      if (c < 0x20) return Fail(at_, "a control character in a string (it must be escaped)");
      const std::size_t length = c == '\\' ? 0 : Utf8SequenceAt(text_, at_);
      if (copied) {
        out.append(text_.substr(at_, length));
      } else if (length == 0) {
        out.assign(text_.substr(start, at_ - start));
        copied = true;
      }
      if (c == '\\') {
        ++at_;
        if (!Escape(out)) return false;
      } else if (length == 0) {
        out.append(kUtf8Replacement);  // one U+FFFD per invalid byte, as a repaired text has
        ++at_;
      } else {
        at_ += length;
      }
    }
    return Fail(start - 1, "a string without its closing quote");
  }

  bool Number() {
    const std::size_t start = at_;
    const bool negative = Peek() == '-';
    if (negative) ++at_;
    if (!IsDigit(Peek())) return Fail(at_, "a number without digits");
    if (Peek() == '0') {
      ++at_;
    } else {
      while (IsDigit(Peek())) ++at_;
    }
    const std::size_t whole_end = at_;
    bool whole = true;
    if (Peek() == '.') {
      ++at_;
      if (!IsDigit(Peek())) return Fail(at_, "a number needs digits after its decimal point");
      while (IsDigit(Peek())) ++at_;
      whole = false;
    }
    if (Peek() == 'e' || Peek() == 'E') {
      ++at_;
      if (Peek() == '+' || Peek() == '-') ++at_;
      if (!IsDigit(Peek())) return Fail(at_, "a number's exponent needs digits");
      while (IsDigit(Peek())) ++at_;
      whole = false;
    }
    const std::string_view token = text_.substr(start, at_ - start);
    if (whole && WholeNumber(text_.substr(start + (negative ? 1 : 0), whole_end - start - (negative ? 1 : 0)), negative)) {
      return true;
    }
    // A fraction, an exponent, or a whole number beyond 64 bits: a double, as nlohmann reads it.
    double value = 0;
    if (const auto exact = FastDecimal(token)) {
      value = *exact;
    } else {
      value = std::strtod(std::string(token).c_str(), nullptr);
    }
    if (!std::isfinite(value)) return Fail(start, "a number too large for a double");
    tape_.AddFloat(value);
    return true;
  }

  // Digits of a whole number, as Unsigned (non-negative) or Integer; false when it does not fit.
  bool WholeNumber(std::string_view digits, bool negative) {
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t value = 0;
    for (const char c : digits) {
      const auto digit = static_cast<std::uint64_t>(c - '0');
      if (value > (kMax - digit) / 10) return false;
      value = value * 10 + digit;
    }
    if (!negative) {
      tape_.AddUnsigned(value);
      return true;
    }
    constexpr std::uint64_t kMinMagnitude = std::uint64_t{1} << 63;
    if (value > kMinMagnitude) return false;
    tape_.AddInteger(value == kMinMagnitude ? std::numeric_limits<std::int64_t>::min()
                                            : -static_cast<std::int64_t>(value));
    return true;
  }

  std::string_view text_;
  int max_depth_;
  JsonTape& tape_;
  std::size_t at_ = 0;
  std::string scratch_;
};

std::optional<JsonTape> JsonTape::Parse(std::string_view text, int max_depth, ParseError* error) {
  JsonTape tape;
  if (!tape.Read(text, max_depth, error)) return std::nullopt;
  return tape;
}

void JsonTape::Clear() {  // keeps the memory
  nodes_.clear();
  owned_.clear();
  open_.clear();
}

bool JsonTape::Read(std::string_view text, int max_depth, ParseError* error) {
  const std::size_t expected_nodes = text.size() / 16 + 1;  // a Police event is about 20 bytes per value
  // Memory kept from a feed far larger than this one is given back.
  if (nodes_.capacity() > 2 * expected_nodes) std::vector<Node>().swap(nodes_);
  Clear();
  text_ = text;
  if (text.size() > kMaxText) {
    if (error) *error = ParseError{kMaxText, false, "longer than 64 MB, which this reader does not take"};
    return false;
  }
  nodes_.reserve(expected_nodes);
  JsonTapeParser parser(text, max_depth, *this);
  if (parser.Run()) return true;
  Clear();
  if (error) *error = std::move(parser.error);
  return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Values
//-----------------------------------------------------------------------------

const char* JsonValue::TypeName() const {
  switch (Kind()) {
    case JsonTape::Kind::Null: return "null";
    case JsonTape::Kind::Boolean: return "boolean";
    case JsonTape::Kind::String: return "string";
    case JsonTape::Kind::Array: return "array";
    case JsonTape::Kind::Object: return "object";
    default: break;
  }
  return "number";
}

std::optional<JsonValue> JsonValue::Find(std::string_view key) const {
  if (!IsObject()) return std::nullopt;
  std::optional<JsonValue> found;
  for (std::uint32_t member = node_ + 1; member != At().next; member = tape_->nodes_[member + 1].next) {
    if (JsonValue(tape_, member).String() == key) found = JsonValue(tape_, member + 1);
  }
  return found;
}

std::string_view JsonValue::String() const {
  const JsonTape::Node& node = At();
  if (node.kind() != JsonTape::Kind::String) return {};
  const std::string_view bytes = node.owned() ? std::string_view(tape_->owned_) : tape_->text_;
  return bytes.substr(node.offset, node.count());
}

double JsonValue::Number() const {
  const JsonTape::Node& node = At();
  switch (node.kind()) {
    case JsonTape::Kind::Integer: return static_cast<double>(node.integer);
    case JsonTape::Kind::Unsigned: return static_cast<double>(node.whole);
    case JsonTape::Kind::Float: return node.number;
    default: break;
  }
  return 0;
}

std::string JsonValue::IntegerText() const {
  const JsonTape::Node& node = At();
  if (node.kind() == JsonTape::Kind::Integer) return std::to_string(node.integer);
  if (node.kind() == JsonTape::Kind::Unsigned) return std::to_string(node.whole);
  return {};
}

}  // namespace beredd::core
