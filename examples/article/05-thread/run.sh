#!/bin/sh
# 05: the same question for threading.Thread.  The article reads the
# clone3 flags (CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD...)
# in a 300-character line.  moontrace -l proctree: "thread (clone3: ...)".
. "$(dirname "$0")/../common.sh"

strace --trace=%process -f $PY main.py
moontrace --trace=%process -f $PY main.py
moontrace -l proctree $PY main.py
