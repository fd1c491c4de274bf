#!/usr/bin/env python3

'''
    Пример №2:
    Создание fork
    (adapted: sleeps 0-2 s instead of 0-14 s)
'''

import sys
import subprocess
import random

subprocess.Popen(["sleep", f"{random.randrange(0,3)}"])

sys.exit(0)
