#!/usr/bin/env python3
"""Keeps one CPU core busy for at most SECONDS (default 3600), then exits by itself: the
browser suite is repeated under it to show that no test depends on an idle machine.
Usage: python3 tests/tools/busy_core.py [SECONDS]"""
import sys
import time

limit = float(sys.argv[1]) if len(sys.argv) > 1 else 3600.0
deadline = time.monotonic() + limit
spins = 0
while time.monotonic() < deadline:
    for _ in range(100_000):
        spins += 1
