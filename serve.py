#!/usr/bin/env python3
"""Serve Beredd on http://127.0.0.1:8000 (Python standard library only).

By default it first installs what is missing and builds the web app (bash .ci/build web), then
serves build/web/site. It never lists directories, never serves anything outside its root
(symlinks included), times out idle connections and sends strict security headers.

It also answers the incident feed endpoint (/api/incidents) in one of three modes:
  (default)          demo incidents across Sweden that arrive, change and expire
  --feed-file PATH   a local file, re-read whenever it changes
  --upstream URL     a caching proxy for a real source (https, allow-listed hosts only)
"""
import argparse
import datetime
import hashlib
import http.server
import json
import os
import posixpath
import random
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

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


FEED_PATH = "/api/incidents"
USER_AGENT = "Beredd/1.0 (public-safety portal; incident map proxy)"
# Hosts --upstream may reach unless --upstream-allow names others: the public Swedish sources.
DEFAULT_UPSTREAM_HOSTS = ("polisen.se", "api.krisinformation.se", "vmaapi.sr.se", "api.sr.se")
UPSTREAM_MIN_INTERVAL = 10.0  # seconds: at most one upstream call per interval
UPSTREAM_MAX_BYTES = 8 * 1024 * 1024  # the app refuses larger feeds too
UPSTREAM_TIMEOUT = 10.0  # seconds, for connecting and for each read


class FeedUnavailable(Exception):
    """The feed cannot be answered now; the message says why (it is sent as the 5xx body)."""


class DemoFeed:
    """Made-up incidents in Beredd's GeoJSON profile, clearly marked as demo data. A new one
    arrives every 20 seconds, each is updated once a minute after it arrived, and each expires
    after 15 minutes, so a map on a fresh machine is visibly live."""

    SLOT_SECONDS = 20
    LIFETIME_SLOTS = 45
    PLACES = [
        ("Stockholm, Södermalm", 59.3150, 18.0710), ("Solna", 59.3600, 18.0009),
        ("Uppsala", 59.8586, 17.6389), ("Västerås", 59.6099, 16.5448),
        ("Örebro", 59.2753, 15.2134), ("Linköping", 58.4108, 15.6214),
        ("Norrköping", 58.5877, 16.1924), ("Jönköping", 57.7826, 14.1618),
        ("Göteborg, Hisingen", 57.7210, 11.9300), ("Borås", 57.7210, 12.9401),
        ("Halmstad", 56.6745, 12.8578), ("Helsingborg", 56.0465, 12.6945),
        ("Malmö, Möllevången", 55.5910, 13.0070), ("Lund", 55.7047, 13.1910),
        ("Kristianstad", 56.0294, 14.1567), ("Karlskrona", 56.1612, 15.5869),
        ("Växjö", 56.8777, 14.8091), ("Kalmar", 56.6634, 16.3566),
        ("Visby", 57.6348, 18.2948), ("Karlstad", 59.3793, 13.5036),
        ("Falun", 60.6065, 15.6355), ("Gävle", 60.6749, 17.1413),
        ("Sundsvall", 62.3908, 17.3069), ("Östersund", 63.1792, 14.6357),
        ("Umeå", 63.8258, 20.2630), ("Skellefteå", 64.7507, 20.9528),
        ("Luleå", 65.5848, 22.1567), ("Kiruna", 67.8558, 20.2253),
    ]
    KINDS = [
        ("Trafikolycka", "Trafikolycka", "Två fordon har kolliderat. Räddningstjänsten är på väg."),
        ("Brand", "Brand i byggnad", "Rök syns från en byggnad. Håll dig undan från området."),
        ("Brand", "Gräsbrand", "Brand i skog och mark. Följ räddningstjänstens anvisningar."),
        ("Vatten", "Vattenläcka", "Vattenledning har brustit. Vattnet kan vara avstängt en stund."),
        ("Väder", "Träd över vägen", "Ett träd blockerar vägen. Välj en annan väg om du kan."),
        ("El", "Strömavbrott", "Många hushåll saknar ström. Felsökning pågår."),
    ]
    UPDATE = "Uppdatering: räddningstjänsten är på plats och arbetar."

    def __init__(self, clock=time.time):
        self.clock = clock
        self.started = clock()

    def incident(self, slot):
        pick = random.Random(f"beredd-demo-{slot}")
        place, lat, lon = pick.choice(self.PLACES)
        category, title, summary = pick.choice(self.KINDS)
        arrived = self.started + slot * self.SLOT_SECONDS
        updated = arrived + 60
        now = self.clock()
        area = pick.random() < 0.3  # some incidents are known only to the area, like Police events
        lat += pick.uniform(-0.02, 0.02)
        lon += pick.uniform(-0.03, 0.03)
        properties = {
            "id": f"demo-{slot + 1000}", "title": f"{title}, {place}", "summary": summary,
            "category": category, "area": place, "time": _iso(arrived),
            "updated": _iso(updated if now >= updated else arrived),
            "severity": pick.choice(["Minor", "Moderate", "Severe"]), "status": "Actual",
            "precision": "area" if area else "exact", "source": "Demodata – inte verkliga händelser",
        }
        if now >= updated:
            properties["summary"] = f"{summary} {self.UPDATE}"
        return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                "properties": properties}

    def body(self):
        # Slots before the start give a map that already has incidents on the first load.
        current = int((self.clock() - self.started) // self.SLOT_SECONDS)
        first = current - self.LIFETIME_SLOTS + 1
        features = [self.incident(slot) for slot in range(max(first, -12), current + 1)]
        features.reverse()  # newest first, as real feeds list them
        return json.dumps({"type": "FeatureCollection", "features": features},
                          ensure_ascii=False).encode("utf-8")


class FileFeed:
    """A local file served as it is, re-read whenever its size or modification time changes.
    The app validates it; a missing file answers 503 so the app keeps its last good data."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.lock = threading.Lock()
        self.stamp = None
        self.data = None

    def body(self):
        try:
            info = os.stat(self.path)
        except OSError as error:
            raise FeedUnavailable(f"feed file unavailable: {error.strerror}") from None
        stamp = (info.st_mtime_ns, info.st_size)
        with self.lock:
            if stamp != self.stamp:
                if info.st_size > UPSTREAM_MAX_BYTES:
                    raise FeedUnavailable("feed file larger than 8 MB")
                with open(self.path, "rb") as file:
                    self.data = file.read(UPSTREAM_MAX_BYTES + 1)
                self.stamp = stamp
            return self.data


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise urllib.error.HTTPError(req.full_url, code, f"redirect refused ({code} to {newurl})",
                                     headers, fp)


def check_upstream_url(url, allowed_hosts):
    """Returns why `url` may not be proxied, or None."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "https":
        return f"only https upstreams are allowed, not {parts.scheme or 'no scheme'}"
    host = (parts.hostname or "").lower()
    if not host:
        return "the upstream URL has no host"
    if parts.username or parts.password:
        return "the upstream URL may not carry credentials"
    if host not in allowed_hosts:
        return f"{host} is not an allowed upstream host (allowed: {', '.join(sorted(allowed_hosts))})"
    return None


class UpstreamFeed:
    """A caching proxy for one https source: one upstream call per 10 s at most, the cached copy
    served in between and whenever the source fails."""

    def __init__(self, url, allowed_hosts, ca_file=None, clock=time.monotonic):
        problem = check_upstream_url(url, allowed_hosts)
        if problem:
            raise ValueError(problem)
        self.url = url
        self.clock = clock
        context = ssl.create_default_context(cafile=ca_file)
        self.opener = urllib.request.build_opener(
            _NoRedirects(), urllib.request.HTTPSHandler(context=context))
        self.lock = threading.Lock()
        self.cached = None
        self.fetched_at = None
        self.last_error = None

    def fetch(self):
        request = urllib.request.Request(self.url, headers={
            "User-Agent": USER_AGENT, "Accept": "application/json"})
        with self.opener.open(request, timeout=UPSTREAM_TIMEOUT) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > UPSTREAM_MAX_BYTES:
                raise FeedUnavailable(f"upstream body larger than 8 MB ({length} bytes)")
            data = response.read(UPSTREAM_MAX_BYTES + 1)
            if len(data) > UPSTREAM_MAX_BYTES:
                raise FeedUnavailable("upstream body larger than 8 MB")
            return data

    def body(self):
        with self.lock:
            now = self.clock()
            if self.fetched_at is not None and now - self.fetched_at < UPSTREAM_MIN_INTERVAL:
                if self.cached is not None:
                    return self.cached
                raise FeedUnavailable(f"upstream failed: {self.last_error}")
            self.fetched_at = now
            try:
                self.cached = self.fetch()
                self.last_error = None
            except (OSError, FeedUnavailable, ValueError) as error:
                self.last_error = str(error)
                if self.cached is None:
                    raise FeedUnavailable(f"upstream failed: {error}") from None
            return self.cached  # the last good copy when the source failed (stale-if-error)


def _iso(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class BereddHandler(http.server.SimpleHTTPRequestHandler):
    """Static files from `root`, safely. GET and HEAD only."""

    server_version = "Beredd"
    sys_version = ""
    timeout = 10  # seconds a connection may sit idle before it is closed
    root = DEFAULT_ROOT
    quiet = False
    feed = None  # DemoFeed, FileFeed or UpstreamFeed
    cache_control = None  # this response's Cache-Control, when not "no-cache"
    # A CDN in front may keep a copy for 10 s and serve it for 10 minutes while we fail.
    feed_cache_control = "public, max-age=10, stale-while-revalidate=20, stale-if-error=600"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=self.root, **kwargs)

    def end_headers(self):
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.send_header("Cache-Control", self.cache_control or "no-cache")
        self.cache_control = None
        super().end_headers()

    def do_GET(self):
        if urllib.parse.urlsplit(self.path).path == FEED_PATH and self.feed is not None:
            return self.send_feed(head=False)
        return super().do_GET()

    def do_HEAD(self):
        if urllib.parse.urlsplit(self.path).path == FEED_PATH and self.feed is not None:
            return self.send_feed(head=True)
        return super().do_HEAD()

    def send_feed(self, head):
        try:
            data = self.feed.body()
        except FeedUnavailable as error:
            self.send_error(503 if isinstance(self.feed, FileFeed) else 502, str(error))
            return
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        matches = [tag.strip() for tag in self.headers.get("If-None-Match", "").split(",")]
        status = 304 if etag in matches or "*" in matches else 200
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("ETag", etag)
        self.cache_control = self.feed_cache_control
        if status == 200:
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if status == 200 and not head:
            self.wfile.write(data)

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
    feed = parser.add_mutually_exclusive_group()
    feed.add_argument("--feed-file", metavar="PATH",
                      help=f"serve this file at {FEED_PATH}, re-read when it changes")
    feed.add_argument("--upstream", metavar="URL",
                      help=f"proxy this https feed at {FEED_PATH} (cached, one call per 10 s)")
    parser.add_argument("--upstream-allow", metavar="HOST", action="append",
                        help="a host --upstream may reach (repeatable; default: "
                             + ", ".join(DEFAULT_UPSTREAM_HOSTS) + ")")
    parser.add_argument("--upstream-ca", metavar="FILE",
                        help="trust this CA certificate for --upstream (a private source)")
    return parser.parse_args(argv)


def make_feed(args):
    if args.feed_file:
        return FileFeed(args.feed_file)
    if args.upstream:
        hosts = {h.lower() for h in (args.upstream_allow or DEFAULT_UPSTREAM_HOSTS)}
        try:
            return UpstreamFeed(args.upstream, hosts, ca_file=args.upstream_ca)
        except ValueError as error:
            sys.exit(f"serve.py: --upstream {args.upstream}: {error}")
    return DemoFeed()


def main(argv=None):
    args = parse_args(argv)
    if not args.no_build:
        build_web_app()
    root = os.path.abspath(args.root)
    if not os.path.isfile(os.path.join(root, "index.html")):
        sys.exit(f"serve.py: {root} has no index.html; build first or pass --root")

    feed = make_feed(args)
    handler = type("Handler", (BereddHandler,), {
        "root": root, "timeout": args.timeout, "quiet": args.quiet, "feed": feed})
    server = http.server.ThreadingHTTPServer((args.host, args.port), handler)
    server.daemon_threads = True
    host, port = server.server_address[:2]
    print(f"Serving Beredd from {root} on http://{host}:{port}/", flush=True)
    source = (f"file {feed.path}" if isinstance(feed, FileFeed)
              else f"proxy for {feed.url}" if isinstance(feed, UpstreamFeed) else "demo incidents")
    print(f"Incident feed at {FEED_PATH}: {source}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
