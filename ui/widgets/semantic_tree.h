// The semantic tree: what each frame shows, as {stable id, role, name, state, rectangle}.
// Layer: ui (no JSON, no I/O, no Emscripten). web/ mirrors it into ARIA DOM; tests assert on it.
// Like ImGui's own context, the tree being recorded is a "current" pointer set per frame.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace beredd::ui {

enum class Role { Button, Link, Heading, Text, Status, Field, Map };

// Role::Map is the box where the platform's map (Leaflet) is shown: the mirror's element for it
// hosts the map, like a Field's hosts the browser's text field.
// What a Role::Field edits. The mirror makes it a real <input> or <textarea>.
enum class FieldKind { Text, Number, MultiLine };

// A button that selects one of several options reports whether it is the selected one.
enum class Toggle { None, Off, On };

// Where a node lives in the page's landmark structure.
enum class Region { Banner, Main };

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;  // CSS pixels, relative to the canvas' top-left corner
  bool operator==(const Rect&) const = default;
};

struct SemanticNode {
  std::string id;           // stable across frames and sessions: derived from content keys
  Role role = Role::Text;
  Region region = Region::Main;
  std::string name;         // accessible name (the visible label)
  std::string description;  // extra visible text belonging to the element
  std::string href;         // links only, e.g. "tel:112"
  int level = 0;            // headings only: 1..3
  bool current = false;     // aria-current: the entry for what is already shown
  Toggle toggle = Toggle::None;  // aria-pressed
  FieldKind field = FieldKind::Text;  // fields only
  std::string value;                  // fields only: the text typed so far
  bool any_key = false;  // buttons only: every key press activates it, on key down (a tap pad)
  // A row of a long list, of which only the rows near those in view are recorded: the list's
  // key and name, its length and the row's place in it, from 1 (aria-setsize, aria-posinset).
  std::string list;
  std::string list_name;
  int set_size = 0;
  int pos_in_set = 0;
  Rect rect;     // where the item is laid out, even where it is scrolled out of sight
  // The part of `rect` that can be seen: pinned bars and scrolled-out parts cut away. When
  // nothing can be seen (`hidden`), a 1 px strip on the edge of the visible area it left by, so
  // the mirror keeps it for screen readers but no pointer can reach it through other widgets.
  Rect visible;
  bool hidden = false;
  bool operator==(const SemanticNode&) const = default;
};

class SemanticTree {
 public:
  // Starts a frame's recording. Pending requests survive until EndFrame().
  void BeginFrame();
  // Ends the frame. An activation whose element this frame did not show is dropped (its screen
  // is gone); one whose element is shown waits for the next frame. A reveal nobody consumed is
  // dropped.
  void EndFrame();

  void SetRegion(Region region) { region_ = region; }
  Region region() const { return region_; }

  // Records a node in the current region.
  void Add(SemanticNode node);
  // The node recorded last, for a widget to add to what Record() gave it; null when none.
  SemanticNode* last() { return nodes_.empty() ? nullptr : &nodes_.back(); }

  const std::vector<SemanticNode>& nodes() const { return nodes_; }
  const SemanticNode* Find(std::string_view id) const;
  const SemanticNode* FindByName(Role role, std::string_view name) const;

  // Asks the element `id` to act as if clicked (from the ARIA mirror). Requests are kept in
  // order and none is lost: two clicks before the next frame are two activations, applied one
  // per frame in the order they came.
  void RequestActivation(std::string id) { pending_activations_.push_back(std::move(id)); }
  bool HasPendingActivation() const { return !pending_activations_.empty(); }
  // True for the element whose activation is next in line, once per request and at most once
  // per frame.
  bool ConsumeActivation(std::string_view id);

  // Asks the element `id` to be scrolled into view during the next frame (its mirror element
  // got keyboard or screen-reader focus while outside the visible area).
  void RequestReveal(std::string id) { pending_reveal_ = std::move(id); }
  bool ConsumeReveal(std::string_view id);
  // Asks the long list `list` to scroll its row at `position` (from 1) into view during the next
  // frame: a row not recorded yet (a key went to the list's end, or a page further).
  void RequestRevealPosition(std::string list, int position) {
    pending_reveal_list_ = std::move(list);
    pending_reveal_position_ = position;
  }
  // The position to reveal in `list`, once, or 0.
  int ConsumeRevealPosition(std::string_view list);

  // Text typed into the field `id`. Fields are edited by the platform (the mirror's <input>),
  // which reports every change here; like ImGui's own InputText state, it outlives frames.
  void SetFieldValue(const std::string& id, std::string value);
  std::string_view FieldValue(std::string_view id) const;
  // Whether anything was typed into `id` (or set) since the values were last cleared; an
  // emptied field counts.
  bool HasFieldValue(std::string_view id) const { return field_values_.find(id) != field_values_.end(); }
  // Forgets everything typed (a kiosk session ends).
  void ClearFieldValues() { field_values_.clear(); }

 private:
  std::vector<SemanticNode> nodes_;
  std::deque<std::string> pending_activations_;  // oldest first
  bool consumed_activation_ = false;  // during the frame being recorded
  std::string pending_reveal_;
  std::string pending_reveal_list_;
  int pending_reveal_position_ = 0;
  std::map<std::string, std::string, std::less<>> field_values_;
  Region region_ = Region::Main;
};

// The tree widgets record into; nullptr records nothing. Set by whoever runs the frame.
void SetCurrentSemanticTree(SemanticTree* tree);
SemanticTree* CurrentSemanticTree();

std::string_view RoleName(Role role);  // ARIA role name, e.g. "button"

// The semantic id of an ImGui item id, e.g. "n38f356c0". Deterministic: ImGui ids are hashes
// of the ID stack, which views build from content keys.
std::string SemanticId(unsigned imgui_id);

}  // namespace beredd::ui
