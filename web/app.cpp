// Web runner. Layer: web.
#include "web/app.h"

#include <GLES3/gl3.h>
#include <emscripten/val.h>

#include <fstream>
#include <iterator>
#include <string>

#include "backends/imgui_impl_opengl3.h"
#include "core/url_policy.h"
#include "imgui.h"
#include "ui/frame_runner.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "web/imgui_impl_html5.h"

namespace beredd::web {
namespace {

using emscripten::val;

constexpr const char* kAppSelector = "#app";
constexpr const char* kCanvasSelector = "#canvas";
// Embedded into the wasm at link time (web/CMakeLists.txt), subset to the glyphs we draw.
constexpr const char* kRegularFontPath = "/fonts/regular.ttf";
constexpr const char* kBoldFontPath = "/fonts/bold.ttf";

std::vector<unsigned char> ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void Fail(const char* reason) { val::global("beredd").call<void>("fail", std::string(reason)); }

}  // namespace

App::App()
    : strings_(core::BuiltInSwedish()),
      numbers_(core::BuiltInNumbers()),
      scheduler_(&App::DrawFrame, this) {}

bool App::Start() {
  font_regular_ = ReadFile(kRegularFontPath);
  font_bold_ = ReadFile(kBoldFontPath);
  if (font_regular_.empty() || font_bold_.empty()) {
    Fail("fonts");
    return false;
  }

  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_FALSE;
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  gl_context_ = emscripten_webgl_create_context(kCanvasSelector, &attributes);
  if (gl_context_ <= 0) {
    Fail("webgl2");
    return false;
  }
  emscripten_webgl_make_context_current(gl_context_);

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
  screen_ = match.screen;
  unknown_route_ = match.known ? std::string() : hash;
  scheduler_.Request();
}

void App::Activate(const std::string& semantic_id) {
  tree_.RequestActivation(semantic_id);
  scheduler_.Request();
}

void App::Reveal(const std::string& semantic_id) {
  tree_.RequestReveal(semantic_id);
  scheduler_.Request();
}

bool App::DrawFrame(double now_ms, void* self) { return static_cast<App*>(self)->Draw(now_ms); }

void App::OnInput(void* self) { static_cast<App*>(self)->scheduler_.Request(); }

void App::BuildFontAtlas(float pixel_ratio) {
  const bool had_texture = font_pixel_ratio_ != 0;
  if (had_texture) ImGui_ImplOpenGL3_DestroyFontsTexture();
  ui::BuildFonts(*ImGui::GetIO().Fonts, font_regular_, font_bold_, pixel_ratio);
  ImGui::GetIO().FontGlobalScale = 1.0f / pixel_ratio;
  if (had_texture) ImGui_ImplOpenGL3_CreateFontsTexture();
  font_pixel_ratio_ = pixel_ratio;
}

bool App::Draw(double now_ms) {
  const float pixel_ratio = ImGui_ImplHtml5_NewFrame(now_ms);
  if (pixel_ratio != font_pixel_ratio_) BuildFontAtlas(pixel_ratio);  // crisp text after zoom
  ImGui_ImplOpenGL3_NewFrame();

  const ui::AppView vm{screen_, strings_, numbers_, unknown_route_};
  const ui::Intents intents = ui::RunAppFrame(vm, input_, tree_);

  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 page = ImGui::ColorConvertU32ToFloat4(ui::colors::kPage);
  glClearColor(page.x, page.y, page.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  mirror_.Update(tree_.nodes(), Labels());
  val beredd = val::global("beredd");
  beredd.set("frames", static_cast<double>(scheduler_.frames() + 1));
  if (!first_frame_reported_) {
    first_frame_reported_ = true;
    beredd.call<void>("onFirstFrame");
  }
  Apply(intents);
  return !input_.empty();
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
    val::global("beredd").call<void>("openUrl", intents.open_url);
  }
}

PageLabels App::Labels() const {
  const std::string app_title(strings_.Get("app.title"));
  std::string title = app_title;
  if (screen_ != core::Screen::Home) {
    title = std::string(strings_.Get(ui::ScreenFor(screen_).title_key)) + " – " + app_title;
  }
  return {title, std::string(strings_.Get("topbar.label")), "sv"};
}

}  // namespace beredd::web
