# Character sets against an independent implementation: for each case a file
# is made with dump2dcm in the given Specific Character Set, dcmtk converts it
# to UTF-8 (dcmconv --convert-to-utf8, iconv-based in Debian's build), and our
# decoding of the same bytes must be identical. Then the reverse: our encoding
# of the UTF-8 name, decoded by dcmtk, must give the name back.
. "$top_srcdir/tests/integration/lib.sh"
need dump2dcm dcmconv dcmdump

CS_CONV="$top_builddir/tests/tools/cs_conv"
[ -x "$CS_CONV" ] || fail "$CS_CONV was not built"

# The Patient's Name of a file as dcmdump prints it (raw value bytes, no
# newline).
pn_of() {
    printf '%s' "$(dcmdump -q +L +P 0010,0010 "$1" | sed -n '1{s/^[^[]*\[//;s/\][^]]*$//;p;}')"
}

# A file with Specific Character Set $1 and Patient's Name from file $2.
make_file() {
    {
        printf '(0008,0005) CS [%s]\n' "$1"
        printf '(0008,0016) UI [1.2.840.10008.5.1.4.1.1.7]\n'
        printf '(0008,0018) UI [1.2.3.4]\n'
        printf '(0010,0010) PN ['
        cat "$2"
        printf ']\n'
    } > "$T/case.dump"
    dump2dcm -q "$T/case.dump" "$3" || fail "dump2dcm failed for $1"
}

# Support in dcmtk's iconv build: the single-byte sets, UTF-8, the GB sets,
# Korean and Chinese ISO 2022, not the Japanese ISO 2022 sets (the unit
# tests check those against the PS3.5 Annex H bytes).
checked=0
while IFS='|' read -r scs bytes; do
    [ -n "$scs" ] || continue
    printf "$bytes" > "$T/raw"
    make_file "$scs" "$T/raw" "$T/in.dcm"
    dcmconv -q --convert-to-utf8 "$T/in.dcm" "$T/utf8.dcm" || fail "dcmconv cannot convert $scs"
    pn_of "$T/utf8.dcm" > "$T/want"
    "$CS_CONV" decode "$scs" PN < "$T/raw" > "$T/got" 2> "$T/err" || fail "cs_conv decode: $(cat "$T/err")"
    grep -qx '0 replaced' "$T/err" || fail "[$scs] replacement characters: $(cat "$T/err")"
    cmp -s "$T/want" "$T/got" || fail "[$scs] dcmtk: '$(cat "$T/want")' ours: '$(cat "$T/got")'"

    # Reverse: UTF-8 -> $scs by us, back to UTF-8 by dcmtk.
    "$CS_CONV" encode "$scs" PN < "$T/want" > "$T/enc" 2> "$T/err" || fail "cs_conv encode: $(cat "$T/err")"
    make_file "$scs" "$T/enc" "$T/back.dcm"
    dcmconv -q --convert-to-utf8 "$T/back.dcm" "$T/back8.dcm" || fail "dcmconv rejects our $scs"
    pn_of "$T/back8.dcm" > "$T/back"
    cmp -s "$T/want" "$T/back" || fail "[$scs] our encoding reads back as '$(cat "$T/back")'"
    checked=$((checked + 1))
done <<'CASES'
ISO_IR 100|Buc^J\xe9r\xf4me
ISO_IR 101|Dvo\xf8\xe1k^Anton\xedn
ISO_IR 109|\xa1al^Far
ISO_IR 110|K\xe0rlis^B\xeer\xf0e
ISO_IR 144|\xbb\xee\xda\x63\x65\xdc\xd1\x79\x70\xd3
ISO_IR 127|\xe2\xc8\xc7\xe6\xea^\xe4\xe6\xd2\xc7\xd1
ISO_IR 126|\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2
ISO_IR 138|\xf9\xf8\xe5\xef^\xe3\xe1\xe5\xf8\xe4
ISO_IR 148|\xc7avu\xfeo\xf0lu^\xdd\xfeil
ISO_IR 166|\xc0\xd2\xc9\xd2^\xe4\xb7\xc2
ISO_IR 13|\xd4\xcf\xc0\xde^\xc0\xdb\xb3
ISO_IR 192|Wang^XiaoDong=\xe7\x8e\x8b^\xe5\xb0\x8f\xe4\xb8\x9c=
GB18030|Wang^XiaoDong=\xcd\xf5^\xd0\xa1\x96\x7c=
GBK|Wang^XiaoDong=\xcd\xf5^\xd0\xa1\x96\x7c=
\ISO 2022 IR 149|Hong^Gildong=\x1b$)C\xfb\xf3^\x1b$)C\xd1\xce\xd4\xd7=\x1b$)C\xc8\xab^\x1b$)C\xb1\xe6\xb5\xbf
\ISO 2022 IR 58|Zhang^XiaoDong=\x1b$)A\xd5\xc5^\x1b$)A\xd0\xa1\xb6\xab=
ISO 2022 IR 100\ISO 2022 IR 144|J\xe9r\xf4me=\x1b-L\xcf\xdd\xd0^\x1b-L\xbb
CASES
[ "$checked" -eq 17 ] || fail "only $checked cases ran"
echo "ok: $checked character sets agree with dcmtk"
