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
#   BENCH_MAX_PDU=65536   max PDU of both receivers (dgate's default)
#   DGATE_INI="Key = value;Key = value"  extra dicom.ini lines for dgate
#   DGATE, top_srcdir     set by `make bench`; else found from this script
set -u

here=$(cd "$(dirname "$0")" && pwd)
top_srcdir=${top_srcdir:-$(dirname "$here")}
DGATE=${DGATE:-$(pwd)/dgate}
export top_srcdir DGATE
. "$top_srcdir/tests/integration/lib.sh" # T, free_port, make_config, start_dgate, ...
. "$top_srcdir/tests/integration/db_lib.sh" # set_backend

COUNT=${BENCH_COUNT:-2000}
CACHE=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dgate-bench}
TARGETS=${BENCH_TARGETS:-storescp dgate dgate-sync}
ASSOCS=${BENCH_ASSOCS:-1 4}
MAX_PDU=${BENCH_MAX_PDU:-65536}
REPEAT=${BENCH_REPEAT:-3}
ROWS=512 COLS=512

need storescu storescp dump2dcm perl
case " $TARGETS " in *" dgate"*) [ -x "$DGATE" ] || fail "no dgate at $DGATE (set DGATE)" ;; esac

# ---- the images: one made with dump2dcm, then copies with new UIDs --------
# Copies differ in SOP Instance UID (meta header and dataset) and Instance
# Number, written by perl at fixed-length places in the header, so 2000
# images take seconds. They are kept in $CACHE for the next run.
IMAGES=$CACHE/ct-${ROWS}x${COLS}x16-$COUNT
SOP_STEM=2.25.314159265358979.3.
make_images() {
    local work=$IMAGES.tmp
    rm -rf "$work" && mkdir -p "$work" || fail "cannot create $work"
    # A 12-bit ramp, little endian, as CT pixel data.
    perl -e 'binmode STDOUT; print pack("v*", map { $_ & 0x0FFF } 0 .. ($ARGV[0] * $ARGV[1] - 1))' \
        "$ROWS" "$COLS" > "$work/pixels.raw"
    cat > "$work/ct.dump" <<DUMP
(0008,0008) CS [ORIGINAL\\PRIMARY\\AXIAL]
(0008,0016) UI =CTImageStorage
(0008,0018) UI [${SOP_STEM}1000000]
(0008,0020) DA [20260101]
(0008,0030) TM [120000]
(0008,0060) CS [CT]
(0008,0070) LO [BENCH]
(0010,0010) PN [BENCH^CT]
(0010,0020) LO [BENCH001]
(0010,0030) DA [19700101]
(0010,0040) CS [O]
(0018,0050) DS [1]
(0020,000d) UI [2.25.314159265358979.1]
(0020,000e) UI [2.25.314159265358979.2]
(0020,0010) SH [1]
(0020,0011) IS [1]
(0020,0013) IS [000000]
(0028,0002) US 1
(0028,0004) CS [MONOCHROME2]
(0028,0010) US $ROWS
(0028,0011) US $COLS
(0028,0030) DS [0.5\\0.5]
(0028,0100) US 16
(0028,0101) US 16
(0028,0102) US 15
(0028,0103) US 1
(0028,1052) DS [-1024]
(0028,1053) DS [1]
(7fe0,0010) OW =$work/pixels.raw
DUMP
    dump2dcm -q +te "$work/ct.dump" "$work/template.dcm" || fail "dump2dcm failed"
    perl -e '
        my ($template, $dir, $count, $stem) = @ARGV;
        open(my $in, "<:raw", $template) or die "$template: $!";
        local $/; my $t = <$in>; close $in;
        my $head = index($t, "\xE0\x7F\x10\x00");   # (7FE0,0010): stop before the pixels
        die "no pixel data in $template\n" if $head < 0;
        for my $i (1 .. $count) {
            my $c = $t;
            my $uid = $stem . (1000000 + $i);          # same length as the placeholder
            my $num = sprintf("%06d", $i);
            my $n = (substr($c, 0, $head) =~ s/\Q${stem}1000000\E/$uid/g);
            die "UID placeholder found $n times\n" unless $n == 2;
            substr($c, 0, $head) =~ s/000000/$num/ or die "no InstanceNumber\n";
            open(my $out, ">:raw", sprintf("%s/ct%05d.dcm", $dir, $i)) or die "$dir: $!";
            print $out $c; close $out or die "$dir: $!";
        }' "$work/template.dcm" "$work" "$COUNT" "$SOP_STEM" || fail "cannot write the images"
    rm -f "$work/pixels.raw" "$work/ct.dump" "$work/template.dcm"
    rm -rf "$IMAGES" && mv "$work" "$IMAGES" || fail "cannot move the images to $IMAGES"
}
if [ "$(find "$IMAGES" -name 'ct*.dcm' 2>/dev/null | wc -l)" -ne "$COUNT" ]; then
    echo "generating $COUNT CT images of ${ROWS}x${COLS}x16 bit in $IMAGES ..."
    make_images
fi
mapfile -t FILES < <(find "$IMAGES" -name 'ct*.dcm' | sort)
cat "${FILES[@]}" > /dev/null # into the page cache, so no run pays for reading them

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
    if [ "$wait" -gt 0 ]; then
        echo "waiting ${wait} s: files were deleted on this file system lately (see settle)" >&2
        sleep "$wait"
    fi
    sleep "${BENCH_SETTLE:-6}"
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
    secs=$(send "$n" "$port" STORESCP) || echo "storescp: a storescu failed (see $T/storescu.*.log)" >&2
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
    start_dgate
    settle
    secs=$(send "$n" "$PORT" CONQUESTSRV1) || echo "dgate: a storescu failed (see $T/storescu.*.log, $T/dgate.log)" >&2
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

# record TARGET N SECONDS STORED: one line "TARGET N RATE" per run in
# $RESULTS; a run that lost images has rate 0.
record() {
    local rate=0
    if [ "$4" -eq "$COUNT" ]; then
        rate=$(awk -v c="$COUNT" -v s="$3" 'BEGIN { printf "%.1f", c / s }')
    else
        echo "$1 over $2: only $4 of $COUNT images stored" >&2
    fi
    echo "$1 $2 $rate" >> "$RESULTS"
}

# Interleaved, so that whatever else the machine does hits both receivers.
for ((r = 1; r <= REPEAT; r++)); do
    for n in $ASSOCS; do
        for target in $TARGETS; do
            "run_$target" "$n"
        done
    done
done

# ---- report ---------------------------------------------------------------
echo
echo "C-STORE of $COUNT CT images (${ROWS}x${COLS}x16 bit, Explicit VR LE, $(($(stat -c %s "${FILES[0]}") / 1024)) KiB each), max PDU $MAX_PDU, $(nproc) CPUs"
printf '%-13s %6s %12s %s\n' receiver assocs "best img/s" "all runs (img/s)"
for n in $ASSOCS; do
    for target in $TARGETS; do
        rates=$(awk -v t="$target" -v n="$n" '$1 == t && $2 == n { printf "%s ", $3 }' "$RESULTS")
        RATE[$target,$n]=$(echo "$rates" | tr ' ' '\n' | sort -g | tail -1)
        printf '%-13s %6s %12s %s\n' "$target" "$n" "${RATE[$target,$n]}" "$rates"
    done
done
for target in $TARGETS; do
    [ "$target" = storescp ] && continue
    case " $TARGETS " in *" storescp "*) ;; *) continue ;; esac
    for n in $ASSOCS; do
        # Each run against the storescp run next to it (the k-th of each:
        # the runs are interleaved): their median is the measure, since it
        # cancels the machine's drifts and one lucky or unlucky run of
        # either; the best against the best is shown too.
        awk -v t="$target" -v n="$n" -v d="${RATE[$target,$n]}" -v s="${RATE[storescp,$n]}" '
            $2 == n && $1 == "storescp" { sc[++ns] = $3 }
            $2 == n && $1 == t { dg[++nd] = $3 }
            END {
                printf "ratio %s/storescp over %d association(s): ", t, n
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
case " $TARGETS " in *" dgate"*)
    awk -v k="$DGATE_HWM_KB" 'BEGIN { printf "dgate peak RSS (VmHWM, all runs): %.1f MiB (goal <= 16 MiB)\n", k / 1024 }' ;;
esac
exit 0
