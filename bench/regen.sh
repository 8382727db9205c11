#!/bin/bash
# The regen benchmark: `dgate -r` (drop and create the tables, then index
# every file of the MAG device) over 10 000 small DICOM files, from a warm
# page cache, with the SQLite index. Prints files/s (goal: >= 5000). A
# measurement, not a test: it exits 0 whatever the number.
#
# Environment (all optional):
#   BENCH_REGEN_COUNT=10000  files (100 per series, 10 series per study/patient)
#   BENCH_CACHE=DIR          where the generated files are kept between runs
#                            (default ${XDG_CACHE_HOME:-$HOME/.cache}/dgate-bench)
#   BENCH_REPEAT=3           timed runs after one warm-up run; the best counts
#   DGATE_INI="Key = value;Key = value"  extra dicom.ini lines (e.g. another backend)
#   DGATE, top_srcdir        set by `make bench`; else found from this script
set -u

. "$(dirname "$0")/lib.sh" # top_srcdir, DGATE, the tests' library

COUNT=${BENCH_REGEN_COUNT:-10000}
CACHE=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dgate-bench}
REPEAT=${BENCH_REPEAT:-3}
FILES=$CACHE/regen-$COUNT

need dump2dcm perl
[ -x "$DGATE" ] || fail "no dgate at $DGATE (set DGATE)"

# ---- the files: one made with dump2dcm, copies with new UIDs by perl -------
# The UIDs and the PatientID of the template hold same-length placeholders
# that perl replaces per copy, so 10 000 files take a few seconds.
make_files() {
    local work=$FILES.tmp
    rm -rf "$work" && mkdir -p "$work" || fail "cannot create $work"
    perl -e 'binmode STDOUT; print pack("v*", 0 .. 63)' > "$work/pixels.raw"
    cat > "$work/t.dump" <<DUMP
(0008,0005) CS [ISO_IR 100]
(0008,0008) CS [ORIGINAL\\PRIMARY\\AXIAL]
(0008,0016) UI =CTImageStorage
(0008,0018) UI [2.25.1.1000000000]
(0008,0020) DA [20260101]
(0008,0030) TM [120000]
(0008,0060) CS [CT]
(0008,0070) LO [BENCH]
(0010,0010) PN [M\xfcller^Bench]
(0010,0020) LO [P1000000000]
(0010,0030) DA [19700101]
(0010,0040) CS [O]
(0018,5100) CS [HFS]
(0020,000d) UI [2.25.3.1000000000]
(0020,000e) UI [2.25.2.1000000000]
(0020,0011) IS [1]
(0020,0013) IS [1]
(0028,0002) US 1
(0028,0004) CS [MONOCHROME2]
(0028,0010) US 8
(0028,0011) US 8
(0028,0100) US 16
(0028,0101) US 12
(0028,0102) US 11
(0028,0103) US 0
(7fe0,0010) OW =pixels.raw
DUMP
    printf '%b' "$(cat "$work/t.dump")" > "$work/t.dump.latin1"
    (cd "$work" && dump2dcm -q +E -g t.dump.latin1 t.dcm) || fail "dump2dcm failed"
    perl -e '
        my ($template, $dir, $count) = @ARGV;
        open(my $in, "<:raw", $template) or die; local $/; my $t = <$in>; close $in;
        for my $i (0 .. $count - 1) {
            my $series = int($i / 100), $study = int($i / 1000);
            my $d = sprintf("%s/P%010d", $dir, $study);
            mkdir $d unless -d $d;
            my $b = $t;
            my ($sop, $ser, $stu) = map { sprintf("%010d", 1000000000 + $_) } ($i, $series, $study);
            $b =~ s/2\.25\.1\.1000000000/2.25.1.$sop/g;
            $b =~ s/2\.25\.2\.1000000000/2.25.2.$ser/g;
            $b =~ s/2\.25\.3\.1000000000/2.25.3.$stu/g;
            $b =~ s/P1000000000/P$stu/g;
            open(my $out, ">:raw", "$d/$i.dcm") or die; print $out $b; close $out;
        }' "$work/t.dcm" "$work" "$COUNT" || fail "copying failed"
    rm -f "$work/t.dcm" "$work/t.dump" "$work/t.dump.latin1" "$work/pixels.raw"
    rm -rf "$FILES" && mv "$work" "$FILES"
}
[ "$(find "$FILES" -name '*.dcm' 2>/dev/null | wc -l)" = "$COUNT" ] || make_files

# ---- dgate on those files: the database outside the MAG device ------------
# (make_config's keys come first and the first of two keys wins: edit them.)
make_config
sed -i -e "s|^SQLServer = .*|SQLServer = $T/dbase/conquest.db3|" \
    -e "s|^MAGDevice0 = .*|MAGDevice0 = $FILES/|" "$T/dicom.ini"
IFS=';' read -r -a extra <<< "${DGATE_INI:-}"
for kv in "${extra[@]}"; do [ -n "$kv" ] && echo "$kv" >> "$T/dicom.ini"; done

run_regen() {
    local t0 t1
    t0=$(date +%s.%N)
    "$DGATE" -w "$T" -r > "$T/regen.out" 2> "$T/regen.err" || fail "dgate -r failed: $(tail -3 "$T/regen.err")"
    t1=$(date +%s.%N)
    local ok
    ok=$(grep -c -- '-SUCCESS$' "$T/regen.out")
    [ "$ok" = "$COUNT" ] || fail "only $ok of $COUNT files indexed: $(grep -m3 FAILED "$T/regen.out")"
    echo "$t0 $t1" | awk -v n="$COUNT" '{ printf "%.0f\n", n / ($2 - $1) }'
}

run_regen > /dev/null # warm-up: the files into the page cache
best=0
for r in $(seq 1 "$REPEAT"); do
    rate=$(run_regen)
    echo "run $r: $rate files/s"
    [ "$rate" -gt "$best" ] && best=$rate
done
printf '\n%-28s %10s\n' "case" "files/s"
printf '%-28s %10s\n' "dgate -r, $COUNT files" "$best"
printf '%-28s %10s\n' "goal" ">= 5000"
exit 0
