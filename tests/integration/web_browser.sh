#!/bin/sh
# The web interface (data/web) in Debian's chromium, headless, driven by
# tests/web/browser.mjs (playwright-core) against a dgate holding the corpus
# of web_ui_corpus.py: search, study, viewer pixels, slices, frames, window,
# zoom, upload, ZIP, delete; 401 from a peer that is not loopback, and a
# reader's login (made by `dgate --webuser`). The ZIP the browser
# downloaded is opened here: it holds the study's files, each read by dcmtk.
. "$top_srcdir/tests/integration/lib.sh"
need node python3 storescu dcmdump
[ -x /usr/bin/chromium ] || skip "no /usr/bin/chromium (Debian's chromium package)"
WEB_TESTS="$top_srcdir/tests/web"
[ -d "$WEB_TESTS/node_modules/playwright-core" ] ||
    skip "no tests/web/node_modules: run npm ci --prefix tests/web"

. "$top_srcdir/tests/integration/web_ui_lib.sh"
web_ui_config "WebRoot = $top_srcdir/data/web"
# A reader's login for the remote half.
printf 'secret-reader\n' | "$DGATE" -w "$T" --webuser:reader:read > "$T/webuser.log" 2>&1 ||
    { cat "$T/webuser.log"; fail "dgate --webuser:reader:read failed"; }
web_ui_start
mkdir "$T/out"
node "$WEB_TESTS/browser.mjs" "$URL" "$T/corpus" "$T/out" reader:secret-reader ||
    { tail -n 30 "$T/dgate.log"; fail "the browser test failed"; }

# The ZIP: a zip archive holding every file of Alice's study (as it was
# when downloaded: before its multi-frame series was deleted), each a
# DICOM file of that study.
python3 - "$T/out/study.zip" "$T/corpus/corpus.json" "$T/unzipped" <<'EOF' || fail "the ZIP is wrong"
import json, sys, zipfile
z, corpus, out = sys.argv[1], json.load(open(sys.argv[2])), sys.argv[3]
if not zipfile.is_zipfile(z):
    sys.exit("study.zip is not a zip archive")
with zipfile.ZipFile(z) as f:
    bad = f.testzip()
    if bad:
        sys.exit("%s is damaged in the ZIP" % bad)
    names = [n for n in f.namelist() if not n.endswith("/")]
    f.extractall(out)
alice = corpus["stored"][0]
want = sum(len(s["instances"]) for s in alice["series"])
if len(names) != want:
    sys.exit("%d files in the ZIP, expected %d: %s" % (len(names), want, names))
with open(out + ".list", "w") as f:
    f.write("\n".join(names) + "\n")
EOF
sops=
while IFS= read -r name; do
    dcmdump +P SOPInstanceUID +P StudyInstanceUID "$T/unzipped/$name" > "$T/dump" 2>&1 ||
        { cat "$T/dump"; fail "dcmdump cannot read $name from the ZIP"; }
    grep -q "(0020,000d) UI \[2.25.4711000000000000000000.1\]" "$T/dump" || fail "$name is of another study"
    sops="$sops $(sed -n 's/^(0008,0018) UI \[\([^]]*\)\].*/\1/p' "$T/dump")"
done < "$T/unzipped.list"
want=$(python3 -c 'import json, sys
c = json.load(open(sys.argv[1]))
print(" ".join(sorted(i["sop"] for s in c["stored"][0]["series"] for i in s["instances"])))' "$T/corpus/corpus.json")
[ "$(echo $sops | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ $//')" = "$want" ] ||
    fail "the ZIP holds$sops, expected $want"

kill -0 "$DGATE_PID" || fail "dgate died"
echo "web browser: ok"
