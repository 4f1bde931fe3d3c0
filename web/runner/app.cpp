// Web runner. Layer: web.
#include "web/runner/app.h"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "backends/imgui_impl_opengl3.h"
#include "core/drill/drill_report.h"
#include "core/drill/drill_report_json.h"
#include "core/base/url_policy.h"
#include "imgui.h"
#include "ui/shell/app_view.h"
#include "ui/widgets/clock_text.h"
#include "ui/shell/frame_runner.h"
#include "ui/shell/screens.h"
#include "ui/widgets/theme.h"
#include "web/backend/imgui_impl_html5.h"

namespace beredd::web {
namespace {

using emscripten::val;

constexpr const char* kAppSelector = "#app";
constexpr const char* kCanvasSelector = "#canvas";
// Embedded into the wasm at link time (web/CMakeLists.txt): the subset fonts, and content/ as
// the built-in packs that are always there, whatever the server sends.
constexpr const char* kRegularFontPath = "/fonts/regular.ttf";
constexpr const char* kBoldFontPath = "/fonts/bold.ttf";
constexpr const char* kBuiltInContentDir = "/content";
constexpr const char* kLocaleStorageKey = "beredd.locale";
constexpr const char* kRosterStorageKey = "beredd.classes";

// Text typed by people (notes, class names) can reach here as invalid UTF-8 (a lone surrogate
// from the DOM); dump() would throw, and exceptions are off in the wasm build: replace instead.
std::string Dump(const nlohmann::json& value, int indent = -1) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Minutes east of UTC where the browser is, at `utc_ms` (Swedish winter +60, summer +120).
int UtcOffsetMinutes(std::int64_t utc_ms) {
  const val date = val::global("Date").new_(static_cast<double>(utc_ms));
  return -date.call<int>("getTimezoneOffset");
}

const char* RosterProblemKey(core::RosterProblem problem) {
  switch (problem) {
    case core::RosterProblem::EmptyName: return "drill.class_problem.empty";
    case core::RosterProblem::NameTooLong: return "drill.class_problem.too_long";
    case core::RosterProblem::DuplicateName: return "drill.class_problem.duplicate";
    case core::RosterProblem::BadCount: break;
  }
  return "drill.class_problem.count";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<unsigned char> ReadBytes(const char* path) {
  const std::string text = ReadFile(path);
  return {text.begin(), text.end()};
}

void Fail(const char* reason) { Shell().call<void>("fail", std::string(reason)); }

}  // namespace

App::App() : scheduler_(&App::DrawFrame, this) {}

bool App::LoadBuiltInPacks() {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(kBuiltInContentDir, error)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<core::PackFile> packs;
  for (const auto& file : files) packs.push_back({file.string(), ReadFile(file.string())});
  std::vector<core::Problem> problems;
  // The build validates content/ (beredd-check), so this only fails for a broken build.
  if (packs_.LoadBuiltIn(packs, problems)) return true;
  platform_.Warn(core::SummariseProblems(problems));
  return false;
}

void App::ChooseInitialLocale() {
  std::vector<std::string> preferred;
  if (kiosk_.enabled) {  // every visitor starts in the default language
    packs_.ChooseDefault();
    return;
  }
  if (std::optional<std::string> stored = platform_.Load(kLocaleStorageKey)) preferred.push_back(*stored);
  const val languages = val::global("navigator")["languages"];
  if (!languages.isUndefined() && !languages.isNull()) {
    for (const std::string& tag : emscripten::vecFromJSArray<std::string>(languages)) {
      preferred.push_back(tag);
    }
  }
  packs_.Choose(preferred);
}

bool App::Start() {
  font_regular_ = ReadBytes(kRegularFontPath);
  font_bold_ = ReadBytes(kBoldFontPath);
  if (font_regular_.empty() || font_bold_.empty()) {
    Fail("fonts");
    return false;
  }
  if (!LoadBuiltInPacks()) {
    Fail("content");
    return false;
  }
  ApplyKioskSettings();
  ChooseInitialLocale();
  if (std::optional<std::string> roster = platform_.Load(kRosterStorageKey)) roster_ = core::RosterFromJson(*roster);

  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_FALSE;
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  // ImGui's WebGL2 renderer needs no extension. Enabling them all (Emscripten's default) asks
  // the GPU process for each one: 0.6-1.2 s of a cold start in headless Chromium (benchmark,
  // 2026-11-22), against 0.1-0.4 s without.
  attributes.enableExtensionsByDefault = EM_FALSE;
  gl_context_ = emscripten_webgl_create_context(kCanvasSelector, &attributes);
  if (gl_context_ <= 0) {
    Fail("webgl2");
    return false;
  }
  emscripten_webgl_make_context_current(gl_context_);
  // 2026-11-22: browsers drop WebGL contexts (a phone in the background, a GPU reset on a
  // kiosk). Answering "lost" with preventDefault lets the browser restore it later.
  emscripten_set_webglcontextlost_callback(kCanvasSelector, this, EM_FALSE, &App::OnContextLost);
  emscripten_set_webglcontextrestored_callback(kCanvasSelector, this, EM_FALSE,
                                               &App::OnContextRestored);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing to persist: layout is computed, not user-arranged
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ui::ApplyTheme(ImGui::GetStyle());
  ImGui_ImplHtml5_Init(kAppSelector, kCanvasSelector, &input_, &App::OnInput, this);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  RouteChanged(val::global("location")["hash"].as<std::string>());
  return true;
}

void App::RouteChanged(const std::string& hash) {
  const core::RouteMatch match = core::ParseRoute(hash);
  if (match.screen != screen_) scroll_to_top_ = true;
  // Practice ends with its screen: a summary nobody sees helps nobody, and the metronome stops.
  if (match.screen != core::Screen::Practice) StopPractice();
  screen_ = match.screen;
  unknown_route_ = match.known ? std::string() : hash;
  UpdateFeedActive();
  scheduler_.Request();
}

// The feed is polled only while a map is on screen (the map screen, or the kiosk's attract
// screen showing the map).
void App::UpdateFeedActive() {
  const double now = emscripten_get_now();
  const bool wanted = screen_ == core::Screen::Map ||
                      (kiosk_session_.attract() && AttractSlide(now) == ui::KioskView::Slide::Map);
  if (wanted == feed_active_) return;
  feed_active_ = wanted;
  Shell().call<void>("setFeedActive", wanted);
}

void App::Activate(const std::string& semantic_id) {
  NoteActivity(true);  // a mirror activation is a press (a key, a screen reader, a test)
  tree_.RequestActivation(semantic_id);
  scheduler_.Request();
}

void App::Reveal(const std::string& semantic_id) {
  tree_.RequestReveal(semantic_id);
  scheduler_.Request();
}

void App::LoadPack(const std::string& url, const std::string& text) {
  if (packs_.Served(url, text)) ApplyKioskSettings();  // the default pack may switch kiosk mode on or off
  scheduler_.Request();
}

void App::PackUnavailable(const std::string& url, const std::string& reason) {
  packs_.Unavailable(url, reason);
  scheduler_.Request();
}

val App::CprBeatsBetween(double from_s, double to_s) const {
  val beats = val::array();
  if (!cpr_timeline_) return beats;
  for (double t : cpr_timeline_->BeatsBetween(from_s, to_s)) beats.call<void>("push", t);
  return beats;
}

const core::DrillScenario* App::FindDrillScenario(const std::string& id) const {
  for (const core::DrillScenario& scenario : pack().drills) {
    if (scenario.id == id) return &scenario;
  }
  return nullptr;
}

void App::RecordDrillEvent(core::DrillEvent event) {
  const core::DrillScenario* scenario = drill_ ? FindDrillScenario(drill_->scenario_id) : nullptr;
  if (scenario == nullptr) return;
  if (auto problem = core::ApplyDrillEvent(*scenario, drill_->state, event)) {
    platform_.Warn("drill event refused: " + *problem);
    return;
  }
  // Stored before anything else happens; the view says "saved" once storage confirms it.
  Shell().call<void>("saveDrillEvent", Dump(core::DrillEventToJson(event)));
}

void App::Redraw() { scheduler_.Request(); }

val App::FeedSettings() const {
  val settings = val::object();
  settings.set("endpoint", pack().feed.endpoint);
  settings.set("pollSeconds", pack().feed.poll_seconds);
  settings.set("maxBytes", static_cast<double>(feed_.limits().max_bytes));  // the limit the app applies
  return settings;
}

bool App::FeedReceived(const std::string& text) {
  const double started_ms = emscripten_get_now();
  const std::optional<core::FeedDiff> diff = feed_.Received(text);
  ShowFeedChange(diff, started_ms);
  return diff.has_value();
}

void App::FeedOffline(const std::string& text, double fetched_ms) {
  const double started_ms = emscripten_get_now();
  ShowFeedChange(feed_.Offline(text, static_cast<std::int64_t>(fetched_ms)), started_ms);
}

// A poll's outcome reaches the screen: the map's layers change in place (`diff`: the incidents
// changed), and the list and the feed's state are drawn again either way.
void App::ShowFeedChange(const std::optional<core::FeedDiff>& diff, double started_ms) {
  if (diff) {
    const double map_started_ms = emscripten_get_now();
    if (!diff->empty()) map_.Update(feed_.incidents(), *diff);
    last_map_update_ms_ = emscripten_get_now() - map_started_ms;
    last_feed_ms_ = emscripten_get_now() - started_ms;
    ++feed_loads_;
  }
  scheduler_.Request();
}

val App::FeedTimings() const {
  val timings = val::object();
  timings.set("feedMs", last_feed_ms_);
  timings.set("mapMs", last_map_update_ms_);
  timings.set("incidents", static_cast<double>(feed_.incidents().size()));
  timings.set("layers", map_.LayerCount());
  timings.set("loads", static_cast<double>(feed_loads_));
  return timings;
}

void App::FeedFailed(const std::string& reason) {
  feed_.Failed(reason);
  scheduler_.Request();
}

void App::MapSelected(const std::string& incident_id) {
  map_session_.MapSelected(incident_id);
  scheduler_.Request();
}

void App::Located(double lat, double lon) {
  map_session_.Located(core::GeoPoint{lat, lon});
  scheduler_.Request();
}

void App::MapMoved(double south, double west, double north, double east) {
  if (map_session_.MapMoved({south, west, north, east})) scheduler_.Request();  // the list follows the map
}

void App::LocationFailed(int code) {
  // GeolocationPositionError.code: 1 PERMISSION_DENIED, 2 POSITION_UNAVAILABLE, 3 TIMEOUT.
  map_session_.LocationFailed(code == 1   ? core::LocationError::Denied
                              : code == 3 ? core::LocationError::Timeout
                                          : core::LocationError::Unavailable);
  scheduler_.Request();
}

// After the mirror is updated: the map lives in the mirror's element for the Map node.
void App::AttachMap() {
  const ui::SemanticNode* area = nullptr;
  for (const ui::SemanticNode& node : tree_.nodes()) {
    if (node.role == ui::Role::Map) area = &node;
  }
  if (area == nullptr) {
    if (map_.attached()) map_.Detach();
    return;
  }
  const val host = Shell()["mirror"].call<val>("element", area->id);
  if (host.isNull()) return;
  const bool resized = !(area->rect == map_rect_);
  map_rect_ = area->rect;
  const bool was_attached = map_.attached();
  map_.Attach(host, resized, pack(), /*interactive=*/!kiosk_session_.attract());
  if (!was_attached && map_.attached() && !map_session_.selected_id().empty()) map_.Select(map_session_.selected_id());
}

void App::FieldChanged(const std::string& semantic_id, const std::string& value) {
  tree_.SetFieldValue(semantic_id, value);
  scheduler_.Request();
}

void App::DrillEventSaved() {
  if (drill_) ++drill_->stored;
  scheduler_.Request();
}

void App::DrillEventNotSaved(const std::string& reason) {
  val::global("console").call<void>("error", "drill event not saved: " + reason);
  drill_save_problem_ = reason;
  scheduler_.Request();  // "saving ..." stays on screen: nothing claims it was saved
}

void App::ResumeDrill(const std::string& records_json) {
  const auto records = nlohmann::json::parse(records_json, nullptr, /*allow_exceptions=*/false);
  if (!records.is_array() || drill_) return;
  const std::vector<core::DrillEvent> log = core::DrillLogFromJson(records);
  if (log.empty() || log.front().type != core::DrillEventType::Start) return;
  const core::DrillScenario* scenario = FindDrillScenario(log.front().ref);
  if (scenario == nullptr) return;
  std::vector<std::string> rejected;
  drill_ = DrillRun{scenario->id, core::ReplayDrill(*scenario, log, &rejected), false, records.size()};
  for (const std::string& problem : rejected) {
    platform_.Warn("stored drill event skipped: " + problem);
  }
  scheduler_.Request();
}

void App::LoadDrillHistory(const std::string& drills_json) {
  const auto drills = nlohmann::json::parse(drills_json, nullptr, /*allow_exceptions=*/false);
  if (!drills.is_array()) return;
  for (const auto& drill : drills) {
    const auto events = drill.is_object() ? drill.find("events") : drill.end();
    if (events == drill.end()) continue;
    const std::vector<core::DrillEvent> log = core::DrillLogFromJson(*events);
    const core::DrillScenario* scenario =
        log.empty() ? nullptr : FindDrillScenario(log.front().ref);
    if (scenario == nullptr) {
      platform_.Warn("past drill skipped: unknown scenario");
      continue;
    }
    PastRun past{scenario->id, core::ReplayDrill(*scenario, log), 0};
    past.utc_offset_minutes = UtcOffsetMinutes(past.state.started_ms);
    if (past.state.ended_ms) drill_history_.push_back(std::move(past));
  }
  scheduler_.Request();
}

void App::DrillArchived(bool stored, const std::string& reason) {
  if (!drill_ || !drill_->archiving) return;
  drill_->archiving = false;
  if (!stored) {
    // The log stays where it was, so the ended drill is still on screen and nothing is lost.
    val::global("console").call<void>("error", "drill not moved to the history: " + reason);
    drill_save_problem_ = reason;
  } else {
    const int offset = UtcOffsetMinutes(drill_->state.started_ms);
    drill_history_.push_back({drill_->scenario_id, std::move(drill_->state), offset});
    drill_.reset();
  }
  scheduler_.Request();
}

void App::FireDueInjects(std::int64_t now_ms) {
  if (!drill_ || !drill_->state.running()) return;
  const core::DrillScenario* scenario = FindDrillScenario(drill_->scenario_id);
  if (scenario == nullptr) return;
  for (const core::DrillInject* inject : core::DueInjects(*scenario, drill_->state, now_ms)) {
    core::DrillEvent event;
    event.type = core::DrillEventType::Inject;
    event.at_ms = now_ms;
    event.ref = inject->id;
    RecordDrillEvent(event);
  }
}

void App::ScheduleDrillTick(std::int64_t now_ms) {
  if (!drill_ || !drill_->state.running() || drill_tick_pending_) return;
  // Wake at the next whole second of the drill: the clock changes once a second, and
  // nothing is drawn in between.
  const std::int64_t since_start = now_ms - drill_->state.started_ms;
  drill_tick_pending_ = true;
  emscripten_set_timeout(&App::OnDrillTick, static_cast<double>(1000 - since_start % 1000), this);
}

void App::OnDrillTick(void* self) {
  auto* app = static_cast<App*>(self);
  app->drill_tick_pending_ = false;
  app->scheduler_.Request(1);
}

void App::ApplyDrillIntents(const ui::Intents& intents, std::int64_t now_ms) {
  auto record = [&](core::DrillEventType type, std::string ref) {
    core::DrillEvent event;
    event.type = type;
    event.at_ms = now_ms;
    event.ref = std::move(ref);
    RecordDrillEvent(std::move(event));
  };
  if (intents.add_class) AddClass(intents.add_class->name, intents.add_class->expected, now_ms);
  if (!intents.remove_class.empty()) {
    std::erase_if(roster_, [&](const core::RosterClass& c) { return c.name == intents.remove_class; });
    SaveRoster();
  }
  if (!intents.open_report.empty()) {
    for (const PastRun& past : drill_history_) {
      if (std::to_string(past.state.started_ms) == intents.open_report) open_report_ = past.state.started_ms;
    }
  }
  if (intents.close_report) open_report_.reset();
  if (intents.export_json || intents.export_csv) ExportReport(intents.export_csv, now_ms);
  if (intents.print_report) platform_.Print();

  if (!intents.start_drill.empty() && !drill_ && FindDrillScenario(intents.start_drill)) {
    drill_.emplace();
    drill_->scenario_id = intents.start_drill;
    drill_save_problem_.clear();
    open_report_.reset();
    record(core::DrillEventType::Start, intents.start_drill);
    // Every class of the roster is in the roll call from the start, unreported until counted.
    for (const core::RosterClass& c : roster_) RecordRollCall(c.name, {c.expected, 0, 0, 0}, now_ms);
  }
  if (!drill_) return;
  if (!intents.check_step.empty()) record(core::DrillEventType::Step, intents.check_step);
  if (intents.roll_call) RecordRollCall(intents.roll_call->class_name, intents.roll_call->count, now_ms);
  if (!intents.add_note.empty()) {
    core::DrillEvent note;
    note.type = core::DrillEventType::Note;
    note.at_ms = now_ms;
    note.text = intents.add_note;
    RecordDrillEvent(std::move(note));
  }
  if (intents.request_end_drill) drill_->confirm_end = true;
  if (intents.cancel_end_drill) drill_->confirm_end = false;
  if (intents.confirm_end_drill) {
    drill_->confirm_end = false;
    record(core::DrillEventType::End, {});
  }
  if (intents.close_drill && !drill_->state.running() && !drill_->archiving) {
    // The ended drill leaves the screen once storage confirms it is in the history.
    drill_->archiving = true;
    Shell().call<void>("archiveDrill");
  }
}

void App::AddClass(const std::string& name, const std::string& expected, std::int64_t now_ms) {
  core::RosterClass added;
  if (auto problem = core::CheckNewClass(roster_, name, expected, added)) {
    class_problem_ = RosterProblemKey(*problem);
    return;
  }
  class_problem_.clear();
  roster_.push_back(added);
  SaveRoster();
  // A class added during a drill joins its roll call.
  if (drill_ && drill_->state.running() && drill_->state.classes.count(added.name) == 0) {
    RecordRollCall(added.name, {added.expected, 0, 0, 0}, now_ms);
  }
}

void App::SaveRoster() {
  platform_.Store(kRosterStorageKey, core::RosterToJson(roster_));
}

void App::RecordRollCall(const std::string& class_name, const core::ClassCount& count,
                         std::int64_t now_ms) {
  core::DrillEvent event;
  event.type = core::DrillEventType::RollCall;
  event.at_ms = now_ms;
  event.ref = class_name;
  event.expected = count.expected;
  event.accounted = count.accounted;
  event.injured = count.injured;
  event.missing = count.missing;
  RecordDrillEvent(std::move(event));
}

// The report on screen: the drill that just ended, or the past one whose report is open.
void App::ExportReport(bool csv, std::int64_t now_ms) {
  const core::DrillState* state = nullptr;
  std::string scenario_id;
  if (drill_ && !drill_->state.running()) {
    state = &drill_->state;
    scenario_id = drill_->scenario_id;
  } else if (open_report_) {
    for (const PastRun& past : drill_history_) {
      if (past.state.started_ms == *open_report_) {
        state = &past.state;
        scenario_id = past.scenario_id;
      }
    }
  }
  const core::DrillScenario* scenario = FindDrillScenario(scenario_id);
  if (state == nullptr || scenario == nullptr) return;
  std::string stamp = ui::LocalDateTime(state->started_ms, UtcOffsetMinutes(state->started_ms));
  std::replace(stamp.begin(), stamp.end(), ' ', '-');
  stamp.erase(std::remove(stamp.begin(), stamp.end(), ':'), stamp.end());
  const std::string name = "beredd-ovning-" + scenario->id + "-" + stamp;
  if (csv) {
    platform_.Download(name + ".csv", "text/csv;charset=utf-8", core::DrillReportCsv(*scenario, *state));
  } else {
    platform_.Download(name + ".json", "application/json", Dump(core::DrillReportJson(*scenario, *state, now_ms), 2));
  }
}

void App::FillDrillView(ui::DrillView& view, std::int64_t now_ms, int utc_offset_minutes) const {
  view.now_ms = now_ms;
  view.utc_offset_minutes = utc_offset_minutes;
  view.roster = &roster_;
  view.class_problem = class_problem_;
  view.save_problem = drill_save_problem_;
  for (auto past = drill_history_.rbegin(); past != drill_history_.rend(); ++past) {
    const core::DrillScenario* scenario = FindDrillScenario(past->scenario_id);
    if (scenario == nullptr) continue;
    view.history.push_back({std::to_string(past->state.started_ms), scenario, &past->state,
                            past->utc_offset_minutes});
  }
  for (const ui::PastDrill& past : view.history) {
    if (open_report_ && past.state->started_ms == *open_report_) view.open_report = &past;
  }
  if (drill_) {
    view.scenario = FindDrillScenario(drill_->scenario_id);
    view.state = &drill_->state;
    view.confirm_end = drill_->confirm_end;
    view.saved = drill_->stored >= drill_->state.log.size();
    view.utc_offset_minutes = UtcOffsetMinutes(drill_->state.started_ms);
  }
}

bool App::DrawFrame(double now_ms, void* self) { return static_cast<App*>(self)->Draw(now_ms); }

int App::OnContextLost(int, const void*, void* self) {
  auto* app = static_cast<App*>(self);
  app->context_lost_ = true;
  Shell().call<void>("onContextLost");  // the plain-HTML numbers come back meanwhile
  return EM_TRUE;                       // preventDefault: ask for the context back
}

int App::OnContextRestored(int, const void*, void* self) {
  auto* app = static_cast<App*>(self);
  // Every GL object died with the context: build the renderer and font texture anew.
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplOpenGL3_Init("#version 300 es");
  app->font_pixel_ratio_ = 0;
  app->context_lost_ = false;
  app->first_frame_reported_ = false;  // tells the page when the app is back on screen
  app->scheduler_.Request();
  return EM_TRUE;
}

void App::OnInput(void* self, bool press) {
  auto* app = static_cast<App*>(self);
  app->NoteActivity(press);
  app->scheduler_.Request();
}

void App::BuildFontAtlas(float pixel_ratio) {
  const bool had_texture = font_pixel_ratio_ != 0;
  if (had_texture) ImGui_ImplOpenGL3_DestroyFontsTexture();
  ui::BuildFonts(*ImGui::GetIO().Fonts, font_regular_, font_bold_, pixel_ratio);
  ImGui::GetIO().FontGlobalScale = 1.0f / pixel_ratio;
  if (had_texture) ImGui_ImplOpenGL3_CreateFontsTexture();
  font_pixel_ratio_ = pixel_ratio;
}

const core::CprMode* App::SelectedCprMode() const {
  for (const core::CprMode& mode : pack().cpr.modes) {
    if (mode.id == cpr_mode_id_) return &mode;
  }
  return pack().cpr.modes.empty() ? nullptr : &pack().cpr.modes.front();
}

void App::StartCpr() {
  const core::CprMode* mode = SelectedCprMode();
  if (mode == nullptr) return;
  const core::CprRhythm rhythm = core::RhythmFor(pack().cpr, *mode);
  if (core::ValidateRhythm(rhythm)) return;  // packs are validated; never coach a bad rhythm
  cpr_mode_id_ = mode->id;
  cpr_timeline_.emplace(rhythm);
  if (!Shell().call<bool>("startMetronome")) cpr_timeline_.reset();  // no audio at all
}

void App::StopCpr() {
  Shell()["metronome"].call<void>("stop");
  cpr_timeline_.reset();
}

// Practice taps along with the metronome of the chosen mode. Without audio the practice still
// runs: the rate is measured from the taps, not from the clicks.
void App::StartPractice() {
  const core::CprMode* mode = SelectedCprMode();
  if (mode == nullptr) return;
  practice_.emplace(mode->compressions, mode->breaths);
  practice_running_ = true;
  StartCpr();
}

void App::StopPractice() {
  if (!practice_running_) return;
  practice_running_ = false;
  StopCpr();
}

bool App::Draw(double now_ms) {
  if (context_lost_) return false;  // nothing can be drawn until the context is restored
  // The canvas is hidden while printing (the mirror is printed instead). A frame drawn into no
  // space would empty the mirror mid-print; keep the last one until the canvas is back.
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size(kCanvasSelector, &css_width, &css_height);
  if (css_width < 1 || css_height < 1) return false;
  const float pixel_ratio = ImGui_ImplHtml5_NewFrame(now_ms);
  if (pixel_ratio != font_pixel_ratio_) BuildFontAtlas(pixel_ratio);  // crisp text after zoom
  ImGui_ImplOpenGL3_NewFrame();

  const auto wall_ms = static_cast<std::int64_t>(emscripten_date_now());
  const double monotonic_ms = emscripten_get_now();
  FireDueInjects(wall_ms);
  ui::KioskView kiosk;
  FillKioskView(kiosk, monotonic_ms);  // may reset the session first (a timer that came late)
  ui::AppView vm{screen_, pack()};
  vm.unknown_route = unknown_route_;
  vm.pack_error = packs_.notice();
  vm.kiosk = kiosk;
  vm.scroll_to_top = scroll_to_top_;
  scroll_to_top_ = false;
  vm.practice.running = practice_running_;
  vm.practice.session = practice_ ? &*practice_ : nullptr;
  vm.practice.now_ms = monotonic_ms;
  const int utc_offset_minutes = UtcOffsetMinutes(wall_ms);
  FillDrillView(vm.drill, wall_ms, utc_offset_minutes);
  feed_.Fill(vm.map);
  map_session_.Fill(vm.map);
  vm.map.now_ms = wall_ms;
  vm.map.utc_offset_minutes = utc_offset_minutes;
  const core::CprMode* mode = SelectedCprMode();
  vm.cpr.mode_id = mode != nullptr ? mode->id : std::string();
  if (cpr_timeline_) {
    // The count and the pulse read the audio clock the clicks are scheduled on.
    vm.cpr.running = true;
    vm.cpr.elapsed_s = Shell()["metronome"].call<double>("now");
    vm.cpr.moment = cpr_timeline_->At(vm.cpr.elapsed_s);
  }
  const ui::Intents intents = ui::RunAppFrame(vm, input_, tree_);

  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 page = ImGui::ColorConvertU32ToFloat4(ui::colors::kPage);
  glClearColor(page.x, page.y, page.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  mirror_.Update(tree_.nodes(), Labels());
  AttachMap();
  val shell = Shell();
  shell.set("frames", static_cast<double>(scheduler_.frames() + 1));
  if (!first_frame_reported_) {
    first_frame_reported_ = true;
    shell.call<void>("onFirstFrame");
  }
  Apply(intents);
  ApplyDrillIntents(intents, wall_ms);
  if (intents != ui::Intents{}) scheduler_.Request();  // show what the user's action changed
  ScheduleDrillTick(wall_ms);
  ScheduleKioskWake(monotonic_ms);
  // A running metronome animates the pulse and the count, and practice its pad and rate: keep
  // drawing until they stop.
  // Mirror activations wait in line, one per widget per frame: draw until every one is applied.
  return !input_.empty() || tree_.HasPendingActivation() || cpr_timeline_.has_value() || practice_running_;
}

void App::SwitchLanguage() {
  packs_.SwitchToNext();
  // A kiosk's next visitor starts in the default language: the choice is not remembered.
  if (!kiosk_.enabled) platform_.Store(kLocaleStorageKey, pack().locale);
}

void App::Apply(const ui::Intents& intents) {
  if (intents.navigate && *intents.navigate != screen_) {
    // The hash is the single source of truth: setting it adds a history entry, and the page's
    // hashchange listener calls RouteChanged, so back and forward work the same way.
    val::global("location").set("hash", std::string(core::RouteOf(*intents.navigate)));
  } else if (intents.navigate) {
    unknown_route_.clear();
  }
  if (!intents.open_url.empty() && core::IsOpenableUrl(intents.open_url)) {
    platform_.OpenUrl(intents.open_url);
  }
  if (intents.switch_language) SwitchLanguage();
  const std::string open_on_map = map_session_.Apply(intents.map);
  if (!open_on_map.empty()) map_.Select(open_on_map);
  if (!intents.select_cpr_mode.empty() && intents.select_cpr_mode != cpr_mode_id_) {
    cpr_mode_id_ = intents.select_cpr_mode;
    if (cpr_timeline_) StartCpr();  // restart in the new rhythm
  }
  if (intents.start_cpr) StartCpr();
  if (intents.stop_cpr) StopCpr();
  if (intents.start_practice) StartPractice();
  if (intents.stop_practice) StopPractice();
  if (intents.practice_tap && practice_running_) practice_->Tap(last_press_ms_);
  if (intents.extend_session) ExtendSession();
  if (intents.leave_attract) {
    kiosk_session_.LeaveAttract();
    UpdateFeedActive();
  }
}

PageLabels App::Labels() const {
  const core::Catalog& strings = pack().strings;
  const std::string app_title(strings.Get("app.title"));
  std::string title = app_title;
  if (screen_ != core::Screen::Home) {
    title = std::string(strings.Get(ui::ScreenFor(screen_).title_key)) + " – " + app_title;
  }
  return {title, std::string(strings.Get("topbar.label")), pack().locale};
}

}  // namespace beredd::web
