// "Mina platser" in headless frames: the saved places with a remove button each, the search
// that offers municipalities as they are typed, "where I am now" asked only on a tap, the
// notification and sound choices in each permission state, nothing of it on a kiosk, and the
// alert bar's link to the alerts for other places.
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include "core/base/swedish_municipalities.h"
#include "headless_frame.h"
#include "test_packs.h"
#include "ui/shell/app_view.h"

using namespace beredd;
using beredd::test::Activate;
using beredd::test::HeadlessFrame;
using beredd::test::Require;
using ui::Role;

namespace {

struct Places {
  core::ContentPack pack = test::LoadPack("sv");

  ui::AppView View() const {
    ui::AppView vm{core::Screen::Places, pack};
    vm.places.permission = core::NotifyPermission::Default;
    return vm;
  }
};

core::SavedPlace Saved(std::string_view code, bool here = false) {
  const core::Municipality* municipality = core::FindMunicipality(code);
  BOOST_TEST_REQUIRE(municipality != nullptr);
  core::SavedPlace place{std::string(municipality->code), std::string(municipality->name), std::nullopt};
  if (here) place.position = municipality->position;
  return place;
}

void RequireCleanLayout(HeadlessFrame& frame, float width) {
  const auto problems = test::LayoutProblems(frame.tree(), width);
  BOOST_TEST(problems.empty(), (problems.empty() ? "" : problems[0]));
  std::set<std::string> ids;
  for (const ui::SemanticNode& node : frame.tree().nodes()) {
    BOOST_TEST(ids.insert(node.id).second, "id " << node.id << " ('" << node.name << "') twice");
  }
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(places_view, Places)

BOOST_AUTO_TEST_CASE(saved_places_each_have_a_remove_button) {
  ui::AppView vm = View();
  HeadlessFrame frame(390, 844);
  frame.Run(vm);
  Require(frame.tree(), Role::Text, "Inga platser valda. Tills du väljer en visas alla varningar överst.");
  vm.places.places = {Saved("1880"), Saved("0180", /*here=*/true)};
  frame.Run(vm);
  Require(frame.tree(), Role::Text, "Örebro kommun");
  Require(frame.tree(), Role::Text, "Stockholms kommun (där du var)");
  BOOST_TEST(Activate(frame, vm, Role::Button, "Ta bort Örebro kommun").places.remove == "1880");
  BOOST_TEST(Activate(frame, vm, Role::Button, "Ta bort Stockholms kommun").places.remove == "0180");
  for (float width : {390.0f, 1280.0f}) {
    HeadlessFrame sized(width, 844);
    sized.Run(vm);
    sized.Run(vm);
    RequireCleanLayout(sized, width);
  }
}

BOOST_AUTO_TEST_CASE(typing_offers_municipalities_and_choosing_one_empties_the_field) {
  ui::AppView vm = View();
  HeadlessFrame frame(390, 844);
  BOOST_TEST((frame.Run(vm) == ui::Intents{}), "an empty field is no search");
  const std::string field = Require(frame.tree(), Role::Field, "Sök kommun").id;
  frame.tree().SetFieldValue(field, "öre");
  const ui::Intents typed = frame.Run(vm);
  BOOST_TEST((typed.places.query == std::optional<std::string>("öre")));
  vm.places.query = "öre";
  vm.places.matches = core::SearchMunicipalities("öre", 8);  // what the session answers
  BOOST_TEST((frame.Run(vm) == ui::Intents{}), "the answer is not asked again");
  const ui::Intents chosen = Activate(frame, vm, Role::Button, "Lägg till Örebro kommun");
  BOOST_TEST(chosen.places.add == "1880");
  BOOST_TEST(frame.tree().FieldValue(field).empty(), "the field is emptied for the next place");
  vm.places.query = "xyzzy";
  vm.places.matches.clear();
  frame.tree().SetFieldValue(field, "xyzzy");
  frame.Run(vm);
  Require(frame.tree(), Role::Text, "Ingen kommun matchar ”xyzzy”.");
  RequireCleanLayout(frame, 390);
}

BOOST_AUTO_TEST_CASE(five_places_leave_no_search_until_one_is_removed) {
  ui::AppView vm = View();
  vm.places.places = {Saved("1880"), Saved("0180"), Saved("1281"), Saved("1480"), Saved("2580")};
  vm.places.full = true;
  HeadlessFrame frame(390, 844);
  frame.Run(vm);
  Require(frame.tree(), Role::Status, "Du har valt 5 platser. Ta bort en för att lägga till en ny.");
  BOOST_TEST(frame.tree().FindByName(Role::Field, "Sök kommun") == nullptr);
  BOOST_TEST(frame.tree().FindByName(Role::Button, "Där jag är nu") == nullptr);
}

BOOST_AUTO_TEST_CASE(where_i_am_now_asks_only_when_tapped) {
  ui::AppView vm = View();
  HeadlessFrame frame(390, 844);
  BOOST_TEST(!frame.Run(vm).places.locate);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Där jag är nu").places.locate);
  vm.places.locating = true;
  frame.Run(vm);
  Require(frame.tree(), Role::Status, "Söker din position …");
  BOOST_TEST(!Activate(frame, vm, Role::Button, "Där jag är nu").places.locate, "one question at a time");
  vm.places.locating = false;
  vm.places.location_error = core::LocationError::Denied;
  frame.Run(vm);
  Require(frame.tree(), Role::Status,
          "Webbläsaren får inte visa din position. Du kan tillåta det i webbläsarens inställningar för den här sidan.");
}

BOOST_AUTO_TEST_CASE(notifications_and_sound_are_the_visitors_choice) {
  ui::AppView vm = View();
  HeadlessFrame frame(390, 844);
  frame.Run(vm);
  const std::string notify = "Avisering när Beredd ligger i bakgrunden";
  BOOST_TEST((Require(frame.tree(), Role::Button, notify).toggle == ui::Toggle::Off));
  BOOST_TEST((Activate(frame, vm, Role::Button, notify).places.notify == std::optional<bool>(true)));
  vm.places.notify = true;  // asked, but the browser has not answered: still off
  frame.Run(vm);
  BOOST_TEST((Require(frame.tree(), Role::Button, notify).toggle == ui::Toggle::Off));
  vm.places.permission = core::NotifyPermission::Granted;
  frame.Run(vm);
  BOOST_TEST((Require(frame.tree(), Role::Button, notify).toggle == ui::Toggle::On));
  BOOST_TEST((Activate(frame, vm, Role::Button, notify).places.notify == std::optional<bool>(false)));
  vm.places.permission = core::NotifyPermission::Denied;
  frame.Run(vm);
  BOOST_TEST(frame.tree().FindByName(Role::Button, notify) == nullptr);
  Require(frame.tree(), Role::Status,
          "Webbläsaren blockerar aviseringar från Beredd. Du kan tillåta dem i webbläsarens inställningar för den här sidan.");
  vm.places.permission = core::NotifyPermission::Unsupported;
  frame.Run(vm);
  Require(frame.tree(), Role::Text, "Den här webbläsaren kan inte visa aviseringar.");

  const std::string sound = "Ljudsignal vid ny varning";
  BOOST_TEST((Require(frame.tree(), Role::Button, sound).toggle == ui::Toggle::Off));
  BOOST_TEST((Activate(frame, vm, Role::Button, sound).places.sound == std::optional<bool>(true)));
  vm.places.sound = true;
  frame.Run(vm);
  BOOST_TEST((Require(frame.tree(), Role::Button, sound).toggle == ui::Toggle::On));
}

BOOST_AUTO_TEST_CASE(a_kiosk_has_no_places_of_its_own) {
  ui::AppView vm = View();
  vm.kiosk.enabled = true;
  HeadlessFrame frame(1080, 1920);
  frame.Run(vm);
  Require(frame.tree(), Role::Status,
          "Det här är en gemensam skärm: här visas alla varningar överst, för alla platser. Välj dina platser i Beredd på din egen telefon eller dator.");
  BOOST_TEST(frame.tree().FindByName(Role::Field, "Sök kommun") == nullptr);
  ui::AppView home{core::Screen::Home, pack};
  home.kiosk.enabled = true;
  frame.Run(home);
  BOOST_TEST(frame.tree().FindByName(Role::Button, "Mina platser") == nullptr);
  home.kiosk.enabled = false;
  frame.Run(home);
  BOOST_TEST(frame.tree().FindByName(Role::Button, "Mina platser") != nullptr);
}

BOOST_AUTO_TEST_CASE(alerts_for_other_places_are_one_tap_away_in_the_bar) {
  core::Incident other;
  other.id = "SR-2";
  other.title = "Brand i Kiruna";
  other.origin = core::IncidentOrigin::Cap;
  ui::AppView vm{core::Screen::Cpr, pack};
  vm.alerts.elsewhere = {&other};
  HeadlessFrame frame(390, 844);
  frame.Run(vm);
  BOOST_TEST(frame.tree().FindByName(Role::Button, "VMA: Brand i Kiruna") == nullptr, "not in the bar");
  const std::string link = "Varningar för andra platser: 1 – visa på kartan";
  BOOST_TEST((Require(frame.tree(), Role::Button, link).region == ui::Region::Banner));
  BOOST_TEST((Activate(frame, vm, Role::Button, link).navigate == core::Screen::Map));
  frame.Run(vm);
  RequireCleanLayout(frame, 390);  // the link wraps on a phone instead of running off it
}

BOOST_AUTO_TEST_SUITE_END()
