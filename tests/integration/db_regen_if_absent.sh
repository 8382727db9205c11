#!/bin/sh
# dgate --regen-if-absent, what the Debian package runs at every install and
# upgrade: on a new index it creates the tables and indexes every file of the
# MAG devices (as -r); on an existing index it only creates the tables that
# are missing, never dropping a row or re-indexing a file.
. "$top_srcdir/tests/integration/lib.sh"

need sqlite3 dump2dcm
make_config
mkdir -p "$T/data/S"
find "$top_srcdir/data/samples" -name '*.dcm' -exec cp {} "$T/data/S/" \;
n=$(find "$T/data/S" -name '*.dcm' | wc -l)
[ "$n" -gt 0 ] || fail "no sample images in $top_srcdir/data/samples"
DB=$T/data/dbase/conquest.db3
q() { sqlite3 "$DB" "$1"; }

# ---- a new index: tables made, every file indexed ------------------------
"$DGATE" -w "$T" --regen-if-absent > "$T/out1" 2>&1 || fail "--regen-if-absent on no database: $(cat "$T/out1")"
assert_contains "$T/out1" "Regeneration Complete"
assert_contains "$T/out1" "Step 1: Create the SQL Tables that are missing"
[ "$(q 'select count(*) from DICOMImages')" = "$n" ] ||
    fail "a new index holds $(q 'select count(*) from DICOMImages') images, not the $n files"
[ "$(q "select count(*) from sqlite_master where type = 'table'")" = 7 ] || fail "not the 7 tables (Conquest's six and our InstanceMetadata)"

# ---- an existing index is kept as it is ----------------------------------
# A row removed and a file added: neither is undone by a second run.
q "delete from DICOMImages where rowid = (select min(rowid) from DICOMImages)"
cat > "$T/extra.dump" <<'DUMP'
(0008,0016) UI =SecondaryCaptureImageStorage
(0008,0018) UI [1.2.826.0.1.3680043.9.7.2.1]
(0008,0060) CS [OT]
(0010,0010) PN [EXTRA^FILE]
(0010,0020) LO [EXTRA01]
(0020,000d) UI [1.2.826.0.1.3680043.9.7.2]
(0020,000e) UI [1.2.826.0.1.3680043.9.7.2.2]
DUMP
dump2dcm -q "$T/extra.dump" "$T/data/S/extra.dcm" || fail "dump2dcm failed"
q "insert into DICOMWorkList (AccessionN, PatientID) values ('2005-9999', '20504567')"
"$DGATE" -w "$T" --regen-if-absent > "$T/out2" 2>&1 || fail "--regen-if-absent on an index: $(cat "$T/out2")"
assert_contains "$T/out2" "The index exists: 0 table(s) created, nothing re-indexed"
[ "$(q 'select count(*) from DICOMImages')" = $((n - 1)) ] || fail "an existing index was re-indexed or dropped"
[ "$(q "select count(*) from DICOMPatients where PatientID = 'EXTRA01'")" = 0 ] || fail "a file was indexed into an existing index"
[ "$(q 'select AccessionN from DICOMWorkList')" = 2005-9999 ] || fail "the worklist lost its row"

# ---- a table that is missing is created, the others kept -----------------
q "drop table DICOMWorkList"
"$DGATE" -w "$T" --regen-if-absent > "$T/out3" 2>&1 || fail "--regen-if-absent without a worklist: $(cat "$T/out3")"
assert_contains "$T/out3" "The index exists: 1 table(s) created, nothing re-indexed"
[ "$(q "select count(*) from sqlite_master where name = 'DICOMWorkList'")" = 1 ] || fail "the worklist was not created"
[ "$(q 'select count(*) from DICOMImages')" = $((n - 1)) ] || fail "creating a missing table touched the images"

# ---- a database that cannot be opened fails, saying why -----------------
echo "this is a text file, not an SQLite database; dgate must not overwrite it" > "$T/text.db3"
cp "$T/text.db3" "$T/text.want"
sed -i "s|^SQLServer = .*|SQLServer = $T/text.db3|" "$T/dicom.ini"
"$DGATE" -w "$T" --regen-if-absent > "$T/out4" 2>&1 && fail "--regen-if-absent without a database succeeded"
assert_contains "$T/out4" "***Error connecting to the database"
cmp -s "$T/text.db3" "$T/text.want" || fail "the file that is not a database was changed"
exit 0
