#!/usr/bin/env python3
"""irm's YAML reader held to the public YAML test suite.

usage: run.py --dump IRM_YAML_DUMP --suite CASES_DIR [--expected FILE] [--deviations FILE] [--verbose]

Every case folder (or numbered subfolder) of the suite holds `in.yaml`; `error`
when it is not valid YAML; `in.json` with the values a correct reader gets. A case
is right when irm refuses an invalid input with a syntax error (IRM001) inside the
file, and reads a valid one to the values of the first document of `in.json`
(irm keeps every scalar as text: a JSON number, boolean or null matches a
scalar whose text the YAML 1.2 core schema reads so). The suite gives no `in.json` for
the valid cases JSON cannot hold (a list or map as a key, a null key); `--expected`
names irm's own file of what those read to, as trees of `{"text": ...}`, lists,
`{"map": [[key, value], ...], "duplicates": N}` and null.

The deviations file lists, one per line, `CASE: what the reader does instead`;
those cases must fail (so that the list can only shrink), and every other case
must pass. Lines starting with # are comments.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

NULLS = {"", "~", "null", "Null", "NULL"}
TRUE = {"true", "True", "TRUE"}
FALSE = {"false", "False", "FALSE"}
INT = re.compile(r"^[-+]?[0-9]+$")
OCT = re.compile(r"^0o[0-7]+$")
HEX = re.compile(r"^0x[0-9a-fA-F]+$")
FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")


def number_of(text):
    if INT.match(text):
        return int(text)
    if OCT.match(text):
        return int(text[2:], 8)
    if HEX.match(text):
        return int(text[2:], 16)
    if FLOAT.match(text):
        return float(text)
    if text in (".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"):
        return math.inf
    if text in ("-.inf", "-.Inf", "-.INF"):
        return -math.inf
    return None


def key_text(node):
    if node is None:
        return ""
    if isinstance(node, dict) and "text" in node:
        return node["text"]
    return None  # a collection as a key: JSON cannot hold it


def same(expected, node):
    """Whether irm's node reads as the expected JSON value; a reason when not."""
    # irm keeps every scalar as text; a quoted scalar never reads as a JSON null, number or
    # boolean in the suite, so the text alone decides (a tag such as !!int changes nothing).
    scalar = isinstance(node, dict) and "text" in node
    if expected is None:
        if node is None or (scalar and node["text"] in NULLS):
            return None
        return f"expected null, got {json.dumps(node)[:80]}"
    if isinstance(expected, bool):
        if scalar and node["text"] in (TRUE if expected else FALSE):
            return None
        return f"expected {str(expected).lower()}, got {json.dumps(node)[:80]}"
    if isinstance(expected, (int, float)):
        if scalar:
            value = number_of(node["text"])
            if value is not None and (value == expected or (math.isnan(expected) and math.isnan(value))):
                return None
        return f"expected the number {expected}, got {json.dumps(node)[:80]}"
    if isinstance(expected, str):
        if scalar and node["text"] == expected:
            return None
        if node is None and expected == "":
            return None
        return f"expected {json.dumps(expected)[:80]}, got {json.dumps(node)[:80]}"
    if isinstance(expected, list):
        if not isinstance(node, list):
            return f"expected a list, got {json.dumps(node)[:80]}"
        if len(node) != len(expected):
            return f"expected {len(expected)} items, got {len(node)}"
        for i, (e, n) in enumerate(zip(expected, node)):
            why = same(e, n)
            if why:
                return f"item {i}: {why}"
        return None
    if isinstance(expected, dict):
        if not (isinstance(node, dict) and "map" in node):
            return f"expected a mapping, got {json.dumps(node)[:80]}"
        pairs = {}
        for key, value in node["map"]:
            text = key_text(key)
            if text is None:
                return "a collection as a key"
            pairs[text] = value
        if set(pairs) != set(expected) or node.get("duplicates"):
            return f"expected keys {sorted(expected)[:8]}, got {sorted(pairs)[:8]}"
        for key, e in expected.items():
            why = same(e, pairs[key])
            if why:
                return f"key {json.dumps(key)}: {why}"
        return None
    return f"cannot compare {json.dumps(expected)[:40]}"


def same_tree(expected, node):
    """Whether irm's node is the expected tree (irm-expected.json); a reason when not."""
    if expected is None or node is None:
        return None if expected is None and node is None else f"expected {json.dumps(expected)[:60]}, got {json.dumps(node)[:60]}"
    if isinstance(expected, list):
        if not isinstance(node, list) or len(node) != len(expected):
            return f"expected {len(expected)} items, got {json.dumps(node)[:60]}"
        for i, (e, n) in enumerate(zip(expected, node)):
            why = same_tree(e, n)
            if why:
                return f"item {i}: {why}"
        return None
    if "text" in expected:
        if isinstance(node, dict) and node.get("text") == expected["text"]:
            return None
        return f"expected {json.dumps(expected)[:60]}, got {json.dumps(node)[:60]}"
    if not (isinstance(node, dict) and "map" in node) or len(node["map"]) != len(expected["map"]):
        return f"expected a mapping of {len(expected['map'])} pairs, got {json.dumps(node)[:60]}"
    if node.get("duplicates", 0) != expected.get("duplicates", 0):
        return f"expected {expected.get('duplicates', 0)} duplicate keys, got {node.get('duplicates', 0)}"
    for i, ((ek, ev), (nk, nv)) in enumerate(zip(expected["map"], node["map"])):
        why = same_tree(ek, nk) or same_tree(ev, nv)
        if why:
            return f"pair {i}: {why}"
    return None


def first_document(text):
    decoder = json.JSONDecoder()
    text = text.lstrip()
    if not text:
        return False, None
    value, _ = decoder.raw_decode(text)
    return True, value


def cases(root):
    for name in sorted(os.listdir(root)):
        folder = os.path.join(root, name)
        if not os.path.isdir(folder):
            continue
        if os.path.isfile(os.path.join(folder, "in.yaml")):
            yield name, folder
        for sub in sorted(os.listdir(folder)):
            path = os.path.join(folder, sub)
            if os.path.isdir(path) and os.path.isfile(os.path.join(path, "in.yaml")):
                yield f"{name}/{sub}", path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", required=True)
    parser.add_argument("--suite", required=True)
    parser.add_argument("--expected")
    parser.add_argument("--deviations")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(args.suite):
        print(f"no YAML test suite at {args.suite}; nothing to check")
        return 0

    deviations = {}
    if args.deviations:
        with open(args.deviations, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    case, _, why = line.partition(":")
                    deviations[case.strip()] = why.strip()

    own = {}
    if args.expected:
        with open(args.expected, encoding="utf-8") as f:
            own = json.load(f)

    found = list(cases(args.suite))
    out = subprocess.run([args.dump] + [os.path.join(p, "in.yaml") for _, p in found],
                         capture_output=True, text=True, check=True).stdout
    results = json.loads(out)
    right, wrong, unrepresentable, accepted_invalid = [], [], [], []
    for (case, folder), result in zip(found, results):
        lines = open(os.path.join(folder, "in.yaml"), "rb").read().count(b"\n") + 1
        if os.path.exists(os.path.join(folder, "error")):
            error = result.get("error")
            if not error:
                accepted_invalid.append(case)
                wrong.append((case, "reads this invalid document without an error"))
            elif not 1 <= error["line"] <= lines + 1:
                wrong.append((case, f"refused at line {error['line']}, outside the file"))
            else:
                right.append(case)
            continue
        if result.get("error"):
            wrong.append((case, "a valid document was refused: " + result["error"]["message"]))
            continue
        expected_path = os.path.join(folder, "in.json")
        if not os.path.exists(expected_path):
            if case not in own:
                unrepresentable.append(case)
                continue
            why = same_tree(own[case], result["root"])
            if why:
                wrong.append((case, why))
            else:
                right.append(case)
            continue
        with open(expected_path, encoding="utf-8") as f:
            has_document, expected = first_document(f.read())
        why = same(expected, result["root"]) if has_document else (
            None if result["root"] is None else "expected no document")
        if why:
            wrong.append((case, why))
        else:
            right.append(case)

    problems = []
    for case, why in wrong:
        if case not in deviations:
            problems.append(f"{case}: {why}")
    wrong_cases = {case for case, _ in wrong}
    for case in deviations:
        if case not in wrong_cases:
            problems.append(f"{case}: listed as a deviation but read right; take it off the list")
    if args.verbose:
        for case, why in wrong:
            print(f"  {'(listed) ' if case in deviations else ''}{case}: {why}")
    for p in problems:
        print("FAIL " + p)
    invalid = sum(1 for _, folder in found if os.path.exists(os.path.join(folder, "error")))
    print(f"{len(found)} cases: {len(right)} right, {len(wrong)} wrong ({len(accepted_invalid)} of {invalid} "
          f"invalid ones accepted), {len(unrepresentable)} valid without values to compare; "
          f"{len(deviations)} listed deviations, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
