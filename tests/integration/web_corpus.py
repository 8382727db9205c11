#!/usr/bin/env python3
"""The corpus of the DICOMweb interoperability tests (web_orthanc_client.sh,
web_python_client.sh), written with pydicom: two patients, three studies,
CT and MR series, small 16-bit images whose pixels are a function of their
place in the corpus, and one three-frame image. The tests compute what a
server must answer from these files (read back with pydicom), never from
the server.

Usage: web_corpus.py DIR   (writes DIR/*.dcm)
"""
import os
import sys

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

ROOT = "1.2.826.0.1.3680043.2.1143.913"
CT, MR = "1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.4"
ENHANCED_MR = "1.2.840.10008.5.1.4.1.1.4.1"

# (patient name, id, birth date, sex), then studies:
# (study date, accession, description, [(modality, body part, instances, frames)])
PATIENTS = [
    (("WEB^ALPHA", "WEB001", "19600101", "F"), [
        ("20240105", "ACC1", "HEAD CT", [("CT", "HEAD", 3, 1), ("CT", "HEAD", 2, 1)]),
        ("20240312", "ACC2", "KNEE MR", [("MR", "KNEE", 2, 1), ("MR", "KNEE", 1, 3)]),
    ]),
    (("WEB^BETA", "WEB002", "19751231", "M"), [
        ("20231120", "ACC3", "CHEST CT", [("CT", "CHEST", 4, 1)]),
    ]),
]


def pixels(seed, frames, rows=16, cols=12):
    """A distinct 16-bit image (or frames) for each seed."""
    a = np.arange(frames * rows * cols, dtype=np.uint32).reshape(frames, rows, cols)
    a = (a * 37 + seed * 1009) % 4096
    return a.astype(np.uint16)


def write(out):
    os.makedirs(out, exist_ok=True)
    n = 0
    for p, (patient, studies) in enumerate(PATIENTS, 1):
        for s, (date, acc, desc, series) in enumerate(studies, 1):
            study = "%s.%d.%d" % (ROOT, p, s)
            for r, (mod, part, count, frames) in enumerate(series, 1):
                for i in range(1, count + 1):
                    n += 1
                    sop_class = ENHANCED_MR if frames > 1 else (CT if mod == "CT" else MR)
                    ds = Dataset()
                    ds.SpecificCharacterSet = "ISO_IR 100"
                    ds.SOPClassUID = sop_class
                    ds.SOPInstanceUID = "%s.%d.%d.%d.%d" % (ROOT, p, s, r, i)
                    ds.StudyDate, ds.StudyTime = date, "101500"
                    ds.AccessionNumber = acc
                    ds.Modality = mod
                    ds.ReferringPhysicianName = "REF^DOC"
                    ds.StudyDescription = desc
                    ds.SeriesDescription = "%s %d" % (part, r)
                    ds.PatientName, ds.PatientID, ds.PatientBirthDate, ds.PatientSex = patient
                    ds.BodyPartExamined = part
                    ds.StudyInstanceUID = study
                    ds.SeriesInstanceUID = "%s.%d" % (study, r)
                    ds.StudyID = str(s)
                    ds.SeriesNumber = r
                    ds.InstanceNumber = i
                    ds.ImageComments = "corpus image %d" % n
                    ds.SamplesPerPixel = 1
                    ds.PhotometricInterpretation = "MONOCHROME2"
                    if frames > 1:
                        ds.NumberOfFrames = frames
                    px = pixels(n, frames)
                    ds.Rows, ds.Columns = px.shape[1], px.shape[2]
                    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 12, 11
                    ds.PixelRepresentation = 0
                    ds.WindowCenter, ds.WindowWidth = "2048", "4096"
                    ds.PixelData = px.tobytes()
                    ds.file_meta = FileMetaDataset()
                    ds.file_meta.MediaStorageSOPClassUID = sop_class
                    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
                    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
                    ds.is_little_endian, ds.is_implicit_VR = True, False
                    ds.save_as(os.path.join(out, "img%02d.dcm" % n), write_like_original=False)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    write(sys.argv[1])
