# common.sh: sourced by every run.sh of examples/article.  It makes the
# commands in run.sh read as you would type them: `strace ...` runs the
# installed strace, `moontrace ...` the one built in this tree ($MOONTRACE),
# each shown first; a failing command does not stop the example (failing is
# what the example programs are for).
# PY is a real python3, not a pyenv/virtualenv shim (its own PATH search
# would fill the traces with noise that is not the example's).
here=$(cd "$(dirname "$0")" && pwd)
MOONTRACE=${MOONTRACE:-$here/../../../moontrace}
PY=${PY:-/usr/bin/python3}
cd "$here" || exit 1

show() { printf '\n$ %s\n' "$*" >&2; }

moontrace() {
	show "moontrace $*"
	"$MOONTRACE" "$@" || true
}

strace() {
	if command -v strace >/dev/null; then
		show "strace $*"
		command strace "$@" || true
	else
		show "strace $*   # (strace is not installed here)"
	fi
}
