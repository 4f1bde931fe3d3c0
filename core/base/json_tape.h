// A read-only JSON document for untrusted feeds, read in one pass: depth and UTF-8 checked as
// the bytes go by, unescaped strings kept as views into the text, numbers read in place, all
// values nodes of one flat vector (a handful of allocations for 20,000 items). Content packs
// keep nlohmann, where clarity beats speed.
// Layer: core (std only). Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace beredd::core {

class JsonValue;

// Where a value's bytes are in the text it was read from; size 0 when that is not known.
struct JsonSpan {
  std::uint32_t offset = 0, size = 0;
};

class JsonTape {
 public:
  // Integer is a negative whole number, Unsigned a non-negative one, as nlohmann keeps them.
  enum class Kind : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

  struct ParseError {
    std::size_t offset = 0;  // byte offset into the text
    bool too_deep = false;   // nesting beyond max_depth (otherwise: not JSON)
    std::string message;
  };

  // Reads `text` (RFC 8259, a UTF-8 byte order mark allowed at the start, and anything after a
  // NUL byte that follows the value ignored, as nlohmann does). Invalid UTF-8 in a
  // string becomes U+FFFD, one per bad byte, so one bad item does not refuse a whole feed.
  // Strings without escapes or repairs point into `text`, which must outlive the tape.
  static std::optional<JsonTape> Parse(std::string_view text, int max_depth, ParseError* error);

  // Reads `text` as Parse does, into this tape's memory: a feed polled every 30 s comes back at
  // about the same size, and 20,000 items' nodes (~6 MB) need not be allocated and first
  // touched again on every poll. False (and the tape empty) when Parse would refuse the text.
  bool Read(std::string_view text, int max_depth, ParseError* error);
  static constexpr std::size_t kMaxText = (std::size_t{1} << 26) - 1;  // Read refuses a longer text

  JsonValue Root() const;

  // Building by hand (tests, and documents converted from another parser): values in document
  // order; Open returns the container's node, which Close(node) ends.
  void AddNull();
  void AddBoolean(bool value);
  void AddInteger(std::int64_t value);
  void AddUnsigned(std::uint64_t value);
  void AddFloat(double value);
  void AddString(std::string_view value);  // copied into the tape
  void AddKey(std::string_view key);       // an object's member name, before its value
  std::uint32_t Open(Kind container);
  void Close(std::uint32_t container);

 private:
  friend class JsonValue;
  friend class JsonTapeParser;

  // 16 bytes: a 20,000-event feed has 380,000 of them, written on every poll. The kind, the
  // owned flag and the count share a word, so a count stays below 2^28: a repaired string is
  // at most three times its bytes, and a text at most kMaxText (64 MB; a feed, 8).
  struct Node {
    std::uint32_t tag = 0;     // the kind in bits 0-2, owned in bit 3, the count above
    std::uint32_t next = 0;    // the node after this value and everything inside it
    union {
      std::int64_t integer = 0;
      std::uint64_t whole;     // Unsigned; Boolean: 0 or 1
      double number;
      std::uint32_t offset;    // String: where its bytes start, in text_ or owned_
      struct {
        std::uint32_t offset, size;
      } span;                  // Array, Object: its bytes in text_ (size 0 when built by hand)
    };

    Kind kind() const { return static_cast<Kind>(tag & 7u); }
    bool owned() const { return (tag & 8u) != 0; }  // String: its bytes are in owned_ (escaped or repaired)
    std::uint32_t count() const { return tag >> 4; }  // Array: elements, Object: members, String: bytes
    void CountOneMore() { tag += 16u; }
  };

  void Clear();
  // A new node at the end, counted as an element when its parent is an array.
  Node& Push(Kind kind);
  Node& PushString(std::string_view bytes, bool owned);

  std::string_view text_;
  std::string owned_;
  std::vector<Node> nodes_;
  std::vector<std::uint32_t> open_;  // the containers being filled, innermost last
};

// One value of a tape. Cheap to copy; valid while the tape is.
class JsonValue {
 public:
  class Iterator {
   public:
    Iterator(const JsonTape* tape, std::uint32_t node) : tape_(tape), node_(node) {}
    JsonValue operator*() const { return {tape_, node_}; }
    Iterator& operator++() {
      node_ = tape_->nodes_[node_].next;
      return *this;
    }
    bool operator!=(const Iterator& other) const { return node_ != other.node_; }

   private:
    const JsonTape* tape_;
    std::uint32_t node_;
  };

  JsonValue(const JsonTape* tape, std::uint32_t node) : tape_(tape), node_(node) {}

  JsonTape::Kind Kind() const { return At().kind(); }
  bool IsNull() const { return Kind() == JsonTape::Kind::Null; }
  bool IsBoolean() const { return Kind() == JsonTape::Kind::Boolean; }
  bool IsString() const { return Kind() == JsonTape::Kind::String; }
  bool IsArray() const { return Kind() == JsonTape::Kind::Array; }
  bool IsObject() const { return Kind() == JsonTape::Kind::Object; }
  bool IsInteger() const { return Kind() == JsonTape::Kind::Integer || Kind() == JsonTape::Kind::Unsigned; }
  bool IsNumber() const { return IsInteger() || Kind() == JsonTape::Kind::Float; }
  // "null", "boolean", "number", "string", "array" or "object", as error messages name them.
  const char* TypeName() const;

  // Elements of an array, members of an object; 0 for anything else.
  std::size_t Size() const { return IsArray() || IsObject() ? At().count() : 0; }
  bool Empty() const { return Size() == 0; }
  // An array's elements (nothing for other values).
  Iterator begin() const { return {tape_, IsArray() ? node_ + 1 : At().next}; }
  Iterator end() const { return {tape_, At().next}; }

  // The member `key` of an object; with duplicate keys the last one, as nlohmann keeps it.
  std::optional<JsonValue> Find(std::string_view key) const;

  bool Boolean() const { return IsBoolean() && At().whole != 0; }  // false unless true
  std::string_view String() const;  // "" unless a string
  double Number() const;            // 0 unless a number
  std::string IntegerText() const;  // a whole number in decimal; "" unless IsInteger()
  // An array's or object's bytes in the text, '[' or '{' to its closing bracket: the same bytes
  // always read as the same value. Size 0 for other values and for a tape built by hand.
  JsonSpan Span() const {
    return IsArray() || IsObject() ? JsonSpan{At().span.offset, At().span.size} : JsonSpan{};
  }
  std::string_view Raw() const {
    const JsonSpan span = Span();
    return tape_->text_.substr(span.offset, span.size);
  }
  bool Equals(std::string_view text) const { return IsString() && String() == text; }

 private:
  const JsonTape::Node& At() const { return tape_->nodes_[node_]; }

  const JsonTape* tape_;
  std::uint32_t node_;
};

}  // namespace beredd::core
