#!/bin/sh
# 06: what does an obfuscated script run?  The article: `strace
# --trace=execve -f` (and -v for the arguments), grepping execve lines.
# moontrace -l proctree shows the same commands as a tree: which subshell
# ran which program, with its arguments, exit status and duration.
. "$(dirname "$0")/../common.sh"

strace --trace=execve -f -v ./main.sh
moontrace --trace=execve -f -v ./main.sh
moontrace -l proctree ./main.sh
