#!/bin/sh
# dgate -r and -d over several MAG devices (MAGDevices = 3): every device is
# walked in order, each file's row names its device (DeviceName MAG1) and its
# path relative to it (ObjectFile); .incoming/, dbase/, hidden names and
# symbolic links are not walked; a device that cannot be opened is reported
# and the others indexed; regen writes nothing into the devices; -d prints
# Conquest's free-space line for every device.
. "$top_srcdir/tests/integration/lib.sh"

need sqlite3 dump2dcm
make_config
sed -i 's/^MAGDevices = 1$/MAGDevices = 3/' "$T/dicom.ini"
printf '%s\n' "MAGDevice1 = data1/" "MAGDevice2 = missing/" >> "$T/dicom.ini"

# dicom PATIENT SOP: a small object with its own patient and UIDs.
dicom() {
    cat > "$T/obj.dump" <<DUMP
(0008,0016) UI =SecondaryCaptureImageStorage
(0008,0018) UI [1.2.826.0.1.3680043.9.7.5.$2]
(0008,0060) CS [OT]
(0010,0010) PN [$1^TEST]
(0010,0020) LO [$1]
(0020,000d) UI [1.2.826.0.1.3680043.9.7.6.$2]
(0020,000e) UI [1.2.826.0.1.3680043.9.7.6.$2.1]
DUMP
    mkdir -p "$(dirname "$3")"
    dump2dcm -q "$T/obj.dump" "$3" || fail "dump2dcm failed"
}
dicom P0 1 "$T/data/P0/a.dcm"
dicom P1 2 "$T/data1/P1/b.dcm"
dicom P1 3 "$T/data1/P1/S/c"
dicom HIDDEN 4 "$T/data1/.trash/d.dcm"
dicom TEMP 5 "$T/data1/.incoming/123-4.dcm"
dicom DB 6 "$T/data1/dbase/e.dcm"
dicom OUT 7 "$T/outside/f.dcm"
ln -s "$T/outside" "$T/data1/P1/linkdir"
ln -s "$T/outside/f.dcm" "$T/data1/P1/link.dcm"
DB=$T/data/dbase/conquest.db3
q() { sqlite3 -separator '|' "$DB" "$1"; }

"$DGATE" -w "$T" -r > "$T/out" 2> "$T/err" || fail "dgate -r exited $?: $(cat "$T/err")"
grep -v '^\[Regen\]\|^\*\*\*\[Regen\]' "$T/out" > "$T/steps"
printf '%s\n' "Regen Database" "Step 1: Re-intialize SQL Tables" \
    "Step 2: Load / Add DICOM Object files" "Regen Device 'MAG0'" "Regen Device 'MAG1'" \
    "Regen Device 'MAG2'" "Regeneration Complete" > "$T/steps.want"
diff "$T/steps.want" "$T/steps" || fail "step lines differ"
grep '^\[Regen\]\|^\*\*\*\[Regen\]' "$T/out" | sort > "$T/files"
printf '%s\n' "[Regen] $T/data/P0/a.dcm -SUCCESS" "[Regen] $T/data1/P1/S/c -SUCCESS" \
    "[Regen] $T/data1/P1/b.dcm -SUCCESS" | sort > "$T/files.want"
diff "$T/files.want" "$T/files" || fail "regen did not index exactly the three stored files"
# MAG0's files come before MAG1's.
[ "$(grep -n 'data/P0/a.dcm' "$T/out" | cut -d: -f1)" -lt "$(grep -n 'data1/P1/b.dcm' "$T/out" | cut -d: -f1)" ] ||
    fail "MAG1 was walked before MAG0"
assert_contains "$T/err" "MAG2 ($T/missing/) is left out"

q "select ImagePat, DeviceName, ObjectFile from DICOMImages order by SOPInstanc" > "$T/rows"
printf '%s\n' "P0|MAG0|P0/a.dcm" "P1|MAG1|P1/b.dcm" "P1|MAG1|P1/S/c" > "$T/rows.want"
diff "$T/rows.want" "$T/rows" || fail "image rows differ"
# Regen reads only: no .incoming made, nothing removed.
[ ! -e "$T/data/.incoming" ] || fail "regen made MAG0/.incoming"
[ -f "$T/data1/.incoming/123-4.dcm" ] || fail "regen removed a file of MAG1/.incoming"
[ ! -e "$T/missing" ] || fail "regen made the missing MAG2"

# -d: every device in order, Conquest's line for each one it can measure.
"$DGATE" -w "$T" -d > "$T/d" 2>&1 && fail "-d with a missing device succeeded"
grep -Eq '^Free space on MAG   Device 0 := [0-9]+ MByte$' "$T/d" || { cat "$T/d"; fail "-d: no MAG0 line"; }
grep -Eq '^Free space on MAG   Device 1 := [0-9]+ MByte$' "$T/d" || { cat "$T/d"; fail "-d: no MAG1 line"; }
assert_contains "$T/d" "MAG2 $T/missing/: No such file or directory"
mkdir "$T/missing"
"$DGATE" -w "$T" -d > "$T/d" 2>&1 || { cat "$T/d"; fail "-d failed"; }
[ "$(grep -c '^Free space on MAG   Device [012] := [0-9]* MByte$' "$T/d")" -eq 3 ] ||
    { cat "$T/d"; fail "-d did not list the three devices"; }
exit 0
