#!/usr/bin/env python3
"""How binding each provision is, in every shipped questionnaire, checked against the treaty texts.

usage: obligations.py --root REPOSITORY

The table below says, for each provision of the cluster I articles that a shipped
questionnaire asks about, how the Convention or the Protocol binds States (docs/FORMATS.md,
*Obligations*; the reasons are in docs/QUESTIONNAIRES.md). The check fails, with one line
per problem, on:
  - a question with a provision the table does not know, or whose level (its `obligation`,
    `mandatory` when absent) is not the table's;
  - `obligation` or `alternatives` on a question without a provision;
  - an alternative group that is not symmetric, or has a member that is not `alternative`;
and, from version 2026.1 on (2020.1 keeps its questions and answer lists as they were), on:
  - a question explaining a gap (`..._gap`) that opens for a provision whose "No" is no gap
    (`consider`, `optional`, `savings`), or for a member of an alternative group without
    asking that every other member be unmet too;
  - what the treaty reading asked of the questionnaires: answer
lists that fit the levels, the questions added (5(3) notification, the model of 5(1)(a), the
definitions of article 2(d), (e) and (h), the two limbs of 8(2), the grounds of 15(2)(c)),
the antique-firearms year of the Firearms Protocol, and the general guidance.
"""
import argparse
import glob
import os
import re
import sys

import yaml

M, ALT, CONSIDER, OPTIONAL, SAVINGS = "mandatory", "alternative", "consider", "optional", "savings"
LEVELS = {M, ALT, CONSIDER, OPTIONAL, SAVINGS}

# instrument -> provision -> level, read from the treaty texts.
TABLE = {
    "UNTOC": {
        # Article 2: the definitions the offences rest on; a law that falls short of one narrows an offence.
        "2(a)": M, "2(b)": M, "2(c)": M, "2(d)": M, "2(e)": M, "2(h)": M,
        # Article 5(1)(a): one obligation, met by the agreement offence, the participation offence, or both.
        "5(1)(a)(i)": ALT, "5(1)(a)(ii)": ALT, "5(1)(b)": M,
        # 5(2), like 6(2)(f), says how the mental elements may be proved; the State's law must allow it.
        "5(2)": M, "5(3)": M,
        "6(1)(a)(i)": M, "6(1)(a)(ii)": M, "6(1)(b)(i)": M, "6(1)(b)(ii)": M,
        "6(2)(a)": CONSIDER,  # "shall seek to apply"
        "6(2)(b)": M, "6(2)(c)": M, "6(2)(d)": M,
        "6(2)(e)": OPTIONAL,  # "it may be provided", where fundamental principles require it
        "6(2)(f)": M,
        "8(1)(a)": M, "8(1)(b)": M,
        "8(2)": CONSIDER,  # "shall consider adopting", "shall consider establishing"
        "8(3)": M, "8(4)": M,
        "9(1)": M, "9(2)": M,
        "10(1)": M,
        "10(2)": OPTIONAL,  # "may be criminal, civil or administrative"
        "10(3)": M, "10(4)": M,
        "15(1)(a)": M, "15(1)(b)": M,
        "15(2)(a)": OPTIONAL, "15(2)(b)": OPTIONAL,  # "may also establish its jurisdiction"
        "15(2)(c)": OPTIONAL, "15(2)(c)(i)": OPTIONAL, "15(2)(c)(ii)": OPTIONAL,
        "15(3)": M,
        "15(4)": OPTIONAL,  # "may also adopt"
        "15(5)": M,
        "15(6)": SAVINGS,  # "this Convention does not exclude"
        "23(a)": M, "23(b)": M,
    },
    "TIP": {
        "3(a)": M, "3(b)": M, "3(c)": M, "3(d)": M,
        "5(1)": M, "5(2)(a)": M, "5(2)(b)": M, "5(2)(c)": M,
    },
    "SOM": {
        "3(a)": M, "3(b)": M, "3(c)": M,
        "5": M,
        "6(1)": M, "6(1)(a)": M, "6(1)(b)(i)": M, "6(1)(b)(ii)": M, "6(1)(c)": M,
        "6(2)(a)": M, "6(2)(b)": M, "6(2)(c)": M, "6(3)(a)": M, "6(3)(b)": M,
        "6(4)": SAVINGS,  # "Nothing in this Protocol shall prevent"
    },
    "FIR": {
        "3(a)": M, "3(b)": M, "3(c)": M, "3(d)": M, "3(e)": M, "3(f)": M,
        "5(1)": M, "5(1)(a)": M, "5(1)(b)": M, "5(1)(c)": M, "5(2)(a)": M, "5(2)(b)": M,
    },
}

# Questions whose level is not their provision's: what the question asks is a choice the
# provision leaves to the State, not the provision itself.
QUESTION_LEVELS = {
    "SOM": {
        # Article 3(a) requires the benefit element, so that smuggling without gain (by relatives,
        # humanitarian or religious groups) falls outside it; whether the law says so in an
        # exemption of its own is left to the State.
        "q3_a_humanitarian": OPTIONAL,
    },
}

# The answer lists a level calls for, from 2026.1 on (values of the choices).
CONSIDER_VALUES = ["adopted", "considered_not_adopted", "not_considered"]
YN_VALUES = ["yes", "no"]

NAME = re.compile(r"[a-z][a-z0-9_]*")


def names(expression):
    """The question ids an expression names (words outside quotes)."""
    if not isinstance(expression, str):
        return set()
    unquoted = re.sub(r"'[^']*'|\"[^\"]*\"", " ", expression)
    return set(NAME.findall(unquoted)) - {"and", "or", "not", "in", "true", "false", "null"}


def level(question):
    return question.get("obligation", M)


def choice_values(questionnaire, question):
    choices = question.get("choices")
    if isinstance(choices, str):
        choices = questionnaire.get("choice_lists", {}).get(choices, [])
    return [str(c["value"]) for c in choices or []]


def newer(version, than):
    return tuple(int(p) for p in version.split(".")) >= tuple(int(p) for p in than.split("."))


def check(path, problems):
    with open(path, encoding="utf-8") as f:
        questionnaire = yaml.safe_load(f)
    where = f"{os.path.basename(path)}"
    instrument = questionnaire["instrument"]
    table = TABLE[instrument]
    questions = {q["id"]: q for s in questionnaire["sections"] for q in s["questions"]}

    def problem(text):
        problems.append(f"{where}: {text}")

    for q in questions.values():
        provision = q.get("provision")
        if provision is None:
            for key in ("obligation", "alternatives"):
                if key in q:
                    problem(f"{q['id']}: '{key}' on a question without a provision")
            continue
        if level(q) not in LEVELS:
            problem(f"{q['id']}: unknown level {level(q)!r}")
        if provision not in table:
            problem(f"{q['id']}: provision {provision} of {instrument} is not in the table of levels")
        elif level(q) != QUESTION_LEVELS.get(instrument, {}).get(q["id"], table[provision]):
            expected = QUESTION_LEVELS.get(instrument, {}).get(q["id"], table[provision])
            problem(f"{q['id']}: provision {provision} is {expected} for this question, the question says {level(q)}")
        if level(q) == ALT:
            group = q.get("alternatives") or []
            if not group:
                problem(f"{q['id']}: alternative with no 'alternatives'")
            for other in group:
                o = questions.get(other)
                if o is None:
                    problem(f"{q['id']}: alternative {other} is no question")
                elif level(o) != ALT or q["id"] not in (o.get("alternatives") or []):
                    problem(f"{q['id']}: alternative {other} does not list it back as an alternative")
        elif "alternatives" in q:
            problem(f"{q['id']}: 'alternatives' on a question that is {level(q)}")

    # A gap is explained only where a "No" is a gap (2020.1 keeps its questions as they were).
    for gap in questions.values() if newer(questionnaire["version"], "2026.1") else []:
        if not gap["id"].endswith("_gap"):
            continue
        named = names(gap.get("show_if")) | names(gap.get("required"))
        for name in named:
            opened_by = questions.get(name)
            if opened_by is None or "provision" not in opened_by:
                continue
            if level(opened_by) in (CONSIDER, OPTIONAL, SAVINGS):
                problem(f"{gap['id']}: explains a gap of {name}, whose provision is {level(opened_by)}")
            if level(opened_by) == ALT:
                shown_when = names(gap.get("show_if"))
                missing = [o for o in opened_by.get("alternatives") or [] if o not in shown_when]
                if missing:
                    problem(f"{gap['id']}: asked for {name} without asking that {', '.join(missing)} be unmet")

    if newer(questionnaire["version"], "2026.1"):
        check_2026(questionnaire, questions, problem)


def check_2026(questionnaire, questions, problem):
    instrument = questionnaire["instrument"]
    first = questionnaire["sections"][0]["questions"][0]
    if first["id"] != "guidance" or first["type"] != "note":
        problem("the first question is not the general guidance note")
    else:
        text = first["label"]["en"]
        for needle in ("SHERLOC", "cite the legislation", "another review mechanism"):
            if needle not in text:
                problem(f"the general guidance does not say {needle!r}")
    for section in questionnaire["sections"]:
        last = section["questions"][-1]
        if last["id"] != f"q{section['article']}_other_mechanisms" or last["type"] != "text" or last.get("required"):
            problem(f"section {section['id']}: no optional question on answers given to other mechanisms at its end")
    title_en, title_fr = questionnaire["title"]["en"], questionnaire["title"]["fr"]
    if "United Nations Convention against Transnational Organized Crime" not in title_en or \
            "Convention des Nations Unies contre la criminalité transnationale organisée" not in title_fr:
        problem("the title does not name the Convention in full")

    for q in questions.values():
        if "provision" not in q or q["type"] != "choice":
            continue
        values = choice_values(questionnaire, q)
        if level(q) == CONSIDER and values != CONSIDER_VALUES:
            problem(f"{q['id']}: a 'consider' provision answered with {values}")
        if level(q) in (OPTIONAL, SAVINGS) and "yes_in_part" in values:
            problem(f"{q['id']}: an {level(q)} provision answered as a requirement ({values})")

    def by_provision(provision):
        return [q for q in questions.values() if q.get("provision") == provision and q["type"] == "choice"]

    if instrument == "UNTOC":
        for provision, count in (("8(2)", 2), ("5(3)", 2), ("15(2)(c)(i)", 1), ("15(2)(c)(ii)", 1),
                                 ("2(d)", 1), ("2(e)", 1), ("2(h)", 1)):
            if len(by_provision(provision)) != count:
                problem(f"{count} choice question(s) expected on {provision}, found {len(by_provision(provision))}")
        if by_provision("15(2)(c)"):
            problem("15(2)(c) is asked as one ground; (i) and (ii) are two")
        if by_provision("10(2)"):
            problem("10(2) is asked as a yes/no obligation; only the kinds of liability are asked")
        if "q5_1a_model" not in questions:
            problem("no question on the model of article 5(1)(a) the law follows")
        for provision in ("6(2)(d)", "6(2)(e)", "15(6)"):
            for q in by_provision(provision):
                if choice_values(questionnaire, q) != YN_VALUES:
                    problem(f"{q['id']}: {provision} is answered Yes or No")
        if "q6_2e_gap" in questions or "q6_2e_principle" not in questions:
            problem("6(2)(e): ask for the fundamental principle, not for a gap")
        notified = [q for q in by_provision("5(3)") if "Secretary-General" in q["label"]["en"]]
        if len(notified) != 1:
            problem("5(3): no question on informing the Secretary-General")
        intro = questions["q15_intro"]["label"]["en"]
        if "every offence covered by the Convention" not in intro:
            problem("q15_intro: paragraphs 3 and 4 cover every offence covered by the Convention")
    if instrument == "FIR":
        year = questions.get("q3_a_antique_year", {})
        if year.get("constraint") != ". <= 1899" or year.get("constraint_severity") != "warning" or \
                set((year.get("constraint_message") or {}).keys()) != set(questionnaire["languages"]):
            problem("q3_a_antique_year: a warning, in every language, when the year is after 1899")

    for q in questions.values():
        for key in ("label", "help", "constraint_message"):
            fr = (q.get(key) or {}).get("fr", "")
            for wrong in ("juridiction", "gain financier", "fait une infraction pénale du fait", "Merci de",
                          "droit interne couvre", "le droit interne ", "Le droit interne "):
                if wrong in fr:
                    problem(f"{q['id']}.{key}: French text says {wrong!r}")
            if re.search(r"\b(article|art\.) \d+\(", fr):
                problem(f"{q['id']}.{key}: a provision cited in English style in French: {fr[:60]!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    problems = []
    files = sorted(glob.glob(os.path.join(args.root, "questionnaires", "*.yaml")))
    if not files:
        problems.append("no questionnaire found")
    for path in files:
        check(path, problems)
    for p in problems:
        print("FAIL: " + p)
    print(f"{len(files)} questionnaires checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
