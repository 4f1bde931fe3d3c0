"""beredd-check feed: the sample feeds (shaped like the live Swedish APIs) pass and print
Beredd's GeoJSON; a 100,000-deep array, invalid UTF-8, an HTML error page and a wrong
--format each exit non-zero with a message saying where and what, and never crash.
Usage: BEREDD_CHECK=path python3 -m unittest"""
import json
import os
import pathlib
import subprocess
import tempfile
import unittest

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHECK = os.environ.get("BEREDD_CHECK", str(REPO / "build/native/core/beredd-check"))


def run(*args):
    return subprocess.run([CHECK, "feed", *args], capture_output=True, text=True, timeout=60,
                          errors="replace")


class FeedCheck(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, data):
        path = pathlib.Path(self.dir.name) / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
        return str(path)

    def test_sample_feeds_pass_and_print_geojson(self):
        expected = {"polisen.json": ("polisen", 2), "vma_cap.json": ("cap", 4),
                    "krisinformation.json": ("krisinformation", 2),
                    "beredd_geojson.json": ("geojson", 2), "smhi_warnings.json": ("smhi", 5)}
        for name, (fmt, count) in expected.items():
            with self.subTest(name):
                result = run(str(HERE / name))
                self.assertEqual(result.returncode, 0, result.stderr)
                geojson = json.loads(result.stdout)
                self.assertEqual(geojson["type"], "FeatureCollection")
                self.assertEqual(len(geojson["features"]), count)
                self.assertIn(f"{fmt} feed, {count} incidents, 0 dropped", result.stderr)

    def test_deep_nesting_is_refused_with_its_position(self):
        path = self.write("deep.json", "[" * 100000 + "]" * 100000)
        result = run(path)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.strip(), f"{path}: line 1, column 65: nested deeper than 64 levels")

    def test_invalid_utf8_drops_the_item_and_says_so(self):
        event = ('{"id": 1, "datetime": "2025-06-07 7:32:06 +02:00", "name": "Brand \xff", '
                 '"summary": "s", "url": "/x", "type": "Brand", '
                 '"location": {"name": "Solna", "gps": "59.36,18.0"}}')
        good = event.replace('"id": 1', '"id": 2').replace("\xff", "")
        path = self.write("utf8.json", b"[" + event.encode("latin-1") + b"," + good.encode() + b"]")
        result = run(path)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}: /0 (id 1): dropped: invalid UTF-8 in the texts", result.stderr)
        self.assertEqual([f["properties"]["id"] for f in json.loads(result.stdout)["features"]], ["2"])

    def test_a_feed_of_only_unreadable_items_is_refused(self):
        # Police-shaped, every one with a wrong type: a broken source, not a quiet one.
        event = {"id": 1, "datetime": "2025-06-07 7:32:06 +02:00", "name": "Brand", "summary": "s",
                 "url": "/x", "type": "Brand", "location": {"name": "Solna", "gps": "59.36,18.0"}}
        wrong = [{"name": 42}, {"datetime": 5}, {"location": "Solna"}, {"summary": []}]
        path = self.write("broken.json", json.dumps([{**event, "id": i, **w} for i, w in enumerate(wrong, 1)]))
        result = run(path)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}: none of its 4 items could be read (first: /0: name: expected a string", result.stderr)

    def test_an_html_error_page_is_named_as_such(self):
        path = self.write("error.json", "<!DOCTYPE html>\n<html><h1>502 Bad Gateway</h1></html>")
        result = run(path)
        self.assertEqual(result.returncode, 1)
        self.assertIn("line 1, column 1: an HTML or XML page, not JSON", result.stderr)

    def test_format_option(self):
        result = run(str(HERE / "polisen.json"), "--format", "cap")
        self.assertEqual(result.returncode, 1)
        self.assertIn("not a cap feed: the top level is an array", result.stderr)
        self.assertEqual(run(str(HERE / "polisen.json"), "--format", "polisen").returncode, 0)
        self.assertEqual(run(str(HERE / "polisen.json"), "--format", "rss").returncode, 2)

    def test_oversized_file_is_refused_before_reading(self):
        path = self.write("big.json", "[" + " " * (8 * 1024 * 1024) + "]")
        result = run(path)
        self.assertEqual(result.returncode, 1)
        self.assertIn("larger than 8388608 bytes", result.stderr)


if __name__ == "__main__":
    unittest.main()
