#!/usr/bin/env python3
"""Writes Beredd's app icons as PNG (standard library only): the favicon's red rounded square
with a white cross, at the sizes a web app manifest needs to be installable.

usage: app_icons.py OUT_DIR SIZE [SIZE ...]   (writes OUT_DIR/icon-SIZE.png)
"""
import struct
import sys
import zlib

RED = (0xB3, 0x0B, 0x1E)
WHITE = (0xFF, 0xFF, 0xFF)


def covered(x, y):
    """What is at (x, y) in the favicon's 64 x 64 drawing: None, RED or WHITE."""
    radius = 12
    cx = min(max(x, radius), 64 - radius)
    cy = min(max(y, radius), 64 - radius)
    if (x - cx) ** 2 + (y - cy) ** 2 > radius ** 2:
        return None  # outside the rounded corners
    # The cross: two strokes 10 wide from 12 to 52 with round caps.
    for (ax, ay, bx, by) in ((32, 12, 32, 52), (12, 32, 52, 32)):
        px = min(max(x, min(ax, bx)), max(ax, bx))
        py = min(max(y, min(ay, by)), max(ay, by))
        if (x - px) ** 2 + (y - py) ** 2 <= 25:
            return WHITE
    return RED


def pixel(size, x, y, samples=4):
    """RGBA of pixel (x, y), averaged over samples x samples points (anti-aliased edges)."""
    r = g = b = a = 0
    for sy in range(samples):
        for sx in range(samples):
            colour = covered((x + (sx + 0.5) / samples) * 64 / size, (y + (sy + 0.5) / samples) * 64 / size)
            if colour:
                r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
    if a == 0:
        return (0, 0, 0, 0)
    return (r // a, g // a, b // a, 255 * a // (samples * samples))


def png(size):
    rows = b"".join(b"\x00" + bytes(c for x in range(size) for c in pixel(size, x, y)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def main(argv):
    out_dir, sizes = argv[1], [int(s) for s in argv[2:]]
    for size in sizes:
        with open(f"{out_dir}/icon-{size}.png", "wb") as out:
            out.write(png(size))


if __name__ == "__main__":
    main(sys.argv)
