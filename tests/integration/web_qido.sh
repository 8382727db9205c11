#!/bin/sh
# QIDO-RS over find_lib.py's generated corpus: every C-FIND case at the
# study, series and image levels as a search, with the answers expected
# from the corpus definition (qido_lib.py); then what QIDO-RS adds:
# default attributes, includefield=all, limit and offset, fuzzymatching's
# Warning, the empty answer, RetrieveURL, and 400 for unknown attributes,
# bad UIDs and absurd limits; the server keeps serving.
. "$top_srcdir/tests/integration/lib.sh"
need curl python3

LIB="$top_srcdir/tests/integration/find_lib.py"
WEB_PORT=auto
make_config "UserLog = PacsUser.log"
python3 "$LIB" corpus "$T/data/corpus" || fail "the corpus could not be written"
"$DGATE" -w "$T" -r > "$T/regen.log" 2>&1 || fail "dgate -r: $(tail -3 "$T/regen.log")"
start_dgate
URL="http://127.0.0.1:$WEB_PORT"

python3 "$top_srcdir/tests/integration/qido_lib.py" check "$URL" > "$T/check.log" 2>&1 || {
    cat "$T/check.log"
    tail -20 "$T/dgate.log"
    fail "QIDO-RS answers differ from the corpus"
}
tail -1 "$T/check.log"

# get PATH: the body into $T/body, the headers into $T/headers; the status.
get() {
    curl -s -g -o "$T/body" -D "$T/headers" -w '%{http_code}' "$URL$1"
}
py() { python3 -c "import json,sys; a = json.load(open('$T/body')); $1" || fail "$2: $(head -c 600 "$T/body")"; }

# Defaults of PS3.18 (those the index holds), RetrieveURL, counts.
[ "$(get /dicom-web/studies?PatientID=P1)" = 200 ] || fail "GET studies: $(cat "$T/body")"
grep -qi '^content-type: application/dicom+json' "$T/headers" || fail "not application/dicom+json"
py "
assert len(a) == 3, len(a)
for s in a:
    for t in ('00080020', '00080030', '00080050', '00080056', '00080061', '00080090', '00100010',
              '00100020', '00100030', '00100040', '0020000D', '00200010', '00201206', '00201208', '00081190'):
        assert t in s, t
    uid = s['0020000D']['Value'][0]
    assert s['00081190']['Value'][0] == '$URL/dicom-web/studies/' + uid, s['00081190']
    assert s['00080056']['Value'] == ['ONLINE']
    assert '00080201' not in s  # TimezoneOffsetFromUTC: not in the index
" "study defaults"
[ "$(get /dicom-web/studies/1.2.826.0.1.3680043.9.7001.1/series)" = 200 ] || fail "GET series of a study"
py "
assert len(a) >= 1
for s in a:
    for t in ('00080060', '0020000E', '00200011', '00201209', '00081190'):
        assert t in s, t
    assert s['00081190']['Value'][0].startswith('$URL/dicom-web/studies/1.2.826.0.1.3680043.9.7001.1/series/')
    assert '00100010' not in s  # the study is known: its attributes are not repeated
" "series defaults"
[ "$(get '/dicom-web/instances?PatientID=P2')" = 200 ] || fail "GET instances"
py "
assert len(a) >= 1
for s in a:
    for t in ('00080016', '00080018', '00200013', '00280010', '00280011', '0020000D', '0020000E', '00080060', '00100010'):
        assert t in s, t
    assert '/series/' in s['00081190']['Value'][0] and '/instances/' in s['00081190']['Value'][0]
" "instance defaults (with the study's and series' for /instances)"
[ "$(get '/dicom-web/studies?PatientID=P1&includefield=all')" = 200 ] || fail "includefield=all"
py "assert all('00081030' in s and '00100040' in s for s in a)" "includefield=all"
[ "$(get '/dicom-web/studies?includefield=00081030&PatientName=doe*')" = 200 ] || fail "tag in includefield"
py "assert a and all('00081030' in s for s in a)" "includefield by tag"

# limit and offset page the same order; a Warning when more exist.
get '/dicom-web/series' > /dev/null
python3 -c "import json; print(len(json.load(open('$T/body'))))" > "$T/nall"
nall=$(cat "$T/nall")
[ "$nall" -gt 5 ] || fail "only $nall series"
[ "$(get '/dicom-web/series?limit=2&offset=1')" = 200 ] || fail "limit/offset"
grep -qi '^warning: 299 .*Additional results' "$T/headers" || fail "no Warning for more results"
cp "$T/body" "$T/page"
get '/dicom-web/series?limit=1000' > /dev/null
grep -qi '^warning' "$T/headers" && fail "a Warning without more results"
python3 -c "
import json
a = json.load(open('$T/body')); p = json.load(open('$T/page'))
assert [x['0020000E'] for x in p] == [x['0020000E'] for x in a[1:3]], (p, a[1:3])
" || fail "limit=2&offset=1 is not the second and third of the whole list"
[ "$(get "/dicom-web/series?offset=$nall")" = 200 ] || fail "offset past the end"
[ "$(cat "$T/body")" = "[]" ] || fail "offset past the end: $(cat "$T/body")"

# Nothing matches: 200 and [] (CP-2473).
[ "$(get '/dicom-web/studies?PatientID=nonexist')" = 200 ] || fail "no match is not 200"
[ "$(cat "$T/body")" = "[]" ] || fail "no match: $(cat "$T/body")"

# fuzzymatching=true: answered literally, said in a Warning.
[ "$(get '/dicom-web/studies?PatientName=doe*&fuzzymatching=true')" = 200 ] || fail "fuzzymatching"
grep -qi '^warning: 299 .*fuzzymatching parameter is not supported' "$T/headers" || fail "no fuzzymatching Warning"

# Refusals: 400 with a reason; 406 for XML.
for q in 'studies?NoSuchKeyword=1' 'studies?StudyInstanceUID=1.2.abc' 'studies/1..2/series' \
    'studies?limit=-1' 'studies?limit=99999999999999' 'studies?offset=x' 'studies?fuzzymatching=maybe' \
    'studies?includefield=Nope' 'studies?ReferencedSeriesSequence=1' 'studies/..%2F..%2Fetc/series' \
    'instances?Rows=70000' 'instances?Rows=-1'; do
    [ "$(get "/dicom-web/$q")" = 400 ] || fail "$q: not 400 but $(cat "$T/body")"
done
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: multipart/related; type="application/dicom+xml"' "$URL/dicom-web/studies")" = 406 ] ||
    fail "XML is not refused"
# q=0 refuses a type (RFC 9110 12.4.2): JSON at q=0 is not acceptable, at
# q=0.5 beside another type it is.
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/dicom+json;q=0, application/dicom+xml' "$URL/dicom-web/studies")" = 406 ] ||
    fail "JSON at q=0 is answered"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html, application/dicom+json; q=0.5' "$URL/dicom-web/studies")" = 200 ] ||
    fail "JSON at q=0.5 is refused"

# Still serving; the queries in PacsUser.log.
[ "$(get /dicom-web/studies?PatientID=P2)" = 200 ] || fail "not serving after the refusals"
kill -0 "$DGATE_PID" 2>/dev/null || fail "dgate died"
stop_dgate
grep -q 'queried STUDY via QIDO-RS PatientID=P2: 1 match$' "$T/data/PacsUser.log" "$T/PacsUser.log" 2>/dev/null ||
    fail "no QIDO-RS line in PacsUser.log: $(grep -h QIDO "$T"/PacsUser.log "$T"/data/PacsUser.log 2>/dev/null | tail -3)"
