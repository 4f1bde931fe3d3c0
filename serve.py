#!/usr/bin/env python3
"""Serve Beredd on http://127.0.0.1:8000 (Python standard library only).

By default it first installs what building needs and builds the web app (bash .ci/build web),
then serves build/web/site. It never lists directories, never serves anything outside its root
(symlinks included), gives each request a whole-request deadline, refuses politely when it runs
out of connections or file descriptors, and sends strict security headers on every answer,
errors included.

It also answers the incident feed endpoint (/api/incidents) in one of three modes:
  (default)          demo incidents across Sweden that arrive, change and expire
  --feed-file PATH   a local file, re-read whenever it changes
  --upstream URL     a caching proxy for a real source (https, allow-listed hosts only): pollers
                     always get the last good copy at once, refreshed in the background
Both options repeat, and NAME=PATH or NAME=URL serves a source at /api/feeds/NAME instead, so
several sources (police events, VMA, Krisinformation, SMHI) are served at once, each cached and
refreshed on its own.
"""

# Index of this file:
# [SECTION] Settings: security headers, content types, feed and connection limits
# [SECTION] The feed endpoint: demo, file and upstream feeds
# [SECTION] HTTP: requests, responses, the site
# [SECTION] The server: connections, deadlines, overload
# [SECTION] Start-up: building, arguments, main

import argparse
import asyncio
import concurrent.futures
import datetime
import email.utils
import errno
import hashlib
import http
import http.client
import json
import os
import posixpath
import random
import re
import socket
import ssl
import stat
import subprocess
import sys
import threading
import time
import urllib.parse

# -----------------------------------------------------------------------------
# [SECTION] Settings: security headers, content types, feed and connection limits
# -----------------------------------------------------------------------------

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
NAMED_FEED_PATH = "/api/feeds/{}"
# NAME in --feed-file NAME=PATH and --upstream NAME=URL: a URL's "https:" never looks like one.
FEED_NAME = re.compile(r"([a-z0-9][a-z0-9-]{0,31})=(.+)")
USER_AGENT = "Beredd/1.0 (public-safety portal; incident map proxy)"
# Hosts --upstream may reach unless --upstream-allow names others: the public Swedish sources.
DEFAULT_UPSTREAM_HOSTS = ("polisen.se", "api.krisinformation.se", "vmaapi.sr.se", "api.sr.se",
                          "opendata-download-warnings.smhi.se")
UPSTREAM_MIN_INTERVAL = 10.0  # seconds: at most one upstream call per interval
# The app refuses larger feeds too: one source for both (core/feed/feed_limits.json).
with open(os.path.join(REPO, "core", "feed", "feed_limits.json"), encoding="utf-8") as _limits:
    UPSTREAM_MAX_BYTES = int(json.load(_limits)["max_bytes"])
UPSTREAM_MAX_TEXT = f"{UPSTREAM_MAX_BYTES / (1024 * 1024):g} MB"  # "8 MB"
UPSTREAM_DEADLINE = 10.0  # seconds for a whole upstream fetch: connect, headers and body
# The app gives up on a poll after 4 s: the very first poll waits less than that for the first
# copy; every later poll gets the cached copy at once.
UPSTREAM_FIRST_WAIT = 3.0

# Connections served at once (each is a descriptor and a little memory, not a thread): beyond
# this a client gets 503 at once rather than waiting in a queue it cannot see. 2,000
# simultaneous pollers fit (tests/serve/load.py).
MAX_CONNECTIONS = 4096
LISTEN_BACKLOG = 4096  # the kernel caps it at net.core.somaxconn (4096 on current kernels)
# When accept() fails for lack of descriptors, the listening socket stays readable: without a
# pause the loop would spin at 100 % CPU.
ACCEPT_BACKOFF = 0.05

# A request line is "METHOD SP origin-form-or-absolute-form SP HTTP/1.x"; nothing else is
# served (HTTP/0.9 has no headers, so it could not carry the security headers).
REQUEST_LINE = re.compile(r"([A-Z]{1,20}) (\S{1,8190}) (HTTP/\d\.\d)")
SUPPORTED_VERSIONS = ("HTTP/1.0", "HTTP/1.1")


CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


# -----------------------------------------------------------------------------
# [SECTION] The feed endpoint: demo, file and upstream feeds
# -----------------------------------------------------------------------------

def log_line(text):
    """One line on stderr; control characters from the network are escaped, never written."""
    print(CONTROL_CHARACTERS.sub(lambda m: f"\\x{ord(m[0]):02x}", text), file=sys.stderr, flush=True)


class FeedUnavailable(Exception):
    """The feed cannot be answered now. `public` is one of a fixed set of short texts sent to
    the client; the exception's own message (which may quote the source) goes to the log."""

    def __init__(self, public, detail=None):
        super().__init__(detail or public)
        self.public = public


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
        self.cached = None  # (whole second, body)

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
            # Never Severe: anything Severe is an alert on every screen, and demo data must not
            # raise one. (Three choices, as before, so the demo's random sequence is unchanged.)
            "severity": pick.choice(["Minor", "Moderate", "Moderate"]), "status": "Actual",
            "precision": "area" if area else "exact", "source": "Demodata – inte verkliga händelser",
        }
        if now >= updated:
            properties["summary"] = f"{summary} {self.UPDATE}"
        return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                "properties": properties}

    def body(self):
        # The incidents change only on whole seconds: hundreds of pollers share one body.
        second = int(self.clock())
        if self.cached is None or self.cached[0] != second:
            self.cached = (second, self.make_body())
        return self.cached[1]

    def make_body(self):
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
            raise FeedUnavailable("feed file unavailable", f"{self.path}: {error.strerror}") from None
        stamp = (info.st_mtime_ns, info.st_size)
        with self.lock:
            if stamp != self.stamp:
                if info.st_size > UPSTREAM_MAX_BYTES:
                    raise FeedUnavailable(f"feed file larger than {UPSTREAM_MAX_TEXT}")
                with open(self.path, "rb") as file:
                    self.data = file.read(UPSTREAM_MAX_BYTES + 1)
                self.stamp = stamp
            return self.data


def check_upstream_url(url, allowed_hosts):
    """Returns why `url` may not be proxied, or None."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError as error:
        return f"the upstream URL cannot be read: {error}"
    if parts.scheme != "https":
        return f"only https upstreams are allowed, not {parts.scheme or 'no scheme'}"
    host = (parts.hostname or "").lower()
    if not host:
        return "the upstream URL has no host"
    # "https://@host/" has an empty user name, which is still credentials syntax.
    if "@" in parts.netloc:
        return "the upstream URL may not carry credentials"
    if host not in allowed_hosts:
        return f"{host} is not an allowed upstream host (allowed: {', '.join(sorted(allowed_hosts))})"
    return None


def feed_shape_problem(data):
    """Why `data` is not JSON of a known feed shape, or None. The same shapes the app detects
    (core/feed/feed.cpp DetectFeedFormat); the app then checks every item itself."""
    if not data.strip():
        return "an empty body"
    try:
        root = json.loads(data.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        return "not JSON (an HTML page, an error text or a cut-off body)"
    if isinstance(root, dict):
        if root.get("type") == "FeatureCollection" and isinstance(root.get("features"), list):
            return None
        if isinstance(root.get("alerts"), list):
            return None
    elif isinstance(root, list):
        if not root:
            return None  # nothing happening: a valid, empty feed
        for item in root:
            if isinstance(item, dict) and ("Identifier" in item or "Headline" in item
                                           or ("datetime" in item and "location" in item)):
                return None
    return "JSON, but of no known feed shape"


class UpstreamFeed:
    """A caching proxy for one https source. Pollers never wait for the source: each gets the
    last good copy at once, and a refresh starts in the background when the copy is older than
    10 s (at most one call per 10 s). A fetch has one deadline for all of it. A body replaces
    the copy only when it is whole and is JSON of a known feed shape; any failure keeps the
    last good copy and is logged."""

    def __init__(self, url, allowed_hosts, ca_file=None, clock=time.monotonic,
                 deadline=UPSTREAM_DEADLINE, first_wait=UPSTREAM_FIRST_WAIT, log=log_line):
        problem = check_upstream_url(url, allowed_hosts)
        if problem:
            raise ValueError(problem)
        self.url = url
        self.clock = clock
        self.deadline = deadline
        self.first_wait = first_wait
        self.log = log
        self.context = ssl.create_default_context(cafile=ca_file)
        self.changed = threading.Condition()
        self.cached = None
        self.last_attempt = None
        self.refreshing = False
        self.last_error = None

    def body(self):
        with self.changed:
            now = self.clock()
            due = self.last_attempt is None or now - self.last_attempt >= UPSTREAM_MIN_INTERVAL
            if due and not self.refreshing:
                self.last_attempt = now
                self.refreshing = True
                threading.Thread(target=self.refresh, name="upstream-refresh", daemon=True).start()
            if self.cached is None:
                self.changed.wait_for(lambda: self.cached is not None or not self.refreshing,
                                      timeout=self.first_wait)
            if self.cached is not None:
                return self.cached
            raise FeedUnavailable("the feed's source is unavailable", self.last_error)

    def refresh(self):
        try:
            data = self.fetch()
            problem = feed_shape_problem(data)
            if problem:
                raise FeedUnavailable("bad upstream body", f"the upstream sent {problem}")
            error = None
        except FeedUnavailable as failure:
            error = str(failure)
        except (OSError, http.client.HTTPException, ValueError) as failure:
            error = f"{type(failure).__name__}: {failure}"
        if error is not None:  # logged before any poller hears of it
            self.log(f"upstream {self.url}: {error}; "
                     + ("the last good copy is kept" if self.cached is not None else "no copy yet"))
        with self.changed:
            if error is None:
                self.cached = data
            self.last_error = error
            self.refreshing = False
            self.changed.notify_all()

    def fetch(self):
        """The source's body, whole, within `deadline` seconds, or an exception saying why."""
        parts = urllib.parse.urlsplit(self.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection = http.client.HTTPSConnection(parts.hostname, parts.port or 443,
                                                 context=self.context, timeout=self.deadline)
        expired = threading.Event()

        def cut_off():
            # A source that drips a byte at a time never trips a per-read timeout: shutting the
            # socket down ends whatever read is blocked on it.
            expired.set()
            if connection.sock is not None:
                try:
                    connection.sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        timer = threading.Timer(self.deadline, cut_off)
        timer.daemon = True
        timer.start()
        try:
            connection.request("GET", target, headers={
                "User-Agent": USER_AGENT, "Accept": "application/json",
                "Accept-Encoding": "identity", "Connection": "close"})
            response = connection.getresponse()
            if 300 <= response.status < 400:
                raise FeedUnavailable("bad upstream answer", f"redirect refused ({response.status})")
            if response.status != 200:
                raise FeedUnavailable("bad upstream answer", f"HTTP {response.status}")
            length = response.getheader("Content-Length")
            expected = int(length) if length and length.isdigit() else None
            if expected is not None and expected > UPSTREAM_MAX_BYTES:
                raise FeedUnavailable("bad upstream answer", f"body larger than {UPSTREAM_MAX_TEXT} ({expected} bytes)")
            chunks, size = [], 0
            while True:
                chunk = response.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > UPSTREAM_MAX_BYTES:
                    raise FeedUnavailable("bad upstream answer", f"body larger than {UPSTREAM_MAX_TEXT}")
                chunks.append(chunk)
            if expired.is_set():
                raise FeedUnavailable("bad upstream answer", f"took longer than {self.deadline:g} s")
            if expected is not None and size != expected:
                raise FeedUnavailable("bad upstream answer",
                                      f"body cut off: {size} of {expected} bytes")
            return b"".join(chunks)
        except (OSError, http.client.HTTPException):
            if expired.is_set():
                raise FeedUnavailable("bad upstream answer",
                                      f"took longer than {self.deadline:g} s") from None
            raise
        finally:
            timer.cancel()
            connection.close()


# -----------------------------------------------------------------------------
# [SECTION] HTTP: requests, responses, the site
# -----------------------------------------------------------------------------

def _iso(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


REASONS = {code: http.HTTPStatus(code).phrase for code in
           (200, 301, 304, 400, 404, 405, 408, 413, 431, 500, 501, 502, 503, 505)}
MAX_HEAD_BYTES = 16 * 1024  # request line plus headers; browsers send about 1 KB
MAX_HEADERS = 100


class HttpError(Exception):
    """A request that gets an error answer; `detail` (which may quote the client) is logged."""

    def __init__(self, status, detail):
        super().__init__(detail)
        self.status = status


class Request:
    def __init__(self, method, target, version, headers):
        self.method = method
        self.raw_target = target
        self.version = version
        self.headers = headers  # lower-case names
        self.path, self.query = request_target(target) or (None, None)
        if self.path is None:
            raise HttpError(400, f"malformed request target {target[:200]!r}")

    def keep_alive(self):
        connection = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0" or "close" in connection:
            return False
        # A body we do not read would be taken for the next request: close instead.
        return "content-length" not in self.headers and "transfer-encoding" not in self.headers


class Response:
    def __init__(self, status, body=b"", content_type=None, headers=(), cache_control=None):
        self.status = status
        self.body = body
        self.content_type = content_type
        self.headers = list(headers)
        self.cache_control = cache_control

    @classmethod
    def text(cls, status, text=None):
        """A fixed text (never one from the network): the status's own phrase by default."""
        return cls(status, ((text or f"{status} {REASONS[status]}") + "\n").encode("utf-8"),
                   "text/plain; charset=utf-8")

    def encode(self, head_only, close):
        lines = [f"HTTP/1.1 {self.status} {REASONS[self.status]}", "Server: Beredd",
                 f"Date: {email.utils.formatdate(usegmt=True)}"]
        if self.content_type:
            lines.append(f"Content-Type: {self.content_type}")
        if self.status != 304:
            lines.append(f"Content-Length: {len(self.body)}")
        lines += [f"{name}: {value}" for name, value in self.headers]
        lines += [f"{name}: {value}" for name, value in SECURITY_HEADERS.items()]
        lines.append(f"Cache-Control: {self.cache_control or 'no-cache'}")
        if close:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        return head if head_only or self.status == 304 else head + self.body


async def read_request(reader, progress):
    """The next request's line and headers. Raises HttpError for a malformed one, and
    asyncio.IncompleteReadError when the client closed the connection. `progress` is a list
    that gets a True once the request line has arrived."""
    line = await reader.readuntil(b"\n")
    progress.append(True)
    text = line.decode("latin-1").rstrip("\r\n")
    match = REQUEST_LINE.fullmatch(text)
    if not match:
        raise HttpError(400, f"malformed request line {text[:200]!r}")
    method, target, version = match.groups()
    if version not in SUPPORTED_VERSIONS:
        raise HttpError(505, f"unsupported version {version!r}")
    headers, size, count = {}, len(line), 0
    while True:
        line = await reader.readuntil(b"\n")
        size += len(line)
        count += 1
        if size > MAX_HEAD_BYTES or count > MAX_HEADERS + 1:
            raise HttpError(431, "request headers too large")
        text = line.decode("latin-1").rstrip("\r\n")
        if not text:
            break
        name, colon, value = text.partition(":")
        if not colon or not name or name != name.strip() or not HEADER_NAME.fullmatch(name):
            raise HttpError(400, f"malformed header line {text[:200]!r}")
        headers[name.lower()] = value.strip()
    return Request(method, target, version, headers)


HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def etag_of(data):
    """A strong ETag of `data`: 32 hex digits of its SHA-256 (web/tools/precache_list.py makes
    the same tags, for the packs built into the app and the service worker)."""
    return '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


def matches_etag(request, etag):
    """Whether the request's If-None-Match names `etag` (or is "*")."""
    matches = [tag.strip() for tag in request.headers.get("if-none-match", "").split(",")]
    return etag in matches or "*" in matches


class Site:
    """What a request gets: a static file of `root` (safely), or the feed."""

    def __init__(self, root, feeds, quiet):
        self.root = os.path.realpath(root)
        self.feeds = feeds  # URL path -> feed
        self.quiet = quiet
        self.etags = {}  # URL path -> (body, its ETag)
        self.file_etags = {}  # file path -> ((mtime in ns, size), its ETag)
        # A poll that must wait for the very first upstream copy waits on a thread of its own,
        # never on the event loop.
        self.feed_waiters = concurrent.futures.ThreadPoolExecutor(max_workers=64,
                                                                  thread_name_prefix="feed-wait")

    async def respond(self, request):
        if request.method not in ("GET", "HEAD"):
            raise HttpError(501, f"method {request.method} not supported")
        feed = self.feeds.get(request.path)
        if feed is not None:
            return await self.feed_response(request, feed)
        return self.file_response(request)

    async def feed_response(self, request, feed):
        try:
            if isinstance(feed, UpstreamFeed) and feed.cached is None:
                data = await asyncio.get_running_loop().run_in_executor(self.feed_waiters, feed.body)
            else:
                data = feed.body()  # at once: a cached copy, a file or demo incidents
        except FeedUnavailable as error:
            if not self.quiet:
                log_line(f"feed {request.path} unavailable: {error}")
            return Response.text(503 if isinstance(feed, FileFeed) else 502, error.public)
        known = self.etags.get(request.path)
        if known is None or known[0] is not data:  # the same body object: its tag is known
            known = self.etags[request.path] = (data, etag_of(data))
        etag = known[1]
        status = 304 if matches_etag(request, etag) else 200
        # A CDN in front may keep a copy for 10 s and serve it for 10 minutes while we fail.
        return Response(status, data, "application/json", [("ETag", etag)],
                        cache_control="public, max-age=10, stale-while-revalidate=20, stale-if-error=600")

    def translate_path(self, path):
        """Maps a URL path into the root, or to None when it must not be served."""
        try:
            path = urllib.parse.unquote(path, errors="strict")
        except UnicodeDecodeError:
            return None
        if "\x00" in path or "\\" in path:
            return None
        parts = [p for p in posixpath.normpath(path).split("/") if p and p != "."]
        if any(p == ".." or p.startswith(".") for p in path.split("/") if p):
            return None  # traversal, or a hidden file such as .git
        candidate = os.path.realpath(os.path.join(self.root, *parts))
        if os.path.commonpath([self.root, candidate]) != self.root:
            return None  # a symlink that points outside the root
        return candidate

    def file_response(self, request):
        path = self.translate_path(request.path)
        if path is None:
            return Response.text(404)
        if os.path.isdir(path):
            if not request.path.endswith("/"):
                # A path of this server only: an absolute-form target's host is never echoed.
                location = request.path + "/" + (f"?{request.query}" if request.query else "")
                return Response(301, headers=[("Location", location)])
            path = os.path.join(path, "index.html")  # never a directory listing
        try:
            with open(path, "rb") as file:
                info = os.fstat(file.fileno())
                if not stat.S_ISREG(info.st_mode):
                    return Response.text(404)
                data = file.read()
        except OSError:
            return Response.text(404)
        modified = email.utils.formatdate(info.st_mtime, usegmt=True)
        # A content hash, not the time: a build within the same second is still told apart,
        # and the app asks for a content pack with the tag of the one built into it.
        version = (info.st_mtime_ns, info.st_size)
        known = self.file_etags.get(path)
        if known is None or known[0] != version:
            known = self.file_etags[path] = (version, etag_of(data))
        headers = [("ETag", known[1]), ("Last-Modified", modified)]
        if request.headers.get("if-none-match") is not None:
            if matches_etag(request, known[1]):
                return Response(304, headers=headers)
        elif request.headers.get("if-modified-since") == modified:
            return Response(304, headers=headers)
        content_type = CONTENT_TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream")
        return Response(200, data, content_type, headers)


# -----------------------------------------------------------------------------
# [SECTION] The server: connections, deadlines, overload
# -----------------------------------------------------------------------------

class Server:
    """An asyncio HTTP/1.1 server: one event loop for every connection, so thousands of pollers
    cost no threads. Each request (its line and headers, idle keep-alive time included) has one
    deadline; more than `max_connections` at once get 503; running out of file descriptors
    refuses a client with a spare descriptor and pauses instead of spinning."""

    def __init__(self, site, timeout, max_connections, quiet):
        self.site = site
        self.timeout = timeout
        self.max_connections = max_connections
        self.quiet = quiet
        self.active = 0
        self.spare_fd = os.open(os.devnull, os.O_RDONLY)

    def listen(self, host, port):
        self.socket = socket.create_server((host, port), backlog=LISTEN_BACKLOG)
        self.socket.setblocking(False)
        return self.socket.getsockname()[:2]

    async def serve_forever(self):
        loop = asyncio.get_running_loop()
        while True:
            try:
                connection, address = await loop.sock_accept(self.socket)
            except OSError as error:
                if error.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    self.refuse_for_lack_of_descriptors()
                elif not self.quiet:
                    log_line(f"accept failed: {error}")
                await asyncio.sleep(ACCEPT_BACKOFF)
                continue
            if self.active >= self.max_connections:
                self.refuse(connection)
                continue
            self.active += 1
            asyncio.create_task(self.serve_connection(connection, address))

    def refuse(self, connection):
        try:
            connection.send(OVERLOAD_ANSWER)
        except OSError:
            pass
        connection.close()

    def refuse_for_lack_of_descriptors(self):
        # Free the spare, take the waiting client, tell it 503, and take the spare back. The
        # caller then pauses: the next accept() would most likely fail the same way.
        os.close(self.spare_fd)
        try:
            connection, _ = self.socket.accept()
            self.refuse(connection)
        except OSError:
            pass
        finally:
            try:
                self.spare_fd = os.open(os.devnull, os.O_RDONLY)
            except OSError:
                self.spare_fd = -1  # taken by then; the next shortage just pauses

    async def serve_connection(self, connection, address):
        writer = None
        try:
            reader, writer = await asyncio.open_connection(sock=connection, limit=MAX_HEAD_BYTES)
            while await self.serve_request(reader, writer, address):
                pass
        except (ConnectionError, TimeoutError, asyncio.TimeoutError):
            pass
        except Exception as error:  # noqa: BLE001  (one line in the log, never a traceback)
            if not self.quiet:
                log_line(f"{address[0]}: request failed: {type(error).__name__}: {error}")
        finally:
            self.active -= 1
            if writer is not None:
                writer.close()
            else:
                connection.close()

    async def serve_request(self, reader, writer, address):
        """Answers one request; True when the connection stays open for the next."""
        request, response, progress = None, None, []
        try:
            async with asyncio.timeout(self.timeout):
                request = await read_request(reader, progress)
        except TimeoutError:
            # The whole request did not arrive in time: a slow client is told so, and an idle
            # keep-alive connection (or one still on its request line) is simply closed.
            if not progress:
                return False
            response = Response.text(408)
        except asyncio.IncompleteReadError:
            return False  # the client closed the connection
        except asyncio.LimitOverrunError:
            response = Response.text(431)
        except HttpError as error:
            if not self.quiet:
                log_line(f"{address[0]}: {error.status}: {error}")
            response = Response.text(error.status)
        if response is None:
            try:
                response = await self.site.respond(request)
            except HttpError as error:
                if not self.quiet:
                    log_line(f"{address[0]}: {error.status}: {error}")
                response = Response.text(error.status)
        keep_alive = request is not None and response.status < 400 and request.keep_alive()
        head_only = request is not None and request.method == "HEAD"
        writer.write(response.encode(head_only, close=not keep_alive))
        async with asyncio.timeout(self.timeout):  # a reader that stops reading is let go
            await writer.drain()
        if request is not None and not self.quiet:
            log_line(f'{address[0]} - [{time.strftime("%d/%b/%Y %H:%M:%S")}] '
                     f'"{request.method} {request.raw_target[:200]} {request.version}" '
                     f"{response.status} {len(response.body)}")
        return keep_alive

    def close(self):
        self.socket.close()
        if self.spare_fd >= 0:
            os.close(self.spare_fd)


OVERLOAD_ANSWER = Response(503, b"503 Service Unavailable\n", "text/plain; charset=utf-8",
                           [("Retry-After", "5")], cache_control="no-store").encode(False, close=True)


def request_target(target):
    """The (path, query) of a request target, or None when it is malformed. Origin-form
    ("/a?b") and absolute-form ("http://host/a?b") are accepted; only the path and query are
    used, so the host a client names never appears in an answer. The path always starts with
    exactly one "/": "//evil.example" can never become a protocol-relative Location."""
    if target.startswith("/"):
        path, _, query = target.partition("?")
    elif target[:7].lower() == "http://" or target[:8].lower() == "https://":
        try:
            parts = urllib.parse.urlsplit(target)
            parts.port  # noqa: B018  (raises on "http://[/" or a port that is not a number)
        except ValueError:
            return None
        path, query = parts.path, parts.query
    else:
        return None
    return "/" + path.lstrip("/"), query


# -----------------------------------------------------------------------------
# [SECTION] Start-up: building, arguments, main
# -----------------------------------------------------------------------------

def build_web_app():
    """Installs what building needs and builds build/web/site; exits with the build's status."""
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
                        help="seconds a whole request may take to arrive, idle keep-alive time "
                             "included, and a stalled answer may wait (default 10)")
    parser.add_argument("--max-connections", type=int, default=MAX_CONNECTIONS,
                        help=f"connections served at once; more get 503 (default {MAX_CONNECTIONS})")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    parser.add_argument("--feed-file", metavar="[NAME=]PATH", action="append", default=[],
                        help=f"serve this file at {FEED_PATH} (with NAME=, at "
                             f"{NAMED_FEED_PATH.format('NAME')}), re-read when it changes; repeatable")
    parser.add_argument("--upstream", metavar="[NAME=]URL", action="append", default=[],
                        help=f"proxy this https feed at {FEED_PATH} (with NAME=, at "
                             f"{NAMED_FEED_PATH.format('NAME')}), cached, one call per 10 s each; repeatable")
    parser.add_argument("--upstream-allow", metavar="HOST", action="append",
                        help="a host --upstream may reach (repeatable; default: "
                             + ", ".join(DEFAULT_UPSTREAM_HOSTS) + ")")
    parser.add_argument("--upstream-ca", metavar="FILE",
                        help="trust this CA certificate for --upstream (a private source)")
    return parser.parse_args(argv)


def feed_path(value):
    """(URL path, what is left): NAME=... is served at /api/feeds/NAME, the rest at FEED_PATH."""
    named = FEED_NAME.fullmatch(value)
    return (NAMED_FEED_PATH.format(named[1]), named[2]) if named else (FEED_PATH, value)


def make_feeds(args):
    """URL path -> feed, in the order given; the demo feed when no source is named."""
    feeds = {}
    hosts = {h.lower() for h in (args.upstream_allow or DEFAULT_UPSTREAM_HOSTS)}
    for option, values in (("--feed-file", args.feed_file), ("--upstream", args.upstream)):
        for value in values:
            path, target = feed_path(value)
            if path in feeds:
                sys.exit(f"serve.py: {option} {value}: {path} is already served")
            if option == "--feed-file":
                feeds[path] = FileFeed(target)
                continue
            try:
                feeds[path] = UpstreamFeed(target, hosts, ca_file=args.upstream_ca)
            except ValueError as error:
                sys.exit(f"serve.py: --upstream {value}: {error}")
    return feeds or {FEED_PATH: DemoFeed()}


def raise_descriptor_limit():
    """Each connection is a descriptor: allow as many as the hard limit lets us (the soft limit
    is often 1024), so 2,000 pollers at once fit."""
    try:
        import resource  # POSIX only; elsewhere the system's limit stays
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 65536 if hard == resource.RLIM_INFINITY else min(hard, 65536)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def main(argv=None):
    args = parse_args(argv)
    if not args.no_build:
        build_web_app()
    root = os.path.abspath(args.root)
    if not os.path.isfile(os.path.join(root, "index.html")):
        sys.exit(f"serve.py: {root} has no index.html; build first or pass --root")

    feeds = make_feeds(args)
    raise_descriptor_limit()
    server = Server(Site(root, feeds, args.quiet), args.timeout, args.max_connections, args.quiet)
    host, port = server.listen(args.host, args.port)
    print(f"Serving Beredd from {root} on http://{host}:{port}/", flush=True)
    for path, feed in feeds.items():
        source = (f"file {feed.path}" if isinstance(feed, FileFeed)
                  else f"proxy for {feed.url}" if isinstance(feed, UpstreamFeed) else "demo incidents")
        print(f"Incident feed at {path}: {source}", flush=True)
    try:
        asyncio.run(server.serve_forever())
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


if __name__ == "__main__":
    main()
