// Indexes into a vector, found by hash: an open-addressing table of integers, so 20,000 entries
// cost one allocation instead of 20,000 nodes (std::unordered_map's). The caller keeps what the
// indexes point at and says what matches. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace beredd::core {

class IndexTable {
 public:
  // Empties it, with room for `entries` before it is half full.
  void Reset(std::size_t entries) {
    std::size_t capacity = 16;
    while (capacity < entries * 2) capacity *= 2;
    slots_.assign(capacity, 0);
    size_ = 0;
  }
  // Whether one more entry would fill it beyond half: then Reset bigger and insert all again.
  bool Full() const { return (size_ + 1) * 2 > slots_.size(); }
  // Adds `index` under `hash` (Reset first, and not when Full()).
  void Insert(std::size_t hash, std::uint32_t index) {
    std::size_t slot = hash & (slots_.size() - 1);
    while (slots_[slot] != 0) slot = (slot + 1) & (slots_.size() - 1);
    slots_[slot] = index + 1;
    ++size_;
  }
  // The first index under `hash` for which `matches(index)` is true.
  template <class Matches>
  std::optional<std::uint32_t> Find(std::size_t hash, Matches matches) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = hash & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
      if (matches(slots_[slot] - 1)) return slots_[slot] - 1;
    }
    return std::nullopt;
  }

  // Keyed by a string (ids): `key_of(index)` is the key an index stands for, kept by the caller.
  static std::size_t HashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }
  void Insert(std::string_view key, std::uint32_t index) { Insert(HashOf(key), index); }
  template <class KeyOf>
  std::optional<std::uint32_t> FindKey(std::string_view key, KeyOf key_of) const {
    return FindKey(HashOf(key), key, key_of);
  }
  // The same with `key`'s hash already made: one hash can serve several tables.
  template <class KeyOf>
  std::optional<std::uint32_t> FindKey(std::size_t hash, std::string_view key, KeyOf key_of) const {
    return Find(hash, [&](std::uint32_t index) { return key_of(index) == key; });
  }

 private:
  std::vector<std::uint32_t> slots_;  // index + 1; 0: empty
  std::size_t size_ = 0;
};

}  // namespace beredd::core
