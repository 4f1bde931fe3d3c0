#!/usr/bin/env python3
"""Writes Sweden's outline as GeoJSON from world-atlas (Natural Earth 1:50m, TopoJSON).

The map draws it under the tiles, so land shows where tiles cannot load (offline, blocked).
Usage: sweden_outline.py COUNTRIES_50M_JSON OUT_GEOJSON   (stdlib only; run by web/CMakeLists.txt)
"""
import json
import sys

SWEDEN = "752"  # ISO 3166-1 numeric


def decode_arcs(topology):
    """Quantized, delta-encoded arcs to lists of [lon, lat]."""
    scale_x, scale_y = topology["transform"]["scale"]
    translate_x, translate_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append([round(x * scale_x + translate_x, 5), round(y * scale_y + translate_y, 5)])
        arcs.append(points)
    return arcs


def ring(indices, arcs):
    """Joins arcs into one ring; ~i means arc i reversed, and joined arcs share an end point."""
    points = []
    for index in indices:
        arc = arcs[~index][::-1] if index < 0 else arcs[index]
        points.extend(arc if not points else arc[1:])
    return points


def main(source, target):
    with open(source, encoding="utf-8") as file:
        topology = json.load(file)
    arcs = decode_arcs(topology)
    geometry = next(g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == SWEDEN)
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    outline = {
        "type": "Feature",
        "properties": {"name": "Sverige", "source": "Natural Earth via world-atlas"},
        "geometry": {"type": "MultiPolygon",
                     "coordinates": [[ring(r, arcs) for r in polygon] for polygon in polygons]},
    }
    with open(target, "w", encoding="utf-8") as file:
        json.dump(outline, file, separators=(",", ":"))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
