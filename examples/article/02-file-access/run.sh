#!/bin/sh
# 02: which files does `date` need?  The article: `strace -z date` and
# `strace --trace=%file date`, one line per call, found or not.
# moontrace: the same lines, then files-touched (each path once: read,
# written, executed or probed, with every result) and missing-files (what
# it looked for and did not find, grouped by directory; locale fallbacks
# marked as such).
. "$(dirname "$0")/../common.sh"

strace -z date
moontrace -z date
strace --trace=%file date
moontrace --trace=%file date
moontrace -l files-touched date
moontrace -l missing-files date
