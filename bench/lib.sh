# Sourced first by every benchmark script: where the source tree and dgate
# are (set by `make bench*`, else found from the script's own place and
# the current directory), then the integration tests' library (T,
# free_port, make_config, start_dgate, need, fail, ...).
here=$(cd "$(dirname "$0")" && pwd)
top_srcdir=${top_srcdir:-$(dirname "$here")}
DGATE=${DGATE:-$(pwd)/dgate}
export top_srcdir DGATE
. "$top_srcdir/tests/integration/lib.sh"
