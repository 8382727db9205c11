#!/bin/sh
# C-FIND answers stream: a query matching 100 000 images is answered in
# full while dgate's memory stays flat (no result set is held); a reader
# that stops reading holds no read transaction, so SQLite's WAL can be
# checkpointed (TRUNCATE) while it is stalled; C-CANCEL stops the answers
# with status 0xFE00 and the server goes on. The index is filled with SQL
# (a C-FIND reads only the index).
. "$top_srcdir/tests/integration/lib.sh"
need findscu python3 sqlite3

N=100000
LIB="$top_srcdir/tests/integration/find_lib.py"
DB="$T/data/dbase/conquest.db3"
make_config "UserLog = PacsUser.log"
"$DGATE" -w "$T" -i > "$T/init.log" 2>&1 || fail "dgate -i: $(cat "$T/init.log")"
sqlite3 "$DB" > /dev/null <<SQL || fail "filling the index failed"
PRAGMA journal_mode=WAL;
INSERT INTO DICOMPatients (PatientID, PatientNam) VALUES ('BIG', 'Big^Study');
INSERT INTO DICOMStudies (StudyInsta, StudyDate, PatientNam, PatientID)
    VALUES ('1.2.826.0.1.3680043.9.7002', '20240101', 'Big^Study', 'BIG');
INSERT INTO DICOMSeries (SeriesInst, Modality, SeriesPat, StudyInsta)
    VALUES ('1.2.826.0.1.3680043.9.7002.1', 'CT', 'BIG', '1.2.826.0.1.3680043.9.7002');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N)
INSERT INTO DICOMImages (SOPInstanc, SOPClassUI, ImageNumbe, QRows, ImagePat, SeriesInst,
                         ObjectFile, DeviceName)
    SELECT '1.2.826.0.1.3680043.9.7002.1.' || i, '1.2.840.10008.5.1.4.1.1.7', i, '512', 'BIG',
           '1.2.826.0.1.3680043.9.7002.1', 'BIG/' || i || '.dcm', 'MAG0' FROM n;
SQL
# In a sanitizer build, freed memory waits in AddressSanitizer's
# quarantine (256 MB) and the peak RSS would measure that: keep it small.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=1"
export ASAN_OPTIONS
start_dgate

# One image level query first (threads, connection, caches warm).
findscu -aec CONQUESTSRV1 -S -k QueryRetrieveLevel=IMAGE -k SOPInstanceUID=1.2.826.0.1.3680043.9.7002.1.7 \
    127.0.0.1 "$PORT" > "$T/warm.log" 2>&1 || fail "first C-FIND: $(cat "$T/warm.log")"
hwm() { sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$DGATE_PID/status"; }
before=$(hwm)

# ---- every image, memory flat ------------------------------------------------
start=$(date +%s.%N)
findscu -v -sr -aec CONQUESTSRV1 -S -k QueryRetrieveLevel=IMAGE -k SOPInstanceUID -k InstanceNumber \
    -k Rows -k PatientName -k StudyDate -k SeriesInstanceUID=1.2.826.0.1.3680043.9.7002.1 \
    127.0.0.1 "$PORT" > "$T/all.log" 2>&1 || fail "C-FIND of every image: $(tail "$T/all.log")"
end=$(date +%s.%N)
n=$(grep -c 'Received Find Response [0-9]* (Pending)' "$T/all.log")
[ "$n" = "$N" ] || fail "$n answers, not $N"
grep -q 'Received Final Find Response (Success)' "$T/all.log" || fail "no final success"
after=$(hwm)
echo "$N answers in $(echo "$end - $start" | bc) s; dgate peak RSS $before kB before, $after kB after"
# Holding the answers would take tens of MB (the identifiers alone are
# about 20 MB); a page of rows is a few hundred KB.
[ $((after - before)) -lt 8192 ] || fail "dgate's peak memory grew by $((after - before)) kB"

# ---- a reader that stops reading ----------------------------------------------
python3 "$LIB" slow "$PORT" 6 > "$T/slow.log" 2>&1 &
slow=$!
sleep 3 # the server has filled the socket buffers and waits in send()
grep -q reading "$T/slow.log" && fail "the slow reader read too early"
sqlite3 "$DB" > "$T/ckpt.log" 2>&1 <<SQL
.timeout 3000
UPDATE DICOMPatients SET qSpare = hex(randomblob(8)) WHERE PatientID = 'BIG';
PRAGMA wal_checkpoint(TRUNCATE);
SQL
echo "checkpoint while the reader is stalled: $(cat "$T/ckpt.log")"
[ "$(cut -d'|' -f1 "$T/ckpt.log")" = 0 ] || fail "the checkpoint was held up: $(cat "$T/ckpt.log")"
wait "$slow" || fail "the slow reader failed: $(cat "$T/slow.log")"
grep -q "read $((N + 1)) responses" "$T/slow.log" || fail "the slow reader: $(cat "$T/slow.log")"

# ---- C-CANCEL ------------------------------------------------------------------
findscu -v -sr -aec CONQUESTSRV1 -S --cancel 10 -k QueryRetrieveLevel=IMAGE -k SOPInstanceUID \
    127.0.0.1 "$PORT" > "$T/cancel.log" 2>&1
grep -q 'Received Final Find Response (Cancel' "$T/cancel.log" ||
    fail "no final Cancel: $(grep -v 'Find Response [0-9]' "$T/cancel.log" | tail)"
n=$(grep -c 'Find Response [0-9]* (Pending)' "$T/cancel.log")
[ "$n" -lt 50000 ] || fail "$n answers after a cancel at 10"
echo "cancelled after $n answers"
kill -0 "$DGATE_PID" 2>/dev/null || fail "dgate died"
findscu -aec CONQUESTSRV1 -S -k QueryRetrieveLevel=STUDY -k PatientID=BIG -k StudyInstanceUID \
    127.0.0.1 "$PORT" > "$T/after.log" 2>&1 || fail "C-FIND after the cancel: $(cat "$T/after.log")"
stop_dgate
assert_contains "$T/PacsUser.log" "queried IMAGE SeriesInstanceUID=1.2.826.0.1.3680043.9.7002.1: $N matches"
assert_contains "$T/PacsUser.log" "(cancelled)"
exit 0
