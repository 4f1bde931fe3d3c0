// Every character the shipped content packs can put on screen is in the fonts the app ships
// (the build's DejaVu subset, which the headless frame loads): a missing glyph would draw as '?'.
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/position_text.h"
#include "headless_frame.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8

using beredd::test::HeadlessFrame;

namespace {

// Each string in `value` whose characters `font` lacks, as "<json pointer>: U+XXXX".
void FindMissing(const nlohmann::json& value, const std::string& pointer, const ImFont& font,
                 std::vector<std::string>& missing) {
  if (value.is_object()) {
    for (const auto& [key, child] : value.items()) FindMissing(child, pointer + "/" + key, font, missing);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) FindMissing(value[i], pointer + "/" + std::to_string(i), font, missing);
  } else if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    for (const char* p = text.c_str(); *p;) {
      unsigned int c = 0;
      p += ImTextCharFromUtf8(&c, p, nullptr);
      if (c == '\n' || font.FindGlyphNoFallback(static_cast<ImWchar>(c))) continue;
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", c);
      missing.push_back(pointer + ": " + code);
    }
  }
}

nlohmann::json ReadPack(const std::string& locale) {
  std::ifstream in(std::string(BEREDD_CONTENT_DIR) + "/" + locale + ".json");
  BOOST_TEST_REQUIRE(in.good(), "cannot read content/" << locale << ".json");
  return nlohmann::json::parse(in);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(font_coverage)

BOOST_AUTO_TEST_CASE(the_shipped_fonts_hold_every_character_of_the_shipped_packs) {
  HeadlessFrame frame(1280, 800);  // builds the atlas from the shipped fonts
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  BOOST_TEST_REQUIRE(atlas.Fonts.Size >= 3);
  for (const std::string locale : {"sv", "en"}) {
    const nlohmann::json pack = ReadPack(locale);
    for (const int font : {0, 2}) {  // regular and bold body text (ui/widgets/theme.cpp BuildFonts)
      std::vector<std::string> missing;
      FindMissing(pack, "", *atlas.Fonts[font], missing);
      for (const std::string& where : missing) BOOST_ERROR(locale << ".json" << where << " has no glyph in font " << font);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_shipped_fonts_hold_every_character_core_writes_a_position_with) {
  HeadlessFrame frame(1280, 800);
  for (const auto mark : {beredd::core::DecimalMark::Comma, beredd::core::DecimalMark::Point}) {
    const beredd::core::PositionText text = beredd::core::DescribePosition({67.8558, 20.2253}, mark);
    std::vector<std::string> missing;
    FindMissing(nlohmann::json{{"lat_decimal", text.lat_decimal}, {"lat_minutes", text.lat_minutes},
                               {"lon_minutes", text.lon_minutes}, {"northing", text.northing}},
                "", *ImGui::GetIO().Fonts->Fonts[0], missing);
    BOOST_TEST(missing.empty(), "a position's text has no glyph for " << (missing.empty() ? "" : missing.front()));
  }
}

BOOST_AUTO_TEST_CASE(a_character_outside_the_subset_is_reported) {
  HeadlessFrame frame(1280, 800);
  std::vector<std::string> missing;
  // U+2713 CHECK MARK is in full DejaVu Sans but not in the subset the app ships.
  FindMissing(nlohmann::json{{"text", "Klart \u2713"}}, "", *ImGui::GetIO().Fonts->Fonts[0], missing);
  BOOST_TEST(missing == std::vector<std::string>{"/text: U+2713"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
