#!/bin/sh
# 08: the article's bonus, `strace -c`: calls, errors and time per syscall.
# moontrace -c prints the same table; learn-seccomp turns the set of calls
# into what it is often wanted for: a seccomp profile allowing exactly those.
. "$(dirname "$0")/../common.sh"

strace -c -z date
moontrace -c -z date
moontrace -l learn-seccomp date
