// The GL state Dear ImGui's backend backs up, answered as WebGL's initial state: see the header.
// Layer: web (Emscripten only). Must not include nlohmann, core or ui headers.
#include "web/backend/gl_known_state.h"

extern "C" {

void BereddGlGetIntegerv(GLenum name, GLint* values) {
  switch (name) {
    case GL_ACTIVE_TEXTURE: values[0] = GL_TEXTURE0; return;
    case GL_CURRENT_PROGRAM:
    case GL_TEXTURE_BINDING_2D:
    case GL_ARRAY_BUFFER_BINDING:
    case GL_VERTEX_ARRAY_BINDING: values[0] = 0; return;
    // The canvas draws its own viewport before every frame (GlCanvas::BeginFrame); the scissor
    // test is off outside the backend's drawing.
    case GL_VIEWPORT:
    case GL_SCISSOR_BOX: values[0] = values[1] = values[2] = values[3] = 0; return;
    case GL_BLEND_SRC_RGB:
    case GL_BLEND_SRC_ALPHA: values[0] = GL_ONE; return;
    case GL_BLEND_DST_RGB:
    case GL_BLEND_DST_ALPHA: values[0] = GL_ZERO; return;
    case GL_BLEND_EQUATION_RGB:
    case GL_BLEND_EQUATION_ALPHA: values[0] = GL_FUNC_ADD; return;
    default: glGetIntegerv(name, values);
  }
}

GLboolean BereddGlIsEnabled(GLenum capability) {
  switch (capability) {
    case GL_BLEND:
    case GL_CULL_FACE:
    case GL_DEPTH_TEST:
    case GL_STENCIL_TEST:
    case GL_SCISSOR_TEST: return GL_FALSE;
    default: return glIsEnabled(capability);
  }
}

}  // extern "C"
