# Shared by aeskulap_workflow.sh and aeskulap_gui.sh (sourced after lib.sh):
# the corpus of aeskulap_corpus.py stored into a dgate that knows the
# viewer's AEs, and helpers in the background that end with the test.
need storescu
need_python pydicom numpy
CORPUS="$top_srcdir/tests/integration/aeskulap_corpus.py"

HELPERS=
trap 'for p in $HELPERS; do kill "$p" 2>/dev/null; done; cleanup' EXIT

# serve_corpus "AE PORT CODE"...: acrnema.map holds dgate (on PORT) and
# these lines; dgate started and the corpus stored into it.
serve_corpus() {
    "$PY" "$CORPUS" write "$T/corpus" || fail "the corpus could not be written"
    PORT=$(free_port)
    {
        echo "CONQUESTSRV1 127.0.0.1 $PORT un"
        for line in "$@"; do echo "$line" | sed 's/ / 127.0.0.1 /'; done
    } > "$T/acrnema.map"
    make_config
    start_dgate
    storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T"/corpus/*.dcm > "$T/store.out" 2>&1 ||
        { cat "$T/store.out"; fail "storing the corpus failed"; }
}
