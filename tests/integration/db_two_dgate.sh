#!/bin/bash
# Two dgate processes on one index and one MAG directory, storing at once:
# the same SOP instances sent to both (four associations, two per process),
# and first stores of one study under two PatientIDs, one to each process.
# Afterwards every instance has exactly one row, every row points at a
# complete file holding that instance, every file has its row (no orphan),
# .incoming is empty, and of each conflicting pair exactly one is stored
# (the other answered with a failure). Then files dropped into the incoming
# folder both watch (the shared MAG0's): each imported once, one row, none
# put into failed/, no error for the file the other took first. On every
# backend available: the
# database servers (MariaDB, PostgreSQL) hold the cross-process locks;
# SQLite serialises writers and refuses the loser of a race.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"

need storescu dump2dcm dcmdump
NOVER=40  # instances sent to both processes
NPAIRS=20 # studies stored first under two PatientIDs at once
NDROP=20  # files dropped into the incoming folder both watch

# ---- the instances -----------------------------------------------------------
mkdir -p "$T/over1" "$T/over2" "$T/pa" "$T/pb" "$T/drop"
make_dcm() { # out sop study series patient number modality
    cat > "$T/o.dump" <<EOF
(0008,0016) UI =SecondaryCaptureImageStorage
(0008,0018) UI [$2]
(0008,0060) CS [$7]
(0010,0010) PN [TWO^DGATE]
(0010,0020) LO [$5]
(0020,000d) UI [$3]
(0020,000e) UI [$4]
(0020,0013) IS [$6]
(7fe0,0010) OW 0000\\0000\\0000\\0000
EOF
    dump2dcm -q "$T/o.dump" "$1" || fail "dump2dcm failed"
}
R=1.2.826.0.1.3680043.9.12
for i in $(seq 1 $NOVER); do
    half=$((1 + (i - 1) * 2 / NOVER)) mod=CT ser=1
    [ $((i % 2)) = 0 ] && mod=MR ser=2
    make_dcm "$T/over$half/$i.dcm" "$R.1.$ser.$i" "$R.1" "$R.1.$ser" TWOOVER "$i" "$mod"
done
for k in $(seq 1 $NPAIRS); do
    make_dcm "$T/pa/$k.dcm" "$R.2.$k.1.1" "$R.2.$k" "$R.2.$k.1" "TWOPA$k" 1 OT
    make_dcm "$T/pb/$k.dcm" "$R.2.$k.1.2" "$R.2.$k" "$R.2.$k.1" "TWOPB$k" 2 OT
done
for i in $(seq 1 $NDROP); do
    make_dcm "$T/drop/$i.dcm" "$R.3.1.$i" "$R.3" "$R.3.1" TWODROP "$i" OT
done

# ---- two servers on one MAG directory and one database -----------------------
PORT_A=$(free_port)
PORT_B=$(free_port)
PORT=$PORT_A
A=$T/a B=$T/b
mkdir -p "$A" "$B"
PIDS=
trap 'stop_all; cleanup' EXIT

choose_backends
for be in $BACKENDS; do
    set_backend "$be"
    rm -rf "$T/data" && mkdir -p "$T/data/dbase" "$T/data/incoming"
    "$DGATE" -w "$T" -i > "$T/init.log" 2>&1 || fail "$be: dgate -i failed: $(cat "$T/init.log")"
    dgate_serves || skip "this dgate does not serve yet"
    # Both read one dicom.ini but for the port; paths made absolute.
    dgate_dir "$A" "$PORT_A"
    dgate_dir "$B" "$PORT_B"
    start_one "$A"
    start_one "$B"
    senders=
    send() { # port log files...
        local port=$1 log=$2
        shift 2
        storescu -v -nh -aec CONQUESTSRV1 127.0.0.1 "$port" "$@" > "$log" 2>&1 &
        senders="$senders $!"
    }
    send "$PORT_A" "$T/s.a1" "$T"/over1/*.dcm
    send "$PORT_B" "$T/s.b1" "$T"/over1/*.dcm
    send "$PORT_A" "$T/s.a2" "$T"/over2/*.dcm
    send "$PORT_B" "$T/s.b2" "$T"/over2/*.dcm
    send "$PORT_A" "$T/s.pa" "$T"/pa/*.dcm
    send "$PORT_B" "$T/s.pb" "$T"/pb/*.dcm
    for p in $senders; do wait "$p"; done
    # Dropped as copying tools do: written under a dot-name, then renamed.
    for f in "$T"/drop/*.dcm; do
        cp "$f" "$T/data/incoming/.${f##*/}" && mv "$T/data/incoming/.${f##*/}" "$T/data/incoming/${f##*/}"
    done
    for _ in $(seq 1 300); do
        [ -z "$(find "$T/data/incoming" -maxdepth 1 -name '*.dcm')" ] && break
        sleep 0.1
    done
    [ -z "$(find "$T/data/incoming" -maxdepth 1 -name '*.dcm')" ] ||
        fail "$be: dropped files not taken in 30 s: $(ls "$T/data/incoming" | head -5)"
    for p in $PIDS; do
        kill -0 "$p" 2>/dev/null || fail "$be: a dgate died: $(tail "$A/dgate.log" "$B/dgate.log")"
    done
    stop_all
    why() { echo "$(grep -h -i 'error\|refused\|warn' "$A/dgate.log" "$B/dgate.log" | head -20)"; }

    # Every instance sent to both: one row each.
    n=$(sql "$be" "SELECT COUNT(*) FROM DICOMImages WHERE SOPInstanc LIKE '$R.1.%'")
    [ "$n" = $NOVER ] || fail "$be: $n rows for the $NOVER instances sent to both processes $(why)"
    # Of each pair exactly one, answered success once; the study belongs to
    # the patient of the stored one.
    ok=$(cat "$T/s.pa" "$T/s.pb" | grep -c 'Received Store Response (Success)')
    [ "$ok" = $NPAIRS ] || fail "$be: $ok successes for $NPAIRS conflicting pairs $(why)"
    for k in $(seq 1 $NPAIRS); do
        rows=$(sql "$be" "SELECT SOPInstanc FROM DICOMImages WHERE SOPInstanc LIKE '$R.2.$k.1.%'")
        [ "$(echo "$rows" | grep -c .)" = 1 ] || fail "$be: pair $k: rows '$rows' $(why)"
        want=TWOPA$k
        [ "${rows##*.}" = 2 ] && want=TWOPB$k
        got=$(sql "$be" "SELECT PatientID FROM DICOMStudies WHERE StudyInsta = '$R.2.$k'")
        [ "$got" = "$want" ] || fail "$be: pair $k: image $rows stored, study of patient '$got'"
    done
    assert_contains "$A/dgate.log" "Monitoring for files in: $T/data/incoming/"
    assert_contains "$B/dgate.log" "Monitoring for files in: $T/data/incoming/"
    n=$(sql "$be" "SELECT COUNT(*) FROM DICOMImages WHERE SOPInstanc LIKE '$R.3.%'")
    [ "$n" = $NDROP ] || fail "$be: $n rows for the $NDROP files dropped $(why)"
    [ ! -d "$T/data/incoming/failed" ] || fail "$be: put into failed/: $(ls "$T/data/incoming/failed" | head -5)"
    ! grep -h "cannot be deleted\|not imported" "$A/dgate.log" "$B/dgate.log" ||
        fail "$be: a dropped file was not imported or deleted cleanly"
    # Every row points at a complete file holding its instance; every file
    # has a row.
    sql "$be" "SELECT SOPInstanc, ObjectFile FROM DICOMImages" | sort > "$T/rows"
    while IFS='|' read -r sop file; do
        [ -f "$T/data/$file" ] || fail "$be: row $sop points at a missing file $file"
        got=$(dcmdump -q +P 0008,0018 "$T/data/$file" 2>&1) || fail "$be: $file does not parse: $got"
        case $got in *"[$sop]"*) ;; *) fail "$be: $file holds '$got', not $sop" ;; esac
    done < "$T/rows"
    (cd "$T/data" && find . -path ./dbase -prune -o -path ./.incoming -prune -o -type f -print) |
        sed 's|^\./||' | sort > "$T/files"
    cut -d'|' -f2 "$T/rows" | sort > "$T/indexed"
    orphans=$(comm -23 "$T/files" "$T/indexed")
    [ -z "$orphans" ] || fail "$be: files without a row: $(echo "$orphans" | head -5) $(why)"
    [ -z "$(temp_files "$T/data" 2>/dev/null)" ] || fail "$be: .incoming not empty: $(temp_files "$T/data")"
done
end_backends
