"""Code signals and finders for the rule catalogue: conditions that need an algorithm
(where the head of a document ends, which group of a match is set), referenced by name from
the rule files. Conditions that are only "this regex near the match" are data: a rule
file's [signals] table.

A signal is `f(scan, match, start, end) -> bool` (`match` is None for a finder's hit);
a finder is `f(doc) -> iterable of (start, end)` in the normalised text.
"""
from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections import Counter
from typing import Callable

from .. import lexicon
from .fastre import compile_fast

# ---------------------------------------------------------------------------------------
# Samples: a block of a form under a heading that says it is the form's specimen
# ---------------------------------------------------------------------------------------
# a heading that is a sample mark alone, decorated or bracketed: 【記入例】, ■記入例, ＜見本＞, 記入例：
# (or a form's title with the mark in brackets after it: 住民異動届（記入例） — a title, not a field: no colon)
_SAMPLE_MARKS = "|".join(lexicon.words("sample.marks"))
_SAMPLE_HEADING = compile_fast("[ 　]*[【\\[（(＜<〈■□●◆◇・※#*]*[ 　]*(?:" + _SAMPLE_MARKS
                               + ")(?:欄|ページ)?[ 　]*[】\\]）)＞>〉]?[ 　\t]*[:：]?[ 　\t]*$"
                               + "|[【\\[]?[^\n【】（）():：]{1,30}[（(【\\[＜<〈](?:" + _SAMPLE_MARKS
                               + ")[）)】\\]＞>〉][】\\]]?[ 　\t]*$"
                               # (the mark in brackets and a side or a part after it: 【見本】表面, 【記入例】その2)
                               + "|[ 　]*[【\\[](?:" + _SAMPLE_MARKS + ")[】\\]][ 　]*[^\n【】\\[\\]:：。、]{1,6}[ 　\t]*$")
SAMPLE_BLOCK_REACH = 300


def under_sample_heading(text: str, line_start: int) -> bool:
    """The line starting at `line_start` is in the block (no blank line between) under a heading
    that is a sample mark alone (【記入例】), within SAMPLE_BLOCK_REACH characters above."""
    lo = max(0, line_start - SAMPLE_BLOCK_REACH)
    block = text.rfind("\n\n", lo, line_start)
    above = text[block + 1 if block != -1 else lo:line_start]
    return any(_SAMPLE_HEADING.match(line) for line in above.split("\n"))


# ---------------------------------------------------------------------------------------
# Values: is a would-be secret a placeholder, code, or too plain to be one?
# ---------------------------------------------------------------------------------------
_PLACEHOLDER_WORDS = frozenset(lexicon.words("credential.placeholder_words"))

# Values that are code, not secrets: calls, attribute/index access, env lookups.
_IDENTIFIER = compile_fast(r"[A-Za-z_][A-Za-z0-9_]*")
_CODE_VALUE = compile_fast(
    r"""^(?:[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*\s*[(\[]"""  # input(), os.environ[...], getpass.getpass(
    # (and Terraform's references: var.db_admin_password, local.pw, module.db.password, data.vault_secret.x)
    r"""|(?:self|this|req|request|args|config|cfg|settings|params|form|data|env|var|local|module|each)\.\w"""
    r"""|process\.env|os\.getenv|System\.getenv"""
    # a PowerShell cmdlet (Read-Host, Get-Credential, ConvertTo-SecureString) or a command's option (-Enabled)
    r"""|(?:Read|Get|Set|New|ConvertTo|ConvertFrom|Import|Export)-[A-Z][A-Za-z]+(?![\w#!@$%])|-[A-Za-z][A-Za-z]+$)"""
)
# (and an SQL bind parameter: password_hash = :hash, pwd = @pwd, = %(pw)s)
# (and PowerShell's environment variable: $env:FS_PASSWORD)
_TEMPLATE_VALUE = compile_fast(r"^(?:\$\{.*\}|\$\(.*\)|\{\{.*\}\}|<.*>|\[.*\]|%[^%]+%|\$[A-Za-z_]\w*|\$env:[A-Za-z_]\w*|@\w+@|"
                               r":[a-z_][a-z0-9_]*[;,)]?|@[a-z_][a-z0-9_]*[;,)]?|%\([A-Za-z_]\w*\)s[;,)]?)$")
_MASK_CHARS = frozenset("*xX●○〇•・?_-.#=")
# a note in brackets in Japanese words where the value goes (（ここに設定）, 【要入力】, 「未設定」): an instruction,
# not a secret (a password written in brackets has letters or digits in it)
_INSTRUCTION_VALUE = compile_fast(r"^[（(【［「『<][ 　]*[ぁ-ゖァ-ヺー一-龥々、。・ 　]{2,20}[ 　]*[）)】］」』>]$")


# Passwords every list of "worst passwords" shows: in a text they are usually examples.
FAMOUS_WEAK = frozenset(lexicon.words("credential.famous_weak"))


def is_placeholder(value: str) -> bool:
    v = value.strip("\"'`")
    if not v:
        return True
    if set(v) <= _MASK_CHARS:
        return True
    if len(set(v.lower())) == 1:  # aaaa, 0000
        return True
    if v.lower() in _PLACEHOLDER_WORDS:
        return True
    if _TEMPLATE_VALUE.match(v) or _INSTRUCTION_VALUE.match(v):
        return True
    low = v.lower()
    if low.startswith(("your", "my_", "<", "xxx")) or "example" in low or "placeholder" in low:
        return True
    if re.fullmatch(r"(?i)x{3,}[\w-]*|[\w-]*x{4,}", v):
        return True
    # words that are each a placeholder's, joined (dummy_password, test-user, sample.secret): a test's made-up value
    parts = _PLACEHOLDER_JOINERS.split(low)
    return len(parts) >= 2 and all(p in _PLACEHOLDER_WORDS or p in _PLACEHOLDER_ROLE_WORDS for p in parts)


_PLACEHOLDER_JOINERS = re.compile(r"[_\-.|]")
# (the role a made-up value stands for, beside a placeholder word: dummy_user, test_name)
_PLACEHOLDER_ROLE_WORDS = frozenset(lexicon.words("credential.placeholder_roles"))


def char_classes(v: str) -> int:
    return sum((any(c.islower() for c in v), any(c.isupper() for c in v),
                any(c.isdigit() for c in v), any(not c.isalnum() for c in v)))


def entropy(v: str) -> float:
    if not v:
        return 0.0
    n = len(v)
    return -sum(c / n * math.log2(c / n) for c in Counter(v).values())


def placeholder_value(scan, m, start, end) -> bool:
    """The value is a placeholder (xxxx, <token>, ${API_KEY}, your_api_key …)."""
    return is_placeholder(scan.text[start:end])


def famous_weak_value(scan, m, start, end) -> bool:
    """The value is on every list of worst passwords (P@ssw0rd, qwerty123 — and with the one symbol people add
    at its end, Passw0rd!): in a text, an example."""
    value = scan.text[start:end].strip("\"'`").lower()
    return value in FAMOUS_WEAK or value.rstrip("!?#$%&*@.") in FAMOUS_WEAK


def code_value(scan, m, start, end) -> bool:
    """The value is code (input(), os.environ[…], config.x), not a secret — or a name the code assigns elsewhere
    (DB_USER = os.environ["…"] … connect(user=DB_USER, password=…)): a variable, not its value."""
    value = scan.text[start:end]
    if _CODE_VALUE.match(value) is not None:
        return True
    if _IDENTIFIER.fullmatch(value) is None:
        return False
    if "_" in value:
        return re.search(r"(?<![\w.])" + re.escape(value) + r"[ \t]*=(?!=)", scan.text) is not None
    # (a plain word is a variable only where a line assigns it a call's or a lookup's result: user = os.environ.get(…))
    return re.search(r"(?m)^[ \t]*" + re.escape(value) + r"[ \t]*=(?!=)[ \t]*[A-Za-z_][\w.]*[(\[]", scan.text) is not None


def token_low_entropy(scan, m, start, end) -> bool:
    """One kind of character, or too little entropy for a token (Bearer aaaa…)."""
    value = scan.text[start:end]
    return char_classes(value) < 2 or entropy(value) < 3.0


def openai_key_low_entropy(scan, m, start, end) -> bool:
    """The random part of an sk- key (after its last '-') is too plain."""
    value = scan.text[start:end]
    return char_classes(value) < 2 or entropy(value.split("-")[-1]) < 3.0


def single_character_class(scan, m, start, end) -> bool:
    return char_classes(scan.text[start:end]) < 2


def jwt_header(scan, m, start, end) -> bool:
    """The first part decodes (base64url) to a JSON object naming its signing method (alg)."""
    head = scan.text[start:end].split(".", 1)[0]
    try:
        raw = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4))
        obj = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return isinstance(obj, dict) and "alg" in obj


def port_not_password(scan, m, start, end) -> bool:
    """host:8080@… — a port after a dotted host name, not a password."""
    value = scan.text[start:end]
    return value.isdigit() and len(value) <= 5 and m is not None and m.group("user").count(".") > 0


def weak_secret_value(scan, m, start, end) -> bool:
    """After a key/secret/token word: a placeholder, code, one kind of character, too little
    entropy, or a dotted lower-case name (some.config.name) is no secret."""
    value = scan.text[start:end].rstrip(".")
    if _HEX_SECRET.fullmatch(value) and char_classes(value) >= 2 and entropy(value) >= 3.0:
        return False  # 32+ hex digits of letters and digits (a channel secret, an MD5-sized key): 16 symbols hold
        # at most 4 bits each, so the entropy bar of mixed text would drop a real one
    return (is_placeholder(value) or _CODE_VALUE.match(value) is not None or char_classes(value) < 2
            or entropy(value) < 3.5 or re.fullmatch(r"[a-z]+(?:[_.-][a-z]+)*", value) is not None)


_HEX_SECRET = re.compile(r"[0-9a-f]{32,128}|[0-9A-F]{32,128}")


def fewer_than_three_classes(scan, m, start, end) -> bool:
    """Fewer than three of lower case, upper case, digits, symbols: with no separator word to
    say so, a word after パスワード (reset, Policy2024) is a password only when it looks like one."""
    return char_classes(scan.text[start:end]) < 3


HEAD_LINES = 4  # the head of a document: its first four non-empty lines
FOOT_LINES = 3  # the foot: its last three


def line_offset(text: str, n: int) -> int:
    """Offset where the (n+1)-th non-empty line starts (the 'head' of a document)."""
    pos = 0
    seen = 0
    length = len(text)
    while pos < length:
        nl = text.find("\n", pos)
        line_end = length if nl < 0 else nl
        if text[pos:line_end].strip():
            seen += 1
            if seen >= n:
                return line_end
        if nl < 0:
            return length
        pos = nl + 1
    return length


def foot_offset(text: str, n: int) -> int:
    """Offset where the last n non-empty lines start (the 'foot' of a document)."""
    end = len(text)
    seen = 0
    start = end
    while end > 0:
        nl = text.rfind("\n", 0, end)
        line_start = nl + 1
        if text[line_start:end].strip():
            seen += 1
            start = line_start
            if seen >= n:
                return start
        if nl < 0:
            return 0
        end = nl
    return start


_NO_SPACES = str.maketrans("", "", " \t")


def _marking_word(m) -> str:
    if m is None or "m" not in m.re.groupindex:
        return ""
    return m.group("m").translate(_NO_SPACES)


def at_head(scan, m, start, end) -> bool:
    """The match starts in the document's first HEAD_LINES non-empty lines."""
    return (m.start() if m is not None else start) < scan.head_limit


def weak_marking_word(scan, m, start, end) -> bool:
    """The marking (group m, spaces removed) is one that is a marking only at the head
    (秘密, 内部資料: mid-text they head ordinary prose)."""
    return _marking_word(m) in _WEAK_ALONE


def secret_not_in_capitals(scan, m, start, end) -> bool:
    """'Secret'/'secret' alone on a line is a word; only SECRET is a marking."""
    word = _marking_word(m)
    return word.lower() == "secret" and word != "SECRET"


def side_decorated(scan, m, start, end) -> bool:
    """The match has decoration on a side (groups l / r: 「――部外秘――」)."""
    return m is not None and bool(m.group("l") or m.group("r"))


# a word glued to the ㊙ sign that is not a document's (資料, 文書, 扱い, 情報, 事項, 指定): the sign as a prefix of praise
_MARU_HI_AS_A_PREFIX = re.compile(r"(?!資料|文書|扱|取扱|情報|事項|指定|案件|メモ)[一-龥ァ-ヶー]")


def maru_hi(doc):
    """The ㊙ sign: NFKC turns it into 秘, so it is found in the original text."""
    if "\u3299" not in doc.original:
        return
    text = doc.original
    for i, ch in enumerate(text):
        if ch == "\u3299":
            if _MARU_HI_AS_A_PREFIX.match(text, i + 1):
                continue  # 「前橋の㊙絶景」「㊙スポット」: the sign as a word of a catchphrase, not a paper's marking
            s, e = doc.norm.normalised_span(i)
            if s is not None:
                yield s, e


_WEAK_ALONE = frozenset(lexicon.words("marking.weak_alone"))

# the name of a list of one-time codes (two-step verification's backup or recovery codes)
_CODE_LIST_LABEL = re.compile(r"バックアップコード|リカバリー?コード|復旧コード|(?i:backup[ ]codes?|recovery[ ]codes?)")
CODE_LIST_REACH = 12  # lines: how far below its label a list of codes may go on


def under_code_list_label(scan, m, start, end) -> bool:
    """The value is in the block (no blank line between) under a line naming a list of backup codes, at most
    CODE_LIST_REACH lines below it (バックアップコード：⏎ 4827 1935 ⏎ 6603 2281)."""
    text = scan.text
    lo = start
    for _ in range(CODE_LIST_REACH):
        prev = text.rfind("\n", 0, lo)
        if prev == -1:
            return False
        ls = text.rfind("\n", 0, prev) + 1
        line = text[ls:prev]
        if not line.strip():
            return False
        if _CODE_LIST_LABEL.search(line):
            return True
        lo = ls
    return False


# a wireless network named in the text (Wi-Fi, SSID, 無線LAN): a short "key" label there is the network's
_WIFI = re.compile(r"(?i)wi-?fi|ssid|無線lan")


def about_wifi(scan, m, start, end) -> bool:
    """The text speaks of a wireless network (a key after キー / key is its password only then)."""
    return _WIFI.search(scan.text) is not None


SIGNALS: dict[str, Callable] = {
    "at_head": at_head,
    "weak_marking_word": weak_marking_word,
    "secret_not_in_capitals": secret_not_in_capitals,
    "side_decorated": side_decorated,
    "placeholder_value": placeholder_value,
    "code_value": code_value,
    "famous_weak_value": famous_weak_value,
    "token_low_entropy": token_low_entropy,
    "openai_key_low_entropy": openai_key_low_entropy,
    "single_character_class": single_character_class,
    "jwt_header": jwt_header,
    "port_not_password": port_not_password,
    "weak_secret_value": weak_secret_value,
    "fewer_than_three_classes": fewer_than_three_classes,
    "under_code_list_label": under_code_list_label,
    "about_wifi": about_wifi,
}
FINDERS: dict[str, Callable] = {
    "maru_hi": maru_hi,
}


# the text says its material is real after all (実際の相談記録をもとに, 実在の人物): no declared fiction or sample covers it
# … not where the text denies it (実在の人物・住所とは無関係, 実在する人物ではありません, 本番データではない)
REAL_SAID = compile_fast(r"(?:実際の|実在の|実在する|実例|実データ|本物の|本番データ)"
                         r"(?![^。\n]{0,14}?(?:とは(?:一切)?(?:無関係|関係(?:が|の)?(?:な|ありません))|では(?:な|ありません)|じゃな|しません|しない))")
