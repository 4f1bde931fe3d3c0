// Widget helpers that draw with ImGui and record the semantic tree. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.

// Index of this file:
// [SECTION] Placing items in the semantic tree
// [SECTION] Cards
// [SECTION] Buttons, the tap pad and toggles
// [SECTION] The map area and text fields
// [SECTION] Text: headings, paragraphs, notices
// [SECTION] Landmark regions

#include "ui/widgets/widgets.h"

#include "imgui_internal.h"  // ImGui::GetItemID, ScrollToItem (public only from 1.88/1.89)

#include <algorithm>
#include <cfloat>
#include <string>
#include <utility>

namespace beredd::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Placing items in the semantic tree
//-----------------------------------------------------------------------------

Rect LastItemRect() {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  return {min.x, min.y, max.x - min.x, max.y - min.y};
}

// Cuts `node.rect` to what the window shows (ImGui's current clip rectangle: the screen
// scrolls under the pinned top bar and banners, a list under its own edges). The mirror puts
// its element there, so a pointer on it can only reach this widget, never one drawn on top.
void ClipToVisible(SemanticNode& node) {
  const ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 clip_min = draw->GetClipRectMin();
  const ImVec2 clip_max = draw->GetClipRectMax();
  const Rect& r = node.rect;
  const float left = std::max(r.x, clip_min.x), right = std::min(r.x + r.w, clip_max.x);
  const float top = std::max(r.y, clip_min.y), bottom = std::min(r.y + r.h, clip_max.y);
  node.hidden = right <= left || bottom <= top;
  if (!node.hidden) {
    node.visible = Rect{left, top, right - left, bottom - top};
  } else {
    const float edge = r.y + r.h <= clip_min.y ? clip_min.y : clip_max.y - 1.0f;
    node.visible = Rect{clip_min.x, edge, clip_max.x - clip_min.x, 1.0f};
  }
}

void PlaceAtLastItem(SemanticNode& node) {
  node.rect = LastItemRect();
  ClipToVisible(node);
}

void Record(ImGuiID id, Role role, std::string_view name, std::string_view description = {},
            std::string_view href = {}, int level = 0, bool current = false,
            Toggle toggle = Toggle::None) {
  SemanticTree* tree = CurrentSemanticTree();
  if (tree == nullptr) return;
  SemanticNode node;
  node.id = SemanticId(id);
  node.role = role;
  node.name = std::string(name);
  node.description = std::string(description);
  node.href = std::string(href);
  node.level = level;
  node.current = current;
  node.toggle = toggle;
  PlaceAtLastItem(node);
  if (tree->ConsumeReveal(node.id)) ImGui::ScrollToItem();
  tree->Add(std::move(node));
}

bool ConsumeMirrorActivation(ImGuiID id) {
  SemanticTree* tree = CurrentSemanticTree();
  return tree != nullptr && tree->ConsumeActivation(SemanticId(id));
}

// The hit area of a custom-drawn button: activated by pointer, keyboard or the mirror.
bool HitArea(std::string_view key, ImVec2 size, ImGuiID& id) {
  const std::string str_id(key);
  const bool clicked = ImGui::InvisibleButton(str_id.c_str(), size);
  id = ImGui::GetItemID();
  return ConsumeMirrorActivation(id) || clicked;
}

// The keyboard focus ring around the last item, when keyboard navigation is in use.
void FocusRing(ImDrawList* draw, ImVec2 min, ImVec2 max, float rounding) {
  if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible) {
    draw->AddRect(ImVec2(min.x - 3, min.y - 3), ImVec2(max.x + 3, max.y + 3), colors::kFocus,
                  rounding + 2, 0, 3.0f);
  }
}

ImVec2 WrappedSize(ImFont* font, std::string_view text, float wrap_width) {
  const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
  return font->CalcTextSizeA(size, FLT_MAX, wrap_width, text.data(), text.data() + text.size());
}

void DrawWrapped(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 color, std::string_view text,
                 float wrap_width) {
  const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
  draw->AddText(font, size, pos, color, text.data(), text.data() + text.size(), wrap_width);
}

}  // namespace

float CardHeight(std::string_view title, std::string_view detail, const CardStyle& style,
                 float width, std::string_view subtitle) {
  const float inner = std::max(1.0f, width - 2 * style.padding);
  float height = 2 * style.padding + WrappedSize(Font(style.title_font), title, inner).y;
  if (!subtitle.empty()) height += 2 + WrappedSize(Font(style.subtitle_font), subtitle, inner).y;
  if (!detail.empty()) height += 4 + WrappedSize(Font(style.detail_font), detail, inner).y;
  return height;
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Cards
//-----------------------------------------------------------------------------

// The card's box and texts at `pos`, `width` x `height`; `hot` when pointed at or pressed.
void DrawCard(ImVec2 pos, float width, float height, std::string_view title, std::string_view detail,
              const CardStyle& style, std::string_view subtitle, bool hot) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + width, pos.y + height);
  draw->AddRectFilled(pos, max, hot ? style.fill_hover : style.fill, 10.0f);
  if (style.border != 0) draw->AddRect(pos, max, style.border, 10.0f, 0, 1.5f);
  const float inner = width - 2 * style.padding;
  ImVec2 text_pos(pos.x + style.padding, pos.y + style.padding);
  DrawWrapped(draw, Font(style.title_font), text_pos, style.text, title, inner);
  text_pos.y += WrappedSize(Font(style.title_font), title, inner).y;
  if (!subtitle.empty()) {
    text_pos.y += 2;
    DrawWrapped(draw, Font(style.subtitle_font), text_pos, style.text, subtitle, inner);
    text_pos.y += WrappedSize(Font(style.subtitle_font), subtitle, inner).y;
  }
  if (!detail.empty()) {
    text_pos.y += 4;
    DrawWrapped(draw, Font(style.detail_font), text_pos, style.text, detail, inner);
  }
}

// The card's width (options.width, or the rest of the row) and height (fitting its text).
std::pair<float, float> CardSize(std::string_view title, std::string_view detail, const CardStyle& style,
                                 const CardOptions& options) {
  const float width = options.width > 0 ? options.width : ImGui::GetContentRegionAvail().x;
  return {width, std::max(options.min_height, CardHeight(title, detail, style, width, options.subtitle))};
}

std::string CardName(std::string_view title, std::string_view subtitle) {
  std::string name(title);
  if (!subtitle.empty()) name.append(" ").append(subtitle);
  return name;
}

}  // namespace

bool CardButton(std::string_view key, std::string_view title, std::string_view detail,
                const CardStyle& style, const CardOptions& options) {
  const auto [width, height] = CardSize(title, detail, style, options);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGuiID id = 0;
  const bool activated = HitArea(key, ImVec2(width, height), id);
  const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
  DrawCard(pos, width, height, title, detail, style, options.subtitle, hot);
  FocusRing(ImGui::GetWindowDrawList(), pos, ImVec2(pos.x + width, pos.y + height), 10.0f);
  const std::string_view description = options.description.empty() ? detail : options.description;
  Record(id, options.role, CardName(title, options.subtitle), description, options.href, 0, options.current);
  return activated;
}

void Card(std::string_view key, std::string_view title, std::string_view detail,
          const CardStyle& style, const CardOptions& options) {
  const auto [width, height] = CardSize(title, detail, style, options);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  DrawCard(pos, width, height, title, detail, style, options.subtitle, false);
  Record(ImGui::GetID(key.data(), key.data() + key.size()), Role::Text, CardName(title, options.subtitle),
         detail);
}

//-----------------------------------------------------------------------------
// [SECTION] Buttons, the tap pad and toggles
//-----------------------------------------------------------------------------

bool CheckCard(std::string_view key, std::string_view text, bool checked) {
  constexpr float kPadding = 14.0f;
  constexpr float kBox = 28.0f;
  constexpr float kGap = 14.0f;
  ImFont* font = Font(FontRole::Body);
  const float width = ImGui::GetContentRegionAvail().x;
  const float wrap = std::max(1.0f, width - 2 * kPadding - kBox - kGap);
  const float height = std::max(kBox, WrappedSize(font, text, wrap).y) + 2 * kPadding;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGuiID id = 0;
  const bool activated = HitArea(key, ImVec2(width, height), id);
  const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + width, pos.y + height);
  draw->AddRectFilled(pos, max, checked ? colors::kSelected : hot ? colors::kCardHover : colors::kCard, 8.0f);
  draw->AddRect(pos, max, checked ? colors::kAccent : colors::kCardBorder, 8.0f, 0, checked ? 2.5f : 1.5f);
  const ImVec2 box(pos.x + kPadding, pos.y + kPadding);
  const ImVec2 box_max(box.x + kBox, box.y + kBox);
  if (checked) {
    draw->AddRectFilled(box, box_max, colors::kAccent, 4.0f);
    const ImVec2 tick[] = {ImVec2(box.x + 6, box.y + 15), ImVec2(box.x + 12, box.y + 21),
                           ImVec2(box.x + 22, box.y + 8)};
    draw->AddPolyline(tick, 3, colors::kOnDark, 0, 3.5f);
  } else {
    draw->AddRect(box, box_max, colors::kInk, 4.0f, 0, 2.0f);
  }
  DrawWrapped(draw, font, ImVec2(box_max.x + kGap, pos.y + kPadding), colors::kInk, text, wrap);
  FocusRing(draw, pos, max, 8.0f);
  Record(id, Role::Button, text, {}, {}, 0, false, checked ? Toggle::On : Toggle::Off);
  return activated;
}


bool TapPad(std::string_view key, std::string_view label, ImVec2 size, bool flash) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const std::string str_id(key);
  // Pressed on the way down: a compression is the push, not the release.
  const bool pressed = ImGui::InvisibleButton(str_id.c_str(), size, ImGuiButtonFlags_PressedOnClick);
  const ImGuiID id = ImGui::GetItemID();
  const bool activated = ConsumeMirrorActivation(id) || pressed;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  draw->AddRectFilled(pos, max, flash || ImGui::IsItemActive() ? colors::kCardHover : colors::kCard, 16.0f);
  draw->AddRect(pos, max, colors::kAccent, 16.0f, 0, 3.0f);
  FocusRing(draw, pos, max, 16.0f);
  ImFont* font = Font(FontRole::Heading);
  const float font_size = font->FontSize * ImGui::GetIO().FontGlobalScale;
  const float wrap = size.x - 32;
  const ImVec2 text = font->CalcTextSizeA(font_size, FLT_MAX, wrap, label.data(), label.data() + label.size());
  draw->AddText(font, font_size, ImVec2(pos.x + (size.x - std::min(text.x, wrap)) * 0.5f, pos.y + (size.y - text.y) * 0.5f),
                colors::kAccent, label.data(), label.data() + label.size(), wrap);
  if (SemanticTree* tree = CurrentSemanticTree()) {
    SemanticNode node;
    node.id = SemanticId(id);
    node.role = Role::Button;
    node.name = std::string(label);
    node.any_key = true;
    PlaceAtLastItem(node);
    tree->Add(std::move(node));
  }
  return activated;
}

bool TextButton(std::string_view key, std::string_view label, const ButtonOptions& options) {
  const std::string imgui_label = std::string(label) + "###" + std::string(key);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kOnDark));
  bool activated = ImGui::Button(imgui_label.c_str(), options.size);
  ImGui::PopStyleColor();
  const ImGuiID id = ImGui::GetItemID();
  activated = ConsumeMirrorActivation(id) || activated;
  Record(id, Role::Button, options.name.empty() ? label : options.name);
  return activated;
}

void SameLineIfFits(float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float row_end = ImGui::GetItemRectMax().x + style.ItemSpacing.x + width;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (row_end <= right) ImGui::SameLine();
}

bool ToggleButton(std::string_view key, std::string_view label, bool selected) {
  const std::string imgui_label = std::string(label) + "###" + std::string(key);
  const ImVec4 accent = ImGui::ColorConvertU32ToFloat4(colors::kAccent);
  const ImVec4 card = ImGui::ColorConvertU32ToFloat4(colors::kCard);
  ImGui::PushStyleColor(ImGuiCol_Button, selected ? accent : card);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                        selected ? accent : ImGui::ColorConvertU32ToFloat4(colors::kCardHover));
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? card : ImGui::ColorConvertU32ToFloat4(colors::kInk));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
  ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(colors::kCardBorder));
  bool activated = ImGui::Button(imgui_label.c_str());
  ImGui::PopStyleColor(4);
  ImGui::PopStyleVar();
  const ImGuiID id = ImGui::GetItemID();
  activated = ConsumeMirrorActivation(id) || activated;
  Record(id, Role::Button, label, {}, {}, 0, false, selected ? Toggle::On : Toggle::Off);
  return activated;
}

std::string_view TextField(std::string_view key, std::string_view label, FieldKind kind,
                           float width, std::string_view initial) {
  constexpr float kLineHeight = 48.0f;
  constexpr float kMultiLineHeight = 120.0f;
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  ImGui::PushFont(Font(FontRole::Strong));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted(label.data(), label.data() + label.size());  // the visible label
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(width, kind == FieldKind::MultiLine ? kMultiLineHeight : kLineHeight);
  // Drawn for the frames before the browser's field covers it, and for print and screenshots
  // without the mirror.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), colors::kCard, 6.0f);
  draw->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), colors::kInk, 6.0f, 0, 2.0f);
  ImGui::Dummy(size);
  const ImGuiID id = ImGui::GetID(key.data(), key.data() + key.size());
  SemanticTree* tree = CurrentSemanticTree();
  if (tree == nullptr) return {};
  SemanticNode node;
  node.id = SemanticId(id);
  if (!initial.empty() && !tree->HasFieldValue(node.id)) tree->SetFieldValue(node.id, std::string(initial));
  node.role = Role::Field;
  node.name = std::string(label);
  node.field = kind;
  node.value = std::string(tree->FieldValue(node.id));
  PlaceAtLastItem(node);
  if (tree->ConsumeReveal(node.id)) ImGui::ScrollToItem();
  tree->Add(std::move(node));
  return tree->FieldValue(SemanticId(id));
}

namespace {

void SetListPlace(SemanticNode& node, const ListPlace& place) {
  node.list = std::string(place.list);
  node.list_name = std::string(place.list_name);
  node.set_size = place.size;
  node.pos_in_set = place.position;
}

}  // namespace

int TakeListReveal(std::string_view list) {
  SemanticTree* tree = CurrentSemanticTree();
  return tree != nullptr ? tree->ConsumeRevealPosition(list) : 0;
}

bool ListRow(std::string_view key, std::string_view title, std::string_view detail,
             std::string_view description, float height, bool selected, const ListPlace& place) {
  constexpr float kPadding = 12.0f;
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGuiID id = 0;
  const bool activated = HitArea(key, ImVec2(width, height), id);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + width, pos.y + height);
  const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
  draw->AddRectFilled(pos, max, selected ? colors::kSelected : hot ? colors::kCardHover : colors::kCard, 8.0f);
  draw->AddRect(pos, max, selected ? colors::kAccent : colors::kCardBorder, 8.0f, 0, selected ? 3.0f : 1.5f);
  FocusRing(draw, pos, max, 8.0f);
  ImFont* strong = Font(FontRole::Strong);
  ImFont* small = Font(FontRole::Small);
  const float scale = ImGui::GetIO().FontGlobalScale;
  const float right = max.x - kPadding;
  const ImVec2 title_pos(pos.x + kPadding, pos.y + kPadding);
  const ImVec2 detail_pos(title_pos.x, title_pos.y + strong->FontSize * scale + 4);
  ImGui::PushFont(strong);
  ImGui::RenderTextEllipsis(draw, title_pos, ImVec2(right, detail_pos.y), right, right,
                            title.data(), title.data() + title.size(), nullptr);
  ImGui::PopFont();
  ImGui::PushFont(small);
  ImGui::RenderTextEllipsis(draw, detail_pos, ImVec2(right, max.y), right, right, detail.data(),
                            detail.data() + detail.size(), nullptr);
  ImGui::PopFont();
  Record(id, Role::Button, title, description, {}, 0, selected);
  if (SemanticTree* tree = CurrentSemanticTree(); tree != nullptr && tree->last() != nullptr) {
    SetListPlace(*tree->last(), place);
  }
  return activated;
}

bool UndrawnListRow(std::string_view key, std::string_view title, std::string_view description,
                    float content_y, bool selected, const ListPlace& place) {
  SemanticTree* tree = CurrentSemanticTree();
  if (tree == nullptr) return false;
  SemanticNode node;
  node.id = SemanticId(ImGui::GetID(key.data(), key.data() + key.size()));
  node.role = Role::Button;
  node.name = std::string(title);
  node.description = std::string(description);
  node.current = selected;
  SetListPlace(node, place);
  const ImVec2 window = ImGui::GetWindowPos();
  const float top = window.y;
  const float bottom = window.y + ImGui::GetWindowSize().y;
  node.rect = Rect{window.x, content_y < top ? top : bottom - 1.0f, ImGui::GetWindowSize().x, 1.0f};
  node.visible = node.rect;
  node.hidden = true;
  if (tree->ConsumeReveal(node.id)) {
    ImGui::SetScrollFromPosY(content_y - window.y, 0.5f);
  }
  const bool activated = tree->ConsumeActivation(node.id);
  tree->Add(std::move(node));
  return activated;
}

//-----------------------------------------------------------------------------
// [SECTION] The map area and text fields
//-----------------------------------------------------------------------------

void MapArea(std::string_view key, std::string_view label, ImVec2 size) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  // The map's sea colour, for the moment before the map covers it.
  ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), colors::kMapSea);
  ImGui::Dummy(size);
  Record(ImGui::GetID(key.data(), key.data() + key.size()), Role::Map, label);
}

void ClearTextField(std::string_view key) {
  if (SemanticTree* tree = CurrentSemanticTree()) {
    tree->SetFieldValue(SemanticId(ImGui::GetID(key.data(), key.data() + key.size())), {});
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Text: headings, paragraphs, notices
//-----------------------------------------------------------------------------

void Heading(std::string_view key, std::string_view text, int level, std::optional<FontRole> font) {
  ImGui::PushFont(Font(font.value_or(level <= 1 ? FontRole::Heading : FontRole::Strong)));
  if (level > 1) ImGui::Spacing();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  Record(ImGui::GetID(key.data(), key.data() + key.size()), Role::Heading, text, {}, {}, level);
}

void Paragraph(std::string_view key, std::string_view text, Role role) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  Record(ImGui::GetID(key.data(), key.data() + key.size()), role, text);
}

void Notice(std::string_view key, std::string_view text) {
  constexpr float kPadding = 12.0f;
  constexpr float kEdge = 6.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);  // the box is drawn behind text whose height is known only after it
  draw->ChannelsSetCurrent(1);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::SetCursorScreenPos(ImVec2(start.x + kEdge + kPadding, start.y + kPadding));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - kEdge - 2 * kPadding);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  const float bottom = ImGui::GetItemRectMax().y + kPadding;
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(start, ImVec2(start.x + width, bottom), colors::kNotice);
  draw->AddRectFilled(start, ImVec2(start.x + kEdge, bottom), colors::kEmergency);
  draw->ChannelsMerge();
  ImGui::SetCursorScreenPos(start);
  ImGui::Dummy(ImVec2(width, bottom - start.y));  // the whole box is the item
  Record(ImGui::GetID(key.data(), key.data() + key.size()), Role::Status, text);
}

void LabeledParagraph(std::string_view key, std::string_view label, std::string_view text) {
  ImGui::BeginGroup();
  ImGui::PushFont(Font(FontRole::Strong));
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  std::string name(label);
  name.append(": ").append(text);
  Record(ImGui::GetID(key.data(), key.data() + key.size()), Role::Text, name);
}

//-----------------------------------------------------------------------------
// [SECTION] Landmark regions
//-----------------------------------------------------------------------------

RegionScope::RegionScope(Region region) {
  SemanticTree* tree = CurrentSemanticTree();
  previous_ = tree != nullptr ? tree->region() : Region::Main;
  if (tree != nullptr) tree->SetRegion(region);
}

RegionScope::~RegionScope() {
  if (SemanticTree* tree = CurrentSemanticTree()) tree->SetRegion(previous_);
}

}  // namespace beredd::ui
