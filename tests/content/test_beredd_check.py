"""beredd-check content: the shipped packs pass, and each class of broken pack fails with a
message naming the file and the JSON path. Each broken pack is the real content/sv.json with
one mutation, written next to a copy of content/en.json. Usage: BEREDD_CHECK=path ... unittest"""
import copy
import json
import os
import pathlib
import subprocess
import tempfile
import unittest

REPO = pathlib.Path(__file__).resolve().parents[2]
CHECK = os.environ.get("BEREDD_CHECK", str(REPO / "build/native/core/beredd-check"))
SV = json.loads((REPO / "content/sv.json").read_text(encoding="utf-8"))
EN_TEXT = (REPO / "content/en.json").read_text(encoding="utf-8")


def drop(path):
    def mutate(pack):
        *parents, last = path
        target = pack
        for key in parents:
            target = target[key]
        del target[last]
    return mutate


def put(path, value):
    def mutate(pack):
        *parents, last = path
        target = pack
        for key in parents:
            target = target[key]
        target[last] = value
    return mutate


def duplicate_number_id(pack):
    pack["numbers"][3]["id"] = pack["numbers"][1]["id"]


ADULT, CHILD, INFANT = 0, 2, 3  # indexes into content/sv.json's cpr.modes


def infant_steps_copied_from_adult(pack):
    assert pack["cpr"]["modes"][INFANT]["for"] == "infant"
    pack["cpr"]["modes"][INFANT]["steps"] = copy.deepcopy(pack["cpr"]["modes"][ADULT]["steps"])


# (error class, mutation or raw text, expected JSON path, expected words in the message)
BROKEN = [
    ("invalid JSON", '{"schema_version": 1, "locale": "sv",\n  "strings": {', "/", "not valid JSON at line 2"),
    ("missing field", drop(["numbers", 2, "tel"]), "/numbers/2/tel", 'missing field "tel"'),
    ("wrong type", put(["numbers", 1, "name"], 42), "/numbers/1/name", "wrong type: expected a string, found number"),
    ("wrong container type", put(["cpr", "modes", 0, "steps"], {"a": 1}), "/cpr/modes/0/steps",
     "expected an array, found object"),
    ("unknown schema version", put(["schema_version"], 7), "/schema_version", "unknown schema version 7"),
    ("empty text", put(["cpr", "modes", 0, "steps", 4, "text"], "   "), "/cpr/modes/0/steps/4/text", "empty text"),
    ("tel not a phone number", put(["numbers", 2, "tel"], "11 77"), "/numbers/2/tel", "not a phone number"),
    ("tel as a script", put(["numbers", 0, "tel"], "javascript:alert(1)"), "/numbers/0/tel", "not a phone number"),
    ("duplicate ids", duplicate_number_id, "/numbers/3/id", 'duplicate id "police" (first at /numbers/1)'),
    ("CPR rate outside 100-120", put(["cpr", "rate_per_min"], 130), "/cpr/rate_per_min", "must be 100-120"),
    ("missing UI text", drop(["strings", "cpr.start"]), "/strings/cpr.start", 'missing field "cpr.start"'),
    ("locale not matching the file", put(["locale"], "en"), "/locale", "does not match the file name"),
    ("feed endpoint not https", put(["feed", "endpoint"], "http://example.com/x"), "/feed/endpoint", "https"),
    ("drill target on an unknown step", put(["drills", 0, "targets", 0, "step"], "nowhere"),
     "/drills/0/targets/0/step", 'no step with id "nowhere"'),
    ("drill with an unknown action", put(["drills", 1, "action"], "panic"), "/drills/1/action",
     'unknown action "panic"'),
    ("duplicate drill ids", put(["drills", 3, "id"], "lockdown"), "/drills/3/id", 'duplicate id "lockdown"'),
    ("inject before the start", put(["drills", 0, "injects", 0, "at_s"], -5), "/drills/0/injects/0/at_s",
     "at_s must be 0 to a day"),
    ("infant mode without its own depth", drop(["cpr", "modes", INFANT, "depth"]), "/cpr/modes/3/depth",
     'missing field "depth"'),
    ("infant mode with the adult depth", put(["cpr", "modes", INFANT, "depth"], "5–6 cm"), "/cpr/modes/3/depth",
     'shows the adult depth "5–6 cm"'),
    ("infant steps copied from the adult", infant_steps_copied_from_adult, "/cpr/modes/3/steps/4/text",
     'shows the adult depth "5–6 cm"'),
    ("child step naming the adult ratio", put(["cpr", "modes", CHILD, "steps", 6, "title"], "30:2"),
     "/cpr/modes/2/steps/6/title", "names the ratio 30:2, but this mode is 15:2"),
    ("CPR mode without a source", drop(["cpr", "modes", ADULT, "source"]), "/cpr/modes/0/source",
     'missing field "source"'),
    ("source without a year", drop(["cpr", "modes", CHILD, "source", "year"]), "/cpr/modes/2/source/year",
     'missing field "year"'),
    ("CPR mode for nobody known", put(["cpr", "modes", INFANT, "for"], "baby"), "/cpr/modes/3/for",
     'must be "adult", "child" or "infant"'),
    ("guide without a source", drop(["guides", 0, "source"]), "/guides/0/source", 'missing field "source"'),
    ("guide source without a document", drop(["guides", 4, "source", "document"]), "/guides/4/source/document",
     'missing field "document"'),
    ("guide id not usable in a URL", put(["guides", 1, "id"], "Stabilt sidoläge"), "/guides/1/id",
     "cannot be part of a URL"),
    ("guide number not a phone number", put(["guides", 2, "sections", 0, "steps", 1, "tel"], "010-456 67 00"),
     "/guides/2/sections/0/steps/1/tel", "not a phone number"),
    ("guide with an unknown feature", put(["guides", 4, "feature"], "siren"), "/guides/4/feature",
     'unknown feature "siren"'),
    ("drill without a source", drop(["drills", 1, "source"]), "/drills/1/source", 'missing field "source"'),
    ("empty role checklist", put(["drills", 2, "roles", 0, "checklist"], []), "/drills/2/roles/0/checklist",
     "empty checklist"),
]


def run_check(directory):
    return subprocess.run([CHECK, "content", str(directory)], capture_output=True, text=True,
                          timeout=60)


class BereddCheckContentTest(unittest.TestCase):
    def test_shipped_content_is_valid(self):
        result = run_check(REPO / "content")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("2 content packs OK (en, sv)", result.stdout)
        self.assertIn("4 drill scenarios, 5 guides", result.stdout)

    def test_every_broken_pack_fails_naming_file_and_path(self):
        self.assertGreaterEqual(len(BROKEN), 8)
        for name, mutation, path, words in BROKEN:
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                folder = pathlib.Path(tmp)
                if isinstance(mutation, str):
                    text = mutation
                else:
                    pack = copy.deepcopy(SV)
                    mutation(pack)
                    text = json.dumps(pack, ensure_ascii=False, indent=1)
                (folder / "sv.json").write_text(text, encoding="utf-8")
                (folder / "en.json").write_text(EN_TEXT, encoding="utf-8")
                result = run_check(folder)
                self.assertEqual(result.returncode, 1, f"{name}: {result.stdout}")
                expected = f"{folder / 'sv.json'}: {path}: "
                lines = [line for line in result.stdout.splitlines() if line.startswith(expected)]
                self.assertTrue(lines, f"{name}: no line starting {expected!r} in:\n{result.stdout}")
                self.assertTrue(any(words in line for line in lines),
                                f"{name}: {words!r} not in {lines}")

    def test_every_problem_is_listed_not_just_the_first(self):
        with tempfile.TemporaryDirectory() as tmp:
            folder = pathlib.Path(tmp)
            pack = copy.deepcopy(SV)
            pack["numbers"][0]["tel"] = "x"
            pack["numbers"][2]["when"] = ""
            del pack["cpr"]["modes"][1]["breaths"]
            (folder / "sv.json").write_text(json.dumps(pack), encoding="utf-8")
            result = run_check(folder)
            self.assertEqual(result.returncode, 1)
            for path in ["/numbers/0/tel", "/numbers/2/when", "/cpr/modes/1/breaths"]:
                self.assertIn(f": {path}: ", result.stdout)

    def test_locales_must_agree_on_ids(self):
        cases = [
            (lambda en: en["cpr"]["modes"].pop(), "/cpr/modes: must list the same mode ids"),
            (lambda en: en["cpr"]["modes"][INFANT]["steps"].pop(),
             "/cpr/modes/3/steps: must list the same step ids"),
            (lambda en: en["guides"][0]["sections"][1]["steps"].pop(),
             "/guides/0/sections/1/steps: must list the same step ids"),
            (lambda en: en["guides"].reverse(), "/guides: must list the same guide ids"),
            (lambda en: en["cpr"]["modes"][INFANT].update(initial_breaths=0),
             "/cpr/modes/3: must be for the same people with the same rhythm"),
            # "sweep": no target refers to it, so the pack is valid on its own.
            (lambda en: en["drills"][0]["steps"].pop(2), "/drills/0/steps: must list the same step ids"),
        ]
        for mutate, expected in cases:
            with self.subTest(expected), tempfile.TemporaryDirectory() as tmp:
                folder = pathlib.Path(tmp)
                en = json.loads(EN_TEXT)
                mutate(en)
                (folder / "sv.json").write_text(json.dumps(SV), encoding="utf-8")
                (folder / "en.json").write_text(json.dumps(en), encoding="utf-8")
                result = run_check(folder)
                self.assertEqual(result.returncode, 1)
                self.assertIn(f"{folder / 'en.json'}: {expected}", result.stdout)

    def test_missing_default_locale_and_bad_usage(self):
        with tempfile.TemporaryDirectory() as tmp:
            folder = pathlib.Path(tmp)
            (folder / "en.json").write_text(EN_TEXT, encoding="utf-8")
            result = run_check(folder)
            self.assertEqual(result.returncode, 1)
            self.assertIn('no pack for the default locale "sv"', result.stdout)
        usage = subprocess.run([CHECK], capture_output=True, text=True, timeout=60)
        self.assertEqual(usage.returncode, 2)
        self.assertIn("usage: beredd-check content DIR", usage.stderr)


if __name__ == "__main__":
    unittest.main()
