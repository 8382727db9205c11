#!/usr/bin/env python3
"""Orthanc's DICOMweb plugin as a client of dgate, driven through Orthanc's
REST API (/dicom-web/servers/dgate/...), for web_orthanc_client.sh. What
must come back is computed from web_corpus.py's files (read with pydicom),
never from dgate.

Usage: web_orthanc_client.py qido ORTHANC CORPUSFILE...
       web_orthanc_client.py retrieve ORTHANC STUDY CORPUSFILE...
       web_orthanc_client.py stow ORTHANC CORPUSFILE...
       web_orthanc_client.py metadata ORTHANC STUDY SERIES CORPUSFILE...
       web_orthanc_client.py same DIR CORPUSFILE...   every file of DIR is one of the corpus's, pixels equal
Each exits non-zero with the difference when the answer is not the corpus's.
"""
import glob
import io
import json
import sys
import urllib.error
import urllib.request

import pydicom
from pydicom.dataset import Dataset

SERVER = "/dicom-web/servers/dgate"


def call(api, method, path, body=None, raw=False):
    # A str is sent as it is (/tools/lookup), anything else as JSON.
    data = body.encode() if isinstance(body, str) else json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(api + path, data=data, method=method)
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            out = r.read()
    except urllib.error.HTTPError as e:
        sys.exit("Orthanc: %s %s %s: %d %s" % (method, path, body, e.code, e.read()[:800]))
    return out if raw else json.loads(out)


def corpus(files):
    return [pydicom.dcmread(f) for f in files]


def value(answer, tag):
    """A tag's first value in one of Orthanc's QIDO answers (its own JSON:
    {"Value": "text"} or DICOM JSON's {"Value": [...]})."""
    v = answer.get(tag, {}).get("Value")
    if isinstance(v, list):
        v = v[0] if v else None
    if isinstance(v, dict):
        v = v.get("Alphabetic")
    return v


def qido(api, files):
    ds = corpus(files)
    studies = {d.StudyInstanceUID for d in ds}
    cases = [
        # (uri, arguments, UID tag the answers are told by, the corpus's matches)
        ("/studies", {}, "0020000D", studies),
        ("/studies", {"PatientName": "WEB^AL*"}, "0020000D",
         {d.StudyInstanceUID for d in ds if d.PatientName == "WEB^ALPHA"}),
        ("/studies", {"StudyDate": "20240101-20240201"}, "0020000D",
         {d.StudyInstanceUID for d in ds if "20240101" <= d.StudyDate <= "20240201"}),
        ("/studies", {"ModalitiesInStudy": "MR"}, "0020000D",
         {d.StudyInstanceUID for d in ds if d.Modality == "MR"}),
        ("/series", {"Modality": "CT"}, "0020000E",
         {d.SeriesInstanceUID for d in ds if d.Modality == "CT"}),
        ("/series", {"SeriesNumber": "2", "PatientID": "WEB001"}, "0020000E",
         {d.SeriesInstanceUID for d in ds if d.SeriesNumber == 2 and d.PatientID == "WEB001"}),
    ]
    for study in sorted(studies):
        cases.append(("/studies/%s/series" % study, {"Modality": "CT"}, "0020000E",
                      {d.SeriesInstanceUID for d in ds if d.StudyInstanceUID == study and d.Modality == "CT"}))
        cases.append(("/studies/%s/instances" % study, {}, "00080018",
                      {d.SOPInstanceUID for d in ds if d.StudyInstanceUID == study}))
    for uri, args, tag, want in cases:
        got = call(api, "POST", SERVER + "/qido", {"Uri": uri, "Arguments": args})
        uids = [value(a, tag) for a in got]
        if sorted(uids) != sorted(want):
            sys.exit("QIDO %s %s through Orthanc: %s, not %s" % (uri, args, sorted(uids), sorted(want)))
    # What a study's answer says of it, against the corpus. Not the counts:
    # PS3.18 F.2.3 makes IS a JSON number, and Orthanc 1.10's simplified
    # answer keeps only strings (its own DICOMweb server sends the counts as numbers too).
    for a in call(api, "POST", SERVER + "/qido", {"Uri": "/studies", "Arguments": {}}):
        mine = [d for d in ds if d.StudyInstanceUID == value(a, "0020000D")]
        want = {"00100010": str(mine[0].PatientName), "00100020": mine[0].PatientID,
                "00080050": mine[0].AccessionNumber, "00080020": mine[0].StudyDate,
                "00080061": "\\".join(sorted({d.Modality for d in mine}))}
        for tag, v in want.items():
            if str(value(a, tag)) != v:
                sys.exit("QIDO study %s: %s is %r, not %r" % (mine[0].StudyInstanceUID, tag, value(a, tag), v))
    print("qido: %d searches as the corpus says" % len(cases))


def lookup(api, uid, kind):
    """Orthanc's ID of the study or instance with this UID, or None."""
    ids = [x["ID"] for x in call(api, "POST", "/tools/lookup", uid) if x["Type"] == kind]
    return ids[0] if ids else None


def retrieve(api, study, files):
    mine = [d for d in corpus(files) if d.StudyInstanceUID == study]
    call(api, "POST", SERVER + "/retrieve", {"Resources": [{"Study": study}]})
    sid = lookup(api, study, "Study")
    if sid is None:
        sys.exit("Orthanc does not hold study %s after its retrieve" % study)
    n = len(call(api, "GET", "/studies/%s/instances" % sid))
    if n != len(mine):
        sys.exit("Orthanc holds %d instances of %s, the corpus %d" % (n, study, len(mine)))
    for d in mine:
        oid = lookup(api, d.SOPInstanceUID, "Instance")
        if oid is None:
            sys.exit("Orthanc did not retrieve %s" % d.SOPInstanceUID)
        compare_pixels(d, pydicom.dcmread(io.BytesIO(call(api, "GET", "/instances/%s/file" % oid, raw=True))))
    print("retrieve: %d instances, pixels identical" % len(mine))


def compare_pixels(want, got):
    if got.SOPInstanceUID != want.SOPInstanceUID:
        sys.exit("got %s for %s" % (got.SOPInstanceUID, want.SOPInstanceUID))
    if got.pixel_array.tobytes() != want.pixel_array.tobytes():
        sys.exit("the pixels of %s differ from the corpus's" % want.SOPInstanceUID)


def stow(api, files):
    studies = set()
    for f in files:
        with open(f, "rb") as fh:
            studies.add(json.loads(post_file(api, fh.read()))["ParentStudy"])
    got = call(api, "POST", SERVER + "/stow", {"Resources": sorted(studies), "Synchronous": True})
    if int(got.get("InstancesCount", 0)) != len(files):
        sys.exit("Orthanc's STOW-RS to dgate: %s, not %d instances" % (got, len(files)))
    print("stow: %d instances sent" % len(files))


def post_file(api, data):
    req = urllib.request.Request(api + "/instances", data=data, method="POST")
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.read()


def metadata(api, study, series, files):
    uri = "/studies/%s/series/%s/metadata" % (study, series)
    got = json.loads(call(api, "POST", SERVER + "/get", {"Uri": uri}, raw=True))
    want = {d.SOPInstanceUID: d for d in corpus(files) if d.SeriesInstanceUID == series}
    if len(got) != len(want):
        sys.exit("metadata of %s: %d instances, the corpus %d" % (series, len(got), len(want)))
    for j in got:
        ds = Dataset.from_json(j, bulk_data_uri_handler=lambda *a: b"")
        ref = want.pop(ds.SOPInstanceUID, None)
        if ref is None:
            sys.exit("metadata: %s is not in series %s" % (ds.SOPInstanceUID, series))
        for el in ref:
            if el.tag == 0x7FE00010 or el.tag == 0x00080005:
                continue
            if el.tag not in ds or ds[el.tag].value != el.value:
                sys.exit("metadata of %s: %s is %r, the file's %r" % (
                    ref.SOPInstanceUID, el.keyword, ds[el.tag].value if el.tag in ds else None, el.value))
    print("metadata: every attribute of %s's instances as stored" % series)


def same(outdir, files):
    ref = {d.SOPInstanceUID: d for d in corpus(files)}
    got = sorted(glob.glob(outdir + "/*.dcm"))
    for f in got:
        d = pydicom.dcmread(f)
        if d.SOPInstanceUID not in ref:
            sys.exit("%s: %s is not one of the corpus's" % (f, d.SOPInstanceUID))
        compare_pixels(ref[d.SOPInstanceUID], d)
    print("same: %d files" % len(got))


def main(a):
    if len(a) < 3:
        sys.exit(__doc__)
    if a[0] == "qido":
        qido(a[1], a[2:])
    elif a[0] == "retrieve":
        retrieve(a[1], a[2], a[3:])
    elif a[0] == "stow":
        stow(a[1], a[2:])
    elif a[0] == "metadata":
        metadata(a[1], a[2], a[3], a[4:])
    elif a[0] == "same":
        same(a[1], a[2:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
