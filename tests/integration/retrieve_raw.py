#!/usr/bin/env python3
"""Raw DICOM for the C-MOVE and C-GET tests (on top of dicom_raw.py): a test
corpus written byte by byte, C-MOVE and C-GET requests with the final
response's counts and Failed SOP Instance UID List, C-CANCEL, hostile
identifiers, and a storage SCP that answers every C-STORE with the status
it is told to (what no toolkit's SCP does).

Usage:
  retrieve_raw.py corpus DIR             write the corpus into DIR (one file per
                                         instance, <sop>.dcm); prints
                                         "<sop> <ts> <study> <series>" per file
  retrieve_raw.py dataset FILE...        md5 of the dataset bytes after the meta header,
                                         one line per file
  retrieve_raw.py move PORT DEST MODEL LEVEL KEY=VALUE... [OPTION=VALUE...]
  retrieve_raw.py get PORT MODEL LEVEL KEY=VALUE... [OPTION=VALUE...]
                                         one C-MOVE (C-GET: answering the C-STOREs,
                                         each storage class offered in one context
                                         per syntax, with the SCP role);
                                         MODEL is P, S or O (patient root, study
                                         root, patient/study only); prints
                                         "final 0xSSSS completed=C failed=F warning=W
                                         remaining=R pending=N listed=L stored=S"
                                         (a count the final response lacks is "none")
    options: pending=FILE                one line per pending response into FILE:
                                         "remaining=R completed=C failed=F warning=W"
             failed=FILE                 the final response's Failed SOP Instance UID
                                         List into FILE, one UID a line
             (C-GET only) roles=0        no SCP role for the storage classes
             ts=ele|ile|be               the one syntax offered for storage
             out=DIR                     C-STOREs saved into DIR as X.<sop>
             answer=HEX[,HEX...]         the C-STORE-RSP statuses, in turn (default 0000)
             log=FILE                    "store <sop> <status>" per C-STORE into FILE
  retrieve_raw.py cancel-move PORT DEST LEVEL KEY=VALUE... [OPTION=VALUE...]
  retrieve_raw.py cancel-get PORT LEVEL KEY=VALUE... [OPTION=VALUE...]
                                         as move/get (study root), with a
                                         C-CANCEL-RQ after the first pending response
  retrieve_raw.py hostile PORT DEST [CASE...]
  retrieve_raw.py hostile-get PORT [CASE...] [out=DIR]
                                         hostile identifiers by C-MOVE to DEST or by
                                         C-GET (all cases, or those named; the C-GET's
                                         C-STOREs saved into DIR as X.<sop>);
                                         "<case> 0xSSSS ..." each, its pending
                                         responses' counts under it ("  pending
                                         remaining=R ..."), then "echo ok"
  retrieve_raw.py failscp PORT STATUS[,STATUS...] LOG [DELAY]
                                         a storage SCP answering the C-STOREs with
                                         the STATUSes (hex) in turn, after DELAY
                                         seconds; one line "store <sop> <bytes>" per
                                         C-STORE in LOG
"""
import hashlib
import os
import struct
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dicom_raw as R  # noqa: E402

ILE = b"1.2.840.10008.1.2"
ELE = b"1.2.840.10008.1.2.1"
CT = b"1.2.840.10008.5.1.4.1.1.2"
MR = b"1.2.840.10008.5.1.4.1.1.4"
SC = b"1.2.840.10008.5.1.4.1.1.7"
MODELS = {"P": b"1.2.840.10008.5.1.4.1.2.1", "S": b"1.2.840.10008.5.1.4.1.2.2",
          "O": b"1.2.840.10008.5.1.4.1.2.3"}
FIND_STUDY_ROOT = b"1.2.840.10008.5.1.4.1.2.2.1"
KEYS = {"PatientID": (0x0010, 0x0020), "StudyInstanceUID": (0x0020, 0x000D),
        "SeriesInstanceUID": (0x0020, 0x000E), "SOPInstanceUID": (0x0008, 0x0018),
        "QueryRetrieveLevel": (0x0008, 0x0052)}
ROOT = "1.2.826.0.1.3680043.2.1125.600"

# ---- the corpus --------------------------------------------------------------


def implicit(group, elem, value):
    if len(value) % 2:
        value += b"\0"
    return struct.pack("<HHI", group, elem, len(value)) + value


def part10(path, sop_class, sop, ts, elements, pixels):
    """A Part-10 file: elements are (group, elem, vr, bytes), written in tag
    order in `ts` (Implicit or Explicit VR LE), then 16-bit pixel data."""
    meta = R.explicit(2, 1, b"OB", b"\0\1") + R.explicit(2, 2, b"UI", sop_class) + \
        R.explicit(2, 3, b"UI", sop) + R.explicit(2, 0x10, b"UI", ts) + \
        R.explicit(2, 0x12, b"UI", b"1.2.826.0.1.3680043.2.1125.0")
    meta = R.explicit(2, 0, b"UL", struct.pack("<I", len(meta))) + meta
    ds = b""
    for g, e, vr, v in sorted(elements + [(8, 0x16, b"UI", sop_class), (8, 0x18, b"UI", sop)]):
        if len(v) % 2:
            v += b"\0" if vr == b"UI" else b" "
        ds += implicit(g, e, v) if ts == ILE else R.explicit(g, e, vr, v)
    if ts == ILE:
        ds += struct.pack("<HHI", 0x7FE0, 0x10, len(pixels)) + pixels
    else:
        ds += struct.pack("<HH2sHI", 0x7FE0, 0x10, b"OW", 0, len(pixels)) + pixels
    with open(path, "wb") as f:
        f.write(bytes(128) + b"DICM" + meta + ds)


# patient, name, study, series, modality, class, syntax, images
CORPUS = [
    ("RETPAT1", b"RET^ONE", ".1", ".1.1", b"CT", CT, ELE, 3),
    ("RETPAT1", b"RET^ONE", ".1", ".1.2", b"CT", CT, ILE, 2),
    ("RETPAT1", b"RET^ONE", ".1", ".1.3", b"MR", MR, ELE, 2),
    ("RETPAT1", b"RET^ONE", ".1", ".1.4", b"OT", SC, ILE, 2),
    ("RETPAT1", b"RET^ONE", ".2", ".2.1", b"CT", CT, ELE, 1),
    ("RET'PAT2", b"O'QUOTE^X", ".3", ".3.1", b"OT", SC, ELE, 2),
]


def corpus(out):
    us = lambda n: struct.pack("<H", n)
    k = 0
    for patient, name, study, series, modality, cls, ts, count in CORPUS:
        for n in range(1, count + 1):
            k += 1
            sop = (ROOT + series + "." + str(n)).encode()
            ramp = bytes((i * 7 + k * 13) & 0xFF for i in range(32 * 32 * 2))
            els = [(8, 0x60, b"CS", modality), (0x10, 0x10, b"PN", name),
                   (0x10, 0x20, b"LO", patient.encode()),
                   (0x20, 0xD, b"UI", (ROOT + study).encode()),
                   (0x20, 0xE, b"UI", (ROOT + series).encode()),
                   (0x20, 0x11, b"IS", series.split(".")[-1].encode()),
                   (0x20, 0x13, b"IS", str(n).encode()),
                   (0x28, 2, b"US", us(1)), (0x28, 4, b"CS", b"MONOCHROME2"),
                   (0x28, 0x10, b"US", us(32)), (0x28, 0x11, b"US", us(32)),
                   (0x28, 0x100, b"US", us(16)), (0x28, 0x101, b"US", us(16)),
                   (0x28, 0x102, b"US", us(15)), (0x28, 0x103, b"US", us(0))]
            part10(os.path.join(out, sop.decode() + ".dcm"), cls, sop, ts, els, ramp)
            print(sop.decode(), ts.decode(), ROOT + study, ROOT + series)


def dataset_md5(path):
    data = open(path, "rb").read()
    if data[128:132] != b"DICM":
        raise SystemExit("%s: no DICM" % path)
    (meta_len,) = struct.unpack_from("<I", data, 132 + 8)
    print(hashlib.md5(data[132 + 12 + meta_len:]).hexdigest())


# ---- messages ----------------------------------------------------------------


def us(v):
    return struct.pack("<H", v)


def role_item(uid, scu, scp):
    """An SCP/SCU Role Selection sub-item (PS3.7 D.3.3.4)."""
    return R.item(0x54, struct.pack(">H", len(uid)) + uid + bytes([scu, scp]))


def associate_rq(contexts, roles=()):
    user = R.item(0x51, struct.pack(">I", 16384)) + R.item(0x52, b"1.2.3.4")
    user += b"".join(role_item(uid, 1, 1) for uid in roles)
    return R.associate_rq(contexts, user=user)


class Peer:
    """An association: PDVs in, whole messages out."""

    def __init__(self, sock):
        self.s = sock
        self.pdvs = []
        self.largest = 0  # the longest P-DATA-TF body received
        self.command = b""  # the last command set received, as it came

    def pdv(self):
        while not self.pdvs:
            kind, body = R.recv_pdu(self.s)
            if kind != 4:
                return kind, None, None, None
            self.largest = max(self.largest, len(body))
            off = 0
            while off + 6 <= len(body):
                (n,) = struct.unpack_from(">I", body, off)
                self.pdvs.append((body[off + 4], body[off + 5], body[off + 6:off + 4 + n]))
                off += 4 + n
        cid, ctrl, data = self.pdvs.pop(0)
        return 4, cid, ctrl, data

    def message(self):
        """(ctx, command fields, dataset bytes or None); ('pdu', type) otherwise."""
        cmd = b""
        while True:
            kind, cid, ctrl, data = self.pdv()
            if kind != 4:
                return "pdu", kind, None
            cmd += data
            if ctrl & 2:
                break
        self.command = cmd
        f = fields(cmd)
        if struct.unpack("<H", f[0x800])[0] == 0x0101:
            return cid, f, None
        ds = b""
        while True:
            kind, _, ctrl, data = self.pdv()
            if kind != 4:
                return "pdu", kind, None
            ds += data
            if ctrl & 2:
                return cid, f, ds

    def send(self, cid, command, dataset=None, chunk=16000, after=b""):
        """The command, then the dataset, each in PDVs of at most `chunk`
        bytes, one PDV a P-DATA-TF (the command in one when it fits), and
        the PDUs `after` in the same write (already there when the server
        has read the message)."""
        pdus = []
        for flags, data in ((1, command), (0, dataset)):
            if data is None:
                continue
            for off in range(0, max(len(data), 1), chunk):
                last = off + chunk >= len(data)
                pdus.append(R.pdata(cid, flags | (2 if last else 0), data[off:off + chunk]))
        self.s.sendall(b"".join(pdus) + after)


def fields(cmd):
    out, off = {}, 0
    while off + 8 <= len(cmd):
        group, elem, length = struct.unpack_from("<HHI", cmd, off)
        out[elem] = cmd[off + 8:off + 8 + length]
        off += 8 + length
    return out


def elements(ds):
    """Implicit VR LE top-level elements: {(group, elem): bytes}."""
    out, off = {}, 0
    while off + 8 <= len(ds):
        group, elem, length = struct.unpack_from("<HHI", ds, off)
        out[(group, elem)] = ds[off + 8:off + 8 + length]
        off += 8 + length
    return out


def identifier(level, keys):
    items = [(KEYS["QueryRetrieveLevel"], level.encode())] if level is not None else []
    for k, v in keys:
        items.append((KEYS[k], v if isinstance(v, bytes) else v.encode()))
    return b"".join(implicit(g, e, v) for (g, e), v in sorted(items))


def retrieve_rq(command, cls, msg_id, dest=None, dataset_type=0):
    f = [(0x0002, cls), (0x0100, us(command)), (0x0110, us(msg_id))]
    if dest is not None:
        f.append((0x0600, dest))
    f += [(0x0700, us(0)), (0x0800, us(dataset_type))]
    return R.command(f)


def cancel_rq(msg_id):
    return R.command([(0x0100, us(0x0FFF)), (0x0120, us(msg_id)), (0x0800, us(0x0101))])


def store_rsp(f, status):
    return R.command([(0x0002, f[2]), (0x0100, us(0x8001)), (0x0120, f[0x110]),
                      (0x0800, us(0x0101)), (0x0900, us(status)), (0x1000, f[0x1000])])


def save(out, syntaxes, cid, f, ds):
    """Write a received C-STORE as OUT/<modality-less sop> with its meta header."""
    sop = f[0x1000].rstrip(b"\0")
    meta = R.explicit(2, 1, b"OB", b"\0\1") + R.explicit(2, 2, b"UI", f[2].rstrip(b"\0")) + \
        R.explicit(2, 3, b"UI", sop) + R.explicit(2, 0x10, b"UI", syntaxes[cid]) + \
        R.explicit(2, 0x12, b"UI", b"1.2.826.0.1.3680043.2.1125.0")
    meta = R.explicit(2, 0, b"UL", struct.pack("<I", len(meta))) + meta
    with open(os.path.join(out, "X." + sop.decode()), "wb") as fp:
        fp.write(bytes(128) + b"DICM" + meta + ds)


def count_field(f, elem):
    """A count of a response, or "none" when it is absent."""
    return str(struct.unpack("<H", f[elem])[0]) if elem in f else "none"


def run(peer, cid, msg_id, cancel_after=None, opts=None, syntaxes=None):
    """Read responses to request msg_id, answering C-STOREs (C-GET) with
    opts' `answer` statuses in turn (and saving them into its `out`); send a
    C-CANCEL-RQ after `cancel_after` pending responses; write the counts of
    each pending response into `pending` and the Failed SOP Instance UID
    List into `failed` when opts name them. Returns the summary line."""
    opts = opts or {}
    answers = [int(a, 16) for a in opts.get("answer", "0000").split(",")]
    pending, stored, failed_uids = [], 0, []
    while True:
        c, f, ds = peer.message()
        if c == "pdu":
            return "pdu %d" % f
        cmd = struct.unpack("<H", f[0x100])[0]
        if cmd == 0x0001:
            if opts.get("out"):
                save(opts["out"], syntaxes, c, f, ds)
            answer = answers[stored % len(answers)]
            if opts.get("log"):
                with open(opts["log"], "a") as out:
                    out.write("store %s %04x\n" % (f[0x1000].rstrip(b"\0").decode(), answer))
            peer.send(c, store_rsp(f, answer))
            stored += 1
            continue
        status = struct.unpack("<H", f[0x900])[0]
        if status == 0xFF00:
            pending.append("remaining=%s completed=%s failed=%s warning=%s" % tuple(
                count_field(f, e) for e in (0x1020, 0x1021, 0x1022, 0x1023)))
            if cancel_after is not None and len(pending) == cancel_after:
                peer.send(cid, cancel_rq(msg_id))
            continue
        if ds:
            v = elements(ds).get((0x0008, 0x0058), b"").rstrip(b"\0 ")
            failed_uids = v.decode().split("\\") if v else []
        for name, lines in (("pending", pending), ("failed", failed_uids)):
            if opts.get(name):
                with open(opts[name], "w") as out:
                    out.writelines(line + "\n" for line in lines)
        return "final 0x%04x completed=%s failed=%s warning=%s remaining=%s pending=%d " \
               "listed=%d stored=%d" % (status, count_field(f, 0x1021), count_field(f, 0x1022),
                                        count_field(f, 0x1023), count_field(f, 0x1020),
                                        len(pending), len(failed_uids), stored)


def keys_of(args):
    return [tuple(a.split("=", 1)) for a in args]


def options(args, allowed):
    """The trailing NAME=VALUE options of args whose NAME is allowed (DICOM
    keys are never one), taken off args."""
    opts = {}
    while args and args[-1].split("=")[0] in allowed:
        k, v = args.pop().split("=", 1)
        opts[k] = v
    return opts


MOVE_OPTIONS = ("pending", "failed")
GET_OPTIONS = MOVE_OPTIONS + ("roles", "out", "ts", "answer", "log")


def move(port, dest, model, level, args, cancel_after=None):
    opts = options(args, MOVE_OPTIONS)
    cls = MODELS[model] + b".2"
    peer = Peer(R.associate(port, [(1, cls, [ILE])]))
    peer.send(1, retrieve_rq(0x21, cls, 7, dest.encode()), identifier(level, keys_of(args)))
    print(run(peer, 1, 7, cancel_after, opts))
    peer.s.close()


def get_association(port, contexts, offered=(ELE, ILE), roles=True):
    """An association of `contexts` (all Implicit VR LE) and, after them,
    each storage class in one context per syntax `offered`, with the SCP
    role for them unless not `roles`: the Peer and {context: syntax}."""
    contexts = list(contexts)
    syntaxes = {c: ILE for c, _, _ in contexts}
    cid = max(syntaxes) + 2
    for storage in (CT, MR, SC):
        for ts in offered:
            contexts.append((cid, storage, [ts]))
            syntaxes[cid] = ts
            cid += 2
    s = R.connect(port)
    s.sendall(associate_rq(contexts, (CT, MR, SC) if roles else ()))
    kind, _ = R.recv_pdu(s)
    if kind != 2:
        raise SystemExit("association not accepted")
    return Peer(s), syntaxes


def get(port, model, level, args, cancel_after=None):
    opts = options(args, GET_OPTIONS)
    cls = MODELS[model] + b".3"
    offered = (ELE, ILE)
    if "ts" in opts:
        offered = ({"ele": ELE, "ile": ILE, "be": b"1.2.840.10008.1.2.2"}[opts["ts"]],)
    peer, syntaxes = get_association(port, [(1, cls, [ILE])], offered, opts.get("roles") != "0")
    peer.send(1, retrieve_rq(0x10, cls, 9), identifier(level, keys_of(args)))
    print(run(peer, 1, 9, cancel_after, opts, syntaxes))
    peer.s.close()


def hostile(port, dest, only):
    """Identifiers a server must answer with a status, by C-MOVE to dest or,
    when dest is None, by C-GET (which has no destination); the association
    goes on. Only the cases named in `only`, when it names any (with a C-GET,
    out=DIR there saves the images that come)."""
    opts = options(only, ("out",))
    command, suffix = (0x21, b".2") if dest is not None else (0x10, b".3")
    study_cls, patient_cls = MODELS["S"] + suffix, MODELS["P"] + suffix
    other_cls = MODELS["S"] + (b".3" if dest is not None else b".2")
    contexts = [(1, study_cls, [ILE]), (3, patient_cls, [ILE]), (5, FIND_STUDY_ROOT, [ILE]),
                (7, R.ECHO, [ILE]), (9, other_cls, [ILE])]
    if dest is None:
        peer, syntaxes = get_association(port, contexts)
    else:
        peer, syntaxes = Peer(R.associate(port, contexts)), None
    verb = "move" if dest is not None else "get"
    study = ROOT + ".1"
    study_id = identifier("STUDY", [("StudyInstanceUID", study)])
    uids = ["2.25.%d" % i for i in range(998)] + [ROOT + ".1.1.1", ROOT + ".1.1.2"]
    cases = [
        ("no-level", 1, None, [("StudyInstanceUID", study)]),
        ("bad-level", 1, "FOO", [("StudyInstanceUID", study)]),
        ("patient-level-in-study-root", 1, "PATIENT", [("PatientID", "RETPAT1")]),
        ("no-key-at-level", 1, "STUDY", []),
        ("quote-in-uid", 1, "STUDY", [("StudyInstanceUID", "1.2.3' OR '1'='1")]),
        ("10k-uid", 1, "STUDY", [("StudyInstanceUID", "1." * 5000 + "1")]),
        ("sql-patient-id", 3, "PATIENT", [("PatientID", "x'; DROP TABLE DICOMPatients; --")]),
        ("wildcard-patient-id", 3, "PATIENT", [("PatientID", "*")]),
        ("quoted-patient-id", 3, "PATIENT", [("PatientID", "RET'PAT2")]),
        ("1000-uids", 1, "IMAGE", [("StudyInstanceUID", study),
                                   ("SeriesInstanceUID", ROOT + ".1.1"),
                                   ("SOPInstanceUID", "\\".join(uids))]),
        ("16000-uids", 1, "IMAGE", [("SOPInstanceUID", "\\".join(
            ["2.25.%d" % i for i in range(16000)]))]),
    ]
    raw_cases = [
        # An identifier that does not parse: an element longer than the dataset.
        ("unparseable", 1, study_cls,
         implicit(8, 0x52, b"STUDY") + struct.pack("<HHI", 0x20, 0xD, 4000) + b"1.2"),
        # No identifier at all.
        ("no-identifier", 1, study_cls, None),
        # An identifier of 2 MB.
        ("2mb-identifier", 1, study_cls,
         study_id + struct.pack("<HHI", 0x0029, 0x1010, 2000000) + bytes(2000000)),
        # The request on a C-FIND context, and on the other retrieve's.
        (verb + "-on-find-context", 5, FIND_STUDY_ROOT, study_id),
        (verb + "-on-" + ("get" if dest is not None else "move") + "-context", 9, other_cls,
         study_id),
    ]
    msg = 10

    def ask(name, cid, cls, dataset, move_to=dest):
        nonlocal msg
        msg += 1
        if only and name not in only:
            return
        rq = retrieve_rq(command, cls, msg, move_to.encode() if move_to is not None else None,
                         0x0101 if dataset is None else 0)
        peer.send(cid, rq, dataset)
        with tempfile.NamedTemporaryFile("r") as pending:
            print(name, run(peer, cid, msg, opts=dict(opts, pending=pending.name),
                            syntaxes=syntaxes)[len("final "):])
            for line in pending:
                print("  pending", line, end="")

    for name, cid, level, keys in cases:
        ask(name, cid, study_cls if cid == 1 else patient_cls, identifier(level, keys))
    for name, cid, cls, dataset in raw_cases:
        ask(name, cid, cls, dataset)
    if dest is not None:
        # No destination, and one longer than an AE title.
        ask("empty-destination", 1, study_cls, study_id, "")
        ask("long-destination", 1, study_cls, study_id, "X" * 40)
    # And the association still works.
    print("echo", "ok" if echo(peer) else "failed")
    peer.s.close()


def echo(peer):
    peer.send(7, R.command([(0x0002, R.ECHO), (0x0100, us(0x30)), (0x0110, us(99)),
                            (0x0800, us(0x0101))]))
    c, f, _ = peer.message()
    return c != "pdu" and struct.unpack("<H", f[0x900])[0] == 0


# ---- a storage SCP that fails ------------------------------------------------


def associate_ac(rq_body, choose=lambda syntaxes: syntaxes[0], user=None):
    """Accept every proposed context with the transfer syntax `choose`
    picks from those proposed (none: rejected, result 4); `user`: the user
    information sub-items in place of ours."""
    called, calling = rq_body[4:20], rq_body[20:36]
    off, acs = 68, b""
    while off + 4 <= len(rq_body):
        kind, _, n = struct.unpack_from(">BBH", rq_body, off)
        body = rq_body[off + 4:off + 4 + n]
        if kind == 0x20:
            cid, sub, syntaxes = body[0], 4, []
            while sub + 4 <= len(body):
                k2, _, n2 = struct.unpack_from(">BBH", body, sub)
                if k2 == 0x40:
                    syntaxes.append(body[sub + 4:sub + 4 + n2])
                sub += 4 + n2
            ts = choose(syntaxes)
            acs += R.item(0x21, struct.pack(">BBBB", cid, 0, 0 if ts else 4, 0) +
                          R.item(0x40, ts or syntaxes[0]))
        off += 4 + n
    body = struct.pack(">HH", 1, 0) + called + calling + bytes(32) + R.item(0x10, R.APP) + acs
    if user is None:
        user = R.item(0x51, struct.pack(">I", 16384)) + R.item(0x52, b"1.2.3.4")
    return R.pdu(2, body + R.item(0x50, user))


def failscp(port, statuses, log, delay):
    """Answer the C-STOREs of every association with `statuses` in turn
    (counted over the life of the process)."""
    stores = 0
    for conn in R.serve(port):
        try:
            kind, body = R.recv_pdu(conn)
            if kind != 1:
                conn.close()
                continue
            conn.sendall(associate_ac(body))
            peer = Peer(conn)
            while True:
                c, f, ds = peer.message()
                if c == "pdu":
                    if f == 5:
                        conn.sendall(R.pdu(6, bytes(4)))
                    break
                if struct.unpack("<H", f[0x100])[0] != 0x0001:
                    break
                with open(log, "a") as out:
                    out.write("store %s %d\n" % (f[0x1000].rstrip(b"\0").decode(), len(ds or b"")))
                time.sleep(delay)
                peer.send(c, store_rsp(f, statuses[stores % len(statuses)]))
                stores += 1
        except (ConnectionError, OSError):
            pass
        conn.close()


def main(argv):
    if len(argv) == 3 and argv[1] == "corpus":
        corpus(argv[2])
    elif len(argv) >= 3 and argv[1] == "dataset":
        for path in argv[2:]:
            dataset_md5(path)
    elif len(argv) >= 6 and argv[1] == "move":
        move(int(argv[2]), argv[3], argv[4], argv[5], argv[6:])
    elif len(argv) >= 5 and argv[1] == "get":
        get(int(argv[2]), argv[3], argv[4], argv[5:])
    elif len(argv) >= 5 and argv[1] == "cancel-move":
        move(int(argv[2]), argv[3], "S", argv[4], argv[5:], cancel_after=1)
    elif len(argv) >= 4 and argv[1] == "cancel-get":
        get(int(argv[2]), "S", argv[3], argv[4:], cancel_after=1)
    elif len(argv) >= 4 and argv[1] == "hostile":
        hostile(int(argv[2]), argv[3], argv[4:])
    elif len(argv) >= 3 and argv[1] == "hostile-get":
        hostile(int(argv[2]), None, argv[3:])
    elif len(argv) in (5, 6) and argv[1] == "failscp":
        failscp(int(argv[2]), [int(v, 16) for v in argv[3].split(",")], argv[4],
                float(argv[5]) if len(argv) == 6 else 0)
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
