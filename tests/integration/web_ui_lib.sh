# What web_browser.sh and web_dicomweb_client.sh share: a dgate with its web
# server holding the corpus of web_corpus.py, and which of the routes they
# test this dgate has. Issue 13's routes land one branch at a time; a
# feature whose route is not there yet is named and left out, never passed
# silently (QIDO-RS missing skips the test). Source after lib.sh.

# web_ui_config [key = value ...]: the corpus made in $T/corpus, and the
# configuration of a dgate with the web server on.
web_ui_config() {
    python3 "$top_srcdir/tests/integration/web_corpus.py" "$T/corpus" || fail "web_corpus.py"
    WEB_PORT=auto
    make_config "$@"
}

# web_ui_start: that dgate started (its web server at $URL), the corpus's
# stored part stored into it.
web_ui_start() {
    start_dgate
    URL="http://127.0.0.1:$WEB_PORT"
    storescu -aec CONQUESTSRV1 127.0.0.1 "$PORT" "$T/corpus/store/"*.dcm > "$T/storescu.log" 2>&1 ||
        { cat "$T/storescu.log"; fail "storescu of the corpus failed"; }
}

# web_ui_probe: WEB_MISSING, the features (qido metadata retrieve frames
# rendered thumbnail stow zip delete) whose route answers as an absent route
# does: 404 from the static files for a GET, 405 for another method. Asked
# of Alice's study (and of a series that does not exist, for DELETE). No
# QIDO-RS: the test is skipped; any other missing: said.
web_ui_probe() {
    study=2.25.4711000000000000000000.1
    series=$study.1
    instance=/dicom-web/studies/$study/series/$series/instances/$series.1
    WEB_MISSING=
    for probe in "qido 404 GET /dicom-web/studies" \
        "metadata 404 GET /dicom-web/studies/$study/series/$series/metadata" \
        "retrieve 404 GET $instance" \
        "frames 404 GET $instance/frames/1" \
        "rendered 404 GET $instance/rendered" \
        "thumbnail 404 GET /dicom-web/studies/$study/series/$series/thumbnail" \
        "stow 405 POST /dicom-web/studies" \
        "zip 404 GET /api/studies/$study/zip" \
        "delete 405 DELETE /dicom-web/studies/$study/series/2.25.999"; do
        set -- $probe
        c=$(curl -s -o /dev/null -w '%{http_code}' -X "$3" "$URL$4")
        [ "$c" != "$2" ] || WEB_MISSING="$WEB_MISSING${WEB_MISSING:+,}$1"
    done
    web_ui_has qido || skip "this dgate has no QIDO-RS yet"
    [ -z "$WEB_MISSING" ] || echo "note: this dgate lacks the routes of $WEB_MISSING: what needs them is not tested"
}

# web_ui_has FEATURE: true unless web_ui_probe found FEATURE missing.
web_ui_has() {
    case ,$WEB_MISSING, in *,$1,*) return 1 ;; esac
}
