#!/bin/bash
# The DICOMweb benchmark (bench/README.md, issue 13): dgate's web server
# against Orthanc with its DICOMweb plugin (Debian's orthanc-dicomweb), both
# on loopback, each with its SQLite index and its files in the temporary
# directory, no authentication:
#  serve: STOW-RS of the 2000 CT images of store.sh into an empty server
#    (images/s); then, on the servers so filled and the 200-image study of
#    qr.sh stored too, WADO-RS retrieve of that study (images/s) and the
#    series /metadata of the 2000 (ms per request);
#  find: QIDO-RS at STUDY level on an index of BENCH_WEB_STUDIES studies,
#    PatientName wildcards that match a few studies and about a hundred
#    (limit=100), ms per request.
# Each row: the ratio of dgate's speed to Orthanc's, run by run (goal >= 1.5).
# A measurement, not a test: it exits 0 whatever the numbers.
#
# Environment (all optional):
#   BENCH_WEB_PARTS="serve find"  the halves to run
#   BENCH_WEB_STUDIES=100000  find: studies of the index (one instance each;
#                         at most 456976); building Orthanc's index of them
#                         takes long once (then kept in the cache)
#   BENCH_REPEAT=9        serve: rounds of retrieve and metadata
#   BENCH_WEB_STOW_REPEAT=3   serve: STOW runs, each into fresh servers
#   BENCH_WEB_STOW_REQUESTS=4 serve: requests the 2000 images are sent in
#   BENCH_FINDS=100       find: rounds of the two queries
#   BENCH_SETTLE=6        seconds of rest after a sync before each STOW
#   BENCH_CACHE=DIR       where the generated files are kept between runs
#                         (default ${XDG_CACHE_HOME:-$HOME/.cache}/dgate-bench)
#   BENCH_ORTHANC_DICOMWEB=FILE   the plugin (default Debian's)
#   DGATE_INI="Key = value;Key = value"  extra dicom.ini lines for dgate
#   DGATE, top_srcdir     set by `make bench-web`; else found from this script
set -u

. "$(dirname "$0")/lib.sh" # top_srcdir, DGATE, the tests' library, Orthanc

PARTS=${BENCH_WEB_PARTS:-serve find}
STUDIES=${BENCH_WEB_STUDIES:-100000}
REPEAT=${BENCH_REPEAT:-9}
STOW_REPEAT=${BENCH_WEB_STOW_REPEAT:-3}
STOW_REQUESTS=${BENCH_WEB_STOW_REQUESTS:-4}
FINDS=${BENCH_FINDS:-100}
SETTLE=${BENCH_SETTLE:-6}
CACHE=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dgate-bench}
PLUGIN=${BENCH_ORTHANC_DICOMWEB:-/usr/share/orthanc/plugins/libOrthancDicomWeb.so}
ROWS=512 COLS=512
[ -x "$DGATE" ] || fail "no dgate at $DGATE (set DGATE)"
need python3 perl curl dump2dcm Orthanc storescu
[ -f "$PLUGIN" ] || fail "no Orthanc DICOMweb plugin at $PLUGIN (orthanc-dicomweb; or set BENCH_ORTHANC_DICOMWEB)"
IFS=';' read -r -a DGATE_EXTRA <<< "${DGATE_INI:-}"
RESULTS=$T/results
: > "$RESULTS"

declare -A WEB_AT # server -> its HTTP port
ORTHANC_WEB_PID=
stop_orthanc() {
    [ -n "$ORTHANC_WEB_PID" ] && kill -TERM "$ORTHANC_WEB_PID" 2>/dev/null && wait "$ORTHANC_WEB_PID" 2>/dev/null
    ORTHANC_WEB_PID=
}
trap 'stop_orthanc; cleanup' EXIT

# dgate as it runs for real (plain dgate, as store.sh runs it), its web
# server on loopback (WebPort; SQLite, as make_config writes it).
start_dgate_web() {
    unset PORT
    WEB_PORT=auto
    make_config "${DGATE_EXTRA[@]}"
    DGATE_CONSOLE= start_dgate
    WEB_AT[dgate]=$WEB_PORT
}

# start_orthanc_web DIR [MEMBER...]: Orthanc with the DICOMweb plugin at
# /dicom-web/, its HTTP server on loopback without authentication, its DICOM
# server off unless a member turns it on.
start_orthanc_web() {
    local dir=$1 port
    shift
    port=$(free_port)
    orthanc_start "$dir" "$port" "\"HttpPort\": $port" '"AuthenticationEnabled": false' \
        "\"Plugins\": [\"$PLUGIN\"]" '"DicomWeb": { "Enable": true, "Root": "/dicom-web/" }' \
        "$@"
    ORTHANC_WEB_PID=$ORTHANC_PID
    WEB_AT[orthanc]=$port
}

# What a run wrote is moved aside, not deleted, until the end (on ext4
# without a journal a create rescans the inodes deleted lately: README).
retire() {
    mkdir -p "$T/retired" && mv "$1" "$T/retired/$(date +%s%N)"
}

# images DIR COUNT SOP_STEM PATIENT STUDY: the CT images of images.sh, made
# once (the caches of store.sh and qr.sh: the same arguments).
images() {
    . "$here/images.sh" # make_images
    if [ "$(find "$1" -name 'ct*.dcm' 2>/dev/null | wc -l)" -ne "$2" ]; then
        echo "generating $2 CT images of ${ROWS}x${COLS}x16 bit in $1 ..."
        make_images "$1" "$ROWS" "$COLS" "$2" "$3" "$4" "$5"
    fi
}

# ---- serve: STOW, then WADO-RS retrieve and metadata ---------------------------
SERIES_STUDY=2.25.314159265358979.1 # store.sh's 2000 images: one series
SERIES_UID=$SERIES_STUDY.2
SERIES_COUNT=2000
STUDY_UID=2.25.314159265358979.7 # qr.sh's study of 200
STUDY_COUNT=200

serve_part() {
    local series_dir=$CACHE/ct-${ROWS}x${COLS}x16-$SERIES_COUNT study_dir=$CACHE/ct-${ROWS}x${COLS}x16-qr-$STUDY_COUNT
    images "$series_dir" "$SERIES_COUNT" 2.25.314159265358979.3. BENCH001 "$SERIES_STUDY"
    images "$study_dir" "$STUDY_COUNT" 2.25.314159265358979.6. BENCHQR "$STUDY_UID"
    local series_files study_files
    mapfile -t series_files < <(find "$series_dir" -name 'ct*.dcm' | sort)
    mapfile -t study_files < <(find "$study_dir" -name 'ct*.dcm' | sort)
    cat "${series_files[@]}" "${study_files[@]}" > /dev/null # in the page cache for every run

    # STOW into empty servers, started afresh for each run; the last run's
    # stay for the reads.
    local r s secs
    for ((r = 1; r <= STOW_REPEAT; r++)); do
        for s in dgate orthanc; do
            if [ "$s" = dgate ]; then start_dgate_web; else start_orthanc_web "$T/orthanc"; fi
            sync
            sleep "$SETTLE"
            secs=$(python3 "$here/web.py" stow "${WEB_AT[$s]}" "$STOW_REQUESTS" "${series_files[@]}") ||
                fail "$s: STOW failed"
            echo "stow $s $r $secs" >> "$RESULTS"
            if [ "$r" -lt "$STOW_REPEAT" ]; then
                if [ "$s" = dgate ]; then stop_dgate && retire "$T/data"; else stop_orthanc && retire "$T/orthanc"; fi
            fi
        done
    done
    for s in dgate orthanc; do
        python3 "$here/web.py" stow "${WEB_AT[$s]}" 1 "${study_files[@]}" > /dev/null || fail "$s: STOW of the study failed"
    done
    python3 "$here/web.py" retrieve "$REPEAT" "$STUDY_UID" "$STUDY_COUNT" dgate="${WEB_AT[dgate]}" \
        orthanc="${WEB_AT[orthanc]}" >> "$RESULTS" || fail "the WADO-RS client failed"
    python3 "$here/web.py" metadata "$REPEAT" "$SERIES_STUDY" "$SERIES_UID" "$SERIES_COUNT" \
        dgate="${WEB_AT[dgate]}" orthanc="${WEB_AT[orthanc]}" >> "$RESULTS" || fail "the metadata client failed"
    HWM_SERVE=$(awk '/^VmHWM:/ { print $2 }' "/proc/$DGATE_PID/status" 2>/dev/null)
    stop_dgate
    stop_orthanc
    rm -rf "$T/retired" "$T/data" "$T/orthanc"
}

# ---- find: QIDO-RS on a big index ---------------------------------------------

# orthanc_index DIR INDEX_FILES: Orthanc's storage and index of the files,
# made once through C-STORE (two associations) and kept in DIR.
orthanc_index() {
    local dir=$1 files=$2 port n t0 t1
    [ -f "$dir/complete" ] && return 0
    echo "loading $(cat "$files/complete") files into Orthanc's index in $dir (once) ..."
    rm -rf "$dir"
    port=$(free_port)
    start_orthanc_web "$dir" '"DicomServerEnabled": true' "\"DicomPort\": $port" '"DicomAet": "ORTHANC"' \
        '"DicomCheckCalledAet": false' '"DicomAlwaysAllowStore": true'
    wait_port "$port" "$ORTHANC_WEB_PID" Orthanc
    t0=$(date +%s)
    local half=() other=() d
    for d in "$files"/*/; do
        if [ ${#half[@]} -eq ${#other[@]} ]; then half+=("$d"); else other+=("$d"); fi
    done
    storescu +sd +r -aet BENCH -aec ORTHANC 127.0.0.1 "$port" "${half[@]}" > "$T/load-1.log" 2>&1 &
    local p1=$!
    [ ${#other[@]} -eq 0 ] || storescu +sd +r -aet BENCH -aec ORTHANC 127.0.0.1 "$port" "${other[@]}" > "$T/load-2.log" 2>&1 ||
        fail "storescu failed to load Orthanc (see $T/load-2.log)"
    wait "$p1" || fail "storescu failed to load Orthanc (see $T/load-1.log)"
    t1=$(date +%s)
    n=$(python3 -c 'import json, sys, urllib.request; print(json.load(urllib.request.urlopen(sys.argv[1]))["CountInstances"])' \
        "http://127.0.0.1:${WEB_AT[orthanc]}/statistics") || fail "Orthanc's /statistics"
    stop_orthanc
    [ "$n" = "$(cat "$files/complete")" ] || fail "Orthanc indexed $n of $(cat "$files/complete") files"
    echo "Orthanc took $((t1 - t0)) s"
    echo "$n" > "$dir/complete"
}

find_part() {
    local files=$CACHE/web-index-$STUDIES
    unset PORT
    WEB_PORT=auto
    index_build "$files" "$STUDIES" 1 1 "${DGATE_EXTRA[@]}"
    orthanc_index "$CACHE/web-orthanc-$STUDIES" "$files"
    DGATE_CONSOLE= start_dgate
    WEB_AT[dgate]=$WEB_PORT
    start_orthanc_web "$CACHE/web-orthanc-$STUDIES" '"DicomServerEnabled": false'
    python3 "$here/web.py" find "$FINDS" "$STUDIES" dgate="${WEB_AT[dgate]}" orthanc="${WEB_AT[orthanc]}" >> "$RESULTS" ||
        fail "the QIDO-RS client failed"
    stop_dgate
    stop_orthanc
    FOUND_IN="$STUDIES studies / $NFILES instances; dgate -r: $REGEN"
}

for part in $PARTS; do
    case $part in
    serve) serve_part ;;
    find) find_part ;;
    *) fail "BENCH_WEB_PARTS: no part '$part'" ;;
    esac
done

# ---- the table: per row, each server's median, and dgate's speed over
# Orthanc's run by run (the same round), with their median: the measure ----------
echo
echo "DICOMweb, dgate against Orthanc $(Orthanc --version | awk 'NR == 1 { print $2 }') with its DICOMweb plugin, loopback, $(nproc) CPUs"
[ -z "${FOUND_IN:-}" ] || echo "QIDO on $FOUND_IN"
awk -v sc="$SERIES_COUNT" -v stc="$STUDY_COUNT" '
    function med(a, n,    i, j, x) {
        for (i = 2; i <= n; i++)
            for (j = i; j > 1 && a[j - 1] > a[j]; j--) { x = a[j]; a[j] = a[j - 1]; a[j - 1] = x }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { secs[$1, $2, $3] = $4; if ($3 > rounds[$1]) rounds[$1] = $3; seen[$1] = 1 }
    END {
        split("stow retrieve metadata find-few find-100", order, " ")
        label["stow"] = "STOW-RS of " sc " CT images"; unit["stow"] = "img/s"; per["stow"] = sc
        label["retrieve"] = "WADO-RS study of " stc " CT images"; unit["retrieve"] = "img/s"; per["retrieve"] = stc
        label["metadata"] = "series metadata, " sc " instances"; unit["metadata"] = "ms"
        label["find-few"] = "QIDO PatientName=XYZ* (a few)"; unit["find-few"] = "ms"
        label["find-100"] = "QIDO PatientName=XY* limit=100"; unit["find-100"] = "ms"
        printf "%-34s %5s %10s %10s %7s  %s\n", "row", "unit", "dgate", "Orthanc", "ratio", "ratios run by run (goal >= 1.5)"
        for (o = 1; o <= 5; o++) {
            row = order[o]
            if (!(row in seen)) continue
            nd = no = nr = 0; delete d; delete q; delete r
            for (k = 1; k <= rounds[row]; k++) {
                a = secs[row, "dgate", k]; b = secs[row, "orthanc", k]
                if (a > 0) d[++nd] = a
                if (b > 0) q[++no] = b
                if (a > 0 && b > 0) r[++nr] = b / a
            }
            runs = ""
            for (k = 1; k <= nr; k++) runs = runs sprintf(" %.2f", r[k])
            md = med(d, nd); mo = med(q, no); mr = med(r, nr)
            if (nr > 9) runs = sprintf(" %d rounds, from %.2f to %.2f", nr, r[1], r[nr])
            if (unit[row] == "ms") { vd = md * 1000; vo = mo * 1000 } else { vd = per[row] / md; vo = per[row] / mo }
            printf "%-34s %5s %10.*f %10.*f %7.2f %s\n", label[row], unit[row], unit[row] == "ms" ? 2 : 0, vd, \
                unit[row] == "ms" ? 2 : 0, vo, mr, runs
        }
    }' "$RESULTS"
[ -z "${HWM_SERVE:-}" ] || awk -v k="$HWM_SERVE" 'BEGIN { printf "dgate peak RSS (VmHWM) while serving: %.1f MiB\n", k / 1024 }'
exit 0
