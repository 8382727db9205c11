#!/usr/bin/env python3
"""dgate driven the way pynetdicom 2.x's default AE drives a server, on the
wire (pynetdicom itself is not packaged for Debian): its A-ASSOCIATE-RQ
(implementation class UID 1.2.826.0.1.3680043.9.3811.2.0.2, version name
PYNETDICOM_202, maximum PDU 16382, 128 storage contexts each proposing its
default syntaxes Implicit VR LE, Explicit VR LE, Deflated Explicit VR LE
and Explicit VR Big Endian, odd IDs 1..255), its user identity, SOP class
(common) extended negotiation and SCP/SCU role selection items (SCU role 0,
SCP role 1, as build_role(uid, scp_role=True) sends them); its P-DATA-TF
habits (a command and its dataset in separate PDUs, one PDV each, as long
as the peer's maximum allows); message ID 1 and priority LOW for every
request (send_c_*()'s defaults); Command Data Set Type 0x0001; identifiers
encoded by pydicom in the accepted context's syntax; C-CANCEL with only
Message ID Being Responded To; A-RELEASE and A-ABORT as it sends them;
one association kept idle and reused; the called AE title ANY-SCP.

What pynetdicom would find broken is checked on every answer: each
response command set against PS3.7's tables (group length, order, the
elements that belong, valid UIDs, the message it answers), each dataset
decoded in its context's syntax (deflated too), every PDU within the 16382
announced, the role selection answered so that pynetdicom may act as SCP.
Expected answers come from the corpus written here, never from dgate.

Usage:
  pynetdicom_habits.py PORT DATADIR DEST DESTDIR
      DATADIR: dgate's MAGDevice0 (the stored files are read back from it);
      DEST: an AE title dgate moves to, a storage SCP writing into DESTDIR.
      Prints one line per check group; "N failures" and exit 1 when any failed.
  pynetdicom_habits.py scp PORT DIR
      pynetdicom's AE as a storage SCP on PORT, saving into DIR; a FAIL line
      for each thing it would not take.
"""
import io
import os
import random
import struct
import sys
import time
import zlib

from pydicom import dcmread
from pydicom.dataset import Dataset
from pydicom.filebase import DicomBytesIO
from pydicom.filereader import read_dataset
from pydicom.filewriter import write_dataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.uid import UID
from pydicom._uid_dict import UID_dictionary

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dicom_raw as R  # noqa: E402
import retrieve_raw as RR  # noqa: E402

ILE, ELE = "1.2.840.10008.1.2", "1.2.840.10008.1.2.1"
DEFLATED, EBE = "1.2.840.10008.1.2.1.99", "1.2.840.10008.1.2.2"
DEFAULT_SYNTAXES = [ILE, ELE, DEFLATED, EBE]  # pynetdicom 2.x, in its order
ECHO = "1.2.840.10008.1.1"
CT, MR = "1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.4"
P_FIND, P_MOVE, P_GET = ("1.2.840.10008.5.1.4.1.2.1.%d" % i for i in (1, 2, 3))
S_FIND, S_MOVE, S_GET = ("1.2.840.10008.5.1.4.1.2.2.%d" % i for i in (1, 2, 3))
STORAGE_SERVICE = "1.2.840.10008.4.2"
IMPLEMENTATION_UID = b"1.2.826.0.1.3680043.9.3811.2.0.2"
IMPLEMENTATION_VERSION = b"PYNETDICOM_202"
MAX_PDU = 16382
LOW = 2  # the priority of pynetdicom's send_c_*() unless told
ROOT = "1.2.826.0.1.3680043.2.1125.700"

FAILURES = []
SENT_IN = {}  # SOP instance UID: the syntax it was stored in


def check(ok, what):
    if not ok:
        FAILURES.append(what)
        print("FAIL:", what, flush=True)
    return ok


# ---- datasets: pydicom encodes, as pynetdicom has it do --------------------


def encode(ds, ts):
    fp = DicomBytesIO()
    fp.is_little_endian = ts != EBE
    fp.is_implicit_VR = ts == ILE
    write_dataset(fp, ds)
    raw = fp.getvalue()
    if ts == DEFLATED:
        z = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        raw = z.compress(raw) + z.flush()
        raw += b"\0" * (len(raw) % 2)  # PS3.5 A.5: padded to even length
    return raw


def decode(raw, ts):
    if ts == DEFLATED:
        # As strict as pynetdicom: a stream must be whole (its last block).
        raw = zlib.decompress(raw, -15)
    return read_dataset(io.BytesIO(raw), ts == ILE, ts != EBE)


def canonical(ds, big_endian=False):
    """The elements of a dataset as comparable values: pixel data as
    little-endian words whatever the syntax it was read in, sequences
    item by item, group 0002 left out."""
    out = []
    for elem in ds:
        if elem.tag.group == 2:
            continue
        if elem.VR == "SQ":
            out.append((elem.tag, [canonical(i, big_endian) for i in elem.value]))
        elif isinstance(elem.value, bytes):
            v = elem.value
            if big_endian and elem.tag == 0x7FE00010:
                v = b"".join(v[i + 1:i + 2] + v[i:i + 1] for i in range(0, len(v), 2))
            out.append((elem.tag, v))
        else:
            out.append((elem.tag, str(elem.value)))
    return out


# patient, name, study, series, modality, class, images, size (rows = cols)
CORPUS_SPEC = [
    ("PYPAT1", "PY^ONE", 1, 1, "CT", CT, 3, 16),
    ("PYPAT1", "PY^ONE", 1, 2, "MR", MR, 2, 16),
    ("PYPAT1", "PY^ONE", 2, 1, "CT", CT, 2, 16),
    ("PYPAT2", "MÜLLER^PY", 3, 1, "CT", CT, 2, 16),
    ("PYPAT3", "Wang^XiaoDong=王^小东", 5, 1, "MR", MR, 1, 16),  # UTF-8, as Python has it
    # One image a default syntax, stored in it; 128 KiB of pixels each, so
    # that their PDUs are full ones both ways.
    ("PYSYNTAX", "PY^SYNTAX", 4, 1, "CT", CT, 4, 256),
]


def corpus():
    """[(dataset, series, study, patient)], every dataset a new one."""
    out, k = [], 0
    for patient, name, study, series, modality, cls, count, size in CORPUS_SPEC:
        for n in range(1, count + 1):
            k += 1
            ds = Dataset()
            if not name.isascii():
                ds.SpecificCharacterSet = "ISO_IR 100" if max(name) < "\u0100" else "ISO_IR 192"
            ds.SOPClassUID = cls
            ds.SOPInstanceUID = "%s.%d.%d.%d" % (ROOT, study, series, n)
            ds.StudyDate = "2024010%d" % study
            ds.Modality = modality
            ds.PatientName = name
            ds.PatientID = patient
            ds.StudyInstanceUID = "%s.%d" % (ROOT, study)
            ds.SeriesInstanceUID = "%s.%d.%d" % (ROOT, study, series)
            ds.SeriesNumber = series
            ds.InstanceNumber = n
            code = Dataset()
            code.CodeValue, code.CodingSchemeDesignator = "PY%d" % study, "99PY"
            code.CodeMeaning = "pynetdicom habits"
            ds.ProcedureCodeSequence = Sequence([code])
            ds.SamplesPerPixel = 1
            ds.PhotometricInterpretation = "MONOCHROME2"
            ds.Rows = ds.Columns = size
            ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 16, 15
            ds.PixelRepresentation = 0
            # Noise, so that deflating leaves it as long.
            ds.add_new(0x7FE00010, "OW", random.Random(k).randbytes(size * size * 2))
            out.append(ds)
    return out


def by(ds_list, key):
    return sorted({str(getattr(d, key)) for d in ds_list})


# ---- the association -------------------------------------------------------


def user_items(extra=b""):
    """pynetdicom's user information: maximum length, implementation class
    UID, implementation version name, then its extended negotiation."""
    return R.item(0x51, struct.pack(">I", MAX_PDU)) + R.item(0x52, IMPLEMENTATION_UID) + \
        R.item(0x55, IMPLEMENTATION_VERSION) + extra


def user_identity(name, positive):
    """A User Identity sub-item: a username (type 1)."""
    return R.item(0x58, struct.pack(">BBH", 1, positive, len(name)) + name + struct.pack(">H", 0))


def sop_extended(uid, info):
    return R.item(0x56, struct.pack(">H", len(uid)) + uid + info)


def common_extended(uid, service):
    return R.item(0x57, struct.pack(">H", len(uid)) + uid + struct.pack(">H", len(service)) +
                  service + struct.pack(">H", 0))


def sub_items(item):
    """[(type, value)] of the sub-items of an item."""
    out, off = [], 0
    while off + 4 <= len(item):
        kind, _, n = struct.unpack_from(">BBH", item, off)
        out.append((kind, item[off + 4:off + 4 + n]))
        off += 4 + n
    return out


def parse_ac(body):
    """The variable items of an A-ASSOCIATE-AC (or -RQ): {"contexts": {id:
    (result, ts)}, "proposed": {id: (abstract, [syntaxes])} (RQ), "max",
    "impl", "roles": {uid: (scu, scp)}, "user": [types], "called",
    "calling", "app"}."""
    ac = {"contexts": {}, "roles": {}, "user": [], "max": None, "impl": None, "proposed": {},
          "called": body[4:20], "calling": body[20:36], "app": None}
    off = 68
    while off + 4 <= len(body):
        kind, _, n = struct.unpack_from(">BBH", body, off)
        item = body[off + 4:off + 4 + n]
        off += 4 + n
        if kind == 0x10:
            ac["app"] = item
        elif kind == 0x20:
            subs = sub_items(item[4:])
            ac["proposed"][item[0]] = (
                b"".join(v for k, v in subs if k == 0x30).decode().rstrip("\0"),
                [v.decode().rstrip("\0") for k, v in subs if k == 0x40])
        elif kind == 0x21:
            ts = None
            if len(item) >= 8 and item[4] == 0x40:
                ts = item[8:8 + struct.unpack_from(">H", item, 6)[0]].decode().rstrip("\0")
            ac["contexts"][item[0]] = (item[2], ts)
        elif kind == 0x50:
            sub = 0
            while sub + 4 <= len(item):
                k2, _, n2 = struct.unpack_from(">BBH", item, sub)
                v = item[sub + 4:sub + 4 + n2]
                sub += 4 + n2
                ac["user"].append(k2)
                if k2 == 0x51:
                    ac["max"] = struct.unpack(">I", v)[0]
                elif k2 == 0x52:
                    ac["impl"] = v
                elif k2 == 0x54:
                    ln = struct.unpack_from(">H", v)[0]
                    ac["roles"][v[2:2 + ln].decode()] = (v[2 + ln], v[3 + ln])
    return ac


class Client:
    """One association of a pynetdicom requestor: contexts are
    (abstract, [syntaxes]) given IDs 1, 3, 5... in order."""

    def __init__(self, port, contexts, extra=b"", calling=b"PYNETDICOM", called=b"CONQUESTSRV1"):
        self.proposed = {2 * i + 1: (a, ts) for i, (a, ts) in enumerate(contexts)}
        rq = R.associate_rq([(cid, a.encode(), [t.encode() for t in ts])
                             for cid, (a, ts) in self.proposed.items()],
                            calling=calling, called=called, user=user_items(extra))
        sock = R.connect(port, timeout=30)  # pynetdicom's ACSE and DIMSE timeouts
        sock.sendall(rq)
        kind, body = R.recv_pdu(sock)
        if kind != 2:
            raise SystemExit("FAIL: association not accepted: PDU type %d %r" % (kind, body[:12]))
        self.ac = parse_ac(body)
        self.peer = RR.Peer(sock)
        # pynetdicom's PDVs: as long as the peer's maximum PDU allows.
        self.chunk = self.ac["max"] - 6 if self.ac["max"] else 1 << 30

    def context(self, abstract, ts=None):
        """An accepted context of `abstract` (in syntax ts): (id, ts)."""
        for cid, (result, syntax) in sorted(self.ac["contexts"].items()):
            if result == 0 and self.proposed[cid][0] == abstract and ts in (None, syntax):
                return cid, syntax
        return None, None

    def send(self, cid, command, dataset=None, after=b""):
        self.peer.send(cid, command, dataset, self.chunk, after)

    def request(self, cid, fields, dataset=None, msg_id=1, after=b""):
        """A request (fields: [(elem, bytes)]) with pynetdicom's default
        message ID, 1 for every request (send_c_*'s msg_id=1). Returns it."""
        fields = sorted(fields + [(0x0110, RR.us(msg_id)),
                                  (0x0800, RR.us(0x0101 if dataset is None else 0x0001))])
        self.send(cid, R.command(fields), dataset, after)
        return msg_id

    def message(self):
        c, f, ds = self.peer.message()
        check(self.peer.largest <= MAX_PDU,
              "a P-DATA-TF of %d bytes, beyond the 16382 announced" % self.peer.largest)
        return c, f, ds

    def release(self):
        """A-RELEASE-RQ; True when the A-RELEASE-RP came and then the end."""
        self.peer.s.sendall(R.pdu(5, bytes(4)))
        kind, body = R.recv_pdu(self.peer.s)
        try:
            closed = self.peer.s.recv(1) == b""
        except OSError:
            closed = True
        self.peer.s.close()
        return kind == 6 and body == bytes(4) and closed


def us_of(f, elem):
    return struct.unpack("<H", f[elem])[0] if elem in f and len(f[elem]) == 2 else None


def uid_of(f, elem):
    return f[elem].rstrip(b"\0").decode("ascii", "replace") if elem in f else None


# PS3.7 9.3 and 9.1.2.1.x: the elements of each response (status-related
# Offending Element and Error Comment allowed in all).
RSP_ELEMENTS = {
    0x8030: {0x0002, 0x0100, 0x0120, 0x0800, 0x0900},
    0x8001: {0x0002, 0x0100, 0x0120, 0x0800, 0x0900, 0x1000},
    0x8020: {0x0002, 0x0100, 0x0120, 0x0800, 0x0900},
    0x8010: {0x0002, 0x0100, 0x0120, 0x0800, 0x0900, 0x1020, 0x1021, 0x1022, 0x1023},
    0x8021: {0x0002, 0x0100, 0x0120, 0x0800, 0x0900, 0x1020, 0x1021, 0x1022, 0x1023},
}
STORE_RQ_ELEMENTS = {0x0002, 0x0100, 0x0110, 0x0700, 0x0800, 0x1000, 0x1030, 0x1031}


def check_command(raw, what, allowed, required):
    """A command set as pynetdicom decodes it: Implicit VR LE, group 0000
    only, ascending, its group length right, even values, the elements
    that belong, UIDs valid."""
    off, last, seen = 0, -1, {}
    while off + 8 <= len(raw):
        group, elem, length = struct.unpack_from("<HHI", raw, off)
        value = raw[off + 8:off + 8 + length]
        if not check(group == 0 and elem > last and off + 8 + length <= len(raw) and length % 2 == 0,
                     "%s: element (%04x,%04x) of length %d out of place" % (what, group, elem, length)):
            return
        seen[elem] = value
        last, off = elem, off + 8 + length
    check(off == len(raw), "%s: %d bytes left over" % (what, len(raw) - off))
    check(0 in seen and struct.unpack("<I", seen[0])[0] == len(raw) - 12,
          "%s: Command Group Length missing or wrong" % what)
    extra = set(seen) - allowed - {0, 0x0901, 0x0902}
    check(not extra, "%s: elements that do not belong: %s" % (
        what, " ".join("(0000,%04x)" % e for e in sorted(extra))))
    missing = required - set(seen)
    check(not missing, "%s: missing %s" % (what, " ".join("(0000,%04x)" % e for e in sorted(missing))))
    for e in (0x0002, 0x1000):
        if e in seen:
            u = seen[e].rstrip(b"\0").decode("ascii", "replace")
            check(UID(u).is_valid and not seen[e].endswith(b" "),
                  "%s: (0000,%04x) %r is not a valid UID" % (what, e, seen[e]))
    if 0x0902 in seen:
        check(len(seen[0x0902].rstrip(b" \0")) <= 64, "%s: Error Comment over 64 characters" % what)


def response(cl, cid, msg_id, command, cls, what):
    """The next message, checked to be a response to msg_id on cid: (status,
    fields, decoded dataset or None)."""
    c, f, ds = cl.message()
    if not check(c != "pdu", "%s: PDU type %s instead of a response" % (what, f)):
        raise SystemExit(1)
    field = us_of(f, 0x100)
    if not check(field == command | 0x8000, "%s: command field 0x%04x, not 0x%04x" % (
            what, field or 0, command | 0x8000)):
        return None, f, None
    check_command(cl.peer.command, what, RSP_ELEMENTS[field], {0x0100, 0x0120, 0x0800, 0x0900})
    check(c == cid, "%s: on context %d, the request was on %d" % (what, c, cid))
    check(us_of(f, 0x120) == msg_id, "%s: answers message %s, not %d" % (what, us_of(f, 0x120), msg_id))
    check(uid_of(f, 0x0002) in (None, cls), "%s: Affected SOP Class UID %s, not %s" % (
        what, uid_of(f, 0x0002), cls))
    check((ds is None) == (us_of(f, 0x800) == 0x0101),
          "%s: Command Data Set Type 0x%04x with%s dataset" % (
              what, us_of(f, 0x800) or 0, "out a" if ds is None else " a"))
    decoded = None
    if ds is not None:
        try:
            decoded = decode(ds, cl.ac["contexts"][cid][1])
            canonical(decoded)  # every value read, as pynetdicom's debug log does
        except Exception as e:  # noqa: BLE001 -- what pydicom says is the finding
            check(False, "%s: the dataset does not decode in %s: %s" % (
                what, cl.ac["contexts"][cid][1], e))
            decoded = None
    if decoded is not None and "SpecificCharacterSet" not in decoded:
        # Without it a reader takes the values as ASCII (PS3.5 6.1.2.3).
        check(all(e.VR in ("SQ", "OB", "OW", "UN") or str(e.value).isascii() for e in decoded),
              "%s: values beyond ASCII without Specific Character Set" % what)
    return us_of(f, 0x900), f, decoded


def echo(cl, what, msg_id=1):
    cid, _ = cl.context(ECHO)
    msg = cl.request(cid, [(0x0002, ECHO.encode()), (0x0100, RR.us(0x30))], msg_id=msg_id)
    status, _, _ = response(cl, cid, msg, 0x30, ECHO, what)
    return check(status == 0, "%s: C-ECHO status %s" % (what, status))


def store(cl, ds, ts, what):
    cid, _ = cl.context(ds.SOPClassUID, ts)
    if not check(cid is not None, "%s: no context of %s in %s accepted" % (what, ds.SOPClassUID, ts)):
        return
    SENT_IN[ds.SOPInstanceUID] = cl.ac["contexts"][cid][1]
    msg = cl.request(cid, [(0x0002, ds.SOPClassUID.encode()), (0x0100, RR.us(1)),
                           (0x0700, RR.us(LOW)), (0x1000, ds.SOPInstanceUID.encode())],
                     encode(ds, cl.ac["contexts"][cid][1]))
    status, f, _ = response(cl, cid, msg, 1, ds.SOPClassUID, what)
    check(status == 0, "%s: C-STORE status %s" % (what, status))
    check(uid_of(f, 0x1000) in (None, ds.SOPInstanceUID), "%s: the response names %s" % (
        what, uid_of(f, 0x1000)))


def identifier(level, **keys):
    ds = Dataset()
    ds.QueryRetrieveLevel = level
    for k, v in keys.items():
        setattr(ds, k, v)
    return ds


def text(value):
    """A value as text; several values in sorted order (they are a set
    here: ModalitiesInStudy)."""
    if isinstance(value, MultiValue):
        return "\\".join(sorted(str(v) for v in value))
    return str(value)


def find(cl, cls, ts, query, keys, what, cancel=False):
    """C-FIND of `query` on cls's context in ts: the set of tuples of `keys`
    in the pending answers (None on a failure)."""
    cid, syntax = cl.context(cls, ts)
    if not check(cid is not None, "%s: no context of %s in %s" % (what, cls, ts)):
        return None
    # pynetdicom's C-CANCEL-RQ: Command Field, Message ID Being Responded
    # To, no dataset; sent when its user calls send_c_cancel: at once
    # (cancel="now": here in the request's own write, so that it is there
    # before dgate answers) or after the first answer (cancel="first").
    cancel_rq = R.command([(0x0100, RR.us(0x0FFF)), (0x0120, RR.us(1)), (0x0800, RR.us(0x0101))])
    msg = cl.request(cid, [(0x0002, cls.encode()), (0x0100, RR.us(0x20)), (0x0700, RR.us(LOW))],
                     encode(query, syntax),
                     after=R.pdata(cid, 3, cancel_rq) if cancel == "now" else b"")
    got, pending = set(), 0
    while True:
        status, _, ds = response(cl, cid, msg, 0x20, cls, what)
        if status not in (0xFF00, 0xFF01):
            break
        pending += 1
        if check(ds is not None, "%s: a pending response without identifier" % what) and ds:
            got.add(tuple(text(ds.get(k, "<absent>")) for k in keys))
        if cancel == "first" and pending == 1:
            cl.send(cid, cancel_rq)
    if cancel:
        return status, pending
    check(status == 0, "%s: final status %s" % (what, hex(status) if status is not None else None))
    return got


def expect_find(cl, cls, ts, level, query, keys, want, what):
    got = find(cl, cls, ts, identifier(level, **query), keys, what)
    if got is not None:
        check(got == want, "%s: found %s, expected %s" % (what, sorted(got), sorted(want)))


def retrieve(cl, cls, command, level, keys, what, dest=None):
    """C-GET (answering the C-STOREs with 0x0000, as pynetdicom's handler
    does) or C-MOVE to dest: (final status and counts, {sop: dataset})."""
    cid, syntax = cl.context(cls)
    if not check(cid is not None, "%s: no context of %s" % (what, cls)):
        return None, {}
    # pynetdicom pads an AE title with a space to even length.
    extra = [(0x0600, (dest + " " * (len(dest) % 2)).encode())] if dest else []
    msg = cl.request(cid, [(0x0002, cls.encode()), (0x0100, RR.us(command)), (0x0700, RR.us(LOW))] + extra,
                     encode(identifier(level, **keys), syntax))
    received = {}
    while True:
        c, f, ds = cl.message()
        if not check(c != "pdu", "%s: PDU type %s in the middle" % (what, f)):
            raise SystemExit(1)
        if us_of(f, 0x100) == 0x0001:
            check_command(cl.peer.command, what + " C-STORE-RQ", STORE_RQ_ELEMENTS,
                          STORE_RQ_ELEMENTS - {0x1030, 0x1031})
            cls_ctx, role = cl.proposed[c][0], cl.ac["roles"].get(cl.proposed[c][0])
            check(uid_of(f, 0x0002) == cls_ctx, "%s: a C-STORE of %s on a context of %s" % (
                what, uid_of(f, 0x0002), cls_ctx))
            check(role == (0, 1), "%s: a C-STORE on %s, where we are not SCP" % (what, cls_ctx))
            stored = None
            try:
                stored = decode(ds, cl.ac["contexts"][c][1])
                received[stored.SOPInstanceUID] = (stored, cl.ac["contexts"][c][1])
            except Exception as e:  # noqa: BLE001
                check(False, "%s: a C-STORE dataset that does not decode in %s: %s" % (
                    what, cl.ac["contexts"][c][1], e))
            check(stored is not None and uid_of(f, 0x1000) == stored.SOPInstanceUID,
                  "%s: the C-STORE names %s" % (what, uid_of(f, 0x1000)))
            cl.send(c, RR.store_rsp(f, 0x0000))
            continue
        check(c == cid and us_of(f, 0x100) == command | 0x8000 and us_of(f, 0x120) == msg,
              "%s: an unexpected message %s" % (what, {k: v[:20] for k, v in f.items()}))
        check_command(cl.peer.command, what, RSP_ELEMENTS[command | 0x8000],
                      {0x0100, 0x0120, 0x0800, 0x0900})
        status = us_of(f, 0x900)
        if status == 0xFF00:
            check(all(e in f for e in (0x1020, 0x1021, 0x1022, 0x1023)),
                  "%s: a pending response without its four counts" % what)
            continue
        counts = tuple(us_of(f, e) for e in (0x1021, 0x1022, 0x1023))
        return (status,) + counts, received


def same(ds, stored, stored_ts, what):
    """Is `stored` (read in stored_ts) the dataset ds as it was sent? (Its
    pixel bytes are words in the syntax it was sent in: pydicom swaps none.)"""
    a = canonical(ds, SENT_IN.get(ds.SOPInstanceUID) == EBE)
    b = canonical(stored, stored_ts == EBE)
    if a != b:
        da, db = dict(a), dict(b)
        diff = sorted({t for t in set(da) | set(db) if da.get(t) != db.get(t)})
        check(False, "%s: differs in %s" % (what, " ".join("(%04x,%04x)" % (t.group, t.element)
                                                         for t in diff[:8])))
        return False
    return True


def files_under(top):
    """{sop: (dataset, ts)} of the DICOM files under top."""
    out = {}
    for d, _, names in os.walk(top):
        for n in names:
            try:
                ds = dcmread(os.path.join(d, n))
            except Exception:  # noqa: BLE001 -- not DICOM: the index and logs
                continue
            if "SOPInstanceUID" in ds:
                out[ds.SOPInstanceUID] = (ds, ds.file_meta.TransferSyntaxUID)
    return out


# ---- pynetdicom's AE as a storage SCP: the C-MOVE destination ---------------


def scp(port, out):
    """Accept each storage context in the first of its proposed syntaxes
    that is a default one (in the requestor's order, as pynetdicom does),
    announcing 16382; save each C-STORE as OUT/X.<sop> in its context's
    syntax, answer 0x0000; print a FAIL line for what pynetdicom would
    not take. Serves until killed."""
    for conn in R.serve(port):
        conn.settimeout(30)
        try:
            kind, body = R.recv_pdu(conn)
            if kind != 1:
                conn.close()
                continue
            rq = parse_ac(body)
            check(rq["app"] == R.APP and rq["max"] is not None and rq["impl"] and
                  rq["calling"].strip() and 0 < len(rq["proposed"]) <= 128 and
                  all(c % 2 for c in rq["proposed"]) and
                  all(UID(a).is_valid and ts for a, ts in rq["proposed"].values()),
                  "SCP: an A-ASSOCIATE-RQ pynetdicom would refuse: %r" % rq)
            stores = 0
            ac = RR.associate_ac(body, lambda syntaxes: next(
                (t for t in syntaxes if t.rstrip(b"\0").decode() in DEFAULT_SYNTAXES), None),
                user_items())
            conn.sendall(ac)
            syntaxes = {c: ts.encode() for c, (r, ts) in parse_ac(ac[6:])["contexts"].items() if r == 0}
            peer = RR.Peer(conn)
            while True:
                c, f, ds = peer.message()
                check(peer.largest <= MAX_PDU, "SCP: a P-DATA-TF of %d bytes" % peer.largest)
                if c == "pdu":
                    if f == 5:
                        conn.sendall(R.pdu(6, bytes(4)))
                    break
                check_command(peer.command, "SCP: C-STORE-RQ", STORE_RQ_ELEMENTS,
                              STORE_RQ_ELEMENTS - {0x1030, 0x1031})
                if not check(c in syntaxes and us_of(f, 0x100) == 1, "SCP: a message on context %s" % c):
                    break
                try:
                    decode(ds, syntaxes[c].decode())
                except Exception as e:  # noqa: BLE001
                    check(False, "SCP: a dataset that does not decode in %s: %s" % (syntaxes[c], e))
                # The C-MOVE came from PYNETDICOM with message ID 1.
                check((f.get(0x1030, b"").strip().decode(), us_of(f, 0x1031)) == ("PYNETDICOM", 1),
                      "SCP: Move Originator %r, message %s" % (f.get(0x1030), us_of(f, 0x1031)))
                RR.save(out, syntaxes, c, f, ds)
                peer.send(c, RR.store_rsp(f, 0), chunk=MAX_PDU - 6)
                stores += 1
            print("SCP: %d stores, longest P-DATA-TF %d" % (stores, peer.largest))
        except (ConnectionError, OSError) as e:
            check(False, "SCP: %s" % e)
        conn.close()
        sys.stdout.flush()


# ---- the habits ------------------------------------------------------------


def storage_classes():
    """pynetdicom's StoragePresentationContexts: at most 128 storage
    classes (CT and MR among them), each with the default syntaxes."""
    others = sorted(uid for uid, v in UID_dictionary.items()
                    if v[1] == "SOP Class" and v[0].endswith("Storage") and uid not in (CT, MR))
    return [CT, MR] + others[:126]


def main(port, datadir, dest, destdir):
    images = corpus()
    syntax_images = images[-4:]
    plain = images[:-4]

    # 1. The storage association: 128 contexts of four syntaxes each.
    classes = storage_classes()
    cl = Client(port, [(c, DEFAULT_SYNTAXES) for c in classes],
                user_identity(b"pyuser", 1) + common_extended(CT.encode(), STORAGE_SERVICE.encode()))
    ac = cl.ac
    check(ac["called"] == R.ae(b"CONQUESTSRV1") and ac["calling"] == R.ae(b"PYNETDICOM"),
          "AC: the AE titles are not those of the RQ")
    check(ac["app"] == R.APP, "AC: application context %r" % ac["app"])
    check(sorted(ac["contexts"]) == sorted(cl.proposed), "AC: contexts %s answered, %d proposed" % (
        sorted(ac["contexts"])[:5], len(cl.proposed)))
    check(ac["max"] is not None and ac["impl"], "AC: no maximum length or implementation class UID")
    check(0x57 not in ac["user"], "AC: a SOP Class Common Extended Negotiation answer (it has none)")
    for cid, (result, ts) in ac["contexts"].items():
        check(result in (0, 1, 2, 3, 4), "AC: context %d result %d" % (cid, result))
        check(result != 0 or ts in DEFAULT_SYNTAXES, "AC: context %d accepted in %s" % (cid, ts))
    accepted = [c for c, (r, _) in ac["contexts"].items() if r == 0]
    for uid in (CT, MR):
        check(cl.context(uid)[0] is not None, "AC: %s not accepted" % uid)
    print("storage association: %d contexts, %d accepted, dgate's max PDU %s" % (
        len(ac["contexts"]), len(accepted), ac["max"]))
    for ds in plain:
        store(cl, ds, None, "store %s" % ds.SOPInstanceUID)
    check(cl.release(), "storage association: no A-RELEASE-RP, or not closed after it")

    # 2. One association for the rest, reused: echo, a context per default
    #    syntax for CT and for Study Root C-FIND, the Q/R classes with the
    #    four, SOP class extended negotiation for C-FIND (relational,
    #    date-time, fuzzy), a user identity without positive response.
    qr = [(c, DEFAULT_SYNTAXES) for c in (P_FIND, S_FIND, P_MOVE, S_MOVE)]
    cl = Client(port, [(ECHO, DEFAULT_SYNTAXES)] + [(CT, [t]) for t in DEFAULT_SYNTAXES] +
                [(S_FIND, [t]) for t in DEFAULT_SYNTAXES] + qr,
                user_identity(b"pyuser", 0) + sop_extended(S_FIND.encode(), b"\1\1\1"))
    echo(cl, "echo")
    for ds, ts in zip(syntax_images, DEFAULT_SYNTAXES):
        store(cl, ds, ts, "store in %s" % ts)
    stored = files_under(datadir)
    for ds in images:
        if check(ds.SOPInstanceUID in stored, "%s is not stored" % ds.SOPInstanceUID):
            f, ts = stored[ds.SOPInstanceUID]
            same(ds, f, ts, "stored %s (%s)" % (ds.SOPInstanceUID, ts))
    print("stored: %d of %d" % (sum(ds.SOPInstanceUID in stored for ds in images), len(images)))

    # C-FIND at each level of both models, in each syntax accepted.
    pat1 = [d for d in images if d.PatientID == "PYPAT1"]
    study1 = [d for d in images if d.StudyInstanceUID == ROOT + ".1"]
    series11 = [d for d in images if d.SeriesInstanceUID == ROOT + ".1.1"]
    for ts in DEFAULT_SYNTAXES:
        if cl.context(S_FIND, ts)[0] is None:
            print("study root C-FIND in %s: context not accepted" % ts)
            continue
        # An empty sequence among the return keys, as pydicom writes one.
        expect_find(cl, S_FIND, ts, "STUDY", {"PatientID": "PY*", "StudyInstanceUID": "",
                                              "PatientName": "", "ProcedureCodeSequence": []},
                    ("StudyInstanceUID", "PatientName"),
                    {(d.StudyInstanceUID, str(d.PatientName)) for d in images}, "study root STUDY " + ts)
    for model, cls in (("patient", P_FIND), ("study", S_FIND)):
        if model == "patient":
            expect_find(cl, cls, None, "PATIENT", {"PatientID": "PY*", "PatientName": ""},
                        ("PatientID", "PatientName"),
                        {(d.PatientID, str(d.PatientName)) for d in images}, "patient root PATIENT")
            expect_find(cl, cls, None, "STUDY", {"PatientID": "PYPAT1", "StudyInstanceUID": "",
                                                 "StudyDate": ""},
                        ("StudyInstanceUID", "StudyDate"),
                        {(d.StudyInstanceUID, d.StudyDate) for d in pat1}, "patient root STUDY")
        else:
            # A date range; and the study's counts and modalities, which
            # dgate answers with what it holds (optional keys: PS3.4 C.3.4).
            expect_find(cl, cls, None, "STUDY", {"StudyDate": "20240102-20240103", "StudyInstanceUID": ""},
                        ("StudyInstanceUID",),
                        {(d.StudyInstanceUID,) for d in images if d.StudyDate in ("20240102", "20240103")},
                        "study root STUDY date range")
            counts = ("NumberOfStudyRelatedInstances", "NumberOfStudyRelatedSeries", "ModalitiesInStudy")
            got = find(cl, cls, None, identifier("STUDY", PatientID="PYPAT1", StudyInstanceUID="",
                                                 **{k: "" for k in counts}),
                       ("StudyInstanceUID",) + counts, "study root STUDY counts")
            want = {(u, str(sum(d.StudyInstanceUID == u for d in images)),
                     str(len({d.SeriesInstanceUID for d in images if d.StudyInstanceUID == u})),
                     "\\".join(sorted({d.Modality for d in images if d.StudyInstanceUID == u})))
                    for u in by(pat1, "StudyInstanceUID")}
            check(got is None or got == want or all("<absent>" in g or "" in g for g in got),
                  "study root STUDY counts: %s, expected %s" % (sorted(got or ()), sorted(want)))
        base = {"PatientID": "PYPAT1"} if model == "patient" else {}
        expect_find(cl, cls, None, "SERIES", dict(base, StudyInstanceUID=ROOT + ".1",
                                                  SeriesInstanceUID="", Modality=""),
                    ("SeriesInstanceUID", "Modality"),
                    {(d.SeriesInstanceUID, d.Modality) for d in study1}, model + " root SERIES")
        expect_find(cl, cls, None, "IMAGE", dict(base, StudyInstanceUID=ROOT + ".1",
                                                 SeriesInstanceUID=ROOT + ".1.1",
                                                 SOPInstanceUID="", InstanceNumber=""),
                    ("SOPInstanceUID", "InstanceNumber"),
                    {(d.SOPInstanceUID, str(d.InstanceNumber)) for d in series11}, model + " root IMAGE")
    print("C-FIND done")

    # Idle as a user between two requests, then many requests in a row.
    time.sleep(3)
    ok = all(echo(cl, "echo %d after idling" % i, msg_id=i) for i in range(2, 42))
    print("idle and 40 echoes:", "ok" if ok else "failed")

    # C-CANCEL of a C-FIND of every image, there with the request: 0xFE00
    # before any match; sent after the first answer, when dgate may
    # have answered all: 0xFE00 or 0x0000, and a late C-CANCEL ignored.
    # Either way no answer after the final one (the echo's is next).
    # (find_stream.sh cancels in the middle of 50000 matches.)
    every = identifier("IMAGE", StudyInstanceUID="", SOPInstanceUID="")
    status, pending = find(cl, S_FIND, None, every, ("SOPInstanceUID",), "find cancelled at once",
                           cancel="now")
    check(status == 0xFE00 and pending == 0,
          "find cancelled at once: final 0x%04x after %d pending" % (status or 0, pending))
    echo(cl, "echo after the cancel")
    status, pending = find(cl, S_FIND, None, every, ("SOPInstanceUID",), "find cancelled after one",
                           cancel="first")
    check(status in (0xFE00, 0) and pending <= len(images) and (status == 0xFE00 or pending == len(images)),
          "find cancelled after one: final 0x%04x after %d pending" % (status or 0, pending))
    echo(cl, "echo after the late cancel")
    print("cancel after one: final 0x%04x after %d pending" % (status or 0, pending))

    # C-MOVE to the storage SCP: a series by study root, a patient by
    # patient root.
    result, _ = retrieve(cl, S_MOVE, 0x21, "SERIES",
                         {"StudyInstanceUID": ROOT + ".1", "SeriesInstanceUID": ROOT + ".1.2"},
                         "move series", dest)
    check(result == (0, 2, 0, 0), "move series: final %s" % (result,))
    for patient, count in (("PYPAT2", 2), ("PYSYNTAX", 4)):
        result, _ = retrieve(cl, P_MOVE, 0x21, "PATIENT", {"PatientID": patient}, "move " + patient, dest)
        check(result == (0, count, 0, 0), "move %s: final %s" % (patient, result))
    moved = files_under(destdir)
    want = [d for d in images if d.SeriesInstanceUID == ROOT + ".1.2" or
            d.PatientID in ("PYPAT2", "PYSYNTAX")]
    check(sorted(moved) == sorted(d.SOPInstanceUID for d in want), "moved: %s" % sorted(moved))
    for d in want:
        if d.SOPInstanceUID in moved:
            same(d, moved[d.SOPInstanceUID][0], moved[d.SOPInstanceUID][1], "moved " + d.SOPInstanceUID)
    print("C-MOVE done")
    check(cl.release(), "query association: no A-RELEASE-RP, or not closed after it")

    # 3. C-GET as pynetdicom's getscu: the Get classes, and storage classes
    #    up to 128 contexts, all with the default syntaxes and role
    #    selection SCU 0 / SCP 1 for each storage class.
    storage = classes[:126]
    roles = b"".join(RR.role_item(c.encode(), 0, 1) for c in storage)
    cl = Client(port, [(c, DEFAULT_SYNTAXES) for c in [P_GET, S_GET] + storage], roles)
    for c in storage:
        if cl.context(c)[0] is not None:
            check(cl.ac["roles"].get(c) == (0, 1), "C-GET AC: the role answer for %s is %s, not (0, 1)" % (
                c, cl.ac["roles"].get(c)))
    for cls, level, keys, want in (
            # A C-FIND's identifier reused, its empty return keys with it.
            (S_GET, "STUDY", {"StudyInstanceUID": ROOT + ".1", "PatientName": "", "StudyDate": ""},
             study1),
            (P_GET, "PATIENT", {"PatientID": "PYSYNTAX"}, syntax_images),
            (S_GET, "IMAGE", {"StudyInstanceUID": ROOT + ".2", "SeriesInstanceUID": ROOT + ".2.1",
                              "SOPInstanceUID": ROOT + ".2.1.2"},
             [d for d in images if d.SOPInstanceUID == ROOT + ".2.1.2"])):
        what = "get %s %s" % (level, list(keys.values())[0])
        result, got = retrieve(cl, cls, 0x10, level, keys, what)
        check(result == (0, len(want), 0, 0), "%s: final %s" % (what, result))
        check(sorted(got) == sorted(d.SOPInstanceUID for d in want), "%s: received %s" % (what, sorted(got)))
        for d in want:
            if d.SOPInstanceUID in got:
                same(d, got[d.SOPInstanceUID][0], got[d.SOPInstanceUID][1], what + " " + d.SOPInstanceUID)
        print("%s: %s" % (what, result))
    print("C-GET: the longest P-DATA-TF %d bytes" % cl.peer.largest)
    check(cl.release(), "C-GET association: no A-RELEASE-RP, or not closed after it")

    # 4. The called AE title ae.associate() sends unless told: ANY-SCP.
    cl = Client(port, [(ECHO, DEFAULT_SYNTAXES)], called=b"ANY-SCP")
    echo(cl, "echo to ANY-SCP")
    check(cl.release(), "ANY-SCP: no A-RELEASE-RP")

    # 5. A-ABORT as pynetdicom sends it (source 0, reason 0): between
    #    requests, and from a user who stops a C-GET at its first C-STORE
    #    (breaking out of send_c_get's generator, then assoc.abort()); then
    #    dgate still serves.
    cl = Client(port, [(ECHO, DEFAULT_SYNTAXES)])
    echo(cl, "echo before abort")
    cl.peer.s.sendall(R.pdu(7, bytes(4)))
    cl.peer.s.close()
    cl = Client(port, [(c, DEFAULT_SYNTAXES) for c in (S_GET, CT)], RR.role_item(CT.encode(), 0, 1))
    cid, syntax = cl.context(S_GET)
    cl.request(cid, [(0x0002, S_GET.encode()), (0x0100, RR.us(0x10)), (0x0700, RR.us(LOW))],
               encode(identifier("STUDY", StudyInstanceUID=ROOT + ".4"), syntax))
    c, f, _ = cl.message()
    check(c != "pdu" and us_of(f, 0x100) == 1, "abort in a C-GET: no C-STORE-RQ came first")
    cl.peer.s.sendall(R.pdu(7, bytes(4)))
    cl.peer.s.close()
    cl = Client(port, [(ECHO, DEFAULT_SYNTAXES)])
    echo(cl, "echo after an abort")
    check(cl.release(), "after abort: no A-RELEASE-RP")

    print("%d failures" % len(FAILURES))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "scp":
        scp(int(sys.argv[2]), sys.argv[3])
    elif len(sys.argv) == 5:
        sys.exit(main(int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]))
    else:
        sys.stderr.write(__doc__)
        sys.exit(2)
