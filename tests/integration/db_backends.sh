#!/bin/bash
# One corpus into every database backend: SQLite always, MariaDB/MySQL and
# PostgreSQL when DGATE_TEST_MYSQL / DGATE_TEST_PGSQL hold connection strings
# ("host=127.0.0.1 port=3306 user=dgate password=dgate dbname=dgate_test";
# .ci/databases.sh sets them). The corpus is Conquest's samples plus files
# whose values hold quotes, backslashes, %, _, "'; DROP TABLE" and Latin-1.
# Indexed by `dgate -r`, and by C-STORE (storescu) when this dgate serves.
# Every backend must hold the same rows with the same values, and the
# hostile values must come back verbatim.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"

need dump2dcm
SAMPLES=$SHARED_DIR/fixtures/conquest-samples
[ -d "$SAMPLES" ] || skip "no $SAMPLES (the shared fixtures are not here)"

# ---- the corpus ------------------------------------------------------------
make_config
CORPUS=$T/corpus
mkdir -p "$CORPUS"
cp "$SAMPLES"/*.dcm "$CORPUS/"
i=0
hostile_names=("O'Brien^Mc'Neil" 'Back\Slash\\Double' '100% _sure_^x' "x'); DROP TABLE DICOMPatients; --" '"Quoted" `tick`')
for name in "${hostile_names[@]}"; do
    i=$((i + 1))
    # dump2dcm reads [..] up to the closing bracket; none of the names has one.
    cat > "$T/h$i.dump" <<EOF
(0008,0005) CS [ISO_IR 100]
(0008,0016) UI =SecondaryCaptureImageStorage
(0008,0018) UI [1.2.826.0.1.3680043.9.8.$i.1.1]
(0008,0060) CS [OT]
(0008,1030) LO [$name]
(0010,0010) PN [$name]
(0010,0020) LO [H'$i%_\\]
(0020,000d) UI [1.2.826.0.1.3680043.9.8.$i]
(0020,000e) UI [1.2.826.0.1.3680043.9.8.$i.1]
(0020,0011) IS [ $i]
EOF
    dump2dcm -q "$T/h$i.dump" "$CORPUS/h$i.dcm" || fail "dump2dcm failed for $name"
done
# A Latin-1 name: stored as UTF-8.
printf '(0008,0005) CS [ISO_IR 100]\n(0008,0016) UI =SecondaryCaptureImageStorage\n(0008,0018) UI [1.2.826.0.1.3680043.9.9.1.1]\n(0010,0010) PN [M\374ller^J\374rgen]\n(0010,0020) LO [LATIN1]\n(0020,000d) UI [1.2.826.0.1.3680043.9.9]\n(0020,000e) UI [1.2.826.0.1.3680043.9.9.1]\n' > "$T/l.dump"
dump2dcm -q "$T/l.dump" "$CORPUS/latin1.dcm" || fail "dump2dcm failed (Latin-1)"
NFILES=$(ls "$CORPUS" | wc -l)

# ---- backends ----------------------------------------------------------------
COLS_P="PatientID, PatientNam, PatientBir, PatientSex"
COLS_S="StudyInsta, StudyDate, StudyTime, StudyID, StudyDescr, AccessionN, ReferPhysi, StudyModal, PatientNam, PatientBir, PatientSex, PatientID"
COLS_E="SeriesInst, SeriesNumb, SeriesDate, SeriesTime, Modality, PatientPos, ContrastBo, Manufactur, ModelName, ProtocolNa, Institutio, FrameOfRef, SeriesPat, StudyInsta"
COLS_I="SOPInstanc, SOPClassUI, ImageNumbe, SliceLocat, QRows, QColumns, BitsStored, PhotoMetri, ImageType, ImagePat, SeriesInst, DeviceName"
# Our table: the kept metadata (WADO-RS), the same bytes everywhere.
COLS_M="SOPInstUID, SeriesInst, StudyInsta, Metadata"
# NULL as '~', so that every client prints the same text.
select_all() {
    local table=$1 cols=$2 out=""
    IFS=','
    for c in $cols; do
        c=${c# }
        out="$out${out:+, }COALESCE($c, '~')"
    done
    unset IFS
    echo "SELECT '$table', $out FROM $table"
}

dump_rows() { # backend -> canonical text on stdout
    local t
    for t in "DICOMPatients:$COLS_P" "DICOMStudies:$COLS_S" "DICOMSeries:$COLS_E" "DICOMImages:$COLS_I" "InstanceMetadata:$COLS_M"; do
        sql "$1" "$(select_all "${t%%:*}" "${t#*:}")"
    done | LC_ALL=C sort
}

choose_backends

# ---- dgate -r into each backend --------------------------------------------
rm -rf "$T/data" && mkdir -p "$T/data/dbase" && cp -r "$CORPUS" "$T/data/corpus"
for be in $BACKENDS; do
    set_backend "$be"
    "$DGATE" -w "$T" -r > "$T/regen.$be" 2>&1 || fail "$be: dgate -r exited $?: $(tail -3 "$T/regen.$be")"
    n=$(grep -c -- '-SUCCESS$' "$T/regen.$be")
    [ "$n" = "$NFILES" ] || fail "$be: $n of $NFILES files indexed: $(grep FAILED "$T/regen.$be")"
    dump_rows "$be" > "$T/rows.$be"
    [ "$(grep -c '^DICOMImages|' "$T/rows.$be")" = "$NFILES" ] || fail "$be: not $NFILES image rows"
    [ "$(grep -c '^InstanceMetadata|1.*|[A-Za-z0-9+/]*=*$' "$T/rows.$be")" = "$NFILES" ] ||
        fail "$be: not $NFILES metadata rows"
done

# The hostile values, read back verbatim (from SQLite's copy; the others
# must be equal to it).
i=0
for name in "${hostile_names[@]}"; do
    i=$((i + 1))
    grep -qxF "DICOMPatients|H'$i%_\\|$name|~|~" "$T/rows.sqlite" ||
        fail "patient $i: '$name' not stored verbatim: $(grep "^DICOMPatients|H'$i" "$T/rows.sqlite")"
    grep -qF "|$name|~|~|OT|$name|~|~|H'$i%_\\" "$T/rows.sqlite" ||
        fail "study $i: '$name' not stored verbatim"
    grep -qF "DICOMSeries|1.2.826.0.1.3680043.9.8.$i.1| $i|~|~|OT|~|~|~|~|~|~|~|H'$i%_\\|" "$T/rows.sqlite" ||
        fail "series $i: SeriesNumber's leading space not kept: $(grep "9.8.$i.1|" "$T/rows.sqlite")"
done
grep -qxF "DICOMPatients|LATIN1|Müller^Jürgen|~|~" "$T/rows.sqlite" || fail "Latin-1 name not UTF-8"
[ "$(sqlite3 "$T/data/dbase/conquest.db3" "select count(*) from sqlite_master where name = 'DICOMPatients'")" = 1 ] ||
    fail "DICOMPatients was dropped"

for be in $BACKENDS; do
    [ "$be" = sqlite ] && continue
    diff "$T/rows.sqlite" "$T/rows.$be" > "$T/diff.$be" || fail "$be differs from SQLite: $(head -20 "$T/diff.$be")"
done

# ---- the same through C-STORE, when this dgate serves -----------------------
if ! command -v storescu >/dev/null 2>&1; then
    echo "note: storescu not installed: C-STORE into the backends not tested"
    end_backends
fi
# The JPEG-LS samples decompressed (same header values), so that every
# storescu and every server configuration can transfer them.
need dcmdjpls
SEND=$T/send
mkdir -p "$SEND"
for f in "$CORPUS"/*.dcm; do
    case $(basename "$f") in
    1.3.46.*) dcmdjpls "$f" "$SEND/$(basename "$f")" || fail "dcmdjpls failed" ;;
    *) cp "$f" "$SEND/" ;;
    esac
done
for be in $BACKENDS; do
    set_backend "$be"
    # What regen makes of exactly the files sent, to compare with.
    rm -rf "$T/data" && mkdir -p "$T/data/dbase" && cp -r "$SEND" "$T/data/send"
    "$DGATE" -w "$T" -r > "$T/regen-send.$be" 2>&1 || fail "$be: dgate -r of the sent files failed"
    dump_rows "$be" > "$T/rows-send.$be"
    rm -rf "$T/data" && mkdir -p "$T/data/dbase"
    "$DGATE" -w "$T" -i > /dev/null 2>&1 || fail "$be: dgate -i failed"
    dgate_serves || { echo "note: this dgate does not serve yet: C-STORE not tested"; end_backends; }
    start_dgate
    storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$SEND"/*.dcm > "$T/storescu.$be" 2>&1 ||
        fail "$be: storescu failed: $(tail -5 "$T/storescu.$be")"
    stop_dgate
    dump_rows "$be" > "$T/stored.$be"
    [ "$(grep -c '^DICOMImages|' "$T/stored.$be")" = "$NFILES" ] || fail "$be: C-STORE: not $NFILES image rows"
    [ "$(grep -c '^InstanceMetadata|' "$T/stored.$be")" = "$NFILES" ] || fail "$be: C-STORE: not $NFILES metadata rows"
    # The rows must equal those of the regen of the same files (ObjectFile,
    # which depends on FileNameSyntax, is not compared).
    diff "$T/rows-send.$be" "$T/stored.$be" > "$T/sdiff.$be" || fail "$be: C-STORE rows differ from regen: $(head -20 "$T/sdiff.$be")"
done
end_backends
