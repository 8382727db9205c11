#!/usr/bin/env python3
"""The C-FIND half of bench/qr.sh: the index's files, and the latencies.

  qr.py index DIR STUDIES [SERIES IMAGES]
      Write STUDIES studies of 10 small CT instances each (2 series of 5,
      or SERIES of IMAGES; 8x8 pixels, Explicit VR LE) as Part-10 files
      under DIR, one patient per study, 10 000 files a directory. Deterministic: the same STUDIES
      gives the same bytes. DIR/complete is written last, so that a cache
      cut short is made again.
  qr.py find PORT STUDIES ROUNDS
      On one association (Study Root C-FIND and Verification), ROUNDS
      rounds of: a C-ECHO, a STUDY-level C-FIND by PatientID, and one by a
      PatientName wildcard, each for another study. Every answer count is
      checked against the generator (one study each). Prints the median
      latency of each, in ms, as "echo X", "find-id X", "find-name X".

Latency is measured on one association, so that what is compared is the
server's work per request, not the start of a process per request (dcmtk's
findscu and echoscu spend more than that on their start alone).
"""
import os
import struct
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "tests", "integration"))
import dicom_raw as raw  # noqa: E402
import find_lib  # noqa: E402

CT = "1.2.840.10008.5.1.4.1.1.2"
EXPLICIT_LE = "1.2.840.10008.1.2.1"
ROOT = "2.25.271828182845904."  # study k: ROOT + "1." + k; series, instances below
PER_DIR = 10000
SERIES, IMAGES = 2, 5  # per study
GIVEN = ["JOHN", "MARY", "ANNA", "PETER", "LUCAS", "EMMA", "NOAH", "MIA"]
MODALITIES = ["CT", "MR"]


def surname(k):
    """Four letters, a different word for each of the first 26^4 studies
    (scrambled, so that neighbours in the index are not neighbours in k)."""
    n = (k * 7919 + 12345) % (26 ** 4)
    return "".join(chr(65 + (n // 26 ** i) % 26) for i in range(4))


def patient_id(k):
    return "BQ%07d" % k


def patient_name(k):
    return "%s^%s" % (surname(k), GIVEN[k % len(GIVEN)])


def el(group, elem, vr, value):
    if isinstance(value, str):
        value = value.encode("ascii")
    if len(value) % 2:
        value += b"\0" if vr == "UI" else b" "
    if vr in ("OB", "OW"):
        return struct.pack("<HH2sHI", group, elem, vr.encode(), 0, len(value)) + value
    return struct.pack("<HH2sH", group, elem, vr.encode(), len(value)) + value


def instance(k, s, i):
    """The Part-10 bytes of study k, series s, instance i."""
    study = "%s1.%d" % (ROOT, k)
    series = "%s.%d" % (study, s)
    sop = "%s.%d" % (series, i)
    date = "20%02d%02d%02d" % (k % 26, 1 + k % 12, 1 + k % 28)
    body = b"".join([
        el(0x0008, 0x0008, "CS", "ORIGINAL\\PRIMARY\\AXIAL"),
        el(0x0008, 0x0016, "UI", CT),
        el(0x0008, 0x0018, "UI", sop),
        el(0x0008, 0x0020, "DA", date),
        el(0x0008, 0x0030, "TM", "%02d%02d00" % (k % 24, k % 60)),
        el(0x0008, 0x0050, "SH", "A%07d" % k),
        el(0x0008, 0x0060, "CS", MODALITIES[(k + s) % 2]),
        el(0x0008, 0x0070, "LO", "BENCH"),
        el(0x0008, 0x0090, "PN", "REFERRER^%d" % (k % 97)),
        el(0x0008, 0x1030, "LO", "STUDY %d" % (k % 1000)),
        el(0x0008, 0x103E, "LO", "SERIES %d" % s),
        el(0x0010, 0x0010, "PN", patient_name(k)),
        el(0x0010, 0x0020, "LO", patient_id(k)),
        el(0x0010, 0x0030, "DA", "19%02d0101" % (k % 100)),
        el(0x0010, 0x0040, "CS", "MF"[k % 2]),
        el(0x0020, 0x000D, "UI", study),
        el(0x0020, 0x000E, "UI", series),
        el(0x0020, 0x0010, "SH", "S%d" % k),
        el(0x0020, 0x0011, "IS", str(s)),
        el(0x0020, 0x0013, "IS", str(i)),
        el(0x0028, 0x0002, "US", struct.pack("<H", 1)),
        el(0x0028, 0x0004, "CS", "MONOCHROME2"),
        el(0x0028, 0x0010, "US", struct.pack("<H", 8)),
        el(0x0028, 0x0011, "US", struct.pack("<H", 8)),
        el(0x0028, 0x0100, "US", struct.pack("<H", 16)),
        el(0x0028, 0x0101, "US", struct.pack("<H", 12)),
        el(0x0028, 0x0102, "US", struct.pack("<H", 11)),
        el(0x0028, 0x0103, "US", struct.pack("<H", 0)),
        el(0x7FE0, 0x0010, "OW", bytes(range(64)) * 2),
    ])
    meta = (el(2, 1, "OB", b"\0\1") + el(2, 2, "UI", CT) + el(2, 3, "UI", sop) +
            el(2, 0x10, "UI", EXPLICIT_LE))
    return b"\0" * 128 + b"DICM" + el(2, 0, "UL", struct.pack("<I", len(meta))) + meta + body


def write_index(out, studies, series=SERIES, images=IMAGES):
    if os.path.exists(os.path.join(out, "complete")):
        return 0
    n = 0
    for k in range(studies):
        for s in range(1, series + 1):
            for i in range(1, images + 1):
                d = os.path.join(out, "%03d" % (n // PER_DIR))
                if n % PER_DIR == 0:
                    os.makedirs(d, exist_ok=True)
                with open(os.path.join(d, "%d-%d-%d.dcm" % (k, s, i)), "wb") as f:
                    f.write(instance(k, s, i))
                n += 1
    with open(os.path.join(out, "complete"), "w") as f:
        f.write("%d\n" % n)
    return 0


# ---- the latencies -------------------------------------------------------------

STUDY_FIND = find_lib.STUDY_FIND


def study_query(key):
    """A viewer's study list query: the usual columns, computed ones too."""
    return find_lib.ident(
        (0x0008, 0x0020, b""), (0x0008, 0x0030, b""), (0x0008, 0x0050, b""),
        (0x0008, 0x0052, b"STUDY "), (0x0008, 0x0061, b""), (0x0008, 0x1030, b""),
        (0x0010, 0x0010, b""), (0x0010, 0x0020, b""), (0x0010, 0x0030, b""),
        (0x0010, 0x0040, b""), (0x0020, 0x000D, b""), (0x0020, 0x1208, b""), key)


def timed_find(s, msg_id, data):
    t0 = time.perf_counter()
    s.sendall(raw.pdata(1, 3, find_lib.find_rq(msg_id)))
    find_lib.send_dataset(s, 1, data)
    statuses = find_lib.responses(s)
    t1 = time.perf_counter()
    if statuses[-1] != 0:
        raise SystemExit("C-FIND failed: status 0x%04x" % statuses[-1])
    return t1 - t0, len(statuses) - 1


def timed_echo(s, msg_id):
    t0 = time.perf_counter()
    s.sendall(raw.pdata(3, 3, raw.echo_rq(msg_id)))
    kind, body = raw.recv_pdu(s)
    t1 = time.perf_counter()
    if kind != 4 or raw.status_of(body) != 0:
        raise SystemExit("C-ECHO failed")
    return t1 - t0


def median(xs):
    xs = sorted(xs)
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


def find(port, studies, rounds):
    s = raw.associate(port, [(1, STUDY_FIND, [raw.ILE]), (3, raw.ECHO, [raw.ILE])])
    times = {"echo": [], "find-id": [], "find-name": []}
    msg_id = 0
    warm = 5  # the first rounds open the index connection and warm caches
    for r in range(warm + rounds):
        k = (r * 104729 + 7) % studies
        msg_id += 1
        echo = timed_echo(s, msg_id)
        msg_id += 1
        by_id, n_id = timed_find(s, msg_id, study_query((0x0010, 0x0020, patient_id(k).encode())))
        msg_id += 1
        name = (surname(k) + "*").encode()
        by_name, n_name = timed_find(s, msg_id, study_query((0x0010, 0x0010, name)))
        if n_id != 1 or n_name != 1:
            raise SystemExit("study %d: %d answers by PatientID, %d by name; expected 1 and 1"
                             % (k, n_id, n_name))
        if r >= warm:
            times["echo"].append(echo)
            times["find-id"].append(by_id)
            times["find-name"].append(by_name)
    s.sendall(raw.pdu(5, b"\0" * 4))
    s.close()
    for name, xs in times.items():
        print("%s %.3f" % (name, median(xs) * 1000))
    return 0


def main(argv):
    if len(argv) in (4, 6) and argv[1] == "index":
        return write_index(argv[2], *map(int, argv[3:]))
    if len(argv) == 5 and argv[1] == "find":
        return find(int(argv[2]), int(argv[3]), int(argv[4]))
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
