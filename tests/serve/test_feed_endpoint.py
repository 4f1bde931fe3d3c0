"""serve.py's incident feed endpoint (/api/incidents) in its three modes: demo incidents that
arrive, change and expire; --feed-file re-read on change; --upstream, a caching proxy that
refuses file://, http://, hosts not on the allow-list, redirects and oversized bodies, calls
upstream at most once per 10 s and keeps serving the last good copy when the source fails.
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
    process.terminate()
    process.wait(timeout=10)
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


class UpstreamSource(http.server.BaseHTTPRequestHandler):
    """The https source the proxy is pointed at."""
    hits = []

    def do_GET(self):
        UpstreamSource.hits.append((self.path, self.headers.get("User-Agent")))
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/feed.json")
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.end_headers()  # no Content-Length: the proxy must count as it reads
            chunk = b" " * 65536
            try:
                for _ in range(140):  # 9 MB
                    self.wfile.write(chunk)
            except OSError:
                pass
        else:
            body = b'{"type": "FeatureCollection", "features": []}'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args):
        pass


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

    def proxy(self, path):
        process, host, port = start_serve(self.root, "--upstream", self.origin + path,
                                          "--upstream-allow", "127.0.0.1", "--upstream-ca", self.cert)
        self.addCleanup(stop, process)
        return host, port

    def test_unsafe_upstreams_are_refused_at_start(self):
        for url, why in [("file:///etc/passwd", "only https upstreams are allowed, not file"),
                         ("http://polisen.se/api/events", "only https upstreams are allowed, not http"),
                         ("https://evil.example/feed", "evil.example is not an allowed upstream host"),
                         ("https://user:pw@polisen.se/api/events", "may not carry credentials")]:
            with self.subTest(url):
                result = subprocess.run([sys.executable, str(SERVE), "--no-build", "--root", str(self.root),
                                         "--port", "0", "--upstream", url],
                                        capture_output=True, text=True, timeout=20)
                self.assertNotEqual(result.returncode, 0)
                self.assertIn(why, result.stderr)

    def test_proxies_with_etag_and_a_proper_user_agent(self):
        host, port = self.proxy("/feed.json")
        status, headers, body = get(host, port)
        self.assertEqual(status, 200)
        self.assertEqual(json.loads(body)["type"], "FeatureCollection")
        self.assertEqual(get(host, port, headers={"If-None-Match": headers["ETag"]})[0], 304)
        self.assertEqual(len(UpstreamSource.hits), 1, "one upstream call per 10 s")
        self.assertTrue(UpstreamSource.hits[0][1].startswith("Beredd/"))

    def test_redirects_are_refused(self):
        host, port = self.proxy("/redirect")
        status, _, body = get(host, port)
        self.assertEqual(status, 502)
        self.assertIn(b"redirect refused", body)
        self.assertEqual([path for path, _ in UpstreamSource.hits], ["/redirect"])

    def test_an_oversized_body_is_refused(self):
        host, port = self.proxy("/big")
        status, _, body = get(host, port)
        self.assertEqual(status, 502)
        self.assertIn(b"larger than 8 MB", body)

    def test_the_last_good_copy_is_served_when_the_source_fails(self):
        now = [0.0]
        feed = serve.UpstreamFeed(self.origin + "/feed.json", {"127.0.0.1"}, ca_file=self.cert,
                                  clock=lambda: now[0])
        good = feed.body()
        feed.url = self.origin + "/big"  # the source now misbehaves
        now[0] += 5
        self.assertEqual(feed.body(), good)
        self.assertEqual(len(UpstreamSource.hits), 1, "no call within 10 s")
        now[0] += 10
        self.assertEqual(feed.body(), good, "stale copy served while the source fails")
        self.assertEqual(len(UpstreamSource.hits), 2)
        self.assertIn("larger than 8 MB", feed.last_error)


if __name__ == "__main__":
    unittest.main()
