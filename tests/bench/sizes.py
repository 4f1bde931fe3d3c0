#!/usr/bin/env python3
"""Transfer sizes of the built site, raw, gzip (level 9) and brotli (quality 11), by kind.

  sizes.py SITE_DIR FONT_DIR OUT_JSON

Brotli comes from Debian's `brotli` command or Python's brotli module, whichever is present;
without either, the brotli figures are null and the report says why. The fonts are embedded in
the wasm (web/CMakeLists.txt), so they are counted there and shown separately for scale, never
twice. So are the built-in content packs: a served pack equal to its built-in one (the tag in
precache.json's "packs") is never downloaded, neither by the page nor by the service worker, and
is shown apart ("served_packs_as_built_in"); an edited one is counted. Standard library only."""
import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "web" / "tools"))
from precache_list import etag_of  # noqa: E402  (the tags precache.json holds)

# Each file of the site falls in the first kind whose test it passes.
KINDS = [
    ("leaflet", lambda p: p.parts[0] == "leaflet"),
    ("wasm", lambda p: p.suffix == ".wasm"),
    ("js", lambda p: p.suffix == ".js"),
    ("content", lambda p: p.parts[0] == "content"),
    ("html_css", lambda p: p.suffix in (".html", ".css", ".webmanifest")),
    ("data", lambda p: True),  # the map outline, icons, the service worker's file list
]


def brotli_compressor():
    try:
        import brotli  # noqa: PLC0415 (optional)
        return "python brotli module", lambda data: len(brotli.compress(data, quality=11))
    except ImportError:
        pass
    command = shutil.which("brotli")
    if command:
        def run(data):
            return len(subprocess.run([command, "-c", "-q", "11", "-"], input=data,
                                      capture_output=True, check=True).stdout)
        return f"Debian brotli ({command})", run
    return None, None


def measure(files, compress_brotli):
    total = {"files": 0, "raw": 0, "gzip": 0, "brotli": 0 if compress_brotli else None}
    for path in files:
        data = path.read_bytes()
        total["files"] += 1
        total["raw"] += len(data)
        total["gzip"] += len(gzip.compress(data, compresslevel=9, mtime=0))
        if compress_brotli:
            total["brotli"] += compress_brotli(data)
    return total


def served_packs_as_built_in(site):
    """The served packs whose bytes are the built-in pack's, by the tags of precache.json."""
    built_in_tags = json.loads((site / "precache.json").read_text())["packs"]
    return {site / path for path, tag in built_in_tags.items()
            if (site / path).is_file()
            and etag_of((site / path).read_bytes()) == tag}


def main():
    site, font_dir, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    brotli_source, compress_brotli = brotli_compressor()
    by_kind = {name: [] for name, _ in KINDS}
    not_downloaded = served_packs_as_built_in(site)
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        if path in not_downloaded:
            continue
        relative = path.relative_to(site)
        for name, test in KINDS:
            if test(relative):
                by_kind[name].append(path)
                break
    report = {"brotli_source": brotli_source or "unavailable: neither Debian's brotli nor Python's brotli module",
              "kinds": {name: measure(files, compress_brotli) for name, files in by_kind.items()}}
    own = [p for name, files in by_kind.items() if name != "leaflet" for p in files]
    report["total_without_leaflet"] = measure(own, compress_brotli)
    report["total"] = measure([p for files in by_kind.values() for p in files], compress_brotli)
    report["fonts_embedded_in_wasm"] = measure(sorted(font_dir.glob("*.ttf")), compress_brotli)
    report["served_packs_as_built_in"] = measure(sorted(not_downloaded), compress_brotli)
    out.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
