# The benchmarks' CT images (sourced by store.sh and qr.sh): one made with
# dump2dcm, then copies with new UIDs. Copies differ in SOP Instance UID (meta
# header and dataset) and Instance Number, written by perl at fixed-length
# places in the header, so 2000 images take seconds. Needs dump2dcm, perl and
# `fail` (tests/integration/lib.sh).

# make_images DIR ROWS COLS COUNT SOP_STEM PATIENT_ID STUDY_UID (one series)
make_images() {
    local dir=$1 rows=$2 cols=$3 n=$4 stem=$5 patient=$6 study=$7
    local work=$dir.tmp
    rm -rf "$work" && mkdir -p "$work" || fail "cannot create $work"
    # A 12-bit ramp, little endian, as CT pixel data.
    perl -e 'binmode STDOUT; print pack("v*", map { $_ & 0x0FFF } 0 .. ($ARGV[0] * $ARGV[1] - 1))' \
        "$rows" "$cols" > "$work/pixels.raw"
    cat > "$work/ct.dump" <<DUMP
(0008,0008) CS [ORIGINAL\\PRIMARY\\AXIAL]
(0008,0016) UI =CTImageStorage
(0008,0018) UI [${stem}1000000]
(0008,0020) DA [20260101]
(0008,0030) TM [120000]
(0008,0060) CS [CT]
(0008,0070) LO [BENCH]
(0010,0010) PN [BENCH^CT]
(0010,0020) LO [$patient]
(0010,0030) DA [19700101]
(0010,0040) CS [O]
(0018,0050) DS [1]
(0020,000d) UI [$study]
(0020,000e) UI [$study.2]
(0020,0010) SH [1]
(0020,0011) IS [1]
(0020,0013) IS [000000]
(0028,0002) US 1
(0028,0004) CS [MONOCHROME2]
(0028,0010) US $rows
(0028,0011) US $cols
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
        }' "$work/template.dcm" "$work" "$n" "$stem" || fail "cannot write the images"
    rm -f "$work/pixels.raw" "$work/ct.dump" "$work/template.dcm"
    rm -rf "$dir" && mv "$work" "$dir" || fail "cannot move the images to $dir"
}
