#!/usr/bin/python3
"""The XML and JSON exports as real clients read them.

usage: export_xml.py --irm IRM --source DIR

Exports responses to two questionnaires, one of them with errors, as XML and
as JSON. xmllint validates the XML against schemas/irm-export-1.xsd; Python's
XML and JSON parsers read both back: the groups are those of the questionnaires,
the content of the two formats is the same, and Arabic, Chinese and markup
characters come back byte for byte as the response files hold them. A response
to a questionnaire with a court_cases question (tests/data/court-cases) goes the
same way: valid against the schema, each case the same in both formats.
"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ARABIC = "قضت محكمة الاستئناف في عام 2022 بإدانة أحد عشر عضواً في شبكة لسرقة المركبات."
CHINESE = "2021年，最高法院确认了对洗钱网络十二名成员的定罪。\n金融情报机构向检察机关移交了214份报告。"
MARKUP = "=SUM(A1:A9) needs <b>staff</b> & \"time\" > 'money'"

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def export(irm, fmt, output, inputs):
    proc = subprocess.run([irm, "export", "--format", fmt, "-o", output, *inputs], capture_output=True, text=True)
    # One input has errors: exported, flagged, and the exit status says so.
    check(proc.returncode == 1, f"{fmt} export: exit {proc.returncode}: {proc.stderr}")
    check("mistakes.yaml: exported with 4 errors, flagged in the output" in proc.stderr, f"{fmt}: {proc.stderr}")


def xml_answer(answer):
    """An XML <answer> as the JSON export spells the same answer."""
    out = {"question": answer.get("question"), "type": answer.get("type"),
           "applicable": answer.get("applicable", "true") == "true"}
    (value,) = list(answer)
    tag = value.tag
    if tag == "choice":
        out[tag] = {"value": value.get("value"), "label": value.text or ""}
    elif tag == "selected":
        out[tag] = [{"value": c.get("value"), "label": c.text or ""} for c in value]
    elif tag == "integer":
        out[tag] = int(value.text)
    elif tag == "number":
        out[tag] = float(value.text)
    elif tag == "legislation":
        out[tag] = [{f.tag: int(f.text) if f.tag == "year" and f.text.isdigit() else f.text for f in c}
                    for c in value]
    elif tag == "court_cases":
        out[tag] = [{f.tag: int(f.text) if f.tag == "year" and f.text.isdigit() else f.text for f in c}
                    for c in value]
    elif tag == "table":
        out[tag] = [{c.get("column"): c.text for c in row} for row in value]
    elif tag == "ta_needs":
        out[tag] = [{"category": n.get("category"), "label": n.get("label"), "priority": n.get("priority"),
                     "description": n.text or ""} for n in value]
    else:
        out[tag] = value.text or ""
    return out


def json_answer(answer):
    out = dict(answer)
    if "table" in out:  # numbers in the JSON, text in the XML
        out["table"] = [{k: str(v) for k, v in row.items()} for row in out["table"]]
    return out


def court_cases(irm, source, work):
    """The cases of a court_cases answer in the XML and JSON exports (docs/COURT_CASES.md)."""
    data = os.path.join(source, "tests", "data", "court-cases")
    outputs = {}
    for fmt in ("xml", "json"):
        outputs[fmt] = os.path.join(work, "cases." + fmt)
        proc = subprocess.run([irm, "export", "--questionnaires", data, "--format", fmt, "-o", outputs[fmt],
                               os.path.join(data, "freedonia.yaml")], capture_output=True, text=True)
        check(proc.returncode == 0, f"court cases, {fmt} export: exit {proc.returncode}: {proc.stderr}")
    proc = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(source, "schemas", "irm-export-1.xsd"),
                           outputs["xml"]], capture_output=True, text=True)
    check(proc.returncode == 0, "court cases, xmllint: " + proc.stderr)
    answer = ET.parse(outputs["xml"]).getroot().find("questionnaire/submission/answer[@question='q5_examples']")
    with open(outputs["json"], encoding="utf-8") as f:
        doc = json.load(f)
    (js,) = [a for a in doc["questionnaires"][0]["submissions"][0]["answers"] if a["question"] == "q5_examples"]
    check(answer is not None and xml_answer(answer) == js, f"court cases: XML and JSON differ: {js}")
    cases = js.get("court_cases", [])
    check(len(cases) == 2 and cases[0]["court"] == "Supreme Court" and cases[0]["date"] == "2019-05-14"
          and cases[1]["year"] == 2021 and "url" not in cases[1], f"court cases: {cases}")
    check(cases and cases[0]["reference"] == "No. 12/2019 <appeal> & more", "court cases: markup kept")


def main(argv):
    irm = argv[argv.index("--irm") + 1]
    source = argv[argv.index("--source") + 1]
    cases = os.path.join(source, "tests", "cli")
    inputs = [os.path.join(cases, "export-three-states", "responses"), os.path.join(cases, "export-protocol-som", "responses", "freedonia.yaml"),
              os.path.join(cases, "export-flagged-errors", "responses", "mistakes.yaml")]
    for name, text in (("ruritania.yaml", ARABIC), ("palmeria.yaml", "2021年")):
        with open(os.path.join(cases, "export-three-states", "responses", name), encoding="utf-8") as f:
            check(text in f.read(), f"{name} holds {text!r} as written")

    with tempfile.TemporaryDirectory(prefix="irm-export-xml-") as work:
        xml_path, json_path = os.path.join(work, "answers.xml"), os.path.join(work, "answers.json")
        export(irm, "xml", xml_path, inputs)
        export(irm, "json", json_path, inputs)
        proc = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(source, "schemas", "irm-export-1.xsd"),
                               xml_path], capture_output=True, text=True)
        check(proc.returncode == 0, "xmllint: " + proc.stderr)

        root = ET.parse(xml_path).getroot()
        with open(json_path, encoding="utf-8") as f:
            doc = json.load(f)
        check(root.get("responses") == "5" and doc["responses"] == 5, "five responses")
        groups = [(q.get("id"), [s.get("state") for s in q.findall("submission")]) for q in root]
        # Groups by questionnaire; inside a group, responses in the order of their paths (mistakes.yaml first).
        check(groups == [("som-c1", ["Freedonia"]), ("untoc-c1", ["Ruritania", "Freedonia", "Palméria", "Ruritania"])],
              f"groups: {groups}")
        check([(g["id"], [s["state"] for s in g["submissions"]]) for g in doc["questionnaires"]] == groups,
              "JSON groups as XML groups")

        # The same content in both formats, answer by answer.
        for q, g in zip(root, doc["questionnaires"]):
            check([x.get("id") for x in q.find("questions")] == [x["id"] for x in g["questions"]],
                  f"{g['id']}: questions")
            for s, js in zip(q.findall("submission"), g["submissions"]):
                where = f"{g['id']} {js['file']}"
                check(s.get("state") == js["state"] and s.get("file") == js["file"], where + ": header")
                check((s.get("valid") == "true") == js["valid"] and int(s.get("errors")) == js["errors"],
                      where + ": flag")
                check([f.get("code") for f in s.findall("finding")] == [f["code"] for f in js["findings"]],
                      where + ": findings")
                xs = [xml_answer(a) for a in s.findall("answer")]
                jsa = [json_answer(a) for a in js["answers"]]
                check(len(xs) == len(jsa), where + ": as many answers")
                for x, j in zip(xs, jsa):
                    check(x == j, f"{where}: {x['question']}: XML {x} != JSON {j}")

        untoc = root.find("questionnaire[@id='untoc-c1']")
        ruritania = [s for s in untoc.findall("submission") if s.get("file").endswith("ruritania.yaml")][0]
        palmeria = untoc.find("submission[@state='Palméria']")
        check(ruritania.find("answer[@question='q5_examples']/text").text == ARABIC, "Arabic after a round trip")
        check(ruritania.find("answer[@question='q5_challenges']/text").text == MARKUP, "markup after a round trip")
        check(palmeria.find("answer[@question='q6_examples']/text").text == CHINESE, "Chinese after a round trip")
        mistakes = [s for s in untoc.findall("submission") if s.get("file").endswith("mistakes.yaml")][0]
        check(mistakes.get("valid") == "false" and mistakes.get("errors") == "4", "the response with errors is flagged")
        check(mistakes.find("answer[@question='q2_main_law_date']/unreadable").text == "2019-02-30",
              "an impossible date is carried as written")
        with open(xml_path, "rb") as f:
            raw = f.read()
        check(ARABIC.encode() in raw and "最高法院".encode() in raw, "Unicode written as is, not as references")

        court_cases(irm, source, work)

    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
