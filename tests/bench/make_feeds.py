#!/usr/bin/env python3
"""Generates the benchmark's feeds in the Swedish Police events shape (polisen.se/api/events),
deterministically (a fixed seed), with the real API's quirks: single-digit hours, "+01:00"
offsets, "lat,lon" strings, relative urls, and the occasional day summary that is skipped; and
GeoJSON feeds of exact spots (each event's text, a few km from its place).

  make_feeds.py OUT_DIR

writes:
  polisen-10k.json, polisen-10k-previous.json  ingest: a poll and the poll before it (10 % of
                                               the events differ: 5 % edited, 5 % new)
  polisen-1k.json, polisen-5k.json             scaling: the map and list at 1k and 5k events
                                               (10k and 20k: the feeds above and below)
  polisen-20k.json, polisen-20k-update.json    map: first load, then an update in which 10 %
                                               changed (1,000 edited, 500 removed, 500 added)
  points-20k.json, points-20k-update.json      map: the same 20,000 and update, as exact spots
                                               (a GeoJSON FeatureCollection: clustered, not rings)
  soak-NN.json (48 files)                      the kiosk soak: a 500-event window that moves on
                                               by 10 events each poll, as a day's feed does
Standard library only."""
import datetime
import json
import random
import sys
from pathlib import Path

PLACES = [  # (name, lat, lon): municipality and county centres, as the API gives them
    ("Stockholm", 59.329324, 18.068581), ("Göteborg", 57.708870, 11.974560),
    ("Malmö", 55.604981, 13.003822), ("Uppsala", 59.858564, 17.638927),
    ("Västerås", 59.609901, 16.544809), ("Örebro", 59.275263, 15.213411),
    ("Linköping", 58.410807, 15.621373), ("Helsingborg", 56.046467, 12.694512),
    ("Jönköping", 57.782614, 14.161788), ("Norrköping", 58.587745, 16.192421),
    ("Lund", 55.704660, 13.191007), ("Umeå", 63.825847, 20.263035),
    ("Gävle", 60.674880, 17.141273), ("Borås", 57.721035, 12.939819),
    ("Södertälje", 59.195363, 17.625689), ("Eskilstuna", 59.371239, 16.509804),
    ("Karlstad", 59.402180, 13.511497), ("Växjö", 56.877670, 14.809040),
    ("Halmstad", 56.674375, 12.857788), ("Sundsvall", 62.390811, 17.306927),
    ("Luleå", 65.584819, 22.156703), ("Trollhättan", 58.283489, 12.285821),
    ("Östersund", 63.179170, 14.635660), ("Kalmar", 56.663445, 16.356779),
    ("Kiruna", 67.855800, 20.225282), ("Visby", 57.634800, 18.294840),
    ("Falun", 60.607420, 15.631050), ("Skellefteå", 64.750244, 20.950917),
    ("Kristianstad", 56.031200, 14.154950), ("Stockholms län", 59.602900, 18.138300),
    ("Västra Götalands län", 58.252794, 13.059644), ("Skåne län", 55.990300, 13.595800),
]
TYPES = ["Trafikolycka", "Brand", "Stöld", "Inbrott", "Misshandel", "Rattfylleri", "Skadegörelse",
         "Trafikkontroll", "Bedrägeri", "Olaga hot", "Räddningsinsats", "Försvunnen person",
         "Rån", "Narkotikabrott", "Ordningslagen", "Fylleri/LOB", "Djur", "Arbetsplatsolycka"]
SUMMARIES = [
    "Två bilar har kolliderat i korsningen.", "Rökutveckling i ett flerbostadshus.",
    "En person gripen för stöld i en butik.", "Inbrott i en villa under dagen.",
    "En man till sjukhus efter ett bråk.", "Bilförare misstänks för rattfylleri.",
    "Flera bilrutor krossade under natten.", "Trafikkontroll på infartsleden.",
    "Äldre person lurad av en falsk bankman.", "Brand i ett skogsområde, begränsad.",
]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december"]
STOCKHOLM_WINTER = datetime.timezone(datetime.timedelta(hours=1))
LATEST = datetime.datetime(2026, 11, 21, 22, 0, 0, tzinfo=STOCKHOLM_WINTER)


def event(rng, number, edited=False):
    when = LATEST - datetime.timedelta(minutes=7 * number + rng.randrange(7))
    place, lat, lon = PLACES[rng.randrange(len(PLACES))]
    kind = "Sammanfattning natt" if number % 250 == 0 else TYPES[rng.randrange(len(TYPES))]
    clock = f"{when.hour:02d}.{when.minute:02d}"
    day = f"{when.day:02d} {MONTHS[when.month - 1]}"
    summary = SUMMARIES[rng.randrange(len(SUMMARIES))]
    if edited:
        summary += " Insatsen är avslutad."
    slug = f"{when.day}-{MONTHS[when.month - 1]}-{clock.replace('.', '')}-{kind.lower().replace(' ', '-')}"
    return {
        "id": 600000 + number,
        "datetime": f"{when.year}-{when.month:02d}-{when.day:02d} {when.hour}:{when.minute:02d}:{when.second:02d} +01:00",
        "name": f"{day} {clock}, {kind}, {place}",
        "summary": summary,
        "url": f"/aktuellt/handelser/{when.year}/{MONTHS[when.month - 1]}/{when.day}/{slug}/",
        "type": kind,
        "location": {"name": place, "gps": f"{lat:.6f},{lon:.6f}"},
    }


def events(numbers, edited=frozenset()):
    # Each event's text depends only on its number, so the same event is identical in every feed.
    return [event(random.Random(n), n, n in edited) for n in numbers]


def spots(numbers, edited=frozenset()):
    # The same events at exact spots within about 10 km of their place.
    features = []
    for n in numbers:
        rng = random.Random(n)
        item = event(rng, n, n in edited)
        lat, lon = (float(part) for part in item["location"]["gps"].split(","))
        day, clock, offset = item["datetime"].split(" ")
        hour, minute, second = clock.split(":")
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(lon + rng.uniform(-0.15, 0.15), 6),
                                                          round(lat + rng.uniform(-0.09, 0.09), 6)]},
            "properties": {"id": f"spot-{item['id']}", "title": item["name"], "summary": item["summary"],
                           "category": item["type"], "area": item["location"]["name"],
                           "time": f"{day}T{int(hour):02d}:{minute}:{second}{offset}",
                           "source": "Benchmark"},
        })
    return {"type": "FeatureCollection", "features": features}


def write(path, items):
    path.write_text(json.dumps(items, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    # Ingest: the previous poll lacks the 500 newest events and has 500 others unedited.
    write(out / "polisen-10k-previous.json", events(range(500, 10500)))
    write(out / "polisen-10k.json", events(range(0, 10000), edited=frozenset(range(1000, 10000, 18))))
    # Scaling: the same shape at 1,000 and 5,000 (10k and 20k are the files above and below).
    write(out / "polisen-1k.json", events(range(500, 1500)))
    write(out / "polisen-5k.json", events(range(500, 5500)))
    # Map: 20,000, then 1,000 edited, the 500 oldest gone and 500 new ones.
    write(out / "polisen-20k.json", events(range(500, 20500)))
    write(out / "polisen-20k-update.json", events(range(0, 20000), edited=frozenset(range(1000, 20000, 19))))
    write(out / "points-20k.json", spots(range(500, 20500)))
    write(out / "points-20k-update.json", spots(range(0, 20000), edited=frozenset(range(1000, 20000, 19))))
    # Soak: a day's window of 500 that moves by 10 each poll; 48 polls make the cycle.
    for poll in range(48):
        write(out / f"soak-{poll:02d}.json", events(range(480 - 10 * poll, 980 - 10 * poll)))


if __name__ == "__main__":
    main()
