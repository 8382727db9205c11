#!/bin/bash
# The codec benchmark: MB/s of uncompressed pixel data per codec, to decode
# and to encode, by `dgate -jd` / `dgate -jc<code>` against dcmtk's tools
# and GDCM's gdcmconv on the same files, one process per file for each (so
# each pays its start, as a user running it on a folder does). Reported as
# the ratio of dgate's MB/s to the faster of the two (goal >= 1). The
# decoders all read the files dcmtk's encoder made. A measurement, not a
# test: it exits 0 whatever the numbers.
#
# Environment (all optional):
#   BENCH_CODEC_COPIES=40  copies of the sample images (data/samples: 16-bit
#                          CT and 8-bit RGB MR) in the set
#   BENCH_REPEAT=3         timed runs; the best counts
#   TMPDIR                 where the files are written (default /tmp; dgate
#                          syncs each file it rewrites, so on a disk the
#                          rows measure the disk: TMPDIR=/dev/shm)
#   DGATE, top_srcdir      set by `make bench-codec`; else found from here
set -u

. "$(dirname "$0")/lib.sh" # top_srcdir, DGATE, the tests' library

COPIES=${BENCH_CODEC_COPIES:-40}
REPEAT=${BENCH_REPEAT:-3}

# One line per codec: name|dgate's code ('-': dgate does not write it)|
# dcmtk's decoder|dcmtk's encoder (with its options)|gdcmconv's encoding
# option ('-' for none)|the files: all, or 8bit (baseline JPEG is 8-bit;
# dcmcjpeg would cut the 16-bit images to 8 bits).
CODECS='
RLE Lossless|jr|dcmdrle|dcmcrle|--rle
JPEG SV1 .4.70|j2|dcmdjpeg|dcmcjpeg +e1|-J
JPEG Lossless|j1|dcmdjpeg|dcmcjpeg +el|-
JPEG Baseline|j3|dcmdjpeg|dcmcjpeg +eb|-J --lossy -q 90|8bit
JPEG Extended|j4|dcmdjpeg|dcmcjpeg +ee|-J --lossy -q 90
JPEG-LS|js|dcmdjpls|dcmcjpls|--jpegls
JPEG-LS near 3|j73|dcmdjpls|dcmcjpls +en +md 3|--jpegls --lossy -e 3
JPEG 2000|jk|-|-|--j2k
JPEG 2000 lossy|jl50|-|-|--j2k --lossy -r 10
HTJ2K|jh|-|-|-
Deflate|-|dcmconv +te|dcmconv +td|-d
'
# dcmtk has no JPEG 2000: its columns are "-" and gdcmconv makes the set
# the decoders read. Neither writes HTJ2K: dgate makes that set. No
# compression code of Conquest's (nor of ours) writes Deflated Explicit VR
# LE, a syntax for objects without pixels: only its decoding is compared.

need gdcmconv dcmdump
[ -x "$DGATE" ] || fail "no dgate at $DGATE (set DGATE)"
make_config

mkdir -p "$T/raw" "$T/raw8bit"
for f in "$top_srcdir"/data/samples/*/*.dcm; do
    sets=raw
    dcmdump +P BitsAllocated "$f" | grep -q 'US 8 ' && sets="raw raw8bit"
    for k in $(seq 1 "$COPIES"); do
        for set in $sets; do cp "$f" "$T/$set/$k-${f##*/}"; done
    done
done
cat "$T"/raw/* > /dev/null

now() { date +%s.%N; }
# The best of REPEAT runs of `$1 IN OUT` over the files of directory $2, in
# seconds; "-" when a run failed. With $3 = inplace each run works on fresh
# copies of the files (dgate rewrites them in place), else it writes OUT
# into a fresh directory.
best_of() {
    local cmd=$1 dir=$2 mode=${3:-} best= src t0 t1 f
    for _ in $(seq 1 "$REPEAT"); do
        rm -rf "$T/out"
        if [ "$mode" = inplace ]; then
            cp -r "$dir" "$T/out" && src=$T/out
        else
            mkdir "$T/out" && src=$dir
        fi
        t0=$(now)
        for f in "$src"/*; do
            $cmd "$f" "$T/out/${f##*/}" > /dev/null 2>&1 || { echo -; return; }
        done
        t1=$(now)
        best=$(echo "$t0 $t1 ${best:-inf}" | awk '{ d = $2 - $1; print (d < $3 ? d : $3) }')
    done
    echo "$best"
}
mbps() { [ "$1" = - ] && echo - || echo "$MB $1" | awk '{ printf "%.1f", $1 / $2 }'; }
ratio() { # ours dcmtk gdcm (MB/s)
    echo "$1 $2 $3" | awk '{ if ($1 == "-") { print "-"; exit }
        b = ($2 == "-" ? 0 : $2); if ($3 != "-" && $3 > b) b = $3;
        if (b == 0) print "-"; else printf "%.2f", $1 / b }'
}

echo "codec benchmark: $COPIES copies of the samples ($(du -sb "$T/raw" | awk '{ printf "%.1f", $1 / 1e6 }') MB uncompressed), best of $REPEAT"
printf '%-16s %-7s %12s %12s %12s %8s\n' codec op "dgate MB/s" "dcmtk MB/s" "gdcm MB/s" ratio
echo "$CODECS" | while IFS='|' read -r name code dec enc gdcm_opt files; do
    [ -n "$name" ] || continue
    raw=$T/raw
    [ "${files:-all}" = 8bit ] && raw=$T/raw8bit
    MB=$(du -sb "$raw" | awk '{ printf "%.1f", $1 / 1e6 }')
    # The compressed set every decoder reads: dcmtk's.
    gdcm_enc() { gdcmconv $gdcm_opt "$1" "$2"; }
    dgate_make() { cp "$1" "$2" && "$DGATE" -w "$T/dicom.ini" "-jc$code" "$2"; }
    maker=$enc
    [ "$enc" = - ] && maker=gdcm_enc
    [ "$enc" = - ] && [ "$gdcm_opt" = - ] && maker=dgate_make
    rm -rf "$T/coded" && mkdir "$T/coded"
    for f in "$raw"/*; do
        $maker "$f" "$T/coded/${f##*/}" > /dev/null || fail "$maker could not make the set for $name"
    done
    gdcm_dec() { gdcmconv --raw "$1" "$2"; }
    dgate_enc() { "$DGATE" -w "$T/dicom.ini" "-jc$code" "$1"; }
    dgate_dec() { "$DGATE" -w "$T/dicom.ini" -jd "$1"; }
    e_ours=-
    [ "$code" = - ] || e_ours=$(mbps "$(best_of dgate_enc "$raw" inplace)")
    e_dcmtk=-
    [ "$enc" = - ] || e_dcmtk=$(mbps "$(best_of "$enc" "$raw")")
    e_gdcm=- # '-': gdcmconv does not write this syntax
    [ "$gdcm_opt" = - ] || e_gdcm=$(mbps "$(best_of gdcm_enc "$raw")")
    d_ours=$(mbps "$(best_of dgate_dec "$T/coded" inplace)")
    d_dcmtk=-
    [ "$dec" = - ] || d_dcmtk=$(mbps "$(best_of "$dec" "$T/coded")")
    d_gdcm=$(mbps "$(best_of gdcm_dec "$T/coded")")
    printf '%-16s %-7s %12s %12s %12s %8s\n' "$name" encode "$e_ours" "$e_dcmtk" "$e_gdcm" \
        "$(ratio "$e_ours" "$e_dcmtk" "$e_gdcm")"
    printf '%-16s %-7s %12s %12s %12s %8s\n' "$name" decode "$d_ours" "$d_dcmtk" "$d_gdcm" \
        "$(ratio "$d_ours" "$d_dcmtk" "$d_gdcm")"
done
exit 0
