#!/bin/sh
# Maintainer tool: make the sample images in data/samples (installed into
# MAGDevice0 by `make install`). Synthetic CT slices of a phantom (a disc in
# a square), so they carry no patient data and are ours to redistribute.
# Needs dcmtk (dump2dcm) and python3; run from the top of the source tree.
set -eu
out=data/samples
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pat=SAMPLE001
# UUID-derived UIDs (PS3.5 B.2): no registered root needed.
study=2.25.190512334167890216493052816364287104961
series=2.25.190512334167890216493052816364287104961.1
rm -rf "$out/$pat"
mkdir -p "$out/$pat"
for i in 1 2 3; do
  python3 - "$tmp/px.raw" "$i" <<'PY'
import struct, sys, math
path, k = sys.argv[1], int(sys.argv[2])
n = 64
r = 12 + 6 * k
with open(path, "wb") as f:
    for y in range(n):
        for x in range(n):
            d = math.hypot(x - n / 2, y - n / 2)
            inside = 4 < x < n - 4 and 4 < y < n - 4
            v = 1000 + 40 * k if d < r else (200 if inside else 0)
            f.write(struct.pack("<H", v))
PY
  cat > "$tmp/ds.txt" <<DUMP
(0002,0001) OB 00\\01
(0002,0002) UI =CTImageStorage
(0002,0003) UI [$series.$i]
(0002,0010) UI =LittleEndianExplicit
(0008,0005) CS [ISO_IR 100]
(0008,0008) CS [ORIGINAL\\PRIMARY\\AXIAL]
(0008,0016) UI =CTImageStorage
(0008,0018) UI [$series.$i]
(0008,0020) DA [20100302]
(0008,0030) TM [224845]
(0008,0050) SH [SAMPLE0001]
(0008,0060) CS [CT]
(0008,0070) LO [conquest-dicom-server]
(0008,1030) LO [Sample phantom]
(0008,103e) LO [Phantom axial]
(0010,0010) PN [Phantom^Sample]
(0010,0020) LO [$pat]
(0010,0030) DA [19700101]
(0010,0040) CS [O]
(0018,0050) DS [5]
(0020,000d) UI [$study]
(0020,000e) UI [$series]
(0020,0010) SH [1]
(0020,0011) IS [1]
(0020,0013) IS [$i]
(0020,1041) DS [$((i * 5))]
(0028,0002) US 1
(0028,0004) CS [MONOCHROME2]
(0028,0010) US 64
(0028,0011) US 64
(0028,0100) US 16
(0028,0101) US 12
(0028,0102) US 11
(0028,0103) US 0
(0028,1050) DS [600]
(0028,1051) DS [1600]
(0028,1052) DS [-1024]
(0028,1053) DS [1]
(7fe0,0010) OW =$tmp/px.raw
DUMP
  name=$(printf '%s_%04d_%06d_%010d%04d.dcm' "$series" 1 "$i" 1267570125 "$i")
  dump2dcm --write-file "$tmp/ds.txt" "$out/$pat/$name"
done
ls -l "$out/$pat"
