// Boost.Test entry point for the headless ImGui suites.
#define BOOST_TEST_MODULE beredd_ui
#include <boost/test/unit_test.hpp>
