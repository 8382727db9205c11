#!/bin/bash
# The C-STORE benchmark: dcmtk's storescu sends the same CT images over 1 and
# over 4 associations to dgate and to dcmtk's storescp (no database: the
# practical limit), on this machine, in this run. Prints images/s, the ratio
# dgate/storescp and dgate's peak RSS. A measurement, not a test: it exits 0
# whatever the numbers (see bench/README.md).
#
# Environment (all optional):
#   BENCH_COUNT=2000      images per run
#   BENCH_CACHE=DIR       where the generated images are kept between runs
#                         (default ${XDG_CACHE_HOME:-$HOME/.cache}/dgate-bench)
#   BENCH_TARGETS="storescp dgate dgate-sync"   which receivers to measure
#                         (also dgate-mysql, dgate-pgsql: see run_dgate-mysql)
#   BENCH_ASSOCS="1 4"    association counts
#   BENCH_REPEAT=3        runs of each case (interleaved); the best counts
#   BENCH_SETTLE=6        seconds of rest (after a sync) before each run
#   BENCH_CONDITIONS="settled deleted"   settled: no file deleted on the file
#                         system in the last 6 minutes; deleted: the receiver
#                         stored BENCH_DELETE small images that were deleted
#                         right before the timed run (retention)
#   BENCH_DELETE=3000     images stored and deleted before each "deleted" run
#   BENCH_PERF=DIR        record a perf profile of the receiver in each timed
#                         run (DIR/receiver-assocs-condition-run.data)
#   BENCH_MAX_PDU=65536   max PDU of both receivers (dgate's default)
#   DGATE_INI="Key = value;Key = value"  extra dicom.ini lines for dgate
#   DGATE, top_srcdir     set by `make bench`; else found from this script
set -u

. "$(dirname "$0")/lib.sh" # top_srcdir, DGATE, the tests' library
. "$top_srcdir/tests/integration/db_lib.sh" # set_backend

COUNT=${BENCH_COUNT:-2000}
CACHE=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dgate-bench}
TARGETS=${BENCH_TARGETS:-storescp dgate dgate-sync}
ASSOCS=${BENCH_ASSOCS:-1 4}
MAX_PDU=${BENCH_MAX_PDU:-65536}
REPEAT=${BENCH_REPEAT:-3}
CONDITIONS=${BENCH_CONDITIONS:-settled deleted}
DELETE_COUNT=${BENCH_DELETE:-3000}
ROWS=512 COLS=512

need storescu storescp dump2dcm perl
case " $TARGETS " in *" dgate"*) [ -x "$DGATE" ] || fail "no dgate at $DGATE (set DGATE)" ;; esac

# ---- the images (bench/images.sh), kept in $CACHE for the next run ---------
IMAGES=$CACHE/ct-${ROWS}x${COLS}x16-$COUNT
SOP_STEM=2.25.314159265358979.3.
. "$here/images.sh" # make_images
if [ "$(find "$IMAGES" -name 'ct*.dcm' 2>/dev/null | wc -l)" -ne "$COUNT" ]; then
    echo "generating $COUNT CT images of ${ROWS}x${COLS}x16 bit in $IMAGES ..."
    make_images "$IMAGES" "$ROWS" "$COLS" "$COUNT" "$SOP_STEM" BENCH001 2.25.314159265358979.1
fi
mapfile -t FILES < <(find "$IMAGES" -name 'ct*.dcm' | sort)
cat "${FILES[@]}" > /dev/null # into the page cache, so no run pays for reading them

# The "deleted" condition: before each timed run the receiver stores
# DELETE_COUNT small images (16x16, another patient) which are then deleted,
# as a PACS's retention deletes the images it stored; see retention().
OLD=$CACHE/old-16x16-$DELETE_COUNT
OLD_STEM=2.25.314159265358979.4.
if [[ " $CONDITIONS " == *" deleted "* ]] && [ "$DELETE_COUNT" -gt 0 ] &&
    [ "$(find "$OLD" -name 'ct*.dcm' 2>/dev/null | wc -l)" -ne "$DELETE_COUNT" ]; then
    echo "generating $DELETE_COUNT small images in $OLD ..."
    make_images "$OLD" 16 16 "$DELETE_COUNT" "$OLD_STEM" BENCHOLD 2.25.314159265358979.5
fi
OLD_FILES=()
[[ " $CONDITIONS " == *" deleted "* ]] && mapfile -t OLD_FILES < <(find "$OLD" -name 'ct*.dcm' | sort)

# ---- one run --------------------------------------------------------------
# send N PORT AE: storescu over N parallel associations, each with every Nth
# file; prints the elapsed seconds; returns non-zero when a storescu failed.
send() {
    local n=$1 port=$2 ae=$3 pids=() rc=0
    local start end
    start=$(date +%s.%N)
    for ((k = 0; k < n; k++)); do
        local part=()
        for ((i = k; i < ${#FILES[@]}; i += n)); do part+=("${FILES[i]}"); done
        storescu -aet BENCH -aec "$ae" 127.0.0.1 "$port" "${part[@]}" \
            > "$T/storescu.$k.log" 2>&1 &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || rc=1; done
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
    return $rc
}

# profiled PID NAME N COMMAND...: run COMMAND; with BENCH_PERF=DIR, under
# `perf record -g` of the receiver PID (and the processes it forks), into
# DIR/NAME-N-CONDITION-RUN.data.
RUN_NO=0
profiled() {
    local pid=$1 name=$2 n=$3 perf_pid rc
    shift 3
    RUN_NO=$((RUN_NO + 1))
    if [ -z "${BENCH_PERF:-}" ]; then
        "$@"
        return
    fi
    mkdir -p "$BENCH_PERF"
    perf record -q -g -p "$pid" -o "$BENCH_PERF/$name-$n-$COND-$RUN_NO.data" > /dev/null 2>&1 &
    perf_pid=$!
    sleep 0.5 # perf attaches
    "$@"
    rc=$?
    kill -INT "$perf_pid" 2>/dev/null
    wait "$perf_pid" 2>/dev/null
    return $rc
}

# Before each timed run: write back what earlier runs left in the page cache
# (else a run pays for its predecessor's 1 GiB), and make sure that no file
# was deleted lately. Without a journal (as on many VMs) ext4 skips, in every
# open(O_CREAT), each free inode of the group deleted in the last minute, or
# the last 6 minutes when its inode table block is dirty, which the creates
# themselves make it (fs/ext4/ialloc.c, recently_deleted()), and rescans
# them at every create: after 2000 files were deleted, the next run's creates
# took 10 to 20 times as long (perf: a third of the receiver's CPU time), as
# much or as little as its directory's group held — the main noise of this
# benchmark, and a cost that a server deleting nothing never pays. So the
# runs' files are kept, moved aside with their page cache dropped (keeping
# it slowed every run by half), and deleted at the end; the next benchmark
# waits until that deletion is 6 minutes old. Only when the file system has
# no room for two more runs are they deleted in between, with that wait.
RETIRED=$T/retired
DELETED_AT=$CACHE/deleted-at
LAST_DELETE=$(cat "$DELETED_AT" 2>/dev/null || echo 0)
trap 'cleanup; date +%s > "$DELETED_AT"' EXIT
retire() {
    mkdir -p "$RETIRED" && mv "$1" "$RETIRED/$(date +%s%N)"
}
drop_page_cache() {
    python3 -c '
import os, sys
for root, _, files in os.walk(sys.argv[1]):
    for name in files:
        fd = os.open(os.path.join(root, name), os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)' "$1"
}
settle() {
    local run_mb=$((COUNT * $(stat -c %s "${FILES[0]}") / 1048576)) free_mb wait
    sync
    if [ -d "$RETIRED" ]; then
        free_mb=$(df -Pm "$T" | awk 'NR == 2 { print $4 }')
        if [ "$free_mb" -gt $((2 * run_mb + 1024)) ]; then
            drop_page_cache "$RETIRED"
        else
            rm -rf "$RETIRED"
            LAST_DELETE=$(date +%s)
            sync
        fi
    fi
    wait=$((LAST_DELETE + 361 - $(date +%s)))
    if [ "$COND" = settled ] && [ "$wait" -gt 0 ]; then
        echo "waiting ${wait} s: files were deleted on this file system lately (see settle)" >&2
        sleep "$wait"
    fi
    sleep "${BENCH_SETTLE:-6}"
}

# retention PORT AE DIR PATTERN: in the "deleted" condition, the receiver
# (listening on PORT as AE) stores the DELETE_COUNT small images over one
# association, and the files it stored (PATTERN under DIR) are deleted, as a
# PACS's retention deletes old images: their inodes are freed in the groups
# where this receiver allocates, just before the timed run, which then pays
# whatever recently deleted inodes cost its creates. A second's pause, since
# ext4 counts a deletion as recent only from the next second on.
retention() {
    local stored
    [ "$COND" = deleted ] && [ "$DELETE_COUNT" -gt 0 ] || return 0
    storescu -aet BENCH -aec "$2" 127.0.0.1 "$1" "${OLD_FILES[@]}" > "$T/retention.log" 2>&1 ||
        echo "retention: storescu failed (see $T/retention.log)" >&2
    stored=$(count "$3" "$4")
    [ "$stored" -eq "$DELETE_COUNT" ] ||
        echo "retention: $stored of $DELETE_COUNT old images stored" >&2
    find "$3" -type f -name "$4" -not -path '*/.incoming/*' -delete
    LAST_DELETE=$(date +%s)
    sync
    sleep 1
}

# count DIR PATTERN: files stored under DIR.
count() {
    find "$1" -type f -name "$2" -not -path '*/.incoming/*' | wc -l
}

declare -A RATE
DGATE_HWM_KB=0
RESULTS=$T/results
: > "$RESULTS"

run_storescp() {
    local n=$1 port out secs
    port=$(free_port)
    out=$T/storescp-out
    mkdir -p "$out"
    # One process per association when there are several (else they would
    # queue); a single association is faster without the fork.
    local fork=()
    [ "$n" -gt 1 ] && fork=(--fork)
    storescp "${fork[@]}" -aet STORESCP -pdu "$MAX_PDU" -od "$out" "$port" > "$T/storescp.log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        sleep 0.1
    done
    settle
    retention "$port" STORESCP "$out" '*'
    secs=$(profiled "$pid" storescp "$n" send "$n" "$port" STORESCP) || echo "storescp: a storescu failed (see $T/storescu.*.log)" >&2
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    record storescp "$n" "$secs" "$(count "$out" '*')"
    retire "$out"
}

# dgate_run NAME FILESYNC N [BACKEND]
dgate_run() {
    local name=$1 n=$3 backend=${4:-sqlite} secs extra=()
    unset PORT
    IFS=';' read -r -a extra <<< "${DGATE_INI:-}"
    set_backend "$backend" "MaxPDULength = $MAX_PDU" "FileSync = $2" "${extra[@]}"
    if [ "$backend" != sqlite ]; then
        exec 9> /tmp/dgate-test-db.lock # the test database is shared with the tests
        flock 9
        "$DGATE" -w "$T" -i > "$T/init.log" 2>&1 || fail "$name: dgate -i failed: $(tail -3 "$T/init.log")"
    fi
    # Plain dgate, as it runs for real (its log buffered in PacsUser.log,
    # only trouble on the console), as storescp runs without -v.
    DGATE_CONSOLE= start_dgate
    settle
    retention "$PORT" CONQUESTSRV1 "$T/data" '*.dcm'
    secs=$(profiled "$DGATE_PID" "$name" "$n" send "$n" "$PORT" CONQUESTSRV1) || echo "dgate: a storescu failed (see $T/storescu.*.log, $T/dgate.log)" >&2
    local hwm
    hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$DGATE_PID/status" 2>/dev/null || echo 0)
    [ "${hwm:-0}" -gt "$DGATE_HWM_KB" ] && DGATE_HWM_KB=$hwm
    stop_dgate
    [ "$backend" != sqlite ] && exec 9>&-
    record "$name" "$n" "$secs" "$(count "$T/data" '*.dcm')"
    retire "$T/data"
}

# dgate as shipped (FileSync = 0): the same promise as storescp, the file
# complete and renamed into place, its row committed, in the page cache.
run_dgate() { dgate_run dgate 0 "$1"; }
# dgate with FileSync = 1: each file reaches the disk before its response.
run_dgate-sync() { dgate_run dgate-sync 1 "$1"; }
# dgate indexing into MariaDB/MySQL or PostgreSQL: the test databases of
# tests/README (DGATE_TEST_MYSQL, DGATE_TEST_PGSQL; .ci/databases.sh).
run_dgate-mysql() {
    [ -n "${DGATE_TEST_MYSQL:-}" ] || fail "dgate-mysql needs DGATE_TEST_MYSQL (see tests/README)"
    dgate_run dgate-mysql 0 "$1" mysql
}
run_dgate-pgsql() {
    [ -n "${DGATE_TEST_PGSQL:-}" ] || fail "dgate-pgsql needs DGATE_TEST_PGSQL (see tests/README)"
    dgate_run dgate-pgsql 0 "$1" pgsql
}

# record TARGET N SECONDS STORED: one line "TARGET N CONDITION RATE" per run
# in $RESULTS; a run that lost images has rate 0.
record() {
    local rate=0
    if [ "$4" -eq "$COUNT" ]; then
        rate=$(awk -v c="$COUNT" -v s="$3" 'BEGIN { printf "%.1f", c / s }')
    else
        echo "$1 over $2: only $4 of $COUNT images stored" >&2
    fi
    echo "$1 $2 $COND $rate" >> "$RESULTS"
}

# Interleaved, so that whatever else the machine does hits both receivers.
# The settled runs first: after a "deleted" run they would wait 6 minutes.
for COND in $CONDITIONS; do
    case $COND in settled | deleted) ;; *) fail "BENCH_CONDITIONS: no condition '$COND'" ;; esac
    for ((r = 1; r <= REPEAT; r++)); do
        for n in $ASSOCS; do
            for target in $TARGETS; do
                "run_$target" "$n"
            done
        done
    done
done

# ---- report ---------------------------------------------------------------
echo
echo "C-STORE of $COUNT CT images (${ROWS}x${COLS}x16 bit, Explicit VR LE, $(($(stat -c %s "${FILES[0]}") / 1024)) KiB each), max PDU $MAX_PDU, $(nproc) CPUs"
echo "settled: no deletion on the file system in the last 6 minutes; deleted: $DELETE_COUNT images stored and deleted by the receiver before each run"
printf '%-13s %6s %-8s %12s %s\n' receiver assocs cond "best img/s" "all runs (img/s)"
for COND in $CONDITIONS; do
    for n in $ASSOCS; do
        for target in $TARGETS; do
            rates=$(awk -v t="$target" -v n="$n" -v c="$COND" '$1 == t && $2 == n && $3 == c { printf "%s ", $4 }' "$RESULTS")
            RATE[$target,$n,$COND]=$(echo "$rates" | tr ' ' '\n' | sort -g | tail -1)
            printf '%-13s %6s %-8s %12s %s\n' "$target" "$n" "$COND" "${RATE[$target,$n,$COND]}" "$rates"
        done
    done
done
for COND in $CONDITIONS; do
    for target in $TARGETS; do
        [ "$target" = storescp ] && continue
        case " $TARGETS " in *" storescp "*) ;; *) continue ;; esac
        for n in $ASSOCS; do
            # Each run against the storescp run next to it (the k-th of each:
            # the runs are interleaved): their median is the measure, since it
            # cancels the machine's drifts and one lucky or unlucky run of
            # either; the best against the best is shown too.
            awk -v t="$target" -v n="$n" -v c="$COND" -v d="${RATE[$target,$n,$COND]}" -v s="${RATE[storescp,$n,$COND]}" '
                $2 == n && $3 == c && $1 == "storescp" { sc[++ns] = $4 }
                $2 == n && $3 == c && $1 == t { dg[++nd] = $4 }
                END {
                    printf "ratio %s/storescp over %d association(s), %s: ", t, n, c
                    np = 0
                    for (k = 1; k <= ns && k <= nd; k++)
                        if (sc[k] > 0 && dg[k] > 0) r[++np] = dg[k] / sc[k]
                    if (np == 0) { print "n/a"; exit }
                    for (i = 2; i <= np; i++)      # insertion sort: a handful of pairs
                        for (j = i; j > 1 && r[j - 1] > r[j]; j--) { x = r[j]; r[j] = r[j - 1]; r[j - 1] = x }
                    med = np % 2 ? r[(np + 1) / 2] : (r[np / 2] + r[np / 2 + 1]) / 2
                    printf "median %.2f (goal >= 0.90); run by run %.2f", med, r[1]
                    for (i = 2; i <= np; i++) printf " %.2f", r[i]
                    printf "; best against best %.2f\n", d / s
                }' "$RESULTS"
        done
    done
done
case " $TARGETS " in *" dgate"*)
    awk -v k="$DGATE_HWM_KB" 'BEGIN { printf "dgate peak RSS (VmHWM, all runs): %.1f MiB (goal <= 16 MiB)\n", k / 1024 }' ;;
esac
exit 0
