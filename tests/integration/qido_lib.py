#!/usr/bin/env python3
"""QIDO-RS over find_lib.py's corpus: every C-FIND case at the study,
series and image levels asked as a QIDO-RS search (values as query
arguments, returned keys as includefield), its expected answers computed
by find_lib from the corpus definition, the JSON answers read back into
the same canonical lines. QIDO values are UTF-8 whatever the case's
character set.

Usage: qido_lib.py check URL
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import find_lib as fl  # noqa: E402

RESOURCE = {"STUDY": "studies", "SERIES": "series", "IMAGE": "instances"}
LEAD_TRIMMED = ("AE", "CS", "DS", "IS", "LO", "SH", "PN")


def get(url, headers=None):
    """(status, headers, body) of GET url."""
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def search(base, level, keys, path_uids=None):
    """The URL of a search for keys [(keyword, value or None)]."""
    args, include, seen = [], [], set()
    for kw, v in keys:
        if kw in seen:
            continue
        seen.add(kw)
        if v is None:
            include.append(kw)
        else:
            args.append((kw, v))
    if include:
        args.append(("includefield", ",".join(include)))
    path = "/dicom-web/" + RESOURCE[level]
    if path_uids:
        path = "/dicom-web/studies/%s/series/%s/instances" % path_uids
    return base + path + "?" + urllib.parse.urlencode(args, quote_via=urllib.parse.quote)


def json_value(elem):
    """A JSON attribute back as the DICOM text C-FIND would give (None: empty)."""
    vals = elem.get("Value")
    if not vals:
        return None
    out = []
    for v in vals:
        if v is None:
            out.append("")
        elif isinstance(v, dict):
            groups = [v.get(g, "") for g in ("Alphabetic", "Ideographic", "Phonetic")]
            out.append("=".join(groups).rstrip("="))
        else:
            out.append(str(v))
    return "\\".join(out)


def normal(line):
    """A canonical line with leading spaces off the values of the VRs whose
    leading spaces are padding (JSON has none)."""
    level, _, rest = line.partition(" ")
    items = []
    for item in rest.split("|") if rest else []:
        kw, _, v = item.partition("=")
        if fl.DICT[kw][1] in LEAD_TRIMMED:
            v = "\\".join(x.lstrip(" ") for x in v.split("\\"))
        items.append(kw + "=" + v)
    return level + " " + "|".join(items)


def run_case(base, name, level, keys, schema):
    ukeys = []
    for kw, v in keys:
        if kw not in [k for k, _ in ukeys]:
            ukeys.append((kw, v))
    d = dict(ukeys)
    path_uids = None
    if level == "IMAGE" and "\\" not in (d.get("StudyInstanceUID") or "\\") and \
            "\\" not in (d.get("SeriesInstanceUID") or "\\") and "*" not in \
            d["SeriesInstanceUID"] + d["StudyInstanceUID"]:
        path_uids = (d["StudyInstanceUID"], d["SeriesInstanceUID"])
        ukeys = [(k, v) if k not in ("StudyInstanceUID", "SeriesInstanceUID") else (k, None)
                 for k, v in ukeys]
    # UID lists go with commas, PS3.18's separator; C-FIND's backslash is
    # tested by the cases that keep it (every other one).
    if name.endswith("list"):
        ukeys = [(k, v.replace("\\", ",") if v and fl.DICT[k][1] == "UI" else v)
                 for k, v in ukeys]
    url = search(base, level, ukeys, path_uids)
    status, headers, body = get(url, {"Accept": "application/dicom+json"})
    if status != 200:
        raise AssertionError("%s: %s: HTTP %d %s" % (name, url[:300], status, body[:300]))
    if headers.get("Content-Type", "").split(";")[0] != "application/dicom+json":
        raise AssertionError("%s: Content-Type %s" % (name, headers.get("Content-Type")))
    answers = json.loads(body.decode("utf-8"))
    want_keys = [(k, v.replace(",", "\\") if v and name.endswith("list") else v)
                 for k, v in ukeys]
    if path_uids:
        want_keys = [(k, path_uids[0] if k == "StudyInstanceUID" else
                      path_uids[1] if k == "SeriesInstanceUID" else v) for k, v in want_keys]
    want, unsupported = fl.expected(schema, level, want_keys)
    want = sorted(normal(x) for x in want)
    got = []
    for a in answers:
        vals = {}
        for kw, _ in ukeys:
            tag = "%08X" % fl.DICT[kw][0]
            if tag not in a:
                raise AssertionError("%s: an answer lacks %s: %s" % (name, kw, a))
            vals[kw] = json_value(a[tag])
        if "00081190" not in a or not a["00081190"]["Value"][0].startswith(base + "/dicom-web/studies/"):
            raise AssertionError("%s: RetrieveURL missing or wrong: %s" % (name, a.get("00081190")))
        got.append(normal(fl.canonical(level, vals)))
    got.sort()
    warning = headers.get("Warning") or ""
    if unsupported != ("not matched" in warning):
        raise AssertionError("%s: Warning %r, unsupported keys %s" % (name, warning, unsupported))
    if got != want:
        raise AssertionError("%s: %s\n  missing %s\n  extra %s" % (
            name, url[:300], [x for x in want if x not in got], [x for x in got if x not in want]))
    return "%s: %d\n" % (name, len(got))


def check(base):
    here = os.path.dirname(os.path.abspath(__file__))
    schema = fl.load_schema(os.path.join(here, "..", "..", "etc", "dicom.sql"))
    texts, failures = [], []
    for name, _model, level, keys, _cs in fl.CASES:
        if level == "PATIENT":
            continue
        try:
            texts.append(run_case(base, name, level, keys, schema))
        except AssertionError as e:
            failures.append(str(e))
    for msg in failures:
        print("FAIL:", msg)
    print("%d cases, %d failed" % (len(texts) + len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    sys.exit(__doc__)
