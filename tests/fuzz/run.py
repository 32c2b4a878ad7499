#!/usr/bin/env python3
"""Runs each fuzzing harness for a while, one after another, as `make fuzz` does.

usage: run.py --build BUILD_DIR --seconds N [--only HARNESS ...] [--summary FILE]

Each harness reads its corpus in BUILD_DIR/fuzz/corpus/HARNESS (kept between runs,
where libFuzzer adds what finds new code), the generated seeds, the hand-written
seeds and the regression inputs, with its dictionary; it runs for N seconds. Any
crash, leak, timeout, out-of-memory or sanitizer report fails the run: the input
that caused it is kept in BUILD_DIR/fuzz/artifacts/HARNESS/ and the output in
BUILD_DIR/fuzz/logs/HARNESS.log. A table of the runs (executions, corpus, result)
is printed, and written to FILE with --summary.
"""
import argparse
import os
import re
import subprocess
import sys
import time

# tests/fuzz, named from the working directory when it is below it, so that commands read as typed.
HERE = os.path.relpath(os.path.dirname(os.path.abspath(__file__)))
if HERE.startswith(".."):
    HERE = os.path.dirname(os.path.abspath(__file__))

# harness, binary, seeds (generated and hand-written), dictionaries
HARNESSES = [
    ("yaml-libfyaml", "irm-fuzz-yaml-libfyaml", "yaml", ["yaml"]),
    ("yaml-yaml-cpp", "irm-fuzz-yaml-yaml-cpp", "yaml", ["yaml"]),
    ("questionnaire", "irm-fuzz-questionnaire", "questionnaire", ["yaml", "questionnaire", "expression"]),
    ("expression", "irm-fuzz-expression", "expression", ["expression"]),
    ("response", "irm-fuzz-response", "response", ["yaml", "response"]),
    ("notes", "irm-fuzz-notes", "notes", ["yaml", "notes"]),
    ("workbook", "irm-fuzz-workbook", "workbook", ["workbook"]),
    ("workbook-parts", "irm-fuzz-workbook-parts", "workbook-parts", ["workbook"]),
]

# A single input that takes longer than this, or more memory, is a defect: irm reads any file in
# bounded time and memory (docs/LIMITS.md), and the seeds read in milliseconds.
TIMEOUT_SECONDS = 10
RSS_LIMIT_MB = 2048


def dictionary(build, names):
    """The harness's dictionaries joined into one file, as libFuzzer takes one."""
    path = os.path.join(build, "fuzz", "dicts", "+".join(names) + ".dict")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        for name in names:
            with open(os.path.join(HERE, "dicts", name + ".dict"), encoding="utf-8") as f:
                out.write(f.read().rstrip("\n") + "\n")
    return path


def stat(log, name):
    found = re.findall(r"^stat::" + name + r":\s*(\d+)", log, re.MULTILINE)
    return int(found[-1]) if found else None


def run(build, harness, binary, seeds, dicts, seconds):
    fuzz = os.path.join(build, "fuzz")
    corpus = os.path.join(fuzz, "corpus", harness)
    artifacts = os.path.join(fuzz, "artifacts", harness) + os.sep
    logs = os.path.join(fuzz, "logs")
    for directory in (corpus, artifacts, logs):
        os.makedirs(directory, exist_ok=True)
    inputs = [corpus]
    regressions = "yaml" if harness.startswith("yaml-") else harness
    for directory in (os.path.join(fuzz, "seeds", seeds), os.path.join(HERE, "seeds", seeds),
                      os.path.join(HERE, "regressions", regressions)):
        if os.path.isdir(directory):
            inputs.append(directory)
    command = [os.path.join(build, "tests", "fuzz", binary), *inputs,
               f"-max_total_time={seconds}", f"-timeout={TIMEOUT_SECONDS}", f"-rss_limit_mb={RSS_LIMIT_MB}",
               f"-dict={dictionary(build, dicts)}", f"-artifact_prefix={artifacts}", "-print_final_stats=1"]
    environment = dict(os.environ)
    environment.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    environment.setdefault("ASAN_OPTIONS", "detect_leaks=1")
    log_path = os.path.join(logs, harness + ".log")
    print(f"== {harness}: {' '.join(command)}", flush=True)
    earlier = set(os.listdir(artifacts))  # kept from earlier runs, already reported
    started = time.monotonic()
    with open(log_path, "w", encoding="utf-8", errors="replace") as log:
        log.write(" ".join(command) + "\n")
        log.flush()
        status = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=environment).returncode
    elapsed = time.monotonic() - started
    with open(log_path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    executions = stat(text, "number_of_executed_units")
    corpus_size = len(os.listdir(corpus))
    found = [os.path.join(artifacts, name) for name in sorted(os.listdir(artifacts)) if name not in earlier]
    ok = status == 0 and not found
    result = "nothing found" if ok else f"FAILED (exit status {status})"
    if not ok:
        # The lines that say what happened, and where the input is.
        for line in text.splitlines():
            if re.search(r"ERROR: |SUMMARY: |invariant does not hold|runtime error|Test unit written to", line):
                print("   " + line)
        print(f"   log: {log_path}")
    print(f"   {harness}: {executions} executions in {elapsed:.0f} s, corpus {corpus_size}: {result}", flush=True)
    return {"harness": harness, "command": " ".join(command), "executions": executions, "seconds": elapsed,
            "corpus": corpus_size, "ok": ok, "result": result, "artifacts": found}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--summary")
    args = parser.parse_args()
    names = [h[0] for h in HARNESSES]
    for name in args.only:
        if name not in names:
            sys.exit(f"run.py: no harness '{name}' (harnesses: {', '.join(names)})")
    results = [run(args.build, *h, args.seconds) for h in HARNESSES if not args.only or h[0] in args.only]

    table = ["| harness | seconds | executions | corpus | result |", "|---|---|---|---|---|"]
    for r in results:
        table.append(f"| {r['harness']} | {r['seconds']:.0f} | {r['executions']} | {r['corpus']} | {r['result']} |")
    print("\n".join(table))
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            f.write("\n".join(table) + "\n\n")
            for r in results:
                f.write(f"{r['harness']}: {r['command']}\n")
    failed = [r for r in results if not r["ok"]]
    if failed:
        print(f"fuzzing found something in {', '.join(r['harness'] for r in failed)}; the inputs:")
        for r in failed:
            for artifact in r["artifacts"]:
                print(f"   {artifact}")
        sys.exit(1)


if __name__ == "__main__":
    main()
