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

import bisect
import re
from typing import Optional

from .. import lexicon
from ..labels import REASONS
from .fastre import compile_fast, finditer_sparse
from . import register
from .base import Candidate, Detector, Document, Pattern, keep_strongest
from .signals import _CODE_VALUE, char_classes, entropy, is_placeholder  # noqa: F401  (re-exported)
from .signals import FAMOUS_WEAK as _FAMOUS_WEAK
from .engine import RuleDetector
from .evidence import BLOCK, WARN

TYPE = "CREDENTIAL"

STRONG = 0.95  # a key with a vendor-specific shape or a password value with context
GOOD = 0.85
WEAK = 0.50  # warn: probably a password, the user confirms

_FILE_VALUE = compile_fast(
    r"^(?:[\w.-]*/)*\.?[\w-]*\.(?:env|ya?ml|json|ini|conf|cfg|toml|txt|xml|properties|config|js|ts|py|php|rb|sh|bat|"
    r"ps1|csv|xlsx?|docx?|pdf|zip|7z|key|pem|crt|md|log)(?:\.[\w-]+)?$|^\.env(?:\.[\w-]+)?$|^\.[a-z]+rc$", re.I)
_PATH_VALUE = compile_fast(r"[/\\]|^[A-Za-z]:|^~|^\.|^\$|^%")
_SHORT_PASS_QUALIFIER = compile_fast(r"(?i:zip|pdf|xlsx?|docx?|excel|word|ファイル|エクセル|ワード|圧縮|添付|解凍|解除|開封|展開|閲覧|共有|ログイン|wi-?fi|無線)(?:の|用の?)?[ \t]*$")
_PATH_CONTEXT = compile_fast(
    r"(?i:先|場所|フォルダ|ディレクトリ|相対|絶対|環境変数|実行|モジュール|ライブラリ|クラス|検索|ネットワーク|unc|url|リンク|"
    r"保存|格納|参照|配置|インストール|ドライブ|サーバ|サーバー)(?:の|用の?)?[ \t]*$")


_dedupe = keep_strongest


# ---------------------------------------------------------------------------
# Passwords after a password word
# ---------------------------------------------------------------------------

# 「パス」 alone (解凍パス, PDFのパス) is a password only as a whole word: not ファイルパス, パス名,
# パスポート, パスタ; its value must not look like a path or a file name (checked in _score).
_SHORT_PASS = r"(?<![ァ-ヶー])パス(?![ァ-ヶー名々一-龥])"
# (the codes that open a building, an alarm or a safe count as PINs: 解除コード, ダイヤル錠（番号 …）, キーボックスの番号)
_LOCK_KEY = r"(?:警備|警報)?(?:解除|解錠|開錠)(?:の)?(?:コード|番号)|暗証コード|ダイヤル錠[（(]?(?:の)?番号|キーボックス(?:の)?(?:番号|暗証)"
# (and the word in the languages of residents' and partners' mail: 비밀번호, 密码, contraseña, senha, mật khẩu)
_PW_KEY = (r"(?:" + _SHORT_PASS + r"|パスワード|비밀번호|(?<![가-힣])암호|패스워드|密码|密碼|口令|(?i:contrase[ñn]a|senha|m[ậa]t[ ]kh[ẩa]u|kata[ ]sandi)|暗証(?:番号)?|パスコード|パスフレーズ|パスキー|ネットワークキー|セキュリティキー|暗号化キー|暗号キー|接続キー|ストリームキー|配信キー|事前共有キー|共有キー|(?i:wi-?fi)(?:の)?キー|(?i:wpa[23]?|wep)(?:[ -]?(?:psk|personal))?[ -]?(?i:key|passphrase|password)|(?<![A-Za-z])PSK(?![A-Za-z])|(?<![A-Za-z])PIN(?:コード)?(?![A-Za-z])|合言葉|ホスト[ ]?キー|バックアップコード|リカバリー?コード|復旧コード|(?i:backup|recovery)[ ]codes?|"
           r"(?<![A-Za-z_])(?:[A-Za-z]{1,20}_){0,3}(?:[pP]ass(?:word|wd|phrase|code)?|pwd|pw|PW|Pw|Pwd|PASS(?:WORD|WD)?|PWD|authtok|AUTHTOK|bindpw|BINDPW)(?![A-Za-z])"
           # a PIN's key in a configuration (voicemail_pin_default = 7391, admin_pin: 4821)
           r"|(?<![A-Za-z_])(?:[A-Za-z]{1,20}_){1,3}(?:pin|PIN)(?:_(?:default|code|number|no))?(?![A-Za-z_])"
           # a camel-case name whose last word is the password's (dbPassword, AdminPwd): its capital P starts the word
           r"|(?<![A-Za-z_])[A-Za-z][a-z0-9]{0,19}(?:Pass(?:word|wd|phrase|code)?|Pwd)(?![A-Za-z]))")
# separator: は / が / ： / = / is / a table's cell border (| DB_PASS | … |), with optional spaces and an opening quote
_PW_SEP = (r"(?:[ \t]*\([^)\n]{1,12}\))?"  # パスワード（初期値）：…
           # a declared type between the name and its value (VB's Const DB_PASS As String = …, password: str = …)
           r"(?:[ \t]+As[ \t]+String|[ \t]*:[ \t]*(?:str|string|String))?(?![A-Za-z])"
           r"[ \t]*(?:(?:[:=]|は|が|:=|=>|->|→|\bis\b|を|欄に|に|として|も|\|)[ \t]*(?:[「『\"'`(][ \t]*)?"
           r"|[「『(][ \t]*)")  # or the value straight in brackets: パスワード「Kx9#…」, パスワード（Kx9#…）
_PW_VALUE = r"(?P<v>[!#$%&*+\-./0-9:=?@A-Z\[\\\]^_a-z{|}~]{4,64})"


# the key of a two-step login's spare codes: digits grouped with a hyphen are its value
_LOCK_KEY_RX = compile_fast(_LOCK_KEY)
_PIN_KEY = compile_fast(r"(?:^|_)(?i:pin)(?:_|$)")
_PIN_WITH_KEY_SIGN = compile_fast(r"[#*]?[0-9]{3,8}[#*]")
_RECOVERY_KEY = compile_fast(r"(?i:バックアップ|リカバリ|復旧|backup|recovery)")
# more quoted values listed after the value (「'Passw0rd!' や 'maebashi2024'」)
_MORE_EXAMPLES = compile_fast(r"(?:[\"'」』]?[ \t]*(?:や|、|,|と|or)[ \t]*[\"'「『][^\"'「」『』\n]{1,40}[\"'」』]){1,4}")
_NEXT_KEY = compile_fast(r"[A-Za-z_][A-Za-z0-9_.\-]{0,40}[=:]")
_PLACE_OF_TYPING = compile_fast(r"に(?:入力|書|送|貼|保存|登録|記載|共有|教え|伝え|打ち込|入れ)")
_CONSTANT_NAME = compile_fast(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


@register
class PasswordDetector(Detector):
    type = TYPE
    gate = r"ホスト ?キー|비밀번호|암호|패스워드|密码|密碼|口令|contrase|senha|kh[ẩa]u|sandi|パス|暗証|コード|codes?|錠|解除番号|解錠番号|開錠番号|パスコード|パスフレーズ|パスキー|ネットワークキー|セキュリティキー|暗号化キー|暗号キー|接続キー|キー|PSK|PIN|合言葉|pass|pwd|pw|wpa|wep|authtok"
    patterns = (
        Pattern("パスワードの値", _PW_KEY + r"[\"']?(?P<sep>" + _PW_SEP + r")" + _PW_VALUE, GOOD),
        # the value after a space alone (「※パスコード 4829kyo」; checked in _score: letters with digits)
        Pattern("パスワードの値（空白区切り）", _PW_KEY + r"(?P<sep>[ \t]+)" + _PW_VALUE + r"(?=[ \t]*(?:$|\n|[、。,）)])|[ \t]+を)", GOOD),
        # the word ends its line and the value stands alone on the next (「初期パスワード：⏎Kp9#…」)
        # a PIN typed digit by digit with spaces (暗証番号は 4 8 2 9 です): the digits are the value
        Pattern("暗証番号の値（一桁ずつ）", r"(?:暗証番号|パスコード|(?<![A-Za-z])PIN(?:コード)?(?![A-Za-z])|" + _LOCK_KEY + r")(?P<sep>"
                + _PW_SEP + r")(?P<v>[0-9](?:[ 　][0-9]){3,7})(?![ 　]?[0-9])", GOOD),
        Pattern("パスワードの値（次の行）", _PW_KEY + r"[\"']?(?P<sep>[ \t]*(?:[:=]|は|が)?[ \t]*)\n[ \t]*"
                + _PW_VALUE + r"(?=[ \t]*(?:\n|$))", GOOD),
        # a lock's or an alarm's code (解除コードは「4821#」, ダイヤル錠（番号 9073）): a pattern of its own, so the
        # password patterns that every text with コード or キー runs through stay as short as they were
        Pattern("解錠・警備解除のコード", r"(?:" + _LOCK_KEY + r")(?P<sep>" + _PW_SEP + r"|[ \t]+)" + _PW_VALUE, GOOD),
    )
    context_words = lexicon.words("credential.password.context_words")
    _ENV_LINE = compile_fast(r"(?m)^[ \t]*(?:export[ \t]+)?[A-Z][A-Z0-9_]*=[^\s]+[ \t]*$")
    _TRAIL = ".,;:]}>"
    _UNITS = frozenset("年月日文字桁回分秒時個件歳円人")
    _EXAMPLE_AFTER = lexicon.words("credential.password.example_after")

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        text = doc.text
        for pattern, rx in self.compiled_for(doc):
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
                if "を" in sep and text[end:end + 3].lstrip(" \t")[:1] in ("で", "に"):
                    continue  # 「パスワードをbcryptでハッシュ化」「パスワードをChatGPTに入力しない」: the means or the place, not the password
                if ("は" in sep or "が" in sep) and _PLACE_OF_TYPING.match(text, end):
                    continue  # 「パスワードはChatGPTに入力しない」「パスワードは付箋に書かない」: where it must not go
                if _CONSTANT_NAME.fullmatch(value) and re.search(r"(?m)^[ \t]*" + re.escape(value) + r"[ \t]*=", text):
                    continue  # password=DB_PASS where DB_PASS = os.environ[…]: a constant the code defines, not a value
                scored = self._score(doc, m, value, end, sep, quoted)
                if scored is None:
                    continue
                before = text[max(0, m.start() - 12):m.start()]
                if any(w in before for w in ("例:", "例えば", "たとえば", "e.g.", "例)")):
                    scored = (min(scored[0], WEAK), "credential.password.example")
                out.append(Candidate(self.type, start, end, scored[0], REASONS[scored[1]]))
        return _dedupe(out)

    def _score(self, doc: Document, m: re.Match, value: str, end: int, sep: str,
               quoted: bool) -> Optional[tuple[float, str]]:
        """(score, reason id) of the value after a password word, None when it is no password."""
        text = doc.text
        if is_placeholder(value) or _CODE_VALUE.match(value):
            return None
        if "\n" in m.group(0) and _NEXT_KEY.match(value):
            return None  # DB_PASSWORD=⏎API_KEY= (or ⏎MAIL_MAILER=smtp): the next line is the next key of an .env file, not a value
        if not sep.strip() and _NEXT_KEY.match(value) and "=" in value:
            return None  # reason=bad_password count=3: the next key=value pair of a log line, not a value
        nxt = text[end:end + 1]
        if (nxt in ("(", "[") and not value.isdigit() and text[end + 1:end + 2].isascii()) \
                or (nxt == "." and text[end + 1:end + 2].isalpha()):
            # password = input(), getpass.getpass(...), cfg.get(...) (not PIN：4816（金庫の控え）, not a note in a
            # bracket after the value: 初期PW：Maebashi0401（初回ログイン後に変更）)
            return None
        # (the first of a list of examples too: 「'Passw0rd!' や 'maebashi2024' のような」)
        listed = _MORE_EXAMPLES.match(text, end)
        after = text[listed.end() if listed else end:][:8].lstrip(" \t「」『』\"'")
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
            return WEAK, "credential.password.famous_weak"
        pin = "暗証" in key or "PIN" in key or _LOCK_KEY_RX.search(key) is not None or _PIN_KEY.search(key) is not None
        if pin and _PIN_WITH_KEY_SIGN.fullmatch(value):
            return STRONG, "credential.password.pin"  # 「解除コードは「4821#」」: the digits and the key pressed after them
        compact = value.replace(" ", "").replace("　", "").replace("-", "")
        if compact != value and compact.isdigit() and (pin or _RECOVERY_KEY.search(key)):
            # 暗証番号は 4 8 2 9 / バックアップコード 7731-0925: the digits, spaced or grouped, are the value
            return (STRONG, "credential.password.pin") if 4 <= len(compact) <= 16 else None
        if value.isdigit():
            if nxt and nxt in self._UNITS:
                return None  # 「パスワードは2025年から…」「8桁以上」
            if pin:
                return (STRONG, "credential.password.pin") if 4 <= len(value) <= 8 else None
            return (GOOD if len(value) >= 6 else WEAK + 0.1), "credential.password.digits"
        if pin and char_classes(value) < 3:
            return None  # after 暗証番号/PIN a word is no PIN; letters, digits and symbols are a passcode
        if not sep.strip(" \t") and not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
            return None  # 「パスコード 4829kyo」: after a space alone, only letters with digits are a value
        if (sep.strip(" \t「『\"'`(").endswith(("に", "として", "も"))
                and not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value))):
            return None  # 「パスワードにWindowsと同じ…」: too weak a separator for a plain word
        if (not quoted and "=" in sep and sep != sep.strip()
                and re.fullmatch(r"[a-z_][a-z0-9_]*|[a-z]+(?:[A-Z][a-z0-9]*)+", value)):
            return None  # `password = user_password` / `pw = newPass`: a variable in code
        if quoted or char_classes(value) >= 2:
            if len(value) >= 6 and char_classes(value) >= 2:
                return STRONG, "credential.password.after_word"
            return GOOD - 0.05, "credential.password.after_word"
        # a single-class word such as `hunter` / `maebashi`
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if self._ENV_LINE.match(line):
            return 0.80, "credential.password.env_line"
        if re.search(r"[a-z][A-Z]|_", value):
            return None  # userPassword, user_password: a variable name
        if any(w in sep for w in ("は", "が", "を")) or sep.strip() in (":", "："):
            return 0.80, "credential.password.after_word"
        if sep.strip() == "=" and sep == "=":
            return WEAK + 0.1, "credential.password.maybe"
        return None  # `password = something` in code: a variable


def text_line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


# ---------------------------------------------------------------------------
# Vendor API keys and tokens with a recognisable shape
# ---------------------------------------------------------------------------

# An account and its password given as a pair: 「ログインは admin / Hx4rTq9mWv2s」
# 「ID/パスは kanri01 / Ry6pXw2nLq8z」「login: staff01 / Pw8…」「our test account is admin@bot / Pa55…」. The second half must look like a
# password (letters and digits, 6 or more): 「ログインは ID / パスワード の順」 has no value.
_LOGIN_PAIR = compile_fast(
    r"(?:ログイン(?:情報|ID|名)?|(?<![A-Za-z])ID(?:[/・と](?:パス(?:ワード)?|PW|PASS))?|ユーザー?(?:名|ID)?|アカウント|認証情報|"
    r"(?<![A-Za-z])(?:[Ll]ogin|LOGIN|[Uu]ser(?:name)?|[Aa]ccount|ACCOUNT)(?![A-Za-z]))"
    r"(?:[ \t]*(?:は|が|:|=)|[ \t]+(?:is|was))?[ \t]*[「『\"']?(?P<u>[A-Za-z0-9._@-]{2,32})[ \t]*/[ \t]*"
    r"(?P<v>[!#$%&*+\-.0-9:=?@A-Z^_a-z~]{6,64})(?![!#$%&*+\-.0-9:=?@A-Z^_a-z~/])")


# … or with no login word, when the account is a device's or a system's administrator (VPN装置 172.20.4.1
# admin / kanri1234, root/Xy7…): such an account name before a slash is the pair's own mark
_ADMIN_PAIR = compile_fast(
    r"(?<![A-Za-z0-9._@-])(?:admin|administrator|root|manager|kanri|kanrisha|operator|sysadmin|superuser)"
    r"[ \t]*/[ \t]*(?P<v>[!#$%&*+\-.0-9:=?@A-Z^_a-z~]{6,64})(?![!#$%&*+\-.0-9:=?@A-Z^_a-z~/])")


# the same pair passed to a login call in code: smtp.login('kouhou@…', 'Xy7…'), auth=('user', 'pw')
_LOGIN_CALL = compile_fast(
    r"(?:\.login|(?<![A-Za-z_])auth|(?<![A-Za-z_])credentials)[ \t]*(?:\(|=[ \t]*\()[ \t]*(['\"])[^'\"\n]{1,80}\1[ \t]*,[ \t]*"
    r"(['\"])(?P<v>[^'\"\n]{4,64})\2")


@register
class LoginPairDetector(Detector):
    type = TYPE
    gate = r"ログイン|id|ユーザ|アカウント|認証情報|login|user|account|auth|credentials|admin|root|manager|kanri|operator"

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        text = doc.text
        for m in _LOGIN_CALL.finditer(text):
            value = m.group("v")
            if is_placeholder(value) or value.lower() in _FAMOUS_WEAK or _CODE_VALUE.match(value):
                continue
            out.append(Candidate(self.type, m.start("v"), m.end("v"), STRONG if char_classes(value) >= 2 else GOOD,
                                 REASONS["credential.login_call"]))
        for m in [*finditer_sparse(_LOGIN_PAIR, text), *finditer_sparse(_ADMIN_PAIR, text)]:
            value = m.group("v").rstrip(".,;:")
            if is_placeholder(value) or value.lower() in _FAMOUS_WEAK:
                continue
            if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
                continue  # 「admin / password」「user / guest」: words, not a secret
            start = m.start("v")
            out.append(Candidate(self.type, start, start + len(value), STRONG if len(value) >= 8 else GOOD,
                                 REASONS["credential.login_pair"]))
        return _dedupe(out)


class _CredentialRules(RuleDetector):
    type = TYPE
    rules_file = "credential"


@register
class ApiKeyDetector(_CredentialRules):
    rule_prefix = "credential.api_key."


@register
class JwtDetector(_CredentialRules):
    rule_prefix = "credential.jwt"
    dedupe = False


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
                if sum(c.isalnum() for c in text[m.end():ends[i][0]]) < 16:
                    continue  # the first and the last line shown, the body left out (head -1 key; tail -1 key): no key
                out.append(Candidate(self.type, m.start(), ends[i][1], STRONG, REASONS["credential.private_key.block"]))
            else:
                body = self._BODY.match(text, m.end())
                end = body.end() if body else m.end()
                while end > m.end() and text[end - 1] in " \t\r\n":
                    end -= 1
                if sum(c.isalnum() for c in text[m.end():min(end, m.end() + 64)]) < 16:
                    continue  # 「『-----BEGIN PRIVATE KEY-----』で始まるファイル」: the header named, no key after it
                out.append(Candidate(self.type, m.start(), end, STRONG, REASONS["credential.private_key.unterminated"]))
        for m in self._PUTTY.finditer(text):
            priv = self._PUTTY_PRIV.search(text, m.end(), m.end() + 10000)
            if priv:
                out.append(Candidate(self.type, priv.start(), priv.end(), STRONG, REASONS["credential.private_key.putty"]))
            else:
                out.append(Candidate(self.type, m.start(), m.end(), GOOD, REASONS["credential.private_key.putty_file"]))
        return _dedupe(out)


# ---------------------------------------------------------------------------
# Connection strings with credentials (scheme://user:password@host) and generic secrets after a
# key/secret/token word: service/rules/credential.toml
# ---------------------------------------------------------------------------

@register
class ConnectionStringDetector(_CredentialRules):
    rule_prefix = "credential.connection_string"
    dedupe = False


@register
class GenericSecretDetector(_CredentialRules):
    rule_prefix = "credential.generic."
    reads = (TYPE,)  # a value the specific credential detectors above already took is not reported again

    def analyze(self, doc: Document) -> list[Candidate]:
        earlier = doc.found(TYPE)
        # (… unless it holds the earlier value whole and more: a run of backup codes whose first one the password rule read)
        return [c for c in super().analyze(doc)
                if not any(c.overlaps(e) and not (c.start <= e.start and e.end <= c.end and c.end - c.start > e.end - e.start)
                           for e in earlier)]


__all__ = ["PasswordDetector", "LoginPairDetector", "ApiKeyDetector", "JwtDetector", "PrivateKeyDetector",
           "ConnectionStringDetector", "GenericSecretDetector", "is_placeholder", "BLOCK", "WARN"]
