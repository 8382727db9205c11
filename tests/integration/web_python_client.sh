#!/bin/sh
# Python's DICOMweb stack (Debian's python3-requests and python3-pydicom)
# as a client of dgate, in web_python_client.py: QIDO-RS at the three
# levels; WADO-RS of a series split part by part, every part read by
# pydicom, pixels compared with the corpus; series metadata turned into
# datasets by Dataset.from_json and compared attribute by attribute with
# the stored files; STOW-RS of pydicom-written files, one with a
# non-ASCII PatientName in ISO_IR 100 found again by QIDO in UTF-8;
# frames. Expected answers come from the corpus (web_corpus.py).
. "$top_srcdir/tests/integration/lib.sh"
need storescu
need_python pydicom numpy requests

WEB_PORT=auto
make_config
start_dgate
"$PY" "$top_srcdir/tests/integration/web_corpus.py" "$T/c" || fail "the corpus could not be written"
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T"/c/*.dcm > "$T/store.out" 2>&1 ||
    { cat "$T/store.out"; fail "storescu of the corpus failed"; }
"$PY" "$top_srcdir/tests/integration/web_python_client.py" "http://127.0.0.1:$WEB_PORT/dicom-web" \
    "$T/c" "$T/data" || { tail -n 20 "$T/dgate.log"; fail "the Python client's checks"; }
assert_contains "$T/dgate.log" "via STOW"
exit 0
