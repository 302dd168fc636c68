// Catch2's main for the core tests (links only scopekeeper_core).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
