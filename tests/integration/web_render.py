#!/usr/bin/env python3
"""Images for tests/integration/web_render.sh and the checks of what dgate
renders of them, the expected values computed here from the stored ones
(PS3.3 C.11.2.1.2 windowing), not by a library:

  web_render.py make DIR
      study 2.25.700: series 2.25.701 (SeriesNumber 1) of three 16 x 64
      16-bit CT-like instances (InstanceNumber 1..3, SOP 2.25.7011..7013,
      stored value 64 * column + 1000 * InstanceNumber, Rescale Intercept
      -1024, window 3000/4000 in the file), and series 2.25.702
      (SeriesNumber 2) of one MONOCHROME1 8-bit image of 2 frames of 8 x 16
      (SOP 2.25.7021, stored 15 * column + 10 * frame, no window)
  web_render.py ppm OUT
      a 16 x 64 colour gradient as a PPM (red 4 * column, green 16 * row,
      blue 128), for cjpeg and img2dcm to make a JPEG baseline image of
  web_render.py parts FILE BOUNDARY TYPE PREFIX
      split a multipart/related body into PREFIX.1, PREFIX.2, ... (each
      part's Content-Type must be TYPE) and print how many there were
  web_render.py check FILE png|pnm ROWS COLS TOLERANCE KIND ARGS...
      decode FILE (a PNG, or the PGM djpeg made of a JPEG) and compare each
      pixel with the expected one, within TOLERANCE:
        ct N CENTER WIDTH [HALF]   instance N through a LINEAR window; HALF:
                                   shrunk to half size by area averaging
        rgb                        the colour gradient of ppm (a PPM P6)
        mf FRAME                   the MONOCHROME1 frame (0-based) over its
                                   own range, inverted
        any                        only the size
"""
import math
import struct
import sys
import zlib

SC = "1.2.840.10008.5.1.4.1.1.7"
EXPLICIT_LE = "1.2.840.10008.1.2.1"


def pad(b, fill):
    return b + fill if len(b) % 2 else b


def element(group, elem, vr, value):
    if vr in ("OB", "OW", "SQ", "UN", "UT"):
        return struct.pack("<HH2sHI", group, elem, vr.encode(), 0, len(value)) + value
    return struct.pack("<HH2sH", group, elem, vr.encode(), len(value)) + value


def ui(g, e, v):
    return element(g, e, "UI", pad(v.encode(), b"\0"))


def text(g, e, vr, v):
    return element(g, e, vr, pad(v.encode(), b" "))


def us(g, e, v):
    return element(g, e, "US", struct.pack("<H", v))


def write(path, sop, series, series_no, inst_no, image):
    meta = (element(0x0002, 0x0001, "OB", b"\0\1") + ui(0x0002, 0x0002, SC)
            + ui(0x0002, 0x0003, sop) + ui(0x0002, 0x0010, EXPLICIT_LE)
            + ui(0x0002, 0x0012, "2.25.42"))
    head = b"\0" * 128 + b"DICM" + element(0x0002, 0x0000, "UL", struct.pack("<I", len(meta)))
    ds = (ui(0x0008, 0x0016, SC) + ui(0x0008, 0x0018, sop) + text(0x0008, 0x0060, "CS", "OT")
          + text(0x0010, 0x0010, "PN", "RENDER^TEST") + text(0x0010, 0x0020, "LO", "RENDER1")
          + ui(0x0020, 0x000D, "2.25.700") + ui(0x0020, 0x000E, series)
          + text(0x0020, 0x0011, "IS", str(series_no)) + text(0x0020, 0x0013, "IS", str(inst_no))
          + image)
    with open(path, "wb") as f:
        f.write(head + meta + ds)


def ct_value(n, r, c):
    return 64 * c + 1000 * n


def mf_value(frame, r, c):
    return 15 * c + 10 * frame


def make(d):
    for n in (3, 1, 2):  # stored out of order: the thumbnail orders by number
        px = b"".join(struct.pack("<H", ct_value(n, r, c)) for r in range(16) for c in range(64))
        image = (us(0x0028, 0x0002, 1) + text(0x0028, 0x0004, "CS", "MONOCHROME2")
                 + us(0x0028, 0x0010, 16) + us(0x0028, 0x0011, 64) + us(0x0028, 0x0100, 16)
                 + us(0x0028, 0x0101, 16) + us(0x0028, 0x0102, 15) + us(0x0028, 0x0103, 0)
                 + text(0x0028, 0x1050, "DS", "3000\\40") + text(0x0028, 0x1051, "DS", "4000\\400")
                 + text(0x0028, 0x1052, "DS", "-1024") + text(0x0028, 0x1053, "DS", "1")
                 + element(0x7FE0, 0x0010, "OW", px))
        write("%s/ct%d.dcm" % (d, n), "2.25.701%d" % n, "2.25.701", 1, n, image)
    px = bytes(mf_value(k, r, c) for k in range(2) for r in range(8) for c in range(16))
    image = (us(0x0028, 0x0002, 1) + text(0x0028, 0x0004, "CS", "MONOCHROME1")
             + text(0x0028, 0x0008, "IS", "2") + us(0x0028, 0x0010, 8) + us(0x0028, 0x0011, 16)
             + us(0x0028, 0x0100, 8) + us(0x0028, 0x0101, 8) + us(0x0028, 0x0102, 7)
             + us(0x0028, 0x0103, 0) + element(0x7FE0, 0x0010, "OB", px))
    write("%s/mf.dcm" % d, "2.25.7021", "2.25.702", 2, 1, image)


def round8(y):
    return int(math.floor(y + 0.5))


def linear(x, c, w):
    if x <= c - 0.5 - (w - 1) / 2:
        return 0
    if x > c - 0.5 + (w - 1) / 2:
        return 255
    return round8(((x - (c - 0.5)) / (w - 1) + 0.5) * 255)


def linear_exact(x, c, w):
    if x <= c - w / 2:
        return 0
    if x > c + w / 2:
        return 255
    return round8(((x - c) / w + 0.5) * 255)


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("%s is not a PNG" % path)
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype != 0:
                sys.exit("PNG depth %d colour type %d, expected 8-bit grey" % (depth, ctype))
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    rows, prev = [], [0] * width
    for y in range(height):
        line = raw[y * (width + 1):(y + 1) * (width + 1)]
        f, cur = line[0], list(line[1:])
        for x in range(width):
            a = cur[x - 1] if x else 0
            b, cc = prev[x], prev[x - 1] if x else 0
            if f == 1:
                cur[x] = (cur[x] + a) & 255
            elif f == 2:
                cur[x] = (cur[x] + b) & 255
            elif f == 3:
                cur[x] = (cur[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - cc
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - cc)
                pr = a if pa <= pb and pa <= pc else b if pb <= pc else cc
                cur[x] = (cur[x] + pr) & 255
        rows.append(cur)
        prev = cur
    return width, height, rows


def rgb_value(r, c):
    return (4 * c, 16 * r, 128)


def ppm(path):
    body = bytes(v for r in range(16) for c in range(64) for v in rgb_value(r, c))
    open(path, "wb").write(b"P6\n64 16\n255\n" + body)


def read_pgm(path):
    data = open(path, "rb").read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] not in (b"P5", b"P6"):
        sys.exit("%s is not a PGM or PPM" % path)
    width, height, n = int(fields[1]), int(fields[2]), 3 if fields[0] == b"P6" else 1
    pix = data[pos + 1:]
    rows = [list(pix[y * width * n:(y + 1) * width * n]) for y in range(height)]
    if n == 3:
        rows = [[tuple(row[3 * x:3 * x + 3]) for x in range(width)] for row in rows]
    return width, height, rows


def check(args):
    path, fmt, rows, cols, tol, kind = args[0], args[1], int(args[2]), int(args[3]), int(args[4]), args[5]
    width, height, got = read_png(path) if fmt == "png" else read_pgm(path)
    if (height, width) != (rows, cols):
        sys.exit("%s is %d x %d, expected %d x %d" % (path, height, width, rows, cols))
    if kind == "any":
        return
    if kind == "rgb":
        worst = max(abs(got[y][x][i] - rgb_value(y, x)[i])
                    for y in range(rows) for x in range(cols) for i in range(3))
        if worst > tol:
            sys.exit("%s differs by up to %d (tolerance %d): got %s" % (path, worst, tol, got[0][:4]))
        return
    if kind == "ct":
        n, c, w = int(args[6]), float(args[7]), float(args[8])
        full = [linear(ct_value(n, 0, x) - 1024, c, w) for x in range(64)]
        if len(args) > 9:
            full = [round8((full[2 * x] + full[2 * x + 1]) / 2) for x in range(32)]
        want = [full] * rows
    else:
        frame = int(args[6])
        lo, hi = mf_value(frame, 0, 0), mf_value(frame, 0, 15)
        want = [[255 - linear_exact(mf_value(frame, 0, x), (lo + hi) / 2, hi - lo)
                 for x in range(16)]] * rows
    worst = max(abs(got[y][x] - want[y][x]) for y in range(rows) for x in range(cols))
    if worst > tol:
        sys.exit("%s differs by up to %d (tolerance %d): got %s, expected %s"
                 % (path, worst, tol, got[0], want[0]))


def parts(path, boundary, ctype, prefix):
    data = open(path, "rb").read()
    delim = b"--" + boundary.encode()
    if not data.startswith(delim) or not data.endswith(delim + b"--\r\n"):
        sys.exit("%s does not start and end with its boundary" % path)
    chunks = data[:-len(delim) - 4].split(delim + b"\r\n")[1:]
    for i, chunk in enumerate(chunks, 1):
        head, _, body = chunk.partition(b"\r\n\r\n")
        if head.decode().lower() != ("content-type: " + ctype).lower():
            sys.exit("part %d has headers %r" % (i, head))
        if not body.endswith(b"\r\n"):
            sys.exit("part %d does not end with CRLF" % i)
        open("%s.%d" % (prefix, i), "wb").write(body[:-2])
    print(len(chunks))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2])
    elif sys.argv[1] == "ppm":
        ppm(sys.argv[2])
    elif sys.argv[1] == "parts":
        parts(*sys.argv[2:6])
    elif sys.argv[1] == "check":
        check(sys.argv[2:])
    else:
        sys.exit(__doc__)
