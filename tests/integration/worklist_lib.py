#!/usr/bin/env python3
"""The Modality Worklist tests: HL7 orders written here, loaded by
dgate --loadhl7, then queried with findscu -W; every answer is checked
against what the orders say, never against the server's own answers.

Usage:
  worklist_lib.py hl7 OUT              write the orders as one HL7 file
  worklist_lib.py rows                 the rows DICOMWorkList must hold, one
                                       per line (AccessionN|PatientID|...)
  worklist_lib.py check PORT OUT       the findscu cases; OUT gets the canonical
                                       answers (for comparing backends)
  worklist_lib.py raw PORT             raw C-FINDs on the worklist context
  worklist_lib.py name PORT ACC        the answer's SpecificCharacterSet and
                                       PatientName bytes (hex) for order ACC
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dicom_raw as raw  # noqa: E402
import find_lib  # noqa: E402

MY_AE = "CONQUESTSRV1"
SPS = "ScheduledProcedureStepSequence"

# keyword: (tag, VR, column length or None when the worklist holds no column)
KEYS = {
    "SpecificCharacterSet": (0x00080005, "CS", None),
    "AccessionNumber": (0x00080050, "SH", 16),
    "Modality": (0x00080060, "CS", 16),
    "ReferencedStudySequence": (0x00081110, "SQ", None),
    "ReferencedPatientSequence": (0x00081120, "SQ", None),
    "PatientName": (0x00100010, "PN", 64),
    "PatientID": (0x00100020, "LO", 64),
    "PatientBirthDate": (0x00100030, "DA", 8),
    "PatientSex": (0x00100040, "CS", 16),
    "PatientWeight": (0x00101030, "DS", None),
    "StudyInstanceUID": (0x0020000D, "UI", 64),
    "RequestingPhysician": (0x00321032, "PN", 64),
    "RequestedProcedureDescription": (0x00321060, "LO", 64),
    "ScheduledStationAETitle": (0x00400001, "AE", 16),
    "ScheduledProcedureStepStartDate": (0x00400002, "DA", 8),
    "ScheduledProcedureStepStartTime": (0x00400003, "TM", 16),
    "ScheduledProcedureStepID": (0x00400009, "SH", 16),
    "ScheduledStationName": (0x00400010, "SH", 16),
    "ScheduledProcedureStepStatus": (0x00400020, "CS", None),
    "ScheduledProcedureStepSequence": (0x00400100, "SQ", None),
    "RequestedProcedureID": (0x00401001, "SH", 16),
    "RequestedProcedurePriority": (0x00401003, "SH", 16),
}
BY_TAG = {v[0]: k for k, v in KEYS.items()}
# The SPS columns of dicom.sql's WorkList block (between its sequence marks).
SPS_COLUMNS = ["Modality", "RequestedContrastAgent", "ScheduledStationAETitle",
               "ScheduledProcedureStepStartDate", "ScheduledProcedureStepStartTime",
               "ScheduledPerformingPhysicianName", "ScheduledProcedureStepDescription",
               "ScheduledProcedureStepID", "ScheduledStationName",
               "ScheduledProcedureStepLocation", "PreMedication",
               "CommentsOnTheScheduledProcedureStep"]
SPS_TAGS = [0x00080060, 0x00321070, 0x00400001, 0x00400002, 0x00400003, 0x00400006,
            0x00400007, 0x00400009, 0x00400010, 0x00400011, 0x00400012, 0x00400400]

# ---- the orders -------------------------------------------------------------

LONG_NAME = "Longname" * 12 + "^Given"  # 102 characters: cut to 64

# Each message: (MSH-18 character set, [orders]); an order: acc, pid, name,
# birth, sex, procedure id, description, start (YYYYMMDDHHMM), physician,
# modality, station, priority. Several orders in one message share its PID.
MESSAGES = [
    # The reference's sample (conquest-behaviour.md, case 26).
    ("", [("2005-9999", "20504567", "Zijp^Lambert", "19591206", "M", "1234", "BRAIN",
           "200512021415", "Smith^John", "CT", "CTROOM1", "HIGH")]),
    ("", [("A-MR-1", "P100", "Doe^Jane", "19700101", "F", "77", "KNEE & ANKLE",
           "202403010930", "Who^Doctor", "MR", "MRI1", "ROUTINE")]),
    ("", [("A-CT-2", "P101", "Doe^John", "19710202", "M", "78", "CHEST|ABDOMEN",
           "202403021100", "", "CT", "CTROOM2", "ROUTINE")]),
    ("8859/1", [("A-US-3", "P102", "Müller^Jürgen", "19800303", "M", "79", "Schädel",
                 "202403020800", "Grün^Anna", "US", "US1", "STAT")]),
    ("UNICODE UTF-8", [("A-CR-4", "P103", "Παπαδόπουλος^Ελένη", "19900404", "F", "80",
                        "ΘΏΡΑΚΑΣ", "202403031600", "", "CR", "CR1", "ROUTINE")]),
    # Two orders of one patient in one message.
    ("", [("A-MULTI-1", "P104", "Smith^Anna", "19600505", "F", "81", "HEAD",
           "202403050700", "", "CT", "CTROOM1", "ROUTINE"),
          ("A-MULTI-2", "P104", "Smith^Anna", "19600505", "F", "82", "SPINE",
           "202403061300", "", "MR", "MRI1", "ROUTINE")]),
    # Values made to trouble SQL, and ones longer than their columns.
    ("", [("A;--'", "P%_1", "O'Brien^Pat", "19500606", "O", "83", "X' OR '1'='1",
           "202403070000", "", "DX", "DX1", "ROUTINE")]),
    ("", [("ACCESSION-TOO-LONG-123", "P105", LONG_NAME, "19400707", "M", "84",
           "D" * 70, "202403080815", "", "PT", "STATION-NAME-TOO-LONG", "ROUTINE")]),
]


def escape(text):
    """HL7 escapes for the text of one component."""
    return (text.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\")
            .replace("&", "\\T\\").replace("~", "\\R\\"))


def name(pn):
    return "^".join(escape(c) for c in pn.split("^"))


def msh(n, kind, charset):
    return "|".join(["MSH", "^~\\&", "HIS", "HOSP", "DGATE", "RAD", "202403010000", "", kind,
                     "MSG%04d" % n, "P", "2.3", "", "", "", "", "", charset])


def message(n, charset, orders):
    o = orders[0]
    segs = [msh(n, "ORM^O01", charset),
            "|".join(["PID", "1", "", "X" + o[1], escape(o[1]), name(o[2]), "", o[3], o[4]])]
    for i, order in enumerate(orders):
        acc, proc, desc, start, phys, mod, station, prio = order[:1] + order[5:]
        obr = ["OBR", str(i + 1), proc, escape(acc), escape(proc) + "^" + escape(desc), "", "",
               start] + [""] * 8 + [name(phys)] + [""] * 4 + [mod, "", "", escape(station),
                                                             "", "", prio]
        segs += ["ORC|NW|" + proc, "|".join(obr)]
    enc = {"": "ascii", "8859/1": "latin-1", "UNICODE UTF-8": "utf-8"}[charset]
    return ("\r".join(segs) + "\r").encode(enc)


def write_hl7(path):
    out = []
    for n, (charset, orders) in enumerate(MESSAGES, 1):
        m = message(n, charset, orders)
        if n == 2:
            m = m.replace(b"\r", b"\r\n")  # CR LF segment ends
        if n == 3:
            m = b"\x0b" + m + b"\x1c\r"  # an MLLP block
        out.append(m)
        if n == 4:
            # Not an order: skipped.
            out.append(b"MSH|^~\\&|HIS|HOSP|DGATE|RAD|202403010000||ADT^A01|X|P|2.3\r"
                       b"PID|1||Z|ZZZ|Nobody^Here\r")
    with open(path, "wb") as f:
        f.write(b"".join(out))


def cut(text, n):
    return text.encode()[:n].decode("utf-8", "ignore") if text else None


def rows():
    """The orders as DICOMWorkList holds them: {keyword: text or None}."""
    out = []
    for _charset, orders in MESSAGES:
        for acc, pid, nm, birth, sex, proc, desc, start, phys, mod, station, prio in orders:
            r = {"AccessionNumber": acc, "PatientID": pid, "PatientName": nm,
                 "PatientBirthDate": birth, "PatientSex": sex, "RequestingPhysician": phys,
                 "RequestedProcedureDescription": desc, "Modality": mod,
                 "ScheduledProcedureStepStartDate": start[:8],
                 "ScheduledProcedureStepStartTime": start[8:],
                 "ScheduledProcedureStepID": proc + "^" + desc, "ScheduledStationName": station,
                 "RequestedProcedureID": proc, "RequestedProcedurePriority": prio}
            out.append({k: cut(v, KEYS[k][2]) for k, v in r.items()})
    return out


COLUMNS = ["AccessionNumber", "PatientID", "PatientName", "PatientBirthDate", "PatientSex",
           "RequestingPhysician", "RequestedProcedureDescription", "Modality",
           "ScheduledProcedureStepStartDate", "ScheduledProcedureStepStartTime",
           "ScheduledProcedureStepID", "ScheduledStationName", "RequestedProcedureID",
           "RequestedProcedurePriority"]

# ---- matching, as PS3.4 C.2.2.2 says -------------------------------------------


def matches(kw, query, stored):
    vr = KEYS[kw][1]
    q = query.strip(" ") if vr in ("PN", "SH", "LO", "CS", "AE") else query.rstrip(" ")
    if q in ("", "*"):
        return True
    if stored is None:
        return False
    if vr in ("DA", "TM") and "-" in q:
        lo, hi = q.split("-", 1)
        return (not lo or stored >= lo) and (not hi or stored <= hi)
    rx = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in q)
    flags = re.IGNORECASE if vr == "PN" else 0
    return re.fullmatch(rx, stored, flags | re.DOTALL) is not None


# ---- reading answers -----------------------------------------------------------

LONG_VRS = ("OB", "OW", "SQ", "UN", "UT", "UC", "UR", "OF", "OD", "OL")


def parse(data, off, end):
    """Explicit VR LE elements from off to end (or to an item delimiter):
    ({tag: (vr, bytes) or ("SQ", [items])}, offset after)."""
    out = {}
    while off + 8 <= end:
        g, e = struct.unpack_from("<HH", data, off)
        if g == 0xFFFE and e == 0xE00D:
            return out, off + 8
        vr = data[off + 4:off + 6].decode()
        if vr in LONG_VRS:
            n, off = struct.unpack_from("<I", data, off + 8)[0], off + 12
        else:
            n, off = struct.unpack_from("<H", data, off + 6)[0], off + 8
        tag = (g << 16) | e
        if vr != "SQ":
            out[tag] = (vr, data[off:off + n])
            off += n
            continue
        items, stop = [], None if n == 0xFFFFFFFF else off + n
        while stop is None or off < stop:
            ig, ie, ilen = struct.unpack_from("<HHI", data, off)
            off += 8
            if (ig, ie) == (0xFFFE, 0xE0DD):
                break
            assert (ig, ie) == (0xFFFE, 0xE000), "not an item"
            if ilen == 0xFFFFFFFF:
                it, off = parse(data, off, len(data))
            else:
                it, _ = parse(data, off, off + ilen)
                off += ilen
            items.append(it)
        out[tag] = ("SQ", items)
    return out, off


def read_answer(path):
    data = open(path, "rb").read()
    assert data[128:132] == b"DICM", path
    off = 132
    while struct.unpack_from("<H", data, off)[0] == 2:
        n = struct.unpack_from("<H", data, off + 6)[0]
        vr = data[off + 4:off + 6].decode()
        if vr in LONG_VRS:
            n = struct.unpack_from("<I", data, off + 8)[0] + 4
        off += 8 + n
    return parse(data, off, len(data))[0]


CODECS = {"ISO_IR 100": "latin-1", "ISO_IR 192": "utf-8", "": "ascii"}


def text(vr_value, codec):
    vr, b = vr_value
    return b.rstrip(b"\0" if vr == "UI" else b" ").decode(codec)


# ---- the cases -----------------------------------------------------------------

# (name, [(key, value or None)], query character set). A key is a keyword,
# or "SPS.keyword" for one in the Scheduled Procedure Step item; value None
# asks for the key without matching on it.
ALL_TOP = [(k, None) for k in ("AccessionNumber", "PatientID", "PatientName",
                               "PatientBirthDate", "PatientSex", "RequestingPhysician",
                               "RequestedProcedureDescription", "RequestedProcedureID",
                               "RequestedProcedurePriority")]
ALL_SPS = [("SPS." + k, None) for k in ("Modality", "ScheduledProcedureStepStartDate",
                                        "ScheduledProcedureStepStartTime",
                                        "ScheduledProcedureStepID", "ScheduledStationName")]


def case(name, keys, cs=""):
    given = {k for k, _ in keys}
    return (name, keys + [k for k in ALL_TOP + ALL_SPS if k[0] not in given], cs)


CASES = [
    # Case 27 of the reference: SPS Modality CT.
    case("sps-modality-ct", [("SPS.Modality", "CT")]),
    case("sps-modality-mr", [("SPS.Modality", "MR")]),
    case("sps-modality-none", [("SPS.Modality", "XA")]),
    case("universal", []),
    case("sps-date-range", [("SPS.ScheduledProcedureStepStartDate", "20240301-20240302")]),
    case("sps-date-from", [("SPS.ScheduledProcedureStepStartDate", "20240305-")]),
    case("sps-date-to", [("SPS.ScheduledProcedureStepStartDate", "-20240301")]),
    case("sps-date-exact", [("SPS.ScheduledProcedureStepStartDate", "20051202")]),
    case("sps-time-range", [("SPS.ScheduledProcedureStepStartTime", "0800-1130")]),
    case("sps-date-and-modality", [("SPS.ScheduledProcedureStepStartDate", "20240301-20240306"),
                                   ("SPS.Modality", "CT")]),
    case("sps-station-wild", [("SPS.ScheduledStationName", "CTROOM?")]),
    case("name-wild", [("PatientName", "Doe*")]),
    case("name-case", [("PatientName", "doe^j*")]),
    case("name-exact", [("PatientName", "Zijp^Lambert")]),
    case("name-latin1-query", [("PatientName", "Müller*")], "ISO_IR 100"),
    case("name-utf8-query-latin1-name", [("PatientName", "müller^jürgen")], "ISO_IR 192"),
    case("name-greek", [("PatientName", "Παπα*")], "ISO_IR 192"),
    case("accession", [("AccessionNumber", "2005-9999")]),
    case("accession-cut", [("AccessionNumber", "ACCESSION-TOO-LO")]),
    case("pid-and-modality", [("PatientID", "P104"), ("SPS.Modality", "MR")]),
    case("desc-escaped", [("RequestedProcedureDescription", "KNEE & ANKLE")]),
    # Keys the table does not hold: zero length, in their places.
    case("unknown-keys", [("PatientWeight", None), ("SPS.ScheduledProcedureStepStatus", None),
                          ("AccessionNumber", "A-CT-2")]),
    case("top-level-modality", [("Modality", "MR")]),
    # Hostile values: a status, never a wrong match.
    case("quote", [("PatientName", "O'Brien*")]),
    case("sql-comment", [("AccessionNumber", "A;--'")]),
    case("percent-literal", [("PatientID", "P%_1")]),
    case("percent-alone", [("PatientID", "P%")]),
    case("underscore", [("PatientID", "P_01")]),
    case("or-injection", [("RequestedProcedureDescription", "X' OR '1'='1")]),
    case("long-value", [("PatientName", "A" * 10240)]),
    case("long-wild", [("PatientName", "*" + "B" * 10240 + "*")]),
]
NO_MATCH_OK = {"sps-modality-none", "percent-alone", "underscore", "long-value", "long-wild"}


def expected(keys):
    """The canonical answers the orders give to keys."""
    out = []
    for r in rows():
        ok = True
        for k, v in keys:
            kw = k.split(".")[-1]
            if v is not None and KEYS[kw][2] is not None and not matches(kw, v, r.get(kw)):
                ok = False
        if ok:
            out.append(canonical(keys, lambda k: r.get(k.split(".")[-1]) or ""))
    return sorted(out)


def canonical(keys, value_of):
    return " ".join("%s=%s" % (k, value_of(k)) for k, _ in keys)


def answer_line(keys, ds, why):
    cs_el = ds.get(KEYS["SpecificCharacterSet"][0])
    assert cs_el is not None, "%s: no SpecificCharacterSet" % why
    cs = text(cs_el, "ascii")
    codec = CODECS[cs]
    sps = ds.get(KEYS[SPS][0])
    wants_sps = any(k.startswith("SPS.") for k, _ in keys)
    assert (sps is not None) == wants_sps, "%s: SPS sequence present: %s" % (why, sps is not None)
    if sps:
        assert len(sps[1]) == 1, "%s: %d SPS items" % (why, len(sps[1]))
    vals = {}
    for k, _ in keys:
        kw = k.split(".")[-1]
        where = sps[1][0] if k.startswith("SPS.") else ds
        el = where.get(KEYS[kw][0])
        assert el is not None, "%s: %s missing" % (why, k)
        vals[k] = text(el, codec)
    # The set: ISO_IR 100 (WorkListReturnsISO_IR) unless a value needs more.
    needs_utf8 = any(not all(ord(c) < 256 for c in v) for v in vals.values())
    want = "ISO_IR 192" if needs_utf8 else "ISO_IR 100"
    assert cs == want, "%s: SpecificCharacterSet %r, want %r" % (why, cs, want)
    extra = set(BY_TAG.get(t, hex(t)) for t in ds) - {k.split(".")[0] if not
                                                      k.startswith("SPS.") else SPS
                                                      for k, _ in keys} - \
        {"SpecificCharacterSet"}
    assert not extra, "%s: keys not asked for: %s" % (why, extra)
    return canonical(keys, lambda k: vals[k])


def findscu(port, out, keys, cs, extra=()):
    enc = {"": "ascii", "ISO_IR 100": "latin-1", "ISO_IR 192": "utf-8"}[cs]
    args = [b"findscu", b"-v", b"-W", b"-aec", MY_AE.encode(), b"-X", b"-od", out.encode(),
            b"127.0.0.1", str(port).encode()] + [a.encode() for a in extra]
    if cs:
        args += [b"-k", b"SpecificCharacterSet=" + cs.encode()]
    for k, v in keys:
        path = (SPS + "[0]." + k[4:]) if k.startswith("SPS.") else k
        args += [b"-k", path.encode() + (b"" if v is None else b"=" + v.encode(enc))]
    p = subprocess.run(args, capture_output=True, timeout=120)
    return (p.stdout + p.stderr).decode("utf-8", "replace"), p.returncode


def run_case(port, work, name, keys, cs):
    out = os.path.join(work, "rsp")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    log, rc = findscu(port, out, keys, cs)
    if rc != 0 or "Received Final Find Response (Success)" not in log:
        raise AssertionError("%s: findscu failed:\n%s" % (name, log[-2000:]))
    pendings = re.findall(r"Find Response:? \d+ \((Pending[^)]*)\)", log)
    unsupported = any(k in ("PatientWeight", "SPS.ScheduledProcedureStepStatus") and v
                      for k, v in keys)
    for s in pendings:
        want = "Pending: WarningUnsupportedOptionalKeys" if unsupported else "Pending"
        if s != want:
            raise AssertionError("%s: pending status %r" % (name, s))
    files = sorted(f for f in os.listdir(out) if f.startswith("rsp"))
    if len(files) != len(pendings):
        raise AssertionError("%s: %d pending, %d answers" % (name, len(pendings), len(files)))
    got = sorted(answer_line(keys, read_answer(os.path.join(out, f)), "%s %s" % (name, f))
                 for f in files)
    want = expected(keys)
    if got != want:
        raise AssertionError("%s: %d answers, %d expected\n  missing: %s\n  wrong: %s" %
                             (name, len(got), len(want), [x for x in want if x not in got][:3],
                              [x for x in got if x not in want][:3]))
    if not want and name not in NO_MATCH_OK:
        raise AssertionError("%s: the case matches nothing" % name)
    return "# %s: %d\n%s\n" % (name, len(got), "\n".join(got))


def expansion(port, work):
    """An empty SPS item asks for every column dicom.sql marks in it."""
    out = os.path.join(work, "exp")
    os.makedirs(out)
    log, rc = findscu(port, out, [("AccessionNumber", "2005-9999"), (SPS, None),
                                  ("ReferencedStudySequence", None),
                                  ("ReferencedPatientSequence", None)], "")
    files = [f for f in os.listdir(out) if f.startswith("rsp")]
    assert rc == 0 and len(files) == 1, "expansion: %d answers\n%s" % (len(files), log[-1500:])
    ds = read_answer(os.path.join(out, files[0]))
    items = ds[KEYS[SPS][0]][1]
    assert len(items) == 1, "expansion: %d SPS items" % len(items)
    assert sorted(items[0]) == SPS_TAGS, \
        "expansion: the SPS item holds %s" % [hex(t) for t in sorted(items[0])]
    r = rows()[0]
    got = {KEYS[k][0]: text(items[0][KEYS[k][0]], "latin-1") for k in
           ("Modality", "ScheduledProcedureStepStartDate", "ScheduledProcedureStepStartTime",
            "ScheduledProcedureStepID", "ScheduledStationName")}
    for k in ("Modality", "ScheduledProcedureStepStartDate", "ScheduledProcedureStepStartTime",
              "ScheduledProcedureStepID", "ScheduledStationName"):
        assert got[KEYS[k][0]] == r[k], "expansion: %s %r, want %r" % (k, got[KEYS[k][0]], r[k])
    for k in ("ReferencedStudySequence", "ReferencedPatientSequence"):
        assert ds[KEYS[k][0]] == ("SQ", []), "expansion: %s not an empty sequence" % k
    return "# expansion: ok\n"


def check(port, outfile):
    work = tempfile.mkdtemp()
    texts, failures = [], []
    try:
        for name, keys, cs in CASES:
            try:
                texts.append(run_case(port, work, name, keys, cs))
            except AssertionError as e:
                failures.append(str(e))
        try:
            texts.append(expansion(port, work))
        except AssertionError as e:
            failures.append(str(e))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return find_lib.report(texts, failures, outfile)


# ---- raw C-FINDs on the worklist context -------------------------------------


def raw_cases(port):
    fl = find_lib
    s = raw.associate(port, [(1, fl.WORKLIST, [raw.ILE])])
    acc = (0x0008, 0x0050, b"")
    cases = [
        ("truncated element", fl.ident(acc) + struct.pack("<HHI", 0x0010, 0x0010, 0xFFFF0000),
         [0xC000]),
        ("odd garbage", b"\xff" * 7, [0xC000]),
        ("good after bad", fl.ident((0x0008, 0x0050, b"2005-9999 ")), [0xFF00, 0x0000]),
        # An SPS key at the top level, without its sequence: matched there.
        ("modality without the sequence", fl.ident((0x0008, 0x0060, b"MR")),
         [0xFF00, 0xFF00, 0x0000]),
        # An item key that is not the table's, with a value: matched on
        # nothing, every order answered, 0xFF00 (clients in use, dcmjs-dimse
        # among them, end the answers at 0xFF01; the log says it).
        ("unknown key with a value", fl.ident((0x0010, 0x1030, b"70")),
         [0xFF00] * len(rows()) + [0x0000]),
        ("5 MiB identifier", fl.ident((0x0010, 0x0010, b"A" * (5 << 20))), [0xC000]),
    ]
    ok = True
    for msg_id, (name, data, want) in enumerate(cases, 1):
        s.sendall(raw.pdata(1, 3, fl.find_rq(msg_id, sop=fl.WORKLIST)))
        fl.send_dataset(s, 1, data)
        got = fl.responses(s)
        good = got == want
        print("%s: %s %s" % ("ok" if good else "FAIL", name, " ".join("0x%04x" % x for x in got)))
        ok &= good
    s.sendall(raw.pdata(1, 3, fl.find_rq(50, has_dataset=False, sop=fl.WORKLIST)))
    final = fl.responses(s)[-1]
    print("%s: no dataset 0x%04x" % ("ok" if final == 0xC000 else "FAIL", final))
    ok &= final == 0xC000
    s.close()
    return 0 if ok else 1


def name_bytes(port, acc):
    work = tempfile.mkdtemp()
    try:
        log, rc = findscu(port, work, [("AccessionNumber", acc), ("PatientName", None)], "")
        files = [f for f in os.listdir(work) if f.startswith("rsp")]
        assert rc == 0 and len(files) == 1, log[-1500:]
        ds = read_answer(os.path.join(work, files[0]))
        cs = ds.get(KEYS["SpecificCharacterSet"][0], ("CS", b"(none)"))[1].rstrip(b" ")
        print("%s|%s" % (cs.decode(), ds[KEYS["PatientName"][0]][1].rstrip(b" ").hex()))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "hl7":
        write_hl7(argv[2])
        return 0
    if len(argv) == 2 and argv[1] == "rows":
        for r in rows():
            print("|".join(r.get(c) or "" for c in COLUMNS))
        return 0
    if len(argv) == 4 and argv[1] == "check":
        return check(int(argv[2]), argv[3])
    if len(argv) == 3 and argv[1] == "raw":
        return raw_cases(int(argv[2]))
    if len(argv) == 4 and argv[1] == "name":
        return name_bytes(int(argv[2]), argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
