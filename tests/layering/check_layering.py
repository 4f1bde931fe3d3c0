#!/usr/bin/env python3
"""Fails when a layer includes what it must not (see ../shared/STYLE.md):
core/ is std + nlohmann only; ui/ has no Emscripten and no JSON; only web/ may name
__EMSCRIPTEN__. Usage: check_layering.py REPO_ROOT"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.MULTILINE)
RULES = {
    "core": (re.compile(r"^(imgui|emscripten|GLFW|GLES|ui/|web/|backends/)"),
             "core/ may use only the standard library and nlohmann/json"),
    "ui": (re.compile(r"^(emscripten|nlohmann|web/|GLES|GLFW)"),
           "ui/ has no Emscripten, no JSON and no GL: views take view-models"),
}


def violations(root: pathlib.Path):
    for layer, (forbidden, why) in RULES.items():
        for path in sorted((root / layer).rglob("*")):
            if path.suffix not in (".h", ".hpp", ".cpp", ".cc"):
                continue
            text = path.read_text(encoding="utf-8")
            for header in INCLUDE.findall(text):
                if forbidden.search(header):
                    yield f"{path.relative_to(root)}: includes <{header}>: {why}"
            if "__EMSCRIPTEN__" in text:
                yield f"{path.relative_to(root)}: platform #ifdef outside web/"


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    checked = [p for layer in RULES for p in (root / layer).rglob("*.[ch]*")]
    if not checked:
        print(f"layering: no sources found under {root}", file=sys.stderr)
        return 1
    problems = list(violations(root))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"layering: {len(checked)} files checked, {len(problems)} violations")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
