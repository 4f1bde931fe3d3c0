// Boost.Test entry point for the core suites.
#define BOOST_TEST_MODULE beredd_core
#include <boost/test/unit_test.hpp>
