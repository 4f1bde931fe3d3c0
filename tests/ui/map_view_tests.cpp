// The map screen in headless frames: the feed's state (loading, updated, stale with the last
// good incidents kept), the list drawn through a clipper and recorded around what is in view
// (every row when printing), selection and filters as intents, and the map's box beside or
// above the list.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "headless_frame.h"
#include "test_packs.h"
#include "core/feed/incident_list.h"
#include "ui/shell/app_view.h"

using namespace beredd;
using beredd::test::Activate;
using beredd::test::HeadlessFrame;
using beredd::test::Require;
using ui::Role;

namespace {

constexpr std::int64_t kNow = 1'749'290'000'000;  // 2025-06-07T09:53:20Z

struct Map {
  core::ContentPack pack = test::LoadPack("sv");
  std::vector<core::Incident> incidents;
  mutable core::IncidentList list;  // the rows, as the app builds them before each frame

  explicit Map(int count = 200) {
    for (int i = 0; i < count; ++i) {
      core::Incident incident;
      incident.id = "i" + std::to_string(i);
      incident.title = "Händelse " + std::to_string(i);
      incident.category = i % 3 == 0 ? "Brand" : "Trafikolycka";
      incident.area_name = "Solna";
      incident.source = "Polisen";
      incident.precision = i % 2 == 0 ? core::LocationPrecision::Area : core::LocationPrecision::Exact;
      incident.time_ms = kNow - i * 60000LL;  // newest first, a minute apart
      incident.position = {59.36, 18.0};
      incidents.push_back(incident);
    }
  }
  ui::AppView View() const {
    ui::AppView vm{core::Screen::Map, pack};
    vm.map.incidents = &incidents;
    vm.map.now_ms = kNow;
    vm.map.utc_offset_minutes = 120;
    vm.map.feeds = {core::FeedState{.updated_ms = kNow - 20000}};
    Relist(vm);
    return vm;
  }
  // After a filter changed, as the app does before every frame.
  void Relist(ui::AppView& vm) const { list.Fill(vm.map, pack.strings, pack.locale); }
};

std::vector<const ui::SemanticNode*> Rows(const ui::SemanticTree& tree) {
  std::vector<const ui::SemanticNode*> rows;
  for (const ui::SemanticNode& node : tree.nodes()) {
    if (node.role == Role::Button && node.name.rfind("Händelse ", 0) == 0) rows.push_back(&node);
  }
  return rows;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(map_view)

BOOST_AUTO_TEST_CASE(the_tree_holds_the_rows_in_view_and_a_margin_each_saying_its_place) {
  Map map;
  HeadlessFrame frame(1280, 800);
  const auto items = frame.RunAudited(map.View());
  const auto rows = Rows(frame.tree());
  BOOST_TEST_REQUIRE(rows.size() > 25u);
  BOOST_TEST(rows.size() < 60u, "the rows in view and a margin, not all 200: " << rows.size());
  BOOST_TEST(rows[0]->name == "Händelse 0", "newest first");
  BOOST_TEST(rows[0]->description.find("11:53 · Brand · Solna (ungefärlig plats) · Källa: Polisen") == 0,
             rows[0]->description);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    BOOST_TEST(rows[i]->name == "Händelse " + std::to_string(i), "in list order");
    BOOST_TEST(rows[i]->list == "incidents");
    BOOST_TEST(rows[i]->list_name == "Händelser (200)");
    BOOST_TEST(rows[i]->set_size == 200);
    BOOST_TEST(rows[i]->pos_in_set == static_cast<int>(i) + 1);
  }
  int drawn = 0;
  for (const ui::RegisteredItem& item : items) {
    for (const ui::SemanticNode* row : rows) drawn += ui::SemanticId(item.id) == row->id ? 1 : 0;
  }
  BOOST_TEST(drawn > 3);
  BOOST_TEST(drawn + 25 == static_cast<int>(rows.size()), "25 undrawn rows after those in view");
  Require(frame.tree(), Role::Heading, "Händelser (200)");
  Require(frame.tree(), Role::Status, "Uppdaterad 11:53");
}

BOOST_AUTO_TEST_CASE(printing_records_every_row) {
  Map map;
  HeadlessFrame frame(1280, 800);
  ui::AppView vm = map.View();
  vm.printing = true;
  frame.Run(vm);
  const auto rows = Rows(frame.tree());
  BOOST_TEST_REQUIRE(rows.size() == 200u, "paper has no scrolling");
  BOOST_TEST(rows[199]->name == "Händelse 199");
  BOOST_TEST(rows[199]->pos_in_set == 200);
}

BOOST_AUTO_TEST_CASE(a_row_far_down_is_reached_by_its_place_and_then_selected_and_revealed) {
  Map map;
  HeadlessFrame frame(1280, 800);
  frame.Run(map.View());
  BOOST_TEST(frame.tree().FindByName(Role::Button, "Händelse 150") == nullptr, "not recorded yet");
  // The mirror's End, Page Down or arrow keys ask for a row by its place.
  frame.tree().RequestRevealPosition("incidents", 151);
  frame.Run(map.View());
  frame.Run(map.View());
  const ui::SemanticNode& shown = Require(frame.tree(), Role::Button, "Händelse 150");
  BOOST_TEST(shown.pos_in_set == 151);
  BOOST_TEST(shown.rect.h > 1.0f, "drawn");
  BOOST_TEST(shown.rect.y > 0);
  BOOST_TEST(shown.rect.y + shown.rect.h < 800, "scrolled into view");
  const auto rows = Rows(frame.tree());
  BOOST_TEST_REQUIRE(!rows.empty());
  BOOST_TEST(rows.front()->pos_in_set > 100, "the window moved with it");
  BOOST_TEST(rows.back()->pos_in_set < 200, "nor every row after it");
  BOOST_TEST(rows.size() < 60u);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    BOOST_TEST(rows[i]->pos_in_set == rows[i - 1]->pos_in_set + 1, "in list order, none missing");
  }
  // An undrawn row in the margin: a pixel on the list's edge, activated and revealed by id.
  const std::string above_name = rows.front()->name;
  const std::string above_id = rows.front()->id;
  const int above_position = rows.front()->pos_in_set;
  BOOST_TEST(rows.front()->rect.h == 1.0f);
  BOOST_TEST(Activate(frame, map.View(), Role::Button, above_name).map.select_incident ==
             "i" + std::to_string(above_position - 1));
  frame.tree().RequestReveal(above_id);
  frame.Run(map.View());
  frame.Run(map.View());
  const ui::SemanticNode& revealed = Require(frame.tree(), Role::Button, above_name);
  BOOST_TEST(revealed.rect.h > 1.0f, "focusing it scrolled the list to it");
}

BOOST_AUTO_TEST_CASE(the_selected_row_is_current_and_filters_are_intents) {
  Map map(12);
  ui::AppView vm = map.View();
  vm.map.selected_id = "i4";
  HeadlessFrame frame(1280, 800);
  map.Relist(vm);
  frame.Run(vm);
  BOOST_TEST(Require(frame.tree(), Role::Button, "Händelse 4").current);
  BOOST_TEST(!Require(frame.tree(), Role::Button, "Händelse 5").current);
  BOOST_TEST(*Activate(frame, vm, Role::Button, "Brand").map.category == "Brand");
  BOOST_TEST(*Activate(frame, vm, Role::Button, "Senaste timmen").map.within_hours == 1);
  vm.map.category = "Brand";
  vm.map.within_hours = 1;
  map.Relist(vm);
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Händelser (4)");  // i0, i3, i6, i9: fires within the hour
  BOOST_TEST((Require(frame.tree(), Role::Button, "Brand").toggle == ui::Toggle::On));
  BOOST_TEST(*Activate(frame, vm, Role::Button, "Alla").map.category == "");
}

BOOST_AUTO_TEST_CASE(a_failed_poll_keeps_the_incidents_and_says_since_when) {
  Map map(5);
  ui::AppView vm = map.View();
  core::FeedState& feed = vm.map.feeds.front();
  feed.updated_ms = kNow - 5 * 60000;
  feed.stale_since_ms = kNow - 4 * 60000;
  feed.problem = "HTTP 500";
  HeadlessFrame frame(1280, 800);
  frame.Run(vm);
  Require(frame.tree(), Role::Status,
          "Inaktuell sedan 11:49: HTTP 500. Visar händelserna från 11:48. Försöker igen.");
  BOOST_TEST(Rows(frame.tree()).size() == 5u);

  ui::AppView never = map.View();
  never.map.incidents = nullptr;
  never.map.feeds.clear();
  map.Relist(never);
  frame.Run(never);
  Require(frame.tree(), Role::Status, "Hämtar händelser …");
  never.map.feeds = {core::FeedState{.stale_since_ms = kNow, .problem = "nätverket svarar inte"}};
  frame.Run(never);
  Require(frame.tree(), Role::Status, "Händelserna kunde inte hämtas: nätverket svarar inte. Försöker igen.");
  Require(frame.tree(), Role::Text, "Inga händelser att visa.");
  // No network: the view says so in the pack's words, whatever problem text came with it.
  never.map.feeds.front().offline = true;
  frame.Run(never);
  Require(frame.tree(), Role::Status, "Händelserna kunde inte hämtas: ingen nätverksanslutning. Försöker igen.");
}

BOOST_AUTO_TEST_CASE(with_several_sources_only_the_failing_one_is_marked_stale) {
  Map map(5);
  ui::AppView vm = map.View();
  vm.map.feeds = {core::FeedState{.name = "Sveriges Radio (VMA)", .updated_ms = kNow - 20000},
                  core::FeedState{.name = "SMHI", .updated_ms = kNow - 5 * 60000, .stale_since_ms = kNow - 4 * 60000,
                                  .problem = "HTTP 503"}};
  HeadlessFrame frame(1280, 800);
  frame.Run(vm);
  Require(frame.tree(), Role::Status, "Sveriges Radio (VMA): Uppdaterad 11:53");
  Require(frame.tree(), Role::Status,
          "SMHI: Inaktuell sedan 11:49: HTTP 503. Visar händelserna från 11:48. Försöker igen.");
  BOOST_TEST(Rows(frame.tree()).size() == 5u, "every source's incidents stay listed");
}

BOOST_AUTO_TEST_CASE(the_map_sits_beside_the_list_on_wide_screens_and_above_it_on_phones) {
  Map map(30);
  for (const ImVec2 size : {ImVec2(1280, 800), ImVec2(390, 844)}) {
    HeadlessFrame frame(size.x, size.y);
    frame.Run(map.View());
    frame.Run(map.View());
    const ui::SemanticNode& area = Require(frame.tree(), Role::Map, "Karta över händelserna");
    const ui::SemanticNode& first = *Rows(frame.tree()).front();
    if (size.x > 900) {
      BOOST_TEST(area.rect.x > first.rect.x + first.rect.w, "beside the list");
      BOOST_TEST(area.rect.w > 600);
    } else {
      BOOST_TEST(area.rect.y + area.rect.h < first.rect.y, "above the list");
      BOOST_TEST(area.rect.h >= 240);
    }
    BOOST_TEST(area.rect.x + area.rect.w <= size.x);
  }
}

BOOST_AUTO_TEST_CASE(near_me_asks_for_the_position_and_then_filters_by_distance) {
  Map map(4);
  map.incidents[1].position = {55.6050, 13.0038};  // Malmö; the others are in Solna
  ui::AppView vm = map.View();
  HeadlessFrame frame(1280, 800);
  frame.Run(vm);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Nära mig (25 km)").map.locate);
  vm.map.locating = true;
  map.Relist(vm);
  frame.Run(vm);
  BOOST_TEST(!Activate(frame, vm, Role::Button, "Söker din position …").map.locate, "asked once");
  vm.map.locating = false;
  vm.map.near = core::GeoPoint{55.59, 13.0};  // Möllevången, Malmö
  map.Relist(vm);
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Händelser (1)");
  const ui::SemanticNode& row = Require(frame.tree(), Role::Button, "Händelse 1");
  BOOST_TEST(row.description.find("· 2 km bort ·") != std::string::npos, row.description);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Nära mig (25 km)").map.clear_near);
  vm.map.near.reset();
  vm.map.location_problem = "map.location.denied";
  map.Relist(vm);
  frame.Run(vm);
  Require(frame.tree(), Role::Status, "Nära mig behöver din position, och webbläsaren fick inte lämna ut den.");
  Require(frame.tree(), Role::Heading, "Händelser (4)");
}

BOOST_AUTO_TEST_CASE(the_region_filter_keeps_what_the_map_shows) {
  Map map(4);
  map.incidents[2].position = {65.58, 22.15};  // Luleå; the others are in Solna
  ui::AppView vm = map.View();
  vm.map.map_bounds = ui::MapView::Bounds{65.0, 21.0, 66.0, 23.0};  // the map shows Luleå
  HeadlessFrame frame(1280, 800);
  map.Relist(vm);
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Händelser (4)");
  BOOST_TEST(*Activate(frame, vm, Role::Button, "Bara kartans område").map.only_map_area);
  vm.map.only_map_area = true;
  map.Relist(vm);
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Händelser (1)");
  Require(frame.tree(), Role::Button, "Händelse 2");
  BOOST_TEST(!*Activate(frame, vm, Role::Button, "Bara kartans område").map.only_map_area);
}

BOOST_AUTO_TEST_CASE(an_unplaced_alert_is_listed_with_its_area_and_left_out_of_place_filters) {
  Map map(3);
  map.incidents[1].precision = core::LocationPrecision::Unplaced;
  map.incidents[1].area_name = "Hamnområdet i Norrsundet";
  ui::AppView vm = map.View();
  HeadlessFrame frame(1280, 800);
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Händelser (3)");
  const ui::SemanticNode& row = Require(frame.tree(), Role::Button, "Händelse 1");
  BOOST_TEST(row.description.find("Hamnområdet i Norrsundet (visas inte på kartan)") != std::string::npos, row.description);
  vm.map.near = core::GeoPoint{59.36, 18.0};
  map.Relist(vm);
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Händelser (2)");
  vm.map.near.reset();
  vm.map.map_bounds = ui::MapView::Bounds{55.0, 10.0, 70.0, 25.0};
  vm.map.only_map_area = true;
  map.Relist(vm);
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Händelser (2)");
}

BOOST_AUTO_TEST_SUITE_END()
