#!/bin/sh
# kill -9 during a four-association ingest, in rounds, dgate restarted each
# time: every instance whose C-STORE was answered with success is kept, as a
# complete file with its index row; no row points at nothing; no file under
# a final name is cut short; .incoming/ is emptied when dgate starts again.
# The senders (store_ledger.py) keep a ledger of every acknowledgement.
# In odd rounds the kill comes after a random sleep (mostly in the middle
# of datasets); in even rounds one sender kills dgate itself 0 to 300 us
# after the last byte of an object, while the server finishes that store
# (some 70 us) or just after its response: where a success answered too
# early, or a row and file put in the wrong order, would show.
# KILL9_ROUNDS and KILL9_SEED repeat a run; the seed is printed.
. "$top_srcdir/tests/integration/lib.sh"
need python3
python3 -c 'import sqlite3' 2> /dev/null || skip "python3 has no sqlite3 module"
LEDGER="$top_srcdir/tests/integration/store_ledger.py"
rounds=${KILL9_ROUNDS:-20}
seed=${KILL9_SEED:-$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}
root=1.2.826.0.1.3680043.2.1125.9.$seed
incoming="$T/data/.incoming"
echo "kill -9 test: $rounds rounds, seed $seed"

# Round $1's kill, from the seed. Odd rounds: the seconds to let the round
# run, 0.05 to 1 (short ones land in association set-up or the first
# object). Even rounds: "after=K delay=D" for the sender that kills; K is
# 1 to 3, since the first object of a series takes longest to index.
plan() {
    awk -v s="$seed" -v r="$1" 'BEGIN {
        srand(s * 100 + r)
        if (r % 2) printf "%.2f", 0.05 + rand() * 0.95
        else printf "after=%d delay=%.6f", 1 + int(rand() * 3), rand() * 0.0003 }'
}

make_config
start=$(date +%s)
r=1
while [ "$r" -le "$rounds" ]; do
    start_dgate
    # The killed process's temporary files are gone before dgate listens.
    [ -z "$(temp_files "$T/data")" ] ||
        { ls -laR "$incoming"; fail "round $r: .incoming/ not emptied at start"; }
    pids=
    p=$(plan "$r")
    for a in 1 2 3 4; do
        case "$a $p" in
        1\ after=*) how="kill=$DGATE_PID $p" ;;
        *) how= ;;
        esac
        # shellcheck disable=SC2086 # $how is options, split on purpose
        python3 "$LEDGER" send "$PORT" "$T/ledger.$r.$a" "$root.$r.$a" "$seed$r$a" $how \
            > "$T/send.$r.$a" 2>&1 &
        pids="$pids $!"
        [ -z "$how" ] || killer=$!
    done
    case "$p" in
    after=*)
        { wait "$killer"; } 2> /dev/null ||
            { cat "$T/send.$r.1"; fail "round $r: the killing sender failed"; }
        ;;
    *) sleep "$p" ;;
    esac
    kill -KILL "$DGATE_PID" 2> /dev/null
    # Reaped, so that its pid is no longer alive for the orphan clean-up.
    wait "$DGATE_PID" 2> /dev/null
    DGATE_PID=
    for pid in $pids; do
        wait "$pid" || { cat "$T"/send.$r.*; fail "round $r: a sender was surprised"; }
    done
    r=$((r + 1))
done

# Three more rounds with dgate as PID 1, as a container's main process is:
# the unfinished files of a killed PID 1 carry the pid of the next PID 1,
# and must go all the same. Needs a PID namespace (unshare, as root) and
# /proc/PID/task/PID/children to find dgate under unshare.
pid1_rounds=0
if unshare --pid --fork true 2> /dev/null && [ -r "/proc/$$/task/$$/children" ]; then
    printf '#!/bin/sh\nexec unshare --pid --fork --kill-child "%s" "$@"\n' "$DGATE" > "$T/dgate-pid1"
    chmod +x "$T/dgate-pid1"
    for r in 101 102 103 104; do
        DGATE="$T/dgate-pid1" start_dgate
        [ -z "$(temp_files "$T/data")" ] ||
            { ls -laR "$incoming"; fail "round $r (dgate as PID 1): .incoming/ not emptied at start"; }
        [ "$r" -lt 104 ] || break
        pids=
        for a in 1 2 3 4; do
            python3 "$LEDGER" send "$PORT" "$T/ledger.$r.$a" "$root.$r.$a" "$seed$a" \
                > "$T/send.$r.$a" 2>&1 &
            pids="$pids $!"
        done
        sleep 0.5
        # dgate itself, the child of unshare; unshare ends with it.
        kill -KILL "$(cat "/proc/$DGATE_PID/task/$DGATE_PID/children")"
        wait "$DGATE_PID" 2> /dev/null
        DGATE_PID=
        for pid in $pids; do
            wait "$pid" || { cat "$T"/send.$r.*; fail "round $r: a sender was surprised"; }
        done
        pid1_rounds=$((pid1_rounds + 1))
    done
    kill -TERM "$(cat "/proc/$DGATE_PID/task/$DGATE_PID/children")"
    wait "$DGATE_PID" 2> /dev/null
    DGATE_PID=
else
    echo "no rounds with dgate as PID 1: no unshare --pid or /proc/PID/task/PID/children here"
fi

# A last clean start: the leftovers of the last kill go, and the server
# stores again.
start_dgate
[ -z "$(temp_files "$T/data")" ] || { ls -laR "$incoming"; fail "after the last kill: .incoming/ not emptied"; }
python3 "$LEDGER" send "$PORT" "$T/ledger.final" "$root.0.1" 1 count=3 > "$T/send.final" 2>&1 ||
    { cat "$T/send.final"; fail "the sender was surprised after the restart"; }
[ "$(grep -c '^ack .* 0x0000$' "$T/ledger.final")" -eq 3 ] ||
    { cat "$T/send.final" "$T/ledger.final"; tail -20 "$T/dgate.log"; fail "no store after the restart"; }
stop_dgate
[ -z "$(temp_files "$T/data")" ] || { ls -laR "$incoming"; fail "temporary files left after a clean stop"; }

echo "rounds $rounds ($((rounds / 2)) killed by a sender at the end of an object)" \
    "and $pid1_rounds as PID 1, $(cat "$T"/ledger.* | grep -c '^sent') stores begun"
python3 "$LEDGER" check "$T/data" "$T/data/dbase/conquest.db3" "$T"/ledger.* ||
    fail "what was acknowledged is not what was kept (seed $seed)"

# A second opinion, dgate's own reader: every file under a final name reads
# to its end.
bad=$(find "$T/data" \( -path "$incoming" -o -path "$T/data/dbase" \) -prune -o -type f -print |
    while read -r f; do "$DGATE" --dump "$f" > /dev/null 2>&1 || echo "$f"; done)
[ -z "$bad" ] || fail "dgate --dump cannot read: $bad"
echo "$(($(date +%s) - start)) s"
exit 0
