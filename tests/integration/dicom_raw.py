#!/usr/bin/env python3
"""Raw DICOM for the integration tests: upper-layer PDUs written byte by
byte, so that the tests can do what no DICOM toolkit will (truncated,
oversized and garbage PDUs, a connection dropped in the middle of a
dataset), hold associations open, and CT objects of any size written
without loading them into memory.

Usage:
  dicom_raw.py echo PORT                 one C-ECHO; prints "echo ok" on success
                                         (DICOM_RAW_HOST: the address, default 127.0.0.1)
  dicom_raw.py hold PORT COUNT SECONDS   open COUNT echo associations, keep them
  dicom_raw.py hostile PORT              the hostile sequence; prints one line per case
  dicom_raw.py idle PORT                 associate, send nothing, report what comes
  dicom_raw.py flood PORT COUNT SECONDS  open COUNT connections that say nothing, then close
  dicom_raw.py slowstore PORT SECONDS    a C-STORE whose dataset trickles in for SECONDS
  dicom_raw.py refusals PORT             C-STOREs that must be refused, then a good one;
                                         prints "<case> 0x<status>" per store
  dicom_raw.py ct OUT key=value...       write CT Part-10 files (see write_ct); with
                                         count=N, "{n}" in OUT and the UIDs counts 1..N
  dicom_raw.py store PORT FILE...        C-STORE each Part-10 file's dataset bytes as they
                                         are (no toolkit's re-encoding), in its own class
                                         and syntax; prints "<sop> 0x<status>" per file
"""
import os
import socket
import struct
import sys
import time
import zlib

ECHO = b"1.2.840.10008.1.1"
CT = b"1.2.840.10008.5.1.4.1.1.2"
ILE = b"1.2.840.10008.1.2"
DEFLATED = b"1.2.840.10008.1.2.1.99"
APP = b"1.2.840.10008.3.1.1.1"


def item(kind, body):
    return struct.pack(">BBH", kind, 0, len(body)) + body


def pdu(kind, body):
    return struct.pack(">BBI", kind, 0, len(body)) + body


def ae(title):
    return title.ljust(16)[:16]


def associate_rq(contexts, calling=b"RAWSCU", called=b"CONQUESTSRV1", max_pdu=16384, user=None):
    """An A-ASSOCIATE-RQ; `user`: the user information sub-items (bytes) in
    place of ours (maximum length and an implementation class UID)."""
    body = struct.pack(">HH", 1, 0) + ae(called) + ae(calling) + bytes(32)
    body += item(0x10, APP)
    for cid, abstract, syntaxes in contexts:
        sub = item(0x30, abstract) + b"".join(item(0x40, t) for t in syntaxes)
        body += item(0x20, struct.pack(">BBBB", cid, 0, 0, 0) + sub)
    if user is None:
        user = item(0x51, struct.pack(">I", max_pdu)) + item(0x52, b"1.2.3.4")
    body += item(0x50, user)
    return pdu(1, body)


def element(group, elem, value):
    if len(value) % 2:
        value += b"\0"
    return struct.pack("<HHI", group, elem, len(value)) + value


def command(fields):
    body = b"".join(element(0, e, v) for e, v in fields)
    return element(0, 0, struct.pack("<I", len(body))) + body


def echo_rq(msg_id=1):
    return command([(0x0002, ECHO), (0x0100, struct.pack("<H", 0x30)),
                    (0x0110, struct.pack("<H", msg_id)), (0x0800, struct.pack("<H", 0x0101))])


def store_rq(sop_uid, msg_id=1, sop_class=CT):
    return command([(0x0002, sop_class), (0x0100, struct.pack("<H", 1)),
                    (0x0110, struct.pack("<H", msg_id)), (0x0700, struct.pack("<H", 0)),
                    (0x0800, struct.pack("<H", 0)), (0x1000, sop_uid)])


def pdata(cid, control, payload):
    pdv = struct.pack(">IBB", len(payload) + 2, cid, control) + payload
    return pdu(4, pdv)


def recv_exact(s, n):
    data = b""
    while len(data) < n:
        chunk = s.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def recv_pdu(s):
    hdr = recv_exact(s, 6)
    kind, _, length = struct.unpack(">BBI", hdr)
    return kind, recv_exact(s, length)


def connect(port, timeout=10):
    # DICOM_RAW_HOST: another loopback address, e.g. ::1
    host = os.environ.get("DICOM_RAW_HOST", "127.0.0.1")
    s = socket.create_connection((host, port), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def serve(port):
    """The connections to a listener on 127.0.0.1:port, one at a time,
    with Nagle off (for the SCPs the tests play)."""
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(4)
    while True:
        conn, _ = srv.accept()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        yield conn


def associate(port, contexts):
    s = connect(port)
    s.sendall(associate_rq(contexts))
    kind, body = recv_pdu(s)
    if kind != 2:
        raise RuntimeError("association not accepted: PDU type %d %r" % (kind, body))
    return s


def status_of(body):
    """The (0000,0900) status in a P-DATA-TF body carrying one command PDV."""
    data = body[6:]
    off = 0
    while off + 8 <= len(data):
        group, elem, length = struct.unpack_from("<HHI", data, off)
        if (group, elem) == (0, 0x0900):
            return struct.unpack_from("<H", data, off + 8)[0]
        off += 8 + length
    return None


def fields_of(body):
    """The elements of the command PDV in a P-DATA-TF body: {elem: bytes}."""
    data, off, out = body[6:], 0, {}
    while off + 8 <= len(data):
        group, elem, length = struct.unpack_from("<HHI", data, off)
        out[elem] = data[off + 8:off + 8 + length]
        off += 8 + length
    return out


def describe_rsp(body):
    """A response command set in one line: class, responded ID, dataset type."""
    f = fields_of(body)
    us = lambda e: "%d" % struct.unpack("<H", f[e])[0] if e in f else "missing"
    return "class=%s responded=%s dataset=0x%04x" % (
        f[2].rstrip(b"\0").decode() if 2 in f else "missing", us(0x120),
        struct.unpack("<H", f[0x800])[0] if 0x800 in f else 0)


def echo_on(s, msg_id=1):
    s.sendall(pdata(1, 3, echo_rq(msg_id)))
    kind, body = recv_pdu(s)
    return kind == 4 and status_of(body) == 0


def outcome(s):
    """What the server did after a hostile PDU: 'abort', 'closed' or other."""
    try:
        kind, _ = recv_pdu(s)
        return "abort" if kind == 7 else "pdu %d" % kind
    except (ConnectionError, OSError):
        return "closed"


def hold(port, count, seconds):
    socks = [associate(port, [(1, ECHO, [ILE])]) for _ in range(count)]
    print("holding %d" % len(socks), flush=True)
    time.sleep(seconds)
    for s in socks:
        s.close()


def hostile(port):
    # 1. A PDU length of 0xFFFFFFFF as the first PDU.
    s = connect(port)
    s.sendall(struct.pack(">BBI", 1, 0, 0xFFFFFFFF))
    print("huge-rq", outcome(s))
    s.close()
    # 2. An oversized P-DATA-TF (beyond our max PDU) inside an association.
    s = associate(port, [(1, ECHO, [ILE])])
    s.sendall(struct.pack(">BBI", 4, 0, 0x7FFFFFFF))
    print("huge-pdata", outcome(s))
    s.close()
    # 3. Garbage instead of a PDU.
    s = connect(port)
    s.sendall(b"GET / HTTP/1.0\r\n\r\n")
    print("garbage", outcome(s))
    s.close()
    # 4. A truncated A-ASSOCIATE-RQ: the header promises more than is sent.
    s = connect(port)
    rq = associate_rq([(1, ECHO, [ILE])])
    s.sendall(rq[:40])
    s.shutdown(socket.SHUT_WR)
    print("truncated-rq", outcome(s))
    s.close()
    # 5. An A-ASSOCIATE-RQ whose item length overruns the PDU.
    s = connect(port)
    bad = bytearray(rq)
    bad[6 + 68 + 2:6 + 68 + 4] = struct.pack(">H", 4000)
    s.sendall(bytes(bad))
    print("overrun-item", outcome(s))
    s.close()
    # 6. A PDV of a context that was never accepted.
    s = associate(port, [(1, ECHO, [ILE])])
    s.sendall(pdata(3, 3, echo_rq()))
    print("wrong-context", outcome(s))
    s.close()
    # 7. A dataset PDV before any command.
    s = associate(port, [(1, ECHO, [ILE])])
    s.sendall(pdata(1, 2, b"\0" * 16))
    print("dataset-first", outcome(s))
    s.close()
    # 8. A command that never ends: 'last' never set, beyond the command cap.
    s = associate(port, [(1, ECHO, [ILE])])
    try:
        for _ in range(12):
            s.sendall(pdata(1, 1, b"\0" * 8000))
        print("endless-command", outcome(s))
    except OSError:
        print("endless-command closed")
    s.close()
    # 9. A store whose connection drops in the middle of the dataset.
    s = associate(port, [(1, CT, [ILE])])
    s.sendall(pdata(1, 3, store_rq(b"1.2.826.0.1.3680043.2.1125.99.1")))
    header = element(0x0008, 0x0016, CT) + element(0x0008, 0x0018, b"1.2.826.0.1.3680043.2.1125.99.1")
    s.sendall(pdata(1, 0, header + element(0x0010, 0x0020, b"DROPPED") + b"\0" * 3000))
    s.close()
    print("dropped-mid-dataset sent")
    # 10. An abort in the middle of a dataset.
    s = associate(port, [(1, CT, [ILE])])
    s.sendall(pdata(1, 3, store_rq(b"1.2.826.0.1.3680043.2.1125.99.2")))
    s.sendall(pdata(1, 0, header + b"\0" * 1000))
    s.sendall(pdu(7, bytes(4)))
    s.close()
    print("abort-mid-dataset sent")
    # 11. A C-STORE naming another SOP class than its context's: refused
    #     with 0x0122, and the association goes on.
    s = associate(port, [(1, CT, [ILE])])
    mr = b"1.2.840.10008.5.1.4.1.1.4"
    rq = command([(0x0002, mr), (0x0100, struct.pack("<H", 1)),
                  (0x0110, struct.pack("<H", 1)), (0x0700, struct.pack("<H", 0)),
                  (0x0800, struct.pack("<H", 0)), (0x1000, b"1.2.826.0.1.3680043.2.1125.99.3")])
    s.sendall(pdata(1, 3, rq))
    s.sendall(pdata(1, 2, element(0x0008, 0x0016, mr) + element(0x0010, 0x0020, b"MISMATCH")))
    kind, body = recv_pdu(s)
    print("class-mismatch", "0x%04x" % (status_of(body) or 0) if kind == 4 else "pdu %d" % kind,
          "echo-ok" if echo_on(s, 2) else "echo-failed")
    s.close()
    # 11b. A C-STORE whose Affected SOP Instance UID is 80 characters (a UID
    #      has at most 64): 0xC000 (cannot understand), its dataset drained,
    #      nothing stored, and the association goes on.
    s = associate(port, [(1, CT, [ILE])])
    long_uid = b"1.2.826.0.1.3680043.2.1125." + b"9" * 53
    rq = command([(0x0002, CT), (0x0100, struct.pack("<H", 1)),
                  (0x0110, struct.pack("<H", 1)), (0x0700, struct.pack("<H", 0)),
                  (0x0800, struct.pack("<H", 0)), (0x1000, long_uid)])
    s.sendall(pdata(1, 3, rq))
    s.sendall(pdata(1, 2, element(0x0008, 0x0016, CT) + element(0x0008, 0x0018, long_uid) +
                    element(0x0010, 0x0020, b"LONGUID")))
    kind, body = recv_pdu(s)
    print("overlong-uid", "0x%04x" % (status_of(body) or 0) if kind == 4 else "pdu %d" % kind,
          "echo-ok" if echo_on(s, 2) else "echo-failed")
    s.close()
    # 12. A C-ECHO-RQ without its Affected SOP Class UID: the response still
    #     names the class (its context's) and the message it answers.
    s = associate(port, [(1, ECHO, [ILE])])
    s.sendall(pdata(1, 3, command([(0x0100, struct.pack("<H", 0x30)),
                                   (0x0110, struct.pack("<H", 7)),
                                   (0x0800, struct.pack("<H", 0x0101))])))
    kind, body = recv_pdu(s)
    print("echo-without-class", describe_rsp(body) if kind == 4 else "pdu %d" % kind)
    s.close()
    # 13. A response command (C-ECHO-RSP) where only requests may come: abort.
    s = associate(port, [(1, ECHO, [ILE])])
    rsp = command([(0x0002, ECHO), (0x0100, struct.pack("<H", 0x8030)),
                   (0x0120, struct.pack("<H", 1)), (0x0800, struct.pack("<H", 0x0101)),
                   (0x0900, struct.pack("<H", 0))])
    s.sendall(pdata(1, 3, rsp))
    print("response-command", outcome(s))
    s.close()
    # 14. Still served: an echo on a fresh association.
    s = associate(port, [(1, ECHO, [ILE])])
    print("echo-after", "ok" if echo_on(s) else "failed")
    s.sendall(pdu(5, bytes(4)))
    kind, _ = recv_pdu(s)
    print("release", "ok" if kind == 6 else "pdu %d" % kind)
    s.close()


def idle(port):
    s = associate(port, [(1, ECHO, [ILE])])
    start = time.time()
    print("idle", outcome(s), "after %.0f s" % (time.time() - start))
    s.close()


def flood(port, count, seconds):
    socks = []
    for _ in range(count):
        try:
            socks.append(connect(port))
        except OSError:
            break
    print("flooding with %d connections" % len(socks), flush=True)
    time.sleep(seconds)
    for s in socks:
        s.close()


def explicit(group, elem, vr, value):
    """One Explicit VR Little Endian element, padded to even length."""
    if len(value) % 2:
        value += b"\0" if vr in (b"UI", b"OB") else b" "
    if vr in (b"OB", b"OW", b"SQ", b"UN", b"UT"):
        return struct.pack("<HH2sHI", group, elem, vr, 0, len(value)) + value
    return struct.pack("<HH2sH", group, elem, vr, len(value)) + value


def write_ct(path, sop, patient="TEST", study="1.2.826.0.1.3680043.2.1125.1",
             series="1.2.826.0.1.3680043.2.1125.1.1", number=1, frames=1, rows=64, cols=64,
             fragment=None, ts="1.2.840.10008.1.2.1", private=0):
    """A CT object of 16-bit pixels: native (each frame a rotated byte ramp,
    so that lost or reordered chunks show) written frame by frame, or one
    encapsulated fragment read from the file `fragment`. `private` bytes of
    a private OB element before the pixel data make the header that long."""
    us = lambda n: struct.pack("<H", int(n))
    ct = b"1.2.840.10008.5.1.4.1.1.2"
    sop, ts = sop.encode(), ts.encode()
    meta = explicit(2, 1, b"OB", b"\0\1") + explicit(2, 2, b"UI", ct) + \
        explicit(2, 3, b"UI", sop) + explicit(2, 0x10, b"UI", ts) + \
        explicit(2, 0x12, b"UI", b"1.2.826.0.1.3680043.2.1125.0")
    meta = explicit(2, 0, b"UL", struct.pack("<I", len(meta))) + meta
    ds = explicit(8, 0x16, b"UI", ct) + explicit(8, 0x18, b"UI", sop) + \
        explicit(8, 0x60, b"CS", b"CT") + explicit(0x10, 0x10, b"PN", b"RAW^TEST") + \
        explicit(0x10, 0x20, b"LO", patient.encode()) + \
        explicit(0x20, 0xD, b"UI", study.encode()) + explicit(0x20, 0xE, b"UI", series.encode()) + \
        explicit(0x20, 0x11, b"IS", b"1") + explicit(0x20, 0x13, b"IS", str(number).encode()) + \
        explicit(0x28, 2, b"US", us(1)) + explicit(0x28, 4, b"CS", b"MONOCHROME2") + \
        explicit(0x28, 8, b"IS", str(frames).encode()) + explicit(0x28, 0x10, b"US", us(rows)) + \
        explicit(0x28, 0x11, b"US", us(cols)) + explicit(0x28, 0x100, b"US", us(16)) + \
        explicit(0x28, 0x101, b"US", us(16)) + explicit(0x28, 0x102, b"US", us(15)) + \
        explicit(0x28, 0x103, b"US", us(0))
    if int(private):
        ds += explicit(0x29, 0x10, b"LO", b"DGATE TEST") + \
            explicit(0x29, 0x1010, b"OB", b"\x11" * int(private))
    with open(path, "wb") as f:
        f.write(bytes(128) + b"DICM" + meta + ds)
        if fragment:
            data = open(fragment, "rb").read()
            if len(data) % 2:
                data += b"\0"
            f.write(struct.pack("<HH2sHI", 0x7FE0, 0x10, b"OB", 0, 0xFFFFFFFF))
            f.write(struct.pack("<HHI", 0xFFFE, 0xE000, 0))
            f.write(struct.pack("<HHI", 0xFFFE, 0xE000, len(data)) + data)
            f.write(struct.pack("<HHI", 0xFFFE, 0xE0DD, 0))
            return
        frame_len = int(rows) * int(cols) * 2
        ramp = bytes(range(256)) * (frame_len // 256)
        f.write(struct.pack("<HH2sHI", 0x7FE0, 0x10, b"OW", 0, int(frames) * frame_len))
        for i in range(int(frames)):
            k = i % 256
            f.write(ramp[k:] + ramp[:k])


def ct(argv):
    args = dict(a.split("=", 1) for a in argv[1:])
    count = int(args.pop("count", "1"))
    for n in range(1, count + 1):
        fmt = {k: v.replace("{n}", str(n)) for k, v in args.items()}
        fmt.setdefault("number", str(n))
        write_ct(argv[0].replace("{n}", str(n)), **fmt)


def slowstore(port, seconds):
    sop = b"1.2.826.0.1.3680043.2.1125.99.9"
    s = associate(port, [(1, CT, [ILE])])
    s.sendall(pdata(1, 3, store_rq(sop)))
    s.sendall(pdata(1, 0, element(0x0008, 0x0016, CT) + element(0x0008, 0x0018, sop) +
                    struct.pack("<HHI", 0x7FE0, 0x0010, 100000000)))
    print("storing", flush=True)
    end = time.time() + seconds
    try:
        while time.time() < end:
            s.sendall(pdata(1, 0, bytes(10000)))
            time.sleep(0.05)
    except OSError:
        print("connection ended by the server")
    s.close()


def implicit_ct(sop, sop_class=CT, pixels=b"\0" * 32, declared=None):
    """A small Implicit VR LE CT dataset; `declared` overrides the length of
    its pixel data element (the last one)."""
    ds = element(0x0008, 0x0016, sop_class) + element(0x0008, 0x0018, sop) + \
        element(0x0010, 0x0010, b"REFUSE^TEST") + element(0x0010, 0x0020, b"REFUSE1") + \
        element(0x0020, 0x000D, b"1.2.826.0.1.3680043.2.1125.77") + \
        element(0x0020, 0x000E, b"1.2.826.0.1.3680043.2.1125.77.1")
    length = len(pixels) if declared is None else declared
    return ds + struct.pack("<HHI", 0x7FE0, 0x0010, length) + pixels


def store_status(s, sop, dataset, msg_id, cid=1, sop_class=CT):
    s.sendall(pdata(cid, 3, store_rq(sop, msg_id, sop_class)))
    # The dataset in PDVs of at most 8 KiB, the last one flagged.
    for off in range(0, len(dataset), 8192):
        last = off + 8192 >= len(dataset)
        s.sendall(pdata(cid, 2 if last else 0, dataset[off:off + 8192]))
    kind, body = recv_pdu(s)
    return "0x%04x" % status_of(body) if kind == 4 else "pdu %d" % kind


def explicit_ct(sop):
    """A small Explicit VR LE CT dataset with 64 KiB of pixel data."""
    return explicit(8, 0x16, b"UI", CT) + explicit(8, 0x18, b"UI", sop) + \
        explicit(0x10, 0x10, b"PN", b"REFUSE^TEST") + explicit(0x10, 0x20, b"LO", b"REFUSE1") + \
        explicit(0x20, 0xD, b"UI", b"1.2.826.0.1.3680043.2.1125.77") + \
        explicit(0x20, 0xE, b"UI", b"1.2.826.0.1.3680043.2.1125.77.1") + \
        explicit(0x7FE0, 0x10, b"OW", bytes(range(256)) * 256)


def refusals(port):
    base = b"1.2.826.0.1.3680043.2.1125.77.1."
    s = associate(port, [(1, CT, [ILE]), (3, CT, [DEFLATED])])
    # The dataset is another instance than the command announces.
    print("other-instance", store_status(s, base + b"1", implicit_ct(base + b"2"), 1))
    # The dataset is of another SOP class (MR) than the command's (CT).
    print("other-class", store_status(
        s, base + b"3", implicit_ct(base + b"3", b"1.2.840.10008.5.1.4.1.1.4"), 2))
    # The last element declares 300 MB and 10 bytes follow.
    print("short-last-element", store_status(
        s, base + b"4", implicit_ct(base + b"4", pixels=bytes(10), declared=300000000), 3))
    # An element in the middle whose length runs past the end.
    bad = implicit_ct(base + b"5")[:-40] + struct.pack("<HHI", 0x0028, 0x0010, 4000) + bytes(6)
    print("overrunning-element", store_status(s, base + b"5", bad, 4))
    # A deflated dataset whose stream is cut short after its header.
    z = zlib.compressobj(6, zlib.DEFLATED, -15)
    stream = z.compress(explicit_ct(base + b"7")) + z.flush()
    print("cut-deflate", store_status(s, base + b"7", stream[:len(stream) // 2], 6, cid=3))
    # And the association goes on: a good object is stored.
    print("good", store_status(s, base + b"6", implicit_ct(base + b"6"), 5))
    s.close()


def part10_split(path):
    """(SOP class, SOP instance, transfer syntax, dataset bytes) of a Part-10
    file, read from its meta header (Explicit VR LE, group length first)."""
    data = open(path, "rb").read()
    if data[128:132] != b"DICM":
        raise ValueError("%s: not a Part-10 file" % path)
    end = 144 + struct.unpack_from("<I", data, 140)[0]
    off, meta = 132, {}
    while off < end:
        group, elem, vr = struct.unpack_from("<HH2s", data, off)
        if vr in (b"OB", b"OW", b"OF", b"SQ", b"UT", b"UN"):
            length, off = struct.unpack_from("<I", data, off + 8)[0], off + 12
        else:
            length, off = struct.unpack_from("<H", data, off + 6)[0], off + 8
        meta[elem] = data[off:off + length].rstrip(b"\0 ")
        off += length
    return meta[2], meta[3], meta[0x10], data[end:]


def store_files(port, paths):
    objects = [part10_split(p) for p in paths]
    contexts = {}
    for sop_class, _, syntax, _ in objects:
        contexts.setdefault((sop_class, syntax), 2 * len(contexts) + 1)
    s = associate(port, [(cid, c, [t]) for (c, t), cid in contexts.items()])
    for n, (sop_class, sop, syntax, dataset) in enumerate(objects, 1):
        cid = contexts[(sop_class, syntax)]
        print(sop.decode(), store_status(s, sop, dataset, n, cid, sop_class))
    s.close()


def main(argv):
    if len(argv) == 5 and argv[1] == "hold":
        hold(int(argv[2]), int(argv[3]), float(argv[4]))
    elif len(argv) == 3 and argv[1] == "hostile":
        hostile(int(argv[2]))
    elif len(argv) == 3 and argv[1] == "idle":
        idle(int(argv[2]))
    elif len(argv) == 5 and argv[1] == "flood":
        flood(int(argv[2]), int(argv[3]), float(argv[4]))
    elif len(argv) == 4 and argv[1] == "slowstore":
        slowstore(int(argv[2]), float(argv[3]))
    elif len(argv) == 3 and argv[1] == "echo":
        s = associate(int(argv[2]), [(1, ECHO, [ILE])])
        print("echo ok" if echo_on(s) else "echo failed")
        s.close()
    elif len(argv) == 3 and argv[1] == "refusals":
        refusals(int(argv[2]))
    elif len(argv) >= 4 and argv[1] == "ct":
        ct(argv[2:])
    elif len(argv) >= 4 and argv[1] == "store":
        store_files(int(argv[2]), argv[3:])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
