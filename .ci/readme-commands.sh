# readme_command N: the N-th command of README.md's quick start (an indented
# line of its section), so that CI runs what the README says, word for word.
readme_command() {
    awk -v n="$1" '/^## /{q = /^## Quick start/} q && /^    [^ ]/{if (++k == n) {sub(/^    /, ""); print; found = 1; exit}} END {exit !found}' \
        "$(dirname "${BASH_SOURCE[0]}")/../README.md"
}
