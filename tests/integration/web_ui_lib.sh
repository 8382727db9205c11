# What web_browser.sh and web_dicomweb_client.sh share: a dgate with its web
# server holding the corpus of web_ui_corpus.py. Source after lib.sh.

# web_ui_config [key = value ...]: the corpus made in $T/corpus, and the
# configuration of a dgate with the web server on.
web_ui_config() {
    python3 "$top_srcdir/tests/integration/web_ui_corpus.py" "$T/corpus" || fail "web_ui_corpus.py"
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
