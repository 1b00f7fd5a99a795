#!/usr/bin/python3
"""Independent adjacency of polygons with GEOS (shapely): rook contiguity, i.e. two units are neighbours
when the intersection of their boundaries has positive length (point contacts do not count).

Usage: shapely_adjacency.py UNITS.geojson EDGES.csv
UNITS.geojson: FeatureCollection, each feature with properties.id, geometry in lon/lat.
EDGES.csv: unit_a,unit_b,shared_border_deg (unit_a < unit_b as text); lengths in degrees, since the
projection is not available here without pyproj; only the edge set is compared.
"""
import csv
import json
import sys

from shapely.geometry import shape
from shapely.strtree import STRtree


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        features = json.load(f)["features"]
    ids, geoms = [], []
    for feat in features:
        if not feat.get("geometry"):
            continue
        g = shape(feat["geometry"])
        if g.is_empty:
            continue
        ids.append(feat["properties"]["id"])
        geoms.append(g)
    index_of = {id(g): i for i, g in enumerate(geoms)}
    tree = STRtree(geoms)
    boundaries = [g.boundary for g in geoms]
    edges = []
    for i, g in enumerate(geoms):
        for other in tree.query(g):
            j = index_of[id(other)]
            if j <= i:
                continue
            shared = boundaries[i].intersection(boundaries[j])
            if shared.length > 0:
                a, b = sorted((ids[i], ids[j]))
                edges.append((a, b, shared.length))
    with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["unit_a", "unit_b", "shared_border_deg"])
        for a, b, length in sorted(edges):
            w.writerow([a, b, "%.9f" % length])
    print("%d units, %d edges" % (len(geoms), len(edges)))


if __name__ == "__main__":
    main()
