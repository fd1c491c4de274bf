#!/bin/sh
# cmp.sh [strace opts --] victim args...: run a victim under strace and under
# mini (the Lua decoders), both with ASLR off and a fixed environment, and diff
# the two outputs (pids and alignment normalised).  Needs MT_REPO and MT_WORK.
SOPTS=""; MENV=""
case "$*" in *" -- "*) while [ "$1" != "--" ]; do SOPTS="$SOPTS $1"
  case "$1" in -v) MENV="$MENV MT_VERBOSE=1";; -x) MENV="$MENV MT_XFLAG=1";; -xx) MENV="$MENV MT_XFLAG=2";;
    -y) MENV="$MENV MT_YFLAG=1";; --strings-in-hex=non-ascii-chars) MENV="$MENV MT_XFLAG=3";; -s*) MENV="$MENV MT_STRSIZE=${1#-s}";; esac; shift; done; shift;; esac
norm() { sed -E 's/^(.*[^ ]) += /\1 = /' ; }
[ -n "$PRE" ] && sh -c "$PRE"
env -i PATH=/usr/bin:/bin HOME=/root LANG=C setarch -R strace $SOPTS -o $MT_WORK/s.out "$@" >/dev/null 2>$MT_WORK/s.err </dev/null
for kv in $MENV; do echo $kv; done > $MT_WORK/opts
[ -n "$PRE" ] && sh -c "$PRE"
env -i PATH=/usr/bin:/bin HOME=/root LANG=C MT_REPO=$MT_REPO MT_WORK=$MT_WORK MT_RECORD_LUA=$MT_REPO/tests/lua/victims/record/record.lua setarch -R $MT_WORK/mini "$@" >/dev/null 2>$MT_WORK/m.err </dev/null
norm < $MT_WORK/s.out | sed -E 's/^(set_tid_address|getpid|getppid|gettid)\((.*)\) = [0-9]+$/\1(\2) = PID/; s/(si_pid=|= )[0-9]{4,}/\1PID/g; s/(wait4\()[0-9]{4,}/\1PID/' > $MT_WORK/s.n
norm < $MT_WORK/m.out | sed -E 's/^(set_tid_address|getpid|getppid|gettid)\((.*)\) = [0-9]+$/\1(\2) = PID/; s/(si_pid=|= )[0-9]{4,}/\1PID/g; s/(wait4\()[0-9]{4,}/\1PID/' > $MT_WORK/m.n
diff $MT_WORK/s.n $MT_WORK/m.n
cat $MT_WORK/m.err
