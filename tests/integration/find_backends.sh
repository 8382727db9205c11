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
    python3 "$LIB" check "$PORT" "$T/answers.$be" > "$T/check.$be" 2>&1 || {
        cat "$T/check.$be"
        tail -20 "$T/dgate.log"
        fail "$be: C-FIND answers differ from the corpus"
    }
    echo "$be: $(tail -1 "$T/check.$be")"
    python3 "$LIB" raw "$PORT" > "$T/raw.$be" 2>&1 || { cat "$T/raw.$be"; fail "$be: raw C-FINDs"; }
    grep -q '^ERROR\|\[error\]' "$T/dgate.log" && fail "$be: errors in the log: $(grep '\[error\]' "$T/dgate.log" | head -3)"
    stop_dgate
done
for be in $BACKENDS; do
    [ "$be" = sqlite ] && continue
    cmp -s "$T/answers.sqlite" "$T/answers.$be" ||
        fail "$be answers differ from SQLite's: $(diff "$T/answers.sqlite" "$T/answers.$be" | head -10)"
    cmp -s "$T/raw.sqlite" "$T/raw.$be" || fail "$be raw statuses differ: $(diff "$T/raw.sqlite" "$T/raw.$be")"
done
end_backends
