#!/usr/bin/env python3
"""Check irm's JSON Schemas with a second client, ajv-cli (draft 2020-12).

usage: schema_check.py --ajv AJV --irm IRM --schemas DIR --questionnaires DIR --examples DIR

- every shipped questionnaire validates against schemas/irm-questionnaire-1.schema.json;
- every example response validates against schemas/irm-response-1.schema.json;
- every example validates against the schema `irm schema` writes for its questionnaire,
  and the mistakes example does not (its missing citation and its value not in the list);
- a questionnaire with an unknown question type does not validate.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile


def ajv(args, schema, data):
    """Validates files against a schema in one run; returns {file: valid} and the output."""
    cmd = [args.ajv, "validate", "--spec=draft2020", "--strict=false", "--all-errors", "-s", schema]
    for path in data:
        cmd += ["-d", path]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    out = proc.stdout + proc.stderr
    verdicts = {}
    for line in out.splitlines():
        for path in data:
            if line == path + " valid":
                verdicts[path] = True
            elif line == path + " invalid":
                verdicts[path] = False
    return verdicts, out


def main():
    parser = argparse.ArgumentParser()
    for name in ("ajv", "irm", "schemas", "questionnaires", "examples"):
        parser.add_argument("--" + name, required=True)
    args = parser.parse_args()
    if not os.path.exists(args.ajv):
        print(f"ajv-cli is not installed at {args.ajv}: run 'make test' (it installs the test clients)")
        return 1
    problems = []
    checked = 0

    def expect(schema, files, valid, what):
        nonlocal checked
        verdicts, out = ajv(args, schema, files)
        for path in files:
            checked += 1
            if verdicts.get(path) != valid:
                problems.append(f"{path}: {what}: valid={verdicts.get(path)}, expected {valid}\n{out}")
        return out

    questionnaire_schema = os.path.join(args.schemas, "irm-questionnaire-1.schema.json")
    response_schema = os.path.join(args.schemas, "irm-response-1.schema.json")
    questionnaires = sorted(glob.glob(os.path.join(args.questionnaires, "*.yaml")))
    examples = sorted(glob.glob(os.path.join(args.examples, "*.yaml")))
    with tempfile.TemporaryDirectory() as tmp:
        bad = os.path.join(tmp, "bad-type.yaml")
        with open(bad, "w", encoding="utf-8") as f:
            f.write("format: irm-questionnaire/1\nid: x\nversion: '1'\ninstrument: TIP\ncluster: 1\n"
                    "languages: [en]\ntitle: {en: X}\nsections:\n  - id: s\n    title: {en: S}\n"
                    "    article: '5'\n    questions:\n      - {id: a, type: essay, label: {en: A}}\n")
        expect(questionnaire_schema, questionnaires, True, "the questionnaire schema")
        expect(questionnaire_schema, [bad], False, "a question of type 'essay' against the questionnaire schema")
        expect(response_schema, examples, True, "the response schema")
        by_questionnaire = {}  # (id, version) -> the examples that answer it
        for example in examples:
            header = {}
            with open(example, encoding="utf-8") as f:
                for line in f:
                    for key in ("questionnaire", "version"):
                        if line.startswith(key + ":"):
                            header[key] = line.split(":", 1)[1].strip().strip('"')
            by_questionnaire.setdefault((header["questionnaire"], header["version"]), []).append(example)
        for (questionnaire, version), files in sorted(by_questionnaire.items()):
            path = os.path.join(tmp, f"{questionnaire}-{version}.schema.json")
            subprocess.run([args.irm, "schema", questionnaire, "--version", version, "-o", path], check=True,
                           timeout=60)
            good = [f for f in files if not os.path.basename(f).startswith("mistakes-")]
            wrong = [f for f in files if os.path.basename(f).startswith("mistakes-")]
            if good:
                expect(path, good, True, f"'irm schema {questionnaire} --version {version}'")
            if wrong:
                out = expect(path, wrong, False, f"'irm schema {questionnaire} --version {version}'")
                for needle in ("q10_1_law", "/answers/q8_2"):
                    if needle not in out:
                        problems.append(f"ajv does not report {needle} in the mistakes example:\n{out}")
    for p in problems:
        print("FAIL: " + p)
    print(f"{checked - len(problems)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
