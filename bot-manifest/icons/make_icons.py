#!/usr/bin/env python3
"""Draw the Coverage Bot icons: a speech bubble holding an opening quote mark.

    python3 bot-manifest/icons/make_icons.py [OUTPUT_DIR]

Writes color.png (192x192, white bubble on the accent colour) and outline.png
(32x32, white on transparent) into OUTPUT_DIR, which defaults to bot-manifest/.
Standard library only; the output is byte-for-byte reproducible (no timestamps or
other ancillary chunks, fixed compression level), so the committed PNGs can be
checked against a fresh run.
"""

import math
import os
import struct
import sys
import zlib

ACCENT = (0x1F, 0x4E, 0x79)  # keep in sync with "accentColor" in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)

# Shapes live in a unit square (x to the right, y downwards) and are sampled
# SUPERSAMPLE x SUPERSAMPLE times per pixel for anti-aliasing.
SUPERSAMPLE = 4

BUBBLE = (0.16, 0.20, 0.84, 0.68, 0.12)  # left, top, right, bottom, corner radius
TAIL = ((0.27, 0.60), (0.50, 0.60), (0.23, 0.86))  # triangle under the bubble


def in_round_rect(x, y, left, top, right, bottom, radius):
    if x < left or x > right or y < top or y > bottom:
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])

    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    has_neg = d1 < 0 or d2 < 0 or d3 < 0
    has_pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_neg and has_pos)


def in_bubble(x, y):
    left, top, right, bottom, radius = BUBBLE
    return in_round_rect(x, y, left, top, right, bottom, radius) or in_triangle(x, y, *TAIL)


def in_quote_mark(x, y, cx, cy, r):
    """One '6'-shaped opening quote: a ball, and a crescent tail rising from its left side."""
    if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
        return True
    if y > cy or y < cy - 2.4 * r:
        return False
    big = 2.2 * r  # the tail is the part of one big circle that a shifted copy leaves uncovered
    ox, oy = cx - r + big, cy
    if (x - ox) ** 2 + (y - oy) ** 2 > big * big:
        return False
    ix, iy = ox + 0.75 * r, oy - 0.35 * r
    return (x - ix) ** 2 + (y - iy) ** 2 > big * big


def in_quotes(x, y, scale=1.0):
    r = 0.068 * scale
    cy = 0.44 + 0.7 * r  # centres the glyphs (ball bottom to tail tip) in the bubble body
    gap = 0.10 * scale
    return in_quote_mark(x, y, 0.50 - gap, cy, r) or in_quote_mark(x, y, 0.50 + gap, cy, r)


def render(size, shade):
    """shade(x, y) -> (r, g, b, a) for a point of the unit square; returns RGBA rows."""
    rows = []
    n = SUPERSAMPLE
    for py in range(size):
        row = bytearray()
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(n):
                for sx in range(n):
                    x = (px + (sx + 0.5) / n) / size
                    y = (py + (sy + 0.5) / n) / size
                    r, g, b, a = shade(x, y)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / (n * n)
            if acc[3]:
                rgb = [round(c / acc[3]) for c in acc[:3]]
            else:
                rgb = [0, 0, 0]
            row += bytes(rgb + [round(alpha)])
        rows.append(bytes(row))
    return rows


def color_shade(x, y):
    if in_bubble(x, y) and not in_quotes(x, y):
        return WHITE + (255,)
    return ACCENT + (255,)


def outline_shade(x, y):
    # a white bubble outline (~2 px at 32 px) with solid white quote marks inside
    stroke = 0.07
    ring = in_bubble(x, y) and not in_inner_bubble(x, y, stroke)
    if ring or in_quotes(x, y, 1.05):
        return WHITE + (255,)
    return (0, 0, 0, 0)


def in_inner_bubble(x, y, inset):
    """The bubble eroded by `inset`: every point within that distance is inside the bubble."""
    d = inset * math.sqrt(0.5)
    probes = ((0, 0), (inset, 0), (-inset, 0), (0, inset), (0, -inset), (d, d), (d, -d), (-d, d), (-d, -d))
    return all(in_bubble(x + dx, y + dy) for dx, dy in probes)


def png_bytes(rows, size, with_alpha):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = bytearray()
    for row in rows:
        raw.append(0)  # filter type: none
        if with_alpha:
            raw += row
        else:
            for i in range(0, len(row), 4):
                raw += row[i:i + 3]
    color_type = 6 if with_alpha else 2  # RGBA or RGB
    header = struct.pack(">IIBBBBB", size, size, 8, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)
    os.makedirs(out_dir, exist_ok=True)
    icons = (("color.png", 192, color_shade, False), ("outline.png", 32, outline_shade, True))
    for name, size, shade, with_alpha in icons:
        path = os.path.join(out_dir, name)
        with open(path, "wb") as f:
            f.write(png_bytes(render(size, shade), size, with_alpha))
        print(f"wrote {path} ({size}x{size})")


if __name__ == "__main__":
    main()
