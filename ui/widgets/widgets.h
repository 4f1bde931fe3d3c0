// Beredd's widget helpers: ImGui widgets that also record themselves in the semantic tree, so
// every interactive element reaches the ARIA mirror and the tests. `key` is a stable, content-
// derived id ("numbers.emergency", an incident id), never a loop index or the visible label.
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include <optional>
#include <string_view>

#include "imgui.h"
#include "ui/widgets/semantic_tree.h"
#include "ui/widgets/theme.h"

namespace beredd::ui {

struct CardStyle {
  FontRole title_font = FontRole::Heading;
  FontRole subtitle_font = FontRole::Strong;
  FontRole detail_font = FontRole::Body;
  ImU32 fill = colors::kCard;
  ImU32 fill_hover = colors::kCardHover;
  ImU32 text = colors::kInk;
  ImU32 border = colors::kCardBorder;
  float padding = 16.0f;
};

struct CardOptions {
  float width = 0;       // 0: the rest of the row
  float min_height = 0;  // grows to fit the wrapped text
  Role role = Role::Button;
  std::string_view href;      // for Role::Link, e.g. "tel:112"
  std::string_view subtitle;  // a bold line under the title; part of the accessible name
  std::string_view description;  // for screen readers instead of the detail (what the caller
                                 // draws on the card itself)
  bool current = false;
};

// A large target: a title, an optional bold subtitle and a wrapped detail text. Its accessible
// name is "title subtitle"; the detail is its description. Returns true when activated by
// pointer, keyboard navigation or the ARIA mirror.
bool CardButton(std::string_view key, std::string_view title, std::string_view detail,
                const CardStyle& style, const CardOptions& options = {});

// The same card as text only (nothing to activate), e.g. a phone number on a kiosk, which
// cannot call it.
void Card(std::string_view key, std::string_view title, std::string_view detail,
          const CardStyle& style, const CardOptions& options = {});

// A checklist line: a box with a tick when `checked`, then the wrapped `text`; the whole card
// is one toggle (aria-pressed). Returns true when activated.
bool CheckCard(std::string_view key, std::string_view text, bool checked);

// A large area to tap in rhythm (the CPR practice trainer). It reacts on press, not release,
// and its mirror element takes any key, so the moment of each tap is the moment of the push.
// `flash` draws it pressed (the tap just registered).
bool TapPad(std::string_view key, std::string_view label, ImVec2 size, bool flash);

// The height CardButton will take for this text at `width`.
float CardHeight(std::string_view title, std::string_view detail, const CardStyle& style,
                 float width, std::string_view subtitle = {});

struct ButtonOptions {
  std::string_view name;  // the accessible name when the label alone is not enough ("+" ->
                          // "4B redovisade +1"); it must contain the label
  ImVec2 size{0, 0};      // 0: fit the label
};

// A plain button, e.g. "Till start".
bool TextButton(std::string_view key, std::string_view label, const ButtonOptions& options = {});

// Continues the current row if `width` more fits before the right margin, else starts a new
// one: rows of buttons wrap on a phone instead of running off the screen.
void SameLineIfFits(float width);

// A button among alternatives; `selected` draws it filled and is exposed as aria-pressed.
bool ToggleButton(std::string_view key, std::string_view label, bool selected);

// A text field with a visible label above it. The browser's own <input> or <textarea> (the
// mirror's element for this node) is placed over the box reserved here, so typing gets the
// platform's soft keyboard, input methods, spelling and screen reader. Returns the text typed
// so far; ClearTextField empties it (after the view has used it). `initial` is shown until
// something is typed: text the app keeps (a saved plan), shown again after a reload.
std::string_view TextField(std::string_view key, std::string_view label, FieldKind kind,
                           float width = 0, std::string_view initial = {});
void ClearTextField(std::string_view key);

// Where a row sits in a long list, for the mirror's list semantics: the list's key and name
// ("Händelser (19920)"), how many rows it has and this row's place, from 1.
struct ListPlace {
  std::string_view list;
  std::string_view list_name;
  int size = 0;
  int position = 0;
};

// A fixed-height row of a long list: a line of title and a line of detail, each cut with "…"
// when too long (the full title is its accessible name; `description`, the detail and more,
// is its description).
bool ListRow(std::string_view key, std::string_view title, std::string_view detail,
             std::string_view description, float height, bool selected, const ListPlace& place);

// A row an ImGuiListClipper list does not draw because it is scrolled away, recorded when it is
// near the rows in view (a list records a margin of them, not all 20,000): Tab and a screen
// reader reach it, activating it works, and focusing it scrolls the list to `content_y` (where
// the row would be drawn, in screen space). Its node sits one pixel high on the list window's
// top or bottom edge, whichever it is beyond: a fixed place while the list scrolls, so a scroll
// changes only the rows that come into or leave view.
bool UndrawnListRow(std::string_view key, std::string_view title, std::string_view description,
                    float content_y, bool selected, const ListPlace& place);

// The row of long list `list` the mirror asked to see (a key went to the list's end, or a page
// further), from 1, once; 0 when none.
int TakeListReveal(std::string_view list);

// Reserves `size` for the map, which the platform draws over it (the mirror's element for this
// node hosts Leaflet). `label` names the region for screen readers.
void MapArea(std::string_view key, std::string_view label, ImVec2 size);

// Wrapped text in the page's structure.
// `font` overrides the level's usual font (level 1: Heading, others: Strong).
void Heading(std::string_view key, std::string_view text, int level,
             std::optional<FontRole> font = std::nullopt);
void Paragraph(std::string_view key, std::string_view text, Role role = Role::Text);
// A highlighted message (yellow box, red edge) announced to screen readers as a status.
void Notice(std::string_view key, std::string_view text);
// A bold label followed by wrapped text, read as one: "Säkerhet: Kontrollera att ...".
void LabeledParagraph(std::string_view key, std::string_view label, std::string_view text);

// Records into `region` for the lifetime of the scope.
class RegionScope {
 public:
  explicit RegionScope(Region region);
  ~RegionScope();
  RegionScope(const RegionScope&) = delete;
  RegionScope& operator=(const RegionScope&) = delete;

 private:
  Region previous_;
};

}  // namespace beredd::ui
