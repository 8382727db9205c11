#!/bin/bash
# DICOMweb on every database backend (SQLite always, MariaDB/MySQL and
# PostgreSQL when tests/db_servers.sh finds them): the same objects stored
# by C-STORE give the same QIDO-RS answers and the same WADO-RS metadata
# (kept in InstanceMetadata with the image rows); an instance whose row is
# missing is read from its file and its row written again, on each backend.
. "$top_srcdir/tests/integration/lib.sh"
. "$top_srcdir/tests/integration/db_lib.sh"
need curl python3 storescu
SAMPLES="$SHARED_DIR/fixtures/conquest-samples"
[ -d "$SAMPLES" ] || skip "no $SAMPLES"

choose_backends
WEB_PORT=auto
for be in $BACKENDS; do
    set_backend "$be" "UserLog = PacsUser.log"
    rm -rf "$T/data" && mkdir -p "$T/data/dbase"
    "$DGATE" -w "$T" -i > "$T/init.$be" 2>&1 || fail "$be: dgate -i: $(tail -3 "$T/init.$be")"
    start_dgate
    storescu -R -xt -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$top_srcdir"/data/samples/*/*.dcm "$SAMPLES"/*.dcm \
        > "$T/store.$be" 2>&1 || fail "$be: storescu: $(tail -3 "$T/store.$be")"
    [ "$(sql "$be" 'select count(*) from InstanceMetadata')" = 11 ] || fail "$be: not 11 metadata rows"
    # A row lost (an instance an older dgate stored): read from its file.
    sop=$(sql "$be" 'select SOPInstUID from InstanceMetadata order by SOPInstUID limit 1')
    sql "$be" "delete from InstanceMetadata where SOPInstUID = '$sop'" > /dev/null
    python3 - "http://127.0.0.1:$WEB_PORT/dicom-web" > "$T/web.$be" <<'PY' || fail "$be: DICOMweb answers"
import json, sys, urllib.request
base = sys.argv[1]
def get(path):
    with urllib.request.urlopen(base + path, timeout=60) as r:
        assert r.status == 200, (path, r.status)
        return json.loads(r.read().decode("utf-8"))
studies = get("/studies?includefield=all")
print(json.dumps(studies, sort_keys=True))
for s in sorted(x["0020000D"]["Value"][0] for x in studies):
    print(json.dumps(get("/studies/%s/series?includefield=all" % s), sort_keys=True))
    print(json.dumps(sorted(get("/studies/%s/metadata" % s), key=lambda x: x["00080018"]["Value"]), sort_keys=True))
    for i in get("/studies/%s/instances?PatientName=*" % s):
        print(json.dumps(i, sort_keys=True))
PY
    [ "$(sql "$be" "select count(*) from InstanceMetadata where SOPInstUID = '$sop'")" = 1 ] ||
        fail "$be: the lost row was not written again"
    assert_contains "$T/dgate.log" "the metadata of $sop read from its file and kept"
    stop_dgate
    [ "$(wc -l < "$T/web.$be")" -gt 5 ] || fail "$be: too few answers: $(head -c 300 "$T/web.$be")"
done
for be in $BACKENDS; do
    [ "$be" = sqlite ] && continue
    cmp -s "$T/web.sqlite" "$T/web.$be" || fail "$be answers otherwise than SQLite: $(diff "$T/web.sqlite" "$T/web.$be" | head -c 600)"
done
end_backends
