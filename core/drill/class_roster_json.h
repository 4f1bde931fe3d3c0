// The class roster as stored (browser storage): a JSON array of {"name", "expected"}.
// Layer: core (std + nlohmann in the .cpp). Must not be included by ui; must not include ui or web.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/drill/class_roster.h"

namespace beredd::core {

// Reading skips invalid or repeated entries and never throws, so a damaged record loses at most
// those entries.
std::string RosterToJson(const std::vector<RosterClass>& roster);
std::vector<RosterClass> RosterFromJson(std::string_view text);

}  // namespace beredd::core
