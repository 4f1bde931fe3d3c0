#!/usr/bin/env python3
"""Serve Beredd on http://127.0.0.1:8000 (Python standard library only).

By default it first installs what is missing and builds the web app (bash .ci/build web), then
serves build/web/site. It never lists directories, never serves anything outside its root
(symlinks included), times out idle connections and sends strict security headers.
"""
import argparse
import http.server
import os
import posixpath
import subprocess
import sys
import urllib.parse

REPO = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.join(REPO, "build", "web", "site")

# 'wasm-unsafe-eval' lets WebAssembly compile; the app is built with -sDYNAMIC_EXECUTION=0, so
# no 'unsafe-eval' and no 'unsafe-inline' are needed. https: images are map tiles (issue #4).
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=(), payment=()",
}
CONTENT_TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".geojson": "application/geo+json",
    ".webmanifest": "application/manifest+json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ttf": "font/ttf",
    ".woff2": "font/woff2",
    ".txt": "text/plain; charset=utf-8",
}


class BereddHandler(http.server.SimpleHTTPRequestHandler):
    """Static files from `root`, safely. GET and HEAD only."""

    server_version = "Beredd"
    sys_version = ""
    timeout = 10  # seconds a connection may sit idle before it is closed
    root = DEFAULT_ROOT
    quiet = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=self.root, **kwargs)

    def end_headers(self):
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def guess_type(self, path):
        return CONTENT_TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream")

    def translate_path(self, path):
        """Maps a URL path into the root, or to None when it must not be served."""
        path = urllib.parse.urlsplit(path).path
        try:
            path = urllib.parse.unquote(path, errors="strict")
        except UnicodeDecodeError:
            return None
        if "\x00" in path or "\\" in path:
            return None
        parts = [p for p in posixpath.normpath(path).split("/") if p and p != "."]
        if any(p == ".." or p.startswith(".") for p in path.split("/") if p):
            return None  # traversal, or a hidden file such as .git
        real_root = os.path.realpath(self.root)
        candidate = os.path.realpath(os.path.join(real_root, *parts))
        if os.path.commonpath([real_root, candidate]) != real_root:
            return None  # a symlink that points outside the root
        return candidate

    def send_head(self):
        path = self.translate_path(self.path)
        if path is None:
            self.send_error(404, "Not found")
            return None
        if os.path.isdir(path):
            index = os.path.join(path, "index.html")
            if not os.path.isfile(index):
                self.send_error(404, "Not found")  # never a directory listing
                return None
        return super().send_head()

    def list_directory(self, path):
        self.send_error(404, "Not found")
        return None

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


def build_web_app():
    """Installs what is missing and builds build/web/site; exits with the build's status."""
    print("Building the web app (bash .ci/build web) ...", flush=True)
    result = subprocess.run(["bash", os.path.join(REPO, ".ci", "build"), "web"], cwd=REPO)
    if result.returncode != 0:
        sys.exit(f"serve.py: the build failed (exit {result.returncode}); nothing to serve")


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Build Beredd's web app and serve it locally (Python stdlib only).")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8000,
                        help="port to listen on; 0 picks a free one (default 8000)")
    parser.add_argument("--root", default=DEFAULT_ROOT,
                        help="folder to serve (default build/web/site)")
    parser.add_argument("--no-build", action="store_true",
                        help="serve --root as it is, without installing or building first")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="seconds an idle connection is kept open (default 10)")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if not args.no_build:
        build_web_app()
    root = os.path.abspath(args.root)
    if not os.path.isfile(os.path.join(root, "index.html")):
        sys.exit(f"serve.py: {root} has no index.html; build first or pass --root")

    handler = type("Handler", (BereddHandler,), {
        "root": root, "timeout": args.timeout, "quiet": args.quiet})
    server = http.server.ThreadingHTTPServer((args.host, args.port), handler)
    server.daemon_threads = True
    host, port = server.server_address[:2]
    print(f"Serving Beredd from {root} on http://{host}:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
