#!/usr/bin/env python3
"""The HTTP clients of bench/web.sh: DICOMweb requests timed against several
servers on loopback, each answer checked, nothing stored.

  web.py stow PORT REQUESTS FILE...
      STOW-RS of the files to http://127.0.0.1:PORT/dicom-web/studies in
      REQUESTS requests of about the same number of files, one after the
      other on one connection, each body a multipart/related of
      application/dicom parts streamed from the files as it is sent (its
      Content-Length computed first). Every file must be in the answer's
      ReferencedSOPSequence and none in a FailedSOPSequence. Prints the
      seconds of the whole.
  web.py retrieve ROUNDS STUDY COUNT NAME=PORT...
      WADO-RS of study STUDY (multipart/related; type="application/dicom",
      as stored), read to its end and its parts counted (COUNT each).
  web.py metadata ROUNDS STUDY SERIES COUNT NAME=PORT...
      The series' /metadata (JSON of COUNT instances, checked).
  web.py find ROUNDS STUDIES NAME=PORT...
      QIDO-RS at STUDY level on the index of `qr.py index DIR STUDIES 1 1`:
      each round a PatientName wildcard of three letters (a few studies)
      and one of two letters (about STUDIES / 676 studies) with limit=100,
      for another study each round; the number of answers checked against
      the generator.

retrieve, metadata and find: one connection per server (keep-alive), two
untimed rounds first, then ROUNDS rounds, each of every server in turn
(the servers interleaved, so that whatever else the machine does hits them
alike). One line per timed request: "ROW NAME ROUND SECONDS".
"""
import http.client
import json
import os
import sys
import time

import qr  # the index's generator: surname(k)

WARM = 2
CHUNK = 1 << 20


def connect(port):
    return http.client.HTTPConnection("127.0.0.1", port, timeout=600, blocksize=CHUNK)


def servers(args):
    return [(a.split("=")[0], int(a.split("=")[1])) for a in args]


def get(conn, path, accept):
    """The response to GET path (200, else the client stops), its body not
    yet read."""
    conn.request("GET", path, headers={"Accept": accept})
    resp = conn.getresponse()
    if resp.status != 200:
        raise SystemExit("GET %s: HTTP %d %s" % (path, resp.status, resp.read(300)))
    return resp


def count_parts(resp):
    """Read a multipart body to its end without keeping it; the number of
    its parts (delimiters "--boundary" at line starts, the last one closing)."""
    ctype = resp.getheader("Content-Type", "")
    boundary = None
    for p in ctype.split(";"):
        p = p.strip()
        if p.lower().startswith("boundary="):
            boundary = p[9:].strip('"')
    if not boundary:
        raise SystemExit("no boundary in Content-Type: %s" % ctype)
    delim = b"\r\n--" + boundary.encode()
    n, tail, first = 0, b"", True
    while True:
        piece = resp.read(CHUNK)
        if not piece:
            break
        if first:  # the first delimiter may open the body without CRLF
            piece = b"\r\n" + piece
            first = False
        buf = tail + piece
        n += buf.count(delim)
        tail = buf[-(len(delim) - 1):]
    return n - 1


def timed_rounds(row, rounds, named, request):
    conns = {name: connect(port) for name, port in named}
    for r in range(WARM + rounds):
        for name, _ in named:
            t0 = time.perf_counter()
            check = request(conns[name], name)
            t1 = time.perf_counter()
            check()
            if r >= WARM:
                print("%s %s %d %.6f" % (row, name, r - WARM + 1, t1 - t0), flush=True)
    for c in conns.values():
        c.close()


def retrieve(rounds, study, count, named):
    def one(conn, name):
        resp = get(conn, "/dicom-web/studies/%s" % study,
                   'multipart/related; type="application/dicom"')
        parts = count_parts(resp)

        def check():
            if parts != count:
                raise SystemExit("%s: %d parts, expected %d" % (name, parts, count))
        return check
    timed_rounds("retrieve", rounds, named, one)


def metadata(rounds, study, series, count, named):
    def one(conn, name):
        resp = get(conn, "/dicom-web/studies/%s/series/%s/metadata" % (study, series),
                   "application/dicom+json")
        body = resp.read()

        def check():
            got = len(json.loads(body))
            if got != count:
                raise SystemExit("%s: metadata of %d instances, expected %d" % (name, got, count))
        return check
    timed_rounds("metadata", rounds, named, one)


def find(rounds, studies, named):
    matches = {}  # studies whose surname starts with a prefix of 2 or 3 letters
    for k in range(studies):
        for n in (2, 3):
            p = qr.surname(k)[:n]
            matches[p] = matches.get(p, 0) + 1
    conns = {name: connect(port) for name, port in named}
    for r in range(WARM + rounds):
        k = (r * 104729 + 7) % studies
        for row, prefix in (("find-few", qr.surname(k)[:3]), ("find-100", qr.surname(k)[:2])):
            expected = min(100, matches[prefix])
            for name, _ in named:
                path = "/dicom-web/studies?PatientName=%s*&limit=100" % prefix
                t0 = time.perf_counter()
                body = get(conns[name], path, "application/dicom+json").read()
                t1 = time.perf_counter()
                got = len(json.loads(body))
                if got != expected:
                    raise SystemExit("%s: %d studies for PatientName=%s*, expected %d"
                                     % (name, got, prefix, expected))
                if r >= WARM:
                    print("%s %s %d %.6f %d" % (row, name, r - WARM + 1, t1 - t0, expected),
                          flush=True)
    for c in conns.values():
        c.close()


def stow_body(files, boundary):
    """The parts' headers and the files, in order, as an iterable of bytes,
    and its length."""
    head = ("--%s\r\nContent-Type: application/dicom\r\n\r\n" % boundary).encode()
    between = b"\r\n" + head
    close = ("\r\n--%s--\r\n" % boundary).encode()
    length = len(head) + len(between) * (len(files) - 1) + len(close) + \
        sum(os.path.getsize(f) for f in files)

    def pieces():
        for i, f in enumerate(files):
            yield head if i == 0 else between
            with open(f, "rb") as fh:
                while True:
                    b = fh.read(CHUNK)
                    if not b:
                        break
                    yield b
        yield close
    return pieces(), length


def stow(port, requests, files):
    boundary = "bench-web-stow-8f3a2c"
    n = len(files)
    groups = [files[i * n // requests:(i + 1) * n // requests] for i in range(requests)]
    conn = connect(port)
    t0 = time.perf_counter()
    stored = 0
    for g in groups:
        body, length = stow_body(g, boundary)
        conn.request("POST", "/dicom-web/studies", body=body, headers={
            "Content-Type": 'multipart/related; type="application/dicom"; boundary=%s' % boundary,
            "Content-Length": str(length), "Accept": "application/dicom+json"})
        resp = conn.getresponse()
        answer = resp.read()
        if resp.status != 200:
            raise SystemExit("STOW: HTTP %d %s" % (resp.status, answer[:300]))
        a = json.loads(answer)
        refs = a.get("00081199", {}).get("Value", [])
        failed = a.get("00081198", {}).get("Value", [])
        if len(refs) != len(g) or failed:
            raise SystemExit("STOW: %d of %d stored, %d failed" % (len(refs), len(g), len(failed)))
        stored += len(refs)
    t1 = time.perf_counter()
    conn.close()
    print("%.6f" % (t1 - t0))
    return 0 if stored == n else 1


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "stow" and len(argv) > 4:
        return stow(int(argv[2]), int(argv[3]), argv[4:])
    if cmd == "retrieve" and len(argv) > 5:
        return retrieve(int(argv[2]), argv[3], int(argv[4]), servers(argv[5:]))
    if cmd == "metadata" and len(argv) > 6:
        return metadata(int(argv[2]), argv[3], argv[4], int(argv[5]), servers(argv[6:]))
    if cmd == "find" and len(argv) > 4:
        return find(int(argv[2]), int(argv[3]), servers(argv[4:]))
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
