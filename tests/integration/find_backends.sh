#!/bin/bash
# The C-FIND cases of find_corpus.sh on every database backend: SQLite,
# and MariaDB/MySQL and PostgreSQL when their test servers answer
# (tests/db_servers.sh). Each backend indexes the same generated corpus
# (dgate -r) and must give the answers computed from the corpus definition
# (find_lib.py check), so the three give byte-identical answers; the
# identifiers that do not parse get the same statuses. A server that cannot
# be reached makes the test a SKIP, never a PASS.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"
need findscu python3

LIB="$top_srcdir/tests/integration/find_lib.py"
python3 "$LIB" corpus "$T/corpus" || fail "the corpus could not be written"
NFILES=$(ls "$T/corpus" | wc -l)
choose_backends

for be in $BACKENDS; do
    set_backend "$be"
    rm -rf "$T/data" && mkdir -p "$T/data/dbase" && cp -r "$T/corpus" "$T/data/corpus"
    "$DGATE" -w "$T" -r > "$T/regen.$be" 2>&1 || fail "$be: dgate -r: $(tail -3 "$T/regen.$be")"
    n=$(grep -c -- '-SUCCESS$' "$T/regen.$be")
    [ "$n" = "$NFILES" ] || fail "$be: $n of $NFILES files indexed"
    start_dgate
    cases_on "$be" "$LIB" "C-FIND answers differ from the corpus"
    stop_dgate
done
same_answers
end_backends
