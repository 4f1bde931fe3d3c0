// The shipped content packs, loaded for view tests (the same files the app serves).
#pragma once

#include <string>

#include "core/content/content_pack.h"

namespace beredd::test {

// content/<locale>.json, parsed; fails the test run if it does not load.
core::ContentPack LoadPack(const std::string& locale);

}  // namespace beredd::test
