# Sourced first by every benchmark script: where the source tree and dgate
# are (set by `make bench*`, else found from the script's own place and
# the current directory), then the integration tests' library (T,
# free_port, make_config, start_dgate, need, fail, ...).
here=$(cd "$(dirname "$0")" && pwd)
top_srcdir=${top_srcdir:-$(dirname "$here")}
DGATE=${DGATE:-$(pwd)/dgate}
export top_srcdir DGATE
. "$top_srcdir/tests/integration/lib.sh"

# wait_port PORT PID NAME: until something listens on PORT (PID still alive).
wait_port() {
    for _ in $(seq 1 300); do
        kill -0 "$2" 2>/dev/null || fail "$3 exited during start-up (see $T)"
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    fail "$3 did not listen on port $1"
}

# median: of the numbers on stdin, one a line.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# orthanc_start DIR PORT MEMBER...: Debian's Orthanc as our own process, its
# storage and SQLite index in DIR/storage and DIR/index (files uncompressed
# as received, nothing reachable beyond loopback, no jobs saved), the JSON
# members given (`"DicomPort": 4242`) added to its configuration
# DIR/orthanc.json; waits until it listens on PORT. Sets ORTHANC_PID.
orthanc_start() {
    local dir=$1 port=$2 member
    shift 2
    mkdir -p "$dir/storage" "$dir/index"
    {
        echo "{"
        echo "  \"Name\": \"bench\","
        echo "  \"StorageDirectory\": \"$dir/storage\","
        echo "  \"IndexDirectory\": \"$dir/index\","
        echo "  \"StorageCompression\": false,"
        echo "  \"RemoteAccessAllowed\": false,"
        for member in "$@"; do echo "  $member,"; done
        echo "  \"SaveJobs\": false"
        echo "}"
    } > "$dir/orthanc.json"
    Orthanc "$dir/orthanc.json" > "$dir/orthanc.log" 2>&1 &
    ORTHANC_PID=$!
    wait_port "$port" "$ORTHANC_PID" Orthanc
}

# index_build DIR STUDIES SERIES IMAGES [KEY = VALUE...]: the files of a big
# index (bench/qr.py index: STUDIES studies of SERIES series of IMAGES small
# instances, one patient each), made once into DIR and kept, then dgate's
# index of them built as a user builds it: $T/dicom.ini (make_config, with
# the keys given) with DIR as the MAG device and the database outside it
# (make_config's keys come first and the first of two keys wins: edit them),
# as bench/regen.sh has it, and `dgate -r` timed from a warm page cache.
# Sets REGEN ("N files/s (S s)") and NFILES.
index_build() {
    local dir=$1 studies=$2 series=$3 images=$4 t0 t1 ok
    shift 4
    if [ ! -f "$dir/complete" ]; then
        echo "generating $studies studies ($((studies * series * images)) small files) in $dir ..."
        rm -rf "$dir"
        python3 "$here/qr.py" index "$dir" "$studies" "$series" "$images" || fail "cannot write the index files"
    fi
    NFILES=$(cat "$dir/complete")
    make_config "$@"
    mkdir -p "$T/find-db"
    sed -i -e "s|^SQLServer = .*|SQLServer = $T/find-db/conquest.db3|" \
        -e "s|^MAGDevice0 = .*|MAGDevice0 = $dir/|" "$T/dicom.ini"
    find "$dir" -type f -print0 | xargs -0 cat > /dev/null
    t0=$(date +%s.%N)
    "$DGATE" -w "$T" -r > "$T/regen.out" 2> "$T/regen.err" || fail "dgate -r failed: $(tail -3 "$T/regen.err")"
    t1=$(date +%s.%N)
    ok=$(grep -c -- '-SUCCESS$' "$T/regen.out")
    [ "$ok" = "$NFILES" ] || fail "dgate -r indexed $ok of $NFILES files"
    REGEN=$(awk -v n="$NFILES" -v s="$t0" -v e="$t1" 'BEGIN { printf "%.0f files/s (%.1f s)", n / (e - s), e - s }')
    rm -f "$T/regen.out"
}
