#!/bin/sh
# 03: the article's /root/test case.  `strace -Z python3 main.py` prints 45
# failed calls; the EACCES on /root/test is the last one, to be guessed.
# moontrace -l first-eacces stops at it and says who asked (uid, groups),
# which directory refuses (/root, drwx------ root:root, needs x) and where
# in the program, then exits 1.  Add `,hold` to leave it stopped for gdb.
#
# As an ordinary user this runs the article's command as it is.  As root
# (who may read /root), it plays the ordinary user: a root-only directory
# in a temporary place, and the script run as nobody.
. "$(dirname "$0")/../common.sh"

if [ "$(id -u)" = 0 ]; then
	dir=$(mktemp -d)
	chmod 755 "$dir"
	mkdir "$dir/root" && echo data >"$dir/root/test" && chmod 700 "$dir/root"
	cp main.py "$dir/main.py"
	as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
	set -- $as_user $PY "$dir/main.py" "$dir/root/test"
else
	set -- $PY main.py
fi

strace -Z "$@"
moontrace -l first-eacces "$@"
moontrace -l why-failed "$@"
[ -n "${dir:-}" ] && rm -rf "$dir"
exit 0
