"""The rule engine: reads rule catalogues (TOML under service/rules/, and IT's own files)
and runs their rules on a `Document`.

A rule is data (see service/rules/README.md for the schema):

    [[rules]]
    id = "marking.bracketed"              # stable id: reports, tests and IT refer to it
    type = "CONFIDENTIAL_MARKING"          # the finding type it reports
    article = 5                            # 第6条 item, for NONPUBLIC_INFO (optional)
    pattern = '''{OPEN}[ \\t]*(?P<m>{MARK}){CLOSE}'''   # regex; {NAME} = a fragment
    span = "match"                         # match | m (the group named m) | match_to_m
    score = 0.95
    reason = "marking.bracketed"          # reason id → Japanese (labels.REASONS or the file's [reasons])
    requires = ["at_head"]                 # signals that must hold
    vetoes = ["weak_marking_word and not at_head"]   # signals that drop the match
    variants = [{ when = "at_head", score = 0.95, reason = "…" }]  # first that holds sets score/reason
    examples = ["…", "…"]                 # texts the rule must fire on (≥ 2)
    counterexamples = ["…", "…"]          # texts it must not fire on (≥ 2)

Signals are named conditions on one match: a file's `[signals.NAME]` table (a regex looked
for in a window: before/after the match, the matched text, its line, the whole text) or a
code signal from `service.detectors.signals` (positions such as "the head of the document",
which need an algorithm). A rule's examples run when its file is loaded for IT, and in
tests/test_catalogue.py for the shipped files.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from .. import lexicon
from ..labels import ARTICLE_6, REASONS, TYPES
from . import signals as code_signals
from .base import Candidate, Detector, Document, keep_strongest
from .evidence import WARN
from .fastre import compile_exists, compile_fast, required_literals

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"

_FRAGMENT_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_FLAGS = {"ignorecase": re.I, "multiline": re.M}
_SPANS = ("match", "match_to_m")  # or the name of a group of the pattern (m, v …)
_REGIONS = ("anywhere", "head", "head_and_foot")
_SCOPES = ("before", "after", "after_match", "around", "match", "line", "text", "span", "group")
_RULE_KEYS = {"id", "type", "article", "gate", "judge", "lowercase", "literals", "detail", "need", "pattern", "flags", "finder", "span", "score", "reason", "requires",
              "vetoes", "variants", "region", "text_has", "examples", "counterexamples", "note"}
_SIGNAL_KEYS = {"scope", "chars", "group", "pattern", "flags", "note"}
_FILE_KEYS = {"catalogue", "fragments", "signals", "reasons", "context", "rules"}
MIN_EXAMPLES = 2
# IT's own rules report non-public information (分類Ⅱ); people and numbers stay with the shipped detectors
IT_TYPES = ("CONFIDENTIAL_MARKING", "NONPUBLIC_INFO", "CREDENTIAL", "INTERNAL_NETWORK")


class RuleError(ValueError):
    """A rule file that cannot be used. The message is Japanese and names the file and key."""


# ---------------------------------------------------------------------------------------
# The parts of a rule
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Signal:
    name: str
    scope: str
    chars: int
    rx: re.Pattern
    group: str = ""

    def holds(self, scan: "Scan", m, start: int, end: int) -> bool:
        text = scan.text
        if self.scope == "span":  # the reported value, as a whole
            return self.rx.fullmatch(text, start, end) is not None
        if self.scope == "group":  # one named group of the match, as a whole
            if m is None or m.start(self.group) < 0:
                return False
            return self.rx.fullmatch(text, m.start(self.group), m.end(self.group)) is not None
        if self.scope == "after":
            return self.rx.search(text, end, end + self.chars) is not None
        if self.scope == "after_match":  # after the whole match, not only the reported span
            e = m.end() if m is not None else end
            return self.rx.search(text, e, e + self.chars) is not None
        if self.scope == "before":
            return self.rx.search(text, max(0, start - self.chars), start) is not None
        if self.scope == "around":
            return self.rx.search(text, max(0, start - self.chars), end + self.chars) is not None
        if self.scope == "match":
            return self.rx.search(text, m.start(), m.end()) is not None if m is not None else False
        if self.scope == "line":
            a = text.rfind("\n", 0, start) + 1
            b = text.find("\n", end)
            return self.rx.search(text, a, len(text) if b < 0 else b) is not None
        # (the whole text: asked once per scan, whatever the number of matches — 33,333 【秘】 each asked it again)
        known = scan.text_signals.get(self.rx)
        if known is None:
            known = scan.text_signals[self.rx] = self.rx.search(text) is not None
        return known


@dataclass(frozen=True)
class Condition:
    """`name`, `not name`, or several joined by `and` (signals resolved when the file is loaded)."""
    terms: tuple[tuple[bool, str, Callable], ...]  # (negated, signal name, signal)

    def holds(self, scan: "Scan", m, start: int, end: int) -> bool:
        for negated, _name, signal in self.terms:
            if signal(scan, m, start, end) == negated:
                return False
        return True

    def names(self) -> list[str]:
        return [n for _, n, _ in self.terms]


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    score: float
    reason: str  # reason id
    source: str  # the file it came from
    rx: Optional[re.Pattern] = None
    gate: Optional[re.Pattern] = None  # searched in the lower-cased text: without a match the rule is skipped
    finder: Optional[str] = None  # a code finder instead of a pattern (service.detectors.signals)
    span: str = "match"
    article: Optional[int] = None
    requires: tuple[Condition, ...] = ()
    vetoes: tuple[Condition, ...] = ()
    variants: tuple[tuple[Condition, float, str], ...] = ()
    region: str = "anywhere"
    text_has: tuple[tuple[str, ...], ...] = ()
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    pattern: str = ""  # the pattern as written, fragments expanded (before compile_fast)
    # rules whose combination is judged by their detector's code (service/rules/nonpublic.toml):
    judge: Optional[str] = None  # the detector's function for the combination the rule needs
    lowercase: bool = False  # the pattern is matched in the lower-cased text
    # every match holds one of them (derived from the pattern, fastre.required_literals): the
    # rule is skipped when none occurs
    literals: tuple[str, ...] = ()
    detail: Optional[re.Pattern] = None  # judge "particulars": the particulars the passage must hold …
    need: int = 0  # … and how many different ones


# file stem → f(doc, rules) -> candidates, for rules with a `judge` (their detector registers it)
RUNNERS: dict[str, Callable] = {}


@dataclass
class Hit:
    """One match of one rule, with what decided it (for --explain)."""
    rule: Rule
    start: int
    end: int
    score: float
    reason: str
    signals: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# One scan's view of the text (positions that several rules ask for, computed once)
# ---------------------------------------------------------------------------------------
class Scan:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self._head: Optional[int] = None
        self._foot: Optional[int] = None
        self.text_signals: dict = {}  # text-scope signals already asked (Signal.holds)

    @property
    def head_limit(self) -> int:
        if self._head is None:
            self._head = code_signals.line_offset(self.text, code_signals.HEAD_LINES)
        return self._head

    @property
    def foot_start(self) -> int:
        if self._foot is None:
            self._foot = max(self.head_limit, code_signals.foot_offset(self.text, code_signals.FOOT_LINES))
        return self._foot


# ---------------------------------------------------------------------------------------
# A catalogue: the rules of some files, with their signals and reasons
# ---------------------------------------------------------------------------------------
class Catalogue:
    def __init__(self, rules: list[Rule], signals: dict[str, Callable], reasons: dict[str, str],
                 context: Optional[dict[str, re.Pattern]] = None):
        self.rules = rules
        self.signals = signals
        self.reasons = reasons
        # a shipped file's [context]: named patterns its detector's code applies in windows of
        # its own (sensitive.toml: person references within the sentence)
        self.context = context or {}

    def by_source(self, name: str) -> list[Rule]:
        return [r for r in self.rules if Path(r.source).stem == name]

    def hits(self, doc: Document, rules: Iterable[Rule]) -> list[Hit]:
        """Every match of `rules` that passes its requires and vetoes, in rule order, with the
        signals that held (for --explain)."""
        scan = Scan(doc)
        out: list[Hit] = []
        for rule, m, start, end, score, reason in self._run(scan, rules):
            held = [n for c in rule.requires for n in c.names()]
            held += next((c.names() for c, _s, _r in rule.variants if c.holds(scan, m, start, end)), [])
            out.append(Hit(rule, start, end, score, reason, held))
        return out

    def candidates(self, doc: Document, rules: Iterable[Rule], dedupe: bool = True) -> list[Candidate]:
        """The hits as findings (reason in Japanese); with `dedupe`, of overlapping hits of one
        finding type only the strongest."""
        by_type: dict[str, list[Candidate]] = {}
        reasons = self.reasons
        for rule, _m, start, end, score, reason in self._run(Scan(doc), rules):
            by_type.setdefault(rule.type, []).append(
                Candidate(rule.type, start, end, score, reasons[reason],
                          {"article": rule.article} if rule.article else {}, rule=rule.id))
        return [c for cands in by_type.values() for c in (keep_strongest(cands) if dedupe else cands)]

    def _run(self, scan: Scan, rules: Iterable[Rule]):
        """(rule, match, start, end, score, reason id) of every match that passes its rule."""
        doc = scan.doc
        for rule in rules:
            if rule.gate is not None and rule.gate.search(doc.lower) is None:
                continue
            if rule.text_has and not all(any(w in scan.text for w in group) for group in rule.text_has):
                continue
            plain = not (rule.requires or rule.vetoes or rule.variants)
            for m, start, end in self._matches(scan, rule):
                if plain:
                    yield rule, m, start, end, rule.score, rule.reason
                    continue
                judged = self._judge(scan, rule, m, start, end)
                if judged is not None:
                    yield rule, m, start, end, judged[0], judged[1]

    def _matches(self, scan: Scan, rule: Rule):
        if rule.finder is not None:
            for start, end in code_signals.FINDERS[rule.finder](scan.doc):
                yield None, start, end
            return
        if rule.region == "head_and_foot":
            found = list(rule.rx.finditer(scan.text, 0, scan.head_limit))
            if scan.foot_start < len(scan.text):
                # the foot: from the start of its first line (a line boundary, so ^ anchors there)
                found += rule.rx.finditer(scan.text, scan.foot_start)
        else:
            found = rule.rx.finditer(scan.text)
        for m in found:
            if rule.region == "head" and m.start() >= scan.head_limit:
                break
            start, end = _span(m, rule.span)
            yield m, start, end

    @staticmethod
    def _judge(scan: Scan, rule: Rule, m, start: int, end: int) -> Optional[tuple[float, str]]:
        for cond in rule.requires:
            if not cond.holds(scan, m, start, end):
                return None
        for cond in rule.vetoes:
            if cond.holds(scan, m, start, end):
                return None
        for cond, v_score, v_reason in rule.variants:
            if cond.holds(scan, m, start, end):
                return v_score, v_reason
        return rule.score, rule.reason

    # -- examples ---------------------------------------------------------------------
    def check_examples(self, rule: Rule) -> list[str]:
        """What is wrong with the rule's examples (empty when every example fires it and no
        counterexample does). Examples are judged on this rule alone, before the policy."""
        problems = self._unsound_gates(rule)
        for text in rule.examples:
            if not self._fires(rule, text):
                problems.append(f"例「{_short(text)}」で検出されません")
        for text in rule.counterexamples:
            if self._fires(rule, text):
                problems.append(f"反例「{_short(text)}」で検出されてしまいます")
        return problems

    @staticmethod
    def _unsound_gates(rule: Rule) -> list[str]:
        """A gate (or literals) must hold wherever the pattern matches: checked on every example
        and counterexample, so a gate that would skip a real finding is caught with the rule."""
        problems = []
        for text in rule.examples + rule.counterexamples:
            doc = Document(text)
            source = doc.lower if rule.lowercase else doc.text
            for m in (rule.rx.finditer(source) if rule.rx is not None else ()):
                if rule.gate is not None and rule.gate.search(doc.lower) is None:
                    problems.append(f"gate が「{_short(text)}」の一致箇所に当てはまりません")
                if rule.literals and not any(w in m.group(0) for w in rule.literals):
                    problems.append(f"literals のどれも「{_short(m.group(0))}」に含まれません")
        return problems

    def _fires(self, rule: Rule, text: str) -> bool:
        if rule.judge is not None:
            if Path(rule.source).stem not in RUNNERS:
                from . import ordered_classes
                ordered_classes()  # imports every detector module; the judging one registers its runner
            found = RUNNERS[Path(rule.source).stem](Document(text), [rule])
            return any(c.score >= WARN for c in found)
        return any(h.score >= WARN for h in self.hits(Document(text), [rule]))


def _short(text: str) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= 30 else text[:30] + "…"


def _span(m: re.Match, kind: str) -> tuple[int, int]:
    if kind == "match":
        return m.span()
    if kind == "match_to_m":
        return m.start(), m.end("m")
    return m.span(kind)


# ---------------------------------------------------------------------------------------
# Loading and validating rule files
# ---------------------------------------------------------------------------------------
def shipped_files() -> list[Path]:
    return sorted(RULES_DIR.glob("*.toml"))


def load_catalogue(paths: Iterable[Path], shipped: Optional["Catalogue"] = None,
                   run_examples: bool = False) -> Catalogue:
    """The rules of `paths`. With `shipped`, ids must not repeat a shipped rule's, and the
    shipped signals, fragments and reasons are available. `run_examples` checks every rule's
    examples and counterexamples and refuses the file if one fails."""
    rules: list[Rule] = []
    context: dict[str, re.Pattern] = {}
    signals: dict[str, Callable] = dict(code_signals.SIGNALS)
    reasons: dict[str, str] = dict(REASONS)
    fragments: dict[str, str] = {}
    if shipped is not None:
        signals.update(shipped.signals)
        reasons.update(shipped.reasons)
        fragments.update(shipped_fragments())
    seen = {r.id for r in shipped.rules} if shipped is not None else set()
    for path in paths:
        data = _read(Path(path))
        loader = _FileLoader(Path(path), data, fragments, signals, reasons, seen,
                             types=IT_TYPES if shipped is not None else tuple(TYPES))
        loaded = loader.rules()
        context.update(loader.context())
        rules.extend(loaded)
        catalogue = Catalogue(loaded, signals, reasons)
        if run_examples:
            for rule in loaded:
                problems = catalogue.check_examples(rule)
                if problems:
                    raise RuleError(f"ルールファイル {path} のルール「{rule.id}」: " + "／".join(problems))
    return Catalogue(rules, signals, reasons, context)


_SHIPPED: Optional[Catalogue] = None
_SHIPPED_FRAGMENTS: dict[str, str] = {}


def shipped() -> Catalogue:
    """The catalogue of service/rules/*.toml, loaded once per process."""
    global _SHIPPED
    if _SHIPPED is None:
        _SHIPPED = load_catalogue(shipped_files())
    return _SHIPPED


def shipped_fragments() -> dict[str, str]:
    """Fragments of the shipped files ({MARK}, {OPEN} …), for IT's rules to reuse."""
    if not _SHIPPED_FRAGMENTS:
        for path in shipped_files():
            _SHIPPED_FRAGMENTS.update(_FileLoader(path, _read(path), {}, {}, {}, set()).fragments())
    return _SHIPPED_FRAGMENTS


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise RuleError(f"ルールファイルが見つかりません: {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise RuleError(f"ルールファイルの書式が正しくありません: {path}: {e}") from None
    except OSError as e:
        raise RuleError(f"ルールファイルを読めません: {path}: {e.strerror}") from None


class _FileLoader:
    """Validates one file's tables and builds its rules; every error names file and key."""

    def __init__(self, path: Path, data: dict, fragments: dict, signals: dict, reasons: dict, seen: set,
                 types: tuple = tuple(TYPES)):
        self.path, self.data, self.types = path, data, types
        self._fragments, self._signals, self._reasons, self._seen = fragments, signals, reasons, seen

    def fail(self, key: str, problem: str):
        raise RuleError(f"ルールファイル {self.path} のキー「{key}」: {problem}")

    def fragments(self) -> dict[str, str]:
        out = {}
        for name, value in self.data.get("fragments", {}).items():
            if not _FRAGMENT_REF.fullmatch("{" + name + "}"):
                self.fail(f"fragments.{name}", "名前は大文字・数字・_ で書いてください（例: MY_WORDS）")
            out[name] = self._fragment(name, value)
        return out

    def _fragment(self, name: str, value) -> str:
        if isinstance(value, str):
            return value
        if isinstance(value, dict) and isinstance(value.get("words"), str):
            try:
                words = lexicon.words(value["words"])
            except (OSError, ValueError):
                self.fail(f"fragments.{name}.words", f"単語リスト service/lexicon/{value['words']}.txt を読めません")
            ordered = sorted(words, key=len, reverse=True)
            if value.get("form", "alternation") == "spaced":  # 内 情, 部 外 秘: spaces between characters
                # (a full-width space too: 極　秘 in a mail's subject typed with the Japanese IME; up to three
                # blanks: a stamp's letters read by OCR, 極 　 秘)
                return "(?:" + "|".join("[ \t\u3000]{0,3}".join(re.escape(c) for c in w) for w in ordered) + ")"
            return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"
        if isinstance(value, dict) and isinstance(value.get("any"), list):  # words written in the file
            words = value["any"]
            if not words or not all(isinstance(w, str) and w for w in words):
                self.fail(f"fragments.{name}.any", "空でない文字列のリストで指定してください")
            return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
        self.fail(f"fragments.{name}", "正規表現の文字列、{ words = \"単語リスト名\" } または { any = [\"語\", …] } で指定してください")

    def expand(self, key: str, pattern: str, fragments: dict, depth: int = 0) -> str:
        if depth > 8:
            self.fail(key, "部品（fragments）の参照が循環しています")

        def sub(m):
            name = m.group(1)
            if name not in fragments:
                self.fail(key, f"部品「{{{name}}}」が [fragments] にありません")
            return self.expand(key, fragments[name], fragments, depth + 1)
        return _FRAGMENT_REF.sub(sub, pattern)

    def rules(self) -> list[Rule]:
        for key in self.data:
            if key not in _FILE_KEYS:
                self.fail(key, "不明なキーです（使えるキー: " + ", ".join(sorted(_FILE_KEYS)) + "）")
        fragments = {**self._fragments, **self.fragments()}
        self._load_signals(fragments)
        reasons = self.data.get("reasons", {})
        if not isinstance(reasons, dict) or not all(isinstance(v, str) and v for v in reasons.values()):
            self.fail("reasons", "理由ID = \"日本語の理由\" の表で指定してください")
        for rid in reasons:
            if rid in REASONS:
                self.fail(f"reasons.{rid}", "出荷時の理由IDと同じIDは使えません")
        self._reasons.update(reasons)
        table = self.data.get("rules", [])
        if not isinstance(table, list) or not table:
            self.fail("rules", "[[rules]] を1つ以上書いてください")
        return [self._rule(i, entry, fragments) for i, entry in enumerate(table)]

    def context(self) -> dict[str, re.Pattern]:
        """The file's [context]: name = regex (fragments expanded), for its detector's code."""
        table = self.data.get("context", {})
        if table and self.types != tuple(TYPES):
            self.fail("context", "context は出荷時のルールファイルでだけ使えます")
        if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
            self.fail("context", "名前 = \"正規表現\" の表で指定してください")
        fragments = {**self._fragments, **self.fragments()}
        return {name: self._compile(f"context.{name}", self.expand(f"context.{name}", rx, fragments), [])
                for name, rx in table.items()}

    def _load_signals(self, fragments: dict) -> None:
        for name, spec in self.data.get("signals", {}).items():
            key = f"signals.{name}"
            if not isinstance(spec, dict) or not isinstance(spec.get("pattern"), str):
                self.fail(key, "pattern（正規表現）を持つ表で指定してください")
            for k in spec:
                if k not in _SIGNAL_KEYS:
                    self.fail(f"{key}.{k}", "不明なキーです（使えるキー: " + ", ".join(sorted(_SIGNAL_KEYS)) + "）")
            scope = spec.get("scope", "around")
            if scope not in _SCOPES:
                self.fail(f"{key}.scope", "、".join(_SCOPES) + " のいずれかを指定してください")
            chars = spec.get("chars", 30)
            if not isinstance(chars, int) or chars <= 0:
                self.fail(f"{key}.chars", "正の整数で指定してください")
            rx = self._compile(f"{key}.pattern", self.expand(f"{key}.pattern", spec["pattern"], fragments),
                               spec.get("flags", []))
            group = spec.get("group", "")
            if (scope == "group") != bool(group) or not isinstance(group, str):
                self.fail(f"{key}.group", "scope = \"group\" のときだけ、グループ名を指定してください")
            self._signals[name] = Signal(name, scope, chars, rx, group).holds

    def _compile(self, key: str, pattern: str, flags) -> re.Pattern:
        bits = 0
        if not isinstance(flags, list) or any(f not in _FLAGS for f in flags):
            self.fail(key.rsplit(".", 1)[0] + ".flags", "ignorecase・multiline のリストで指定してください")
        for f in flags:
            bits |= _FLAGS[f]
        try:
            return compile_fast(pattern, bits)
        except re.error as e:
            self.fail(key, f"正規表現が正しくありません（{e}）")

    def _rule(self, i: int, entry, fragments: dict) -> Rule:
        where = f"rules[{i}]"
        if not isinstance(entry, dict):
            self.fail(where, "表で指定してください")
        rid = entry.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"[a-z0-9_]+(?:[.-][a-z0-9_]+)+", rid):
            self.fail(f"{where}.id", "「分類.名前」の形の英小文字のIDを指定してください（例: mydept.project_code）")
        where = f"rules[{i}]（{rid}）"
        if rid in self._seen:
            self.fail(f"{where}.id", "同じIDのルールが既にあります")
        self._seen.add(rid)
        for k in entry:
            if k not in _RULE_KEYS:
                self.fail(f"{where}.{k}", "不明なキーです（使えるキー: " + ", ".join(sorted(_RULE_KEYS)) + "）")
        ftype = entry.get("type")
        if ftype not in self.types:
            self.fail(f"{where}.type", "使える検出種別は " + ", ".join(self.types) + " です")
        article = entry.get("article")
        if article is not None and article not in ARTICLE_6:
            self.fail(f"{where}.article", "第6条の号（1〜8）を指定してください")
        score = entry.get("score")
        if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 < score <= 1:
            self.fail(f"{where}.score", "0より大きく1以下の数で指定してください")
        reason = self._reason(f"{where}.reason", entry.get("reason"))
        rx, finder = self._pattern(where, entry, fragments)
        span = entry.get("span", "match")
        group = "m" if span == "match_to_m" else span
        if not isinstance(span, str) or (span != "match" and rx is not None and group not in rx.groupindex):
            self.fail(f"{where}.span", "match・match_to_m、または pattern のグループ名（(?P<m>…) なら m）を指定してください")
        region = entry.get("region", "anywhere")
        if region not in _REGIONS:
            self.fail(f"{where}.region", "、".join(_REGIONS) + " のいずれかを指定してください")
        gate = entry.get("gate")
        if gate is not None:
            if not isinstance(gate, str) or re.search(r"\\[DSWBAZ]", gate):
                self.fail(f"{where}.gate", "小文字で照合する正規表現の文字列で指定してください（\\D \\S \\W などは使えません）")
            gate = self._compile(f"{where}.gate", gate.lower(), [])
        examples = self._texts(f"{where}.examples", entry.get("examples"))
        counter = self._texts(f"{where}.counterexamples", entry.get("counterexamples"))
        return Rule(
            id=rid, type=ftype, score=float(score), reason=reason, source=str(self.path), rx=rx, gate=gate, finder=finder,
            span=span, article=article, region=region,
            requires=tuple(self._condition(f"{where}.requires", c) for c in self._list(f"{where}.requires", entry.get("requires", []))),
            vetoes=tuple(self._condition(f"{where}.vetoes", c) for c in self._list(f"{where}.vetoes", entry.get("vetoes", []))),
            variants=tuple(self._variant(f"{where}.variants", v) for v in entry.get("variants", [])),
            text_has=self._text_has(f"{where}.text_has", entry.get("text_has", [])),
            examples=examples, counterexamples=counter, pattern=self._expanded,
            **self._judged(where, entry))

    def _judged(self, where: str, entry: dict) -> dict:
        """The keys of a rule whose detector judges the combination (shipped files only)."""
        if "judge" not in entry:
            for k in ("lowercase", "literals", "detail", "need"):
                if k in entry:
                    self.fail(f"{where}.{k}", "judge のあるルールでだけ使えます")
            return {}
        if self.types != tuple(TYPES):
            self.fail(f"{where}.judge", "judge は出荷時のルールファイルでだけ使えます")
        # the words every match holds, derived from the pattern (written by hand only where the
        # pattern gives none: a case-folding flag, a branch of character classes only …)
        literals = entry.get("literals")
        if literals is None:
            flags = 0
            for f in entry.get("flags", []):
                flags |= _FLAGS[f]
            literals = required_literals(self._expanded, flags) if self._expanded else None
            if literals is None:
                self.fail(f"{where}.literals", "pattern から語を導けません。literals（どの一致にも含まれる語のリスト）を書いてください")
        elif not isinstance(literals, list) or not all(isinstance(w, str) and w for w in literals):
            self.fail(f"{where}.literals", "空でない文字列のリストで指定してください")
        if not isinstance(entry.get("lowercase", False), bool):
            self.fail(f"{where}.lowercase", "true または false で指定してください")
        out = {"judge": str(entry["judge"]), "lowercase": entry.get("lowercase", False), "literals": tuple(literals)}
        if "detail" in entry:
            out["detail"] = self._compile(f"{where}.detail", str(entry["detail"]), [])
            need = entry.get("need", 1)
            if not isinstance(need, int) or isinstance(need, bool) or need < 1:
                self.fail(f"{where}.need", "1以上の整数で指定してください")
            out["need"] = need
        return out

    def _pattern(self, where: str, entry: dict, fragments: dict):
        if ("pattern" in entry) == ("finder" in entry):
            self.fail(f"{where}.pattern", "pattern（正規表現）を指定してください")
        self._expanded = ""
        if "finder" in entry:
            if entry["finder"] not in code_signals.FINDERS:
                self.fail(f"{where}.finder", "不明な finder です（使えるもの: " + ", ".join(sorted(code_signals.FINDERS)) + "）")
            return None, entry["finder"]
        if not isinstance(entry["pattern"], str) or not entry["pattern"]:
            self.fail(f"{where}.pattern", "正規表現の文字列で指定してください")
        pattern = self.expand(f"{where}.pattern", entry["pattern"], fragments)
        self._expanded = pattern
        rx = self._compile(f"{where}.pattern", pattern, entry.get("flags", []))
        if rx.search(""):
            self.fail(f"{where}.pattern", "空の文字列に一致する正規表現は使えません")
        return rx, None

    def _reason(self, key: str, rid) -> str:
        if not isinstance(rid, str) or rid not in self._reasons:
            self.fail(key, "理由IDが labels.REASONS にもファイルの [reasons] にもありません")
        return rid

    def _texts(self, key: str, value) -> tuple[str, ...]:
        if not isinstance(value, list) or len(value) < MIN_EXAMPLES or not all(isinstance(v, str) and v for v in value):
            self.fail(key, f"{MIN_EXAMPLES}件以上の文字列のリストで指定してください")
        return tuple(value)

    def _list(self, key: str, value) -> list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(key, "文字列のリストで指定してください")
        return value

    def _condition(self, key: str, text: str) -> Condition:
        terms = []
        for part in text.split(" and "):
            words = part.split()
            negated = len(words) == 2 and words[0] == "not"
            name = words[-1] if words else ""
            if len(words) not in (1, 2) or (len(words) == 2 and not negated) or name not in self._signals:
                self.fail(key, f"シグナル「{part.strip()}」がありません（使えるもの: "
                          + ", ".join(sorted(self._signals)) + "）")
            terms.append((negated, name, self._signals[name]))
        return Condition(tuple(terms))

    def _variant(self, key: str, v) -> tuple[Condition, float, str]:
        if not isinstance(v, dict) or not isinstance(v.get("when"), str) or \
                not isinstance(v.get("score"), (int, float)):
            self.fail(key, "{ when = \"シグナル\", score = 数, reason = \"理由ID\" } の形で指定してください")
        return self._condition(f"{key}.when", v["when"]), float(v["score"]), \
            self._reason(f"{key}.reason", v.get("reason"))

    def _text_has(self, key: str, value) -> tuple[tuple[str, ...], ...]:
        if not isinstance(value, list) or not all(isinstance(g, list) and g and all(isinstance(w, str) and w for w in g)
                                                  for g in value):
            self.fail(key, "語のリストのリストで指定してください（各リストの語のどれかが本文にあること）")
        return tuple(tuple(g) for g in value)


class RuleDetector(Detector):
    """A detector whose rules are catalogue data: the shipped file `rules_file`, the rules whose
    id starts with `rule_prefix` (all of the file's when empty). Its gate is derived from its
    rules' gates: the detector is skipped when no rule could match."""

    rules_file: str = ""
    rule_prefix: str = ""
    dedupe: bool = True  # of overlapping hits keep the strongest (False: the scanner merges them)

    def __init__(self, policy=None):
        super().__init__(policy)
        self._catalogue = shipped()
        self._rules = [r for r in self._catalogue.by_source(self.rules_file) if r.id.startswith(self.rule_prefix)]
        if not self._rules:
            raise RuntimeError(f"{type(self).__name__}: no rules {self.rule_prefix}* in {self.rules_file}.toml")
        self._ungated = any(r.gate is None for r in self._rules)
        # The rules' distinct gates as one alternation: one scan of the text says whether any
        # gate holds (a marking detector has 23 rules and 5 distinct gates; most texts hold none).
        self._any_gate = None
        gates = list(dict.fromkeys(r.gate.pattern for r in self._rules)) if not self._ungated else []
        if len(gates) >= 2:  # (one gate is asked as it is: wrapping it only costs)
            try:
                self._any_gate = compile_exists("|".join(f"(?:{g})" for g in gates))
            except re.error:  # a gate that cannot stand inside an alternation: asked one by one
                pass
        # each gate as compile_exists makes it: only whether it occurs is asked here
        self._gates = [compile_exists(r.gate.pattern) for r in self._rules] if not self._ungated else []

    def applies(self, doc: Document) -> bool:
        if self._ungated:
            return True
        if self._any_gate is not None:
            return self._any_gate.search(doc.lower) is not None
        return any(g.search(doc.lower) is not None for g in self._gates)

    def analyze(self, doc: Document) -> list[Candidate]:
        return self._catalogue.candidates(doc, self._rules, dedupe=self.dedupe)
