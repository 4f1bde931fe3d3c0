#!/usr/bin/env python3
"""Lists a built site's files for the service worker (sw.js) to cache, with a version made
from their contents, so every build that changes a file gets its own cache (standard library
only).

usage: precache_list.py SITE_DIR   (writes SITE_DIR/precache.json)
"""
import hashlib
import json
import os
import sys

NEVER_CACHED = {"precache.json", "sw.js"}  # fetched from the network every time


def site_files(site):
    for folder, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/")
            if name.startswith(".") or path in NEVER_CACHED:
                continue
            yield path


def main(argv):
    site = argv[1]
    digest = hashlib.sha256()
    files = []
    for path in sorted(site_files(site)):
        with open(os.path.join(site, path), "rb") as f:
            data = f.read()
        digest.update(path.encode() + b"\0" + hashlib.sha256(data).digest())
        # The page is cached as the site's root, which is how it is navigated to.
        files.append("./" if path == "index.html" else path)
    with open(os.path.join(site, "sw.js"), "rb") as f:
        digest.update(b"sw.js\0" + hashlib.sha256(f.read()).digest())
    precache = {"version": digest.hexdigest()[:16], "files": files}
    with open(os.path.join(site, "precache.json"), "w") as out:
        json.dump(precache, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv)
