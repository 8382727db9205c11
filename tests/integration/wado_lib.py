#!/usr/bin/env python3
"""WADO-RS client side for the tests: a multipart/related answer split
into its parts, checked on the way (boundary from Content-Type, each part
a Content-Type and a Content-Length that is its size), each written to
OUTDIR/part-N.dcm; prints one line per part: "N transfer-syntax".

Usage: wado_lib.py parts URL OUTDIR [ACCEPT]
       wado_lib.py frames URL OUTDIR [ACCEPT]  frames: OUTDIR/frame-N.bin, "N content-type"
       wado_lib.py status URL [ACCEPT]   the HTTP status only
"""
import os
import re
import sys
import urllib.error
import urllib.request


def get(url, accept=None):
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def split(ctype, body, part_type="application/dicom"):
    m = re.search(r'boundary="?([^";]+)"?', ctype)
    if not m or not ctype.startswith("multipart/related"):
        sys.exit("not multipart/related with a boundary: %r" % ctype)
    if part_type and 'type="%s"' % part_type not in ctype:
        sys.exit("no type=\"%s\": %r" % (part_type, ctype))
    delim = b"--" + m.group(1).encode()
    if body == delim + b"--\r\n":
        return []  # every object's file was unreadable (each logged by dgate)
    if not body.startswith(delim + b"\r\n") or not body.endswith(delim + b"--\r\n"):
        sys.exit("body does not start or end with the boundary")
    chunks = body[:-len(delim) - 4].split(b"\r\n" + delim + b"\r\n")
    chunks[0] = chunks[0][len(delim) + 2:]
    chunks[-1] = chunks[-1][:-2]  # the CRLF before the closing delimiter
    parts = []
    for c in chunks:
        head, sep, data = c.partition(b"\r\n\r\n")
        if not sep:
            sys.exit("a part without headers")
        h = {}
        for line in head.decode().split("\r\n"):
            k, _, v = line.partition(":")
            h[k.strip().lower()] = v.strip()
        if "content-length" in h and int(h["content-length"]) != len(data):
            sys.exit("part Content-Length %s, %d bytes" % (h["content-length"], len(data)))
        if part_type is None:
            parts.append((h.get("content-type", ""), data))
            continue
        if not h.get("content-type", "").startswith("application/dicom"):
            sys.exit("part Content-Type %r" % h.get("content-type"))
        if data[128:132] != b"DICM":
            sys.exit("a part is not a Part-10 file")
        ts = re.search(r"transfer-syntax=([0-9.]+)", h["content-type"])
        parts.append((ts.group(1) if ts else "", data))
    return parts


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "status":
        print(get(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)[0])
        return 0
    if len(sys.argv) < 4 or sys.argv[1] not in ("parts", "frames"):
        sys.exit(__doc__)
    frames = sys.argv[1] == "frames"
    status, headers, body = get(sys.argv[2], sys.argv[4] if len(sys.argv) > 4 else None)
    if status != 200:
        sys.exit("HTTP %d: %r" % (status, body[:300]))
    os.makedirs(sys.argv[3], exist_ok=True)
    parts = split(headers.get("Content-Type", ""), body, None if frames else "application/dicom")
    for i, (ts, data) in enumerate(parts):
        with open(os.path.join(sys.argv[3], ("frame-%d.bin" if frames else "part-%d.dcm") % i), "wb") as f:
            f.write(data)
        print(i, ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
