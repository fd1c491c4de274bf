#!/usr/bin/env python3
# A service that will not start: it looks for its configuration in the
# usual places, finds none and exits 1 without a word -- the kind of program
# the article's interview was about.

import os
import sys

PLACES = ['./app.conf',
          os.path.expanduser('~/.config/demo-app/app.conf'),
          '/etc/demo-app/app.conf']

for place in PLACES:
    try:
        with open(place) as f:
            config = f.read()
        break
    except OSError:
        continue
else:
    sys.exit(1)

sys.exit(0)
