// Semantic tree -> JavaScript objects, only when something changed. Layer: web.
#include "web/a11y_mirror.h"

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
  return object;
}

}  // namespace

void A11yMirror::Update(const std::vector<ui::SemanticNode>& nodes, const PageLabels& labels) {
  if (sent_once_ && nodes == sent_nodes_ && labels == sent_labels_) return;
  val array = val::array();
  for (const ui::SemanticNode& node : nodes) array.call<void>("push", ToJs(node));
  val page = val::object();
  page.set("title", labels.document_title);
  page.set("bannerLabel", labels.banner_label);
  page.set("lang", labels.lang);
  val::global("beredd")["mirror"].call<void>("update", array, page);
  sent_nodes_ = nodes;
  sent_labels_ = labels;
  sent_once_ = true;
}

}  // namespace beredd::web
