"""serve.py's incident feed endpoint (/api/incidents) in its three modes: demo incidents that
arrive, change and expire; --feed-file re-read on change; --upstream, a caching proxy that
refuses file://, http://, credentials and hosts not on the allow-list, calls upstream at most
once per 10 s in the background, never makes a poller wait for the source, and keeps the last
good copy through every kind of hostile or broken upstream answer: a redirect, an oversized,
empty, truncated, HTML or non-JSON body, a broken status line, too many headers, bad chunking,
a control character in the reason phrase, and a source that drips one byte every few seconds.
Every mode answers If-None-Match with 304."""
import http.client
import http.server
import json
import pathlib
import re
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unittest

REPO = pathlib.Path(__file__).resolve().parents[2]
SERVE = REPO / "serve.py"
# The feed size limit's one source, which the app is built with and serve.py reads too.
MAX_BYTES = json.loads((REPO / "core" / "feed" / "feed_limits.json").read_text(encoding="utf-8"))["max_bytes"]
sys.path.insert(0, str(REPO))
import serve  # noqa: E402  (the module under test, for the parts that need a fake clock)


def start_serve(root, *args):
    process = subprocess.Popen(
        [sys.executable, str(SERVE), "--no-build", "--quiet", "--port", "0", "--root", str(root), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.search(r"http://([\d.]+):(\d+)/", line)
    if not match:
        process.kill()
        raise RuntimeError(f"serve.py did not start: {line!r} {process.stderr.read()}")
    return process, match.group(1), int(match.group(2))


def stop(process):
    """Stops serve.py once; what it logged is kept as `process.stderr_text`."""
    if getattr(process, "stderr_text", None) is not None:
        return
    process.terminate()
    process.wait(timeout=10)
    process.stderr_text = process.stderr.read()
    process.stdout.close()
    process.stderr.close()


def get(host, port, path="/api/incidents", headers=None):
    connection = http.client.HTTPConnection(host, port, timeout=20)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


class Site(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.base = pathlib.Path(self.tmp.name)
        self.root = self.base / "site"
        self.root.mkdir()
        (self.root / "index.html").write_text("<!doctype html><title>t</title>")


class DemoMode(Site):
    def test_demo_feed_is_valid_marked_and_cacheable(self):
        process, host, port = start_serve(self.root)
        self.addCleanup(stop, process)
        status, headers, body = get(host, port)
        self.assertEqual(status, 200)
        self.assertEqual(headers["Content-Type"], "application/json")
        self.assertIn("max-age=10", headers["Cache-Control"])
        self.assertIn("stale-if-error", headers["Cache-Control"])
        feed = json.loads(body)
        self.assertEqual(feed["type"], "FeatureCollection")
        self.assertGreaterEqual(len(feed["features"]), 10, "a fresh map already shows incidents")
        for feature in feed["features"]:
            self.assertEqual(feature["properties"]["source"], "Demodata – inte verkliga händelser")
        status, _, body = get(host, port, headers={"If-None-Match": headers["ETag"]})
        self.assertEqual((status, body), (304, b""))

    def test_incidents_arrive_update_and_expire(self):
        now = [1_000_000.0]
        demo = serve.DemoFeed(clock=lambda: now[0])
        ids = lambda: {f["properties"]["id"]: f for f in json.loads(demo.body())["features"]}
        first = ids()
        now[0] += 60
        later = ids()
        self.assertGreaterEqual(len(set(later) - set(first)), 1, "new incidents within a minute")
        updated = [f for f in later.values() if "Uppdatering" in f["properties"]["summary"]]
        self.assertTrue(updated, "incidents change over time")
        now[0] += serve.DemoFeed.SLOT_SECONDS * serve.DemoFeed.LIFETIME_SLOTS
        self.assertFalse(set(first) & set(ids()), "old incidents expire")


class FileMode(Site):
    def test_the_file_is_reread_when_it_changes(self):
        feed = self.base / "feed.json"
        feed.write_text('{"type": "FeatureCollection", "features": []}')
        process, host, port = start_serve(self.root, "--feed-file", str(feed))
        self.addCleanup(stop, process)
        status, headers, body = get(host, port)
        self.assertEqual((status, json.loads(body)["features"]), (200, []))
        self.assertEqual(get(host, port, headers={"If-None-Match": headers["ETag"]})[0], 304)
        feed.write_text('{"type": "FeatureCollection", "features": [], "changed": true}')
        status, new_headers, body = get(host, port, headers={"If-None-Match": headers["ETag"]})
        self.assertEqual(status, 200)
        self.assertTrue(json.loads(body)["changed"])
        self.assertNotEqual(new_headers["ETag"], headers["ETag"])
        feed.unlink()
        status, _, body = get(host, port)
        self.assertEqual(status, 503)
        self.assertIn(b"feed file unavailable", body)

    def test_several_named_sources_are_served_each_on_its_own(self):
        police, vma = self.base / "police.json", self.base / "vma.json"
        police.write_text("[]")
        vma.write_text('{"alerts": []}')
        process, host, port = start_serve(self.root, "--feed-file", f"polisen={police}",
                                          "--feed-file", f"vma={vma}")
        self.addCleanup(stop, process)
        status, police_headers, body = get(host, port, "/api/feeds/polisen")
        self.assertEqual((status, body), (200, b"[]"))
        status, vma_headers, body = get(host, port, "/api/feeds/vma")
        self.assertEqual((status, body), (200, b'{"alerts": []}'))
        self.assertNotEqual(police_headers["ETag"], vma_headers["ETag"])
        self.assertEqual(get(host, port, "/api/feeds/vma", {"If-None-Match": vma_headers["ETag"]})[0], 304)
        self.assertEqual(get(host, port)[0], 404, "no unnamed source: /api/incidents is not served")
        # One source failing leaves the other answering.
        vma.unlink()
        self.assertEqual(get(host, port, "/api/feeds/vma")[0], 503)
        self.assertEqual(get(host, port, "/api/feeds/polisen", {"If-None-Match": police_headers["ETag"]})[0], 304)

    def test_a_path_served_twice_is_refused_at_start(self):
        result = subprocess.run([sys.executable, str(SERVE), "--no-build", "--root", str(self.root),
                                 "--feed-file", "a=x.json", "--feed-file", "a=y.json"],
                                capture_output=True, text=True, timeout=30)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("--feed-file a=y.json: /api/feeds/a is already served", result.stderr)
        self.assertEqual(serve.feed_path("https://api.krisinformation.se/v3/news?days=1"),
                         (serve.FEED_PATH, "https://api.krisinformation.se/v3/news?days=1"))
        self.assertEqual(serve.feed_path("smhi=https://opendata-download-warnings.smhi.se/ibww/api/version/1/warning.json"),
                         ("/api/feeds/smhi", "https://opendata-download-warnings.smhi.se/ibww/api/version/1/warning.json"))


GOOD_FEED = b'{"type": "FeatureCollection", "features": []}'


class UpstreamSource(http.server.BaseHTTPRequestHandler):
    """The https source the proxy is pointed at. `behaviour` (a class attribute the test sets)
    chooses how /feed.json answers; /redirect and /big always misbehave."""
    hits = []
    behaviour = "good"
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        UpstreamSource.hits.append((self.path, self.headers.get("User-Agent")))
        behaviour = {"/redirect": "redirect", "/big": "big"}.get(self.path, UpstreamSource.behaviour)
        getattr(self, "answer_" + behaviour.replace("-", "_"))()

    def raw(self, data):
        self.wfile.write(data)
        self.wfile.flush()
        self.close_connection = True

    def body(self, data, content_type="application/json", length=None):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data) if length is None else length))
        self.end_headers()
        self.wfile.write(data)
        self.close_connection = True

    def answer_good(self):
        self.body(GOOD_FEED)

    def answer_redirect(self):
        self.send_response(302)
        self.send_header("Location", "/feed.json")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def answer_big(self):
        self.send_response(200)
        self.end_headers()  # no Content-Length: the proxy must count as it reads
        chunk = b" " * 65536
        try:
            for _ in range(MAX_BYTES // len(chunk) + 2):  # just over the limit
                self.wfile.write(chunk)
        except OSError:
            pass
        self.close_connection = True

    def answer_html(self):
        self.body(b"<!doctype html><title>Maintenance</title><p>Back soon</p>", "text/html")

    def answer_not_json(self):
        self.body(b'{"type": "FeatureCollection", "features": [')

    def answer_unknown_shape(self):
        self.body(b'{"error": "rate limited"}')

    def answer_empty(self):
        self.body(b"")

    def answer_truncated(self):
        self.body(GOOD_FEED[:20], length=len(GOOD_FEED))

    def answer_broken_status(self):
        self.raw(b"HTTP/1.1 two hundred OK\r\n\r\n" + GOOD_FEED)

    def answer_too_many_headers(self):
        self.raw(b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(150))
                 + b"\r\n" + GOOD_FEED)

    def answer_bad_chunking(self):
        self.raw(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n" + GOOD_FEED)

    def answer_reason_with_cr(self):
        self.raw(b"HTTP/1.1 500 Oops\rSet-Cookie: injected=1\r\nContent-Length: 0\r\n\r\n")

    def answer_drip(self):
        # Headers, then one byte every 2 s: each read succeeds, the whole never arrives.
        self.send_response(200)
        self.send_header("Content-Length", str(len(GOOD_FEED)))
        self.end_headers()
        try:
            for byte in GOOD_FEED[:15]:  # bounded: at most 30 s
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(2)
        except OSError:
            pass
        self.close_connection = True

    def log_message(self, *args):
        pass


HOSTILE = {
    "redirect": "redirect refused (302)",
    "big": f"body larger than {MAX_BYTES / (1024 * 1024):g} MB",
    "html": "not JSON",
    "not-json": "not JSON",
    "unknown-shape": "of no known feed shape",
    "empty": "an empty body",
    "truncated": f"body cut off: 20 of {len(GOOD_FEED)} bytes",
    "broken-status": "BadStatusLine",
    "too-many-headers": "got more than 100 headers",
    "bad-chunking": "IncompleteRead",
    "reason-with-cr": "HTTP 500",
    "drip": "took longer than 1.5 s",
}


class UpstreamMode(Site):
    @classmethod
    def setUpClass(cls):
        cls.certs = tempfile.TemporaryDirectory()
        cert = pathlib.Path(cls.certs.name) / "cert.pem"
        key = pathlib.Path(cls.certs.name) / "key.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
        cls.cert = str(cert)
        cls.source = http.server.ThreadingHTTPServer(("127.0.0.1", 0), UpstreamSource)
        cls.source.daemon_threads = True
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        cls.source.socket = context.wrap_socket(cls.source.socket, server_side=True)
        cls.origin = f"https://127.0.0.1:{cls.source.server_address[1]}"
        threading.Thread(target=cls.source.serve_forever, daemon=True).start()

    @classmethod
    def tearDownClass(cls):
        cls.source.shutdown()
        cls.source.server_close()
        cls.certs.cleanup()

    def setUp(self):
        super().setUp()
        UpstreamSource.hits.clear()
        UpstreamSource.behaviour = "good"

    def proxy(self, path):
        process, host, port = start_serve(self.root, "--upstream", self.origin + path,
                                          "--upstream-allow", "127.0.0.1", "--upstream-ca", self.cert)
        self.addCleanup(stop, process)
        return process, host, port

    def feed(self, path="/feed.json", clock=None, first_wait=5.0):
        logged = []
        feed = serve.UpstreamFeed(self.origin + path, {"127.0.0.1"}, ca_file=self.cert,
                                  clock=clock or time.monotonic, deadline=1.5,
                                  first_wait=first_wait, log=logged.append)
        return feed, logged

    @staticmethod
    def settle(feed):
        deadline = time.monotonic() + 20
        while feed.refreshing:
            if time.monotonic() > deadline:
                raise AssertionError("the background refresh never ended")
            time.sleep(0.02)

    def test_unsafe_upstreams_are_refused_at_start(self):
        for url, why in [("file:///etc/passwd", "only https upstreams are allowed, not file"),
                         ("http://polisen.se/api/events", "only https upstreams are allowed, not http"),
                         ("https://evil.example/feed", "evil.example is not an allowed upstream host"),
                         ("https://user:pw@polisen.se/api/events", "may not carry credentials"),
                         ("https://@polisen.se/api/events", "may not carry credentials"),
                         ("https://:@polisen.se/api/events", "may not carry credentials"),
                         ("https://polisen.se:x/api/events", "cannot be read")]:
            with self.subTest(url):
                result = subprocess.run([sys.executable, str(SERVE), "--no-build", "--root", str(self.root),
                                         "--port", "0", "--upstream", url],
                                        capture_output=True, text=True, timeout=20)
                self.assertNotEqual(result.returncode, 0)
                self.assertIn(why, result.stderr)

    def test_proxies_with_etag_and_a_proper_user_agent(self):
        _, host, port = self.proxy("/feed.json")
        status, headers, body = get(host, port)
        self.assertEqual(status, 200)
        self.assertEqual(json.loads(body)["type"], "FeatureCollection")
        self.assertEqual(get(host, port, headers={"If-None-Match": headers["ETag"]})[0], 304)
        self.assertEqual(len(UpstreamSource.hits), 1, "one upstream call per 10 s")
        self.assertTrue(UpstreamSource.hits[0][1].startswith("Beredd/"))

    def test_without_a_good_copy_a_fixed_502_and_the_detail_only_in_the_log(self):
        for path, detail in [("/redirect", "redirect refused (302)"), ("/big", HOSTILE["big"])]:
            with self.subTest(path):
                process, host, port = self.proxy(path)
                status, headers, body = get(host, port)
                self.assertEqual((status, body), (502, b"the feed's source is unavailable\n"))
                self.assertEqual(headers["X-Content-Type-Options"], "nosniff")
                stop(process)
                self.assertIn(detail, process.stderr_text)

    def test_a_control_character_from_the_source_never_reaches_a_header(self):
        UpstreamSource.behaviour = "reason-with-cr"
        process, host, port = self.proxy("/feed.json")
        connection = http.client.HTTPConnection(host, port, timeout=20)
        connection.request("GET", "/api/incidents")
        response = connection.getresponse()
        response.read()
        connection.close()
        self.assertEqual((response.status, response.reason), (502, "Bad Gateway"))
        self.assertIsNone(response.getheader("Set-Cookie"))
        stop(process)
        self.assertIn("HTTP 500", process.stderr_text)
        self.assertNotIn("\r", process.stderr_text)

    def test_a_dripping_source_never_holds_up_a_poller(self):
        UpstreamSource.behaviour = "drip"
        process, host, port = self.proxy("/feed.json")
        for _ in range(3):
            started = time.monotonic()
            status, _, _ = get(host, port)
            elapsed = time.monotonic() - started
            self.assertEqual(status, 502, "no copy yet")
            self.assertLess(elapsed, serve.UPSTREAM_FIRST_WAIT + 1.0, "the first polls wait a little, not 45 s")
        # Once the source is good again, a later refresh gives the copy; until then polls are quick.
        UpstreamSource.behaviour = "good"
        deadline = time.monotonic() + serve.UPSTREAM_DEADLINE + serve.UPSTREAM_MIN_INTERVAL + 10
        while True:
            started = time.monotonic()
            status, _, body = get(host, port)
            self.assertLess(time.monotonic() - started, serve.UPSTREAM_FIRST_WAIT + 1.0)
            if status == 200:
                break
            self.assertLess(time.monotonic(), deadline, "the proxy never recovered")
            time.sleep(0.5)
        self.assertEqual(body, GOOD_FEED)
        stop(process)
        self.assertIn("took longer than 10 s", process.stderr_text)

    def test_every_hostile_answer_keeps_the_last_good_copy(self):
        for behaviour, detail in HOSTILE.items():
            with self.subTest(behaviour):
                now = [0.0]
                feed, logged = self.feed(clock=lambda: now[0])
                UpstreamSource.behaviour = "good"
                good = feed.body()
                self.assertEqual(good, GOOD_FEED)
                self.settle(feed)
                if behaviour in ("redirect", "big"):
                    feed.url = self.origin + "/" + behaviour
                UpstreamSource.behaviour = behaviour
                now[0] += serve.UPSTREAM_MIN_INTERVAL
                started = time.monotonic()
                self.assertEqual(feed.body(), good, "the poller gets the copy at once")
                self.assertLess(time.monotonic() - started, 0.5)
                self.settle(feed)
                self.assertIn(detail, feed.last_error)
                self.assertEqual(feed.body(), good, "the bad answer did not replace the copy")
                self.assertTrue(any(detail in line for line in logged), logged)

    def test_at_most_one_call_per_interval_and_recovery(self):
        now = [0.0]
        feed, _ = self.feed(clock=lambda: now[0])
        good = feed.body()
        self.settle(feed)
        UpstreamSource.behaviour = "html"
        now[0] += 5
        self.assertEqual(feed.body(), good)
        self.assertEqual(len(UpstreamSource.hits), 1, "no call within 10 s")
        now[0] += 10
        self.assertEqual(feed.body(), good, "stale copy served while the source fails")
        self.settle(feed)
        self.assertEqual(len(UpstreamSource.hits), 2)
        UpstreamSource.behaviour = "good"
        now[0] += 10
        feed.body()
        self.settle(feed)
        self.assertIsNone(feed.last_error, "recovered once the source is good again")
        self.assertEqual(len(UpstreamSource.hits), 3)


if __name__ == "__main__":
    unittest.main()
