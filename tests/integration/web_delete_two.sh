#!/bin/bash
# Deletes beside stores, in two dgate processes on one index and one MAG
# directory: one study stored again and again through C-STORE to both while
# DELETE of it goes to both. Afterwards every row points at its file, no
# .incoming file is left, and, on the database servers (whose SOP locks
# hold between processes), every file has its row. On SQLite nothing holds
# between processes (HACKING, "Threads and locks"): a re-store in one
# process racing a deletion in the other may leave a file without a row,
# which `dgate -r` indexes again, so only the first two are checked there.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"

need storescu curl python3
LIB="$top_srcdir/tests/integration/web_lib.py"
S=1.2.826.0.1.3680043.9.7002.60
python3 "$LIB" corpus "$T/c" "$S:$S.1:4" "$S:$S.2:4" > /dev/null || fail "corpus"

A=$T/a B=$T/b
PIDS=
trap 'stop_all; cleanup' EXIT

choose_backends
for be in $BACKENDS; do
    PORT= WEB_PORT=
    set_backend "$be"
    rm -rf "$T/data" && mkdir -p "$T/data/dbase"
    "$DGATE" -w "$T" -i > "$T/init.log" 2>&1 || fail "$be: dgate -i failed: $(cat "$T/init.log")"
    port_a=$(free_port) web_a=$(free_port) port_b=$(free_port) web_b=$(free_port)
    dgate_dir "$A" "$port_a" "WebPort = $web_a"
    dgate_dir "$B" "$port_b" "WebPort = $web_b"
    rm -f "$A/PacsUser.log" "$B/PacsUser.log"
    start_one "$A"
    start_one "$B"
    (
        for _ in 1 2 3 4; do
            storescu -aec CONQUESTSRV1 127.0.0.1 "$port_a" "$T"/c/*.dcm > /dev/null 2>&1
            storescu -aec CONQUESTSRV1 127.0.0.1 "$port_b" "$T"/c/*.dcm > /dev/null 2>&1
        done
    ) &
    storer=$!
    while kill -0 "$storer" 2>/dev/null; do
        curl -s -o /dev/null -X DELETE "http://127.0.0.1:$web_a/dicom-web/studies/$S"
        curl -s -o /dev/null -X DELETE "http://127.0.0.1:$web_b/dicom-web/studies/$S/series/$S.2"
    done
    wait "$storer"
    for p in $PIDS; do
        kill -0 "$p" 2>/dev/null || fail "$be: a dgate died: $(tail "$A/dgate.log" "$B/dgate.log")"
    done
    stop_all
    deleted=$(cat "$A/PacsUser.log" "$B/PacsUser.log" 2>/dev/null | grep -c "deleted ")
    [ "$deleted" -gt 0 ] || fail "$be: nothing was deleted meanwhile"

    sql "$be" "SELECT ObjectFile FROM DICOMImages" | sort > "$T/indexed"
    while read -r file; do
        [ -f "$T/data/$file" ] || fail "$be: a row points at a missing file $file"
    done < "$T/indexed"
    [ -z "$(temp_files "$T/data" 2>/dev/null)" ] || fail "$be: .incoming not empty"
    [ "$be" = sqlite ] && continue
    (cd "$T/data" && find . -path ./dbase -prune -o -path ./.incoming -prune -o -type f -print) |
        sed 's|^\./||' | sort > "$T/files"
    orphans=$(comm -23 "$T/files" "$T/indexed")
    [ -z "$orphans" ] || fail "$be: files without a row: $(echo "$orphans" | head -5)"
    echo "$be: $deleted deletions beside the stores, rows and files agree"
done
end_backends
