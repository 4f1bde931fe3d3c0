// Where a medical or procedural instruction comes from: every guide in a pack names its
// source, and the screen shows it, so the organisation reviewing a pack can check each one.
// Layer: core (std only). Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include <string>

namespace beredd::core {

struct Source {
  std::string organisation;  // "ERC och HLR-rådet"
  std::string document;      // "European Resuscitation Council Guidelines 2021: ..."
  int year = 0;              // of the document's edition
};

}  // namespace beredd::core
