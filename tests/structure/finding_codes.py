#!/usr/bin/env python3
"""One list of finding codes: what the code gives, what lib/src/base/finding_codes.cpp
lists (the rules of irm's SARIF logs), and what the documentation describes agree.

usage: finding_codes.py --root SOURCE_DIR
"""
import argparse
import glob
import os
import re
import sys


def codes_in(paths, pattern):
    found = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            found.update(re.findall(pattern, f.read(), re.MULTILINE))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    root = parser.parse_args().root
    table_file = os.path.join(root, "lib", "src", "base", "finding_codes.cpp")
    sources = [p for p in glob.glob(os.path.join(root, "lib", "src", "**", "*.cpp"), recursive=True) +
               glob.glob(os.path.join(root, "cli", "*.cpp")) if p != table_file]
    given = codes_in(sources, r'"(IRM\d{3})"')
    listed = codes_in([table_file], r'\{"(IRM\d{3})"')
    documented = codes_in([os.path.join(root, "docs", "FORMATS.md"), os.path.join(root, "docs", "FINDINGS.md")],
                          r"^\| (?:IRM\d{3}, )*(IRM\d{3})")
    problems = []
    for code in sorted(given - listed):
        problems.append(f"{code} is given by the code but missing from finding_codes.cpp")
    for code in sorted(listed - given):
        problems.append(f"{code} is in finding_codes.cpp but nothing gives it")
    for code in sorted(listed - documented):
        problems.append(f"{code} is in finding_codes.cpp but in no table of docs/FORMATS.md or docs/FINDINGS.md")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
