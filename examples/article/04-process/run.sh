#!/bin/sh
# 04: process or thread?  The article reads vfork(...) and execve in the
# `--trace=%process -f` output and concludes "a process".
# moontrace -l proctree draws the tree and says it: "process (vfork: shares
# memory until exec)", with the command it exec'd, its exit and lifetime.
. "$(dirname "$0")/../common.sh"

strace --trace=%process -f $PY main.py
moontrace --trace=%process -f $PY main.py
moontrace -l proctree $PY main.py
