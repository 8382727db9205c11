#!/bin/bash
# The Modality Worklist on every database backend: SQLite, and MariaDB/MySQL
# and PostgreSQL when their test servers answer (tests/db_servers.sh). Each
# loads the same HL7 orders (worklist_lib.py) with dgate --loadhl7, must
# hold the rows the orders say, and must give the findscu -W answers and
# raw statuses computed from the orders; so the three answer alike. A
# server that cannot be reached makes the test a SKIP, never a PASS.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"
need findscu python3

LIB="$top_srcdir/tests/integration/worklist_lib.py"
python3 "$LIB" hl7 "$T/orders.hl7" || fail "the HL7 file could not be written"
python3 "$LIB" rows | sort > "$T/rows.want"
choose_backends

cols="AccessionN PatientID PatientNam PatientBir PatientSex ReqPhysici ReqProcDes Modality StartDate
    StartTime SchedPSID SchedStati ReqProcID ReqProcPri"
select="SELECT $(for c in $cols; do printf "COALESCE(%s, '')," "$c"; done | sed 's/,$//') FROM DICOMWorkList"
for be in $BACKENDS; do
    set_backend "$be"
    rm -rf "$T/data" && mkdir -p "$T/data/dbase"
    # A worklist left by another test would be kept by -i: -i2 drops it.
    "$DGATE" -w "$T" -i2 > "$T/init.$be" 2>&1 || fail "$be: dgate -i2: $(cat "$T/init.$be")"
    "$DGATE" -w "$T" --loadhl7:"$T/orders.hl7" > "$T/load.$be" 2>&1 ||
        fail "$be: --loadhl7: $(cat "$T/load.$be")"
    assert_contains "$T/load.$be" "Loaded 9 worklist entries"
    sql "$be" "$select" | sort > "$T/rows.$be"
    cmp -s "$T/rows.want" "$T/rows.$be" ||
        fail "$be: DICOMWorkList rows differ: $(diff "$T/rows.want" "$T/rows.$be")"
    start_dgate
    cases_on "$be" "$LIB" "worklist answers differ from the orders"
    stop_dgate
    # Leave the shared database's worklist empty for the tests after us.
    "$DGATE" -w "$T" -i2 > "$T/init.$be" 2>&1 || fail "$be: dgate -i2: $(cat "$T/init.$be")"
done
same_answers
end_backends
