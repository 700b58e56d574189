"""CREDENTIAL: passwords, API keys, tokens, private keys, connection strings.

One small class per kind of secret, in Presidio's recognizer shape. Every regex
is precompiled at import time and written so that it cannot backtrack
catastrophically (bounded repeats, no nested unbounded quantifiers over
overlapping classes); long blocks (private keys) are delimited in code.

Decisions:
- A password is reported only when a *value* follows a password word
  (「パスワードは n4wo-kZ8B-13」, ``PASSWORD=...``, ``pwd: ...``). Prose about
  passwords (「パスワードの定期変更は…」「パスワードは別紙で」) has no ASCII value
  after the word and never matches. Placeholders (``********``, ``xxxx``,
  ``<password>``, ``${DB_PASS}``, 〇〇〇〇) and code expressions
  (``input()``, ``os.environ[...]``, a bare variable name after ``password = ``)
  are dropped.
- Only the secret value is reported (not the word 「パスワード」), so the
  redacted text still reads naturally.
- Generic high-entropy strings are reported only after a key/secret/token word.
"""
from __future__ import annotations

import base64
import bisect
import binascii
import json
import math
import re
from collections import Counter
from typing import Optional

from .. import lexicon
from .fastre import compile_fast
from . import register
from .base import Candidate, Detector, Document, Pattern, keep_strongest
from .evidence import BLOCK, WARN

TYPE = "CREDENTIAL"

STRONG = 0.95  # a key with a vendor-specific shape or a password value with context
GOOD = 0.85
WEAK = 0.50  # warn: probably a password, the user confirms

_PLACEHOLDER_WORDS = frozenset(lexicon.words("credential.placeholder_words"))

# Values that are code, not secrets: calls, attribute/index access, env lookups.
_CODE_VALUE = compile_fast(
    r"""^(?:[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*\s*[(\[]"""  # input(), os.environ[...], getpass.getpass(
    r"""|(?:self|this|req|request|args|config|cfg|settings|params|form|data|env)\.\w"""
    r"""|process\.env|os\.getenv|System\.getenv)"""
)
_FILE_VALUE = compile_fast(
    r"^(?:[\w.-]*/)*\.?[\w-]*\.(?:env|ya?ml|json|ini|conf|cfg|toml|txt|xml|properties|config|js|ts|py|php|rb|sh|bat|"
    r"ps1|csv|xlsx?|docx?|pdf|zip|7z|key|pem|crt|md|log)(?:\.[\w-]+)?$|^\.env(?:\.[\w-]+)?$|^\.[a-z]+rc$", re.I)
_PATH_VALUE = compile_fast(r"[/\\]|^[A-Za-z]:|^~|^\.|^\$|^%")
_SHORT_PASS_QUALIFIER = compile_fast(r"(?i:zip|pdf|xlsx?|docx?|excel|word|ファイル|エクセル|ワード|圧縮|添付|解凍|解除|開封|展開|閲覧|共有|ログイン|wi-?fi|無線)(?:の|用の?)?[ \t]*$")
_PATH_CONTEXT = compile_fast(
    r"(?i:先|場所|フォルダ|ディレクトリ|相対|絶対|環境変数|実行|モジュール|ライブラリ|クラス|検索|ネットワーク|unc|url|リンク|"
    r"保存|格納|参照|配置|インストール|ドライブ|サーバ|サーバー)(?:の|用の?)?[ \t]*$")
_TEMPLATE_VALUE = compile_fast(r"^(?:\$\{.*\}|\$\(.*\)|\{\{.*\}\}|<.*>|\[.*\]|%[^%]+%|\$[A-Za-z_]\w*|@\w+@)$")
_MASK_CHARS = frozenset("*xX●○〇•・?_-.#=")


# Passwords every list of "worst passwords" shows: in a text they are usually examples.
_FAMOUS_WEAK = frozenset(lexicon.words("credential.famous_weak"))


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
    if _TEMPLATE_VALUE.match(v):
        return True
    low = v.lower()
    if low.startswith(("your", "my_", "<", "xxx")) or "example" in low or "placeholder" in low:
        return True
    if re.fullmatch(r"(?i)x{3,}[\w-]*|[\w-]*x{4,}", v):
        return True
    return False


def char_classes(v: str) -> int:
    return sum((any(c.islower() for c in v), any(c.isupper() for c in v),
                any(c.isdigit() for c in v), any(not c.isalnum() for c in v)))


def entropy(v: str) -> float:
    if not v:
        return 0.0
    n = len(v)
    return -sum(c / n * math.log2(c / n) for c in Counter(v).values())


_dedupe = keep_strongest


# ---------------------------------------------------------------------------
# Passwords after a password word
# ---------------------------------------------------------------------------

# 「パス」 alone (解凍パス, PDFのパス) is a password only as a whole word: not ファイルパス, パス名,
# パスポート, パスタ; its value must not look like a path or a file name (checked in _score).
_SHORT_PASS = r"(?<![ァ-ヶー])パス(?![ァ-ヶー名々一-龥])"
_PW_KEY = (r"(?:" + _SHORT_PASS + r"|パスワード|暗証番号|パスコード|パスフレーズ|パスキー|ネットワークキー|セキュリティキー|暗号化キー|接続キー|(?i:wi-?fi)(?:の)?キー|(?<![A-Za-z])PSK(?![A-Za-z])|(?<![A-Za-z])PIN(?:コード)?(?![A-Za-z])|合言葉|"
           r"(?<![A-Za-z_])(?:[A-Za-z]{1,20}_){0,3}(?:[pP]ass(?:word|wd|phrase|code)?|pwd|pw|PW|Pwd|PASS(?:WORD|WD)?|PWD)(?![A-Za-z]))")
# separator: は / が / ： / = / is, with optional spaces and an opening quote
_PW_SEP = (r"(?:[ \t]*\([^)\n]{1,12}\))?"  # パスワード（初期値）：…
           r"[ \t]*(?:[:=]|は|が|:=|=>|->|→|\bis\b|を|欄に|に|として|も)[ \t]*(?:[「『\"'`(][ \t]*)?")
_PW_VALUE = r"(?P<v>[!#$%&*+\-./0-9:=?@A-Z\[\\\]^_a-z{|}~]{4,64})"


@register
class PasswordDetector(Detector):
    type = TYPE
    gate = r"パス|暗証番号|パスコード|パスフレーズ|パスキー|ネットワークキー|セキュリティキー|暗号化キー|接続キー|キー|PSK|PIN|合言葉|pass|pwd|pw"
    patterns = (
        Pattern("パスワードの値", _PW_KEY + r"[\"']?(?P<sep>" + _PW_SEP + r")" + _PW_VALUE, GOOD),
    )
    context_words = lexicon.words("credential.password.context_words")
    _ENV_LINE = compile_fast(r"(?m)^[ \t]*(?:export[ \t]+)?[A-Z][A-Z0-9_]*=[^\s]+[ \t]*$")
    _TRAIL = ".,;:]}>"
    _UNITS = frozenset("年月日文字桁回分秒時個件歳円人")
    _EXAMPLE_AFTER = lexicon.words("credential.password.example_after")

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        text = doc.text
        for pattern, rx in self._compiled:
            for m in rx.finditer(text):
                start, end = m.span("v")
                if is_placeholder(text[start:end]):
                    continue  # before trimming: ${DB_PASSWORD}, <password>
                sep = m.group("sep")
                quoted = any(q in sep for q in "「『\"'`")
                # trim trailing punctuation that belongs to the sentence
                while end > start and text[end - 1] in self._TRAIL:
                    end -= 1
                value = text[start:end]
                if len(value) < 4:
                    continue
                scored = self._score(doc, m, value, end, sep, quoted)
                if scored is None:
                    continue
                before = text[max(0, m.start() - 12):m.start()]
                if any(w in before for w in ("例:", "例えば", "たとえば", "e.g.", "例)")):
                    scored = (min(scored[0], WEAK), "例示のパスワードらしき値（要確認）")
                out.append(Candidate(self.type, start, end, scored[0], scored[1]))
        return _dedupe(out)

    def _score(self, doc: Document, m: re.Match, value: str, end: int, sep: str,
               quoted: bool) -> Optional[tuple[float, str]]:
        text = doc.text
        if is_placeholder(value) or _CODE_VALUE.match(value):
            return None
        nxt = text[end:end + 1]
        if nxt in ("(", "[") or (nxt == "." and text[end + 1:end + 2].isalpha()):
            return None  # password = input(), getpass.getpass(...), cfg.get(...)
        after = text[end:end + 8].lstrip(" \t「」『』\"'")
        if after.startswith(self._EXAMPLE_AFTER):
            return None  # 「Password123 のような単純なパスワード」: an example, not a value
        key = text[m.start():m.start("sep")]
        if _FILE_VALUE.match(value):
            return None  # 「パスワードは .env から読む」「config.yml に書いた」: a file, not the value
        if key.startswith("パス") and not key.startswith("パスワード"):
            if _PATH_VALUE.search(value):
                return None  # パス: C:\work, /usr/local/bin — a path
            if _PATH_CONTEXT.search(text, max(0, m.start() - 12), m.start()):
                return None  # 保存先のパス, フォルダのパス, 環境変数のパス
            qualified = _SHORT_PASS_QUALIFIER.search(text, max(0, m.start() - 12), m.start())
            if not qualified and not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
                return None  # 「パスは Documents」 with nothing saying it opens a file: too weak
        if value.lower() in _FAMOUS_WEAK:
            return WEAK, "よく知られた弱いパスワード（例示の可能性）"
        pin = "暗証番号" in key or "PIN" in key
        if value.isdigit():
            if nxt and nxt in self._UNITS:
                return None  # 「パスワードは2025年から…」「8桁以上」
            if pin:
                return (STRONG, "暗証番号の値") if 4 <= len(value) <= 8 else None
            return (GOOD if len(value) >= 6 else WEAK + 0.1), "パスワードの値（数字）"
        if pin:
            return None
        if (sep.strip(" \t「『\"'`(").endswith(("に", "として", "も"))
                and not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value))):
            return None  # 「パスワードにWindowsと同じ…」: too weak a separator for a plain word
        if (not quoted and "=" in sep and sep != sep.strip()
                and re.fullmatch(r"[a-z_][a-z0-9_]*|[a-z]+(?:[A-Z][a-z0-9]*)+", value)):
            return None  # `password = user_password` / `pw = newPass`: a variable in code
        if quoted or char_classes(value) >= 2:
            if len(value) >= 6 and char_classes(value) >= 2:
                return STRONG, "パスワードの値（文脈語の直後）"
            return GOOD - 0.05, "パスワードの値（文脈語の直後）"
        # a single-class word such as `hunter` / `maebashi`
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if self._ENV_LINE.match(line):
            return 0.80, "設定ファイルのパスワード値"
        if re.search(r"[a-z][A-Z]|_", value):
            return None  # userPassword, user_password: a variable name
        if any(w in sep for w in ("は", "が", "を")) or sep.strip() in (":", "："):
            return 0.80, "パスワードの値（文脈語の直後）"
        if sep.strip() == "=" and sep == "=":
            return WEAK + 0.1, "パスワードらしき値（要確認）"
        return None  # `password = something` in code: a variable


def text_line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


# ---------------------------------------------------------------------------
# Vendor API keys and tokens with a recognisable shape
# ---------------------------------------------------------------------------

# An account and its password given as a pair: 「ログインは admin / Hx4rTq9mWv2s」
# 「ID/パスは kanri01 / Ry6pXw2nLq8z」「login: staff01 / Pw8…」. The second half must look like a
# password (letters and digits, 6 or more): 「ログインは ID / パスワード の順」 has no value.
_LOGIN_PAIR = compile_fast(
    r"(?:ログイン(?:情報|ID|名)?|(?<![A-Za-z])ID(?:[/・と](?:パス(?:ワード)?|PW|PASS))?|ユーザー?(?:名|ID)?|アカウント|認証情報|"
    r"(?<![A-Za-z])(?:[Ll]ogin|LOGIN|[Uu]ser(?:name)?)(?![A-Za-z]))"
    r"(?:[ \t]*(?:は|が|:|=))?[ \t]*[「『\"']?(?P<u>[A-Za-z0-9._@-]{2,32})[ \t]*/[ \t]*"
    r"(?P<v>[!#$%&*+\-.0-9:=?@A-Z^_a-z~]{6,64})(?![!#$%&*+\-.0-9:=?@A-Z^_a-z~/])")


# the same pair passed to a login call in code: smtp.login('kouhou@…', 'Xy7…'), auth=('user', 'pw')
_LOGIN_CALL = compile_fast(
    r"(?:\.login|(?<![A-Za-z_])auth|(?<![A-Za-z_])credentials)[ \t]*(?:\(|=[ \t]*\()[ \t]*(['\"])[^'\"\n]{1,80}\1[ \t]*,[ \t]*"
    r"(['\"])(?P<v>[^'\"\n]{4,64})\2")


@register
class LoginPairDetector(Detector):
    type = TYPE
    gate = r"ログイン|id|ユーザ|アカウント|認証情報|login|user|auth|credentials"

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        text = doc.text
        for m in _LOGIN_CALL.finditer(text):
            value = m.group("v")
            if is_placeholder(value) or value.lower() in _FAMOUS_WEAK or _CODE_VALUE.match(value):
                continue
            out.append(Candidate(self.type, m.start("v"), m.end("v"), STRONG if char_classes(value) >= 2 else GOOD,
                                 "ログイン関数に渡されたパスワード"))
        for m in _LOGIN_PAIR.finditer(text):
            value = m.group("v").rstrip(".,;:")
            if is_placeholder(value) or value.lower() in _FAMOUS_WEAK:
                continue
            if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
                continue  # 「admin / password」「user / guest」: words, not a secret
            start = m.start("v")
            out.append(Candidate(self.type, start, start + len(value), STRONG if len(value) >= 8 else GOOD,
                                 "ID とパスワードの組（ログイン情報）"))
        return _dedupe(out)


@register
class ApiKeyDetector(Detector):
    type = TYPE
    gate = (r"sk-|gh[pousr]_|github_pat_|xox|hooks\.slack|AIza|k_(?:live|test)_|"
            r"A(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA|IPA)|secret|Bearer|channel|subscription|account_?key|sas_?token|sig=")
    patterns = (
        Pattern("OpenAI等のAPIキー", r"(?<![\w-])sk-(?:proj-|svcacct-|admin-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,200}(?![\w-])", STRONG),
        Pattern("GitHubトークン", r"(?<![\w])(?:gh[pousr]_[A-Za-z0-9]{30,80}|github_pat_[A-Za-z0-9_]{22,255})(?!\w)", STRONG),
        Pattern("Slackトークン", r"(?<![\w-])xox[abposre]-[A-Za-z0-9-]{10,200}(?![\w-])", STRONG),
        Pattern("SlackのWebhook URL", r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9_/]{20,120}", STRONG),
        Pattern("Google APIキー", r"(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])", STRONG),
        Pattern("Stripeシークレットキー", r"(?<![\w])(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,128}(?!\w)", STRONG),
        Pattern("AWSアクセスキーID", r"(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}(?![A-Z0-9])", STRONG),
        Pattern("AWSシークレットアクセスキー",
                r"(?i:aws_?secret_?access_?key|secret_?access_?key|aws_?secret)[\"']?[ \t]*[:=][ \t]*[\"']?"
                r"(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", STRONG),
        Pattern("Bearerトークン", r"(?<![\w])Bearer[ \t]+(?P<v>[A-Za-z0-9._~+/-]{16,2000}=*)", GOOD),
        Pattern("LINE/Azure等の鍵", r"(?i:(?:channel_?(?:secret|access_?token)|subscription[_-]?key|"
                r"account_?key|sas_?token|sig))=(?P<v>[A-Za-z0-9%/+=]{20,200})", GOOD),
    )

    def score_match(self, doc, match, pattern, valid, context):
        value = doc.text[slice(*self.span_of(match))]
        if is_placeholder(value):
            return None
        if pattern.name == "Bearerトークン":
            if char_classes(value) < 2 or entropy(value) < 3.0:
                return None
            return pattern.score, pattern.name
        if pattern.name == "OpenAI等のAPIキー":
            body = value.split("-")[-1]
            if char_classes(value) < 2 or entropy(body) < 3.0:
                return None
        if pattern.name == "AWSシークレットアクセスキー" and char_classes(value) < 2:
            return None
        return pattern.score, pattern.name

    def analyze(self, doc: Document) -> list[Candidate]:
        return _dedupe(super().analyze(doc))


@register
class JwtDetector(Detector):
    type = TYPE
    gate = r"eyJ"
    patterns = (
        Pattern("JWT（署名付きトークン）",
                r"(?<![\w-])eyJ[A-Za-z0-9_-]{6,2000}\.[A-Za-z0-9_-]{6,4000}\.[A-Za-z0-9_-]{0,2000}(?![\w-])", STRONG),
    )

    def validate(self, value: str) -> Optional[bool]:
        head = value.split(".", 1)[0]
        try:
            raw = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4))
            obj = json.loads(raw.decode("utf-8"))
        except (binascii.Error, ValueError, UnicodeDecodeError):
            return False
        return isinstance(obj, dict) and "alg" in obj

    def score_match(self, doc, match, pattern, valid, context):
        if not valid:
            return None
        return pattern.score, "JWT（ヘッダに署名方式）"


# ---------------------------------------------------------------------------
# Private keys: the whole block is the span
# ---------------------------------------------------------------------------

@register
class PrivateKeyDetector(Detector):
    type = TYPE
    gate = r"PRIVATE KEY|PuTTY-User-Key"
    _BEGIN = compile_fast(r"-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----")
    _END = compile_fast(r"-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----")
    # an unterminated block (truncated paste): take the base64 body that follows
    _BODY = compile_fast(r"[A-Za-z0-9+/=:,\- \t\r\n]{0,20000}")
    _PUTTY = compile_fast(r"PuTTY-User-Key-File-\d+:[^\n]{0,200}")
    _PUTTY_PRIV = compile_fast(r"Private-Lines:[ \t]*\d+[ \t]*\r?\n[A-Za-z0-9+/=\r\n]{1,20000}")
    _OPENSSH_BODY = compile_fast(r"[A-Za-z0-9+/=\s]{0,20000}")
    MAX_BLOCK = 20000

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        out: list[Candidate] = []
        ends = [(m.start(), m.end()) for m in self._END.finditer(text)]
        end_starts = [s for s, _ in ends]
        for m in self._BEGIN.finditer(text):
            i = bisect.bisect_left(end_starts, m.end())
            if i < len(ends) and ends[i][0] - m.end() <= self.MAX_BLOCK:
                out.append(Candidate(self.type, m.start(), ends[i][1], STRONG, "秘密鍵のブロック"))
            else:
                body = self._BODY.match(text, m.end())
                end = body.end() if body else m.end()
                while end > m.end() and text[end - 1] in " \t\r\n":
                    end -= 1
                out.append(Candidate(self.type, m.start(), end, STRONG, "秘密鍵のブロック（末尾なし）"))
        for m in self._PUTTY.finditer(text):
            priv = self._PUTTY_PRIV.search(text, m.end(), m.end() + 10000)
            if priv:
                out.append(Candidate(self.type, priv.start(), priv.end(), STRONG, "PuTTY秘密鍵"))
            else:
                out.append(Candidate(self.type, m.start(), m.end(), GOOD, "PuTTY鍵ファイル"))
        return _dedupe(out)


# ---------------------------------------------------------------------------
# Connection strings with credentials: scheme://user:password@host
# ---------------------------------------------------------------------------

@register
class ConnectionStringDetector(Detector):
    type = TYPE
    gate = r"://"
    patterns = (
        Pattern("接続文字列のパスワード",
                r"(?<![\w+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://(?P<user>[^\s:/@\"'<>]{1,64}):"
                r"(?P<v>[^\s@/\"'<>]{1,128})@[A-Za-z0-9\[]", STRONG),
    )

    def score_match(self, doc, match, pattern, valid, context):
        value = match.group("v")
        if is_placeholder(value) or _CODE_VALUE.match(value):
            return None
        if value.isdigit() and len(value) <= 5 and match.group("user").count(".") > 0:
            return None  # host:port@..., not a password
        return pattern.score, pattern.name


# ---------------------------------------------------------------------------
# Generic high-entropy secrets, only after a key/secret/token word
# ---------------------------------------------------------------------------

@register
class GenericSecretDetector(Detector):
    type = TYPE
    reads = (TYPE,)  # a value the specific credential detectors above already took is not reported again
    gate = r"key|secret|token|キー|シークレット|トークン|秘密鍵"
    patterns = (
        Pattern("鍵・トークンらしき値",
                r"(?i:(?<![A-Za-z])(?:[A-Za-z]{1,30}[_-])?(?:api[_-]?key|apikey|secret(?:[_-]?key)?|"
                r"client[_-]?secret|access[_-]?token|auth[_-]?token|refresh[_-]?token|token|"
                r"access[_-]?key|private[_-]?key|signing[_-]?key|webhook[_-]?secret)(?:[_-][A-Za-z]{1,30})?)"
                r"[\"']?[ \t]*(?:[:=]|=>)[ \t]*[\"'`]?(?P<v>[A-Za-z0-9_\-+/=.~]{16,512})", GOOD),
        Pattern("鍵・トークンらしき値（日本語）",
                r"(?:APIキー|ＡＰＩキー|アクセスキー|シークレットキー|シークレット|トークン|アクセストークン|認証キー|秘密鍵)"
                r"(?:は|が|を|:|：|=)[ \t]*[「『\"'`]?[ \t]*(?P<v>[A-Za-z0-9_\-+/=.~]{16,512})", GOOD),
    )

    def analyze(self, doc: Document) -> list[Candidate]:
        earlier = doc.found(TYPE)
        return [c for c in _dedupe(super().analyze(doc))
                if not any(c.overlaps(e) for e in earlier)]

    def score_match(self, doc, match, pattern, valid, context):
        value = match.group("v").rstrip(".")
        if is_placeholder(value) or _CODE_VALUE.match(value):
            return None
        if char_classes(value) < 2 or entropy(value) < 3.5:
            return None
        if re.fullmatch(r"[a-z]+(?:[_.-][a-z]+)*", value):  # some.config.name
            return None
        return pattern.score, pattern.name


__all__ = ["PasswordDetector", "LoginPairDetector", "ApiKeyDetector", "JwtDetector", "PrivateKeyDetector",
           "ConnectionStringDetector", "GenericSecretDetector", "is_placeholder", "BLOCK", "WARN"]
