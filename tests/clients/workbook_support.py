"""What the client tests of `irm template` and `irm import` share: running irm
and LibreOffice, and reading responses the way irm does (every scalar is text)."""
import json
import os
import shutil
import subprocess
import tempfile

import yaml


def run(args, **kwargs):
    env = dict(os.environ)
    env.pop("IRM_QUESTIONNAIRES", None)
    # Each test says the language it wants: none comes from the machine running it.
    for name in ("IRM_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        env.pop(name, None)
    env["NO_COLOR"] = "1"
    proc = subprocess.run(args, capture_output=True, env=env, timeout=300, **kwargs)
    # Strict decoding: irm must never print bytes that are not UTF-8.
    proc.stdout, proc.stderr = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    return proc


def soffice(args, workdir):
    """LibreOffice headless with a profile of its own, so parallel tests do not collide."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("FAIL: LibreOffice (soffice) is not installed; make test installs it")
    profile = tempfile.mkdtemp(prefix="lo-profile-", dir=workdir)
    return run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"] + args, cwd=workdir)


def places(book):
    """Question id -> answer place ("Answers!E5", "Legislation!A2:F301"), from the hidden map sheet irm writes."""
    rows = list(book["irm"].iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "question")
    out = {}
    for row in rows[header + 1:]:
        if not row[0]:
            break
        out[row[0]] = row[2]
    return out


def cell(book, place):
    """The cell of a place, or the first cell of a range."""
    sheet, ref = place.rsplit("!", 1)
    if sheet.startswith("'"):  # quoted as a formula quotes it: 'Art. 5 — victimes d''exploitation'
        sheet = sheet[1:-1].replace("''", "'")
    return book[sheet][ref.split(":")[0]]


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def normal(value):
    """Numbers compare as numbers (a workbook does not keep '12.50'); the rest as text."""
    if isinstance(value, list):
        return [normal(v) for v in value]
    if isinstance(value, dict):
        return {k: normal(v) for k, v in value.items() if v not in ("", None, [])}
    try:
        return float(value) if value.strip() not in ("",) and value.strip()[0] in "+-.0123456789" else value
    except (ValueError, AttributeError):
        return value


def findings(irm, path):
    """The findings of `irm validate --format json` on one file, and its exit status."""
    proc = run([irm, "validate", "--format", "json", path])
    try:
        doc = json.loads(proc.stdout)
    except ValueError:
        raise SystemExit(f"FAIL: validate {path} printed no JSON (exit {proc.returncode}): {proc.stderr}")
    return [d for r in doc["results"] for d in r["diagnostics"]], proc.returncode


def report(problems, what):
    for p in problems:
        print("FAIL: " + p)
    print(f"{what}: {'FAILED' if problems else 'ok'}")
    return 1 if problems else 0
