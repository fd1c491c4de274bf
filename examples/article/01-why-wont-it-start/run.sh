#!/bin/sh
# 01: a program that does not start and says nothing.
# The article: `strace -Z` and read the failed calls from the end.
# moontrace: why-failed reads them for you, folds python's and the
# loader's probing, and names the file missing from every place searched.
. "$(dirname "$0")/../common.sh"

strace -f -Z $PY app.py
moontrace -l why-failed $PY app.py
