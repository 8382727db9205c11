#!/bin/bash
# C-MOVE and Conquest's compression codes beyond the plain column: a code
# with '!' proposes only its own syntax (no stored or uncompressed
# fallback), and the AE the requester calls dgate by overrides the map's
# code with what follows its '~' ("CONQUESTSRV1~ub"), as Conquest does.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/retrieve_lib.sh"
need storescu storescp movescu echoscu dcmdump sqlite3 python3

PORT=$(free_port)
start_dest I DESTUB +B +xi
echo "DESTUB 127.0.0.1 $DEST_PORT ub" > "$T/acrnema.map"
start_dest O DESTONLY +B +xi
echo "DESTONLY 127.0.0.1 $DEST_PORT ub!" >> "$T/acrnema.map"
start_dest U DESTUN +B
echo "DESTUN 127.0.0.1 $DEST_PORT un" >> "$T/acrnema.map"
make_config
start_dgate
store_corpus

# move CALLED-AE DEST MOVESCU-OUTCOME QueryRetrieveLevel=... KEY=VALUE...
move() {
    local called=$1 dest=$2 outcome=$3 args=() kv
    shift 3
    for kv in "$@"; do args+=(-k "$kv"); done
    movescu -v -S -aec "$called" -aem "$dest" "${args[@]}" 127.0.0.1 "$PORT" > "$T/move.out" 2>&1
    grep -q "Received Final Move Response ($outcome" "$T/move.out" ||
        { cat "$T/move.out"; tail -5 "$T/dgate.log"; fail "move to $dest: not $outcome"; }
}
syntaxes() {
    local f
    for f in "$T/$1/"*; do syntax_of "$f"; done | sort -u | tr '\n' ' '
}
SOPS=$(sops_of study $STUDY1)

# `ub` to a destination that takes only Implicit VR LE: the fallback.
move CONQUESTSRV1 DESTUB Success QueryRetrieveLevel=STUDY StudyInstanceUID=$STUDY1
[ "$(syntaxes I)" = "LittleEndianImplicit " ] || fail "ub: arrived as $(syntaxes I)"
[ "$(received I)" = "$SOPS" ] || fail "ub: not every object arrived"

# `ub!` to the same: only Explicit VR BE is proposed, the destination takes
# none, every sub-operation fails and the association goes on.
move CONQUESTSRV1 DESTONLY "Warning" QueryRetrieveLevel=STUDY StudyInstanceUID=$STUDY1
[ -z "$(received O)" ] || fail "ub!: an object was sent in another syntax"
out=$(python3 "$RAW" move "$PORT" DESTONLY S STUDY StudyInstanceUID=$STUDY1)
n=$(echo "$SOPS" | wc -w)
case $out in
"final 0xb000 completed=0 failed=$n warning=0 "*) ;;
*) fail "ub!: $out" ;;
esac
echoscu -aec CONQUESTSRV1 127.0.0.1 "$PORT" || fail "dgate does not answer after ub!"

# The called AE's ~ub overrides `un`: Explicit VR BE arrives, same values.
move 'CONQUESTSRV1~ub' DESTUN Success QueryRetrieveLevel=STUDY StudyInstanceUID=$STUDY1
[ "$(syntaxes U)" = "BigEndianExplicit " ] || fail "~ub: arrived as $(syntaxes U)"
for sop in $SOPS; do
    [ "$(values_of "$(received_file U "$sop")")" = "$(values_of "$(stored_file "$sop")")" ] ||
        fail "~ub: the values of $sop changed"
done
assert_contains "$T/dgate.log" "the called AE asks 'ub' for DESTUN"
rm -f "$T/U/"*
# ~un! : Implicit VR LE only.
move 'CONQUESTSRV1~un!' DESTUN Success QueryRetrieveLevel=STUDY StudyInstanceUID=$STUDY1
[ "$(syntaxes U)" = "LittleEndianImplicit " ] || fail "~un!: arrived as $(syntaxes U)"
rm -f "$T/U/"*
# Without the ~, the map's `un`: as stored (Explicit and Implicit VR LE).
move CONQUESTSRV1 DESTUN Success QueryRetrieveLevel=STUDY StudyInstanceUID=$STUDY1
[ "$(syntaxes U)" = "LittleEndianExplicit LittleEndianImplicit " ] || fail "un: arrived as $(syntaxes U)"
for d in I O U; do stop_dest $d; done
exit 0
