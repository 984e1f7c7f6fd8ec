"""How long `graph-intel stats --neo4j` takes to report a server that is not there.

Goal: the one-line error within 5 s (the driver's own default would retry for 30 s), measured
as a whole process against a closed local port for both URI schemes. Prints the time and its
ratio to the goal, and the driver's default for comparison; not a test.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import time

GOAL_S = 5.0
DRIVER_DEFAULT_RETRY_S = 30.0


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    for scheme in ("bolt", "neo4j"):
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "graph_intel.cli", "stats", "--neo4j",
                               f"{scheme}://127.0.0.1:{closed_port()}"], capture_output=True, text=True)
        elapsed = time.monotonic() - started
        print(f"unreachable {scheme:5s}  {elapsed:5.2f} s, exit {done.returncode} "
              f"(goal {GOAL_S:.0f} s: ratio {elapsed / GOAL_S:.2f}; driver default retry {DRIVER_DEFAULT_RETRY_S:.0f} s)")


if __name__ == "__main__":
    main()
