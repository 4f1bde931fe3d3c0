#!/usr/bin/env python3
"""Lists a built site's files for the service worker (sw.js) to cache, with a version made
from their contents, so every build that changes a file gets its own cache, and writes that
version into the page itself (<meta name="beredd-build">): the page registers the worker of
its own build, and knows when the server has a newer one (standard library only).

usage: precache_list.py SITE_DIR   (writes SITE_DIR/precache.json and SITE_DIR/index.html)
"""
import hashlib
import json
import os
import re
import sys

NEVER_CACHED = {"precache.json", "sw.js"}  # fetched from the network every time
BUILD_META = re.compile(rb'(<meta name="beredd-build" content=")[^"]*(">)')


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
        if path == "index.html":
            data = BUILD_META.sub(rb"\1\2", data)  # the version it is about to carry
        digest.update(path.encode() + b"\0" + hashlib.sha256(data).digest())
        # The page is cached as the site's root, which is how it is navigated to.
        files.append("./" if path == "index.html" else path)
    with open(os.path.join(site, "sw.js"), "rb") as f:
        digest.update(b"sw.js\0" + hashlib.sha256(f.read()).digest())
    precache = {"version": digest.hexdigest()[:16], "files": files}
    page_path = os.path.join(site, "index.html")
    with open(page_path, "rb") as f:
        page = f.read()
    if not BUILD_META.search(page):
        sys.exit(f"precache_list.py: {page_path} has no <meta name=\"beredd-build\" content=\"\">")
    stamped = BUILD_META.sub(rb"\g<1>" + precache["version"].encode() + rb"\2", page)
    if stamped != page:
        with open(page_path, "wb") as f:
            f.write(stamped)
    with open(os.path.join(site, "precache.json"), "w") as out:
        json.dump(precache, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv)
