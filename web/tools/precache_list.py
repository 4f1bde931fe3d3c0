#!/usr/bin/env python3
"""Lists a built site's files for the service worker (sw.js) to cache, with a version made
from their contents, so every build that changes a file gets its own cache, and writes that
version into the page itself (<meta name="beredd-build">): the page registers the worker of
its own build, and knows when the server has a newer one (standard library only).

The served content packs (content/*.json) are not in the list: the app has them built in, so
the worker asks for each with the ETag of the built-in pack (precache.json's "packs") and
downloads only a pack an organisation has edited (issue 18, the packs shipped once).

usage: precache_list.py SITE_DIR   (writes SITE_DIR/precache.json and SITE_DIR/index.html)
"""
import hashlib
import json
import os
import re
import sys

NEVER_CACHED = {"precache.json", "sw.js"}  # fetched from the network every time
SERVED_PACKS = "content/"
# The packs built into the app (web/CMakeLists.txt, BEREDD_EMBEDDED): the repository's content/.
BUILT_IN_PACKS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "content")
BUILD_META = re.compile(rb'(<meta name="beredd-build" content=")[^"]*(">)')


def site_files(site):
    for folder, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/")
            if name.startswith(".") or path in NEVER_CACHED:
                continue
            yield path


def etag_of(data):
    """The ETag serve.py gives these bytes (etag_of there): 32 hex digits of their SHA-256. Also
    the built-in packs' tags (embed_files.py) and what the benchmark compares (sizes.py)."""
    return '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


def built_in_pack_tags(served):
    """{"content/sv.json": its built-in pack's ETag} for each served pack the app has built in."""
    tags = {}
    for path in served:
        built_in = os.path.join(BUILT_IN_PACKS, path[len(SERVED_PACKS):])
        if os.path.isfile(built_in):
            with open(built_in, "rb") as f:
                tags[path] = etag_of(f.read())
    return tags


def main(argv):
    site = argv[1]
    digest = hashlib.sha256()
    files = []
    served_packs = []
    for path in sorted(site_files(site)):
        if path.startswith(SERVED_PACKS):
            served_packs.append(path)
            continue
        with open(os.path.join(site, path), "rb") as f:
            data = f.read()
        if path == "index.html":
            data = BUILD_META.sub(rb"\1\2", data)  # the version it is about to carry
        digest.update(path.encode() + b"\0" + hashlib.sha256(data).digest())
        # The page is cached as the site's root, which is how it is navigated to.
        files.append("./" if path == "index.html" else path)
    with open(os.path.join(site, "sw.js"), "rb") as f:
        digest.update(b"sw.js\0" + hashlib.sha256(f.read()).digest())
    packs = built_in_pack_tags(served_packs)
    digest.update(json.dumps(packs, sort_keys=True).encode())
    precache = {"version": digest.hexdigest()[:16], "files": files, "packs": packs}
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
