// Problem-collecting JSON reader. Layer: core (std + nlohmann).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/base/json_reader.h"

#include <algorithm>
#include <cctype>

namespace beredd::core {
namespace {

using nlohmann::json;

// Finds where a parse fails: nlohmann reports the byte offset to a SAX handler without
// throwing. Every other event just continues.
struct ErrorLocator : nlohmann::json_sax<json> {
  std::size_t position = 0;
  std::string what;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t byte, const std::string&, const nlohmann::detail::exception& e) override {
    position = byte;
    what = e.what();
    return false;
  }
};

std::string TypeName(const json& value) { return value.type_name(); }

// JSON pointer escaping (RFC 6901): "~" -> "~0", "/" -> "~1".
std::string EscapePointer(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

}  // namespace

std::optional<json> ParseJson(std::string_view text, std::string_view file,
                              std::vector<Problem>& problems) {
  json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (!doc.is_discarded()) return doc;
  ErrorLocator locator;
  json::sax_parse(text.begin(), text.end(), &locator, nlohmann::detail::input_format_t::json,
                  /*strict=*/true);
  // nlohmann counts the failing byte from 1; turn it into a line and column.
  const std::size_t offset = std::min(text.size(), locator.position > 0 ? locator.position - 1 : 0);
  const std::string_view before = text.substr(0, offset);
  const std::size_t line = 1 + std::count(before.begin(), before.end(), '\n');
  const std::size_t line_start = before.rfind('\n');
  const std::size_t column = offset - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
  std::string message = "not valid JSON at line " + std::to_string(line) + ", column " +
                        std::to_string(column);
  if (!locator.what.empty()) message += " (" + locator.what + ")";
  problems.push_back({std::string(file), "", message});
  return std::nullopt;
}

std::string JsonReader::Join(const std::string& path, std::string_view key) {
  return path + "/" + EscapePointer(key);
}

std::string JsonReader::Join(const std::string& path, std::size_t index) {
  return path + "/" + std::to_string(index);
}

void JsonReader::Report(std::string path, std::string message) {
  problems_.push_back({file_, std::move(path), std::move(message)});
}

const json* JsonReader::Member(const json& object, const std::string& path, std::string_view key,
                               bool required) {
  if (!object.is_object()) return nullptr;  // the caller already reported the container
  auto it = object.find(key);
  if (it == object.end()) {
    if (required) Report(Join(path, key), "missing field \"" + std::string(key) + "\"");
    return nullptr;
  }
  return &*it;
}

const json* JsonReader::Object(const json& object, const std::string& path, std::string_view key,
                               bool required) {
  const json* value = Member(object, path, key, required);
  if (value != nullptr && !value->is_object()) {
    Report(Join(path, key), "wrong type: expected an object, found " + TypeName(*value));
    return nullptr;
  }
  return value;
}

const json* JsonReader::Array(const json& object, const std::string& path, std::string_view key,
                              bool required) {
  const json* value = Member(object, path, key, required);
  if (value != nullptr && !value->is_array()) {
    Report(Join(path, key), "wrong type: expected an array, found " + TypeName(*value));
    return nullptr;
  }
  return value;
}

std::optional<std::string> JsonReader::Text(const json& object, const std::string& path,
                                            std::string_view key, bool required) {
  const json* value = Member(object, path, key, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    Report(Join(path, key), "wrong type: expected a string, found " + TypeName(*value));
    return std::nullopt;
  }
  const std::string& text = value->get_ref<const std::string&>();
  if (std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); })) {
    Report(Join(path, key), "empty text");
    return std::nullopt;
  }
  return text;
}

std::optional<long long> JsonReader::Integer(const json& object, const std::string& path,
                                             std::string_view key, bool required) {
  const json* value = Member(object, path, key, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number_integer()) {
    Report(Join(path, key), "wrong type: expected an integer, found " + TypeName(*value));
    return std::nullopt;
  }
  if (value->is_number_unsigned() && value->get<unsigned long long>() > 1'000'000'000ULL) {
    Report(Join(path, key), "number out of range");
    return std::nullopt;
  }
  return value->get<long long>();
}

std::optional<bool> JsonReader::Boolean(const json& object, const std::string& path,
                                         std::string_view key, bool required) {
  const json* value = Member(object, path, key, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) {
    Report(Join(path, key), "wrong type: expected true or false, found " + TypeName(*value));
    return std::nullopt;
  }
  return value->get<bool>();
}

std::optional<double> JsonReader::Number(const json& object, const std::string& path,
                                         std::string_view key, bool required) {
  const json* value = Member(object, path, key, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number()) {
    Report(Join(path, key), "wrong type: expected a number, found " + TypeName(*value));
    return std::nullopt;
  }
  return value->get<double>();
}

}  // namespace beredd::core
