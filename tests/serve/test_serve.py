"""serve.py fails safely: traversal, symlinks out of the root, directory listings and missing
files all get 404, .wasm is application/wasm, and every response carries the security headers.
Malformed requests (HTTP/0.9, garbage, HTTP/9.9, unparseable or absolute-form targets) get a real
HTTP error with those headers and never a traceback, a redirect never names another host, and
a client that sends its request a byte at a time is cut off at the whole-request deadline.
Runs serve.py as a real process on a free port against a temporary root."""
import hashlib
import http.client
import os
import pathlib
import re
import socket
import subprocess
import sys
import tempfile
import time
import unittest

REPO = pathlib.Path(__file__).resolve().parents[2]
SERVE = REPO / "serve.py"


class ServePyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        base = pathlib.Path(cls.tmp.name)
        cls.root = base / "site"
        (cls.root / "sub").mkdir(parents=True)
        (cls.root / "empty-dir").mkdir()
        (cls.root / "index.html").write_text("<!doctype html><title>root</title>")
        (cls.root / "sub" / "index.html").write_text("<!doctype html><title>sub</title>")
        (cls.root / "app.wasm").write_bytes(b"\0asm\1\0\0\0")
        (cls.root / "boot.js").write_text("export {};")
        (cls.root / ".hidden").write_text("secret")
        (base / "outside.txt").write_text("TOP SECRET outside the root")
        (cls.root / "escape.txt").symlink_to(base / "outside.txt")
        (cls.root / "escape-dir").symlink_to(base)
        (cls.root / "inside-link.txt").symlink_to(cls.root / "boot.js")
        cls.server = subprocess.Popen(
            [sys.executable, str(SERVE), "--no-build", "--quiet", "--port", "0",
             "--root", str(cls.root), "--timeout", "2"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = cls.server.stdout.readline()
        match = re.search(r"http://([\d.]+):(\d+)/", line)
        if not match:
            cls.server.kill()
            raise RuntimeError(f"serve.py did not start: {line!r} {cls.server.stderr.read()}")
        cls.host, cls.port = match.group(1), int(match.group(2))

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait(timeout=10)
        cls.server.stdout.close()
        cls.server.stderr.close()
        cls.tmp.cleanup()

    def request(self, path, method="GET", headers=()):
        # http.client sends the path exactly as given (no normalisation of "..").
        connection = http.client.HTTPConnection(self.host, self.port, timeout=5)
        connection.putrequest(method, path, skip_accept_encoding=True)
        for name, value in headers:
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response, body

    def assert_security_headers(self, response):
        csp = response.getheader("Content-Security-Policy") or ""
        self.assertIn("default-src 'self'", csp)
        self.assertIn("'wasm-unsafe-eval'", csp)
        self.assertNotIn("unsafe-inline", csp)
        self.assertNotIn("'unsafe-eval'", csp)
        self.assertIn("frame-ancestors 'none'", csp)
        self.assertEqual(response.getheader("X-Content-Type-Options"), "nosniff")
        self.assertEqual(response.getheader("Referrer-Policy"), "no-referrer")

    def test_binds_loopback_by_default(self):
        self.assertEqual(self.host, "127.0.0.1")

    def test_serves_index_with_headers(self):
        response, body = self.request("/")
        self.assertEqual(response.status, 200)
        self.assertIn(b"<title>root</title>", body)
        self.assertTrue(response.getheader("Content-Type").startswith("text/html"))
        self.assert_security_headers(response)

    def test_wasm_is_application_wasm(self):
        response, body = self.request("/app.wasm")
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Content-Type"), "application/wasm")
        self.assertEqual(body[:4], b"\0asm")
        self.assert_security_headers(response)

    def test_files_carry_a_content_etag_that_a_conditional_request_matches(self):
        response, body = self.request("/boot.js")
        expected = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        self.assertEqual(response.getheader("ETag"), expected)
        response, body = self.request("/boot.js", headers=[("If-None-Match", expected)])
        self.assertEqual(response.status, 304)
        self.assertEqual(body, b"")
        self.assertEqual(response.getheader("ETag"), expected)
        self.assert_security_headers(response)
        # Another tag (the app's built-in pack when the served one was edited) gets the file,
        # whatever its date says.
        modified = response.getheader("Last-Modified")
        response, body = self.request("/boot.js", headers=[("If-None-Match", '"0123"'),
                                                           ("If-Modified-Since", modified)])
        self.assertEqual(response.status, 200)
        self.assertEqual(body, b"export {};")
        response, _ = self.request("/boot.js", headers=[("If-Modified-Since", modified)])
        self.assertEqual(response.status, 304)

    def test_dot_dot_traversal_is_refused(self):
        for path in ["/../outside.txt", "/sub/../../outside.txt", "/%2e%2e/outside.txt",
                     "/sub/%2E%2E/%2e%2e/outside.txt", "/..%2foutside.txt", "/..\\outside.txt",
                     "/%00index.html"]:
            with self.subTest(path=path):
                response, body = self.request(path)
                self.assertEqual(response.status, 404)
                self.assertNotIn(b"TOP SECRET", body)
                self.assert_security_headers(response)

    def test_symlink_out_of_root_is_refused(self):
        for path in ["/escape.txt", "/escape-dir/outside.txt", "/escape-dir/"]:
            with self.subTest(path=path):
                response, body = self.request(path)
                self.assertEqual(response.status, 404)
                self.assertNotIn(b"TOP SECRET", body)

    def test_symlink_inside_root_is_served(self):
        response, body = self.request("/inside-link.txt")
        self.assertEqual(response.status, 200)
        self.assertEqual(body, b"export {};")

    def test_directory_without_index_is_not_listed(self):
        response, body = self.request("/empty-dir/")
        self.assertEqual(response.status, 404)
        self.assertNotIn(b"Directory listing", body)
        self.assert_security_headers(response)

    def test_directory_with_index_serves_it(self):
        response, body = self.request("/sub/")
        self.assertEqual(response.status, 200)
        self.assertIn(b"<title>sub</title>", body)

    def test_missing_file_is_404_with_headers(self):
        response, _ = self.request("/no-such-file.js")
        self.assertEqual(response.status, 404)
        self.assert_security_headers(response)

    def test_hidden_files_are_not_served(self):
        response, body = self.request("/.hidden")
        self.assertEqual(response.status, 404)
        self.assertNotIn(b"secret", body)

    def test_head_and_unsupported_methods(self):
        response, body = self.request("/", method="HEAD")
        self.assertEqual(response.status, 200)
        self.assertEqual(body, b"")
        response, _ = self.request("/", method="POST")
        self.assertEqual(response.status, 501)

    def test_idle_connection_is_closed_after_the_timeout(self):
        with socket.create_connection((self.host, self.port), timeout=10) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\n")  # an unfinished request, then silence
            started = time.monotonic()
            data = sock.recv(4096)
            while data:
                data = sock.recv(4096)
            elapsed = time.monotonic() - started
        self.assertLess(elapsed, 8, "server closed the idle connection after --timeout 2")

    def raw(self, request, read_timeout=10):
        """Sends `request` as it is and returns everything the server answers until it closes."""
        with socket.create_connection((self.host, self.port), timeout=read_timeout) as sock:
            sock.sendall(request)
            chunks = []
            while True:
                data = sock.recv(65536)
                if not data:
                    break
                chunks.append(data)
        return b"".join(chunks)

    def assert_error_with_headers(self, answer, status):
        head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        status_line, *header_lines = head.split("\r\n")
        self.assertRegex(status_line, rf"^HTTP/1\.[01] {status} [A-Za-z ]+$")
        headers = {line.split(":", 1)[0].lower(): line.split(":", 1)[1].strip() for line in header_lines}
        self.assertEqual(headers.get("x-content-type-options"), "nosniff", head)
        self.assertIn("default-src 'self'", headers.get("content-security-policy", ""), head)
        self.assertNotIn(b"Traceback", answer)
        return headers

    def test_malformed_requests_get_a_real_http_error(self):
        for request, status in [(b"GET /\r\n", 400),                       # HTTP/0.9
                                (b"GET\r\n", 400),
                                (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 400),  # TLS
                                (b"GET / HTTP/9.9\r\n\r\n", 505),
                                (b"GET / HTTP/2.0\r\n\r\n", 505),
                                (b"GET / FOO/1.1\r\n\r\n", 400),
                                (b"GET http://[/ HTTP/1.1\r\nHost: x\r\n\r\n", 400),
                                (b"GET http://host:port/ HTTP/1.1\r\nHost: x\r\n\r\n", 400),
                                (b"GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400),
                                (b"GET / HTTP/1.1\r\nBroken header line\r\n\r\n", 400)]:
            with self.subTest(request):
                self.assert_error_with_headers(self.raw(request), status)

    def test_absolute_form_and_double_slash_redirects_stay_on_this_server(self):
        for target in [b"http://evil.example/sub", b"HTTP://EVIL.EXAMPLE:80/sub", b"//sub", b"///sub"]:
            with self.subTest(target):
                answer = self.raw(b"GET " + target + b" HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                headers = self.assert_error_with_headers(answer, 301)
                self.assertEqual(headers["location"], "/sub/")
        answer = self.raw(b"GET http://evil.example/sub/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        self.assertIn(b"<title>sub</title>", answer, "an absolute-form target is served from this root")

    def test_a_client_that_sends_a_byte_at_a_time_is_cut_off_at_the_deadline(self):
        # --timeout 2: the whole request must arrive within 2 s, however often bytes come.
        with socket.create_connection((self.host, self.port), timeout=10) as sock:
            started = time.monotonic()
            closed_at = None
            for byte in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 40:
                try:
                    sock.sendall(bytes([byte]))
                except OSError:
                    closed_at = time.monotonic()
                    break
                sock.settimeout(0.5)
                try:
                    if sock.recv(1) == b"":
                        closed_at = time.monotonic()
                        break
                except socket.timeout:
                    pass
            self.assertIsNotNone(closed_at, "still open after 20 s of drip")
            self.assertLess(closed_at - started, 4.0)

    def test_no_traceback_reaches_the_log(self):
        for quiet in ([], ["--quiet"]):
            with self.subTest(quiet=bool(quiet)):
                server = subprocess.Popen(
                    [sys.executable, str(SERVE), "--no-build", "--port", "0", "--root", str(self.root), *quiet],
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                port = int(re.search(r":(\d+)/", server.stdout.readline()).group(1))
                for request in [b"GET http://[/ HTTP/1.1\r\n\r\n", b"GET /\r\n", b"\x00\xff garbage\r\n\r\n",
                                b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X: y\r\n" * 200 + b"\r\n"]:
                    with socket.create_connection((self.host, port), timeout=10) as sock:
                        sock.sendall(request)
                        while sock.recv(65536):
                            pass
                server.terminate()
                _, log = server.communicate(timeout=10)
                self.assertNotIn("Traceback", log)
                if quiet:
                    self.assertEqual(log, "")

    def test_help_explains_every_option(self):
        result = subprocess.run([sys.executable, str(SERVE), "--help"], capture_output=True,
                                text=True, timeout=30)
        self.assertEqual(result.returncode, 0)
        for option in ["--host", "--port", "--root", "--no-build", "--timeout", "--max-connections", "--quiet"]:
            self.assertIn(option, result.stdout)


if __name__ == "__main__":
    unittest.main()
