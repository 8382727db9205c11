#!/bin/sh
# Eight storescu processes at once, 25 objects each, into one dgate: every
# object stored under its own name and indexed, nothing left over.
. "$top_srcdir/tests/integration/lib.sh"
need storescu python3

# 8 studies of 25 small CT objects, one directory per sender; the last two
# senders share a patient and a study, so their rows meet in the index.
root=1.2.826.0.1.3680043.2.1125.66
for p in 0 1 2 3 4 5 6 7; do
    study=$((p < 6 ? p : 6))
    mkdir -p "$T/in/$p"
    python3 "$top_srcdir/tests/integration/dicom_raw.py" ct "$T/in/$p/{n}.dcm" count=25 \
        "sop=$root.$((p + 10)).{n}" "patient=PAR$study" "study=$root.$((study + 1))" \
        "series=$root.$((p + 1)).100" || fail "cannot write the test objects"
done

make_config "FileSync = 0"
start_dgate
pids=
for p in 0 1 2 3 4 5 6 7; do
    storescu -aec CONQUESTSRV1 -aet "SENDER$p" 127.0.0.1 "$PORT" "$T/in/$p"/*.dcm \
        > "$T/out$p" 2>&1 &
    pids="$pids $!"
done
rc=0
for pid in $pids; do
    wait "$pid" || rc=1
done
[ "$rc" -eq 0 ] || { cat "$T"/out*; tail -50 "$T/dgate.log"; fail "a storescu failed"; }
n=$(find "$T/data" -name '*.dcm' | wc -l)
[ "$n" -eq 200 ] || fail "$n files stored, expected 200"
[ "$(grep -c 'C-STORE-RSP status 0x0000' "$T/dgate.log")" -eq 200 ] || fail "not 200 successes"
if command -v sqlite3 > /dev/null; then
    rows=$(sqlite3 -cmd ".timeout 10000" "$T/data/dbase/conquest.db3" "select count(*) from DICOMImages")
    [ "$rows" -eq 200 ] || fail "DICOMImages has $rows rows, expected 200"
fi
[ -z "$(temp_files "$T/data")" ] || fail "temporary files left"

# One SOP instance from six senders at once (a retrying modality, two routes
# forwarding one study), ten times: each ends as one file, the one indexed.
for n in 1 2 3 4 5 6 7 8 9 10; do
    python3 "$top_srcdir/tests/integration/dicom_raw.py" ct "$T/same$n.dcm" rows=256 cols=256 \
        "sop=$root.99.$n" patient=SAME "study=$root.99" "series=$root.99.1" ||
        fail "cannot write the test objects"
    pids=
    for p in 1 2 3 4 5 6; do
        storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/same$n.dcm" > "$T/same$n.$p" 2>&1 &
        pids="$pids $!"
    done
    for pid in $pids; do
        wait "$pid" || { cat "$T/same$n".*; fail "a storescu of the same object failed"; }
    done
done
n=$(find "$T/data/SAME" -name '*.dcm' | wc -l)
[ "$n" -eq 10 ] || fail "$n files for 10 SOP instances stored six times each at once"
exit 0
