#!/usr/bin/env python3
"""A C-STORE sender that keeps a ledger of what the server acknowledged, and
the checker that holds a MAG device and its index to that ledger: for the
fault tests (tests/integration/fault_kill9.sh), where dgate is killed while
it receives. Not a general DICOM sender: one SOP class (CT), one transfer
syntax (Explicit VR Little Endian), objects made on the fly.

Usage:
  store_ledger.py send PORT LEDGER ROOT SEED [seconds=S] [count=N]
                     [kill=PID after=K delay=D]
      One association (calling AE SENDER) storing ROOT.1, ROOT.2, ... until
      the connection breaks, S seconds (30) have passed or N objects are
      stored. Objects are 200 KB to 2 MB (sizes drawn from SEED), sent at
      25 MB/s at most. LEDGER gets a line "sent UID" before each command,
      "end UID" after its last byte and "ack UID STATUS" once its response
      is in, each written at once (no buffering). With kill=PID, D seconds
      after the last byte of the K-th object the process PID gets SIGKILL:
      a kill while the server finishes a store (header, rename, index row,
      response) or just after it.
      A broken connection is the expected end (exit 0); a protocol surprise
      is exit 1.
  store_ledger.py check MAGDIR DB LEDGER...
      Parse every file under MAGDIR (outside .incoming/ and dbase/) to its
      last byte, compare with the DICOMImages rows of the SQLite index DB and
      with the ledgers; print a summary; exit 1 on any broken rule.
"""
import os
import random
import signal
import socket
import sqlite3
import struct
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dicom_raw import (CT, command, explicit, pdata, pdu, item, ae, recv_pdu,  # noqa: E402
                       fields_of, APP)

ELE = b"1.2.840.10008.1.2.1"
ILE = b"1.2.840.10008.1.2"
LONG_VRS = (b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"SV", b"UC", b"UN", b"UR",
            b"UT", b"UV")
# Every object's pixel data is a byte ramp started at its instance number
# modulo 256: a chunk lost, repeated or moved shows.
RAMP = bytes(range(256)) * (2 * 1024 * 1024 // 256 + 2)
# A sender sends at most this many bytes a second, as a modality on a fast
# network would: unbounded, four senders wrote 4 GB in a 20-round test.
RATE = 25e6


def pixels(number, length):
    k = number % 256
    return RAMP[k:k + length]


def dataset(sop, number, rows, cols):
    """The object's dataset up to the pixel data's value, and the pixels."""
    us = lambda n: struct.pack("<H", n)
    root = sop.rsplit(".", 1)[0]
    ds = explicit(8, 0x16, b"UI", CT) + explicit(8, 0x18, b"UI", sop.encode()) + \
        explicit(8, 0x60, b"CS", b"CT") + explicit(0x10, 0x10, b"PN", b"KILL^NINE") + \
        explicit(0x10, 0x20, b"LO", b"KILL9") + \
        explicit(0x20, 0xD, b"UI", root.rsplit(".", 1)[0].encode()) + \
        explicit(0x20, 0xE, b"UI", root.encode()) + explicit(0x20, 0x11, b"IS", b"1") + \
        explicit(0x20, 0x13, b"IS", str(number).encode()) + \
        explicit(0x28, 2, b"US", us(1)) + explicit(0x28, 4, b"CS", b"MONOCHROME2") + \
        explicit(0x28, 0x10, b"US", us(rows)) + explicit(0x28, 0x11, b"US", us(cols)) + \
        explicit(0x28, 0x100, b"US", us(16)) + explicit(0x28, 0x101, b"US", us(16)) + \
        explicit(0x28, 0x102, b"US", us(15)) + explicit(0x28, 0x103, b"US", us(0))
    n = rows * cols * 2
    return ds + struct.pack("<HH2sHI", 0x7FE0, 0x10, b"OW", 0, n), pixels(number, n)


class Surprise(Exception):
    """The server did something a conforming SCP does not."""


def associate(port):
    """An association with one CT context in Explicit VR LE; returns the
    socket and the largest PDU the server takes."""
    body = struct.pack(">HH", 1, 0) + ae(b"CONQUESTSRV1") + ae(b"SENDER") + bytes(32)
    body += item(0x10, APP)
    body += item(0x20, struct.pack(">BBBB", 1, 0, 0, 0) + item(0x30, CT) + item(0x40, ELE))
    body += item(0x50, item(0x51, struct.pack(">I", 65536)) + item(0x52, b"1.2.3.4"))
    s = socket.create_connection(("127.0.0.1", port), timeout=20)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    s.sendall(pdu(1, body))
    kind, ac = recv_pdu(s)
    if kind != 2:
        raise Surprise("association not accepted: PDU type %d" % kind)
    max_pdu, accepted, off = 16384, False, 68
    while off + 4 <= len(ac):
        typ, length = ac[off], struct.unpack_from(">H", ac, off + 2)[0]
        if typ == 0x21 and ac[off + 4] == 1 and ac[off + 6] == 0:
            accepted = True
        if typ == 0x50:
            sub = off + 4
            while sub + 4 <= off + 4 + length:
                styp, slen = ac[sub], struct.unpack_from(">H", ac, sub + 2)[0]
                if styp == 0x51 and slen == 4:
                    max_pdu = struct.unpack_from(">I", ac, sub + 4)[0] or (1 << 20)
                sub += 4 + slen
        off += 4 + length
    if not accepted:
        raise Surprise("the CT context in Explicit VR Little Endian was refused")
    return s, min(max_pdu, 1 << 20)


class Pace:
    """Sleeps that hold a sender to RATE."""

    def __init__(self):
        self.start, self.sent = time.monotonic(), 0

    def __call__(self, n):
        self.sent += n
        ahead = self.sent / RATE - (time.monotonic() - self.start)
        if ahead > 0.002:
            time.sleep(ahead)


def store(s, max_pdu, sop, number, rows, cols, msg_id, pace, sent):
    """Send one C-STORE, calling sent() after its last byte; return the
    response status."""
    rq = command([(0x0002, CT), (0x0100, struct.pack("<H", 1)),
                  (0x0110, struct.pack("<H", msg_id)), (0x0700, struct.pack("<H", 0)),
                  (0x0800, struct.pack("<H", 0)), (0x1000, sop.encode())])
    s.sendall(pdata(1, 3, rq))
    head, pix = dataset(sop, number, rows, cols)
    data = memoryview(head + pix)
    room = max_pdu - 6
    for off in range(0, len(data), room):
        chunk = data[off:off + room]
        last = off + room >= len(data)
        s.sendall(struct.pack(">BBIIBB", 4, 0, len(chunk) + 6, len(chunk) + 2, 1,
                              2 if last else 0))
        s.sendall(chunk)
        pace(len(chunk))
    sent()
    kind, body = recv_pdu(s)
    if kind != 4:
        raise Surprise("PDU type %d instead of the C-STORE-RSP" % kind)
    f = fields_of(body)
    if 0x900 not in f or struct.unpack("<H", f.get(0x120, b"\0\0"))[0] != msg_id:
        raise Surprise("a response without status or for another message")
    return struct.unpack("<H", f[0x900])[0]


def send(port, ledger, root, seed, seconds=30, count=1 << 30, kill=0, after=1, delay=0):
    rng = random.Random(seed)

    def sent():
        note("end %s" % sop)
        if kill and n == after:
            # A spin, not a sleep: a store takes the server some 70 us
            # after its last byte, less than a sleep's granularity.
            end = time.perf_counter() + delay
            while time.perf_counter() < end:
                pass
            os.kill(kill, signal.SIGKILL)
            print("killed %d %.6f s after the last byte of object %d" % (kill, delay, n))

    fd = os.open(ledger, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    note = lambda line: os.write(fd, (line + "\n").encode())
    end = time.time() + seconds
    n = 0
    try:
        s, max_pdu = associate(port)
        pace = Pace()
        while time.time() < end and n < count:
            n += 1
            # 200 KB to 2 MB of pixels, as many of each order of magnitude.
            side = int(320 * 10 ** (rng.random() / 2)) & ~1
            sop = "%s.%d" % (root, n)
            note("sent %s" % sop)
            status = store(s, max_pdu, sop, n, side, side, n % 65536, pace, sent)
            note("ack %s 0x%04x" % (sop, status))
        s.sendall(pdu(5, bytes(4)))
        recv_pdu(s)
        s.close()
    except (OSError, ConnectionError) as e:
        # The server was killed: the expected end of every round.
        print("connection ended after %d objects: %s" % (n, e))
    except Surprise as e:
        print("protocol surprise after %d objects: %s" % (n, e))
        return 1
    finally:
        os.close(fd)
    return 0


class Bad(Exception):
    pass


def elements(data, off, end, explicit_vr):
    """The elements of data[off:end] as (group, elem, value); raise Bad
    when one is cut or of undefined length (none was sent)."""
    while off < end:
        if off + 8 > end:
            raise Bad("element header cut at byte %d" % off)
        group, elem = struct.unpack_from("<HH", data, off)
        if explicit_vr and data[off + 4:off + 6] in LONG_VRS:
            if off + 12 > end:
                raise Bad("element header cut at byte %d" % off)
            length = struct.unpack_from("<I", data, off + 8)[0]
            off += 12
        elif explicit_vr:
            length = struct.unpack_from("<H", data, off + 6)[0]
            off += 8
        else:
            length = struct.unpack_from("<I", data, off + 4)[0]
            off += 8
        if length == 0xFFFFFFFF:
            raise Bad("undefined length at (%04x,%04x)" % (group, elem))
        if off + length > end:
            raise Bad("(%04x,%04x) of %d bytes cut after %d" % (group, elem, length, end - off))
        yield group, elem, data[off:off + length]
        off += length


def parse_file(path):
    """Parse a stored Part-10 file to its last byte; return (sop, pixel
    length) or raise Bad."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 144 or data[128:132] != b"DICM" or data[132:136] != b"\2\0\0\0":
        raise Bad("no Part-10 preamble and meta header (%d bytes)" % len(data))
    if data[136:140] != b"UL\4\0":
        raise Bad("the meta header does not start with its length")
    meta_end, meta = 144 + struct.unpack_from("<I", data, 140)[0], {}
    if meta_end > len(data):
        raise Bad("meta header cut")
    for group, elem, value in elements(data, 144, meta_end, True):
        meta[elem] = value.rstrip(b"\0 ")
    if meta.get(0x10) not in (ELE, ILE):
        raise Bad("transfer syntax %r: not what was sent" % meta.get(0x10))
    values = {}
    for group, elem, value in elements(data, meta_end, len(data), meta[0x10] == ELE):
        values[(group, elem)] = value
    try:
        sop = values[(8, 0x18)].rstrip(b"\0 ").decode()
        number = int(values[(0x20, 0x13)].strip(b"\0 "))
        rows = struct.unpack("<H", values[(0x28, 0x10)])[0]
        cols = struct.unpack("<H", values[(0x28, 0x11)])[0]
        pix = values[(0x7FE0, 0x10)]
    except (KeyError, ValueError, struct.error) as e:
        raise Bad("an element is missing or wrong: %r" % (e,))
    if meta.get(3, b"").decode() != sop:
        raise Bad("meta header names %r, dataset %s" % (meta.get(3), sop))
    if len(pix) != rows * cols * 2:
        raise Bad("pixel data of %d bytes for %dx%d" % (len(pix), rows, cols))
    if pix != pixels(number, len(pix)):
        raise Bad("pixel data differs from what was sent")
    return sop, len(pix)


def check(magdir, db, ledgers):
    problems = []
    sent, ended, acked, refused = set(), set(), set(), {}
    for ledger in ledgers:
        with open(ledger) as f:
            for line in f:
                w = line.split()
                if len(w) == 2 and w[0] == "sent":
                    sent.add(w[1])
                elif len(w) == 2 and w[0] == "end":
                    ended.add(w[1])
                elif len(w) == 3 and w[0] == "ack":
                    if w[2] == "0x0000":
                        acked.add(w[1])
                    else:
                        refused[w[1]] = w[2]
                elif w:
                    problems.append("%s: a ledger line cut or unknown: %r" % (ledger, line))
    # Every file under a final name: complete.
    files = {}  # relative path -> sop
    for dirpath, dirnames, filenames in os.walk(magdir):
        rel_dir = os.path.relpath(dirpath, magdir)
        if rel_dir == ".":
            dirnames[:] = [d for d in dirnames if d not in (".incoming", "dbase")]
        for name in filenames:
            rel = os.path.normpath(os.path.join(rel_dir, name))
            try:
                files[rel] = parse_file(os.path.join(dirpath, name))[0]
            except Bad as e:
                problems.append("partial or broken file under a final name: %s: %s" % (rel, e))
                files[rel] = None
    # Every row: a complete file of its SOP instance.
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    rows = con.execute("SELECT SOPInstanc, ObjectFile, DeviceName FROM DICOMImages").fetchall()
    con.close()
    indexed = {}
    for sop, objfile, device in rows:
        if sop in indexed:
            problems.append("two rows for %s" % sop)
        indexed[sop] = objfile
        if device != "MAG0":
            problems.append("row of %s on device %r" % (sop, device))
        rel = os.path.normpath(objfile.replace("\\", "/"))
        if rel not in files:
            problems.append("row of %s points to a missing file %s" % (sop, objfile))
        elif files[rel] is not None and files[rel] != sop:
            problems.append("row of %s points to %s, a file of %s" % (sop, objfile, files[rel]))
    # Every acknowledged instance: its row and its complete file.
    for sop in sorted(acked):
        if sop not in indexed:
            problems.append("acknowledged %s has no row" % sop)
    in_files = {sop for sop in files.values() if sop}
    for sop in sorted(acked - in_files):
        problems.append("acknowledged %s has no file" % sop)
    for sop, st in sorted(refused.items()):
        problems.append("%s was refused with status %s" % (sop, st))
    unacked = sent - acked - set(refused)
    print("sent %d, acknowledged %d, refused %d" % (len(sent), len(acked), len(refused)))
    print("in flight at a kill %d (%d in the middle of the dataset): indexed %d, "
          "file without row %d, gone %d" % (
              len(unacked), len(unacked - ended),
              len(unacked & set(indexed)), len((unacked & in_files) - set(indexed)),
              len(unacked - in_files - set(indexed))))
    print("files under final names %d (%d MB), rows %d" % (
        len(files), sum(os.path.getsize(os.path.join(magdir, p)) for p in files) >> 20,
        len(rows)))
    stray = set(indexed) - sent
    if stray:
        problems.append("rows of instances never sent: %s" % sorted(stray)[:5])
    for p in problems[:30]:
        print("PROBLEM:", p)
    if len(problems) > 30:
        print("PROBLEM: ... and %d more" % (len(problems) - 30))
    return 1 if problems else 0


def main(argv):
    if len(argv) >= 6 and argv[1] == "send":
        opts = dict(a.split("=", 1) for a in argv[6:])
        num = {k: float(v) if k in ("seconds", "delay") else int(v) for k, v in opts.items()}
        return send(int(argv[2]), argv[3], argv[4], int(argv[5]), **num)
    if len(argv) >= 5 and argv[1] == "check":
        return check(argv[2], argv[3], argv[4:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
