#!/bin/sh
# Compile the data dictionary (etc/dgate.dic) into a C table, so dgate needs
# no dictionary file at run time and lookups are binary searches.
# Usage: mkdict.sh dgate.dic > dict_table.c
# Output: dict_entries[] = exact tags sorted by tag, then (ggxx,eeee)
# repeating entries, then (gggg,eexx) ones, each sorted by tag; and
# dict_keyword_index[] = entry indices sorted by keyword (strcmp order).
set -e
dic=$1
sorted=$(mktemp "${TMPDIR:-/tmp}/mkdict.XXXXXX")
trap 'rm -f "$sorted"' EXIT

# class key mask vr vr_alt vm keyword name; class 0 exact, 1 ggxx, 2 eexx.
grep -v '^#' "$dic" | awk -F '\t' '
NF == 5 && $1 ~ /^\([0-9A-Fa-fx]{4},[0-9A-Fa-fx]{4}\)$/ {
    g = toupper(substr($1, 2, 4)); e = toupper(substr($1, 7, 4));
    class = 0; mask = "0xFFFFFFFF";
    if (g ~ /X/) { class = 1; mask = "0xFF00FFFF" }
    else if (e ~ /X/) { class = 2; mask = "0xFFFFFF00" }
    if (g ~ /X/ && e ~ /X/) next;
    gsub(/X/, "0", g); gsub(/X/, "0", e);
    n = split($2, v, "|"); alt = (n > 1) ? v[2] : v[1];
    printf "%d\t%s%s\t%s\tVR_%s\tVR_%s\t%s\t%s\t%s\n", class, g, e, mask, v[1], alt, $3, $4, $5
}
NF != 5 && NF > 0 { print "mkdict.sh: bad line: " $0 > "/dev/stderr"; exit 1 }' |
    LC_ALL=C sort -t '	' -k1,1 -k2,2 -u > "$sorted"

echo "/* Generated from etc/dgate.dic by src/dicom/mkdict.sh: do not edit. */"
echo "#include \"dicom/dict_table.h\""
echo
echo "const struct dict_entry dict_entries[] = {"
awk -F '\t' '{ printf "    {0x%s, %s, %s, %s, \"%s\", \"%s\", \"%s\"},\n", $2, $3, $4, $5, $6, $7, $8 }' "$sorted"
echo "};"
awk -F '\t' '
{ n[$1]++ }
END {
    printf "const size_t dict_exact_count = %d;\n", n[0]
    printf "const size_t dict_group_repeating_count = %d;\n", n[1]
    printf "const size_t dict_element_repeating_count = %d;\n", n[2]
}' "$sorted"
echo
echo "const uint16_t dict_keyword_index[] = {"
awk -F '\t' '{ print $7 "\t" NR - 1 }' "$sorted" | LC_ALL=C sort -t '	' -k1,1 |
    awk -F '\t' '{ printf "    %d, /* %s */\n", $2, $1 }'
echo "};"
