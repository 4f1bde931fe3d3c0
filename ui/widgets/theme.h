// Beredd's look: fonts by role, colours and ImGui style, tuned for reading at a distance and
// for touch. Layer: ui. Font bytes come from the caller (web/ or a test); ui does no file I/O.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include <cstddef>
#include <span>

#include "imgui.h"

namespace beredd::ui {

// Index into the font atlas; BuildFonts adds the fonts in exactly this order.
// Projector is built only for pixel ratios up to 1.5 (a projector's); elsewhere Font() gives
// Display in its place, so a 3x phone's atlas does not grow by a 132 px font.
enum class FontRole { Body = 0, Small = 1, Strong = 2, Heading = 3, Display = 4, Count = 5, Projector = 6 };

// Which fonts BuildFonts adds. The large ones (Count and Projector) are about half of the
// atlas's rasterising and upload, and only the CPR, drill and kiosk screens use them: the app
// starts without them and adds them once it has drawn (web/backend/gl_canvas.h).
enum class FontSet { WithoutLarge, All };

// Loads the UI fonts into `atlas`, rasterised at `pixel_ratio` times their CSS size so text is
// crisp on high-DPI screens; set io.FontGlobalScale = 1 / pixel_ratio to lay out in CSS pixels.
// The byte spans must outlive the atlas (the atlas does not copy them).
void BuildFonts(ImFontAtlas& atlas, std::span<const unsigned char> regular_ttf,
                std::span<const unsigned char> bold_ttf, float pixel_ratio, FontSet set);

// The font for `role`; a large one not (yet) in the atlas gives Display.
ImFont* Font(FontRole role);

// Colours (sRGB, alpha opaque). Text on each fill meets WCAG AA (4.5:1) or better.
namespace colors {
inline constexpr ImU32 kPage = IM_COL32(0xF6, 0xF4, 0xEF, 0xFF);
inline constexpr ImU32 kInk = IM_COL32(0x16, 0x16, 0x16, 0xFF);
inline constexpr ImU32 kInkMuted = IM_COL32(0x45, 0x45, 0x45, 0xFF);
inline constexpr ImU32 kBar = IM_COL32(0x1B, 0x1F, 0x2A, 0xFF);
inline constexpr ImU32 kEmergency = IM_COL32(0xB3, 0x0B, 0x1E, 0xFF);
inline constexpr ImU32 kEmergencyHover = IM_COL32(0xC9, 0x14, 0x2A, 0xFF);
inline constexpr ImU32 kNumber = IM_COL32(0x2C, 0x33, 0x45, 0xFF);
inline constexpr ImU32 kNumberHover = IM_COL32(0x3B, 0x44, 0x5C, 0xFF);
inline constexpr ImU32 kCard = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
inline constexpr ImU32 kCardHover = IM_COL32(0xE8, 0xEE, 0xF8, 0xFF);
inline constexpr ImU32 kCardBorder = IM_COL32(0x8A, 0x8F, 0x99, 0xFF);
inline constexpr ImU32 kAccent = IM_COL32(0x0B, 0x4F, 0x9C, 0xFF);
inline constexpr ImU32 kOnDark = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
inline constexpr ImU32 kFocus = IM_COL32(0xFF, 0xBF, 0x47, 0xFF);
inline constexpr ImU32 kNotice = IM_COL32(0xFF, 0xF1, 0xC2, 0xFF);
inline constexpr ImU32 kPulse = IM_COL32(0xB3, 0x0B, 0x1E, 0xFF);
// Drill mode: yellow and black, never the red of a real emergency.
inline constexpr ImU32 kSelected = IM_COL32(0xDC, 0xE9, 0xF7, 0xFF);  // a selected list row
inline constexpr ImU32 kMapSea = IM_COL32(0xB9, 0xD3, 0xE6, 0xFF);  // under the map, before it draws
inline constexpr ImU32 kExercise = IM_COL32(0xFF, 0xD1, 0x00, 0xFF);
inline constexpr ImU32 kExerciseInk = IM_COL32(0x11, 0x11, 0x11, 0xFF);
inline constexpr ImU32 kExercisePage = IM_COL32(0xFF, 0xF6, 0xCC, 0xFF);  // the drill screens' page
}  // namespace colors

void ApplyTheme(ImGuiStyle& style);

}  // namespace beredd::ui
