// The semantic tree each frame records, and the activations the mirror asks for.
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#include "ui/widgets/semantic_tree.h"

#include <cstdio>
#include <utility>

namespace beredd::ui {
namespace {
// The current tree, in the manner of ImGui's GImGui: one per thread of UI, set per frame.
SemanticTree* g_current_tree = nullptr;
}  // namespace

void SemanticTree::BeginFrame() {
  nodes_.clear();
  region_ = Region::Main;
}

void SemanticTree::EndFrame() {
  // The first request was next in line for the whole frame when none was consumed: its widget
  // had its chance (or is not an activatable one), so it goes.
  if (!consumed_activation_ && !pending_activations_.empty()) pending_activations_.pop_front();
  while (!pending_activations_.empty() && Find(pending_activations_.front()) == nullptr) {
    pending_activations_.pop_front();
  }
  consumed_activation_ = false;
  pending_reveal_.clear();
  pending_reveal_list_.clear();
  pending_reveal_position_ = 0;
}

void SemanticTree::Add(SemanticNode node) {
  node.region = region_;
  nodes_.push_back(std::move(node));
}

const SemanticNode* SemanticTree::Find(std::string_view id) const {
  for (const SemanticNode& node : nodes_) {
    if (node.id == id) return &node;
  }
  return nullptr;
}

const SemanticNode* SemanticTree::FindByName(Role role, std::string_view name) const {
  for (const SemanticNode& node : nodes_) {
    if (node.role == role && node.name == name) return &node;
  }
  return nullptr;
}

bool SemanticTree::ConsumeActivation(std::string_view id) {
  // One per frame: a frame's intents hold one action of each kind, so a second activation in
  // the same frame (two roll-call buttons, say) would overwrite the first.
  if (consumed_activation_) return false;
  if (pending_activations_.empty() || pending_activations_.front() != id) return false;
  pending_activations_.pop_front();
  consumed_activation_ = true;
  return true;
}

bool SemanticTree::ConsumeReveal(std::string_view id) {
  if (pending_reveal_.empty() || pending_reveal_ != id) return false;
  pending_reveal_.clear();
  return true;
}

int SemanticTree::ConsumeRevealPosition(std::string_view list) {
  if (pending_reveal_list_.empty() || pending_reveal_list_ != list) return 0;
  pending_reveal_list_.clear();
  return std::exchange(pending_reveal_position_, 0);
}

void SemanticTree::SetFieldValue(const std::string& id, std::string value) {
  field_values_[id] = std::move(value);
}

std::string_view SemanticTree::FieldValue(std::string_view id) const {
  auto it = field_values_.find(id);
  return it == field_values_.end() ? std::string_view() : std::string_view(it->second);
}

void SetCurrentSemanticTree(SemanticTree* tree) { g_current_tree = tree; }
SemanticTree* CurrentSemanticTree() { return g_current_tree; }

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::Button: return "button";
    case Role::Link: return "link";
    case Role::Heading: return "heading";
    case Role::Text: return "text";
    case Role::Status: return "status";
    case Role::Field: return "textbox";
    case Role::Map: return "region";
  }
  return "text";
}

std::string SemanticId(unsigned imgui_id) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "n%08x", imgui_id);
  return buffer;
}

}  // namespace beredd::ui
