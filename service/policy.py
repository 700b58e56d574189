"""The policy: the shipped default (service/default_policy.toml) plus IT's own file.

IT's file overrides the default key by key. Anything wrong in it — a TOML syntax
error, an unknown key, an action that is not block/warn/allow — stops start-up with
a message that names the file and the line or key, so a typo never silently weakens
the guard.

An IT file that sets nothing (empty, only spaces or only comments: what a half-written
save or an emptied file looks like) is refused the same way: accepting it would silently
drop IT's block keywords and actions back to the shipped default. IT who really want the
shipped default write `empty = true` (and nothing else) in the file.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

from .detectors.engine import Catalogue, RuleError, load_catalogue, shipped
from .detectors.fastre import compile_fast
from .labels import ACTIONS, DEFAULT_MASKING, MASKINGS, TYPES
from .normalize import normalize

DEFAULT_POLICY_PATH = Path(__file__).with_name("default_policy.toml")

_TOP_KEYS = {"version", "mode", "contact", "server", "actions", "keywords", "allowlist", "audit", "rules", "masking", "learned"}
_RULES_KEYS = {"files"}
EMPTY_MARKER = "empty"  # `empty = true`: IT's file deliberately sets nothing
_SERVER_KEYS = {"allowed_origins", "allowed_hosts"}
_KEYWORD_KEYS = {"warn", "block"}
_ALLOWLIST_KEYS = {"values"}
_AUDIT_KEYS = {"directory", "include_user_name"}
_LEARNED_KEYS = {"model", "classifier", "name_judge"}
MODES = ("enforce", "monitor")


class PolicyError(Exception):
    """A policy file that cannot be used; the message is for IT (Japanese, names the key)."""


@dataclass(frozen=True)
class Policy:
    version: str
    mode: str
    contact: str
    allowed_origins: tuple[str, ...]
    allowed_hosts: tuple[str, ...]
    actions: dict[str, str]
    keywords: tuple[tuple[str, str], ...]  # (normalised keyword, action)
    allowlist: tuple[str, ...]  # normalised values
    audit_directory: Optional[str] = None
    audit_include_user_name: bool = False
    learned_model: Optional[str] = None  # None: the model shipped in service/learned/
    learned_classifier: bool = True
    learned_name_judge: bool = True
    source: str = "default"
    # IT's own rule catalogue ([rules] files), validated and its examples run at load
    rules: Optional[Catalogue] = field(default=None, repr=False, compare=False)
    masking: dict = field(default_factory=dict)
    _allowlist_patterns: tuple = field(default=(), repr=False, compare=False)

    def action_for(self, finding_type: str) -> str:
        return self.actions.get(finding_type, TYPES[finding_type].default_action)

    def masking_for(self, finding_type: str) -> str:
        """May a text with this type be masked and sent: numbered / last4 / block_only."""
        return self.masking.get(finding_type, DEFAULT_MASKING.get(finding_type, "numbered"))

    def allowlisted_spans(self, normalised_text: str) -> list[tuple[int, int]]:
        """Where allowlisted public values occur in the (normalised) text."""
        spans = []
        for rx in self._allowlist_patterns:
            spans.extend(m.span() for m in rx.finditer(normalised_text))
        return spans


def load_policy(path: Optional[str | Path] = None) -> Policy:
    """The default policy, overridden by the file at `path` if given."""
    data = _read(DEFAULT_POLICY_PATH)
    _check(data, DEFAULT_POLICY_PATH)
    source = "default"
    if path is not None:
        override = _read(Path(path))
        override = _check_not_empty(override, Path(path))
        _check(override, Path(path))
        _resolve_model_path(override, Path(path))
        data = _merge(data, override)
        source = str(path)
    policy = _build(data, source)
    files = data.get("rules", {}).get("files", [])
    if files:
        policy = replace(policy, rules=_load_rules(files, Path(path) if path is not None else DEFAULT_POLICY_PATH))
    return policy


def _load_rules(files: list[str], policy_path: Path) -> Catalogue:
    """IT's rule files (relative paths are relative to the policy file), validated, with every
    rule's examples and counterexamples run: a rule that does not do what its examples say
    stops start-up, naming the rule file, the rule and the key."""
    paths = [p if p.is_absolute() else policy_path.parent / p for p in map(Path, files)]
    try:
        return load_catalogue(paths, shipped=shipped(), run_examples=True)
    except RuleError as e:
        raise PolicyError(f"ポリシーファイル {policy_path} のキー「rules.files」: {e}") from None


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            data = f.read()
        # Notepad and PowerShell 5.1 (Out-File -Encoding utf8) write a UTF-8 BOM: accept it.
        # UTF-16 (PowerShell's `>`) is named, not guessed, so IT knows how to save the file.
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise PolicyError(f"ポリシーファイルが UTF-16 で保存されています: {path}: UTF-8 で保存し直してください"
                              f"（メモ帳の「名前を付けて保存」で文字コード UTF-8）。")
        return tomllib.loads(data.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyError(f"ポリシーファイルが UTF-8 ではありません: {path}: UTF-8 で保存し直してください。") from None
    except FileNotFoundError:
        raise PolicyError(f"ポリシーファイルが見つかりません: {path}") from None
    except tomllib.TOMLDecodeError as e:
        # tomllib's message ends with "(at line N, column M)".
        raise PolicyError(f"ポリシーファイルの書式が正しくありません: {path}: {e}") from None
    except OSError as e:
        raise PolicyError(f"ポリシーファイルを読めません: {path}: {e.strerror}") from None


def _check_not_empty(data: dict, path: Path) -> dict:
    """IT's file without a single setting is refused unless it says `empty = true` alone."""
    if EMPTY_MARKER in data:
        if data[EMPTY_MARKER] is not True:
            _fail(path, EMPTY_MARKER, "既定のポリシーだけで動かす場合は empty = true と書いてください")
        if len(data) > 1:
            _fail(path, EMPTY_MARKER, "empty = true は他の設定と一緒には書けません（どちらかにしてください）")
        return {}
    if not data:
        raise PolicyError(f"ポリシーファイルに設定が一つもありません: {path}（空のファイルは壊れたファイルとして扱います。"
                          f"既定のポリシーのままでよい場合は empty = true とだけ書いてください）")
    return data


def _fail(path: Path, key: str, problem: str):
    raise PolicyError(f"ポリシーファイル {path} のキー「{key}」: {problem}")


def _check(data: dict, path: Path) -> None:
    for key in data:
        if key not in _TOP_KEYS:
            _fail(path, key, "不明なキーです（使えるキー: " + ", ".join(sorted(_TOP_KEYS)) + "）")
    for key in ("version", "contact"):
        if key in data and not isinstance(data[key], str):
            _fail(path, key, "文字列で指定してください")
    if "mode" in data and data["mode"] not in MODES:
        _fail(path, "mode", "enforce または monitor を指定してください")
    _check_table(data, path, "server", _SERVER_KEYS, list_of_str=True)
    _check_table(data, path, "keywords", _KEYWORD_KEYS, list_of_str=True)
    _check_table(data, path, "allowlist", _ALLOWLIST_KEYS, list_of_str=True)
    _check_table(data, path, "rules", _RULES_KEYS, list_of_str=True)
    if "audit" in data:
        _check_table(data, path, "audit", _AUDIT_KEYS, list_of_str=False)
        audit = data["audit"]
        if "directory" in audit and not isinstance(audit["directory"], str):
            _fail(path, "audit.directory", "文字列（フォルダのパス）で指定してください")
        if "include_user_name" in audit and not isinstance(audit["include_user_name"], bool):
            _fail(path, "audit.include_user_name", "true または false で指定してください")
    if "learned" in data:
        _check_table(data, path, "learned", _LEARNED_KEYS, list_of_str=False)
        learned = data["learned"]
        if "model" in learned and not isinstance(learned["model"], str):
            _fail(path, "learned.model", "文字列（モデルファイルのパス。空なら同梱のモデル）で指定してください")
        for key in ("classifier", "name_judge"):
            if key in learned and not isinstance(learned[key], bool):
                _fail(path, f"learned.{key}", "true または false で指定してください")
    for origin in data.get("server", {}).get("allowed_origins", []):
        if not re.fullmatch(r"(chrome-extension|extension|https?)://[A-Za-z0-9.\-:\[\]]+", origin):
            _fail(path, "server.allowed_origins",
                  "chrome-extension://拡張機能ID の形で指定してください")
    actions = data.get("actions", {})
    if not isinstance(actions, dict):
        _fail(path, "actions", "表（[actions]）で指定してください")
    for t, a in actions.items():
        if t not in TYPES:
            _fail(path, f"actions.{t}", "不明な検出種別です")
        if a not in ACTIONS:
            _fail(path, f"actions.{t}", "block・warn・allow のいずれかを指定してください")
    masking = data.get("masking", {})
    if not isinstance(masking, dict):
        _fail(path, "masking", "表（[masking]）で指定してください")
    for t, m in masking.items():
        if t not in TYPES:
            _fail(path, f"masking.{t}", "不明な検出種別です")
        if m not in MASKINGS:
            _fail(path, f"masking.{t}", "numbered・last4・block_only のいずれかを指定してください")


def _check_table(data, path, name, keys, list_of_str):
    if name not in data:
        return
    table = data[name]
    if not isinstance(table, dict):
        _fail(path, name, f"表（[{name}]）で指定してください")
    for key, value in table.items():
        if key not in keys:
            _fail(path, f"{name}.{key}", "不明なキーです（使えるキー: " + ", ".join(sorted(keys)) + "）")
        if list_of_str and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            _fail(path, f"{name}.{key}", "文字列のリストで指定してください")


def _resolve_model_path(data: dict, path: Path) -> None:
    """learned.model is relative to the policy file that names it; it must exist, so a
    typo stops start-up instead of silently running without the model IT trained."""
    model = data.get("learned", {}).get("model", "")
    if not model:
        return
    resolved = (path.parent / model).resolve() if not Path(model).is_absolute() else Path(model)
    if not resolved.is_file():
        _fail(path, "learned.model", f"モデルファイルが見つかりません: {resolved}")
    data["learned"]["model"] = str(resolved)


def _merge(base: dict, override: dict) -> dict:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


_KANJI_NUMERALS = "〇一二三四五六七八九十"  # index = value (丁目 numbers run 1 to 10 in kanji)
# a Japanese address down to its house number (前橋市大手町二丁目12番1号), and a romanised one (2-12-1 Ote-machi)
_JP_ADDRESS_VALUE = re.compile(r"(?P<pre>.*?)(?P<c>[一二三四五六七八九十]|[1-9][0-9]?)丁目(?P<b>[0-9]{1,4})番地?の?(?P<g>[0-9]{1,4})号?")
_ROMAJI_ADDRESS_VALUE = re.compile(r"(?P<no>[0-9]{1,3}-[0-9]{1,4}-[0-9]{1,4})[ ,]+(?P<town>[A-Za-z][A-Za-z-]+)(?P<rest>.*)")


def _address_writings(value: str) -> list[str]:
    """An allowlisted address in the other ways it is written, so IT lists it once: 丁目 in kanji or
    figures, 12番1号 or 12-1, the whole as 2-12-1; a romanised one with the town before the number."""
    m = _JP_ADDRESS_VALUE.fullmatch(value)
    if m:
        pre, c, b, g = m.group("pre", "c", "b", "g")
        arabic = c if c.isdigit() else str(_KANJI_NUMERALS.index(c))
        kanji = _KANJI_NUMERALS[int(arabic)] if int(arabic) < len(_KANJI_NUMERALS) else arabic
        out = [f"{pre}{chome}丁目{b}{sep}{g}{end}" for chome in {arabic, kanji}
               for sep, end in (("番", "号"), ("番地", ""), ("-", ""))]
        # (番 and 号 in kanji too, as a letter writes them out: 大手町二丁目十二番一号)
        out += [f"{pre}{chome}丁目{_kanji_number(int(b))}番{_kanji_number(int(g))}号" for chome in {arabic, kanji}
                if int(b) < 100 and int(g) < 100]
        return out + [f"{pre}{arabic}-{b}-{g}"]
    m = _ROMAJI_ADDRESS_VALUE.fullmatch(value)
    if m:
        return [value, f"{m.group('town')} {m.group('no')}"]
    return [value]


def _kanji_number(n: int) -> str:
    """1–99 in kanji numerals as addresses write them (12 → 十二, 20 → 二十, 1 → 一)."""
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else "十" if tens == 1 else _KANJI_NUMERALS[tens] + "十") + (_KANJI_NUMERALS[ones] if ones else "")


def _allowlist_pattern(value: str) -> re.Pattern:
    """A value as typed may carry spaces or dashes differently: allow either between characters; an
    address may be written in its other forms (_address_writings)."""
    writings = sorted(set(_address_writings(value)), key=len, reverse=True)
    # (compile_fast: the writings start with different characters, and a look-ahead on them lets sre scan)
    return compile_fast("|".join(_writing_pattern(w) for w in writings))


def _writing_pattern(value: str) -> str:
    chars = [c for c in value if not c.isspace() and c != "-"]
    pattern = r"[\s\-]*".join(re.escape(c) for c in chars)
    if len(chars) >= 10 and chars[0] == "0" and chars[1] != "0" and all(c.isdigit() for c in chars):
        # a public phone number is also written with its area code in brackets or with dots
        # (027(224)1111, 027.224.1111) and internationally: +81-27-224-1111, +81 (0)27 …
        sep = r"[\s\-.()]*"
        pattern = rf"(?:{sep.join(chars)}|\+[\s\-]*81[\s\-]*(?:\(0\)[\s\-]*)?" + sep.join(chars[1:]) + ")"
    return pattern


def _build(data: dict, source: str) -> Policy:
    server = data.get("server", {})
    keywords = tuple(
        (normalize(word).strip(), action)
        for action in ("block", "warn")
        for word in data.get("keywords", {}).get(action, [])
        if word.strip()
    )
    allowlist = tuple(normalize(v).strip() for v in data.get("allowlist", {}).get("values", []) if v.strip())
    audit = data.get("audit", {})
    learned = data.get("learned", {})
    return Policy(
        version=data.get("version", "unversioned"),
        mode=data.get("mode", "enforce"),
        contact=data.get("contact", ""),
        allowed_origins=tuple(server.get("allowed_origins", [])),
        allowed_hosts=tuple(h.lower() for h in server.get("allowed_hosts", [])),
        actions=dict(data.get("actions", {})),
        keywords=keywords,
        allowlist=allowlist,
        audit_directory=audit.get("directory") or None,
        audit_include_user_name=bool(audit.get("include_user_name", False)),
        learned_model=learned.get("model") or None,
        learned_classifier=bool(learned.get("classifier", True)),
        learned_name_judge=bool(learned.get("name_judge", True)),
        source=source,
        masking=dict(data.get("masking", {})),
        _allowlist_patterns=tuple(_allowlist_pattern(v) for v in allowlist if v),
    )
