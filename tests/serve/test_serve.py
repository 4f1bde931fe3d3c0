"""serve.py fails safely: traversal, symlinks out of the root, directory listings and missing
files all get 404, .wasm is application/wasm, and every response carries the security headers.
Runs serve.py as a real process on a free port against a temporary root."""
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

    def request(self, path, method="GET"):
        # http.client sends the path exactly as given (no normalisation of "..").
        connection = http.client.HTTPConnection(self.host, self.port, timeout=5)
        connection.putrequest(method, path, skip_accept_encoding=True)
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

    def test_help_explains_every_option(self):
        result = subprocess.run([sys.executable, str(SERVE), "--help"], capture_output=True,
                                text=True, timeout=30)
        self.assertEqual(result.returncode, 0)
        for option in ["--host", "--port", "--root", "--no-build", "--timeout", "--quiet"]:
            self.assertIn(option, result.stdout)


if __name__ == "__main__":
    unittest.main()
