// The first-frame reference: Dear ImGui 1.86's own GLFW + OpenGL3 (WebGL2) backends, its default
// font and one window, as in its examples. It tells the page when its first frame was drawn.
// Built for the benchmark only (tests/bench).
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

namespace {

EM_JS(void, MarkFirstFrame, (), { window.helloFirstFrameMs = performance.now(); });

GLFWwindow* g_window = nullptr;
bool g_first_frame_marked = false;

void Frame() {
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Hello");
  ImGui::Text("Hello, world");
  ImGui::Button("Button");
  ImGui::End();
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(g_window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.45f, 0.55f, 0.60f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (!g_first_frame_marked) {
    g_first_frame_marked = true;
    MarkFirstFrame();
  }
}

}  // namespace

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  g_window = glfwCreateWindow(1280, 800, "hello", nullptr, nullptr);
  if (g_window == nullptr) return 1;
  glfwMakeContextCurrent(g_window);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_main_loop(Frame, 0, false);
  return 0;
}
