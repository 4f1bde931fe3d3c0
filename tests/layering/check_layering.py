#!/usr/bin/env python3
"""Fails when a layer reaches what it must not (see ../shared/STYLE.md): core/ is std +
nlohmann only; ui/ has no Emscripten, no JSON and no GL; web/ reads no JSON itself (core's
*_json files do); only web/ may name __EMSCRIPTEN__. Every source file opens with a 2-5 line
comment saying what it is, its layer and what it must not include.

Includes are followed transitively through the repository's own headers, so a ui file that
reaches nlohmann/json.hpp through core/x.h -> core/y.h is caught, and the report shows the
chain. Headers the build generates (not in the tree) are not followed.

Usage: check_layering.py REPO_ROOT
       check_layering.py --self-test   (plants violations in a scratch tree; must catch them)"""
import pathlib
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.MULTILINE)
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc")
RULES = {
    "core": (re.compile(r"^(imgui|emscripten|GLFW|GLES|ui/|web/|backends/)"),
             "core/ may use only the standard library and nlohmann/json"),
    "ui": (re.compile(r"^(emscripten|nlohmann|web/|GLES|GLFW)"),
           "ui/ has no Emscripten, no JSON and no GL: views take view-models"),
    "web": (re.compile(r"^nlohmann"),
            "web/ reads no JSON itself: core's *_json files do, and hand it typed data"),
}
PLATFORM_FREE = ("core", "ui")  # only web/ may name __EMSCRIPTEN__
HEADER_LINES = range(2, 6)


def header_problem(text: str):
    """Why the file's opening comment is not the 2-5 line header, or None."""
    lines = text.split("\n")
    count = next((i for i, line in enumerate(lines) if not line.startswith("//")), len(lines))
    header = "\n".join(lines[:count])
    if count not in HEADER_LINES:
        return f"opens with {count} comment lines, not 2-5"
    if "Layer" not in header:
        return "its header does not name its layer"
    if "must not" not in header.lower():
        return "its header does not say what it must not include"
    return None


class IncludeGraph:
    """The #include lines of the repository's files, read once each."""

    def __init__(self, root: pathlib.Path):
        self.root = root
        self._includes = {}

    def includes(self, path: pathlib.Path):
        if path not in self._includes:
            self._includes[path] = INCLUDE.findall(path.read_text(encoding="utf-8"))
        return self._includes[path]

    def first_forbidden(self, start: pathlib.Path, forbidden):
        """The include chain from `start` to the first forbidden header, or None (breadth
        first, so the chain shown is a shortest one)."""
        chains = [[start]]
        seen = {start}
        while chains:
            chain = chains.pop(0)
            for header in self.includes(chain[-1]):
                names = [str(p.relative_to(self.root)) for p in chain] + [header]
                if forbidden.search(header):
                    return names
                resolved = self.root / header
                if resolved.is_file() and resolved not in seen:
                    seen.add(resolved)
                    chains.append(chain + [resolved])
        return None


def violations(root: pathlib.Path):
    """(what was found, the rule it breaks) for every violation under `root`."""
    graph = IncludeGraph(root)
    for layer, (forbidden, why) in RULES.items():
        for path in sorted((root / layer).rglob("*")):
            if path.suffix not in SOURCE_SUFFIXES:
                continue
            chain = graph.first_forbidden(path, forbidden)
            if chain:
                yield f"{chain[0]}: reaches <{chain[-1]}> via {' -> '.join(chain[1:])}", why
            text = path.read_text(encoding="utf-8")
            if layer in PLATFORM_FREE and "__EMSCRIPTEN__" in text:
                yield f"{path.relative_to(root)}: names __EMSCRIPTEN__", "platform #ifdefs belong in web/"
            problem = header_problem(text)
            if problem:
                yield f"{path.relative_to(root)}: {problem}", "each file opens with what it is, its layer and what it must not include"


def check(root: pathlib.Path) -> int:
    checked = [p for layer in RULES for p in (root / layer).rglob("*") if p.suffix in SOURCE_SUFFIXES]
    if not checked:
        print(f"layering: no sources found under {root}", file=sys.stderr)
        return 1
    problems = list(violations(root))
    for found, why in problems:
        print(f"{found}: {why}", file=sys.stderr)
    print(f"layering: {len(checked)} files checked, {len(problems)} violations")
    return 1 if problems else 0


def self_test() -> int:
    """A clean scratch tree passes; after planting, exactly the planted violations are
    reported, each with its include chain."""
    with tempfile.TemporaryDirectory() as scratch:
        root = pathlib.Path(scratch)

        def write(name, text):
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")

        core_header = "// A planted core file.\n// Layer: core. Must not include ui.\n"
        ui_header = "// A planted ui file.\n// Layer: ui. Must not include nlohmann.\n"
        write("core/types.h", core_header + '#include <string>\n')
        write("core/types_json.h", core_header + '#include <nlohmann/json.hpp>\n#include "core/types.h"\n')
        write("core/helper.h", core_header + '#include <vector>\n')
        write("ui/view.h", ui_header + '#include "core/types.h"\n#include "ui/glyph_ranges.h"  // generated\n')
        write("web/runner.cpp", "// A planted web file.\n// Layer: web. Must not include nlohmann.\n"
              '#include "ui/view.h"\n')
        if list(violations(root)):
            print("layering self-test: a clean tree was reported", file=sys.stderr)
            return 1
        write("core/types.h", core_header + '#include <string>\n#include "core/types_json.h"\n')
        write("core/helper.h", core_header + '#include <vector>\n#include <imgui.h>\n')
        write("core/bad.cpp", core_header + '#include "core/helper.h"\n')
        write("ui/deep.cpp", ui_header + '#include "ui/view.h"\n')
        write("ui/bare.cpp", '#include "ui/view.h"  // no header\n')
        write("ui/vague.cpp", "// Something.\n// Layer: ui.\n")
        expected = {
            "core/bad.cpp: reaches <imgui.h> via core/helper.h -> imgui.h",
            "core/helper.h: reaches <imgui.h> via imgui.h",
            "ui/deep.cpp: reaches <nlohmann/json.hpp> via ui/view.h -> core/types.h -> core/types_json.h -> nlohmann/json.hpp",
            "ui/view.h: reaches <nlohmann/json.hpp> via core/types.h -> core/types_json.h -> nlohmann/json.hpp",
            "ui/bare.cpp: reaches <nlohmann/json.hpp> via ui/view.h -> core/types.h -> core/types_json.h -> nlohmann/json.hpp",
            "ui/bare.cpp: opens with 0 comment lines, not 2-5",
            "ui/vague.cpp: its header does not say what it must not include",
            "web/runner.cpp: reaches <nlohmann/json.hpp> via ui/view.h -> core/types.h -> core/types_json.h -> nlohmann/json.hpp",
        }
        found = {message for message, _ in violations(root)}
        for message in sorted(expected - found):
            print(f"layering self-test: not reported: {message}", file=sys.stderr)
        for message in sorted(found - expected):
            print(f"layering self-test: unexpected: {message}", file=sys.stderr)
        if found != expected:
            return 1
    print(f"layering self-test: {len(expected)} planted violations caught with their chains, clean tree passed")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
    sys.exit(check(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()))
