#!/usr/bin/env python3
"""Damaged workbooks never crash `irm import`: a fixed-seed run of mutations
of a prefilled template (bytes of the archive, and the XML inside it), each
ending with exit 0, 1 or 2, one clear message, and no output when it fails.

usage: import_fuzz.py IRM EXAMPLE.yaml [RUNS]
"""
import io
import os
import random
import sys
import tempfile
import zipfile

from workbook_support import load, report, run


def mutate_xml(data, rng):
    text = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not text:
            break
        at = rng.randrange(len(text))
        choice = rng.random()
        if choice < 0.3:
            del text[at:at + rng.randint(1, 40)]
        elif choice < 0.6:
            text[at:at] = rng.choice([b"<", b">", b"&", b"\"", b"<v>x</v>", b" t=\"s\"", b" r=\"ZZZ0\"", b"\xff", b"_x00"])
        else:
            text[at] = rng.randrange(256)
    return bytes(text)


def main(irm, example, runs):
    rng = random.Random(20240601)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        book = os.path.join(tmp, "book.xlsx")
        proc = run([irm, "template", load(example)["questionnaire"], "--from", example, "-o", book])
        if proc.returncode != 0:
            return report([f"template exit {proc.returncode}: {proc.stderr}"], "template")
        with open(book, "rb") as f:
            original = f.read()
        with zipfile.ZipFile(io.BytesIO(original)) as z:
            members = [(i, z.read(i)) for i in z.infolist()]
        for n in range(runs):
            if n % 4 == 0:  # bytes of the archive itself
                data = bytearray(original)
                for _ in range(rng.randint(1, 8)):
                    data[rng.randrange(len(data))] = rng.randrange(256)
                data = bytes(data)
            else:  # well-formed archive, damaged XML inside
                buffer = io.BytesIO()
                victim = rng.randrange(len(members))
                with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
                    for i, (info, content) in enumerate(members):
                        z.writestr(info.filename, mutate_xml(content, rng) if i == victim else content)
                data = buffer.getvalue()
            path = os.path.join(tmp, f"fuzz{n}.xlsx")
            out = os.path.join(tmp, f"fuzz{n}.yaml")
            with open(path, "wb") as f:
                f.write(data)
            proc = run([irm, "import", path, "-o", out])
            if proc.returncode not in (0, 1, 2) or "internal error" in proc.stderr or "Sanitizer" in proc.stderr:
                problems.append(f"run {n}: exit {proc.returncode}: {proc.stderr[-2000:]}")
            if proc.returncode != 0 and os.path.exists(out):
                problems.append(f"run {n}: an output was written although import failed")
            os.remove(path)
    return report(problems, f"{runs} damaged workbooks")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 60))
