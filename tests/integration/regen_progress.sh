#!/bin/sh
# dgate -r shows how far it is: on a terminal a line rewritten in place
# (files done of all, files/s, time left), else a log line every few
# seconds; and its output stays in order when stdout and stderr go to one
# file (the summary after the steps, not before them).
. "$top_srcdir/tests/integration/lib.sh"

N=4000
make_config
python3 "$top_srcdir/tests/integration/dicom_raw.py" ct "$T/data/f{n}.dcm" count=$N rows=1 cols=2 \
    sop=1.2.826.0.1.3680043.2.1125.9.{n} || fail "could not write $N files"

# ---- redirected: in order, and a progress line every few seconds ----------
# dgate is stopped for 6 s once it has reported files, so that a progress
# line falls due (5 s) whatever the speed of this machine.
python3 - "$DGATE" "$T" > "$T/driver.log" 2>&1 <<'PY' || { cat "$T/driver.log"; fail "the stopped regen did not end well"; }
import os, signal, subprocess, sys, time
dgate, t = sys.argv[1], sys.argv[2]
with open(t + "/out", "wb") as out:
    p = subprocess.Popen([dgate, "-w", t, "-r"], stdout=out, stderr=subprocess.STDOUT)
    deadline = time.time() + 120
    while b"[Regen]" not in open(t + "/out", "rb").read():
        if p.poll() is not None or time.time() > deadline:
            sys.exit("dgate ended before it reported a file")
        time.sleep(0.002)
    p.send_signal(signal.SIGSTOP)
    time.sleep(6)
    p.send_signal(signal.SIGCONT)
    sys.exit(p.wait())
PY
out=$T/out
# The line numbers of the first line matching each pattern, in order.
at() { grep -n -m 1 -- "$1" "$out" | cut -d: -f1; }
last_regen=$(grep -n '^\[Regen\]' "$out" | tail -n 1 | cut -d: -f1)
[ "$(grep -c -- '-SUCCESS$' "$out")" -eq $N ] || fail "not all $N files indexed"
step1=$(at '^Step 1:'); step2=$(at '^Step 2:'); first_regen=$(at '^\[Regen\]')
summary=$(at "regen: $N files in "); complete=$(at '^Regeneration Complete$')
progress=$(at "regen: [0-9]* of $N files, [0-9]* files/s, [0-9:?]* left, 0 failed")
[ -n "$progress" ] || { tail -n 5 "$out"; fail "no progress line while the regen was stopped for 6 s"; }
for pair in "$step1 $step2" "$step2 $first_regen" "$first_regen $progress" "$progress $last_regen" \
    "$last_regen $summary" "$summary $complete"; do
    set -- $pair
    [ -n "$1" ] && [ -n "$2" ] && [ "$1" -lt "$2" ] ||
        { head -n 12 "$out"; fail "the output is out of order (lines $pair)"; }
done
[ "$complete" -eq "$(wc -l < "$out")" ] || fail "Regeneration Complete is not the last line"

# The same progress lines and the summary in the UserLog (PacsUser.log, with
# Conquest's timestamp), for an admin whose dgate -r has no terminal and
# whose console nobody reads.
user=$T/PacsUser.log
stamp='^[A-Z][a-z][a-z] [A-Z][a-z][a-z] [ 0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9] [0-9]{4} '
user_progress="${stamp}regen: [0-9]+ of $N files, [0-9]+ files/s, [0-9:?]+ left, 0 failed\$"
user_summary="${stamp}regen: $N files in [0-9.]+ s \\([0-9]+ files/s\\), 0 failed\$"
[ -f "$user" ] || fail "dgate -r wrote no $user"
logged=$(grep -Ec "$user_progress" "$user")
[ "$logged" -ge 1 ] || { cat "$user"; fail "no progress line in $user while the regen was stopped for 6 s"; }
[ "$logged" -eq "$(grep -c "regen: [0-9]* of $N files" "$out")" ] ||
    { cat "$user"; fail "the progress lines of $user are not those of the console"; }
[ "$(grep -Ec "$user_summary" "$user")" -eq 1 ] || { cat "$user"; fail "no summary line in $user"; }
assert_contains "$user" "database: SQLite $T/data/dbase/conquest.db3"

# ---- on a terminal: the line rewritten in place ---------------------------
python3 - "$DGATE" "$T" > "$T/tty.out" 2> "$T/tty.err" <<'PY' || { cat "$T/tty.err"; fail "regen on a terminal failed"; }
import os, subprocess, sys
dgate, t = sys.argv[1], sys.argv[2]
master, slave = os.openpty()
p = subprocess.Popen([dgate, "-w", t, "-r"], stdout=slave, stderr=subprocess.DEVNULL)
os.close(slave)
data = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the terminal's last writer is gone
        break
    if not chunk:
        break
    data += chunk
sys.stdout.buffer.write(data)
sys.exit(p.wait())
PY
grep -q "$(printf '\r\033\\[K')$N of $N files, [0-9]* files/s, 0:00 left, 0 failed" "$T/tty.out" ||
    { tail -c 300 "$T/tty.out" | od -c | tail -n 8; fail "no rewritten progress line on a terminal"; }
grep -q "\[Regen\] $T/data/f1.dcm -SUCCESS" "$T/tty.out" || fail "the [Regen] lines are missing on a terminal"
grep -q "Regeneration Complete" "$T/tty.out" || fail "no Regeneration Complete on a terminal"
# The line drawn on the terminal is not logged; the summary is.
[ "$(grep -Ec "$user_progress" "$user")" -eq "$logged" ] || { cat "$user"; fail "the terminal's progress line went to $user"; }
[ "$(grep -Ec "$user_summary" "$user")" -eq 2 ] || { cat "$user"; fail "no summary line in $user after the run on a terminal"; }
exit 0
