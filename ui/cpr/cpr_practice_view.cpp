// CPR practice trainer: the trainee taps a large pad (or presses a key) with every compression
// on a manikin and sees their rate against the metronome's, the 30:2 count with a prompt for
// breaths, and a summary at the end. The maths is core::CprPractice's. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "ui/cpr/cpr_parts.h"
#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

// The gauge's scale, per minute: wide enough to show "too slow" and "too fast" clearly.
constexpr double kGaugeMin = 70;
constexpr double kGaugeMax = 150;
constexpr ImU32 kGood = IM_COL32(0x1E, 0x7B, 0x34, 0xFF);
constexpr ImU32 kOff = IM_COL32(0xB3, 0x0B, 0x1E, 0xFF);
// How long the pad shows a tap: long enough to see at 120/min, short enough to blink.
constexpr double kFlashMs = 120;

std::string Rounded(double value) { return std::to_string(static_cast<long>(std::lround(value))); }

std::string_view BandKey(core::RateBand band) {
  switch (band) {
    case core::RateBand::TooSlow: return "practice.too_slow";
    case core::RateBand::Good: return "practice.good";
    case core::RateBand::TooFast: return "practice.too_fast";
    case core::RateBand::None: break;
  }
  return "practice.begin";
}

// A horizontal scale from kGaugeMin to kGaugeMax per minute: the good band, the metronome's
// rate as a tick and the trainee's live rate as a dot in the band's colour.
void DrawGauge(std::optional<double> rate, int metronome_rate) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = 36.0f;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  auto x_of = [&](double value) {
    const double t = (std::clamp(value, kGaugeMin, kGaugeMax) - kGaugeMin) / (kGaugeMax - kGaugeMin);
    return pos.x + static_cast<float>(t) * width;
  };
  const float mid = pos.y + height * 0.5f;
  draw->AddRectFilled(ImVec2(pos.x, mid - 6), ImVec2(pos.x + width, mid + 6), colors::kCardBorder, 6);
  draw->AddRectFilled(ImVec2(x_of(core::kGoodRateMin), mid - 10), ImVec2(x_of(core::kGoodRateMax), mid + 10),
                      kGood, 4);
  const float tick = x_of(metronome_rate);
  draw->AddLine(ImVec2(tick, pos.y), ImVec2(tick, pos.y + height), colors::kInk, 3.0f);
  if (rate) {
    const ImU32 color = core::BandOf(*rate) == core::RateBand::Good ? kGood : kOff;
    draw->AddCircleFilled(ImVec2(x_of(*rate), mid), 13.0f, colors::kCard);
    draw->AddCircleFilled(ImVec2(x_of(*rate), mid), 10.0f, color);
  }
  ImGui::Dummy(ImVec2(width, height));
}

void DrawRunning(const AppView& vm, const core::CprPractice& session, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  if (CardButton("practice.toggle", s.Get("practice.stop"), {}, StartStopStyle(true))) out.cpr.stop_practice = true;

  const std::optional<double> rate = session.LiveRate(vm.practice.now_ms);
  const bool paused = !rate && session.taps().size() >= 2;
  const std::string_view band = paused ? "practice.paused" : BandKey(rate ? core::BandOf(*rate) : core::RateBand::None);
  ImGui::PushFont(Font(FontRole::Heading));
  // Announced when it changes, which is when the band changes, not at every tap.
  Paragraph("practice.band", s.Get(band), Role::Status);
  ImGui::PopFont();
  const std::string target = s.Format("practice.target", {{"rate", std::to_string(vm.pack.cpr.rate_per_min)}});
  Paragraph("practice.rate", rate ? s.Format("practice.rate", {{"rate", Rounded(*rate)}}) : target);
  DrawGauge(rate, vm.pack.cpr.rate_per_min);

  const core::PracticeCount count = session.Count();
  ImGui::PushFont(Font(count.breaths_due ? FontRole::Heading : FontRole::Count));
  const std::string count_text =
      count.breaths_due ? s.Format("practice.breaths", {{"breaths", std::to_string(session.breaths())}})
                        : std::to_string(count.compression) + " / " + std::to_string(session.per_cycle());
  Paragraph("practice.count", count_text, count.breaths_due ? Role::Status : Role::Text);
  ImGui::PopFont();

  // The pad takes what is left of the screen, but never less than a comfortable target.
  const float height = std::max(160.0f, ImGui::GetContentRegionAvail().y - 80.0f);
  const bool flash = !session.taps().empty() && vm.practice.now_ms - session.taps().back() < kFlashMs;
  if (TapPad("practice.pad", s.Get("practice.pad"), ImVec2(ImGui::GetContentRegionAvail().x, height), flash)) {
    out.cpr.practice_tap = true;
  }
  Paragraph("practice.target", target);
}

void DrawSummary(const AppView& vm, const core::CprPractice& session) {
  const core::Catalog& s = vm.pack.strings;
  Heading("practice.summary", s.Get("practice.summary"), 2);
  const core::PracticeSummary summary = session.Summary();
  if (summary.compressions == 0) {
    Paragraph("practice.summary.none", s.Get("practice.summary.none"));
    return;
  }
  Paragraph("practice.summary.compressions",
            s.Format("practice.summary.compressions",
                     {{"count", std::to_string(summary.compressions)}, {"cycles", std::to_string(summary.cycles)}}));
  Paragraph("practice.summary.in_range",
            s.Format("practice.summary.in_range", {{"percent", Rounded(100 * summary.in_range_share)}}));
  Paragraph("practice.summary.mean_rate", s.Format("practice.summary.mean_rate", {{"rate", Rounded(summary.mean_rate)}}));
  char seconds[16];
  std::snprintf(seconds, sizeof seconds, "%.1f", summary.longest_pause_ms / 1000.0);
  if (vm.pack.locale != "en") std::replace(std::begin(seconds), std::end(seconds), '.', ',');  // "2,5 s"
  Paragraph("practice.summary.longest_pause", s.Format("practice.summary.longest_pause", {{"seconds", seconds}}));
  if (summary.long_pauses > 0) Notice("practice.summary.long_pause", s.Get("practice.summary.long_pause"));
}

}  // namespace

void DrawCprPractice(const AppView& vm, Intents& out) {
  const core::CprMode* mode = SelectedCprMode(vm);
  if (mode == nullptr) return;  // validation guarantees modes
  if (vm.practice.running && vm.practice.session != nullptr) {
    DrawRunning(vm, *vm.practice.session, out);
    return;
  }
  Paragraph("practice.intro", vm.pack.strings.Get("practice.intro"));
  DrawCprModeChoice(vm, *mode, out);
  if (CardButton("practice.toggle", vm.pack.strings.Get("practice.start"), {}, StartStopStyle(false))) {
    out.cpr.start_practice = true;
  }
  if (vm.practice.session != nullptr) DrawSummary(vm, *vm.practice.session);
}

}  // namespace beredd::ui
