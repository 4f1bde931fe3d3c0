// Semantic tree -> JavaScript objects, only when something changed. Layer: web.
// Must not include nlohmann (core's *_json files read JSON).
#include "web/bridge/a11y_mirror.h"

#include <emscripten/val.h>

namespace beredd::web {
namespace {

using emscripten::val;

std::string_view RegionName(ui::Region region) {
  return region == ui::Region::Banner ? "banner" : "main";
}

val ToJs(const ui::SemanticNode& node) {
  val object = val::object();
  object.set("id", node.id);
  object.set("role", std::string(ui::RoleName(node.role)));
  object.set("region", std::string(RegionName(node.region)));
  object.set("name", node.name);
  object.set("description", node.description);
  object.set("href", node.href);
  object.set("level", node.level);
  object.set("current", node.current);
  object.set("toggle", std::string(node.toggle == ui::Toggle::On    ? "on"
                                   : node.toggle == ui::Toggle::Off ? "off"
                                                                    : "none"));
  if (node.any_key) object.set("anyKey", true);
  if (!node.list.empty()) {
    object.set("list", node.list);
    object.set("listName", node.list_name);
    object.set("setSize", node.set_size);
    object.set("posInSet", node.pos_in_set);
  }
  if (node.role == ui::Role::Field) {
    object.set("field", std::string(node.field == ui::FieldKind::MultiLine ? "multiline"
                                    : node.field == ui::FieldKind::Number  ? "number"
                                                                           : "text"));
    object.set("value", node.value);
  }
  object.set("x", node.rect.x);
  object.set("y", node.rect.y);
  object.set("w", node.rect.w);
  object.set("h", node.rect.h);
  object.set("vx", node.visible.x);
  object.set("vy", node.visible.y);
  object.set("vw", node.visible.w);
  object.set("vh", node.visible.h);
  object.set("hidden", node.hidden);
  return object;
}

// The same elements in the same order: the mirror can change them in place.
bool SameElements(const std::vector<ui::SemanticNode>& a, const std::vector<ui::SemanticNode>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id || a[i].role != b[i].role || a[i].region != b[i].region || a[i].level != b[i].level ||
        a[i].field != b[i].field || a[i].list != b[i].list) {
      return false;  // a new element, in a new place or of another tag
    }
  }
  return true;
}

}  // namespace

void A11yMirror::Update(const std::vector<ui::SemanticNode>& nodes, const PageLabels& labels) {
  if (sent_once_ && nodes == sent_nodes_ && labels == sent_labels_) return;
  // Only the nodes that changed, when the set and order did not: with thousands of list rows,
  // converting and refilling every one each frame would cost more than drawing it.
  const bool patch = sent_once_ && SameElements(nodes, sent_nodes_);
  val array = val::array();
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (!patch || !(nodes[i] == sent_nodes_[i])) array.call<void>("push", ToJs(nodes[i]));
  }
  val page = val::object();
  page.set("title", labels.document_title);
  page.set("bannerLabel", labels.banner_label);
  page.set("lang", labels.lang);
  val::global("beredd")["mirror"].call<void>(patch ? "patch" : "update", array, page);
  sent_nodes_ = nodes;
  sent_labels_ = labels;
  sent_once_ = true;
}

}  // namespace beredd::web
