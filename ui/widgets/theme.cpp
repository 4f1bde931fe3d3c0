// Fonts by role from the shipped subset, colours and ImGui's style.
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#include "ui/widgets/theme.h"

#include "ui/glyph_ranges.h"

namespace beredd::ui {
namespace {

// CSS pixel sizes, large enough to read from the back of a classroom on a projector.
constexpr float kBodySize = 20.0f;
constexpr float kSmallSize = 16.0f;
constexpr float kHeadingSize = 30.0f;
constexpr float kDisplaySize = 34.0f;
constexpr float kCountSize = 96.0f;  // the CPR count, read from an arm's length while pushing
constexpr float kProjectorSize = 44.0f;  // drill texts read from 10 m on a 1080p projector
constexpr float kProjectorMaxPixelRatio = 1.5f;

// The count font holds digits, space and '/' only: at 96 px x 3 (phones) a full range would
// make the atlas several megabytes.
constexpr ImWchar kCountGlyphRanges[] = {0x0020, 0x0020, 0x002F, 0x003A, 0};

ImFont* AddFont(ImFontAtlas& atlas, std::span<const unsigned char> ttf, float size,
                const ImWchar* ranges = kGlyphRanges) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 1;  // rasterised at device resolution already; oversampling adds nothing
  config.OversampleV = 1;
  config.PixelSnapH = true;
  // ImGui takes a non-const pointer but never writes when it does not own the data.
  void* data = const_cast<unsigned char*>(ttf.data());
  return atlas.AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), size, &config, ranges);
}

}  // namespace

void BuildFonts(ImFontAtlas& atlas, std::span<const unsigned char> regular_ttf,
                std::span<const unsigned char> bold_ttf, float pixel_ratio, FontSet set) {
  atlas.Clear();
  AddFont(atlas, regular_ttf, kBodySize * pixel_ratio);
  AddFont(atlas, regular_ttf, kSmallSize * pixel_ratio);
  AddFont(atlas, bold_ttf, kBodySize * pixel_ratio);
  AddFont(atlas, bold_ttf, kHeadingSize * pixel_ratio);
  AddFont(atlas, bold_ttf, kDisplaySize * pixel_ratio);
  if (set == FontSet::All) {
    AddFont(atlas, bold_ttf, kCountSize * pixel_ratio, kCountGlyphRanges);
    if (pixel_ratio <= kProjectorMaxPixelRatio) AddFont(atlas, bold_ttf, kProjectorSize * pixel_ratio);
  }
  atlas.Build();
}

ImFont* Font(FontRole role) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const int index = static_cast<int>(role);
  if (index < atlas->Fonts.Size) return atlas->Fonts[index];
  if (role == FontRole::Count || role == FontRole::Projector) return Font(FontRole::Display);
  return ImGui::GetFont();
}

void ApplyTheme(ImGuiStyle& style) {
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(16, 12);
  style.FramePadding = ImVec2(16, 13);  // buttons at least 44 px tall (WCAG 2.5.5)
  style.ItemSpacing = ImVec2(12, 12);
  style.FrameRounding = 8;
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.ScrollbarSize = 14;
  style.ScrollbarRounding = 7;
  style.TouchExtraPadding = ImVec2(2, 2);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(colors::kPage);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(colors::kInk);
  c[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(colors::kAccent);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.10f, 0.38f, 0.70f, 1);
  c[ImGuiCol_ButtonActive] = ImVec4(0.02f, 0.24f, 0.50f, 1);
  c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(colors::kFocus);
}

}  // namespace beredd::ui
