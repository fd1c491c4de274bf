#!/usr/bin/env python3

'''
    Пример №3:
    Создание thread
    (adapted: sleeps 0-2 s instead of 0-14 s)
'''

import sys
from threading import Thread
import random
import time

def foo():
    time.sleep(random.randrange(0,3))


t = Thread(target=foo)
t.start()

sys.exit(0)
