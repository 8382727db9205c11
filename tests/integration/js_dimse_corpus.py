#!/usr/bin/env python3
"""The corpus of js_dimse_client.sh, written with pydicom, and the checks
made on what dgate stored and sent back.

Two patients (one name beyond ASCII), three studies; CT, MR and Secondary Capture images in
Implicit VR Little Endian, Explicit VR Little Endian and RLE Lossless;
small 16-bit pixels that are a function of the image's place in the
corpus. DIR/corpus.json describes every file for tests/web/dimse_client.mjs,
which computes the answers it expects from it. One worklist order too:
DIR/order.hl7 for dgate --loadhl7, DIR/order.json for the client.

Usage:
  js_dimse_corpus.py write DIR
  js_dimse_corpus.py same CORPUS_DIR FILE...
      every FILE holds the dataset of the corpus file of its SOP Instance
      UID: the same elements with the same values, pixels compared decoded
      (a compressed image may come back decompressed, never changed)
"""
import json
import os
import sys

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian, RLELossless

ROOT = "1.2.826.0.1.3680043.2.1143.917"
CT, MR, SC = "1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.4", "1.2.840.10008.5.1.4.1.1.7"
SYNTAXES = {"implicit": ImplicitVRLittleEndian, "explicit": ExplicitVRLittleEndian, "rle": RLELossless}

# (patient name, id, birth date, sex), then studies:
# (date, time, accession, description, [(modality, SOP class, syntax, images)])
PATIENTS = [
    (("JS^ALPHA", "JSDIMSE1", "19600101", "F"), [
        ("20240105", "101500", "JSACC1", "HEAD CT", [("CT", CT, "implicit", 3), ("MR", MR, "explicit", 2)]),
        ("20240312", "083000", "JSACC2", "KNEE MR", [("MR", MR, "rle", 2), ("OT", SC, "explicit", 1)]),
    ]),
    (("JS^BÉTA", "JSDIMSE2", "19751231", "M"), [
        ("20231120", "160000", "JSACC3", "CHEST CT", [("CT", CT, "explicit", 2)]),
    ]),
]

# The worklist order: PID-4 is the patient ID, OBR-7 the start, OBR-21 the
# modality (etc/dicom.sql's worklist table).
ORDER = {"accession": "JSWL1", "patientId": "JSDIMSE9", "patientName": "JS^WORKLIST",
         "date": "20240401", "modality": "MR"}


def write_order(out):
    o = ORDER
    obr = ["OBR", "1", "501", o["accession"], "501^KNEE", "", "", o["date"] + "0930"]
    obr += [""] * 13 + [o["modality"]]
    hl7 = "\r".join(["MSH|^~\\&|HIS|HOSP|DGATE|RAD|202403010000||ORM^O01|JS1|P|2.3",
                      "PID|1||X|%s|%s||19800101|F" % (o["patientId"], o["patientName"]),
                      "ORC|NW|501", "|".join(obr)]) + "\r"
    with open(os.path.join(out, "order.hl7"), "w") as f:
        f.write(hl7)
    with open(os.path.join(out, "order.json"), "w") as f:
        json.dump(o, f)


def pixels(seed, rows=16, cols=12):
    a = np.arange(rows * cols, dtype=np.uint32).reshape(rows, cols)
    return ((a * 37 + seed * 1009) % 4096).astype(np.uint16)


def write(out):
    os.makedirs(out, exist_ok=True)
    instances = []
    for p, (patient, studies) in enumerate(PATIENTS, 1):
        name, pid, birth, sex = patient
        for s, (date, time, acc, desc, series) in enumerate(studies, 1):
            study = "%s.%d.%d" % (ROOT, p, s)
            for r, (mod, sop_class, syntax, count) in enumerate(series, 1):
                for i in range(1, count + 1):
                    sop = "%s.%d.%d.%d.%d" % (ROOT, p, s, r, i)
                    ds = Dataset()
                    # UTF-8: dcmjs writes every dataset it sends so, and
                    # says so; the files are what it sends.
                    ds.SpecificCharacterSet = "ISO_IR 192"
                    ds.SOPClassUID, ds.SOPInstanceUID = sop_class, sop
                    ds.StudyDate, ds.StudyTime = date, time
                    ds.AccessionNumber = acc
                    ds.Modality = mod
                    ds.StudyDescription = desc
                    ds.PatientName, ds.PatientID = name, pid
                    ds.PatientBirthDate, ds.PatientSex = birth, sex
                    ds.StudyInstanceUID = study
                    ds.SeriesInstanceUID = "%s.%d" % (study, r)
                    ds.StudyID = str(s)
                    ds.SeriesNumber, ds.InstanceNumber = r, i
                    ds.SamplesPerPixel = 1
                    ds.PhotometricInterpretation = "MONOCHROME2"
                    # The Secondary Capture image is larger than one PDU
                    # either side takes, so it goes in several.
                    rows, cols = (300, 256) if sop_class == SC else (16, 12)
                    ds.Rows, ds.Columns = rows, cols
                    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 12, 11
                    ds.PixelRepresentation = 0
                    arr = pixels(len(instances) + 1, rows, cols)
                    ds.file_meta = FileMetaDataset()
                    ds.file_meta.MediaStorageSOPClassUID = sop_class
                    ds.file_meta.MediaStorageSOPInstanceUID = sop
                    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
                    ds.is_little_endian = True
                    ds.is_implicit_VR = syntax == "implicit"
                    if syntax == "rle":
                        ds.compress(RLELossless, arr)
                    else:
                        ds.file_meta.TransferSyntaxUID = SYNTAXES[syntax]
                        ds.PixelData = arr.tobytes()
                    path = "%s.dcm" % sop
                    ds.save_as(os.path.join(out, path), write_like_original=False)
                    instances.append({
                        "path": path, "sop": sop, "sopClass": sop_class,
                        "syntax": SYNTAXES[syntax], "instanceNumber": i,
                        "series": ds.SeriesInstanceUID, "seriesNumber": r, "modality": mod,
                        "study": study, "studyDate": date, "studyTime": time,
                        "accession": acc, "description": desc,
                        "patientId": pid, "patientName": name, "birthDate": birth, "sex": sex,
                    })
    with open(os.path.join(out, "corpus.json"), "w") as f:
        json.dump(instances, f, indent=1)
    write_order(out)


def comparable(ds):
    """The elements of a dataset, group 0002 and the pixels aside, and the
    pixels decoded."""
    pixels = ds.pixel_array.tobytes()
    elements = {e.tag: (e.VR, e.value) for e in ds if e.tag != 0x7FE00010}
    return elements, pixels


def same(corpus_dir, files):
    bad = 0
    for f in files:
        got = pydicom.dcmread(f)
        want = pydicom.dcmread(os.path.join(corpus_dir, "%s.dcm" % got.SOPInstanceUID))
        (ge, gp), (we, wp) = comparable(got), comparable(want)
        if gp != wp:
            print("%s: other pixel data" % f)
            bad += 1
        for tag in sorted(set(ge) | set(we)):
            if ge.get(tag) != we.get(tag):
                print("%s: %s is %s, stored %s" % (f, tag, ge.get(tag), we.get(tag)))
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "write":
        write(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "same":
        sys.exit(same(sys.argv[2], sys.argv[3:]))
    else:
        sys.exit(__doc__)
