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

The timed GETs of a command are made by one curl process, in order, on one
connection per server (keep-alive, as a viewer or a browser holds it: a
new connection costs dgate a thread and the opening of its index, 1 to 2
ms), each timed by curl (time_total: the request to its last byte).
Python's http.client would measure itself: it reads a chunked answer at a
fraction of dgate's speed (a 100 MB WADO-RS answer in 140 to 420 ms
against curl's 40 to 100). Two untimed rounds first, then ROUNDS rounds,
each of every server in turn (interleaved, so that whatever else the
machine does hits them alike). One line per timed request: "ROW NAME
ROUND SECONDS".
"""
import http.client
import json
import os
import shutil
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
    its parts (delimiters "--boundary" at line starts, the last one closing)
    and its length."""
    ctype = resp.getheader("Content-Type", "")
    boundary = None
    for p in ctype.split(";"):
        p = p.strip()
        if p.lower().startswith("boundary="):
            boundary = p[9:].strip('"')
    if not boundary:
        raise SystemExit("no boundary in Content-Type: %s" % ctype)
    delim = b"\r\n--" + boundary.encode()
    n, tail, first, total = 0, b"", True, 0
    while True:
        piece = resp.read(CHUNK)
        if not piece:
            break
        total += len(piece)
        if first:  # the first delimiter may open the body without CRLF
            piece = b"\r\n" + piece
            first = False
        buf = tail + piece
        n += buf.count(delim)
        tail = buf[-(len(delim) - 1):]
    return n - 1, total


def timed(accept, plan, check, keep=True):
    """The GETs of plan (dicts with row, name, round, port, path), in its
    order, by one curl process on one connection per server (keep-alive,
    as a viewer holds them), each timed by curl (time_total) and its
    answer kept in a file of tmpfs (unless keep is False: /dev/null); then
    check(step, answer file) for each, after the clock, returns text for
    the line. Prints the timed ones (round >= WARM): "ROW NAME ROUND
    SECONDS"."""
    tmp = tempfile.mkdtemp(dir="/dev/shm" if os.access("/dev/shm", os.W_OK) else None)
    args = ["curl", "-s", "-g", "-H", "Accept: " + accept, "-w",
            "%{http_code} %{size_download} %{time_total}\\n"]
    for i, step in enumerate(plan):
        step["answer"] = os.path.join(tmp, str(i)) if keep else os.devnull
        args += ["-o", step["answer"], "http://127.0.0.1:%d%s" % (step["port"], step["path"])]
    try:
        p = subprocess.run(args, capture_output=True, text=True)
        lines = p.stdout.splitlines()
        if p.returncode != 0 or len(lines) != len(plan):
            raise SystemExit("curl: exit %d after %d of %d requests" % (p.returncode, len(lines), len(plan)))
        for step, line in zip(plan, lines):
            code, size, secs = line.split()
            if code != "200":
                raise SystemExit("%s: HTTP %s for %s" % (step["name"], code, step["path"]))
            step["size"] = int(size)
            extra = check(step, step["answer"])
            if step["round"] >= WARM:
                print("%s %s %d %s%s" % (step["row"], step["name"], step["round"] - WARM + 1, secs, extra))
    finally:
        shutil.rmtree(tmp)


def rounds_of(row, rounds, named, path_of):
    """WARM + rounds rounds of every server in turn."""
    return [{"row": row, "name": name, "round": r, "port": port, "path": path_of(r)}
            for r in range(WARM + rounds) for name, port in named]


def retrieve(rounds, study, count, named):
    """Each server's answer is read once by this client, its parts counted;
    every timed one (curl into /dev/null) must be as long."""
    path = "/dicom-web/studies/%s" % study
    accept = 'multipart/related; type="application/dicom"'
    length = {}
    for name, port in named:
        conn = connect(port)
        parts, length[name] = count_parts(get(conn, path, accept))
        conn.close()
        if parts != count:
            raise SystemExit("%s: %d parts, expected %d" % (name, parts, count))

    def check(step, answer):
        if step["size"] != length[step["name"]]:
            raise SystemExit("%s: %d bytes, %d before" % (step["name"], step["size"], length[step["name"]]))
        return ""
    timed(accept, rounds_of("retrieve", rounds, named, lambda r: path), check, keep=False)


def json_count(name, answer, expected, what):
    with open(answer, "rb") as f:
        got = len(json.load(f))
    if got != expected:
        raise SystemExit("%s: %d %s, expected %d" % (name, got, what, expected))
    return ""


def metadata(rounds, study, series, count, named):
    path = "/dicom-web/studies/%s/series/%s/metadata" % (study, series)
    timed("application/dicom+json", rounds_of("metadata", rounds, named, lambda r: path),
          lambda step, answer: json_count(step["name"], answer, count, "instances"))


def find(rounds, studies, named):
    matches = {}  # studies whose surname starts with a prefix of 2 or 3 letters
    for k in range(studies):
        for n in (2, 3):
            p = qr.surname(k)[:n]
            matches[p] = matches.get(p, 0) + 1
    plan = []
    for row, letters in (("find-few", 3), ("find-100", 2)):
        for step in rounds_of(row, rounds, named, lambda r: ""):
            step["prefix"] = qr.surname((step["round"] * 104729 + 7) % studies)[:letters]
            step["path"] = "/dicom-web/studies?PatientName=%s*&limit=100" % step["prefix"]
            plan.append(step)

    def check(step, answer):
        expected = min(100, matches[step["prefix"]])
        json_count(step["name"], answer, expected, "studies for PatientName=%s*" % step["prefix"])
        return " %d" % expected
    timed("application/dicom+json", plan, check)


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
