#!/bin/sh
# The Modality Worklist on SQLite: HL7 orders (worklist_lib.py: the
# reference's sample, other modalities, dates and names, Latin-1 and UTF-8
# names, several orders in one message, values longer than their columns,
# values made to trouble SQL, CR LF and MLLP framing, an ADT message)
# loaded with dgate --loadhl7, the rows checked against the orders; files
# that must load nothing; *AN and *UI sources; then findscu -W queries
# checked against the orders, raw C-FINDs, and the worklist kept by -r/-i.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"
need findscu python3 sqlite3

LIB="$top_srcdir/tests/integration/worklist_lib.py"
DB="$T/data/dbase/conquest.db3"
COLS="AccessionN, PatientID, PatientNam, PatientBir, PatientSex, ReqPhysici, ReqProcDes, Modality,
    StartDate, StartTime, SchedPSID, SchedStati, ReqProcID, ReqProcPri"
rows() { sqlite3 "$DB" "SELECT $(echo "$COLS" | sed 's/\([A-Za-z]\+\)/COALESCE(\1, '"''"')/g') FROM DICOMWorkList" | sort; }
count() { sqlite3 "$DB" "SELECT COUNT(*) FROM DICOMWorkList"; }

make_config "UserLog = PacsUser.log"
python3 "$LIB" hl7 "$T/orders.hl7" || fail "the HL7 file could not be written"
"$DGATE" -w "$T" --loadhl7:"$T/orders.hl7" > "$T/load.log" 2>&1 || fail "--loadhl7: $(cat "$T/load.log")"
assert_contains "$T/load.log" "Loaded 9 worklist entries from $T/orders.hl7"
assert_contains "$T/load.log" "message 5 (ADT^A01) is not an order (ORM, OMI, OMG): skipped"
python3 "$LIB" rows | sort > "$T/rows.want"
rows > "$T/rows.got"
cmp -s "$T/rows.want" "$T/rows.got" || fail "DICOMWorkList rows differ: $(diff "$T/rows.want" "$T/rows.got")"

# Case 26 of the reference, literally.
got=$(sqlite3 "$DB" "SELECT AccessionN, PatientID, PatientNam, PatientBir, PatientSex, ReqProcDes,
    Modality, SchedPSID, ReqProcID FROM DICOMWorkList WHERE AccessionN = '2005-9999'")
[ "$got" = "2005-9999|20504567|Zijp^Lambert|19591206|M|BRAIN|CT|1234^BRAIN|1234" ] ||
    fail "case 26: $got"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM DICOMWorkList WHERE AccessTime > 0")" = 9 ] ||
    fail "AccessTime not set"

# Loaded again: each order is listed once (an accession replaces its row).
"$DGATE" -w "$T" --loadhl7 "$T/orders.hl7" > "$T/load2.log" 2>&1 || fail "second load: $(cat "$T/load2.log")"
[ "$(count)" = 9 ] || fail "a second load made $(count) rows"

# Files that load nothing: a clear message, exit 1, no row written.
loads_nothing() { # NAME FILE MESSAGE
    if "$DGATE" -w "$T" --loadhl7:"$2" > "$T/bad.log" 2>&1; then fail "$1: loaded"; fi
    assert_contains "$T/bad.log" "$3"
    assert_contains "$T/bad.log" "nothing loaded"
    [ "$(count)" = 9 ] || fail "$1: $(count) rows"
}
printf 'PID|1||X|P900|No^Msh\r' > "$T/nomsh.hl7"
loads_nothing "no MSH" "$T/nomsh.hl7" "does not start with an MSH segment"
head -c 4096 /dev/urandom > "$T/junk.hl7"
loads_nothing "junk" "$T/junk.hl7" "$T/junk.hl7: "
python3 -c "import sys; sys.stdout.write('MSH|^~\\\\&|A||||||ORM^O01\rPID|1||X|P901|' + 'N' * 70000 + '\rOBR|1||NEW-1\r')" > "$T/huge.hl7"
loads_nothing "huge field" "$T/huge.hl7" "a field of 70000 bytes, more than 65536"
printf 'MSH|^~\\&|A||||||ORM^O01\rPID|1||X|P902|Good^Order\rOBR|1||NEW-2\rMSH|^~\\&|A||||||ORM^O01\rPID|1||X|P903|Bad\0Order\rOBR|1||NEW-3\r' > "$T/partial.hl7"
loads_nothing "a broken second message" "$T/partial.hl7" "message 2, segment 2: PID: binary byte 0x00"
printf 'MSH|^~\\&|A||||||ORM^O01|||||||||8859/99\rPID|1||X|P904|A^B\rOBR|1||NEW-4\r' > "$T/charset.hl7"
loads_nothing "unknown MSH-18" "$T/charset.hl7" "character set '8859/99' (MSH-18) is not one we know"
printf 'MSH|^~\\&|A||||||ADT^A08\rPID|1||X|P905|A^B\r' > "$T/adt.hl7"
loads_nothing "no order" "$T/adt.hl7" "no order (ORM, OMI, OMG with OBR)"
loads_nothing "no file" "$T/none.hl7" "none.hl7"
[ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM DICOMWorkList WHERE AccessionN LIKE 'NEW-%'")" = 0 ] ||
    fail "a refused file left a row"

# *AN and *UI sources: a new 16-digit accession number and a new UID.
mkdir -p "$T/gen/data/dbase"
sed -e 's/"OBR.3"/"*AN"/' -e '/0x0020, 0x000d/s/"---"/"*UI"/' "$T/dicom.sql" > "$T/gen/dicom.sql"
grep -q '"\*AN"' "$T/gen/dicom.sql" && grep -q '"\*UI"' "$T/gen/dicom.sql" || fail "dicom.sql edit"
cp "$T/dicom.ini" "$T/dgatesop.lst" "$T/dgate.dic" "$T/acrnema.map" "$T/gen/"
"$DGATE" -w "$T/gen" --loadhl7:"$T/orders.hl7" > "$T/gen.log" 2>&1 || fail "*AN/*UI load: $(cat "$T/gen.log")"
sqlite3 "$T/gen/data/dbase/conquest.db3" "SELECT AccessionN, StudyInsta FROM DICOMWorkList" > "$T/gen.rows"
[ "$(grep -c . "$T/gen.rows")" = 9 ] || fail "*AN: $(cat "$T/gen.rows")"
grep -Evq '^[0-9]{16}\|99999\.99999\.[0-9.]+$' "$T/gen.rows" && fail "*AN/*UI values: $(cat "$T/gen.rows")"
[ "$(cut -d'|' -f1 "$T/gen.rows" | sort -u | grep -c .)" = 9 ] || fail "*AN numbers repeat"
[ "$(cut -d'|' -f2 "$T/gen.rows" | sort -u | grep -c .)" = 9 ] || fail "*UI UIDs repeat"

# The queries.
start_dgate
cases_on sqlite "$LIB" "worklist answers differ from the orders"
cat "$T/raw.sqlite"
assert_contains "$T/dgate.log" "C-FIND identifier does not parse"
kill -0 "$DGATE_PID" 2>/dev/null || fail "dgate died"
findscu -v -W -aec CONQUESTSRV1 -k AccessionNumber=2005-9999 127.0.0.1 "$PORT" > "$T/after.log" 2>&1 ||
    fail "a worklist query after the hostile ones: $(cat "$T/after.log")"
grep -q '(Success)' "$T/after.log" || fail "no success after the hostile ones"
# The answers' set: WorkListReturnsISO_IR (100 by default: Latin-1 bytes).
latin1=$(printf 'M\374ller^J\374rgen' | od -An -tx1 | tr -d ' \n')
utf8=$(printf 'M\303\274ller^J\303\274rgen' | od -An -tx1 | tr -d ' \n')
[ "$(python3 "$LIB" name "$PORT" A-US-3)" = "ISO_IR 100|$latin1" ] ||
    fail "ISO_IR 100 answer: $(python3 "$LIB" name "$PORT" A-US-3)"
stop_dgate
assert_contains "$T/PacsUser.log" "queried WORKLIST Modality=CT: 3 matches"
assert_contains "$T/PacsUser.log" "queried WORKLIST AccessionNumber=2005-9999: 1 match"

echo "WorkListReturnsISO_IR = 192" >> "$T/dicom.ini"
start_dgate
[ "$(python3 "$LIB" name "$PORT" A-US-3)" = "ISO_IR 192|$utf8" ] ||
    fail "ISO_IR 192 answer: $(python3 "$LIB" name "$PORT" A-US-3)"
stop_dgate
sed -i 's/^WorkListReturnsISO_IR = 192$/WorkListReturnsISO_IR = 998/' "$T/dicom.ini"
start_dgate
findscu -v -W -aec CONQUESTSRV1 -k AccessionNumber 127.0.0.1 "$PORT" > "$T/bad-set.log" 2>&1
grep -q 'Final Find Response (Failed: UnableToProcess)\|0xc001' "$T/bad-set.log" ||
    fail "WorkListReturnsISO_IR = 998: $(cat "$T/bad-set.log")"
assert_contains "$T/dgate.log" "WorkListReturnsISO_IR = 998 names no character set we know"
stop_dgate

# -r and -i keep a worklist that holds rows.
"$DGATE" -w "$T" -r > "$T/regen.log" 2>&1 || fail "dgate -r: $(tail -3 "$T/regen.log")"
assert_contains "$T/regen.log" "Worklist contains data"
rows > "$T/rows.after-r"
cmp -s "$T/rows.want" "$T/rows.after-r" || fail "-r changed the worklist"
"$DGATE" -w "$T" -i > "$T/init.log" 2>&1 || fail "dgate -i: $(cat "$T/init.log")"
assert_contains "$T/init.log" "Worklist contains data"
[ "$(count)" = 9 ] || fail "-i dropped the worklist"
"$DGATE" -w "$T" -i2 > "$T/init2.log" 2>&1 || fail "dgate -i2: $(cat "$T/init2.log")"
[ "$(count)" = 0 ] || fail "-i2 kept the worklist"
exit 0
