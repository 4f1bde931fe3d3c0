// SemanticTree: activations from the ARIA mirror and landmark regions.
#include <boost/test/unit_test.hpp>

#include "ui/widgets/semantic_tree.h"
#include "ui/widgets/widgets.h"

using namespace beredd::ui;

namespace {
SemanticNode Node(std::string id) {
  SemanticNode node;
  node.id = std::move(id);
  return node;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(semantic_tree)

BOOST_AUTO_TEST_CASE(an_activation_is_consumed_once_and_only_by_its_element) {
  SemanticTree tree;
  tree.RequestActivation("n0000002a");
  BOOST_TEST(!tree.ConsumeActivation("n00000001"));
  BOOST_TEST(tree.ConsumeActivation("n0000002a"));
  BOOST_TEST(!tree.ConsumeActivation("n0000002a"));
}

BOOST_AUTO_TEST_CASE(an_activation_for_a_vanished_element_is_dropped_at_frame_end) {
  SemanticTree tree;
  tree.RequestActivation("gone");
  tree.BeginFrame();
  BOOST_TEST(tree.HasPendingActivation());
  tree.EndFrame();
  BOOST_TEST(!tree.HasPendingActivation());
}

BOOST_AUTO_TEST_CASE(activations_wait_in_order_and_none_is_lost) {
  SemanticTree tree;
  SetCurrentSemanticTree(&tree);
  tree.RequestActivation("a");
  tree.RequestActivation("b");
  tree.RequestActivation("a");
  // Frame 1 draws b before a: b is not next in line yet, a is.
  tree.BeginFrame();
  BOOST_TEST(!tree.ConsumeActivation("b"));
  tree.Add(Node("b"));
  BOOST_TEST(tree.ConsumeActivation("a"));
  tree.Add(Node("a"));
  tree.EndFrame();
  BOOST_TEST_REQUIRE(tree.HasPendingActivation());
  // Frame 2: b. The second a waits for the next frame: a frame's intents hold one action of
  // each kind, and two in one frame would overwrite each other.
  tree.BeginFrame();
  BOOST_TEST(tree.ConsumeActivation("b"));
  tree.Add(Node("b"));
  BOOST_TEST(!tree.ConsumeActivation("a"));
  tree.Add(Node("a"));
  tree.EndFrame();
  BOOST_TEST_REQUIRE(tree.HasPendingActivation());
  // Frame 3: the second a.
  tree.BeginFrame();
  tree.Add(Node("b"));
  BOOST_TEST(tree.ConsumeActivation("a"));
  tree.Add(Node("a"));
  tree.EndFrame();
  BOOST_TEST(!tree.HasPendingActivation());
  SetCurrentSemanticTree(nullptr);
}

BOOST_AUTO_TEST_CASE(an_activation_its_element_does_not_take_is_dropped_and_unblocks_the_rest) {
  SemanticTree tree;
  tree.RequestActivation("heading");  // shown, but nothing there is activatable
  tree.RequestActivation("button");
  tree.BeginFrame();
  tree.Add(Node("heading"));
  BOOST_TEST(!tree.ConsumeActivation("button"));
  tree.Add(Node("button"));
  tree.EndFrame();
  tree.BeginFrame();
  BOOST_TEST(tree.ConsumeActivation("button"));
  tree.Add(Node("button"));
  tree.EndFrame();
  BOOST_TEST(!tree.HasPendingActivation());
}

BOOST_AUTO_TEST_CASE(region_scope_restores_the_previous_region) {
  SemanticTree tree;
  SetCurrentSemanticTree(&tree);
  tree.BeginFrame();
  {
    RegionScope banner(Region::Banner);
    tree.Add(Node("a"));
  }
  tree.Add(Node("b"));
  SetCurrentSemanticTree(nullptr);
  BOOST_TEST((tree.Find("a")->region == Region::Banner));
  BOOST_TEST((tree.Find("b")->region == Region::Main));
}

BOOST_AUTO_TEST_SUITE_END()
