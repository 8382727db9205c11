#!/usr/bin/env python3
"""The corpus of aeskulap_workflow.sh, written with pydicom, the answers
Aeskulap's queries must get (computed from the corpus, never from dgate),
and the association Aeskulap proposes for its C-MOVE.

Two patients, one named in ISO_IR 100 (Aeskulap's default character set),
three studies; CT, MR and Secondary Capture series with descriptions,
station names and series times: everything Aeskulap's study list and
series list show.

Usage:
  aeskulap_corpus.py write DIR
  aeskulap_corpus.py study-uid ACCESSION       the Study Instance UID of a study
  aeskulap_corpus.py series-uids ACCESSION     its series' UIDs, one a line
  aeskulap_corpus.py sops ACCESSION [SERIES_NUMBER]
                                               its instances' SOP UIDs, sorted
  aeskulap_corpus.py studies RSP_DIR ACCESSION...
      the findscu -X answers in RSP_DIR are the study-list rows of the
      studies named (by accession number), each with every value the
      study list needs and no other study
  aeskulap_corpus.py series RSP_DIR ACCESSION [KEYWORD...]
      the answers are the series of that study, with what the series list
      shows (only the KEYWORDs asked, when given)
  aeskulap_corpus.py images RSP_DIR ACCESSION SERIES_NUMBER
      the answers are the images of that series
  aeskulap_corpus.py associate PORT
      Aeskulap's C-MOVE association (calling AESKULAP): Study Root MOVE
      in contexts 1 and 3 with Explicit LE, Explicit BE, Implicit LE, and
      in context 5 with MPEG2 only; 1 and 3 must be accepted, 5 refused
      with result 4 (transfer syntaxes not supported), then released
"""
import glob
import os
import struct
import sys

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dicom_raw as R  # noqa: E402

ROOT = "1.2.826.0.1.3680043.2.1143.4242"
CT, MR, SC = "1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.4", "1.2.840.10008.5.1.4.1.1.7"
MODALITY_CLASS = {"CT": CT, "MR": MR, "OT": SC}

# (patient name, ID, birth date, sex, character set), then its studies:
# (accession, date, time, study ID, description,
#  [(series number, modality, description, station, series time, images)])
PATIENTS = [
    (("MÜLLER^Jörg", "AESK001", "19500214", "M", "ISO_IR 100"), [
        ("AESKACC1", "20240105", "101500", "A1", "Schädel CT", [
            (1, "CT", "Übersicht axial", "CT01", "101810", 3),
            (99, "OT", "Dosisbericht", "CT01", "102500", 1),
        ]),
        ("AESKACC2", "20240312", "083000", "A2", "Knie MR", [
            (1, "MR", "T2 TSE axial", "MR7", "083210", 2),
        ]),
    ]),
    (("PHANTOM^ASCII", "AESK002", "19800101", "F", None), [
        ("AESKACC3", "20231120", "160000", "C1", "Head phantom", [
            (1, "MR", "T1 SE", "MR7", "160500", 2),
            (2, "MR", "T2 FLAIR", "MR7", "161000", 2),
        ]),
    ]),
]


def study_uid(p, s):
    return "%s.%d.%d" % (ROOT, p, s)


def studies():
    """Every study: (patient tuple, study tuple, its UID)."""
    for p, (patient, its_studies) in enumerate(PATIENTS, 1):
        for s, study in enumerate(its_studies, 1):
            yield patient, study, study_uid(p, s)


def study_of(accession):
    for patient, study, uid in studies():
        if study[0] == accession:
            return patient, study, uid
    raise SystemExit("no study %s in the corpus" % accession)


def write(out):
    os.makedirs(out, exist_ok=True)
    n = 0
    for patient, study, suid in studies():
        name, pid, birth, sex, charset = patient
        acc, date, time, study_id, desc, series = study
        for number, modality, sdesc, station, stime, count in series:
            for i in range(1, count + 1):
                n += 1
                ds = Dataset()
                if charset:
                    ds.SpecificCharacterSet = charset
                ds.SOPClassUID = MODALITY_CLASS[modality]
                ds.SOPInstanceUID = "%s.%d.%d" % (suid, number, i)
                ds.StudyDate, ds.SeriesDate, ds.StudyTime, ds.SeriesTime = date, date, time, stime
                ds.AccessionNumber, ds.Modality = acc, modality
                ds.StationName = station
                ds.StudyDescription, ds.SeriesDescription = desc, sdesc
                ds.PatientName, ds.PatientID = name, pid
                ds.PatientBirthDate, ds.PatientSex = birth, sex
                ds.StudyInstanceUID = suid
                ds.SeriesInstanceUID = "%s.%d" % (suid, number)
                ds.StudyID = study_id
                ds.SeriesNumber, ds.InstanceNumber = number, i
                ds.SamplesPerPixel = 1
                ds.PhotometricInterpretation = "MONOCHROME2"
                ds.Rows, ds.Columns = 64, 48
                ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 12, 11
                ds.PixelRepresentation = 0
                ds.WindowCenter, ds.WindowWidth = 2048, 4096
                a = np.arange(64 * 48, dtype=np.uint32).reshape(64, 48)
                ds.PixelData = ((a * 37 + n * 1009) % 4096).astype(np.uint16).tobytes()
                ds.file_meta = FileMetaDataset()
                ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
                ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
                ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
                ds.is_little_endian, ds.is_implicit_VR = True, False
                ds.save_as(os.path.join(out, "%s.dcm" % ds.SOPInstanceUID), write_like_original=False)


def answers(rsp_dir):
    return [pydicom.dcmread(f, force=True) for f in sorted(glob.glob(os.path.join(rsp_dir, "rsp*")))]


def text(ds, keyword):
    """A value as Aeskulap reads it (decoded by the answer's own Specific
    Character Set, which says how to read a name beyond ASCII)."""
    if keyword not in ds:
        return None
    v = ds.data_element(keyword).value
    return "" if v is None else str(v)


def compare(where, got, want, problems):
    for keyword, value in want.items():
        have = got.data_element(keyword) if keyword in got else None
        if isinstance(value, set) and have is not None:
            have = set(have.value) if have.VM > 1 else {text(got, keyword)}
        else:
            have = text(got, keyword)
        if have != value:
            problems.append("%s: %s is %r, the corpus says %r" % (where, keyword, have, value))


def check_studies(rsp_dir, accessions):
    problems, seen = [], set()
    got = answers(rsp_dir)
    for ds in got:
        uid = text(ds, "StudyInstanceUID")
        match = [(p, s) for p, s, u in studies() if u == uid]
        if not match or match[0][1][0] not in accessions:
            problems.append("study %s answered, not asked for" % uid)
            continue
        (name, pid, birth, sex, _), (acc, date, time, study_id, desc, series) = match[0]
        seen.add(acc)
        compare(acc, ds, {
            "PatientName": name, "PatientID": pid, "PatientBirthDate": birth,
            "PatientSex": sex, "StudyDate": date, "StudyTime": time,
            "AccessionNumber": acc, "StudyID": study_id, "StudyDescription": desc,
            "QueryRetrieveLevel": "STUDY",
            "ModalitiesInStudy": {m for _, m, _, _, _, _ in series},
            "NumberOfStudyRelatedSeries": str(len(series)),
            "NumberOfStudyRelatedInstances": str(sum(c for *_, c in series)),
        }, problems)
    for acc in set(accessions) - seen:
        problems.append("study %s not answered" % acc)
    if len(got) != len(accessions):
        problems.append("%d answers, %d studies" % (len(got), len(accessions)))
    return problems


def check_series(rsp_dir, accession, *asked):
    _, study, suid = study_of(accession)
    problems, seen = [], set()
    got = answers(rsp_dir)
    for ds in got:
        uid = text(ds, "SeriesInstanceUID")
        match = [s for s in study[5] if "%s.%d" % (suid, s[0]) == uid]
        if not match:
            problems.append("series %s answered, not in study %s" % (uid, accession))
            continue
        number, modality, desc, station, stime, count = match[0]
        seen.add(number)
        want = {
            "StudyInstanceUID": suid, "SeriesNumber": str(number), "Modality": modality,
            "SeriesDescription": desc, "StationName": station, "SeriesTime": stime,
            "NumberOfSeriesRelatedInstances": str(count), "QueryRetrieveLevel": "SERIES",
        }
        compare("series %d" % number, ds, {k: v for k, v in want.items() if not asked or k in asked},
                problems)
    if len(got) != len(study[5]) or len(seen) != len(study[5]):
        problems.append("%d answers for the %d series of %s" % (len(got), len(study[5]), accession))
    return problems


def check_images(rsp_dir, accession, number):
    _, study, suid = study_of(accession)
    count = [s for s in study[5] if s[0] == number][0][5]
    want = {"%s.%d.%d" % (suid, number, i): str(i) for i in range(1, count + 1)}
    got = {text(ds, "SOPInstanceUID"): text(ds, "InstanceNumber") for ds in answers(rsp_dir)}
    if got != want:
        return ["images answered %r, the series holds %r" % (got, want)]
    return []


def associate(port):
    move = b"1.2.840.10008.5.1.4.1.2.2.2"
    plain = [b"1.2.840.10008.1.2.1", b"1.2.840.10008.1.2.2", b"1.2.840.10008.1.2"]
    s = R.connect(port)
    s.sendall(R.associate_rq([(1, move, plain), (3, move, plain),
                              (5, move, [b"1.2.840.10008.1.2.4.100"])], calling=b"AESKULAP"))
    kind, body = R.recv_pdu(s)
    if kind != 2:
        return ["association not accepted: PDU type %d" % kind]
    results, off = {}, 68
    while off + 4 <= len(body):
        item, _, n = struct.unpack_from(">BBH", body, off)
        if item == 0x21:
            results[body[off + 4]] = body[off + 6]
        off += 4 + n
    s.sendall(R.pdu(5, bytes(4)))
    kind, _ = R.recv_pdu(s)
    problems = [] if results == {1: 0, 3: 0, 5: 4} else ["contexts answered %r" % results]
    return problems + ([] if kind == 6 else ["release answered with PDU type %d" % kind])


def main(argv):
    cmd, args = (argv[1], argv[2:]) if len(argv) > 1 else ("", [])
    if cmd == "write" and len(args) == 1:
        return write(args[0])
    if cmd in ("study-uid", "series-uids", "sops") and args:
        _, study, suid = study_of(args[0])
        uids = {"study-uid": [suid],
                "series-uids": ["%s.%d" % (suid, s[0]) for s in study[5]],
                "sops": sorted("%s.%d.%d" % (suid, s[0], i) for s in study[5]
                               for i in range(1, s[5] + 1) if len(args) == 1 or s[0] == int(args[1]))}
        return print("\n".join(uids[cmd]))
    checks = {"studies": lambda: check_studies(args[0], args[1:]),
              "series": lambda: check_series(*args),
              "images": lambda: check_images(args[0], args[1], int(args[2])),
              "associate": lambda: associate(int(args[0]))}
    if cmd not in checks or not args:
        sys.exit(__doc__)
    problems = checks[cmd]()
    print("\n".join(problems), end="\n" if problems else "")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
