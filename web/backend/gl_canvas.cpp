// The canvas the app draws on: WebGL2, ImGui's backends and the font atlas.
// Layer: web (Emscripten only). Must not include nlohmann or core sessions.
#include "web/backend/gl_canvas.h"

#include <GLES3/gl3.h>
#include <emscripten/html5.h>

#include <string>

#include "backends/imgui_impl_opengl3.h"
#include "imgui.h"
#include "ui/widgets/theme.h"
#include "web/backend/embedded_files.h"
#include "web/backend/imgui_impl_html5.h"
#include "web/backend/page.h"

namespace beredd::web {
namespace {

// Built into the wasm (web/CMakeLists.txt): the subset fonts.
constexpr const char* kRegularFontPath = "/fonts/regular.ttf";
constexpr const char* kBoldFontPath = "/fonts/bold.ttf";
constexpr const char* kGlslVersion = "#version 300 es";

std::vector<unsigned char> ReadBytes(const char* path) {
  const std::optional<std::string_view> bytes = FindEmbeddedFile(path);
  if (!bytes) return {};
  return {bytes->begin(), bytes->end()};
}

}  // namespace

std::optional<std::string_view> GlCanvas::Start(const char* app_selector, const char* canvas_selector,
                                                ui::InputQueue* input, InputCallback on_input,
                                                Callback on_restored, void* user) {
  canvas_selector_ = canvas_selector;
  on_restored_ = on_restored;
  user_ = user;
  font_regular_ = ReadBytes(kRegularFontPath);
  font_bold_ = ReadBytes(kBoldFontPath);
  if (font_regular_.empty() || font_bold_.empty()) return "fonts";

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
  // The drawing buffer is made at the canvas's size once, not at 300x150 and then again.
  double css_width = 0, css_height = 0;
  ImGui_ImplHtml5_FitCanvas(canvas_selector, &css_width, &css_height);
  context_ = emscripten_webgl_create_context(canvas_selector, &attributes);
  if (context_ <= 0) return "webgl2";
  emscripten_webgl_make_context_current(context_);
  // 2026-11-22: browsers drop WebGL contexts (a phone in the background, a GPU reset on a
  // kiosk). Answering "lost" with preventDefault lets the browser restore it later.
  emscripten_set_webglcontextlost_callback(canvas_selector, this, EM_FALSE, &GlCanvas::OnContextLost);
  emscripten_set_webglcontextrestored_callback(canvas_selector, this, EM_FALSE, &GlCanvas::OnContextRestored);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing to persist: layout is computed, not user-arranged
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ui::ApplyTheme(ImGui::GetStyle());
  ImGui_ImplHtml5_Init(app_selector, canvas_selector, input, on_input, user);
  ImGui_ImplOpenGL3_Init(kGlslVersion);
  return std::nullopt;
}

bool GlCanvas::NewFrame(double now_ms) {
  if (context_lost_) return false;  // nothing can be drawn until the context is restored
  // A frame drawn into no space would empty the mirror mid-print; keep the last one instead.
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size(canvas_selector_, &css_width, &css_height);
  if (css_width < 1 || css_height < 1) return false;
  const float pixel_ratio = ImGui_ImplHtml5_NewFrame(now_ms);
  if (pixel_ratio != font_pixel_ratio_) BuildFontAtlas(pixel_ratio);  // crisp text after zoom
  ImGui_ImplOpenGL3_NewFrame();
  return true;
}

void GlCanvas::Render() {
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 page = ImGui::ColorConvertU32ToFloat4(ui::colors::kPage);
  glClearColor(page.x, page.y, page.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void GlCanvas::AddLargeFonts() {
  if (font_set_ == ui::FontSet::All) return;
  font_set_ = ui::FontSet::All;
  // Before the first atlas, or while the context is lost, the next build includes them.
  if (font_pixel_ratio_ != 0 && !context_lost_) BuildFontAtlas(font_pixel_ratio_);
}

void GlCanvas::BuildFontAtlas(float pixel_ratio) {
  const bool had_texture = font_pixel_ratio_ != 0;
  if (had_texture) ImGui_ImplOpenGL3_DestroyFontsTexture();
  ui::BuildFonts(*ImGui::GetIO().Fonts, font_regular_, font_bold_, pixel_ratio, font_set_);
  ImGui::GetIO().FontGlobalScale = 1.0f / pixel_ratio;
  if (had_texture) ImGui_ImplOpenGL3_CreateFontsTexture();
  font_pixel_ratio_ = pixel_ratio;
}

int GlCanvas::OnContextLost(int, const void*, void* self) {
  static_cast<GlCanvas*>(self)->context_lost_ = true;
  page::ContextLost();  // the plain-HTML numbers come back meanwhile
  return EM_TRUE;       // preventDefault: ask for the context back
}

int GlCanvas::OnContextRestored(int, const void*, void* self) {
  auto* canvas = static_cast<GlCanvas*>(self);
  // Every GL object died with the context: build the renderer and font texture anew.
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplOpenGL3_Init(kGlslVersion);
  canvas->font_pixel_ratio_ = 0;
  canvas->context_lost_ = false;
  canvas->on_restored_(canvas->user_);
  return EM_TRUE;
}

}  // namespace beredd::web
