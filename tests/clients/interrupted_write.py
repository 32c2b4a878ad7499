#!/usr/bin/env python3
"""An interrupted command leaves nothing beside its output.

usage: interrupted_write.py IRM RESPONSE

`irm validate --report` over a large batch writes its report to a hidden
temporary file beside the target while it works. The command is stopped by
SIGTERM, SIGINT and SIGHUP once that file exists; each time it must die by the
signal and leave neither the report nor its temporary file.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

COPIES = 3000


def interrupt(irm, batch, work, signal_number):
    report = os.path.join(work, "report.json")
    proc = subprocess.Popen([irm, "validate", "-j", "1", "--format", "json", "--report", report, batch],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    seen = False
    while time.monotonic() < deadline and proc.poll() is None:
        if any(name.endswith(".partial") for name in os.listdir(work)):
            seen = True
            break
        time.sleep(0.005)
    if not seen:
        proc.kill()
        proc.wait()
        return [f"signal {signal_number}: the temporary report never appeared, or the batch ended first"]
    time.sleep(0.05)
    proc.send_signal(signal_number)
    status = proc.wait()
    problems = []
    if status != -signal_number:
        problems.append(f"signal {signal_number}: exit status {status}, expected death by the signal")
    left = sorted(name for name in os.listdir(work) if name != "batch")
    if left:
        problems.append(f"signal {signal_number}: left behind {left}")
    return problems


def main(irm, response):
    problems = []
    with tempfile.TemporaryDirectory() as work:
        batch = os.path.join(work, "batch")
        os.mkdir(batch)
        for i in range(COPIES):
            shutil.copyfile(response, os.path.join(batch, f"response-{i:05}.yaml"))
        for signal_number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            problems += interrupt(irm, batch, work, signal_number)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
