#!/usr/bin/env python3
"""Run one end-to-end case of the irm binary and check its outcome.

usage: run_case.py --irm IRM CASE_DIR
       run_case.py --irm IRM [--cwd DIR] --exit N [--codes A,B,...] [--stdout-contains TEXT]...
                   [--stderr-contains TEXT]... -- ARGS...

CASE_DIR holds case.json and the case's input files; the command runs in it:
  args             arguments after `irm`
  exit             expected exit status
  codes            the exact list of finding codes of a JSON output, in any order
  findings         findings that must be present: code, and question/line/severity where given
  stdout           name of a file in the case whose text stdout must equal
  stdout_contains  strings stdout must contain; stderr_contains likewise
  stderr_lines     the exact number of lines stderr must have
  absent           files that must not exist after the run (relative to the case)
  env              extra environment variables
"""
import json
import os
import subprocess
import sys


def run(irm, cwd, case):
    env = dict(os.environ)
    env.pop("IRM_QUESTIONNAIRES", None)
    # Messages follow --lang, IRM_LANG and the locale: a case names its language in "env".
    for name in ("IRM_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        env.pop(name, None)
    env["NO_COLOR"] = "1"
    env.update(case.get("env", {}))
    proc = subprocess.run([irm] + case["args"], cwd=cwd, capture_output=True, env=env, timeout=120)
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace")
    problems = []
    if proc.returncode != case["exit"]:
        problems.append(f"exit status {proc.returncode}, expected {case['exit']}")
    if "codes" in case or "findings" in case:
        try:
            doc = json.loads(stdout)
            actual = [d for r in doc["results"] for d in r["diagnostics"]]
        except (ValueError, KeyError, TypeError) as e:
            problems.append(f"stdout is not the JSON report: {e}")
            actual = None
        if actual is not None and "codes" in case:
            if sorted(d["code"] for d in actual) != sorted(case["codes"]):
                problems.append(f"codes {sorted(d['code'] for d in actual)}, expected {sorted(case['codes'])}")
        for exp in case.get("findings", []) if actual is not None else []:
            if not any(all(a.get(k) == v for k, v in exp.items()) for a in actual):
                problems.append(f"missing finding {exp}")
    if "stdout" in case:
        with open(os.path.join(cwd, case["stdout"]), encoding="utf-8") as f:
            expected = f.read()
        if stdout != expected:
            problems.append("stdout differs from " + case["stdout"] + ":\n" + stdout)
    for text in case.get("stdout_contains", []):
        if text not in stdout:
            problems.append(f"stdout lacks {text!r}")
    for text in case.get("stderr_contains", []):
        if text not in stderr:
            problems.append(f"stderr lacks {text!r}")
    if "stderr_lines" in case and len(stderr.splitlines()) != case["stderr_lines"]:
        problems.append(f"stderr has {len(stderr.splitlines())} lines, expected {case['stderr_lines']}")
    for name in case.get("absent", []):
        if os.path.exists(os.path.join(cwd, name)):
            problems.append(f"{name} exists but should not")
    if problems:
        print("command: irm " + " ".join(case["args"]))
        print("stdout:\n" + stdout[:4000])
        print("stderr:\n" + stderr[:2000])
    return problems


def main(argv):
    irm = None
    cwd = None
    case = {}
    case_dir = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--irm":
            irm, i = argv[i + 1], i + 2
        elif arg == "--cwd":
            cwd, i = argv[i + 1], i + 2
        elif arg == "--exit":
            case["exit"], i = int(argv[i + 1]), i + 2
        elif arg == "--codes":
            case["codes"], i = [c for c in argv[i + 1].split(",") if c], i + 2
        elif arg == "--stderr-contains":
            case.setdefault("stderr_contains", []).append(argv[i + 1])
            i += 2
        elif arg == "--stdout-contains":
            case.setdefault("stdout_contains", []).append(argv[i + 1])
            i += 2
        elif arg == "--":
            case["args"], i = argv[i + 1:], len(argv)
        else:
            case_dir, i = arg, i + 1
    if case_dir:
        with open(os.path.join(case_dir, "case.json"), encoding="utf-8") as f:
            case = json.load(f)
        cwd = case_dir
    problems = run(os.path.abspath(irm), cwd or os.getcwd(), case)
    for p in problems:
        print("FAIL: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
