// Answers Dear ImGui's OpenGL3 backend's per-frame state backup without asking the GPU.
// Layer: web (Emscripten only). Must not include nlohmann, core or ui headers.
#pragma once

// 2026-12-04 (issue 18): the backend (1.86) reads 13 values and 5 switches of GL state before
// every frame, to restore them after. In a browser each read is a synchronous round trip to the
// GPU process: 40 % of a scrolling frame, and one read waited 15 s behind the map's painting.
// Beredd owns its WebGL context and nothing else draws in it, so the state to restore is only
// what the backend itself set; web/CMakeLists.txt compiles the backend with glGetIntegerv and
// glIsEnabled renamed to these, which answer WebGL's initial state for the backup's queries
// and ask the GPU for everything else (the version and limits read once at start).

#include <GLES3/gl3.h>

extern "C" {
void BereddGlGetIntegerv(GLenum name, GLint* values);
GLboolean BereddGlIsEnabled(GLenum capability);
}
