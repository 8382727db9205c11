#!/usr/bin/env python3
"""The write side of the web tests (web_stow.sh, web_delete.sh): a corpus of
small Part-10 files, STOW-RS requests built by hand (so that bad bodies can
be sent too) and checks of the PS3.18 answer.

Usage:
  web_lib.py corpus DIR STUDY:SERIES:COUNT...   files DIR/<sop>.dcm, SC images;
                                                prints one "study series sop file" line each
  web_lib.py big FILE STUDY MB                  one instance of study STUDY with MB megabytes
                                                of pixel data
  web_lib.py stow URL OUT PART...               POST multipart/related to URL; the answer's
                                                status is printed, its body written to OUT.
      PART: dicom:FILE (application/dicom), text:WORDS (text/plain),
            raw:FILE (application/dicom, the bytes as they are)
  web_lib.py post URL CONTENT-TYPE BODYFILE [chunked]   POST the bytes; prints the status
  web_lib.py huge URL MB                        a chunked STOW body of MB megabytes (no
                                                Content-Length); prints the status, or
                                                "closed" when the connection was cut
  web_lib.py answer OUT STUDY|-                 check a STOW answer; prints one line per
                                                item: "ok SOP URL" or "failed SOP REASON"
"""
import http.client
import json
import os
import struct
import sys
import urllib.parse

SC = "1.2.840.10008.5.1.4.1.1.7"
EXPLICIT_LE = "1.2.840.10008.1.2.1"
ROOT = "1.2.826.0.1.3680043.9.7002."


def element(group, elem, vr, value):
    if isinstance(value, str):
        value = value.encode("ascii")
        if len(value) % 2:
            value += b"\0" if vr == "UI" else b" "
    head = struct.pack("<HH2s", group, elem, vr.encode())
    if vr in ("OB", "OW", "SQ", "UN", "UT"):
        return head + b"\0\0" + struct.pack("<I", len(value)) + value
    return head + struct.pack("<H", len(value)) + value


def part10(study, series, sop, number, pid):
    meta = b"".join([
        element(0x0002, 0x0001, "OB", b"\0\1"),
        element(0x0002, 0x0002, "UI", SC),
        element(0x0002, 0x0003, "UI", sop),
        element(0x0002, 0x0010, "UI", EXPLICIT_LE),
        element(0x0002, 0x0012, "UI", ROOT + "1"),
    ])
    meta = element(0x0002, 0x0000, "UL", struct.pack("<I", len(meta))) + meta
    pixels = bytes((number * 7 + i) % 256 for i in range(64))
    ds = b"".join([
        element(0x0008, 0x0016, "UI", SC),
        element(0x0008, 0x0018, "UI", sop),
        element(0x0008, 0x0060, "CS", "OT"),
        element(0x0010, 0x0010, "PN", "Web^Test"),
        element(0x0010, 0x0020, "LO", pid),
        element(0x0020, 0x000D, "UI", study),
        element(0x0020, 0x000E, "UI", series),
        element(0x0020, 0x0013, "IS", str(number)),
        element(0x0028, 0x0002, "US", struct.pack("<H", 1)),
        element(0x0028, 0x0004, "CS", "MONOCHROME2"),
        element(0x0028, 0x0010, "US", struct.pack("<H", 8)),
        element(0x0028, 0x0011, "US", struct.pack("<H", 8)),
        element(0x0028, 0x0100, "US", struct.pack("<H", 8)),
        element(0x0028, 0x0101, "US", struct.pack("<H", 8)),
        element(0x0028, 0x0102, "US", struct.pack("<H", 7)),
        element(0x0028, 0x0103, "US", struct.pack("<H", 0)),
        element(0x7FE0, 0x0010, "OB", pixels),
    ])
    return b"\0" * 128 + b"DICM" + meta + ds


def corpus(out, specs):
    os.makedirs(out, exist_ok=True)
    for spec in specs:
        study, series, count = spec.split(":")
        for i in range(1, int(count) + 1):
            sop = "%s.%d" % (series, i)
            path = os.path.join(out, sop + ".dcm")
            with open(path, "wb") as f:
                f.write(part10(study, series, sop, i, "WEB" + study.split(".")[-1]))
            print(study, series, sop, path)


def big(path, study, mb):
    small = part10(study, study + ".1", study + ".1.1", 1, "BIG")
    head = small[:small.rfind(b"\xe0\x7f\x10\x00")]
    block = bytes(range(256)) * 4096
    with open(path, "wb") as f:
        f.write(head + struct.pack("<HH2sHI", 0x7FE0, 0x0010, b"OB", 0, mb << 20))
        for _ in range((mb << 20) // len(block)):
            f.write(block)


def connect(url):
    u = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=60), u.path or "/"


def multipart(parts, boundary):
    body = b""
    for kind, arg in parts:
        if kind == "text":
            ctype, data = "text/plain", arg.encode()
        else:
            ctype = "application/dicom"
            with open(arg, "rb") as f:
                data = f.read()
        body += b"--" + boundary + b"\r\nContent-Type: " + ctype.encode() + b"\r\n\r\n"
        body += data + b"\r\n"
    return body + b"--" + boundary + b"--\r\n"


def stow(url, out, parts):
    boundary = b"dgate-test-4f2a"
    body = multipart([p.split(":", 1) for p in parts], boundary)
    c, path = connect(url)
    c.request("POST", path, body, {
        "Content-Type": 'multipart/related; type="application/dicom"; boundary=' +
                        boundary.decode(),
        "Accept": "application/dicom+json"})
    r = c.getresponse()
    data = r.read()
    with open(out, "wb") as f:
        f.write(data)
    print(r.status)
    if r.status in (200, 202, 409) and r.getheader("Content-Type") != "application/dicom+json":
        sys.exit("STOW answer of type %s" % r.getheader("Content-Type"))


def post(url, ctype, bodyfile, chunked=False):
    with open(bodyfile, "rb") as f:
        body = f.read()
    c, path = connect(url)
    if chunked:
        c.request("POST", path, iter([body[i:i + 1000] for i in range(0, len(body), 1000)]),
                  {"Content-Type": ctype}, encode_chunked=True)
    else:
        c.request("POST", path, body, {"Content-Type": ctype})
    r = c.getresponse()
    r.read()
    print(r.status)


def huge(url, mb):
    c, path = connect(url)
    head = b"--b\r\nContent-Type: application/dicom\r\n\r\n" + b"\0" * 128 + b"DICM"
    block = b"\x55" * 65536

    def chunks():
        yield head
        for _ in range(mb * 16):
            yield block
    try:
        c.request("POST", path, chunks(),
                  {"Content-Type": "multipart/related; type=\"application/dicom\"; boundary=b"},
                  encode_chunked=True)
        r = c.getresponse()
        r.read()
        print(r.status)
    except (ConnectionError, http.client.HTTPException, OSError):
        # The server may stop reading before the client has sent it all:
        # the answer it sent first is still there to be read.
        try:
            r = c.getresponse()
            print(r.status)
        except Exception:
            print("closed")


def value(item, tag):
    v = item.get(tag, {}).get("Value", [None])
    return v[0]


def answer(out, study):
    with open(out) as f:
        a = json.load(f)
    if study != "-":
        url = value(a, "00081190")
        if not url or not url.endswith("/dicom-web/studies/" + study):
            sys.exit("RetrieveURL of the study: %r" % url)
    for tag in ("00081198", "00081199"):
        if a.get(tag, {}).get("vr") != "SQ":
            sys.exit("%s is not a sequence: %r" % (tag, a.get(tag)))
    for item in a["00081199"]["Value"]:
        if value(item, "00081150") != SC:
            sys.exit("ReferencedSOPClassUID %r" % value(item, "00081150"))
        print("ok", value(item, "00081155"), value(item, "00081190"))
    for item in a["00081198"]["Value"]:
        print("failed", value(item, "00081155") or "-", "%04X" % value(item, "00081197"))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "corpus":
        corpus(args[0], args[1:])
    elif cmd == "big":
        big(args[0], args[1], int(args[2]))
    elif cmd == "stow":
        stow(args[0], args[1], args[2:])
    elif cmd == "post":
        post(args[0], args[1], args[2], len(args) > 3)
    elif cmd == "huge":
        huge(args[0], int(args[1]))
    elif cmd == "answer":
        answer(args[0], args[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
