// First-aid and preparedness guides from the content pack: choking, the recovery position,
// poisoning, severe bleeding, the VMA signals. Each has sections of steps and names its source.
// Layer: core (std only). Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/source.h"

namespace beredd::core {

struct GuideStep {
  std::string id;
  std::string title;
  std::string text;
  std::string tel;     // optional: a number to call from this step ("0104566700")
  std::string number;  // that number as shown ("010-456 67 00")
};

// A part of a guide for one situation or one group: "Vuxen och barn över 1 år", "Spädbarn".
struct GuideSection {
  std::string id;
  std::string title;
  std::vector<GuideStep> steps;
};

// What a guide shows besides its steps, computed by the app.
enum class GuideFeature { None, Vma };

struct Guide {
  std::string id;    // also its route: "#/guide/choking"
  std::string name;  // "Luftvägsstopp"
  std::string hint;  // one line on the home screen: when to open it
  bool from_cpr = false;  // offered on the CPR screen too (another cause of collapse)
  GuideFeature feature = GuideFeature::None;
  std::vector<GuideSection> sections;
  Source source;
};

// The guide with `id`, or nullptr.
const Guide* FindGuide(std::span<const Guide> guides, std::string_view id);

}  // namespace beredd::core
