"""Seeing the rule catalogue work.

    python3 -m service.catalogue report CORPUS.jsonl [CORPUS.jsonl …] [--policy FILE] [--out FILE.md]
    python3 -m service.catalogue --explain "text" [--policy FILE]
    python3 -m service.catalogue list

`report` reads corpora in the format of ../shared/eval/score.py (one JSON object a line with
`text`, `expect` = block / allow / not_allow / not_block, optional `types`) and prints, per rule,
on how many cases it fired (a finding of score ≥ 0.40 before the policy) and on which expected
verdicts — a rule that never fires is dead on that corpus; one that fires on `allow` cases
where its type is not expected is noisy. Rules of the catalogue (service/rules/*.toml and IT's
files) are counted by id; detectors that are still code are counted as `code:ClassName`.

`--explain` scans one text and prints every rule and detector that fired, with the span, the
score, the signals that held and the reason, then the verdict. It prints the text's values:
run it on your own PC, not into a log.
"""
from __future__ import annotations

import argparse
import os
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

from .detectors import engine
from .detectors.base import Document
from .detectors.evidence import WARN

EXPECTS = ("block", "not_allow", "not_block", "allow")


def _scanner(policy_file: Optional[str]):
    from .nlp import Morphology
    from .policy import load_policy
    from .scanner import Scanner

    return Scanner(load_policy(policy_file), analyser=Morphology())


def _fired(scanner, text: str) -> list[tuple[str, object]]:
    """(rule key, candidate) for every candidate of score ≥ WARN, running the detectors in the
    scanner's order exactly as `Scanner.scan` does."""
    doc = Document(text, scanner.analyser, scanner.policy.keywords)
    out = []
    for detector in scanner.detectors:
        if not detector.applies(doc):
            continue
        found = detector.analyze(doc)
        doc.candidates.extend(found)
        for c in found:
            if c.score >= WARN:
                out.append((c.rule or f"code:{type(detector).__name__}", c))
    return out


def _catalogue_rules(scanner) -> dict[str, object]:
    # every shipped rule (those judged in a detector's code too: nonpublic, sensitive), and the
    # rules of the scanner's detectors (IT's files)
    rules = {r.id: r for r in engine.shipped().rules}
    for detector in scanner.detectors:
        catalogue = getattr(detector, "_catalogue", None)
        for rule in getattr(detector, "_rules", None) or (catalogue.rules if catalogue else []):
            rules[rule.id] = rule
    return rules


def _load_cases(paths: list[str]) -> list[dict]:
    cases = []
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            case = json.loads(line)
            if case.get("expect") not in EXPECTS or not isinstance(case.get("text"), str):
                raise SystemExit(f"{path}:{n}: each line needs 'text' and 'expect' ({', '.join(EXPECTS)})")
            cases.append(case)
    return cases


def report(paths: list[str], policy_file: Optional[str] = None) -> str:
    scanner = _scanner(policy_file)
    cases = _load_cases(paths)
    fired: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, str] = {}
    for case in cases:
        keys = {}
        for key, c in _fired(scanner, case["text"]):
            keys.setdefault(key, c.type)
        for key, ftype in keys.items():
            types[key] = ftype
            row = fired[key]
            row["cases"] += 1
            row[case["expect"]] += 1
            if ftype in (case.get("types") or []):
                row["type_expected"] += 1
            elif case["expect"] == "allow":
                row["noise"] += 1
    rules = _catalogue_rules(scanner)
    for rid, rule in rules.items():
        types.setdefault(rid, rule.type)
    totals = Counter(c["expect"] for c in cases)
    lines = [
        f"Corpora: {', '.join(Path(p).name for p in paths)} — {len(cases)} cases "
        f"({', '.join(f'{e} {totals[e]}' for e in EXPECTS)}).",
        "",
        "A rule *fires* on a case when it reports a finding of score ≥ 0.40 (before the policy).",
        "`type expected`: the case lists the rule's finding type; `noise`: it fired on an `allow` case",
        "whose types do not include it. Catalogue rules are listed even when they never fire.",
        "",
        "| rule | type | cases | block | not_allow | not_block | allow | type expected | noise |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    order = sorted(types, key=lambda k: (k.startswith("code:"), k))
    for key in order:
        row = fired.get(key, Counter())
        lines.append(f"| `{key}` | {types[key]} | {row['cases']} | " + " | ".join(str(row[e]) for e in EXPECTS)
                     + f" | {row['type_expected']} | {row['noise']} |")
    dead = [k for k in order if k in rules and not fired.get(k)]
    lines += ["", f"Catalogue rules that never fired on these corpora: {', '.join(f'`{d}`' for d in dead) or 'none'}."]
    return "\n".join(lines) + "\n"


def explain(text: str, policy_file: Optional[str] = None) -> str:
    scanner = _scanner(policy_file)
    doc = Document(text, scanner.analyser, scanner.policy.keywords)
    lines = []
    for detector in scanner.detectors:
        if not detector.applies(doc):
            continue
        catalogue = getattr(detector, "_catalogue", None)
        if catalogue is not None:
            rules = getattr(detector, "_rules", None) or catalogue.rules
            for h in catalogue.hits(doc, rules):
                lines.append(f"rule {h.rule.id}  {h.rule.type}  score {h.score:.2f}  [{h.start}:{h.end}] "
                             f"「{doc.text[h.start:h.end]}」  signals: {', '.join(h.signals) or '-'}  "
                             f"reason: {catalogue.reasons[h.reason]} ({h.reason})")
        found = detector.analyze(doc)
        doc.candidates.extend(found)
        if catalogue is None:
            for c in found:
                dropped = "" if c.score >= WARN else "  (dropped: below 0.40)"
                who = f"rule {c.rule} ({type(detector).__name__})" if c.rule else f"code {type(detector).__name__}"
                lines.append(f"{who}  {c.type}  score {c.score:.2f}  [{c.start}:{c.end}] "
                             f"「{doc.text[c.start:c.end]}」  reason: {c.reason}{dropped}")
    result = scanner.scan(text)
    lines.append(f"verdict: {result['verdict']}  "
                 + ", ".join(f"{f['type']}({f['action']}) [{f['start']}:{f['end']}]" for f in result["findings"]))
    lines.append(f"redacted: {result['redacted_text']}")
    return "\n".join(lines) + "\n"


def list_rules() -> str:
    from .detectors import engine

    cat = engine.shipped()
    return "".join(f"{r.id}\t{r.type}\t{r.score:.2f}\t{cat.reasons[r.reason]}\t{Path(r.source).name}\n"
                   for r in cat.rules)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m service.catalogue", description=__doc__.split("\n\n")[0])
    ap.add_argument("command", nargs="?", choices=("report", "list"))
    ap.add_argument("corpora", nargs="*", help="corpus files (score.py format) for report")
    ap.add_argument("--explain", metavar="TEXT", help="show which rules fire on one text")
    ap.add_argument("--policy", help="a policy file (its [rules] files are included)")
    ap.add_argument("--out", help="write the report to this file instead of printing it")
    a = ap.parse_args(argv)
    if a.explain is not None:
        out = explain(a.explain, a.policy)
    elif a.command == "report" and a.corpora:
        out = report(a.corpora, a.policy)
        if a.out:
            # relative paths, as typed in a clone (an absolute path names one machine's layout)
            shown = [os.path.relpath(c) if os.path.isabs(c) else c for c in a.corpora]
            command = "python3 -m service.catalogue report " + " ".join(shown) + (f" --policy {a.policy}" if a.policy else "")
            Path(a.out).write_text(f"# Rule catalogue: per-rule report\n\nMade by `{command}`.\n\n" + out,
                                   encoding="utf-8")
            return 0
    elif a.command == "list":
        out = list_rules()
    else:
        ap.print_help()
        return 2
    sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
