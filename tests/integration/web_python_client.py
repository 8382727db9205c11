#!/usr/bin/env python3
"""Python's DICOMweb stack as a client of dgate (web_python_client.sh):
requests for HTTP, pydicom to read and write every DICOM object and to
turn DICOM JSON into datasets (Dataset.from_json). What must come back is
computed from web_corpus.py's files and the files dgate stored, never
from dgate's answers.

Usage: web_python_client.py URL CORPUSDIR MAGDIR
"""
import glob
import io
import os
import re
import sys

import pydicom
import requests
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

BASE = None
DICOM_JSON = "application/dicom+json"


def fail(why):
    sys.exit("FAIL: " + why)


def get(path, accept=DICOM_JSON, **params):
    r = requests.get(BASE + path, headers={"Accept": accept}, params=params, timeout=60)
    if r.status_code != 200:
        fail("GET %s %s: %d %s" % (path, params, r.status_code, r.text[:500]))
    return r


def parts(response):
    """A multipart/related answer split part by part: [(headers, body)]."""
    ctype = response.headers["Content-Type"]
    m = re.search(r'boundary="?([^";]+)"?', ctype)
    if not ctype.startswith("multipart/related") or not m:
        fail("not multipart/related: %r" % ctype)
    delim = b"--" + m.group(1).encode()
    body, out, at = response.content, [], 0
    if not body.startswith(delim):
        fail("the body does not open with its boundary")
    while True:
        at += len(delim)
        if body[at:at + 2] == b"--":
            return out
        if body[at:at + 2] != b"\r\n":
            fail("no CRLF after a boundary at %d" % at)
        head_end = body.index(b"\r\n\r\n", at)
        headers = dict(line.split(": ", 1) for line in body[at + 2:head_end].decode().split("\r\n"))
        nxt = body.index(b"\r\n" + delim, head_end)
        data = body[head_end + 4:nxt]
        if "Content-Length" in headers and int(headers["Content-Length"]) != len(data):
            fail("a part's Content-Length is %s, its size %d" % (headers["Content-Length"], len(data)))
        out.append((headers, data))
        at = nxt + 2


def value(answer, tag):
    v = answer.get(tag, {}).get("Value")
    if not v:
        return None
    return v[0]["Alphabetic"] if isinstance(v[0], dict) else v[0]


def check_qido(corpus):
    ds = list(corpus.values())
    cases = [
        ("/studies", {"PatientID": "WEB001"}, "0020000D",
         {d.StudyInstanceUID for d in ds if d.PatientID == "WEB001"}),
        ("/studies", {"AccessionNumber": "ACC3"}, "0020000D",
         {d.StudyInstanceUID for d in ds if d.AccessionNumber == "ACC3"}),
        ("/studies", {"PatientBirthDate": "-19700101"}, "0020000D",
         {d.StudyInstanceUID for d in ds if d.PatientBirthDate <= "19700101"}),
        ("/series", {"Modality": "MR"}, "0020000E", {d.SeriesInstanceUID for d in ds if d.Modality == "MR"}),
        ("/series", {"SeriesDescription": "HEAD*"}, "0020000E",
         {d.SeriesInstanceUID for d in ds if str(d.SeriesDescription).startswith("HEAD")}),
        ("/instances", {"InstanceNumber": "2"}, "00080018", {d.SOPInstanceUID for d in ds if d.InstanceNumber == 2}),
        ("/instances", {"SOPClassUID": "1.2.840.10008.5.1.4.1.1.2"}, "00080018",
         {d.SOPInstanceUID for d in ds if d.SOPClassUID == "1.2.840.10008.5.1.4.1.1.2"}),
    ]
    some = sorted(ds, key=lambda d: d.SOPInstanceUID)[0]
    cases.append(("/studies/%s/series/%s/instances" % (some.StudyInstanceUID, some.SeriesInstanceUID), {},
                  "00080018", {d.SOPInstanceUID for d in ds if d.SeriesInstanceUID == some.SeriesInstanceUID}))
    for path, args, tag, want in cases:
        got = get(path, **args).json()
        uids = sorted(value(a, tag) for a in got)
        if uids != sorted(want):
            fail("QIDO %s %s: %s, not %s" % (path, args, uids, sorted(want)))
    # The study answer's attributes, as the corpus holds them.
    for a in get("/studies").json():
        mine = [d for d in ds if d.StudyInstanceUID == value(a, "0020000D")]
        for tag, v in (("00100010", str(mine[0].PatientName)), ("00100030", mine[0].PatientBirthDate),
                       ("00201208", len(mine)), ("00201206", len({d.SeriesInstanceUID for d in mine}))):
            if value(a, tag) != v:
                fail("QIDO study %s: %s is %r, not %r" % (mine[0].StudyInstanceUID, tag, value(a, tag), v))
    print("qido: %d searches at the three levels as the corpus says" % len(cases))


def check_series_retrieve(corpus, series):
    want = {d.SOPInstanceUID: d for d in corpus.values() if d.SeriesInstanceUID == series.SeriesInstanceUID}
    r = get("/studies/%s/series/%s" % (series.StudyInstanceUID, series.SeriesInstanceUID),
            accept='multipart/related; type="application/dicom"')
    got = parts(r)
    if len(got) != len(want):
        fail("WADO-RS series: %d parts, %d instances" % (len(got), len(want)))
    for headers, data in got:
        if not headers.get("Content-Type", "").startswith("application/dicom"):
            fail("a part of type %r" % headers.get("Content-Type"))
        d = pydicom.dcmread(io.BytesIO(data))
        ref = want.pop(d.SOPInstanceUID, None)
        if ref is None:
            fail("WADO-RS series: %s is not one of its instances" % d.SOPInstanceUID)
        if (d.pixel_array != ref.pixel_array).any():
            fail("WADO-RS: the pixels of %s differ from the corpus's" % d.SOPInstanceUID)
    print("wado: %d parts read by pydicom, pixels as the corpus" % len(got))


def stored_files(magdir):
    out = {}
    for f in glob.glob(os.path.join(magdir, "**", "*.dcm"), recursive=True):
        if "/.incoming/" not in f:
            out[pydicom.dcmread(f, stop_before_pixels=True).SOPInstanceUID] = f
    return out


def check_metadata(corpus, stored, series):
    got = get("/studies/%s/series/%s/metadata" % (series.StudyInstanceUID, series.SeriesInstanceUID)).json()
    want = {d.SOPInstanceUID for d in corpus.values() if d.SeriesInstanceUID == series.SeriesInstanceUID}
    if len(got) != len(want):
        fail("metadata: %d instances, the series %d" % (len(got), len(want)))
    compared = 0
    for j in got:
        md = Dataset.from_json(j, bulk_data_uri_handler=lambda tag, vr, uri: b"")
        if md.SOPInstanceUID not in want:
            fail("metadata: %s is not in the series" % md.SOPInstanceUID)
        f = pydicom.dcmread(stored[md.SOPInstanceUID])
        for el in f:
            if el.tag in (0x7FE00010, 0x00080005):
                continue  # Pixel Data is bulk data; JSON is UTF-8 whatever the file's set
            if el.tag not in md or md[el.tag].value != el.value:
                fail("metadata of %s: %s is %r, the stored file's %r" % (
                    md.SOPInstanceUID, el.keyword, md[el.tag].value if el.tag in md else None, el.value))
            compared += 1
        for el in md:
            if el.tag not in f and el.tag != 0x00080005:
                fail("metadata of %s: %s is not in the stored file" % (md.SOPInstanceUID, el.keyword))
    print("metadata: %d attributes of %d instances as stored" % (compared, len(got)))


def new_instance(name, pid, n):
    """A pydicom-written Part-10 file in ISO_IR 100, as bytes."""
    root = "1.2.826.0.1.3680043.2.1143.914"
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    ds.SOPInstanceUID = "%s.%d.1.1" % (root, n)
    ds.StudyInstanceUID, ds.SeriesInstanceUID = "%s.%d" % (root, n), "%s.%d.1" % (root, n)
    ds.PatientName, ds.PatientID = name, pid
    ds.Modality, ds.StudyDate, ds.InstanceNumber = "OT", "20250101", n
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.Rows, ds.Columns, ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 4, 4, 8, 8, 7, 0
    ds.PixelData = bytes(range(n, n + 16))
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.is_little_endian, ds.is_implicit_VR = True, False
    buf = io.BytesIO()
    ds.save_as(buf, write_like_original=False)
    return ds, buf.getvalue()


def check_stow():
    name = "MÜLLER^JÖRG"
    files = [new_instance(name, "STOW01", 1), new_instance("PLAIN^ASCII", "STOW02", 2)]
    if files[0][1].find(name.encode("latin-1")) < 0:
        fail("the test's file is not written in ISO_IR 100")
    boundary = "pydicom-stow-boundary"
    body = b"".join(b"--%s\r\nContent-Type: application/dicom\r\n\r\n%s\r\n" % (boundary.encode(), f)
                    for _, f in files) + b"--%s--\r\n" % boundary.encode()
    r = requests.post(BASE + "/studies", data=body, timeout=60, headers={
        "Content-Type": 'multipart/related; type="application/dicom"; boundary=%s' % boundary,
        "Accept": DICOM_JSON})
    if r.status_code != 200:
        fail("STOW-RS: %d %s" % (r.status_code, r.text[:500]))
    answer = Dataset.from_json(r.json())
    refs = sorted(x.ReferencedSOPInstanceUID for x in answer.get("ReferencedSOPSequence", []))
    if refs != sorted(d.SOPInstanceUID for d, _ in files) or answer.get("FailedSOPSequence"):
        fail("STOW-RS answer: %s" % r.text[:800])
    # Found again by QIDO-RS, the name asked and answered in UTF-8.
    got = get("/studies", PatientName="MÜLLER*").json()
    if [value(a, "00100010") for a in got] != [name]:
        fail("QIDO PatientName=MÜLLER*: %s" % got)
    if [value(a, "0020000D") for a in got] != [files[0][0].StudyInstanceUID]:
        fail("QIDO PatientName=MÜLLER* found another study: %s" % got)
    inst = get("/instances", PatientName="MÜLLER^JÖRG").json()
    if [value(a, "00080018") for a in inst] != [files[0][0].SOPInstanceUID]:
        fail("QIDO instances PatientName=MÜLLER^JÖRG: %s" % inst)
    print("stow: 2 pydicom-written files stored, %s found by QIDO in UTF-8" % name)


def check_frames(corpus):
    mf = [d for d in corpus.values() if int(d.get("NumberOfFrames", 1)) > 1][0]
    path = "/studies/%s/series/%s/instances/%s/frames/3,1" % (
        mf.StudyInstanceUID, mf.SeriesInstanceUID, mf.SOPInstanceUID)
    got = parts(get(path, accept='multipart/related; type="application/octet-stream"'))
    want = [mf.pixel_array[2].tobytes(), mf.pixel_array[0].tobytes()]
    if [data for _, data in got] != want:
        fail("frames 3,1 of %s: %s" % (mf.SOPInstanceUID, [len(d) for _, d in got]))
    r = requests.get(BASE + path.replace("3,1", "4"), timeout=60,
                     headers={"Accept": 'multipart/related; type="application/octet-stream"'})
    if r.status_code not in (400, 404):
        fail("frame 4 of 3: %d" % r.status_code)
    print("frames: 3,1 as the corpus's, 4 refused (%d)" % r.status_code)


def main(argv):
    global BASE
    if len(argv) != 3:
        sys.exit(__doc__)
    BASE = argv[0].rstrip("/")
    corpus = {}
    for f in sorted(glob.glob(os.path.join(argv[1], "*.dcm"))):
        d = pydicom.dcmread(f)
        corpus[d.SOPInstanceUID] = d
    stored = stored_files(argv[2])
    if sorted(stored) != sorted(corpus):
        fail("dgate stored %d files, the corpus has %d" % (len(stored), len(corpus)))
    check_qido(corpus)
    ct = [d for d in corpus.values() if d.Modality == "CT"][0]
    mr = [d for d in corpus.values() if d.Modality == "MR" and "NumberOfFrames" not in d][0]
    multiframe = [d for d in corpus.values() if "NumberOfFrames" in d][0]
    for series in (ct, mr, multiframe):
        check_series_retrieve(corpus, series)
        check_metadata(corpus, stored, series)
    check_stow()
    check_frames(corpus)


if __name__ == "__main__":
    main(sys.argv[1:])
