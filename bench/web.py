#!/usr/bin/env python3
"""The clients of bench/web.sh: DICOMweb requests to servers on loopback,
timed, each answer checked.

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
      as stored), read to its end: first once by this client, its parts
      counted (COUNT), then timed by curl into /dev/null, each answer as
      long as the counted one.
  web.py metadata ROUNDS STUDY SERIES COUNT NAME=PORT...
      The series' /metadata (JSON of COUNT instances, checked).
  web.py find ROUNDS STUDIES NAME=PORT...
      QIDO-RS at STUDY level on the index of `qr.py index DIR STUDIES 1 1`:
      rounds of a PatientName wildcard of three letters (a few studies),
      then of two letters (about STUDIES / 676 studies) with limit=100,
      each round for another study; the number of answers checked against
      the generator.

The timed GETs are made by curl, one process each, and timed by curl
(time_total: from its connect to the last byte, its own start not
counted): Python's http.client reads a chunked answer at a fraction of the
speed of dgate's (a 100 MB WADO-RS answer in 140 to 420 ms against curl's
40 to 100). Two untimed rounds first, then ROUNDS rounds, each of every
server in turn (interleaved, so that whatever else the machine does hits
them alike). One line per timed request: "ROW NAME ROUND SECONDS".
"""
import http.client
import json
import os
import subprocess
import sys
import tempfile
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


def curl(port, path, accept, out):
    """One GET by curl into out; (bytes, seconds) as curl measured them,
    from its connect to the last byte (its own start not counted)."""
    p = subprocess.run(["curl", "-s", "-o", out, "-H", "Accept: " + accept, "-w",
                        "%{http_code} %{size_download} %{time_total}",
                        "http://127.0.0.1:%d%s" % (port, path)], capture_output=True, text=True)
    fields = p.stdout.split()
    if p.returncode != 0 or len(fields) != 3 or fields[0] != "200":
        raise SystemExit("curl GET %s on port %d: %s (exit %d)" % (path, port, p.stdout, p.returncode))
    return int(fields[1]), float(fields[2])


def timed_rounds(row, rounds, named, path_of, accept, check):
    """WARM + rounds rounds of a GET by curl of path_of(round) from each
    server in turn, the answer into a file (on tmpfs); check(name, round,
    that file) after the clock returns text for the line."""
    fd, answer = tempfile.mkstemp(dir="/dev/shm" if os.access("/dev/shm", os.W_OK) else None)
    os.close(fd)
    try:
        for r in range(WARM + rounds):
            for name, port in named:
                _, secs = curl(port, path_of(r), accept, answer)
                extra = check(name, r, answer)
                if r >= WARM:
                    print("%s %s %d %.6f%s" % (row, name, r - WARM + 1, secs, extra), flush=True)
    finally:
        os.unlink(answer)


def retrieve(rounds, study, count, named):
    """Each server's answer is read once by this client, its parts counted;
    then the timed ones by curl into /dev/null must be as long."""
    path = "/dicom-web/studies/%s" % study
    accept = 'multipart/related; type="application/dicom"'
    length = {}
    for name, port in named:
        conn = connect(port)
        parts = count_parts(get(conn, path, accept))
        conn.close()
        if parts != count:
            raise SystemExit("%s: %d parts, expected %d" % (name, parts, count))
        length[name], _ = curl(port, path, accept, os.devnull)
    for r in range(WARM + rounds):
        for name, port in named:
            n, secs = curl(port, path, accept, os.devnull)
            if n != length[name]:
                raise SystemExit("%s: %d bytes, %d before" % (name, n, length[name]))
            if r >= WARM:
                print("retrieve %s %d %.6f" % (name, r - WARM + 1, secs), flush=True)


def json_count(name, answer, expected, what):
    with open(answer, "rb") as f:
        got = len(json.load(f))
    if got != expected:
        raise SystemExit("%s: %d %s, expected %d" % (name, got, what, expected))


def metadata(rounds, study, series, count, named):
    path = "/dicom-web/studies/%s/series/%s/metadata" % (study, series)
    timed_rounds("metadata", rounds, named, lambda r: path, "application/dicom+json",
                 lambda name, r, answer: json_count(name, answer, count, "instances") or "")


def find(rounds, studies, named):
    matches = {}  # studies whose surname starts with a prefix of 2 or 3 letters
    for k in range(studies):
        for n in (2, 3):
            p = qr.surname(k)[:n]
            matches[p] = matches.get(p, 0) + 1
    for row, letters in (("find-few", 3), ("find-100", 2)):
        def prefix(r):
            return qr.surname((r * 104729 + 7) % studies)[:letters]

        def check(name, r, answer):
            expected = min(100, matches[prefix(r)])
            json_count(name, answer, expected, "studies for PatientName=%s*" % prefix(r))
            return " %d" % expected
        timed_rounds(row, rounds, named, lambda r: "/dicom-web/studies?PatientName=%s*&limit=100" % prefix(r),
                     "application/dicom+json", check)


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
