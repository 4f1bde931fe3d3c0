// The font atlas by role: the app starts without the large fonts (the CPR count, the projector's
// drill text) and adds them later; until then their roles draw in Display, never in body text.
#include <boost/test/unit_test.hpp>

#include "headless_frame.h"
#include "imgui.h"
#include "ui/widgets/theme.h"

using beredd::test::HeadlessFrame;
using beredd::ui::Font;
using beredd::ui::FontRole;
using beredd::ui::FontSet;

namespace {

int AtlasArea() {
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  return atlas.TexWidth * atlas.TexHeight;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(theme)

BOOST_AUTO_TEST_CASE(the_start_atlas_leaves_out_the_large_fonts_and_their_roles_draw_in_display) {
  HeadlessFrame frame(1280, 800);  // every font, as after the app's first frame
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  BOOST_TEST_REQUIRE(atlas.Fonts.Size == 7);
  BOOST_TEST(Font(FontRole::Count) == atlas.Fonts[5]);
  BOOST_TEST(Font(FontRole::Projector) == atlas.Fonts[6]);
  const int all_area = AtlasArea();

  frame.RebuildFonts(FontSet::WithoutLarge);
  BOOST_TEST_REQUIRE(atlas.Fonts.Size == 5);
  BOOST_TEST(Font(FontRole::Count) == Font(FontRole::Display));
  BOOST_TEST(Font(FontRole::Projector) == Font(FontRole::Display));
  BOOST_TEST(Font(FontRole::Body) == atlas.Fonts[0]);
  BOOST_TEST(Font(FontRole::Display)->FontSize == atlas.Fonts[4]->FontSize);
  // What leaving them out buys at the start: a smaller atlas to rasterise and upload.
  BOOST_TEST(AtlasArea() < all_area);

  frame.RebuildFonts(FontSet::All);
  BOOST_TEST(atlas.Fonts.Size == 7);
  BOOST_TEST(Font(FontRole::Count)->FontSize == 96.0f);
}

BOOST_AUTO_TEST_SUITE_END()
