#!/usr/bin/env python3
"""Raw DICOM upper-layer traffic for the integration tests: well-formed and
hostile PDUs written byte by byte, so that the tests can do what no DICOM
toolkit will (truncated, oversized and garbage PDUs, a connection dropped in
the middle of a dataset) and hold associations open.

Usage:
  dicom_raw.py hold PORT COUNT SECONDS   open COUNT echo associations, keep them
  dicom_raw.py hostile PORT              the hostile sequence; prints one line per case
  dicom_raw.py idle PORT                 associate, send nothing, report what comes
"""
import socket
import struct
import sys
import time

ECHO = b"1.2.840.10008.1.1"
CT = b"1.2.840.10008.5.1.4.1.1.2"
ILE = b"1.2.840.10008.1.2"
APP = b"1.2.840.10008.3.1.1.1"


def item(kind, body):
    return struct.pack(">BBH", kind, 0, len(body)) + body


def pdu(kind, body):
    return struct.pack(">BBI", kind, 0, len(body)) + body


def ae(title):
    return title.ljust(16)[:16]


def associate_rq(contexts, calling=b"RAWSCU", called=b"CONQUESTSRV1", max_pdu=16384):
    body = struct.pack(">HH", 1, 0) + ae(called) + ae(calling) + bytes(32)
    body += item(0x10, APP)
    for cid, abstract, syntaxes in contexts:
        sub = item(0x30, abstract) + b"".join(item(0x40, t) for t in syntaxes)
        body += item(0x20, struct.pack(">BBBB", cid, 0, 0, 0) + sub)
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


def store_rq(sop_uid, msg_id=1):
    return command([(0x0002, CT), (0x0100, struct.pack("<H", 1)),
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
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


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
    # 11. Still served: an echo on a fresh association.
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


def main(argv):
    if len(argv) == 5 and argv[1] == "hold":
        hold(int(argv[2]), int(argv[3]), float(argv[4]))
    elif len(argv) == 3 and argv[1] == "hostile":
        hostile(int(argv[2]))
    elif len(argv) == 3 and argv[1] == "idle":
        idle(int(argv[2]))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
