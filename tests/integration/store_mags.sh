#!/bin/sh
# C-STORE over several MAG devices: an instance indexed on MAG1 that is
# stored again replaces its file there (no second copy on MAG0); a new
# instance goes to the first device with room (MAG0); and a new file never
# replaces another under the same name (FileNameSyntax without the SOP UID):
# it is stored as name_1.dcm, and both rows point at their own file.
. "$top_srcdir/tests/integration/lib.sh"
need sqlite3 dump2dcm storescu

make_config
# (dicom.ini: the first occurrence of a key wins, so these are replaced.)
sed -i -e 's/^MAGDevices = 1$/MAGDevices = 2/' -e 's/^FileNameSyntax = 4$/FileNameSyntax = %id\\same.dcm/' \
    "$T/dicom.ini"
echo "MAGDevice1 = data1/" >> "$T/dicom.ini"
DB=$T/data/dbase/conquest.db3
q() { sqlite3 -separator '|' "$DB" "$1"; }

# object SOP DESCRIPTION FILE: a small object of patient P1.
object() {
    cat > "$T/obj.dump" <<DUMP
(0008,0016) UI =SecondaryCaptureImageStorage
(0008,0018) UI [1.2.826.0.1.3680043.9.7.8.$1]
(0008,0060) CS [OT]
(0008,1030) LO [$2]
(0010,0010) PN [P1^TEST]
(0010,0020) LO [P1]
(0020,000d) UI [1.2.826.0.1.3680043.9.7.9]
(0020,000e) UI [1.2.826.0.1.3680043.9.7.9.1]
DUMP
    mkdir -p "$(dirname "$3")"
    dump2dcm -q "$T/obj.dump" "$3" || fail "dump2dcm failed"
}

# An instance already on MAG1, indexed by dgate -r.
object 1 FIRST "$T/data1/P1/old.dcm"
"$DGATE" -w "$T" -r > "$T/regen.log" 2>&1 || { cat "$T/regen.log"; fail "dgate -r failed"; }
[ "$(q "SELECT DeviceName, ObjectFile FROM DICOMImages")" = "MAG1|P1/old.dcm" ] ||
    fail "regen did not index MAG1: $(q "SELECT DeviceName, ObjectFile FROM DICOMImages")"

start_dgate
# Stored again: its file on MAG1 is replaced, nothing appears on MAG0.
object 1 SECOND "$T/again.dcm"
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/again.dcm" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storing again failed"; }
dcmdump "$T/data1/P1/old.dcm" 2>/dev/null | grep -q "(0008,1030) LO \[SECOND\]" ||
    fail "the file on MAG1 was not replaced"
[ -z "$(find "$T/data" -name '*.dcm')" ] || fail "a copy appeared on MAG0: $(find "$T/data" -name '*.dcm')"
[ "$(q "SELECT DeviceName, ObjectFile FROM DICOMImages")" = "MAG1|P1/old.dcm" ] ||
    fail "the row moved: $(q "SELECT DeviceName, ObjectFile FROM DICOMImages")"

# Two new instances whose names collide: both stored on MAG0, none replaced.
object 2 NEW2 "$T/new2.dcm"
object 3 NEW3 "$T/new3.dcm"
storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/new2.dcm" "$T/new3.dcm" > "$T/out" 2>&1 ||
    { cat "$T/out"; fail "storing two new instances failed"; }
stop_dgate
rows=$(q "SELECT SOPInstanc, DeviceName, ObjectFile FROM DICOMImages WHERE DeviceName = 'MAG0' ORDER BY SOPInstanc")
expected="1.2.826.0.1.3680043.9.7.8.2|MAG0|P1/same.dcm
1.2.826.0.1.3680043.9.7.8.3|MAG0|P1/same_1.dcm"
[ "$rows" = "$expected" ] || fail "rows of the colliding names: $rows"
dcmdump "$T/data/P1/same.dcm" 2>/dev/null | grep -q "LO \[NEW2\]" || fail "same.dcm is not the first"
dcmdump "$T/data/P1/same_1.dcm" 2>/dev/null | grep -q "LO \[NEW3\]" || fail "same_1.dcm is not the second"
echo "mags: ok"
