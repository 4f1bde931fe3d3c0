// The incident map screen: the feed's state, filters, the list of incidents (newest first, its
// rows made by core::IncidentList, drawn through ImGuiListClipper and recorded for the mirror
// around what is in view) and the box where the platform's map is shown. Selection is one id,
// shared by the list and the map. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <algorithm>
#include <span>
#include <string>

#include "imgui.h"
#include "ui/widgets/clock_text.h"
#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

constexpr float kWideLayout = 900.0f;  // list beside the map from this width, above it below
constexpr float kRowHeight = 64.0f;
constexpr int kHourFilters[] = {1, 6, 24, 0};
constexpr const char* kHourKeys[] = {"map.hours_1", "map.hours_6", "map.hours_24", "map.hours_all"};

std::string Clock(std::int64_t ms, const MapView& map) {
  return LocalDateTime(ms, map.utc_offset_minutes).substr(11, 5);
}

// One source's state; with several, each line starts with the source's name ("SMHI: ...").
void DrawFeedState(const AppView& vm, const core::FeedState& feed) {
  const core::Catalog& s = vm.pack.strings;
  const MapView& map = vm.map;
  const std::string problem = feed.offline ? std::string(s.Get("map.offline")) : feed.problem;
  const std::string name = feed.name.empty() ? std::string() : feed.name + ": ";
  ImGui::PushID(feed.name.c_str());
  if (feed.updated_ms == 0 && feed.stale_since_ms == 0) {
    Paragraph("map.state", name + std::string(s.Get("map.loading")), Role::Status);
  } else if (feed.updated_ms == 0) {
    Notice("map.state", name + s.Format("map.unavailable", {{"problem", problem}}));
  } else if (feed.stale_since_ms != 0) {
    // The last good incidents stay on screen; this says how old they are and why.
    Notice("map.state", name + s.Format("map.stale", {{"time", Clock(feed.stale_since_ms, map)},
                                                       {"updated", Clock(feed.updated_ms, map)},
                                                       {"problem", problem}}));
  } else {
    Paragraph("map.state", name + s.Format("map.updated", {{"time", Clock(feed.updated_ms, map)}}), Role::Status);
  }
  if (feed.dropped > 0) {
    Paragraph("map.dropped", name + s.Format("map.dropped", {{"count", std::to_string(feed.dropped)}}));
  }
  ImGui::PopID();
}

void DrawFeedStates(const AppView& vm) {
  if (vm.map.feeds.empty()) {
    DrawFeedState(vm, core::FeedState{});  // nothing polled yet: "Hämtar …"
    return;
  }
  for (const core::FeedState& feed : vm.map.feeds) DrawFeedState(vm, feed);
}

void DrawFilters(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  ImGui::PushID("category");
  if (ToggleButton("all", s.Get("map.all_categories"), vm.map.category.empty())) out.map.category = "";
  const std::span<const std::string> categories =
      vm.map.categories != nullptr ? std::span(*vm.map.categories) : std::span<const std::string>();
  for (const std::string& category : categories) {
    SameLineIfFits(ImGui::CalcTextSize(category.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x);
    if (ToggleButton(category, category, vm.map.category == category)) out.map.category = category;
  }
  ImGui::PopID();
  ImGui::PushID("hours");
  for (std::size_t i = 0; i < std::size(kHourFilters); ++i) {
    const std::string_view label = s.Get(kHourKeys[i]);
    if (i > 0) SameLineIfFits(ImGui::CalcTextSize(label.data(), label.data() + label.size()).x + 2 * ImGui::GetStyle().FramePadding.x);
    if (ToggleButton(kHourKeys[i], label, vm.map.within_hours == kHourFilters[i])) {
      out.map.within_hours = kHourFilters[i];
    }
  }
  ImGui::PopID();
  // "Near me" asks the browser for the position only when pressed (it asks the user first).
  const std::string_view near = s.Get(vm.map.locating ? "map.locating" : "map.near_me");
  if (ToggleButton("map.near_me", near, vm.map.near.has_value()) && !vm.map.locating) {
    if (vm.map.near) {
      out.map.clear_near = true;
    } else {
      out.map.locate = true;
    }
  }
  const std::string_view region = s.Get("map.only_map_area");
  SameLineIfFits(ImGui::CalcTextSize(region.data(), region.data() + region.size()).x + 2 * ImGui::GetStyle().FramePadding.x);
  if (ToggleButton("map.only_map_area", region, vm.map.only_map_area)) out.map.only_map_area = !vm.map.only_map_area;
  if (!vm.map.location_problem.empty()) Notice("map.location_problem", s.Get(vm.map.location_problem));
}

// The rows in the tree are those in view and kRecordedMargin more on each side, in list order:
// a frame costs what is visible, not the feed's size, and a scroll changes only the rows that
// come into or leave view (the mirror patches those). Each says its place in the whole list, and
// Tab, a screen reader or the mirror's End key move the window on. Printing records every row:
// paper has no scrolling. The rows' texts were made once (core::IncidentList), not here.
void DrawList(const AppView& vm, Intents& out) {
  constexpr int kRecordedMargin = 25;
  const core::Catalog& s = vm.pack.strings;
  const std::span<const core::ListedIncident> rows =
      vm.map.rows != nullptr ? std::span(*vm.map.rows) : std::span<const core::ListedIncident>();
  const int count = static_cast<int>(rows.size());
  const std::string list_name = s.Format("map.count", {{"count", std::to_string(count)}});
  Heading("map.list", list_name, 2);
  if (rows.empty()) Paragraph("map.none", s.Get("map.none"));
  ImGui::PushID("incidents");
  const float step = kRowHeight + ImGui::GetStyle().ItemSpacing.y;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const auto place = [&](int i) { return ListPlace{"incidents", list_name, count, i + 1}; };
  const auto selected = [&](int i) { return rows[i].incident->id == vm.map.selected_id; };
  ImGuiListClipper clipper;
  clipper.Begin(count, step);
  int first = 0;  // rows [first, count) are still to record or skip
  while (clipper.Step()) {
    const int window_start = vm.printing ? first : std::max(first, clipper.DisplayStart - kRecordedMargin);
    for (int i = window_start; i < clipper.DisplayStart; ++i) {
      if (UndrawnListRow(rows[i].incident->id, rows[i].incident->title, rows[i].description,
                         start.y + static_cast<float>(i) * step, selected(i), place(i))) {
        out.map.select_incident = rows[i].incident->id;
      }
    }
    for (int i = std::max(first, clipper.DisplayStart); i < clipper.DisplayEnd; ++i) {
      if (ListRow(rows[i].incident->id, rows[i].incident->title, rows[i].detail, rows[i].description, kRowHeight,
                  selected(i), place(i))) {
        out.map.select_incident = rows[i].incident->id;
      }
    }
    first = std::max(first, clipper.DisplayEnd);
  }
  clipper.End();
  const int window_end = vm.printing ? count : std::min(count, first + kRecordedMargin);
  for (int i = first; i < window_end; ++i) {
    if (UndrawnListRow(rows[i].incident->id, rows[i].incident->title, rows[i].description,
                       start.y + static_cast<float>(i) * step, selected(i), place(i))) {
      out.map.select_incident = rows[i].incident->id;
    }
  }
  // A row chosen on the map, or one the mirror asked for by its place (not recorded yet).
  int reveal = TakeListReveal("incidents");
  for (int i = 0; i < count && vm.map.reveal_selected && reveal == 0; ++i) {
    if (selected(i)) reveal = i + 1;
  }
  if (reveal > 0 && reveal <= count) {
    ImGui::SetScrollFromPosY(start.y + static_cast<float>(reveal - 1) * step - ImGui::GetWindowPos().y, 0.3f);
  }
  ImGui::PopID();
}

void DrawListPane(const AppView& vm, Intents& out, ImVec2 size) {
  ImGui::BeginChild("list", size, false, ImGuiWindowFlags_None);
  DrawFilters(vm, out);
  DrawList(vm, out);
  ImGui::EndChild();
}

}  // namespace

void DrawMap(const AppView& vm, Intents& out) {
  DrawFeedStates(vm);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float height = std::max(avail.y, 480.0f);
  const std::string_view label = vm.pack.strings.Get("map.region");
  if (avail.x >= kWideLayout) {
    DrawListPane(vm, out, ImVec2(avail.x * 0.42f, height));
    ImGui::SameLine();
    MapArea("map", label, ImVec2(ImGui::GetContentRegionAvail().x, height));
  } else {
    const float map_height = std::max(240.0f, avail.y * 0.45f);
    MapArea("map", label, ImVec2(avail.x, map_height));
    DrawListPane(vm, out, ImVec2(avail.x, std::max(360.0f, avail.y - map_height - ImGui::GetStyle().ItemSpacing.y)));
  }
}

}  // namespace beredd::ui
