# Draws the installable app's icons (public/pwa-*.png): "4S" in white on the theme blue, the
# same mark as favicon.svg, with a safe zone so the maskable icon survives a circular mask.
# Pure Python (no image library): python3 scripts/make-icons.py
import struct, zlib, os

BLUE = (0x0B, 0x3D, 0x91)
WHITE = (0xFF, 0xFF, 0xFF)
GLYPHS = {
    '4': ["10010", "10010", "10010", "11111", "00010", "00010", "00010"],
    'S': ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
}

def png(size, path, margin):
    text = "4S"
    cols = len(text) * 5 + (len(text) - 1)  # one column gap
    cell = int(size * (1 - 2 * margin) / cols)
    w, h = cols * cell, 7 * cell
    x0, y0 = (size - w) // 2, (size - h) // 2
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            c = BLUE
            gx, gy = (x - x0) // cell, (y - y0) // cell
            if 0 <= gx < cols and 0 <= gy < 7 and x >= x0 and y >= y0:
                i, r = divmod(gx, 6)
                if r < 5 and GLYPHS[text[i]][gy][r] == '1':
                    c = WHITE
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)

here = os.path.join(os.path.dirname(__file__), "..", "public")
png(192, os.path.join(here, "pwa-192x192.png"), 0.18)
png(512, os.path.join(here, "pwa-512x512.png"), 0.18)
png(512, os.path.join(here, "pwa-maskable-512x512.png"), 0.28)
png(180, os.path.join(here, "apple-touch-icon.png"), 0.18)
