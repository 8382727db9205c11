#!/bin/sh
# STOW-RS and the ZIP download: a generated corpus stored through POST
# /dicom-web/studies[/{study}] is found by C-FIND (findscu); a body with good
# and bad parts stores the good ones and lists the others with their PS3.18
# Failure Reasons (202); nothing stored is 409; a browser's form upload
# works; bad boundaries, a missing close delimiter and a wrong type are
# refused; a chunked body over WebMaxUpload is 413 and the server keeps
# serving; the ZIP of a study and of a series holds exactly their files,
# each readable by dcmdump.
. "$top_srcdir/tests/integration/lib.sh"
need curl python3 sqlite3 findscu dcmdump unzip
LIB="$top_srcdir/tests/integration/web_lib.py"

WEB_PORT=auto
make_config "WebMaxUpload = 2"
start_dgate
URL="http://127.0.0.1:$WEB_PORT"
db="$T/data/dbase/conquest.db3"

A=1.2.826.0.1.3680043.9.7002.10
B=1.2.826.0.1.3680043.9.7002.20
python3 "$LIB" corpus "$T/c" "$A:$A.1:3" "$A:$A.2:2" "$B:$B.1:2" "$B:$B.2:1" "$A:$A.3:1" \
    > "$T/corpus" || fail "corpus"
files() { awk -v s="$1" '$2 == s { print "dicom:" $4 }' "$T/corpus"; }

# ---- every part stored: 200, each listed with its RetrieveURL ----
# shellcheck disable=SC2046
st=$(python3 "$LIB" stow "$URL/dicom-web/studies" "$T/a.json" $(files "$A.1") $(files "$A.2"))
[ "$st" = 200 ] || { cat "$T/a.json"; fail "STOW of study A: $st"; }
python3 "$LIB" answer "$T/a.json" - > "$T/a.txt" || fail "the answer of study A"
[ "$(grep -c '^ok ' "$T/a.txt")" = 5 ] && ! grep -q '^failed' "$T/a.txt" ||
    { cat "$T/a.txt"; fail "study A: not 5 stored"; }
grep -q "^ok $A.1.2 $URL/dicom-web/studies/$A/series/$A.1/instances/$A.1.2\$" "$T/a.txt" ||
    { cat "$T/a.txt"; fail "RetrieveURL of $A.1.2"; }
# To the study's own URL.
# shellcheck disable=SC2046
st=$(python3 "$LIB" stow "$URL/dicom-web/studies/$B" "$T/b.json" $(files "$B.1") $(files "$B.2"))
[ "$st" = 200 ] || { cat "$T/b.json"; fail "STOW of study B: $st"; }
python3 "$LIB" answer "$T/b.json" "$B" > "$T/b.txt" || fail "the answer of study B"
[ "$(grep -c '^ok ' "$T/b.txt")" = 3 ] || { cat "$T/b.txt"; fail "study B: not 3 stored"; }

# C-FIND finds each of them, and nothing else.
mkdir -p "$T/found"
findscu -S -aec CONQUESTSRV1 -k QueryRetrieveLevel=IMAGE -k "StudyInstanceUID=$A" \
    -k SOPInstanceUID -X -od "$T/found" 127.0.0.1 "$PORT" > "$T/findscu.out" 2>&1 ||
    { cat "$T/findscu.out"; fail "findscu"; }
found=$(for f in "$T"/found/*; do dcmdump +P SOPInstanceUID "$f"; done | sed 's/.*\[\(.*\)\].*/\1/' |
    sort | tr '\n' ' ')
[ "$found" = "$A.1.1 $A.1.2 $A.1.3 $A.2.1 $A.2.2 " ] || fail "C-FIND of study A found: $found"
[ "$(sqlite3 "$db" "SELECT COUNT(*) FROM DICOMImages WHERE SOPInstanc LIKE '$B.%'")" = 3 ] ||
    fail "study B is not indexed"

# ---- good and bad parts: 202, the good stored, each bad with its reason ----
printf 'this is not DICOM' > "$T/garbage.dcm"
head -c 405 "$T/c/$A.3.1.dcm" > "$T/cut.dcm" # a meta header, then the dataset cut inside an element
st=$(python3 "$LIB" stow "$URL/dicom-web/studies/$A" "$T/m.json" "dicom:$T/c/$A.3.1.dcm" \
    "dicom:$T/c/$B.1.1.dcm" "text:hello" "raw:$T/garbage.dcm" "raw:$T/cut.dcm")
[ "$st" = 202 ] || { cat "$T/m.json"; fail "mixed parts: $st, not 202"; }
python3 "$LIB" answer "$T/m.json" "$A" > "$T/m.txt" || fail "the mixed answer"
cat > "$T/m.want" <<EOF
ok $A.3.1 $URL/dicom-web/studies/$A/series/$A.3/instances/$A.3.1
failed $B.1.1 A900
failed - C000
failed - C000
failed $A.3.1 C000
EOF
diff "$T/m.want" "$T/m.txt" || fail "the mixed answer's items"
[ "$(sqlite3 "$db" "SELECT COUNT(*) FROM DICOMImages WHERE SOPInstanc = '$A.3.1'")" = 1 ] ||
    fail "the good part of the mixed body is not indexed"
[ "$(sqlite3 "$db" "SELECT StudyInsta FROM DICOMSeries WHERE SeriesInst = '$B.1'")" = "$B" ] ||
    fail "the refused part changed study B"
[ -z "$(temp_files "$T/data")" ] || fail "temporary files left: $(temp_files "$T/data")"

# ---- nothing stored: 409 ----
st=$(python3 "$LIB" stow "$URL/dicom-web/studies" "$T/n.json" "text:a" "raw:$T/garbage.dcm")
[ "$st" = 409 ] || { cat "$T/n.json"; fail "only bad parts: $st, not 409"; }

# ---- a browser's upload: multipart/form-data, a form field beside the file ----
st=$(curl -s -o "$T/f.json" -w '%{http_code}' -F "note=a field" \
    -F "file=@$T/c/$B.2.1.dcm;type=application/octet-stream" "$URL/dicom-web/studies")
[ "$st" = 200 ] || { cat "$T/f.json"; fail "form upload: $st"; }
python3 "$LIB" answer "$T/f.json" - | grep -q "^ok $B.2.1 " || fail "form upload's answer"

# ---- malformed requests ----
printf -- '--x\r\nContent-Type: application/dicom\r\n\r\nDICM\r\n--x--\r\n' > "$T/body"
long=$(printf '%0129d' 0)
for ct in "multipart/related; type=\"application/dicom\"" \
    "multipart/related; boundary=\"\"" "multipart/related; boundary=$long" \
    "multipart/related; boundary=\"x \"" "multipart/related; boundary=\"unterminated"; do
    st=$(python3 "$LIB" post "$URL/dicom-web/studies" "$ct" "$T/body")
    [ "$st" = 400 ] || fail "Content-Type '$ct': $st, not 400"
done
for ct in "application/json" "multipart/related; type=\"application/dicom+json\"; boundary=x"; do
    st=$(python3 "$LIB" post "$URL/dicom-web/studies" "$ct" "$T/body")
    [ "$st" = 415 ] || fail "Content-Type '$ct': $st, not 415"
done
printf -- '--x\r\nContent-Type: application/dicom\r\n\r\nDICM' > "$T/open"
st=$(python3 "$LIB" post "$URL/dicom-web/studies" "multipart/related; boundary=x" "$T/open")
[ "$st" = 400 ] || fail "no close delimiter: $st, not 400"
st=$(python3 "$LIB" post "$URL/dicom-web/studies/1.2.x" "multipart/related; boundary=x" "$T/body")
[ "$st" = 400 ] || fail "a study that is not a UID: $st, not 400"

# ---- over WebMaxUpload (2 MB) without Content-Length: 413, still serving ----
[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM DICOMImages')" = 9 ] || fail "not 9 images before"

st=$(python3 "$LIB" huge "$URL/dicom-web/studies" 3)
[ "$st" = 413 ] || fail "a chunked body over WebMaxUpload: $st, not 413"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/status")" = 200 ] ||
    fail "the server stopped serving after the oversized body"
# One still sending at twice the cap is cut off.
st=$(python3 "$LIB" huge "$URL/dicom-web/studies" 64)
[ "$st" = closed ] || [ "$st" = 413 ] || fail "a chunked body of 64 MB: $st"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/status")" = 200 ] ||
    fail "the server stopped serving after the oversized body"
kill -0 "$DGATE_PID" || fail "dgate died"
[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM DICOMImages')" = 9 ] || fail "an oversized body stored"
[ -z "$(temp_files "$T/data")" ] || fail "temporary files left: $(temp_files "$T/data")"

# ---- the ZIP of a study and of a series ----
zip_of() {
    rm -rf "$T/z" && mkdir "$T/z"
    st=$(curl -s -o "$T/z.zip" -D "$T/z.h" -w '%{http_code}' "$URL$1")
    [ "$st" = 200 ] || fail "GET $1: $st"
    grep -qi '^content-type: application/zip' "$T/z.h" || fail "$1 is not application/zip"
    unzip -tq "$T/z.zip" > /dev/null || fail "unzip -t of $1"
    (cd "$T/z" && unzip -q ../z.zip) || fail "unzip of $1"
    (cd "$T/z" && find . -type f | sort | tr '\n' ' ')
}
names=$(zip_of "/api/studies/$A/zip")
[ "$names" = "./$A/$A.1/$A.1.1.dcm ./$A/$A.1/$A.1.2.dcm ./$A/$A.1/$A.1.3.dcm ./$A/$A.2/$A.2.1.dcm ./$A/$A.2/$A.2.2.dcm ./$A/$A.3/$A.3.1.dcm " ] ||
    fail "the ZIP of study A holds: $names"
for f in $names; do
    dcmdump -q "$T/z/$f" > "$T/dump" 2>&1 || { cat "$T/dump"; fail "dcmdump of $f"; }
    sop=$(basename "$f" .dcm)
    dcmdump +P SOPInstanceUID "$T/z/$f" | grep -q "\[$sop\]" || fail "$f is not $sop"
    file=$(sqlite3 "$db" "SELECT ObjectFile FROM DICOMImages WHERE SOPInstanc = '$sop'")
    cmp -s "$T/z/$f" "$T/data/$file" || fail "$f differs from the stored file"
done
names=$(zip_of "/api/studies/$B/series/$B.2/zip")
[ "$names" = "./$B/$B.2/$B.2.1.dcm " ] || fail "the ZIP of series $B.2 holds: $names"
st=$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/studies/1.2.3.4/zip")
[ "$st" = 404 ] || fail "the ZIP of a study not stored: $st, not 404"
st=$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/studies/1.2.3.x/zip")
[ "$st" = 400 ] || fail "the ZIP of a study that is not a UID: $st, not 400"

kill -0 "$DGATE_PID" || fail "dgate died"
stop_dgate
grep -q "^.*\[STOW 127.0.0.1:[0-9]*\] stored .* by - via STOW$" "$T/PacsUser.log" ||
    fail "no 'stored ... by - via STOW' line in PacsUser.log"
grep -q "ZIP of study $A (6 images) to -" "$T/PacsUser.log" || fail "the ZIP is not in PacsUser.log"
echo "web stow: ok"
