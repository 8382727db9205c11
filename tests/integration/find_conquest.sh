#!/bin/sh
# C-FIND over Conquest's own sample images, indexed by `dgate -r`, case by
# case as Conquest 1.5.0e answers them (conquest_cases.sh), and where we
# answer otherwise on purpose (README, "Where we differ"), our answer.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/conquest_cases.sh"
need findscu
SAMPLES=$SHARED_DIR/fixtures/conquest-samples
[ -d "$SAMPLES" ] || skip "no $SAMPLES (the shared fixtures are not here)"

make_config
cp "$SAMPLES"/*.dcm "$T/data/"
"$DGATE" -w "$T" -r > "$T/regen.log" 2>&1 || fail "dgate -r: $(tail -3 "$T/regen.log")"
start_dgate
conquest_find_cases
exit 0
