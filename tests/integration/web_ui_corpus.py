#!/usr/bin/env python3
"""The corpus of the web interface's tests (web_browser.sh,
web_dicomweb_client.sh), with the answers they expect:

  web_ui_corpus.py OUTDIR

writes OUTDIR/store/*.dcm (what the test stores into dgate first),
OUTDIR/upload.dcm (what it uploads later through STOW-RS) and
OUTDIR/corpus.json: every patient, study, series and instance with the
attributes a search answers, its file (path, in OUTDIR), and for every frame the rectangles that are
bright once rendered (in the image's rows and columns; the rest is dark),
so that a test can check the pixels it sees.

- WEBTEST^ALICE (WEB001): study 1 (CT, 2024-01-15, ACC001) of
  series 1, five CT slices of 64x64 in Hounsfield units (the window of the
  image makes -1024 black and 1000 white): a bright square in the centre
  and a bright marker on the top row whose place moves right with the
  slice; and series 2, one multi-frame image (three frames of 32x32, a
  bright vertical band that moves right with the frame).
- WEBTEST^BOB (WEB002): study 2 (MR, 2023-06-01, ACC002), two MR images.
- WEBTEST^CAROL (WEB003): the upload, one CT slice (study 3, 2022-03-03).

Explicit VR Little Endian, native pixels; UIDs fixed (2.25). Standard
library only.
"""
import json
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dicom_raw import explicit  # noqa: E402

CT = "1.2.840.10008.5.1.4.1.1.2"
MR = "1.2.840.10008.5.1.4.1.1.4"
MF_GREY = "1.2.840.10008.5.1.4.1.1.7.3"  # Multi-frame Grayscale Word Secondary Capture
EXPLICIT_LE = "1.2.840.10008.1.2.1"
ROOT = "2.25.4711000000000000000000"

# Stored values: 0 is -1024 HU (black in the window below), 2024 is 1000 HU.
DARK, BRIGHT = 0, 2024
WINDOW = (40, 400)


def uid(*parts):
    return ".".join([ROOT] + [str(p) for p in parts])


def us(v):
    return struct.pack("<H", v)


def text(s):
    return s.encode()


def frame_pixels(rows, cols, rects):
    """A frame of 16-bit samples: BRIGHT inside rects (r0, c0, r1, c1;
    the ends excluded), DARK elsewhere."""
    px = bytearray(rows * cols * 2)
    for r0, c0, r1, c1 in rects:
        for r in range(r0, r1):
            for c in range(c0, c1):
                struct.pack_into("<H", px, (r * cols + c) * 2, BRIGHT)
    return bytes(px)


def write(path, study, series, inst):
    """A Part-10 file of one instance (the dicts of corpus.json)."""
    sop_class = inst["sop_class"]
    meta = (explicit(2, 1, b"OB", b"\0\1") + explicit(2, 2, b"UI", text(sop_class))
            + explicit(2, 3, b"UI", text(inst["sop"])) + explicit(2, 0x10, b"UI", text(EXPLICIT_LE))
            + explicit(2, 0x12, b"UI", text(uid(0))))
    meta = explicit(2, 0, b"UL", struct.pack("<I", len(meta))) + meta
    frames = len(inst["bright"])
    ds = (explicit(8, 0x16, b"UI", text(sop_class)) + explicit(8, 0x18, b"UI", text(inst["sop"]))
          + explicit(8, 0x20, b"DA", text(study["date"])) + explicit(8, 0x30, b"TM", b"120000")
          + explicit(8, 0x50, b"SH", text(study["accession"]))
          + explicit(8, 0x60, b"CS", text(series["modality"]))
          + explicit(8, 0x1030, b"LO", text(study["description"]))
          + explicit(8, 0x103E, b"LO", text(series["description"]))
          + explicit(0x10, 0x10, b"PN", text(study["patient_name"]))
          + explicit(0x10, 0x20, b"LO", text(study["patient_id"]))
          + explicit(0x10, 0x30, b"DA", text(study["birth_date"]))
          + explicit(0x20, 0xD, b"UI", text(study["uid"])) + explicit(0x20, 0xE, b"UI", text(series["uid"]))
          + explicit(0x20, 0x10, b"SH", b"1")
          + explicit(0x20, 0x11, b"IS", text(str(series["number"])))
          + explicit(0x20, 0x13, b"IS", text(str(inst["number"])))
          + explicit(0x28, 2, b"US", us(1)) + explicit(0x28, 4, b"CS", b"MONOCHROME2"))
    if frames > 1:
        ds += explicit(0x28, 8, b"IS", text(str(frames))) + explicit(0x28, 9, b"AT", struct.pack("<HH", 0x18, 0x2001))
    ds += (explicit(0x28, 0x10, b"US", us(inst["rows"])) + explicit(0x28, 0x11, b"US", us(inst["columns"]))
           + explicit(0x28, 0x100, b"US", us(16)) + explicit(0x28, 0x101, b"US", us(12))
           + explicit(0x28, 0x102, b"US", us(11)) + explicit(0x28, 0x103, b"US", us(0))
           + explicit(0x28, 0x1050, b"DS", text(str(WINDOW[0])))
           + explicit(0x28, 0x1051, b"DS", text(str(WINDOW[1])))
           + explicit(0x28, 0x1052, b"DS", b"-1024") + explicit(0x28, 0x1053, b"DS", b"1"))
    pixels = b"".join(frame_pixels(inst["rows"], inst["columns"], f) for f in inst["bright"])
    ds += struct.pack("<HH2sHI", 0x7FE0, 0x10, b"OW", 0, len(pixels)) + pixels
    with open(path, "wb") as f:
        f.write(bytes(128) + b"DICM" + meta + ds)


def corpus():
    def study(n, name, pid, birth, date, accession, description):
        return {"uid": uid(n), "patient_name": name, "patient_id": pid, "birth_date": birth,
                "date": date, "accession": accession, "description": description, "series": []}

    def series(st, n, modality, description):
        s = {"uid": uid(st["uid"].rsplit(".", 1)[1], n), "number": n, "modality": modality,
             "description": description, "instances": []}
        st["series"].append(s)
        return s

    def instance(st, se, n, sop_class, rows, cols, bright):
        i = {"sop": "%s.%d" % (se["uid"], n), "sop_class": sop_class, "number": n, "rows": rows,
             "columns": cols, "frames": len(bright), "bright": bright,
             "file": "%s_%d_%d.dcm" % (st["patient_id"], se["number"], n)}
        se["instances"].append(i)
        return i

    alice = study(1, "WEBTEST^ALICE", "WEB001", "19700101", "20240115", "ACC001", "CT head")
    ct = series(alice, 1, "CT", "axial")
    for k in range(1, 6):
        # The centre square and the slice's marker on the top row.
        instance(alice, ct, k, CT, 64, 64, [[(24, 24, 40, 40), (4, 4 + 12 * (k - 1), 12, 12 + 12 * (k - 1))]])
    mf = series(alice, 2, "OT", "multi-frame")
    instance(alice, mf, 1, MF_GREY, 32, 32, [[(0, 10 * f, 32, 10 * f + 8)] for f in range(3)])

    bob = study(2, "WEBTEST^BOB", "WEB002", "19800202", "20230601", "ACC002", "MR knee")
    mr = series(bob, 1, "MR", "sagittal")
    for k in range(1, 3):
        instance(bob, mr, k, MR, 32, 32, [[(8, 8, 24, 24)]])

    carol = study(3, "WEBTEST^CAROL", "WEB003", "19900303", "20220303", "ACC003", "CT chest")
    up = series(carol, 1, "CT", "upload")
    instance(carol, up, 1, CT, 64, 64, [[(16, 16, 48, 48)]])
    return {"window": WINDOW, "stored": [alice, bob], "upload": carol}


def main(argv):
    out = argv[1]
    os.makedirs(os.path.join(out, "store"))
    c = corpus()
    for st in c["stored"]:
        for se in st["series"]:
            for inst in se["instances"]:
                inst["path"] = os.path.join("store", inst["file"])
                write(os.path.join(out, inst["path"]), st, se, inst)
    up = c["upload"]
    up["series"][0]["instances"][0]["path"] = "upload.dcm"
    write(os.path.join(out, "upload.dcm"), up, up["series"][0], up["series"][0]["instances"][0])
    with open(os.path.join(out, "corpus.json"), "w") as f:
        json.dump(c, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
