#!/usr/bin/env python3
"""The C-FIND tests' corpus, their expected answers and the client side.

The corpus (patients in several character sets, studies, series, images,
hostile values) is defined below as plain data; `corpus DIR` writes it as
Part-10 files. The expected answer to every query is computed here from
that definition by a reference implementation of the matching rules of
our README ("Querying"), never from what the server answers. `check PORT
OUT` runs every query with dcmtk's findscu against a dgate that indexed the
corpus, compares, and writes the answers in a canonical form to OUT (the
backends' answers must be byte-identical). `raw PORT` sends what findscu
cannot: identifiers that do not parse, missing and unknown levels, C-FINDs
without a dataset, on one association that must carry on.

Usage:
  find_lib.py corpus DIR
  find_lib.py check PORT OUT [CASE-NAME-PREFIX]
  find_lib.py raw PORT
  find_lib.py slow PORT SECONDS   C-FIND of every image, reading the answers slowly
"""
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dicom_raw as raw  # noqa: E402

MY_AE = "CONQUESTSRV1"
SC = "1.2.840.10008.5.1.4.1.1.7"
ROOT = "1.2.826.0.1.3680043.9.7001."

# ---- the corpus -------------------------------------------------------------

# PatientID, PatientName, Specific Character Set of its files, birth date, sex
PATIENTS = [
    ("P1", "Doe^John", "", "19700101", "M"),
    ("P2", "Müller^Jürgen", "ISO_IR 100", "19650315", "M"),
    ("P3", "Иванов^Иван", "ISO_IR 144", None, "M"),
    ("P4", "Παπαδόπουλος^Νίκος", "ISO_IR 126", "19800808", "M"),
    ("P5", "García^José", "ISO_IR 192", "19991231", "F"),
    ("P6", "Yamada^Tarou=山田^太郎", "\\ISO 2022 IR 87", "19750505", "M"),
    ("P7", "O'Brien^Mc'Neil", "", "19600101", "M"),
    ("H'1%_", "100% _sure_^x", "", None, "O"),
    ("P9", "x'); DROP TABLE DICOMPatients; --", "", None, None),
    ("P10", "[Bracket]^Name", "", "20000229", "F"),
    ("  77", "Spaces^Leading", "", None, "F"),
    ("P12", "doe^jane", "", "19710202", "F"),
    ("P13", "DOE^JOHN^^", "", "19700101", "M"),
    ("P14", "Back\\Slash", "", "19991231", "O"),
]

# PatientID, study number, StudyDate, StudyTime, StudyDescription,
# AccessionNumber, ReferringPhysicianName, series:
# (Modality, SeriesNumber, SeriesDescription, BodyPartExamined, images)
STUDIES = [
    ("P1", 1, "19980414", "203538.960689", "HEAD", "ACC1", "Smith^Ref",
     [("CT", " 1", "Axial", "HEAD", 2)]),
    ("P1", 2, "20200101", "0930", "Follow-up 100%", None, None,
     [("MR", "1", "T1", "BRAIN", 2), ("PT", "2", "PET ctac", None, 1)]),
    ("P1", 16, None, None, "no date", None, None, [("CR", "1", "nodate", None, 1)]),
    ("P2", 3, "20200615", "120000", "Thorax", "ACC3", "Wagner^Änne",
     [("CT", "1", "Lung", "CHEST", 3), ("CR", "2", "PA", "CHEST", 1)]),
    ("P3", 4, "20210131", "235959.99", "Голова", "ACC4", None,
     [("MR", "1", "Голова T2", "HEAD", 1)]),
    ("P4", 5, "20211231", "000000", "Κεφάλι", None, None, [("US", "1", "Abdomen", "ABDOMEN", 1)]),
    ("P5", 6, "20220101", "101010", "Cabeza", "ACC_6", None, [("CT", "10", "Cabeza", "HEAD", 2)]),
    ("P6", 7, "20190505", "1200", "Atama", "ACC7", None, [("MR", "1", None, None, 1)]),
    ("P7", 8, "20230303", "080808", "It's quoted", "A%B", None, [("OT", "1", "Q'uote", None, 1)]),
    ("H'1%_", 9, "20180808", "1300", "Back\\Slash desc", None, None,
     [("SR", "1", "report", None, 1)]),
    ("P9", 10, "20170101", "0000", "; DROP TABLE DICOMStudies; --", None, None,
     [("CT", "1", "x", None, 1)]),
    ("P10", 11, "20000229", None, "[x] brackets", None, None,
     [("CT", " 2", "y", None, 1), ("MR", "3", "z", None, 1)]),
    ("  77", 12, "20150505", "101500", "Spaces", " 42", None, [("OT", "1", None, None, 1)]),
    ("P12", 13, "20200101", "1201", "doe jane", None, None, [("CT", "1", "jane", None, 1)]),
    ("P13", 14, "20200102", "115959", "upper", None, None, [("CT", "1", "john", None, 1)]),
    ("P14", 15, "19991231", "235959", "backslash name", None, None,
     [("PT", "1", "bs", None, 1)]),
]

IMAGE_TYPES = ["ORIGINAL\\PRIMARY\\AXIAL", "DERIVED\\SECONDARY"]


def build():
    """The corpus as entities: patients, studies, series, images (dicts of
    keyword -> text or None) with their links, and counts."""
    pats, studies, series, images = [], [], [], []
    by_pid = {}
    for pid, name, cs, birth, sex in PATIENTS:
        p = {"PatientID": pid, "PatientName": name, "PatientBirthDate": birth, "PatientSex": sex,
             "_cs": cs}
        pats.append(p)
        by_pid[pid] = p
    for pid, n, date, tm, desc, acc, ref, sers in STUDIES:
        uid = ROOT + str(n)
        st = {"StudyInstanceUID": uid, "StudyDate": date, "StudyTime": tm,
              "StudyDescription": desc, "AccessionNumber": acc, "ReferringPhysicianName": ref,
              "StudyID": "S%d" % n, "_patient": by_pid[pid]}
        studies.append(st)
        for k, (mod, num, sdesc, body, nimg) in enumerate(sers, 1):
            suid = "%s.%d" % (uid, k)
            se = {"SeriesInstanceUID": suid, "Modality": mod, "SeriesNumber": num,
                  "SeriesDescription": sdesc, "BodyPartExamined": body, "_study": st}
            series.append(se)
            for i in range(1, nimg + 1):
                images.append({"SOPInstanceUID": "%s.%d" % (suid, i), "SOPClassUID": SC,
                               "InstanceNumber": str(i), "Rows": 256 * i,
                               "ImageType": IMAGE_TYPES[i % 2], "AcquisitionDate": date,
                               "_series": se})
    for st in studies:
        mods = sorted({se["Modality"] for se in series if se["_study"] is st})
        st["ModalitiesInStudy"] = "\\".join(mods)
    return pats, studies, series, images


# ---- Part-10 writing --------------------------------------------------------

LONG_VRS = ("OB", "OW", "SQ", "UN", "UT", "UC", "UR")


def el(group, elem, vr, value):
    if len(value) % 2:
        value += b"\0" if vr in ("UI", "OB") else b" "
    if vr in LONG_VRS:
        return struct.pack("<HH2sHI", group, elem, vr.encode(), 0, len(value)) + value
    return struct.pack("<HH2sH", group, elem, vr.encode(), len(value)) + value


def encode(text, cs):
    """Text as its character set writes it (PN components separately for
    ISO 2022, so that each returns to ASCII before a delimiter)."""
    if cs in ("", None):
        return text.encode("ascii")
    if cs == "ISO_IR 100":
        return text.encode("latin-1")
    if cs == "ISO_IR 144":
        return text.encode("iso8859-5")
    if cs == "ISO_IR 126":
        return text.encode("iso8859-7")
    if cs == "ISO_IR 192":
        return text.encode("utf-8")
    if cs == "\\ISO 2022 IR 87":
        out = b""
        for part in re.split(r"([\^=])", text):
            out += part.encode("ascii") if part.isascii() else part.encode("iso2022_jp")
        return out
    raise ValueError(cs)


def write_image(path, img):
    se = img["_series"]
    st = se["_study"]
    p = st["_patient"]
    cs = p["_cs"]
    fields = [
        (0x0008, 0x0005, "CS", cs.encode() if cs else None),
        (0x0008, 0x0008, "CS", img["ImageType"]),
        (0x0008, 0x0016, "UI", SC),
        (0x0008, 0x0018, "UI", img["SOPInstanceUID"]),
        (0x0008, 0x0020, "DA", st["StudyDate"]),
        (0x0008, 0x0022, "DA", img["AcquisitionDate"]),
        (0x0008, 0x0030, "TM", st["StudyTime"]),
        (0x0008, 0x0050, "SH", st["AccessionNumber"]),
        (0x0008, 0x0060, "CS", se["Modality"]),
        (0x0008, 0x0090, "PN", st["ReferringPhysicianName"]),
        (0x0008, 0x1030, "LO", st["StudyDescription"]),
        (0x0008, 0x103E, "LO", se["SeriesDescription"]),
        (0x0010, 0x0010, "PN", p["PatientName"]),
        (0x0010, 0x0020, "LO", p["PatientID"]),
        (0x0010, 0x0030, "DA", p["PatientBirthDate"]),
        (0x0010, 0x0040, "CS", p["PatientSex"]),
        (0x0018, 0x0015, "CS", se["BodyPartExamined"]),
        (0x0020, 0x000D, "UI", st["StudyInstanceUID"]),
        (0x0020, 0x000E, "UI", se["SeriesInstanceUID"]),
        (0x0020, 0x0010, "SH", st["StudyID"]),
        (0x0020, 0x0011, "IS", se["SeriesNumber"]),
        (0x0020, 0x0013, "IS", img["InstanceNumber"]),
        (0x0028, 0x0010, "US", struct.pack("<H", img["Rows"])),
        (0x0028, 0x0011, "US", struct.pack("<H", 64)),
    ]
    body = b""
    for g, e, vr, v in fields:
        if v is None:
            continue
        if isinstance(v, str):
            v = encode(v, cs) if vr in ("PN", "LO", "SH") else v.encode("ascii")
        body += el(g, e, vr, v)
    ts = b"1.2.840.10008.1.2.1"
    meta = (el(2, 1, "OB", b"\0\1") + el(2, 2, "UI", SC.encode()) +
            el(2, 3, "UI", img["SOPInstanceUID"].encode()) + el(2, 0x10, "UI", ts))
    with open(path, "wb") as f:
        f.write(b"\0" * 128 + b"DICM" + el(2, 0, "UL", struct.pack("<I", len(meta))) + meta + body)


def write_corpus(out):
    os.makedirs(out, exist_ok=True)
    for n, img in enumerate(build()[3]):
        write_image(os.path.join(out, "f%03d.dcm" % n), img)


# ---- the reference ------------------------------------------------------------

# keyword: (tag, VR, VM)
DICT = {
    "SpecificCharacterSet": (0x00080005, "CS", "1-n"),
    "ImageType": (0x00080008, "CS", "2-n"),
    "SOPClassUID": (0x00080016, "UI", "1"),
    "SOPInstanceUID": (0x00080018, "UI", "1"),
    "StudyDate": (0x00080020, "DA", "1"),
    "AcquisitionDate": (0x00080022, "DA", "1"),
    "StudyTime": (0x00080030, "TM", "1"),
    "AccessionNumber": (0x00080050, "SH", "1"),
    "QueryRetrieveLevel": (0x00080052, "CS", "1"),
    "RetrieveAETitle": (0x00080054, "AE", "1-n"),
    "InstanceAvailability": (0x00080056, "CS", "1"),
    "Modality": (0x00080060, "CS", "1"),
    "ModalitiesInStudy": (0x00080061, "CS", "1-n"),
    "ReferringPhysicianName": (0x00080090, "PN", "1"),
    "StudyDescription": (0x00081030, "LO", "1"),
    "SeriesDescription": (0x0008103E, "LO", "1"),
    "PatientName": (0x00100010, "PN", "1"),
    "PatientID": (0x00100020, "LO", "1"),
    "PatientBirthDate": (0x00100030, "DA", "1"),
    "PatientSex": (0x00100040, "CS", "1"),
    "BodyPartExamined": (0x00180015, "CS", "1"),
    "SliceThickness": (0x00180050, "DS", "1"),
    "StudyInstanceUID": (0x0020000D, "UI", "1"),
    "SeriesInstanceUID": (0x0020000E, "UI", "1"),
    "StudyID": (0x00200010, "SH", "1"),
    "SeriesNumber": (0x00200011, "IS", "1"),
    "InstanceNumber": (0x00200013, "IS", "1"),
    "NumberOfPatientRelatedStudies": (0x00201200, "IS", "1"),
    "NumberOfPatientRelatedSeries": (0x00201202, "IS", "1"),
    "NumberOfPatientRelatedInstances": (0x00201204, "IS", "1"),
    "NumberOfStudyRelatedSeries": (0x00201206, "IS", "1"),
    "NumberOfStudyRelatedInstances": (0x00201208, "IS", "1"),
    "NumberOfSeriesRelatedInstances": (0x00201209, "IS", "1"),
    "Rows": (0x00280010, "US", "1"),
}
BY_TAG = {v[0]: k for k, v in DICT.items()}
LEVELS = ["PATIENT", "STUDY", "SERIES", "IMAGE"]
COUNTS = {
    "NumberOfPatientRelatedStudies": (0, 1), "NumberOfPatientRelatedSeries": (0, 2),
    "NumberOfPatientRelatedInstances": (0, 3), "NumberOfStudyRelatedSeries": (1, 2),
    "NumberOfStudyRelatedInstances": (1, 3), "NumberOfSeriesRelatedInstances": (2, 3),
}
CONSTANTS = {"RetrieveAETitle": MY_AE, "InstanceAvailability": "ONLINE"}


def load_schema(path):
    """dicom.sql: per level (0..3) {tag: DT type}."""
    text = open(path, encoding="latin-1").read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    out = []
    for level in ("Patient", "Study", "Series", "Image"):
        block = re.search(r"\*%s\*\s*\{(.*?)\n\}" % level, text, re.S).group(1)
        cols = {}
        for g, e, dt in re.findall(r"\{\s*0x([0-9a-fA-F]+)\s*,\s*0x([0-9a-fA-F]+)\s*,\s*\"\w+\""
                                   r"\s*,\s*\d+\s*,\s*\w+\s*,\s*(\w+)", block):
            cols.setdefault((int(g, 16) << 16) | int(e, 16), dt)
        out.append(cols)
    return out


def column_type(schema, level, kw):
    """The DT type of the column that holds kw at the level or above, or None."""
    tag = DICT[kw][0]
    for lv in range(level, -1, -1):
        if tag in schema[lv]:
            return schema[lv][tag]
    return None


def parent(e):
    return e.get("_series") or e.get("_study") or e.get("_patient")


def value_of(entity, kw):
    """The stored value of kw for an entity (from it or its ancestors), as
    the index holds it: trailing spaces removed."""
    chain = [entity]
    while parent(chain[-1]):
        chain.append(parent(chain[-1]))
    for e in chain:
        if kw in e:
            v = e[kw]
            if v is None:
                return None
            return str(v).rstrip(" ")
    return None


class Rules:
    def __init__(self, kw, dt):
        vr, vm = DICT[kw][1], DICT[kw][2]
        self.pn = vr == "PN"
        self.fold = vr == "PN" or dt == "DT_ISTR"
        self.trim_lead = vr in ("AE", "CS", "DS", "IS", "LO", "SH", "PN")
        self.list = vr == "UI" or vm != "1"
        self.multi = dt == "DT_MSTR"
        self.dates = vr in ("DA", "TM", "DT") or dt in ("DT_DATE", "DT_TIME")


def trim(r, s, lead):
    s = s.rstrip(" ")
    if r.pn:
        s = s.rstrip("^ ")
    return s.lstrip(" ") if lead else s


def parse_query(r, value):
    """None for a universal value, else the list of terms."""
    value = value.split("\0")[0].rstrip(" ")
    raw_terms = value.split("\\") if r.list else [value]
    terms = []
    for t in raw_terms:
        t = trim(r, t, True)
        if not t:
            continue
        if set(t) == {"*"}:
            return None
        if r.dates and t.count("-") == 1:
            lo, hi = (x.strip(" ") for x in t.split("-"))
            if not lo and not hi:
                return None
            terms.append(("range", lo, hi))
        elif "*" in t or "?" in t:
            rx = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in t)
            terms.append(("wild", re.compile(rx, re.S)))
        else:
            terms.append(("exact", t))
    return terms or None


def matches(r, terms, stored):
    if terms is None:
        return True
    if stored is None:
        return False
    parts = stored.split("\\") if r.multi else [stored]
    for s in parts:
        s = trim(r, s, r.trim_lead)
        for t in terms:
            if t[0] == "exact":
                if (s.upper() == t[1].upper()) if r.fold else s == t[1]:
                    return True
            elif t[0] == "wild":
                if t[1].fullmatch(s.upper() if r.fold else s):
                    return True
            else:
                lo, hi = t[1], t[2]
                if (not lo or s >= lo) and (not hi or s[:len(hi)] <= hi):
                    return True
    return False


def fold_terms(r, terms):
    """Case-insensitive wildcards: the pattern upper-cased too."""
    if terms is None or not r.fold:
        return terms
    out = []
    for t in terms:
        if t[0] == "wild":
            out.append(("wild", re.compile(t[1].pattern.upper(), re.S)))
        else:
            out.append(t)
    return out


def expected(schema, level_name, keys):
    """The expected answers: a sorted list of canonical answer lines, and
    whether a key the index does not hold asks to be matched."""
    pats, studies, series, images = build()
    level = LEVELS.index(level_name)
    entities = [pats, studies, series, images][level]
    unsupported = False
    tests = []
    for kw, value in keys:
        if kw in ("QueryRetrieveLevel", "SpecificCharacterSet"):
            continue
        dt = column_type(schema, level, kw)
        r = Rules(kw, dt)
        terms = fold_terms(r, parse_query(r, value)) if value is not None else None
        available = dt is not None or kw in CONSTANTS or \
            (kw in COUNTS and COUNTS[kw][0] <= level)
        if not available:
            if terms is not None:
                unsupported = True
            continue
        tests.append((kw, r, terms))
    answers = []
    for e in entities:
        vals = {kw: answer_value(e, level, kw, schema) for kw, _ in keys}
        if all(matches(r, terms, vals[kw]) for kw, r, terms in tests):
            answers.append(canonical(level_name, vals))
    return sorted(answers), unsupported


def related(e, level, of, counted):
    """Count of the `counted`-level entities under e's ancestor of level `of`."""
    pats, studies, series, images = build()
    anc = e
    for _ in range(level - of):
        anc = parent(anc)
    key = {0: "PatientID", 1: "StudyInstanceUID", 2: "SeriesInstanceUID"}[of]
    pool = [pats, studies, series, images][counted]
    n = 0
    for x in pool:
        a = x
        for _ in range(counted - of):
            a = parent(a)
        n += a[key] == anc[key]
    return str(n)


def answer_value(e, level, kw, schema):
    if kw == "QueryRetrieveLevel":
        return LEVELS[level]
    if kw == "SpecificCharacterSet":
        return None
    if kw in CONSTANTS:
        return CONSTANTS[kw]
    if kw in COUNTS:
        of, counted = COUNTS[kw]
        return related(e, level, of, counted) if of <= level else None
    if column_type(schema, level, kw) is None:
        return None
    return value_of(e, kw)


def canonical(level_name, vals):
    items = []
    for kw in sorted(vals):
        if kw == "SpecificCharacterSet":
            continue
        v = vals[kw]
        if v is None:
            v = ""
        if kw == "ModalitiesInStudy":
            v = "\\".join(sorted(v.split("\\"))) if v else ""
        items.append("%s=%s" % (kw, v))
    return level_name + " " + "|".join(items)


# ---- reading answers ----------------------------------------------------------

def read_dataset(path):
    """A findscu -X file: {tag: (vr, bytes)}, top level only."""
    data = open(path, "rb").read()
    assert data[128:132] == b"DICM", path
    off = 132
    ts = None
    while off < len(data):
        g, e = struct.unpack_from("<HH", data, off)
        if g != 2:
            break
        vr = data[off + 4:off + 6].decode()
        if vr in LONG_VRS:
            n = struct.unpack_from("<I", data, off + 8)[0]
            val, off = data[off + 12:off + 12 + n], off + 12 + n
        else:
            n = struct.unpack_from("<H", data, off + 6)[0]
            val, off = data[off + 8:off + 8 + n], off + 8 + n
        if e == 0x10:
            ts = val.rstrip(b"\0").decode()
    explicit = ts != "1.2.840.10008.1.2"
    out = {}
    while off + 8 <= len(data):
        g, e = struct.unpack_from("<HH", data, off)
        tag = (g << 16) | e
        if explicit:
            vr = data[off + 4:off + 6].decode()
            if vr in LONG_VRS:
                n = struct.unpack_from("<I", data, off + 8)[0]
                hdr = 12
            else:
                n = struct.unpack_from("<H", data, off + 6)[0]
                hdr = 8
        else:
            n = struct.unpack_from("<I", data, off + 4)[0]
            hdr = 8
            vr = DICT[BY_TAG[tag]][1] if tag in BY_TAG else "UN"
        if n == 0xFFFFFFFF:
            raise ValueError("undefined length in an answer: %s" % path)
        out[tag] = (vr, data[off + hdr:off + hdr + n])
        off += hdr + n
    return out


def decode_answer(level_name, keys, ds, why):
    """The canonical line of one answer; checks the character set."""
    cs = ds.get(DICT["SpecificCharacterSet"][0], ("CS", b""))[1].rstrip(b" \0").decode()
    vals = {}
    non_ascii = False
    for kw, _ in keys:
        tag, vr, _vm = DICT[kw]
        if tag not in ds:
            raise AssertionError("%s: answer lacks %s" % (why, kw))
        rvr, v = ds[tag]
        if rvr == "US":
            vals[kw] = str(struct.unpack("<H", v)[0]) if len(v) == 2 else None
            continue
        v = v.rstrip(b"\0" if rvr == "UI" else b" ").rstrip(b"\0")
        if any(b >= 0x80 for b in v):
            non_ascii = True
            if cs != "ISO_IR 192":
                raise AssertionError("%s: non-ASCII %s without ISO_IR 192 (%r)" % (why, kw, cs))
            vals[kw] = v.decode("utf-8")
        else:
            vals[kw] = v.decode("ascii") if v else None
    if cs and cs != "ISO_IR 192":
        raise AssertionError("%s: SpecificCharacterSet %r" % (why, cs))
    if cs == "ISO_IR 192" and not non_ascii:
        raise AssertionError("%s: ISO_IR 192 on an ASCII answer" % why)
    return canonical(level_name, vals)


# ---- the queries ----------------------------------------------------------------

def uids(n):
    return "\\".join("1.2.826.0.1.3680043.9.7001.999.%d" % i for i in range(n))


S1 = ROOT + "1"
# name, model (-P -S -O), level, keys [(keyword, value or None)], query character set
CASES = [
    # Every level, every model.
    ("patient-all", "-P", "PATIENT", [("PatientID", None), ("PatientName", None),
                                      ("PatientBirthDate", None), ("PatientSex", None),
                                      ("NumberOfPatientRelatedStudies", None),
                                      ("NumberOfPatientRelatedSeries", None),
                                      ("NumberOfPatientRelatedInstances", None)], ""),
    ("patient-psonly", "-O", "PATIENT", [("PatientID", "P1"), ("PatientName", None)], ""),
    ("study-all", "-S", "STUDY", [("StudyInstanceUID", None), ("StudyDate", None),
                                  ("StudyTime", None), ("StudyID", None),
                                  ("StudyDescription", None), ("AccessionNumber", None),
                                  ("ReferringPhysicianName", None), ("ModalitiesInStudy", None),
                                  ("PatientName", None), ("PatientID", None),
                                  ("NumberOfStudyRelatedSeries", None),
                                  ("NumberOfStudyRelatedInstances", None),
                                  ("RetrieveAETitle", None), ("InstanceAvailability", None),
                                  ("SliceThickness", None)], ""),
    ("study-patientroot", "-P", "STUDY", [("PatientID", "P1"), ("StudyInstanceUID", None),
                                          ("StudyDate", None)], ""),
    ("study-psonly", "-O", "STUDY", [("PatientID", "P2"), ("StudyInstanceUID", None)], ""),
    ("series-all", "-S", "SERIES", [("SeriesInstanceUID", None), ("SeriesNumber", None),
                                    ("Modality", None), ("SeriesDescription", None),
                                    ("BodyPartExamined", None), ("StudyInstanceUID", None),
                                    ("NumberOfSeriesRelatedInstances", None),
                                    ("PatientName", None), ("StudyDate", None),
                                    ("ModalitiesInStudy", None)], ""),
    ("image-all", "-S", "IMAGE", [("SOPInstanceUID", None), ("SOPClassUID", None),
                                  ("InstanceNumber", None), ("Rows", None), ("ImageType", None),
                                  ("AcquisitionDate", None), ("SeriesInstanceUID", None),
                                  ("PatientID", None), ("PatientName", None),
                                  ("StudyDescription", None), ("Modality", None),
                                  ("NumberOfStudyRelatedInstances", None),
                                  ("NumberOfPatientRelatedInstances", None)], ""),
    ("image-patientroot", "-P", "IMAGE", [("PatientID", "P2"), ("SOPInstanceUID", None),
                                          ("InstanceNumber", None)], ""),
    ("image-of-series", "-S", "IMAGE", [("StudyInstanceUID", ROOT + "3"),
                                        ("SeriesInstanceUID", ROOT + "3.1"),
                                        ("SOPInstanceUID", None), ("Rows", None)], ""),
    # Single values; names without case; padding.
    ("pid-exact", "-S", "STUDY", [("PatientID", "P1"), ("StudyInstanceUID", None)], ""),
    ("pid-not-prefix", "-S", "STUDY", [("PatientID", "P"), ("StudyInstanceUID", None)], ""),
    ("pid-case", "-S", "STUDY", [("PatientID", "p1"), ("StudyInstanceUID", None)], ""),
    ("pid-leading-spaces", "-P", "PATIENT", [("PatientID", "77"), ("PatientName", None)], ""),
    ("name-exact", "-P", "PATIENT", [("PatientName", "Doe^John"), ("PatientID", None)], ""),
    ("name-case", "-P", "PATIENT", [("PatientName", "DOE^JANE"), ("PatientID", None)], ""),
    ("name-trailing-caret", "-P", "PATIENT", [("PatientName", "doe^john^"),
                                              ("PatientID", None)], ""),
    ("name-family-only", "-P", "PATIENT", [("PatientName", "Doe"), ("PatientID", None)], ""),
    ("series-number-1", "-S", "SERIES", [("SeriesNumber", "1"), ("SeriesInstanceUID", None),
                                         ("SeriesNumber", None)], ""),
    ("series-number-2", "-S", "SERIES", [("SeriesNumber", "2"), ("SeriesInstanceUID", None)],
     ""),
    ("modality-exact", "-S", "SERIES", [("Modality", "CT"), ("SeriesInstanceUID", None)], ""),
    ("modality-case", "-S", "SERIES", [("Modality", "ct"), ("SeriesInstanceUID", None)], ""),
    ("accession-leading", "-S", "STUDY", [("AccessionNumber", "42"),
                                          ("StudyInstanceUID", None)], ""),
    ("sex-and-birth", "-P", "PATIENT", [("PatientSex", "F"), ("PatientBirthDate", "20000229"),
                                        ("PatientID", None)], ""),
    # Wildcards.
    ("name-star", "-P", "PATIENT", [("PatientName", "doe*"), ("PatientID", None)], ""),
    ("name-question", "-P", "PATIENT", [("PatientName", "D?e^J*"), ("PatientID", None)], ""),
    ("name-inner-star", "-S", "STUDY", [("PatientName", "*^J*"), ("StudyInstanceUID", None)],
     ""),
    ("desc-percent-literal", "-S", "STUDY", [("StudyDescription", "*100%*"),
                                             ("StudyInstanceUID", None)], ""),
    ("desc-underscore-literal", "-S", "STUDY", [("AccessionNumber", "ACC_*"),
                                                ("StudyInstanceUID", None)], ""),
    ("accession-percent", "-S", "STUDY", [("AccessionNumber", "A%?"),
                                          ("StudyInstanceUID", None)], ""),
    ("desc-case-sensitive", "-S", "STUDY", [("StudyDescription", "head*"),
                                            ("StudyInstanceUID", None)], ""),
    ("uid-prefix", "-S", "IMAGE", [("SOPInstanceUID", ROOT + "3.*"),
                                   ("SOPInstanceUID", None)], ""),
    ("question-is-a-character", "-S", "SERIES", [("SeriesDescription", "Голова T?"),
                                                 ("SeriesInstanceUID", None)], "ISO_IR 192"),
    # Ranges.
    ("date-range", "-S", "STUDY", [("StudyDate", "20200101-20201231"),
                                   ("StudyInstanceUID", None), ("StudyDate", None)], ""),
    ("date-from", "-S", "STUDY", [("StudyDate", "20210101-"), ("StudyInstanceUID", None)], ""),
    ("date-until", "-S", "STUDY", [("StudyDate", "-19991231"), ("StudyInstanceUID", None)], ""),
    ("date-exact", "-S", "STUDY", [("StudyDate", "20200101"), ("StudyInstanceUID", None)], ""),
    ("time-range", "-S", "STUDY", [("StudyTime", "1000-1300"), ("StudyInstanceUID", None),
                                   ("StudyTime", None)], ""),
    ("time-until-prefix", "-S", "STUDY", [("StudyTime", "-1200"), ("StudyInstanceUID", None)],
     ""),
    ("birth-range", "-P", "PATIENT", [("PatientBirthDate", "19700101-19751231"),
                                      ("PatientID", None)], ""),
    ("acq-date-image", "-S", "IMAGE", [("AcquisitionDate", "2021-2022"),
                                       ("SOPInstanceUID", None)], ""),
    ("date-and-name", "-S", "STUDY", [("StudyDate", "2020-"), ("PatientName", "*doe*"),
                                      ("StudyInstanceUID", None)], ""),
    # UID lists.
    ("uid-list", "-S", "IMAGE", [("SOPInstanceUID", ROOT + "3.1.2\\" + ROOT + "6.1.1\\1.2.3"),
                                 ("InstanceNumber", None)], ""),
    ("study-uid-list", "-S", "STUDY", [("StudyInstanceUID", S1 + "\\" + ROOT + "12"),
                                       ("PatientID", None)], ""),
    ("uid-list-1000", "-S", "STUDY", [("StudyInstanceUID", uids(999) + "\\" + ROOT + "7"),
                                      ("PatientID", None)], ""),
    # Universal matching: '*' matches empty values too.
    ("star-matches-null", "-S", "STUDY", [("AccessionNumber", "*"), ("StudyInstanceUID", None),
                                          ("AccessionNumber", None)], ""),
    ("star-birth-null", "-P", "PATIENT", [("PatientBirthDate", "*"), ("PatientID", None)], ""),
    ("empty-key", "-S", "SERIES", [("BodyPartExamined", ""), ("SeriesInstanceUID", None)], ""),
    # Multi-valued columns and lists of values.
    ("mods-ct", "-S", "STUDY", [("ModalitiesInStudy", "CT"), ("StudyInstanceUID", None),
                                ("ModalitiesInStudy", None)], ""),
    ("mods-pt", "-S", "STUDY", [("ModalitiesInStudy", "PT"), ("StudyInstanceUID", None)], ""),
    ("mods-list", "-S", "STUDY", [("ModalitiesInStudy", "US\\SR"), ("StudyInstanceUID", None)],
     ""),
    ("mods-wild", "-S", "STUDY", [("ModalitiesInStudy", "C?"), ("StudyInstanceUID", None)], ""),
    ("mods-none", "-S", "STUDY", [("ModalitiesInStudy", "XA"), ("StudyInstanceUID", None)], ""),
    ("imagetype", "-S", "IMAGE", [("ImageType", "DERIVED"), ("SOPInstanceUID", None)], ""),
    ("mods-at-series", "-S", "SERIES", [("ModalitiesInStudy", "MR"),
                                        ("SeriesInstanceUID", None)], ""),
    # Computed keys as matching keys, and keys the index does not hold.
    ("count-match", "-S", "STUDY", [("NumberOfStudyRelatedInstances", "3"),
                                    ("StudyInstanceUID", None)], ""),
    ("unsupported-key", "-S", "STUDY", [("SliceThickness", "5"), ("PatientID", "P1"),
                                        ("StudyInstanceUID", None)], ""),
    ("lower-level-key", "-S", "STUDY", [("Modality", "CT"), ("PatientID", "P1"),
                                        ("StudyInstanceUID", None), ("Modality", None)], ""),
    ("retrieve-ae-match", "-S", "STUDY", [("RetrieveAETitle", "OTHER"), ("PatientID", "P1"),
                                          ("StudyInstanceUID", None)], ""),
    ("no-match", "-S", "STUDY", [("PatientID", "nonexist"), ("StudyInstanceUID", None)], ""),
    # Character sets: queries in UTF-8, Latin-1, ISO_IR 144 and 126, ISO 2022.
    ("utf8-cyrillic", "-P", "PATIENT", [("PatientName", "иванов*"), ("PatientID", None),
                                        ("PatientName", None)], "ISO_IR 192"),
    ("latin1-umlaut", "-P", "PATIENT", [("PatientName", "MÜLLER^JÜRGEN"), ("PatientID", None)],
     "ISO_IR 100"),
    ("iso144-exact", "-P", "PATIENT", [("PatientName", "Иванов^Иван"), ("PatientID", None)],
     "ISO_IR 144"),
    ("iso126-greek", "-P", "PATIENT", [("PatientName", "ΠΑΠΑΔΌΠΟΥΛΟΣ*"), ("PatientID", None)],
     "ISO_IR 126"),
    ("utf8-japanese", "-P", "PATIENT", [("PatientName", "*山田*"), ("PatientID", None),
                                        ("PatientName", None)], "ISO_IR 192"),
    ("japanese-romaji", "-S", "STUDY", [("PatientName", "yamada*"), ("PatientName", None),
                                        ("StudyDescription", None)], ""),
    ("utf8-description", "-S", "STUDY", [("StudyDescription", "Κεφάλι"),
                                         ("StudyInstanceUID", None)], "ISO_IR 192"),
    ("latin1-referring", "-S", "STUDY", [("ReferringPhysicianName", "wagner^änne"),
                                         ("StudyInstanceUID", None),
                                         ("ReferringPhysicianName", None)], "ISO_IR 100"),
    ("non-ascii-answer-series", "-S", "SERIES", [("PatientID", "P3"),
                                                 ("SeriesDescription", None)], ""),
    # Hostile values: a status or correct matches, never a wrong one.
    ("quote", "-P", "PATIENT", [("PatientName", "O'Brien*"), ("PatientID", None)], ""),
    ("quote-exact", "-P", "PATIENT", [("PatientName", "o'brien^mc'neil"), ("PatientID", None)],
     ""),
    ("quote-in-id", "-S", "STUDY", [("PatientID", "H'1%_"), ("StudyInstanceUID", None)], ""),
    ("percent-alone", "-P", "PATIENT", [("PatientName", "%"), ("PatientID", None)], ""),
    ("underscore-alone", "-P", "PATIENT", [("PatientName", "_"), ("PatientID", None)], ""),
    ("percent-star", "-P", "PATIENT", [("PatientName", "*%*"), ("PatientID", None)], ""),
    ("underscore-star", "-P", "PATIENT", [("PatientName", "*_*"), ("PatientID", None)], ""),
    ("brackets", "-P", "PATIENT", [("PatientName", "[B*"), ("PatientID", None)], ""),
    ("brackets-like-class", "-P", "PATIENT", [("PatientName", "[a-z]*"), ("PatientID", None)],
     ""),
    ("drop-table", "-P", "PATIENT", [("PatientName", "x'); DROP TABLE DICOMPatients; --"),
                                     ("PatientID", None)], ""),
    ("sql-comment", "-S", "STUDY", [("StudyDescription", "; DROP*--"), ("StudyInstanceUID", None)],
     ""),
    ("or-injection", "-P", "PATIENT", [("PatientID", "' OR '1'='1"), ("PatientID", None)], ""),
    ("backslash-name", "-P", "PATIENT", [("PatientName", "Back\\Slash"), ("PatientID", None)],
     ""),
    ("backslash-desc", "-S", "STUDY", [("StudyDescription", "Back\\Slash*"),
                                       ("StudyInstanceUID", None)], ""),
    ("backslash-pid", "-S", "STUDY", [("PatientID", "H'1%_\\x"), ("StudyInstanceUID", None)],
     ""),
    ("escape-char", "-P", "PATIENT", [("PatientName", "*!*"), ("PatientID", None)], ""),
    ("long-value", "-P", "PATIENT", [("PatientName", "A" * 10240), ("PatientID", None)], ""),
    ("long-wild", "-P", "PATIENT", [("PatientName", "*" + "a*" * 2000), ("PatientID", None)],
     ""),
    ("long-id", "-S", "STUDY", [("PatientID", "P1" + " " * 10 + "x" * 10000),
                                ("StudyInstanceUID", None)], ""),
]


def run_case(port, workdir, name, model, level, keys, cs, schema):
    """Run one case with findscu; returns its canonical answer text."""
    out = os.path.join(workdir, "rsp")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    enc = {"": "ascii", "ISO_IR 192": "utf-8", "ISO_IR 100": "latin-1",
           "ISO_IR 144": "iso8859-5", "ISO_IR 126": "iso8859-7"}[cs]
    args = [b"findscu", b"-v", b"-aec", MY_AE.encode(), model.encode(), b"-X", b"-od",
            out.encode(), b"127.0.0.1", str(port).encode(), b"-k",
            b"QueryRetrieveLevel=" + level.encode()]
    if cs:
        args += [b"-k", b"SpecificCharacterSet=" + cs.encode()]
    seen = set()
    for kw, v in keys:
        if kw in seen:
            continue  # a second mention only asks for it to be returned
        seen.add(kw)
        args += [b"-k", kw.encode() + (b"" if v is None else b"=" + v.encode(enc))]
    p = subprocess.run(args, capture_output=True, timeout=120)
    log = (p.stdout + p.stderr).decode("utf-8", "replace")
    if p.returncode != 0 or "Received Final Find Response (Success)" not in log:
        raise AssertionError("%s: findscu failed:\n%s" % (name, log[-2000:]))
    pendings = re.findall(r"Find Response:? \d+ \((Pending[^)]*)\)", log)
    ukeys = []
    for kw, v in keys:
        if kw not in [k for k, _ in ukeys]:
            ukeys.append((kw, v))
    want, _ = expected(schema, level, ukeys)
    files = sorted(f for f in os.listdir(out) if f.startswith("rsp"))
    got = sorted(decode_answer(level, ukeys, read_dataset(os.path.join(out, f)),
                               "%s %s" % (name, f)) for f in files)
    if len(pendings) != len(files):
        raise AssertionError("%s: %d pending responses, %d identifiers" %
                             (name, len(pendings), len(files)))
    # 0xFF00 even when a key the index does not hold asks to be matched
    # (the log says so): clients in use end a query at 0xFF01.
    for s in pendings:
        if s != "Pending":
            raise AssertionError("%s: pending status %r, want 'Pending'" % (name, s))
    if got != want:
        missing = [x for x in want if x not in got]
        extra = [x for x in got if x not in want]
        raise AssertionError("%s: %d answers, %d expected\n  missing: %s\n  wrong: %s" %
                             (name, len(got), len(want), missing[:5], extra[:5]))
    if not want and name not in NO_MATCH_OK:
        raise AssertionError("%s: the case matches nothing in the corpus" % name)
    return "# %s %s %s: %d\n%s\n" % (name, model, level, len(got), "\n".join(got))


# Cases whose expected answer is empty (the corpus has no match on purpose).
NO_MATCH_OK = {"pid-not-prefix", "pid-case", "modality-case", "name-family-only", "desc-case-sensitive",
               "mods-none", "retrieve-ae-match", "no-match", "percent-alone",
               "underscore-alone", "brackets-like-class", "or-injection", "backslash-pid",
               "escape-char", "long-value", "long-wild", "long-id"}


def check(port, outfile, prefix=""):
    here = os.path.dirname(os.path.abspath(__file__))
    schema = load_schema(os.path.join(here, "..", "..", "etc", "dicom.sql"))
    work = tempfile.mkdtemp()
    texts, failures = [], []
    try:
        for name, model, level, keys, cs in CASES:
            if not name.startswith(prefix):
                continue
            try:
                texts.append(run_case(port, work, name, model, level, keys, cs, schema))
            except AssertionError as e:
                failures.append(str(e))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report(texts, failures, outfile)


def report(texts, failures, outfile):
    """The answers of the cases that passed into outfile (for comparing
    backends), the failures and the count on stdout; the exit code."""
    with open(outfile, "w") as f:
        f.write("".join(texts))
    for msg in failures:
        print("FAIL:", msg)
    print("%d cases, %d failed" % (len(texts) + len(failures), len(failures)))
    return 1 if failures else 0


# ---- raw C-FINDs ---------------------------------------------------------------

STUDY_FIND = b"1.2.840.10008.5.1.4.1.2.2.1"
WORKLIST = b"1.2.840.10008.5.1.4.31"


def find_rq(msg_id, has_dataset=True, sop=STUDY_FIND):
    return raw.command([(0x0002, sop), (0x0100, struct.pack("<H", 0x20)),
                        (0x0110, struct.pack("<H", msg_id)), (0x0700, struct.pack("<H", 0)),
                        (0x0800, struct.pack("<H", 0x0000 if has_dataset else 0x0101))])


def send_dataset(s, cid, data, max_pdv=16000):
    for i in range(0, max(len(data), 1), max_pdv):
        piece = data[i:i + max_pdv]
        last = i + max_pdv >= len(data)
        s.sendall(raw.pdata(cid, 2 if last else 0, piece))


def recv_pdu(f):
    """A PDU from a buffered reader (s.makefile("rb")), or from a socket."""
    if isinstance(f, socket.socket):
        return raw.recv_pdu(f)
    hdr = f.read(6)
    if len(hdr) < 6:
        raise ConnectionError("closed")
    kind, _, length = struct.unpack(">BBI", hdr)
    body = f.read(length)
    if len(body) < length:
        raise ConnectionError("closed")
    return kind, body


def responses(s):
    """Read responses to one C-FIND: the statuses in order, until the final."""
    statuses = []
    while True:
        kind, body = recv_pdu(s)
        if kind != 4:
            raise AssertionError("PDU type %d while awaiting a C-FIND-RSP" % kind)
        control = body[5]
        if not control & 1:
            continue  # a dataset PDV
        if not control & 2:
            continue
        st = raw.status_of(body)
        statuses.append(st)
        if st not in (0xFF00, 0xFF01):
            return statuses


def ident(*elements):
    return b"".join(raw.element(g, e, v) for g, e, v in elements)


def raw_cases(port):
    ok = True
    s = raw.associate(port, [(1, STUDY_FIND, [raw.ILE]), (3, WORKLIST, [raw.ILE]),
                             (5, raw.ECHO, [raw.ILE])])
    level = (0x0008, 0x0052, b"STUDY ")
    pid = (0x0010, 0x0020, b"P1")
    uid = (0x0020, 0x000D, b"")
    cases = [
        ("truncated element", ident(level) + struct.pack("<HHI", 0x0010, 0x0010, 0xFFFF0000),
         0xC000),
        ("good after bad", ident(level, pid, uid), 0x0000),
        ("no level", ident(pid, uid), 0xC001),
        ("level FOO", ident((0x0008, 0x0052, b"FOO "), pid), 0xC001),
        ("level lower case", ident((0x0008, 0x0052, b"study "), pid), 0xC001),
        ("level empty", ident((0x0008, 0x0052, b""), pid), 0xC001),
        ("US of 3 bytes", ident((0x0008, 0x0052, b"IMAGE ")) +
         struct.pack("<HHI", 0x0028, 0x0010, 3) + b"\1\2\3", 0xC000),
        ("5 MiB identifier", ident(level, (0x0010, 0x0010, b"A" * (5 << 20))), 0xC000),
        ("odd garbage", b"\xff" * 7, 0xC000),
        ("good at the end", ident(level, pid, uid), 0x0000),
    ]
    for msg_id, (name, data, want) in enumerate(cases, 1):
        s.sendall(raw.pdata(1, 3, find_rq(msg_id)))
        send_dataset(s, 1, data)
        got = responses(s)
        final = got[-1]
        good = final == want and (want != 0 or len(got) == 4)  # P1 has three studies
        print("%s: %s 0x%04x" % ("ok" if good else "FAIL", name, final))
        ok &= good
    # Without a dataset.
    s.sendall(raw.pdata(1, 3, find_rq(50, has_dataset=False)))
    final = responses(s)[-1]
    print("%s: no dataset 0x%04x" % ("ok" if final == 0xC000 else "FAIL", final))
    ok &= final == 0xC000
    # The Modality Worklist is a service of its own (its table is empty here),
    # and a Q/R context does not take its C-FIND.
    s.sendall(raw.pdata(3, 3, find_rq(51, sop=WORKLIST)))
    send_dataset(s, 3, ident(pid))
    got = responses(s)
    print("%s: worklist %s" % ("ok" if got == [0x0000] else "FAIL", got))
    ok &= got == [0x0000]
    s.sendall(raw.pdata(1, 3, find_rq(52, sop=WORKLIST)))
    send_dataset(s, 1, ident(pid))
    final = responses(s)[-1]
    print("%s: worklist on a Study Root context 0x%04x" % ("ok" if final == 0x0122 else "FAIL",
                                                          final))
    ok &= final == 0x0122
    echo = raw.command([(0x0002, raw.ECHO), (0x0100, struct.pack("<H", 0x30)),
                        (0x0110, struct.pack("<H", 60)), (0x0800, struct.pack("<H", 0x0101))])
    s.sendall(raw.pdata(5, 3, echo))
    kind, body = raw.recv_pdu(s)
    good = kind == 4 and raw.status_of(body) == 0
    print("%s: echo on the same association" % ("ok" if good else "FAIL"))
    s.close()
    return 0 if ok and good else 1


def slow(port, seconds):
    """C-FIND of every image, reading the answers slowly: prints the count
    read when done."""
    s = raw.associate(port, [(1, STUDY_FIND, [raw.ILE])])
    s.sendall(raw.pdata(1, 3, find_rq(1)))
    send_dataset(s, 1, ident((0x0008, 0x0052, b"IMAGE "), (0x0008, 0x0018, b"")))
    time.sleep(seconds)  # the server fills the socket buffers and waits
    print("reading", flush=True)
    s.settimeout(60)
    n = len(responses(s.makefile("rb", buffering=1 << 20)))
    s.close()
    print("read %d responses" % n, flush=True)
    return 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "corpus":
        write_corpus(argv[2])
        return 0
    if len(argv) >= 4 and argv[1] == "check":
        return check(int(argv[2]), argv[3], argv[4] if len(argv) > 4 else "")
    if len(argv) == 3 and argv[1] == "raw":
        return raw_cases(int(argv[2]))
    if len(argv) == 4 and argv[1] == "slow":
        return slow(int(argv[2]), float(argv[3]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
