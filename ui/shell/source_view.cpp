// "Källa: …" under every medical or procedural guide, from the guide's own source in the pack.
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#include <string>

#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {

void DrawSource(const AppView& vm, std::string_view key, const core::Source& source) {
  Paragraph(key, vm.pack.strings.Format("guide.source", {{"organisation", source.organisation},
                                                         {"document", source.document},
                                                         {"year", std::to_string(source.year)}}));
}

}  // namespace beredd::ui
