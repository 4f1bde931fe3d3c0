// Sends the semantic tree to the page's ARIA mirror (web/shell/mirror.js) when it changed.
// Layer: web. The mirror turns nodes into transparent, positioned DOM elements with real roles,
// names and landmarks over the canvas; this side only decides *when* to send.
// Must not include nlohmann (core's *_json files read JSON).
#pragma once

#include <string>
#include <vector>

#include "ui/widgets/semantic_tree.h"

namespace beredd::web {

struct PageLabels {
  std::string document_title;  // e.g. "HLR – Beredd"
  std::string banner_label;    // aria-label of the <header> landmark
  std::string lang;            // <html lang>, e.g. "sv"
  bool operator==(const PageLabels&) const = default;
};

class A11yMirror {
 public:
  // Pushes `nodes` and `labels` to JavaScript if either differs from what was sent last.
  void Update(const std::vector<ui::SemanticNode>& nodes, const PageLabels& labels);

 private:
  std::vector<ui::SemanticNode> sent_nodes_;
  PageLabels sent_labels_;
  bool sent_once_ = false;
};

}  // namespace beredd::web
