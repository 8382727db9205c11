#!/bin/sh
# Our DICOM reader and writer against dcmtk's: files that dcmtk makes in
# every encoding (implicit/explicit LE, explicit BE, deflated, no meta
# header, group lengths, defined and undefined lengths, RLE, JPEG, JPEG-LS,
# img2dcm) must dump with `dgate --dump` exactly as dcmdump shows them, and
# survive a round trip through our writer with dcmdump seeing no change.
. "$top_srcdir/tests/integration/lib.sh"
need dcmdump dump2dcm dcmconv
REWRITE=$top_builddir/tests/tools/dicom_rewrite
C=$T/corpus
mkdir -p "$C"

# Element lines only, without dcmdump's headings and keywords (the two
# dictionaries name some tags differently). dcmtk prints an unknown VR of
# implicit data as "??", we call it UN; FL/FD values are left out (the two
# print floating point with different precision).
normalize() {
    grep -v '^#' | grep -v '^$' |
        sed -e 's/^\( *([0-9a-f]*,[0-9a-f]*)\) ??/\1 UN/' \
            -e 's/\(# *[0-9u/l]*, *[0-9]*\) .*$/\1/' \
            -e 's/^\( *([0-9a-f]*,[0-9a-f]*) F[LD]\) .*\(# .*\)$/\1 \2/'
}

# The data set part of a dump (no meta header).
dataset_part() {
    sed -n '/^# Dicom-Data-Set/,$p'
}

cat > "$T/base.txt" <<'DUMP'
(0008,0005) CS [ISO_IR 100]
(0008,0008) CS [ORIGINAL\PRIMARY\AXIAL]
(0008,0016) UI =SecondaryCaptureImageStorage
(0008,0018) UI [1.2.826.0.1.3680043.2.135.1066.7.1]
(0008,0020) DA [20240229]
(0008,0030) TM [101010.5]
(0008,0060) CS [OT]
(0008,1030) LO [A description that is rather long so that dcmdump has to cut it off]
(0008,1140) SQ (Sequence with undefined length #=2)
(fffe,e000) na (Item with undefined length #=2)
(0008,1150) UI =CTImageStorage
(0008,1155) UI [1.2.3.4.5.6]
(fffe,e00d) na (ItemDelimitationItem)
(fffe,e000) na (Item with undefined length #=1)
(0040,a730) SQ (Sequence with undefined length #=1)
(fffe,e000) na (Item with undefined length #=2)
(0040,a040) CS [TEXT]
(0040,a160) UT [nested text value]
(fffe,e00d) na (ItemDelimitationItem)
(fffe,e0dd) na (SequenceDelimitationItem)
(fffe,e00d) na (ItemDelimitationItem)
(fffe,e0dd) na (SequenceDelimitationItem)
(0009,0010) LO [ACME 1.0]
(0009,1001) OB 01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10\11\12\13\14\15\16\17\18\19\1a
(0009,1002) LO [private text]
(0010,0010) PN [Doe^John^^Dr=Ideo^Graphic=Pho^Netic]
(0010,0020) LO [ID-42]
(0010,0030) DA (no value available)
(0010,1010) AS [042Y]
(0018,0050) DS [2.5]
(0018,1310) US 0\256\256\0
(0018,6020) SL -70000
(0018,6024) UL 4000000000
(0018,9089) FD 0.5\1.25\-2
(0018,9088) FL 0.5
(0020,000d) UI [1.2.826.0.1.3680043.2.135.1066.7]
(0020,000e) UI [1.2.826.0.1.3680043.2.135.1066.7.2]
(0020,0013) IS [7]
(0020,0037) DS [1\0\0\0\1\0]
(0020,9165) AT (0010,0020)\(0008,0018)
(0028,0002) US 1
(0028,0004) CS [MONOCHROME2]
(0028,0010) US 8
(0028,0011) US 8
(0028,0100) US 16
(0028,0101) US 12
(0028,0102) US 11
(0028,0103) US 0
(0028,0106) US 0
(0028,0107) US 4095
(7fe0,0010) OW 0000\0100\0200\0300\0400\0500\0600\0700\0800\0900\0a00\0b00\0c00\0d00\0e00\0f00\0000\0100\0200\0300\0400\0500\0600\0700\0800\0900\0a00\0b00\0c00\0d00\0e00\0f00\0000\0100\0200\0300\0400\0500\0600\0700\0800\0900\0a00\0b00\0c00\0d00\0e00\0f00\0000\0100\0200\0300\0400\0500\0600\0700\0800\0900\0a00\0b00\0c00\0d00\0e00\0fff
DUMP
dump2dcm -q +te "$T/base.txt" "$C/base.dcm" || fail "dump2dcm could not make the base file"

# Every uncompressed encoding, with defined and undefined lengths.
for ts in ti te tb td; do
    dcmconv -q +$ts +e "$C/base.dcm" "$C/$ts-defined.dcm" || fail "dcmconv +$ts"
    dcmconv -q +$ts -e "$C/base.dcm" "$C/$ts-undefined.dcm" || fail "dcmconv +$ts -e"
done
dcmconv -q +te +g "$C/base.dcm" "$C/te-group-lengths.dcm" || fail "dcmconv +g"
dcmconv -q +ti -F "$C/base.dcm" "$C/raw-implicit.v2" || fail "dcmconv -F"
# Compressed: pixel data in fragments.
dcmcrle -q "$C/base.dcm" "$C/rle.dcm" 2>/dev/null || fail "dcmcrle"
if command -v dcmcjpeg >/dev/null 2>&1; then
    dcmcjpeg -q +e1 "$C/base.dcm" "$C/jpeg-lossless.dcm" || fail "dcmcjpeg"
fi
if command -v dcmcjpls >/dev/null 2>&1; then
    dcmcjpls -q "$C/base.dcm" "$C/jpeg-ls.dcm" || fail "dcmcjpls"
fi
# img2dcm wraps an ordinary image (here one dcmj2pnm made).
if command -v img2dcm >/dev/null 2>&1 && command -v dcmj2pnm >/dev/null 2>&1; then
    dcmj2pnm -q +ob "$C/base.dcm" "$T/base.bmp" || fail "dcmj2pnm"
    img2dcm -q -i BMP "$T/base.bmp" "$C/img2dcm.dcm" || fail "img2dcm"
fi
if [ -d "$SHARED_DIR/fixtures/conquest-samples" ]; then
    cp "$SHARED_DIR"/fixtures/conquest-samples/*.dcm "$C/"
fi

n=0
for f in "$C"/*; do
    name=${f##*/}
    "$DGATE" --dump "$f" > "$T/ours.txt" || fail "dgate --dump $name failed"
    dcmdump -q -Un "$f" > "$T/dcmtk.txt" 2>/dev/null || fail "dcmdump $name failed"
    normalize < "$T/ours.txt" > "$T/ours.norm"
    normalize < "$T/dcmtk.txt" > "$T/dcmtk.norm"
    [ -s "$T/dcmtk.norm" ] || fail "dcmdump printed nothing for $name"
    diff -u "$T/dcmtk.norm" "$T/ours.norm" || fail "dgate --dump $name differs from dcmdump"

    # Round trip in the file's own transfer syntax.
    "$REWRITE" "$f" "$T/rt.dcm" || fail "rewriting $name failed"
    dcmdump -q -Un "$T/rt.dcm" 2>/dev/null | dataset_part | normalize > "$T/rt.norm"
    dataset_part < "$T/dcmtk.txt" | normalize > "$T/orig.norm"
    diff -u "$T/orig.norm" "$T/rt.norm" || fail "round trip of $name changed the data set"
    n=$((n + 1))
done
echo "$n files dump as dcmdump dumps them and survive a round trip"

# Our conversions between the uncompressed encodings equal dcmconv's.
uid() {
    case $1 in
    ti) echo 1.2.840.10008.1.2 ;;
    te) echo 1.2.840.10008.1.2.1 ;;
    tb) echo 1.2.840.10008.1.2.2 ;;
    td) echo 1.2.840.10008.1.2.1.99 ;;
    esac
}
for from in te-defined te-undefined tb-defined ti-undefined; do
    for to in ti te tb td; do
        "$REWRITE" "$C/$from.dcm" "$T/ours.dcm" "$(uid $to)" || fail "converting $from to $to"
        # We keep the source's sequence lengths; dcmconv must be told.
        case $from in *-undefined) lengths=-e ;; *) lengths=+e ;; esac
        dcmconv -q +$to $lengths "$C/$from.dcm" "$T/dcmtk.dcm" || fail "dcmconv $from +$to"
        dcmdump -q -Un "$T/ours.dcm" 2>/dev/null | dataset_part | normalize > "$T/a.norm"
        dcmdump -q -Un "$T/dcmtk.dcm" 2>/dev/null | dataset_part | normalize > "$T/b.norm"
        diff -u "$T/b.norm" "$T/a.norm" || fail "our $from -> $to differs from dcmconv's"
    done
done
echo "our conversions between the four uncompressed encodings equal dcmconv's"

# Damaged files: an error message and exit status 1, never a crash.
head -c 700 "$C/te-undefined.dcm" > "$T/truncated.dcm"
"$DGATE" --dump "$T/truncated.dcm" > /dev/null 2> "$T/err.txt"
[ $? -eq 1 ] || fail "a truncated file did not give exit status 1"
assert_contains "$T/err.txt" "truncated.dcm"
printf 'not a dicom file at all' > "$T/text.dcm"
"$DGATE" --dump "$T/text.dcm" > /dev/null 2>&1
[ $? -eq 1 ] || fail "a text file did not give exit status 1"
exit 0
