#!/bin/bash
# The Query/Retrieve benchmark (bench/README.md):
#  retrieve: C-MOVE (to dcmtk's storescp) and C-GET (by dcmtk's getscu) of a
#    study of 200 CT images from dgate, Orthanc and dcmtk's dcmqrscp, each
#    loaded through C-STORE, interleaved; the receiver writes the files
#    (disk) or discards them (ignore); images/s and the ratio dgate / the
#    faster of the other two (goal >= 1.1);
#  find: `dgate -r` over BENCH_STUDIES studies of 10 small instances (files/s),
#    then STUDY-level C-FINDs by PatientID and by a PatientName wildcard
#    against C-ECHOs on the same association (goal: within 2 ms of C-ECHO).
# A measurement, not a test: it exits 0 whatever the numbers.
#
# Environment (all optional):
#   BENCH_QR_PARTS="retrieve find"   which halves to run
#   BENCH_QR_SERVERS="dgate orthanc dcmqrscp"   retrieve: servers measured
#   BENCH_QR_COUNT=200    images of the retrieved study
#   BENCH_QR_STORED=uncompressed  retrieve: or jpegls: the study is loaded as
#                         JPEG-LS Lossless (dcmcjpls) and stored so; the
#                         receivers take only uncompressed syntaxes, so each
#                         server transcodes every image (issue 11's `un` row)
#   BENCH_QR_DEST="disk ignore"   retrieve: the receiver writes each image to
#                         a file / receives and discards it (--ignore)
#   BENCH_REPEAT=9        retrieve: runs of each operation and server
#   BENCH_MAX_PDU=65536   max PDU of every server, destination and getscu
#   BENCH_STUDIES=100000  find: studies in the index (10 instances each;
#                         at most 456976, the names' four letters)
#   BENCH_FINDS=200       find: rounds of C-ECHO, C-FIND by ID, C-FIND by name
#   BENCH_CACHE=DIR       where the generated files are kept between runs
#                         (default ${XDG_CACHE_HOME:-$HOME/.cache}/dgate-bench)
#   BENCH_PERF=DIR        record `perf record -g` of dgate during the timed
#                         retrieves and finds (DIR/qr-OP.data)
#   DGATE_INI="Key = value;Key = value"  extra dicom.ini lines for dgate
#   DGATE, top_srcdir     set by `make bench-qr`; else found from this script
set -u

. "$(dirname "$0")/lib.sh" # top_srcdir, DGATE, the tests' library

PARTS=${BENCH_QR_PARTS:-retrieve find}
SERVERS=${BENCH_QR_SERVERS:-dgate orthanc dcmqrscp}
COUNT=${BENCH_QR_COUNT:-200}
STORED=${BENCH_QR_STORED:-uncompressed}
REPEAT=${BENCH_REPEAT:-9}
MAX_PDU=${BENCH_MAX_PDU:-65536}
STUDIES=${BENCH_STUDIES:-100000}
FINDS=${BENCH_FINDS:-200}
CACHE=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dgate-bench}
ROWS=512 COLS=512
[ -x "$DGATE" ] || fail "no dgate at $DGATE (set DGATE)"
IFS=';' read -r -a DGATE_EXTRA <<< "${DGATE_INI:-}"

# perf_start NAME: with BENCH_PERF, profile dgate until perf_stop.
PERF_PID=
perf_start() {
    [ -n "${BENCH_PERF:-}" ] || return 0
    mkdir -p "$BENCH_PERF"
    perf record -q -g -p "$DGATE_PID" -o "$BENCH_PERF/qr-$1.data" > /dev/null 2>&1 &
    PERF_PID=$!
    sleep 0.5 # perf attaches
}
perf_stop() {
    [ -n "$PERF_PID" ] || return 0
    kill -INT "$PERF_PID" 2>/dev/null
    wait "$PERF_PID" 2>/dev/null
    PERF_PID=
}

# seconds COMMAND...: run it (output to $T/cmd.log), print the elapsed time.
seconds() {
    local t0 t1 rc
    t0=$(date +%s.%N)
    "$@" > "$T/cmd.log" 2>&1
    rc=$?
    t1=$(date +%s.%N)
    awk -v s="$t0" -v e="$t1" 'BEGIN { printf "%.4f\n", e - s }'
    return $rc
}

# ---- retrieve ------------------------------------------------------------------
STUDY_UID=2.25.314159265358979.7
declare -A SERVER_PORT SERVER_AE SERVER_PID SERVER_STORE
DEST_PID=()
DESTS=${BENCH_QR_DEST:-disk ignore}
# On any exit: the servers and the destination stopped, then lib.sh's cleanup.
stop_servers() {
    for pid in "${SERVER_PID[@]}" "${DEST_PID[@]}"; do
        kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
    SERVER_PID=() DEST_PID=()
}
trap 'perf_stop; stop_servers; cleanup' EXIT

# Each server listens on its own port for the whole half and knows the
# destinations STORESCP and IGNORESCP (DEST_PORT) and the retrieving AE BENCH.
start_dgate_server() {
    PORT=$(free_port)
    printf '%s\n' "CONQUESTSRV1 127.0.0.1 $PORT un" "STORESCP 127.0.0.1 ${DEST_PORT[disk]} un" \
        "IGNORESCP 127.0.0.1 ${DEST_PORT[ignore]} un" > "$T/acrnema.map"
    make_config "MaxPDULength = $MAX_PDU" "${DGATE_EXTRA[@]}"
    # Plain dgate, as it runs for real (as store.sh runs it).
    DGATE_CONSOLE= start_dgate
    SERVER_PORT[dgate]=$PORT SERVER_AE[dgate]=CONQUESTSRV1 SERVER_PID[dgate]=$DGATE_PID
    SERVER_STORE[dgate]=$T/data
}

# Orthanc from Debian (lib.sh's orthanc_start): no HTTP, no plugins.
start_orthanc_server() {
    local port
    port=$(free_port)
    orthanc_start "$T/orthanc" "$port" '"HttpServerEnabled": false' "\"HttpPort\": $(free_port)" \
        '"Plugins": []' '"DicomAet": "ORTHANC"' "\"DicomPort\": $port" '"DicomCheckCalledAet": false' \
        "\"DicomModalities\": { \"disk\": [\"STORESCP\", \"127.0.0.1\", ${DEST_PORT[disk]}],
    \"ignore\": [\"IGNORESCP\", \"127.0.0.1\", ${DEST_PORT[ignore]}], \"bench\": [\"BENCH\", \"127.0.0.1\", 104] }" \
        '"DicomAlwaysAllowEcho": true' '"DicomAlwaysAllowStore": true' "\"MaximumPduLength\": $MAX_PDU"
    SERVER_PID[orthanc]=$ORTHANC_PID
    SERVER_PORT[orthanc]=$port SERVER_AE[orthanc]=ORTHANC SERVER_STORE[orthanc]=$T/orthanc/storage
}

# dcmtk's dcmqrscp (a process per association, as it runs by default).
start_dcmqrscp_server() {
    local port dir=$T/dcmqrscp
    port=$(free_port)
    mkdir -p "$dir/db"
    cat > "$dir/dcmqrscp.cfg" <<CFG
NetworkTCPPort = $port
MaxPDUSize = $MAX_PDU
MaxAssociations = 16
HostTable BEGIN
disk = (STORESCP, 127.0.0.1, ${DEST_PORT[disk]})
ignore = (IGNORESCP, 127.0.0.1, ${DEST_PORT[ignore]})
HostTable END
VendorTable BEGIN
VendorTable END
AETable BEGIN
DCMQRSCP $dir/db RW (10, 4096mb) ANY
AETable END
CFG
    dcmqrscp -c "$dir/dcmqrscp.cfg" > "$dir/dcmqrscp.log" 2>&1 &
    SERVER_PID[dcmqrscp]=$!
    wait_port "$port" "${SERVER_PID[dcmqrscp]}" dcmqrscp
    SERVER_PORT[dcmqrscp]=$port SERVER_AE[dcmqrscp]=DCMQRSCP SERVER_STORE[dcmqrscp]=$dir/db
}

# stored SERVER: the files it holds (index files aside).
stored() {
    find "${SERVER_STORE[$1]}" -type f -not -path '*/.incoming/*' -not -path '*/dbase/*' \
        -not -name index.dat | wc -l
}

# The receivers' directories: a run's files are moved aside (not deleted:
# on ext4 without a journal, creates rescan recently deleted inodes, see
# README) and removed at the end.
RETIRED=$T/retired
retire() {
    mkdir -p "$RETIRED" && mv "$1" "$RETIRED/$(date +%s%N)"
}

# retrieve_run SERVER OP DEST: one timed C-MOVE or C-GET of the study; one
# line "OP DEST SERVER RATE" in $RESULTS (rate 0 when not every image
# arrived: counted on disk, or with --ignore by the final status Success
# of the C-MOVE, which a server answers only when no sub-operation failed,
# and the C-GET's count of completed sub-operations).
retrieve_run() {
    local server=$1 op=$2 dest=$3 secs got rate=0 keys
    keys=(-v -S -aet BENCH -aec "${SERVER_AE[$server]}" -k QueryRetrieveLevel=STUDY -k "StudyInstanceUID=$STUDY_UID")
    mkdir -p "$T/dest-disk" "$T/get"
    sync
    if [ "$op" = move ]; then
        secs=$(seconds movescu "${keys[@]}" -aem "${DEST_AE[$dest]}" -pdu "$MAX_PDU" 127.0.0.1 "${SERVER_PORT[$server]}") ||
            echo "$server: movescu failed: $(tail -2 "$T/cmd.log")" >&2
    else
        local out=(-od "$T/get")
        [ "$dest" = ignore ] && out=(--ignore)
        secs=$(seconds getscu "${keys[@]}" "${out[@]}" -pdu "$MAX_PDU" 127.0.0.1 "${SERVER_PORT[$server]}") ||
            echo "$server: getscu failed: $(tail -2 "$T/cmd.log")" >&2
    fi
    if [ "$dest" = ignore ]; then
        got=0
        grep -qE "Received Final Move Response \(Success\)|Completed Suboperations +: $COUNT\$" "$T/cmd.log" && got=$COUNT
    else
        got=$(find "$T/dest-disk" "$T/get" -type f | wc -l)
    fi
    retire "$T/dest-disk"
    retire "$T/get"
    if [ "$got" -eq "$COUNT" ]; then
        rate=$(awk -v c="$COUNT" -v s="$secs" 'BEGIN { printf "%.1f", c / s }')
    else
        echo "$server $op $dest: $got of $COUNT images arrived (see $T/cmd.log)" >&2
        cp "$T/cmd.log" "$T/failed-$server-$op-$dest.log"
    fi
    [ "${WARMUP:-0}" = 1 ] || echo "$op $dest $server $rate" >> "$RESULTS"
}

retrieve_part() {
    need storescu storescp movescu getscu dump2dcm perl
    for s in $SERVERS; do
        case $s in
        dgate) ;; orthanc) need Orthanc ;; dcmqrscp) need dcmqrscp ;;
        *) fail "BENCH_QR_SERVERS: no server '$s'" ;;
        esac
    done
    local images=$CACHE/ct-${ROWS}x${COLS}x16-qr-$COUNT files
    . "$here/images.sh" # make_images
    if [ "$(find "$images" -name 'ct*.dcm' 2>/dev/null | wc -l)" -ne "$COUNT" ]; then
        echo "generating $COUNT CT images of ${ROWS}x${COLS}x16 bit in $images ..."
        make_images "$images" "$ROWS" "$COLS" "$COUNT" 2.25.314159265358979.6. BENCHQR "$STUDY_UID"
    fi
    mapfile -t files < <(find "$images" -name 'ct*.dcm' | sort)
    local load_opts=() stored_as="Explicit VR LE"
    case $STORED in
    uncompressed) ;;
    jpegls)
        need dcmcjpls
        if [ "$(find "$images-jpegls" -name 'ct*.dcm' 2>/dev/null | wc -l)" -ne "$COUNT" ]; then
            echo "compressing them as JPEG-LS Lossless into $images-jpegls ..."
            mkdir -p "$images-jpegls"
            for f in "${files[@]}"; do
                dcmcjpls "$f" "$images-jpegls/$(basename "$f")" || fail "dcmcjpls $f"
            done
        fi
        mapfile -t files < <(find "$images-jpegls" -name 'ct*.dcm' | sort)
        load_opts=(-xt) stored_as="stored as JPEG-LS Lossless, sent uncompressed"
        ;;
    *) fail "BENCH_QR_STORED: '$STORED' is neither uncompressed nor jpegls" ;;
    esac

    # The destinations of the C-MOVEs, for the whole half: dcmtk's storescp
    # writing files into $T/dest-disk, or receiving and discarding them; one
    # association at a time, as a viewer receives.
    declare -gA DEST_PORT DEST_AE=([disk]=STORESCP [ignore]=IGNORESCP)
    mkdir -p "$T/dest-disk"
    for dest in disk ignore; do
        local opts=(-od "$T/dest-disk")
        [ "$dest" = ignore ] && opts=(--ignore)
        DEST_PORT[$dest]=$(free_port)
        storescp -aet "${DEST_AE[$dest]}" -pdu "$MAX_PDU" "${opts[@]}" "${DEST_PORT[$dest]}" > "$T/storescp-$dest.log" 2>&1 &
        DEST_PID+=($!)
        wait_port "${DEST_PORT[$dest]}" "$!" storescp
    done

    for s in $SERVERS; do
        "start_${s}_server"
        storescu "${load_opts[@]}" -aet BENCH -aec "${SERVER_AE[$s]}" 127.0.0.1 "${SERVER_PORT[$s]}" "${files[@]}" > "$T/load-$s.log" 2>&1 ||
            fail "$s: storescu failed to load the study (see $T/load-$s.log)"
        [ "$(stored "$s")" -eq "$COUNT" ] || fail "$s: $(stored "$s") of $COUNT images stored"
        # One untimed retrieve of each kind: caches warm, processes started.
        WARMUP=1 retrieve_run "$s" move disk
        WARMUP=1 retrieve_run "$s" get disk
    done
    RESULTS=$T/results
    : > "$RESULTS"
    case " $SERVERS " in *" dgate "*) perf_start retrieve ;; esac
    for ((r = 1; r <= REPEAT; r++)); do
        for dest in $DESTS; do
            for op in move get; do
                for s in $SERVERS; do retrieve_run "$s" "$op" "$dest"; done
            done
        done
    done
    perf_stop
    local hwm
    hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/${SERVER_PID[dgate]:-0}/status" 2>/dev/null)
    stop_servers
    DGATE_PID=
    rm -rf "$RETIRED"

    echo
    echo "C-MOVE (to storescp) and C-GET (by getscu) of a study of $COUNT CT images (${ROWS}x${COLS}x16 bit, $stored_as), max PDU $MAX_PDU, $(nproc) CPUs"
    echo "disk: the receiver writes each image to a file; ignore: it receives and discards them (--ignore)"
    printf '%-5s %-7s %-9s %13s %s\n' op dest server "median img/s" "all runs (img/s)"
    for dest in $DESTS; do
        for op in move get; do
            for s in $SERVERS; do
                local rates
                rates=$(awk -v o="$op" -v d="$dest" -v s="$s" '$1 == o && $2 == d && $3 == s { printf "%s ", $4 }' "$RESULTS")
                printf '%-5s %-7s %-9s %13s %s\n' "$op" "$dest" "$s" "$(echo "$rates" | tr ' ' '\n' | grep . | median)" "$rates"
            done
        done
    done
    case " $SERVERS " in *" dgate "*) ;; *) return 0 ;; esac
    for dest in $DESTS; do
        for op in move get; do
            # Run by run: dgate's k-th run against the faster of the others'
            # k-th runs (neighbours in time); the median of those is the measure.
            awk -v o="$op" -v d="$dest" '
                $1 == o && $2 == d { n[$3]++; rate[$3, n[$3]] = $4 }
                END {
                    np = 0
                    for (k = 1; k <= n["dgate"]; k++) {
                        best = 0
                        for (s in n) if (s != "dgate" && rate[s, k] > best) best = rate[s, k]
                        if (best > 0 && rate["dgate", k] > 0) r[++np] = rate["dgate", k] / best
                    }
                    printf "ratio dgate/faster peer, %s, %s: ", o, d
                    if (np == 0) { print "n/a"; exit }
                    for (i = 2; i <= np; i++)
                        for (j = i; j > 1 && r[j - 1] > r[j]; j--) { x = r[j]; r[j] = r[j - 1]; r[j - 1] = x }
                    med = np % 2 ? r[(np + 1) / 2] : (r[np / 2] + r[np / 2 + 1]) / 2
                    printf "median %.2f (goal >= 1.10); run by run", med
                    for (i = 1; i <= np; i++) printf " %.2f", r[i]
                    printf "\n"
                }' "$RESULTS"
        done
    done
    awk -v k="${hwm:-0}" 'BEGIN { printf "dgate peak RSS (VmHWM): %.1f MiB\n", k / 1024 }'
}

# ---- find --------------------------------------------------------------------
find_part() {
    need python3
    unset PORT
    index_build "$CACHE/qr-index-$STUDIES" "$STUDIES" 2 5 "MaxPDULength = $MAX_PDU" "${DGATE_EXTRA[@]}"

    DGATE_CONSOLE= start_dgate
    perf_start find
    python3 "$here/qr.py" find "$PORT" "$STUDIES" "$FINDS" > "$T/find.out" || fail "the C-FIND client failed"
    perf_stop
    stop_dgate

    echo
    echo "C-FIND at STUDY level on $STUDIES studies / $NFILES instances (SQLite), $FINDS of each on one association, $(nproc) CPUs"
    echo "dgate -r: $REGEN"
    awk '
        { ms[$1] = $2 }
        END {
            printf "%-34s %8s\n", "request", "median ms"
            printf "%-34s %8.3f\n", "C-ECHO", ms["echo"]
            printf "%-34s %8.3f  (C-ECHO + %.3f; goal <= 2)\n", "C-FIND PatientID=BQ... (1 study)", ms["find-id"], ms["find-id"] - ms["echo"]
            printf "%-34s %8.3f  (C-ECHO + %.3f; goal <= 2)\n", "C-FIND PatientName=ABCD* (1 study)", ms["find-name"], ms["find-name"] - ms["echo"]
        }' "$T/find.out"
}

for part in $PARTS; do
    case $part in
    retrieve) retrieve_part ;;
    find) find_part ;;
    *) fail "BENCH_QR_PARTS: no part '$part'" ;;
    esac
done
exit 0
