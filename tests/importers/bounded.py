"""Run the command line in a child process whose address space is capped, so that a file
that makes the importer balloon fails the test (MemoryError, a kill) instead of taking
the machine. The cap is ``HEADROOM`` over what the child uses once bescapp, SQLAlchemy
and openpyxl are imported."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HEADROOM = 300 * 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]

_CHILD = r"""
import resource, sys
import openpyxl, sqlalchemy
import bescapp.cli, bescapp.importers.delegates, bescapp.store.database

def status(key):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])  # kB

start_rss = status("VmRSS")
limit = status("VmSize") * 1024 + int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    code = bescapp.cli.main(sys.argv[2:])
finally:
    # VmHWM, not ru_maxrss: a forked child's ru_maxrss starts at its parent's peak.
    sys.stderr.write(f"\nPEAK_KB {status('VmHWM')} BASE_KB {start_rss}\n")
sys.exit(code)
"""


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    seconds: float
    peak_mb: float  # the child's peak resident memory above its start (imports done)
    start_mb: float = 0

    @property
    def message(self) -> str:
        return self.err.rsplit("\nPEAK_KB", 1)[0].strip()


def run_bounded(argv: list[str], *, headroom: int = HEADROOM, timeout: float = 60) -> Outcome:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, str(headroom), *argv], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)
    seconds = time.perf_counter() - started
    peak = base = 0
    for line in done.stderr.splitlines():
        if line.startswith("PEAK_KB"):
            _, peak, _, base = line.split()
    return Outcome(done.returncode, done.stdout, done.stderr, seconds,
                   (int(peak) - int(base)) / 1024, int(base) / 1024)
