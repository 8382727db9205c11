# Helpers of the C-MOVE and C-GET tests (sourced after lib.sh): the test
# corpus (retrieve_raw.py corpus: two patients, three studies, six series of
# CT, MR and Secondary Capture in Explicit and Implicit VR LE, 12 images)
# stored into dgate with storescu in each file's own transfer syntax,
# storescp destinations, and checks that what arrived is what is stored.

RAW="$top_srcdir/tests/integration/retrieve_raw.py"

# Helpers started in the background (destinations, fake SCPs) end with the
# test, however it ends.
HELPER_PIDS=
cleanup() {
    local p
    for p in $HELPER_PIDS; do kill "$p" 2> /dev/null; done
    stop_dgate
    rm -rf "$T"
    release_ports
}
ROOT=1.2.826.0.1.3680043.2.1125.600
STUDY1=$ROOT.1
STUDY2=$ROOT.2
STUDY3=$ROOT.3

# Write $T/corpus/<sop>.dcm and $T/manifest ("sop ts study series" lines),
# and store them into the running dgate, each in its own syntax.
store_corpus() {
    mkdir -p "$T/corpus"
    python3 "$RAW" corpus "$T/corpus" > "$T/manifest" || fail "cannot write the corpus"
    local implicit explicit
    implicit=$(awk '$2 == "1.2.840.10008.1.2" { print "'"$T"'/corpus/" $1 ".dcm" }' "$T/manifest")
    explicit=$(awk '$2 == "1.2.840.10008.1.2.1" { print "'"$T"'/corpus/" $1 ".dcm" }' "$T/manifest")
    # shellcheck disable=SC2086
    storescu -xi -aec CONQUESTSRV1 127.0.0.1 "$PORT" $implicit > "$T/store.out" 2>&1 &&
        storescu -xe -aec CONQUESTSRV1 127.0.0.1 "$PORT" $explicit >> "$T/store.out" 2>&1 ||
        { cat "$T/store.out"; fail "storescu of the corpus failed"; }
    [ "$(index_rows "SELECT COUNT(*) FROM DICOMImages")" -eq 12 ] || fail "the corpus is not indexed"
}

# Rows of the index (SQLite; a test on another backend redefines it).
index_rows() {
    sqlite3 -cmd ".timeout 10000" "$T/data/dbase/conquest.db3" "$1"
}
sqlite_rows() {
    index_rows "$@"
}

# The stored file of a SOP instance.
stored_file() {
    echo "$T/data/$(index_rows "SELECT ObjectFile FROM DICOMImages WHERE SOPInstanc = '$1'")"
}

# SOP instances of the manifest whose study (column 3) or series (column 4)
# is $2, or all: sops_of all | study UID | series UID.
sops_of() {
    case $1 in
    all) awk '{ print $1 }' "$T/manifest" ;;
    study) awk -v u="$2" '$3 == u { print $1 }' "$T/manifest" ;;
    series) awk -v u="$2" '$4 == u { print $1 }' "$T/manifest" ;;
    esac | sort
}

# start_dest NAME AE [storescp options...]: a storescp on a free port writing
# into $T/NAME, its port in DEST_PORT, its pid in DEST_PID_<NAME>.
start_dest() {
    local name=$1 ae=$2 p
    shift 2
    p=$(free_port)
    mkdir -p "$T/$name"
    TCP_NODELAY=1 storescp -v "$@" -aet "$ae" -od "$T/$name" "$p" > "$T/$name.log" 2>&1 &
    eval "DEST_PID_$name=$!"
    HELPER_PIDS="$HELPER_PIDS $!"
    for _ in $(seq 1 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && break
        sleep 0.1
    done
    DEST_PORT=$p
}

stop_dest() {
    local pid
    eval "pid=\${DEST_PID_$1:-}"
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    eval "DEST_PID_$1="
}

# received NAME: the SOP instances in $T/NAME (storescp names files
# <modality>.<sop>), sorted.
received() {
    (cd "$T/$1" && ls) | sed 's/^[A-Z]*\.//' | sort
}

# received_file NAME SOP: the file of SOP in $T/NAME (<modality>.<sop>, or
# <sop> as getscu +B names it).
received_file() {
    local f
    for f in "$T/$1/$2" "$T/$1/"*".$2"; do
        [ -f "$f" ] && { echo "$f"; return 0; }
    done
    fail "$1: no file of $2"
}

# expect_received NAME SOPS: exactly SOPS arrived in $T/NAME, each with the
# dataset bytes dgate stored (storescp +B and getscu +B keep them as they
# came); then the directory is emptied.
expect_received() {
    local name=$1 want=$2 got sop
    got=$(received "$name")
    [ "$got" = "$want" ] || fail "$name received [$(echo $got)], expected [$(echo $want)]"
    for sop in $got; do
        received_file "$name" "$sop"
        stored_file "$sop"
    done > "$T/pairs"
    # shellcheck disable=SC2046
    python3 "$RAW" dataset $(cat "$T/pairs") > "$T/md5s" || fail "$name: cannot read the datasets"
    [ "$(wc -l < "$T/md5s")" -eq "$(wc -l < "$T/pairs")" ] &&
        paste - - < "$T/md5s" | awk '$1 != $2 { exit 1 }' ||
        fail "$name: a dataset differs from the stored one"
    rm -f "$T/$name"/*
}

# repeat WORD N: WORD N times (outcomes for expect_pending: `repeat cfw 3`).
repeat() {
    local i
    for ((i = 0; i < $2; i++)); do printf %s "$1"; done
}

# expect_pending FILE N OUTCOMES: the pending responses that retrieve_raw.py
# recorded in FILE (pending=FILE) of a retrieve of N images are one per
# sub-operation, each with all four counts (PS3.4 C.4.2.1.5, C.4.3.1.4:
# a pending response shall contain them): after the i-th (from 0),
# Remaining = N-i-1 and Completed, Failed and Warning = the c, f and w
# among the first i+1 letters of OUTCOMES (a letter per sub-operation, in
# the order they were made; fewer than N after a cancel).
expect_pending() {
    local file=$1 n=$2 outcomes=$3 i c=0 f=0 w=0
    for ((i = 0; i < ${#outcomes}; i++)); do
        case ${outcomes:i:1} in
        c) c=$((c + 1)) ;;
        f) f=$((f + 1)) ;;
        w) w=$((w + 1)) ;;
        esac
        echo "remaining=$((n - i - 1)) completed=$c failed=$f warning=$w"
    done > "$file.expected"
    diff "$file.expected" "$file" > "$file.diff" ||
        fail "the pending responses of $n sub-operations ($outcomes) differ (<expected, >got): $(head -8 "$file.diff")"
}

# expect_cancelled SUMMARY: SUMMARY (retrieve_raw.py cancel-move or
# cancel-get of the 9 images of $STUDY1, pending=$T/pending) is a final
# 0xFE00 with Completed, Failed = Warning = 0 and Remaining (a cancel may
# carry it), at least one and fewer than 9 completed, completed + remaining
# = 9, and a pending response for each completed one; `completed` is set.
expect_cancelled() {
    local remaining
    case $1 in
    "final 0xfe00 completed="[0-9]*" failed=0 warning=0 remaining="[0-9]*" "*) ;;
    *) fail "cancel: $1" ;;
    esac
    completed=$(echo "$1" | sed 's/.*completed=\([0-9]*\).*/\1/')
    remaining=$(echo "$1" | sed 's/.*remaining=\([0-9]*\).*/\1/')
    [ "$completed" -ge 1 ] && [ "$completed" -lt 9 ] && [ $((completed + remaining)) -eq 9 ] ||
        fail "cancel: $1"
    expect_pending "$T/pending" 9 "$(repeat c "$completed")"
}

# expect_hostile move|get FILE: FILE (retrieve_raw.py hostile, or
# hostile-get out=$T/A) holds the statuses move_hostile.sh and
# get_hostile.sh explain (the two images of the matching cases each with
# its pending response), the matching cases' images arrived in $T/A, each
# refusal was logged with its reason and the index is intact.
expect_hostile() {
    local verb=$1 none two c
    none="completed=0 failed=0 warning=0 remaining=none pending=0 listed=0 stored=0"
    two="completed=2 failed=0 warning=0 remaining=none pending=2 listed=0 stored=0"
    [ "$verb" = get ] && two=${two%0}2
    {
        for c in no-level bad-level; do echo "$c 0xc001 $none"; done
        for c in patient-level-in-study-root no-key-at-level quote-in-uid 10k-uid; do
            echo "$c 0xa900 $none"
        done
        for c in sql-patient-id wildcard-patient-id; do echo "$c 0x0000 $none"; done
        for c in quoted-patient-id 1000-uids; do
            echo "$c 0x0000 $two"
            echo "  pending remaining=1 completed=1 failed=0 warning=0"
            echo "  pending remaining=0 completed=2 failed=0 warning=0"
        done
        echo "16000-uids 0x0000 $none"
        for c in unparseable no-identifier 2mb-identifier; do echo "$c 0xc000 $none"; done
        echo "$verb-on-find-context 0x0122 $none"
        if [ "$verb" = move ]; then
            echo "move-on-get-context 0x0122 $none"
            for c in empty-destination long-destination; do echo "$c 0xa801 $none"; done
        else
            echo "get-on-move-context 0x0122 $none"
        fi
        echo "echo ok"
    } > "$T/expected"
    diff "$T/expected" "$2" || fail "hostile identifiers by C-$verb: unexpected answers (above)"
    # Exactly what the matching cases named arrived.
    expect_received A "$( (sops_of study $STUDY3; printf '%s\n' $ROOT.1.1.1 $ROOT.1.1.2) | sort)"
    assert_contains "$T/dgate.log" "the identifier has no QueryRetrieveLevel"
    assert_contains "$T/dgate.log" "its QueryRetrieveLevel is not PATIENT, STUDY, SERIES or IMAGE"
    assert_contains "$T/dgate.log" "level PATIENT is not a level of the Study Root information model"
    assert_contains "$T/dgate.log" "no StudyInstanceUID at level STUDY"
    assert_contains "$T/dgate.log" "StudyInstanceUID value '1.2.3' OR '1'='1' is not a UID"
    assert_contains "$T/dgate.log" "an identifier of more than 1048576 bytes"
    [ "$(index_rows "SELECT COUNT(*) FROM DICOMPatients")" -eq 2 ] || fail "DICOMPatients changed"
}

# The pixel data of two files, as values (independent of the encoding).
pixels() {
    dcmdump -q +L +P 7fe0,0010 "$1" | sed -e 's/^([^)]*) [A-Z][A-Z] //' -e 's/ *#.*//'
}

# The md5 of the native Pixel Data value bytes of an uncompressed Part-10
# file (Implicit or Explicit VR LE), whatever its VR (OB or OW: dcmdrle
# writes 8-bit pixels as OW).
pixel_md5() {
    python3 - "$1" <<'PY'
import hashlib, struct, sys
d = open(sys.argv[1], "rb").read()
at = d.find(b"\xe0\x7f\x10\x00", 132)
if at < 0:
    sys.exit("no pixel data in " + sys.argv[1])
if d[at + 4:at + 6] in (b"OB", b"OW"):
    n, start = struct.unpack_from("<I", d, at + 8)[0], at + 12
else:
    n, start = struct.unpack_from("<I", d, at + 4)[0], at + 8
print(hashlib.md5(d[start:start + n]).hexdigest())
PY
}

# damage_frame FILE HOW: the (single) frame of FILE's encapsulated Pixel
# Data made hostile while the file still parses as a dataset:
#   rle    the first RLE segment offset points far past the fragment
#   cut    the stream cut to its first half (no EOI)
#   siz    a JPEG 2000 SIZ saying 65535x65535 (one tile of that size)
#   empty  the fragment made zero-length
damage_frame() {
    python3 - "$1" "$2" <<'PY' || fail "cannot damage $1 ($2)"
import struct, sys
p, how = sys.argv[1], sys.argv[2]
d = bytearray(open(p, "rb").read())
at = d.find(b"\xe0\x7f\x10\x00OB")
bot = d.find(b"\xfe\xff\x00\xe0", at + 12)
item = bot + 8 + struct.unpack_from("<I", d, bot + 4)[0]
assert d[item:item + 4] == b"\xfe\xff\x00\xe0"
n = struct.unpack_from("<I", d, item + 4)[0]
frame = d[item + 8:item + 8 + n]
if how == "rle":
    frame[4:8] = (0x7FFFFFF0).to_bytes(4, "little")
elif how == "cut":
    frame = frame[:n // 4 * 2]
elif how == "siz":
    siz = frame.find(b"\xff\x51")
    assert siz > 0
    struct.pack_into(">IIIIII", frame, siz + 6, 65535, 65535, 0, 0, 65535, 65535)
elif how == "empty":
    frame = b""
d[item + 4:item + 8 + n] = struct.pack("<I", len(frame)) + frame
open(p, "wb").write(bytes(d))
PY
}
# hostile_compressed SRC DIR UIDROOT: four images of SRC's series in DIR,
# each compressed data that no codec may trust, each its own SOP Instance
# UID (UIDROOT.1 to .4): jls-cut.dcm (JPEG-LS cut short), j2k-huge.dcm
# (JPEG 2000 whose SIZ says 65535x65535, made by dgate -jcjk with
# $T/dicom.ini), jls-empty.dcm (a zero-length fragment as the frame),
# jls-frames.dcm (NumberOfFrames 3, one fragment).
hostile_compressed() {
    local src=$1 dir=$2 root=$3 i=0 f
    mkdir -p "$dir"
    dcmcjpls "$src" "$dir/jls-cut.dcm" || fail "dcmcjpls $src"
    cp "$dir/jls-cut.dcm" "$dir/jls-empty.dcm"
    cp "$dir/jls-cut.dcm" "$dir/jls-frames.dcm"
    cp "$src" "$dir/j2k-huge.dcm"
    "$DGATE" -w "$T/dicom.ini" -jcjk "$dir/j2k-huge.dcm" > /dev/null || fail "dgate -jcjk $src"
    for f in jls-cut j2k-huge jls-empty jls-frames; do
        i=$((i + 1))
        dcmodify -nb -m "(0008,0018)=$root.$i" "$dir/$f.dcm" || fail "dcmodify $f"
    done
    dcmodify -nb -i "(0028,0008)=3" "$dir/jls-frames.dcm" || fail "dcmodify NumberOfFrames"
    damage_frame "$dir/jls-cut.dcm" cut
    damage_frame "$dir/j2k-huge.dcm" siz
    damage_frame "$dir/jls-empty.dcm" empty
}

# uid_of FILE TAG: a value of FILE (dcmdump's brackets removed).
uid_of() {
    dcmdump +P "$2" "$1" | sed 's/.*\[\(.*\)\].*/\1/'
}

# The transfer syntax of a file, as dcmdump names it.
syntax_of() {
    dcmdump -q -M +P 0002,0010 "$1" | sed -e 's/^.*=//' -e 's/ .*//'
}

# The dataset of a file as dcmdump prints its values, not its encoding
# (sequences and items of defined or undefined length read the same).
values_of() {
    dcmdump -q +L "$1" | sed -n '/^# Dicom-Data-Set/,$p' | grep -av -e '^#' -e 'Delimitation' |
        sed -e 's/ *#.*//' -e 's/ with \(undefined\|explicit\) length//'
}
