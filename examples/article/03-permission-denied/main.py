#!/usr/bin/env python3
# The article's script: it needs /root/test and exits 1 when it cannot
# read it.  (Adapted: the path may be given as an argument, so that
# run.sh can make a root-only file when it runs as root.)

import sys

path = sys.argv[1] if len(sys.argv) > 1 else '/root/test'

try:
    with open(path) as f:
        f.readlines()
except:
    sys.exit(1)

sys.exit(0)
