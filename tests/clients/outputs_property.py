#!/usr/bin/python3
"""Every output of irm is well-formed, whatever the answers hold.

usage: outputs_property.py --irm IRM --source DIR [--count N] [--seed S] [--soffice]

From the shipped examples (and so the shipped questionnaires), makes N
responses (a fixed seed: the same ones on every run) whose texts are random
mixes of every YAML escape (\\0 \\a \\e \\N \\_ \\L \\P \\x.. \\u.. \\U..), control
characters (C0, DEL, C1), NUL, characters beyond the BMP, right-to-left text
and bidirectional controls, markup and spreadsheet escapes (`_x0041_`), very
long texts and lines, and whose numbers are enormous (a 1 followed by 400
zeros, 20 significant digits, signs and leading zeros). Then, for each:

- `validate` names every control character (IRM060) and every number a
  double would round (IRM061);
- `validate --format json`, `status --format json`, the JSON export and
  `diff --format json` are strict UTF-8 JSON (Python's json), and every number
  of the response is in the JSON export with all its digits, as in the XML;
- the XML export is well-formed (xml.etree, `xmllint --noout`) and valid
  against schemas/irm-export-1.xsd (`xmllint --schema`);
- every workbook (export, counts, template, the batch report) opens in
  openpyxl, and every XML part of it and of the Word files (drafts, counts,
  comparison) parses (zipfile and xml.etree, which refuse what XML 1.0
  forbids); a number too long for a number cell is a text cell with every digit;
- HTML and Markdown (drafts, counts, comparison), the CSV report, the YAML
  outputs and the text for a terminal (findings, `status`, `diff`) are UTF-8
  with no NUL and no control character their format refuses, and the text
  output is never cut at a NUL;
- no bidirectional control of an answer can act beyond its text: in HTML
  outside a `<bdi>`, in Markdown on its line, in Word in its run, every one is
  closed; the text for a terminal holds none that reorders text;
- a response split into YAML parts and merged back holds the same answers,
  every character included (the YAML writer's round trip), as does a YAML
  template made from it; so does a response written to a workbook template and
  imported, but for what a workbook cannot carry, which comes back as U+FFFD;
- a file whose name is not UTF-8 still gives JSON, XML and a workbook.

With --soffice, LibreOffice (its own profile) converts one workbook export and
one Word draft, which must both succeed (those of the first response, which
has no very long text: LibreOffice takes minutes to lay one out).
"""
import argparse
import csv
import glob
import html.parser
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import openpyxl
import yaml

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


# ---------------------------------------------------------------- random texts

# Each piece is (as written inside a double-quoted YAML scalar, the text it reads as).
ESCAPES = [("\\0", "\0"), ("\\a", "\a"), ("\\b", "\b"), ("\\t", "\t"), ("\\n", "\n"), ("\\v", "\v"),
           ("\\f", "\f"), ("\\r", "\r"), ("\\e", "\x1b"), ("\\ ", " "), ("\\\"", "\""), ("\\/", "/"),
           ("\\\\", "\\"), ("\\N", "\x85"), ("\\_", "\xa0"), ("\\L", "\u2028"), ("\\P", "\u2029"),
           ("\\x01", "\x01"), ("\\x7f", "\x7f"), ("\\x9b", "\x9b"), ("\\u00e9", "é"), ("\\uFEFF", "\ufeff"),
           ("\\uFFFE", "\ufffe"), ("\\uFFFF", "\uffff"), ("\\u202E", "\u202e"), ("\\u2066", "\u2066"),
           ("\\u2069", "\u2069"), ("\\u200F", "\u200f"), ("\\u061C", "\u061c"), ("\\U0001F600", "\U0001f600"),
           ("\\U00010348", "\U00010348"), ("\\U0010FFFF", "\U0010ffff")]
WORDS = ["Code pénal", "قانون العقوبات", "חוק העונשין", "刑法第四条", "Уголовный кодекс", "🙂", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
         "_x0041_", "_x005F_", "<b>&amp;</b>", "=SUM(A1)", "*star* _under_ `tick` | # [a](b)", "- item", "1. one",
         "'quote'", "yes", "null", "~", ": ", " #", "...", "---", "%", "@", "  ", "x"]
# What XML 1.0 cannot carry: what the XML export and the workbooks replace by U+FFFD.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# What IRM060 names: control characters (C0 but tab and line breaks, DEL, C1) and U+FFFE, U+FFFF.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# What YAML does not allow raw in a file, or some readers take for a line break.
YAML_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
# The bidirectional controls: embeddings and overrides, their pop, isolates, their pop, marks.
EMBEDDINGS, PDF = {0x202A, 0x202B, 0x202D, 0x202E}, 0x202C
ISOLATES, PDI = {0x2066, 0x2067, 0x2068}, 0x2069
MARKS = {0x200E, 0x200F, 0x061C}
REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069]")


def leaks(text, marks=True):
    """Whether the bidirectional controls of a text can act beyond it (Unicode's pairing rules):
    one left open, a closing one with nothing to close, or (with `marks`) a mark outside an isolate."""
    opened = []
    for ch in text:
        cp = ord(ch)
        if cp in EMBEDDINGS or cp in ISOLATES:
            opened.append(cp)
        elif cp == PDF:
            if not opened or opened[-1] not in EMBEDDINGS:
                return True
            opened.pop()
        elif cp == PDI:
            at = max((i for i, c in enumerate(opened) if c in ISOLATES), default=None)
            if at is None:
                return True
            del opened[at:]
        elif marks and cp in MARKS and not any(c in ISOLATES for c in opened):
            return True
    return bool(opened)


def random_text(rng, long_texts=True):
    """A text as a YAML double-quoted scalar, and the text it reads as; with `long_texts`, now and
    then one longer than a cell holds, or one very long line."""
    written, read = [], []
    for _ in range(rng.randint(1, 12)):
        roll = rng.random()
        if roll < 0.45:
            w, r = rng.choice(ESCAPES)
        else:
            r = rng.choice(WORDS)
            w = r.replace("\\", "\\\\").replace("\"", "\\\"")
        written.append(w)
        read.append(r)
    roll = rng.random() if long_texts else 1
    if roll < 0.05:  # beyond what an Excel cell holds, in characters that count two
        written.append("\U0001f600" * 17000)
        read.append("\U0001f600" * 17000)
    elif roll < 0.10:  # one very long line, an override in its middle
        written.append("word " * 8000 + "\\u202E" + "drow " * 8000)
        read.append("word " * 8000 + "\u202e" + "drow " * 8000)
    return "\"" + "".join(written) + "\"", "".join(read)


def random_number(rng, whole):
    choices = ["1" + "0" * 400, "12345678901234567891", "-98765432109876543210", "+0007", "0", "-0", "42",
               "9" * 30, "123456789012345", "1" + "0" * 40]
    if not whole:
        choices += ["0." + "0" * 30 + "1", "3.14159265358979323846264338327950288", "-.5", "+12.500", "1e5"]
    value = rng.choice(choices)
    return value, value


def beyond_double(number):
    """Whether a double cannot hold a number as written (IRM061): more than 15 significant
    digits, or beyond its range."""
    digits = number.lstrip("+-")
    whole, _, fraction = digits.partition(".")
    whole, fraction = whole.lstrip("0"), fraction.rstrip("0")
    if whole:
        significant = (whole + fraction) if fraction else whole.rstrip("0")
        exponent = len(whole) - 1
    elif fraction:
        zeros = len(fraction) - len(fraction.lstrip("0"))
        significant, exponent = fraction.lstrip("0"), -zeros - 1
    else:
        return False
    return len(significant) > 15 or not -307 <= exponent <= 307


# ---------------------------------------------------------------- responses

def load_questionnaires(source):
    out = {}
    for path in glob.glob(os.path.join(source, "questionnaires", "*.yaml")):
        with open(path, encoding="utf-8") as f:
            q = yaml.safe_load(f)
        types = {}
        for section in q["sections"]:
            for question in section["questions"]:
                types[question["id"]] = question
        out[(q["id"], str(q["version"]))] = types
    return out


def mutate(example, questions, rng, long_texts=True):
    """The text of a response made from an example: its texts and numbers replaced at random.
    Returns the YAML text and what the texts and numbers read as, by question."""

    lines = ["format: irm-response/1", f"questionnaire: {example['questionnaire']}",
             f"version: \"{example['version']}\""]
    state_written, state_read = random_text(rng, long_texts)
    lines.append(f"state: {state_written}")
    lines += [f"language: {example.get('language', 'en')}", f"status: {example.get('status', 'draft')}",
              "answers:"]
    expected = {"state": state_read, "texts": {}, "numbers": [], "controls": CONTROL.search(state_read) is not None,
                "long_numbers": []}
    for qid, answer in (example.get("answers") or {}).items():
        q = questions.get(qid)
        if q is None or answer is None:
            continue
        kind = q["type"]
        if kind == "text" and rng.random() < 0.8:
            written, read = random_text(rng, long_texts)
            lines.append(f"  {qid}: {written}")
            expected["texts"][qid] = read
            expected["controls"] = expected["controls"] or CONTROL.search(read) is not None
        elif kind in ("integer", "number") and rng.random() < 0.8:
            written, read = random_number(rng, kind == "integer")
            lines.append(f"  {qid}: {written}")
            if not (kind == "integer" and "." in read) and read != "1e5":
                expected["numbers"].append(read)
                if beyond_double(read):
                    expected["long_numbers"].append(read)
        elif kind == "table" and isinstance(answer, list):
            columns = {c["id"]: c for c in q["columns"]}
            rows = []
            for row in answer:
                cells = []
                for cid, value in (row or {}).items():
                    column = columns.get(cid, {"type": "text"})
                    if column["type"] in ("integer", "number") and rng.random() < 0.5:
                        written, read = random_number(rng, column["type"] == "integer")
                        if not (column["type"] == "integer" and "." in read) and read != "1e5" \
                                and beyond_double(read):
                            expected["long_numbers"].append(read)
                    elif column["type"] == "text" and rng.random() < 0.7:
                        written, read = random_text(rng, long_texts)
                        expected["controls"] = expected["controls"] or CONTROL.search(read) is not None
                    else:
                        written = json.dumps(value if isinstance(value, str) else str(value), ensure_ascii=True)
                    cells.append(f"{cid}: {written}")
                rows.append("    - {" + ", ".join(cells) + "}")
            lines.append(f"  {qid}:")
            lines += rows
        elif kind in ("legislation", "ta_needs") and isinstance(answer, list):
            lines.append(f"  {qid}:")
            for item in answer:
                fields = []
                for key, value in (item or {}).items():
                    if key in ("title", "provision", "description") and rng.random() < 0.7:
                        written, read = random_text(rng, long_texts)
                        expected["controls"] = expected["controls"] or CONTROL.search(read) is not None
                    elif key == "year" and rng.random() < 0.3:
                        written, read = random_number(rng, True)
                        if beyond_double(read):
                            expected["long_numbers"].append(read)
                    else:
                        written = json.dumps(str(value), ensure_ascii=True)
                    fields.append(f"{key}: {written}")
                lines.append("    - {" + ", ".join(fields) + "}")
        else:
            # Everything else as written, in JSON's flow style, which YAML reads.
            lines.append(f"  {qid}: {json.dumps(answer, ensure_ascii=True, default=str)}")
    return "\n".join(lines) + "\n", expected


# ---------------------------------------------------------------- checks of a format

def run(irm, args, cwd, allowed=(0, 1)):
    proc = subprocess.run([irm, *args], cwd=cwd, capture_output=True, timeout=300,
                          env={**os.environ, "NO_COLOR": "1", "SOURCE_DATE_EPOCH": "1717200000"})
    check(proc.returncode in allowed, f"irm {' '.join(args)}: exit {proc.returncode}: "
          f"{proc.stderr.decode('utf-8', 'replace')[:2000]}")
    return proc


def strict_text(data, what, refused="[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]"):
    """UTF-8 text with no NUL and no control character but tab, line feed and carriage return."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        check(False, f"{what}: not UTF-8: {e}")
        return None
    bad = re.search(refused, text)
    check(bad is None, f"{what}: holds U+{ord(bad.group()):04X}" if bad else "")
    return text


def terminal_text(data, what):
    """Text for a terminal: strict, and without a bidirectional control that reorders text."""
    text = strict_text(data, what)
    if text is not None:
        bad = REORDERING.search(text)
        check(bad is None, f"{what}: sends U+{ord(bad.group()):04X} to the terminal" if bad else "")
    return text


def yaml_text(path, what):
    """A YAML file irm wrote: nothing raw that YAML refuses or some readers break a line at."""
    with open(path, "rb") as f:
        return strict_text(f.read(), what, YAML_REFUSED.pattern)


class Direction(html.parser.HTMLParser):
    """Finds text of an HTML page whose bidirectional controls act beyond it outside a <bdi>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bdi = 0
        self.leaking = []

    def handle_starttag(self, tag, attrs):
        self.bdi += tag == "bdi"

    def handle_endtag(self, tag):
        self.bdi -= tag == "bdi"

    def handle_data(self, data):
        # Inside a <bdi> the text is isolated, marks and all, but what it opens must still close.
        if leaks(data, marks=self.bdi == 0):
            self.leaking.append(data)


def html_direction(text, what):
    parser = Direction()
    parser.feed(text)
    parser.close()
    check(not parser.leaking, f"{what}: bidirectional controls act beyond their text: {parser.leaking[0][:80]!r}"
          if parser.leaking else "")


def markdown_direction(text, what):
    for line in text.split("\n"):
        if leaks(line):
            check(False, f"{what}: bidirectional controls act beyond their line: {line[:80]!r}")
            return


def docx_direction(path, what):
    """Every run of text of a Word file keeps its bidirectional controls to itself."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        for name in ("word/document.xml", "docProps/core.xml"):
            if name not in z.namelist():
                continue
            for element in ET.fromstring(z.read(name)).iter():
                if element.tag in (w + "t", "{http://purl.org/dc/elements/1.1/}title") and element.text \
                        and leaks(element.text):
                    check(False, f"{what}: {name}: bidirectional controls act beyond their run: "
                          f"{element.text[:80]!r}")
                    return


def strict_json(data, what):
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        check(False, f"{what}: not JSON: {e}")
        return None


def parses_xml(data, what):
    try:
        ET.fromstring(data)
        return True
    except ET.ParseError as e:
        check(False, f"{what}: not well-formed XML: {e}")
        return False


def workbook_opens(path, what):
    """Every part of a workbook parses, and openpyxl opens it and reads every cell; the texts."""
    zip_parts_parse(path, what)
    texts = []
    if not os.path.exists(path):
        return texts
    try:
        book = openpyxl.load_workbook(os.fsdecode(path))
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                texts += [value for value in row if isinstance(value, str)]
    except Exception as e:  # openpyxl raises many kinds
        check(False, f"{what}: openpyxl cannot open it: {type(e).__name__}: {e}")
    return texts


def written(path, what):
    """Whether the command wrote its file (the exit status was checked already)."""
    if os.path.exists(path):
        return True
    check(False, f"{what}: not written")
    return False


def zip_parts_parse(path, what):
    if not written(path, what):
        return
    try:
        with zipfile.ZipFile(os.fsdecode(path)) as z:
            names = z.namelist()
            check(bool(names), f"{what}: an empty zip")
            for name in names:
                if name.endswith((".xml", ".rels", ".vml")):
                    parses_xml(z.read(name), f"{what}: {name}")
    except zipfile.BadZipFile as e:
        check(False, f"{what}: not a zip: {e}")


def document(path, ext, what):
    """A draft, a count or a comparison: Word parts parse, HTML and Markdown are strict text; in
    each, no bidirectional control of an answer acts beyond its text."""
    if ext == "docx":
        zip_parts_parse(path, what)
        if os.path.exists(path):
            docx_direction(path, what)
        return
    if not written(path, what):
        return
    with open(path, "rb") as f:
        text = strict_text(f.read(), what)
    if text is None:
        return
    if ext == "html":
        html_direction(text, what)
    else:
        markdown_direction(text, what)


def xml_export_valid(path, schema, what):
    with open(path, "rb") as f:
        parses_xml(f.read(), what)
    proc = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
    check(proc.returncode == 0, f"{what}: xmllint: {proc.stderr[:1000]}")
    proc = subprocess.run(["xmllint", "--noout", "--schema", schema, path], capture_output=True, text=True)
    check(proc.returncode == 0, f"{what}: not valid against the schema: {proc.stderr[:1000]}")


def answers_of(export):
    """question id -> answer of the only submission of a JSON export."""
    (group,) = export["questionnaires"]
    (submission,) = group["submissions"]
    return {a["question"]: a for a in submission["answers"]}, submission


def numbers_in(value, found):
    if isinstance(value, dict):
        for item in value.values():
            numbers_in(item, found)
    elif isinstance(value, list):
        for item in value:
            numbers_in(item, found)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        found.append(value)
    return found


def canonical(number):
    """A number's text as JSON writes it: no +, no leading zeros, no zeros ending a fraction."""
    sign = "-" if number.startswith("-") else ""
    digits = number.lstrip("+-")
    whole, _, fraction = digits.partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    if whole == "0" and not fraction:
        return "0"
    return sign + whole + ("." + fraction if fraction else "")


def check_response(irm, source, work, path, expected, other, soffice):
    name = os.path.basename(path)
    schema = os.path.join(source, "schemas", "irm-export-1.xsd")

    proc = run(irm, ["validate", "--format", "json", path], work)
    report = strict_json(proc.stdout, f"{name}: validate --format json")
    proc = run(irm, ["validate", path], work)
    text = terminal_text(proc.stdout, f"{name}: validate (text)")
    if report and text is not None:
        for result in report["results"]:
            for d in result["diagnostics"]:
                # The message whole, NUL or not: its last characters are in the text output.
                tail = d["message"][-12:]
                if CONTROL.search(tail) is None and REORDERING.search(tail) is None and "\n" not in tail \
                        and "\r" not in tail:
                    check(tail in text, f"{name}: the text output lacks the end of {d['code']}: {tail!r}")
        codes = [d["code"] for r in report["results"] for d in r["diagnostics"]]
        if expected["controls"]:
            check("IRM060" in codes, f"{name}: a control character without IRM060: {codes}")
        check(codes.count("IRM061") == len(expected["long_numbers"]),
              f"{name}: {codes.count('IRM061')} IRM061 for the numbers a double cannot hold: "
              f"{[n[:30] for n in expected['long_numbers']]}")
    strict_json(run(irm, ["status", "--format", "json", path], work, (0, 2)).stdout, f"{name}: status")
    terminal_text(run(irm, ["status", path], work, (0, 2)).stdout, f"{name}: status (text)")

    # Each response writes into a folder of its own: a command that fails leaves no file of another one.
    out = os.path.join(work, "out-" + os.path.splitext(name)[0])
    os.makedirs(out, exist_ok=True)
    run(irm, ["export", "--format", "json", "-o", f"{out}/e.json", path], work)
    with open(f"{out}/e.json", "rb") as f:
        exported = strict_json(f.read(), f"{name}: JSON export")
    if exported:
        answers, submission = answers_of(exported)
        check(submission["state"] == expected["state"], f"{name}: the JSON export's state differs")
        for qid, read in expected["texts"].items():
            got = answers.get(qid, {}).get("text")
            check(got == read, f"{name}: JSON export of {qid}: {got!r:.80} instead of {read!r:.80}")
        # Every number of the response, every digit: Python reads JSON integers exactly.
        with open(f"{out}/e.json", encoding="utf-8") as f:
            raw = f.read()
        for number in expected["numbers"]:
            check(re.search(r"[:\[,]\s*" + re.escape(canonical(number)) + r"\s*[,}\]\n]", raw) is not None,
                  f"{name}: the JSON export lacks the number {number[:40]}")
        check(all(a["integer"] is not None for a in answers.values() if "integer" in a),
              f"{name}: an integer became null")
    run(irm, ["export", "--format", "xml", "-o", f"{out}/e.xml", path], work)
    xml_export_valid(f"{out}/e.xml", schema, f"{name}: XML export")
    with open(f"{out}/e.xml", encoding="utf-8") as f:
        raw = f.read()
    for number in expected["numbers"]:
        check(f">{number}<" in raw, f"{name}: the XML export lacks the number {number[:40]} as written")
    run(irm, ["export", "-o", f"{out}/e.xlsx", path], work)
    cells = workbook_opens(f"{out}/e.xlsx", f"{name}: workbook export")
    for number in expected["long_numbers"]:
        check(number in cells, f"{name}: the workbook export lacks the text cell {number[:40]}")

    for command in ("observations", "summary"):
        for ext in ("docx", "html", "md"):
            target = f"{out}/{command}.{ext}"
            run(irm, [command, path, "-o", target], work)
            document(target, ext, f"{name}: {command} {ext}")
    for ext in ("xlsx", "docx", "html", "md"):
        target = f"{out}/aggregate.{ext}"
        run(irm, ["aggregate", path, other, "-o", target], work)
        if ext == "xlsx":
            workbook_opens(target, f"{name}: aggregate {ext}")
        else:
            document(target, ext, f"{name}: aggregate {ext}")
    for fmt in ("json", "md", "html", "docx", "text"):
        target = f"{out}/diff.{fmt}"
        run(irm, ["diff", "--force", other, path, "--format", fmt, "-o", target], work)
        if not written(target, f"{name}: diff {fmt}"):
            continue
        with open(target, "rb") as f:
            data = f.read()
        if fmt == "json":
            strict_json(data, f"{name}: diff json")
        elif fmt == "text":
            terminal_text(data, f"{name}: diff text")
        else:
            document(target, fmt, f"{name}: diff {fmt}")
    for ext in ("json", "csv", "xlsx"):
        target = f"{out}/report.{ext}"
        run(irm, ["validate", "--report", target, path], work)
        with open(target, "rb") as f:
            data = f.read()
        if ext == "json":
            strict_json(data, f"{name}: validate report json")
        elif ext == "csv":
            # A spreadsheet's text: what XML forbids is replaced, as in a workbook.
            text = strict_text(data, f"{name}: validate report csv", FORBIDDEN.pattern)
            if text is not None:
                list(csv.reader(io.StringIO(text)))
        else:
            workbook_opens(target, f"{name}: validate report xlsx")

    # Split into YAML parts and merged back: the YAML writer gives back every character.
    parts = os.path.join(work, "parts")
    shutil.rmtree(parts, ignore_errors=True)
    if run(irm, ["split", path, "-o", parts], work).returncode == 0:
        merged = f"{out}/merged.yaml"
        for part in glob.glob(os.path.join(parts, "*.yaml")):
            yaml_text(part, f"{name}: part {os.path.basename(part)}")
        run(irm, ["merge", path, parts, "-o", merged], work)
        yaml_text(merged, f"{name}: merged response")
        run(irm, ["export", "--format", "json", "-o", f"{out}/m.json", merged], work)
        with open(f"{out}/m.json", "rb") as f:
            again = strict_json(f.read(), f"{name}: JSON export of the merged response")
        if exported and again:
            before, _ = answers_of(exported)
            after, merged_submission = answers_of(again)
            check(merged_submission["state"] == expected["state"], f"{name}: merge changed the State's name")
            for qid, answer in before.items():
                check(after.get(qid) == answer, f"{name}: split and merge changed {qid}: "
                      f"{json.dumps(answer)[:200]} became {json.dumps(after.get(qid))[:200]}")

    with open(path, encoding="utf-8") as f:
        header = f.read()
    questionnaire = re.search(r"^questionnaire: (\S+)", header, re.M).group(1)
    # The version the response answers, not the newest one, which may lack some of its questions.
    version = ["--version", re.search(r'^version: "?([^"\s]+)"?', header, re.M).group(1)]
    # A YAML template made from the response carries every answer as written.
    template = f"{out}/template.yaml"
    run(irm, ["template", questionnaire, *version, "--from", path, "-o", template], work)
    yaml_text(template, f"{name}: YAML template")
    run(irm, ["export", "--format", "json", "-o", f"{out}/t.json", template], work)
    with open(f"{out}/t.json", "rb") as f:
        from_template = strict_json(f.read(), f"{name}: JSON export of the YAML template")
    if exported and from_template:
        before, _ = answers_of(exported)
        after, _ = answers_of(from_template)
        for qid, read in expected["texts"].items():
            got = after.get(qid, {}).get("text")
            check(got == read, f"{name}: the YAML template changed {qid}: {got!r:.80} instead of {read!r:.80}")

    # A workbook template filled from the response, imported: the same texts, but for what a cell cannot hold.
    template = f"{out}/template.xlsx"
    run(irm, ["template", questionnaire, *version, "--from", path, "-o", template], work)
    workbook_opens(template, f"{name}: workbook template")
    imported = f"{out}/imported.yaml"
    proc = run(irm, ["import", template, "-o", imported], work)
    if proc.returncode == 0:
        yaml_text(imported, f"{name}: imported response")
        run(irm, ["export", "--format", "json", "-o", f"{out}/i.json", imported], work)
        with open(f"{out}/i.json", "rb") as f:
            back = strict_json(f.read(), f"{name}: JSON export of the imported response")
        if back:
            answers, _ = answers_of(back)
            for qid, read in expected["texts"].items():
                if len(read) > 16000:
                    continue  # cut to what a cell holds
                # A workbook's cell ends its lines as Excel does: CR LF comes back as LF, a lone CR stays.
                want = FORBIDDEN.sub("\ufffd", read).replace("\r\n", "\n")
                if not want.strip(" \t\r\n\xa0\u202f"):
                    want = None  # a cell of blanks is an empty cell
                got = answers.get(qid, {}).get("text")
                check(got == want, f"{name}: template and import changed {qid}: {got!r:.120} instead of {want!r:.120}")

    if soffice:
        for target in (f"{out}/e.xlsx", f"{out}/observations.docx"):
            converted = os.path.join(work, "converted")
            target_format = "csv" if target.endswith(".xlsx") else "pdf"
            proc = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
                                   "--convert-to", target_format, "--outdir", converted, target],
                                  capture_output=True, text=True, timeout=300)
            base = os.path.splitext(os.path.basename(target))[0]
            check(proc.returncode == 0 and os.path.exists(os.path.join(converted, f"{base}.{target_format}")),
                  f"{name}: LibreOffice could not read {os.path.basename(target)}: {proc.stdout}{proc.stderr}")


def check_file_name_not_utf8(irm, source, work, example):
    """A file whose name is not UTF-8 (Latin-1 é): the outputs name it with U+FFFD and stay well-formed."""
    directory = os.path.join(work, "latin1").encode()
    os.makedirs(directory, exist_ok=True)
    target = os.path.join(directory, b"caf\xe9.yaml")
    shutil.copyfile(example, target)
    proc = subprocess.run([irm.encode(), b"validate", b"--format", b"json", directory], capture_output=True)
    report = strict_json(proc.stdout, "validate --format json of a file named in Latin-1")
    if report:
        check(report["results"][0]["file"].endswith("caf\ufffd.yaml"), f"the file is {report['results'][0]['file']}")
    for fmt in (b"json", b"xml", b"xlsx"):
        output = os.path.join(directory, b"e." + fmt)
        subprocess.run([irm.encode(), b"export", b"--format", fmt, b"-o", output, target], capture_output=True)
        with open(output, "rb") as f:
            data = f.read()
        if fmt == b"json":
            strict_json(data, "JSON export of a file named in Latin-1")
        elif fmt == b"xml":
            xml_export_valid(output.decode("utf-8", "surrogateescape"), os.path.join(source, "schemas",
                                                                                      "irm-export-1.xsd"),
                             "XML export of a file named in Latin-1")
        else:
            workbook_opens(output, "workbook export of a file named in Latin-1")
    proc = subprocess.run([irm.encode(), b"validate", b"--report", os.path.join(directory, b"r.csv"), target],
                          capture_output=True)
    with open(os.path.join(directory, b"r.csv"), "rb") as f:
        strict_text(f.read(), "CSV report of a file named in Latin-1")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--irm", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--soffice", action="store_true")
    args = parser.parse_args()
    irm = os.path.abspath(args.irm)
    args.source = os.path.abspath(args.source)
    rng = random.Random(args.seed)
    questionnaires = load_questionnaires(args.source)
    examples = sorted(glob.glob(os.path.join(args.source, "examples", "*.yaml")))
    with tempfile.TemporaryDirectory(prefix="irm-outputs-") as work:
        for n in range(args.count):
            example_path = examples[n % len(examples)]
            with open(example_path, encoding="utf-8") as f:
                example = yaml.safe_load(f)
            # The first one, which LibreOffice reads, has no text of tens of thousands of characters:
            # LibreOffice takes minutes to lay out a paragraph that long.
            questions = questionnaires[(example["questionnaire"], str(example["version"]))]
            text, expected = mutate(example, questions, rng, long_texts=n > 0)
            path = os.path.join(work, f"response-{n}.yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            before = len(problems)
            # The first random response is the one LibreOffice reads.
            check_response(irm, args.source, work, path, expected, example_path, args.soffice and n == 0)
            if len(problems) > before:
                kept = os.path.join(tempfile.gettempdir(), f"irm-outputs-failed-{n}.yaml")
                shutil.copyfile(path, kept)
                problems.append(f"(the response is kept in {kept})")
        check_file_name_not_utf8(irm, args.source, work, examples[0])
    for problem in problems:
        print(problem)
    print(f"{args.count} random responses, every output checked: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
