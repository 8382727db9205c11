#!/usr/bin/env python3
"""Files for tests/integration/codec_jls_j2k.sh, made here so that the
expected pixels come from the test's own data, not from a codec:

  codec_files.py native OUT.dcm ROWS COLS SPP ALLOC STORED SIGNED PHOTOMETRIC PLANAR [FRAMES]
      a Part-10 Explicit VR LE Secondary Capture image with a test pattern
      (gradients, edges, noise, both ends of the range), each frame its
      own; OUT.dcm.raw holds its pixel data
  codec_files.py palette OUT.dcm ALLOC STORED ENTRY_BITS FRAMES
      a PALETTE COLOR image of indices 0..2^STORED-1 with its three LUT
      descriptors and tables (ENTRY_BITS 8 or 16 per entry); OUT.dcm.raw
      holds its pixel data
  codec_files.py values FILE TAG...
      the VR and value bytes (hex) of each TAG (gggg,eeee) of the Explicit
      VR LE dataset of FILE, one line each, "absent" for one it lacks
  codec_files.py wrap OUT.dcm TS ROWS COLS SPP ALLOC STORED SIGNED PHOTOMETRIC FRAME
      the same image around a compressed frame (encapsulated, empty Basic
      Offset Table, one fragment)
  codec_files.py pnm RAW OUT ROWS COLS SPP ALLOC STORED
      unsigned native samples as a PGM/PPM (big endian above 8 bits)
  codec_files.py unpnm PNM OUT ALLOC
      a PGM/PPM back into native little-endian samples
  codec_files.py same A PLANAR_A B PLANAR_B ROWS COLS SPP ALLOC STORED [TOLERANCE]
      exit 0 when the two native frames (or runs of frames) hold the same
      samples (the low STORED bits; within TOLERANCE), whatever their
      planar configurations
"""
import struct
import sys

SC = "1.2.840.10008.5.1.4.1.1.7"
EXPLICIT_LE = "1.2.840.10008.1.2.1"
US_MULTIFRAME = "1.2.840.10008.5.1.4.1.1.3.1"  # a multi-frame class that allows a palette


def uid_value(u):
    b = u.encode()
    return b + b"\0" if len(b) % 2 else b


def text_value(s):
    b = s.encode()
    return b + b" " if len(b) % 2 else b


def element(group, elem, vr, value):
    if vr in ("OB", "OW", "SQ", "UN", "UT"):
        return struct.pack("<HH2sHI", group, elem, vr.encode(), 0, len(value)) + value
    return struct.pack("<HH2sH", group, elem, vr.encode(), len(value)) + value


def us(v):
    return struct.pack("<H", v)


def multiframe_class(spp, alloc):
    """The Multi-frame Secondary Capture class of an image (GDCM writes
    no multi-frame Secondary Capture Image)."""
    return SC + (".4" if spp == 3 else ".2" if alloc == 8 else ".3")


def part10(ts, dataset, sop_class=SC):
    sop = "2.25.1234567890123456789"
    meta = (element(0x0002, 0x0001, "OB", b"\0\1")
            + element(0x0002, 0x0002, "UI", uid_value(sop_class))
            + element(0x0002, 0x0003, "UI", uid_value(sop))
            + element(0x0002, 0x0010, "UI", uid_value(ts))
            + element(0x0002, 0x0012, "UI", uid_value("2.25.42")))
    head = b"\0" * 128 + b"DICM" + element(0x0002, 0x0000, "UL", struct.pack("<I", len(meta)))
    ds = (element(0x0008, 0x0016, "UI", uid_value(sop_class))
          + element(0x0008, 0x0018, "UI", uid_value(sop))
          + element(0x0008, 0x0060, "CS", text_value("OT"))
          + element(0x0010, 0x0010, "PN", text_value("CODEC^TEST"))
          + element(0x0010, 0x0020, "LO", text_value("CODEC1"))
          + element(0x0020, 0x000D, "UI", uid_value("2.25.11"))
          + element(0x0020, 0x000E, "UI", uid_value("2.25.12"))
          + dataset)
    return head + meta + ds


def image_module(rows, cols, spp, alloc, stored, signed, photometric, planar, frames=1):
    ds = element(0x0028, 0x0002, "US", us(spp))
    ds += element(0x0028, 0x0004, "CS", text_value(photometric))
    if spp > 1:
        ds += element(0x0028, 0x0006, "US", us(planar))
    if frames > 1:
        ds += element(0x0028, 0x0008, "IS", text_value(str(frames)))
    ds += element(0x0028, 0x0010, "US", us(rows))
    ds += element(0x0028, 0x0011, "US", us(cols))
    ds += element(0x0028, 0x0100, "US", us(alloc))
    ds += element(0x0028, 0x0101, "US", us(stored))
    ds += element(0x0028, 0x0102, "US", us(stored - 1))
    ds += element(0x0028, 0x0103, "US", us(signed))
    return ds


def pattern(rows, cols, spp, alloc, stored, signed, planar, frame=0):
    span = (1 << stored) - 1
    lo = -((span + 1) // 2) if signed else 0
    seed = 12345 + 977 * frame
    values = [0] * (rows * cols * spp)
    for r in range(rows):
        for c in range(cols):
            for s in range(spp):
                seed = (seed * 1103515245 + 12345) & 0xFFFFFFFF
                v = span * (r + c + 7 * s + 5 * frame) // (rows + cols + 14 + 5 * frame) + (seed >> 16) % 9 - 4
                if r < 2:
                    v = span if (c + frame) % 2 else 0
                v = min(max(v, 0), span) + lo
                i = r * cols + c
                k = s * rows * cols + i if planar else i * spp + s
                values[k] = v & ((1 << alloc) - 1)
    fmt = "<%d%s" % (len(values), "B" if alloc == 8 else "H")
    return struct.pack(fmt, *values)


def samples(path, planar, pixels, spp, alloc, stored):
    """The low `stored` bits of each sample of native frames, colour-by-pixel."""
    with open(path, "rb") as f:
        data = f.read()
    n = len(data) // (alloc // 8)
    v = struct.unpack("<%d%s" % (n, "B" if alloc == 8 else "H"), data[:n * (alloc // 8)])
    mask = (1 << stored) - 1
    if planar and spp > 1:
        size = pixels * spp
        v = [v[f + s * pixels + i] for f in range(0, n - n % size, size)
             for i in range(pixels) for s in range(spp)]
    return [x & mask for x in v]


def palette_image(alloc, stored, entry_bits, frames):
    """A PALETTE COLOR image: its Image Pixel module with the three LUTs
    (each its own ramp, so that a table swapped or cut shows), and its
    pixels, every index used."""
    rows, cols, entries = 24, 20, 1 << stored
    ds = image_module(rows, cols, 1, alloc, stored, 0, "PALETTE COLOR", 0, frames)
    desc = struct.pack("<3H", entries & 0xFFFF, 0, entry_bits)
    for elem in (0x1101, 0x1102, 0x1103):
        ds += element(0x0028, elem, "US", desc)
    tables = b""
    for i, elem in enumerate((0x1201, 0x1202, 0x1203)):
        top = (1 << entry_bits) - 1
        lut = [(top * ((k * (i + 1)) % entries)) // (entries - 1) for k in range(entries)]
        data = bytes(lut) if entry_bits == 8 else struct.pack("<%dH" % entries, *lut)
        tables += element(0x0028, elem, "OW", data + b"\0" * (len(data) % 2))
    indices = [(k * 37 + f * 11) % entries for f in range(frames) for k in range(rows * cols)]
    pixels = bytes(indices) if alloc == 8 else struct.pack("<%dH" % len(indices), *indices)
    return ds + tables, pixels


def values(path, tags):
    """{tag: (vr, value)} of the top-level elements of an Explicit VR LE
    Part-10 file up to its Pixel Data."""
    with open(path, "rb") as f:
        data = f.read()
    pos = 132
    found = {}
    while pos + 8 <= len(data):
        group, elem = struct.unpack_from("<HH", data, pos)
        if (group, elem) == (0x7FE0, 0x0010):
            break
        vr = data[pos + 4:pos + 6].decode()
        if vr in ("OB", "OW", "OF", "OD", "OL", "OV", "SQ", "UC", "UN", "UR", "UT"):
            length, head = struct.unpack_from("<I", data, pos + 8)[0], 12
        else:
            length, head = struct.unpack_from("<H", data, pos + 6)[0], 8
        if length == 0xFFFFFFFF:
            sys.exit("%s: an element of undefined length before (%04X,%04X)" % (path, group, elem))
        tag = "%04x,%04x" % (group, elem)
        if tag in tags:
            found[tag] = (vr, data[pos + head:pos + head + length])
        pos += head + length
    return found


def main(argv):
    cmd = argv[1]
    if cmd == "native":
        out = argv[2]
        rows, cols, spp, alloc, stored, signed = map(int, argv[3:9])
        photometric, planar = argv[9], int(argv[10])
        frames = int(argv[11]) if len(argv) > 11 else 1
        pixels = b"".join(pattern(rows, cols, spp, alloc, stored, signed, planar, f)
                          for f in range(frames))
        ds = image_module(rows, cols, spp, alloc, stored, signed, photometric, planar, frames)
        ds += element(0x7FE0, 0x0010, "OB" if alloc == 8 else "OW", pixels)
        with open(out, "wb") as f:
            f.write(part10(EXPLICIT_LE, ds, SC if frames == 1 else multiframe_class(spp, alloc)))
        with open(out + ".raw", "wb") as f:
            f.write(pixels)
    elif cmd == "palette":
        out = argv[2]
        alloc, stored, entry_bits, frames = map(int, argv[3:7])
        ds, pixels = palette_image(alloc, stored, entry_bits, frames)
        ds += element(0x7FE0, 0x0010, "OB" if alloc == 8 else "OW", pixels)
        with open(out, "wb") as f:
            f.write(part10(EXPLICIT_LE, ds, SC if frames == 1 else US_MULTIFRAME))
        with open(out + ".raw", "wb") as f:
            f.write(pixels)
    elif cmd == "values":
        tags = [t.lower() for t in argv[3:]]
        found = values(argv[2], tags)
        for t in tags:
            print(t, *(found[t][0], found[t][1].hex()) if t in found else ("absent",))
    elif cmd == "wrap":
        out, ts = argv[2], argv[3]
        rows, cols, spp, alloc, stored, signed = map(int, argv[4:10])
        photometric = argv[10]
        with open(argv[11], "rb") as f:
            frame = f.read()
        if len(frame) % 2:
            frame += b"\0"
        ds = image_module(rows, cols, spp, alloc, stored, signed, photometric, 0)
        items = struct.pack("<HHI", 0xFFFE, 0xE000, 0)
        items += struct.pack("<HHI", 0xFFFE, 0xE000, len(frame)) + frame
        items += struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)
        ds += struct.pack("<HH2sHI", 0x7FE0, 0x0010, b"OB", 0, 0xFFFFFFFF) + items
        with open(out, "wb") as f:
            f.write(part10(ts, ds))
    elif cmd == "pnm":
        raw, out = argv[2], argv[3]
        rows, cols, spp, alloc, stored = map(int, argv[4:9])
        with open(raw, "rb") as f:
            data = f.read()
        if alloc == 16:
            n = len(data) // 2
            data = struct.pack(">%dH" % n, *struct.unpack("<%dH" % n, data))
        magic = b"P5" if spp == 1 else b"P6"
        with open(out, "wb") as f:
            f.write(b"%s\n%d %d\n%d\n" % (magic, cols, rows, (1 << stored) - 1) + data)
    elif cmd == "unpnm":
        with open(argv[2], "rb") as f:
            data = f.read()
        fields, pos = [], 0
        while len(fields) < 4:
            while data[pos:pos + 1].isspace():
                pos += 1
            if data[pos:pos + 1] == b"#":
                pos = data.index(b"\n", pos)
                continue
            end = pos
            while not data[end:end + 1].isspace():
                end += 1
            fields.append(data[pos:end])
            pos = end
        body = data[pos + 1:]
        alloc = int(argv[4])
        if int(fields[3]) > 255:
            n = len(body) // 2
            body = struct.pack("<%dH" % n, *struct.unpack(">%dH" % n, body))
        elif alloc == 16:
            body = struct.pack("<%dH" % len(body), *body)
        with open(argv[3], "wb") as f:
            f.write(body)
    elif cmd == "same":
        rows, cols, spp, alloc, stored = map(int, argv[6:11])
        tolerance = int(argv[11]) if len(argv) > 11 else 0
        a = samples(argv[2], int(argv[3]), rows * cols, spp, alloc, stored)
        b = samples(argv[4], int(argv[5]), rows * cols, spp, alloc, stored)
        if len(a) != len(b):
            sys.exit("%d samples against %d" % (len(a), len(b)))
        worst = max(abs(x - y) for x, y in zip(a, b))
        if worst > tolerance:
            sys.exit("samples differ by up to %d" % worst)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
