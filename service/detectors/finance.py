"""Financial identifiers: クレジットカード番号 (Luhn + IIN) and 口座番号 (bank / ゆうちょ)."""
from __future__ import annotations

from .. import lexicon
from ..labels import REASONS
from . import register
from .base import Candidate, Detector, Document, Pattern, keep_non_overlapping, longest_first
from .fastre import compile_fast
from .evidence import INVALID_WITH_CONTEXT, VALID_NO_CONTEXT, VALID_WITH_CONTEXT, WARN
from .ids import SAMPLE_LABEL_AFTER, find_context_ci, held_by_someone, number_pieces, trivial_digits


def luhn_valid(d: str) -> bool:
    if not d.isdigit() or len(d) < 12:
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def iin_plausible(d: str) -> bool:
    """Issuer prefix and length of the major brands (Visa, Mastercard, JCB, Amex,
    Diners, Discover, UnionPay)."""
    n = len(d)
    p2, p4, p6 = int(d[:2]), int(d[:4]), int(d[:6])
    if d[0] == "4":
        return n in (13, 16, 19)  # Visa
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16  # Mastercard
    if p2 in (34, 37):
        return n == 15  # Amex
    if 3528 <= p4 <= 3589:
        return 16 <= n <= 19  # JCB
    if p2 in (36, 38, 39) or 300 <= int(d[:3]) <= 305:
        return 14 <= n <= 19  # Diners
    if p4 == 6011 or p2 == 65 or 644 <= int(d[:3]) <= 649 or 622126 <= p6 <= 622925:
        return 16 <= n <= 19  # Discover
    if p2 == 62 or p2 == 81:
        return 16 <= n <= 19  # UnionPay
    return False


_CARD_GROUPINGS = {(4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3), (4, 4, 4, 1), (4, 4, 4, 4, 1),
                   (4, 4, 4, 2), (4, 4, 4, 3)}
CARD_CONTEXT = lexicon.words("finance.card_context")
CARD_NEGATIVE = lexicon.words("finance.card_negative")


# (as a JSON key too: "cvv":"488")
_SECURITY_CODE = compile_fast(r"(?i:セキュリティー?コード|security[ ]code|cvc2?|cvv2?)[\"']?[ \t]*(?:[:：は=]|番号)?[ \t]*[\"']?(?P<v>[0-9]{3,4})(?![0-9])")


# an expiry month right after the number: exp 11/28, EXP: 03/2029, 有効期限 11/28
_EXPIRY_LABEL = r"(?i:exp(?:iry|ires|iration)?(?:[ ]date)?\.?|valid[ ]thru|有効期限|期限)"
_EXPIRY_AFTER = compile_fast(r"[ \t,、]{0,3}" + _EXPIRY_LABEL + r"[ \t]*[:：]?[ \t]*"
                             r"(?:0?[1-9]|1[0-2])[ ]?/[ ]?(?:[0-9]{2}|20[0-9]{2})(?![0-9])")


# the expiry month named anywhere in a text that gives a card number
_MADE_UP_BEFORE = compile_fast(r"存在しない|架空の|ダミーの|でたらめな|(?:例|テスト)(?:として|用の?)")
_EXPIRY_VALUE = compile_fast(_EXPIRY_LABEL + r"[ \t]*(?:[:：]|[はが](?:、)?)?[ \t]*"
                             r"(?P<v>(?:0?[1-9]|1[0-2])[ ]?/[ ]?(?:[0-9]{2}|20[0-9]{2}))(?![0-9])")


# a column heading of goods' codes (JAN, EAN, ISBN, 商品コード, バーコード): the codes under it are a product's
# a card's holder named beside its number (名義 YUKI SHIMIZU, cardholder: …), with no sample word near: a real card, however
# made-up its digits look (4980 1234 5678 9011 in a lost wallet's list)
_HOLDER_NEAR = compile_fast(r"(?i)名義|card ?holder|name on (?:the )?card")


_PRODUCT_HEADING = compile_fast(r"(?i)(?<![a-z])(?:jan|ean|isbn|gtin|upc)(?![a-z])|商品コード|バーコード|品番")


def _in_product_table(text: str, start: int) -> bool:
    """The number stands in a row (a tab, a comma or a bar on its line) of a table whose lines above it, up to a blank
    line, hold a goods' code heading (JAN⇥商品名⇥在庫 ⏎ 4573120480134⇥ポストカード5枚セット)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    line = text[ls:le if le != -1 else len(text)]
    if not any(d in line for d in ("\t", ",", "|")):
        return False
    block = text.rfind("\n\n", 0, ls)
    return _PRODUCT_HEADING.search(text, block + 1 if block != -1 else 0, ls) is not None


@register
class CreditCardDetector(Detector):
    """クレジットカード番号: 13–19 digits (contiguous or in the usual groupings),
    Luhn check and a plausible issuer prefix; card context makes it certain."""

    type = "CREDIT_CARD"
    context_words = CARD_CONTEXT

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        failing = 0  # card-shaped numbers that fail the Luhn check
        products = _PRODUCT_HEADING.search(doc.text) is not None
        # (number_pieces gives a card number grouped with dots too — 3550.9343.4495.8770, as some write it to
        # dodge auto-linking)
        for start, end, d, groups, sep in number_pieces(doc):
            n = len(d)
            if not 13 <= n <= 19:
                continue
            if len(groups) > 1 and groups not in _CARD_GROUPINGS:
                continue
            if (trivial_digits(d[1:-1]) or trivial_digits(d[4:-1])) and not held_by_someone(doc.text, start, end, _HOLDER_NEAR):
                continue
            if products and _in_product_table(doc.text, start):
                continue  # a row under a JAN / ISBN heading: the goods' barcode, which passes Luhn by design
            failing += luhn_valid(d) is False
            ctx = find_context_ci(doc, start, end, CARD_CONTEXT, 30, 20)
            if not ctx and _EXPIRY_AFTER.match(doc.text, end):
                ctx = "exp"  # 3500… exp 11/28: a number written down with its expiry month is a card
            neg = find_context_ci(doc, start, end, CARD_NEGATIVE, 20, 5)
            # a card word beside a number that passes Luhn makes it a card even when its issuer
            # prefix is not one we list (a smaller brand), as long as its first digit is an issuing
            # industry's (1-8: 0 and 9 are not card issuers'); alone, the prefix must be a known
            # issuer's as well
            valid = luhn_valid(d) and (iin_plausible(d) or bool(ctx and not neg and d[0] in "12345678"))
            if valid and ctx:
                score, why = VALID_WITH_CONTEXT, "finance.card.valid" if iin_plausible(d) else "finance.card.luhn_context"
            elif valid and not neg:
                # grouped like a card (4-4-4-4) is stronger evidence than a bare digit run
                score = 0.80 if len(groups) > 1 else VALID_NO_CONTEXT
                why = "finance.card.valid"
            elif (ctx and ctx != "luhn" and not neg and luhn_valid(d) is False and iin_plausible(d)
                  and not SAMPLE_LABEL_AFTER.match(doc.text, end)
                  and not _MADE_UP_BEFORE.search(doc.text, max(0, start - 16), start)):
                # (a number the text says fails the Luhn check is the example it discusses; one it calls made up —
                # 存在しない番号 4000-… — too)
                score, why = INVALID_WITH_CONTEXT, "finance.card.invalid"
            else:
                continue
            reason = REASONS[why].format(digits=n) + ("・" + REASONS["ids.context_word"].format(word=ctx) if ctx else "")
            out.append(Candidate(self.type, start, end, score, reason))
        if failing >= 2 and all(c.score == INVALID_WITH_CONTEXT for c in out):
            # several card-shaped numbers and none passes Luhn (gift cards' or members' serials): a numbering
            # of its own, not card numbers with a digit mistyped
            out = []
        if out:
            # the card's security code given with it (セキュリティコード 318, CVV: 4021): part of the card
            out += [Candidate(self.type, m.start("v"), m.end("v"), VALID_WITH_CONTEXT, REASONS["finance.card.security_code"])
                    for m in _SECURITY_CODE.finditer(doc.text)]
            # … and its expiry month (有効期限 08/27, exp 11/28): with the number, enough to use the card
            out += [Candidate(self.type, m.start("v"), m.end("v"), VALID_WITH_CONTEXT, REASONS["finance.card.expiry"])
                    for m in _EXPIRY_VALUE.finditer(doc.text)]
        return keep_non_overlapping(out, longest_first)  # longest first, no overlaps


BANK_CONTEXT = ("銀行", "支店", "普通", "当座", "預金", "口座", "信用金庫", "信金", "信用組合", "信組",
                # a transfer record in half-width kana, NFKC-widened: ｷﾞﾝｺｳ ｼﾃﾝ ﾌﾂｳ → ギンコウ シテン フツウ
                "ギンコウ", "シテン", "フツウ", "トウザ", "ヨキン",
                "農協", "ja ", "労働金庫", "ろうきん", "振込", "振替", "bank", "branch",
                "account", "savings", "口座番号")
_BANK_WORDS = compile_fast(
    r"銀行|支店|普通|当座|預金|口座|信用金庫|信金|信用組合|農協|労働金庫|ろうきん|振込先|振替先|"
    r"ギンコウ|シテン|フツウ|トウザ|ヨキン|"
    r"[Bb]ank|[Bb]ranch|[Aa]ccount|[Ss]avings|店番|店名|"
    # the account's label in the languages residents from abroad write (账号, 계좌번호, conta, số tài khoản)
    r"账号|帐号|账户|賬號|帳號|계좌|[Cc]onta|tài[ ]khoản|[Cc]uenta|[Bb]anco|A/[Cc]|[Kk]igo|[Bb]angko"
)

# the bank, the branch and the account type right before an account number (東和銀行 前橋駅前支店 普通 …),
# which name the account with it
_BANK_LEAD = compile_fast(
    r"(?:[^\s、。,:：「」()（）はがをのに]{1,16}(?:銀行|信用金庫|信金|信用組合|農協|労働金庫|ろうきん)|JA[^\s、。,:：]{0,10})"
    r"(?:[ 　]*[^\s、。,:：]{1,12}(?:支店|本店|本所|出張所|営業部))?(?:[ 　]*(?:普通|当座|貯蓄)(?:預金)?)?"
    r"(?:[ 　]*口座(?:番号)?)?[ 　:：]*\Z")
# a counter after the number makes it an amount; 名 as in 名義 (the holder) does not
# (on the same line: 「普通 0718254⏎個人番号：…」 — the next line's 個 is no counter)
_AMOUNT_AFTER = compile_fast(r"[ \t　]*(?:円|万|千|億|件|人|名(?!義|前|簿)|個(?!人)|枚|本|回|年|歳|%|ドル|yen|JPY|kg|km|m\b)")


@register
class BankAccountDetector(Detector):
    """口座番号: a 7-digit account number next to bank words (銀行・支店・普通・口座 …),
    and ゆうちょ 記号 (5 digits) + 番号 (8 digits), Japanese or English."""

    type = "JP_BANK_ACCOUNT"
    patterns = (
        # ゆうちょ: 記号 11710 番号 95138071 / 11710-95138071 / symbol 11710, number 95138071
        Pattern("ゆうちょ記号・番号",
                # (and their romaji, as a resident writes them in a letter: Kigo: 10180 / Bango: 48213571)
                r"(?:記号|[Ss]ymbol|[Cc]ode|[Kk]igo)[\s:：は、,「]*(?P<sym>\d{5})(?:[- ]?\d)?[\s、,，」)）]*"
                r"(?:番号|[Nn]umber|[Nn]o\.?|[Bb]ango)[\s:：は、,「]*(?P<num>\d{7,8})(?![0-9])", 0.90, id="yucho"),
        Pattern("ゆうちょ記号番号（連記）",
                r"(?<![0-9A-Za-z\-])(?P<sym>1\d{3}0)[- ](?P<num>\d{7}1)(?![0-9A-Za-z])", 0.60, id="yucho"),
        # 7-digit account number (6-8 tolerated when written right after 口座番号)
        # (also after a colon that ends a label in Japanese or Chinese — 账号:0618427 once normalised — not a time's 12:34)
        Pattern("口座番号7桁", r"(?:(?<![0-9A-Za-z\-.,/:+])|(?<=[^\x00-\x7F]:))(?P<num>\d{7})(?![0-9A-Za-z])(?![.,/:\-]\d)", 0.0),
        Pattern("口座番号",
                # (and the label in residents' own languages: खाता नम्बर, Số tài khoản, Número da conta, Nomor rekening, Número de cuenta)
                r"(?:口座番号|[Aa]ccount (?:[Nn]umber|[Nn]o\.?)|खाता नम्बर|[Ss]ố tài khoản|N[úu]mero da conta|[Nn]omor rekening|"
                r"N[úu]mero de cuenta|"
                # (a Spanish or Portuguese account with its kind and number sign: cuenta ordinaria N.º 5082316 — NFKC
                # writes º as o)
                r"(?:[Cc]uenta|[Cc]onta)(?:[ ](?:ordinaria|corriente|de[ ]ahorros?|bancaria|poupan[çc]a))?[ ]?(?:N\.?[°o]\.?|No\.?|n[úu]m(?:ero)?\.?))"
                r"[\s:：は、,「（(]*(?P<num>\d{6,8})(?![0-9])",
                0.90, id="after_account_word"),
        # an account abroad after its label (A/C 0512017503429, 계좌번호 110-… written as digits, Account No. 00123456789):
        # banks elsewhere number accounts with nine to eighteen digits
        Pattern("外国の口座番号",
                r"(?:(?<![A-Za-z])A/[Cc]|[Aa]ccount (?:[Nn]umber|[Nn]o\.?)|계좌번호|账号|帳號|[Ss]ố tài khoản|N[úu]mero de cuenta|"
                r"N[úu]mero da conta|खाता नम्बर)[\s:：#.]*(?P<num>\d{9,18})(?![0-9])",
                0.90, id="after_account_word"),
        # a 6- or 8-digit account right after its deposit type, with its bank written before it (群馬銀行 前橋南支店
        # 普通 381206; _BANK_LEAD, checked in analyze): a shorter or longer number than 7 is still the account there
        Pattern("預金種目の後の口座番号", r"(?:普通|当座|貯蓄)(?:預金)?[ 　:：]*(?P<num>\d{6}|\d{8})(?![0-9])",
                0.90, id="after_deposit_type"),
        # a 全銀 (Zengin) transfer record in CSV or tab form: bank code, bank name in kana, branch code,
    # branch name in kana, [clearing-house no.,] account type, 7-digit account, holder in kana
    # (half-width kana are full-width once normalised)
        Pattern("全銀形式の振込データ",
                r"(?<![0-9])\d{4}[,\t][ァ-ヶー ()().・\-]{1,30}[,\t]\d{3}[,\t][ァ-ヶー ()().・\-]{1,30}[,\t]"
                r"(?:\d{0,4}[,\t])?[1-9][,\t](?P<num>\d{7})[,\t](?=[ァ-ヶー A-Z()().・\-]{2,40}(?:[,\t\n]|$))",
                0.95, id="zengin"),
    )
    _YUCHO = lexicon.words("finance.bankaccount.yucho")

    def analyze(self, doc: Document) -> list[Candidate]:
        out: list[Candidate] = []
        for pattern, rx in self.compiled_for(doc):
            for m in rx.finditer(doc.text):
                if trivial_digits(m.group("num")):
                    continue
                if pattern.id == "yucho":
                    ctx = find_context_ci(doc, m.start(), m.end(), self._YUCHO + ("口座", "bank", "account"), 40, 20)
                    if not ctx:
                        if pattern.score < 0.75:
                            continue
                        # 記号+番号 without any bank word: could be insurance; leave it
                        continue
                    s, e = m.start("sym"), m.end("num")
                    out.append(Candidate(self.type, s, e, VALID_WITH_CONTEXT,
                                         REASONS["finance.account.yucho"] + "・" + REASONS["ids.context_word"].format(word=ctx)))
                elif pattern.id == "zengin":
                    s, e = m.span("num")
                    out.append(Candidate(self.type, s, e, VALID_WITH_CONTEXT, REASONS["finance.account.zengin"]))
                elif pattern.id == "after_account_word":
                    s, e = m.span("num")
                    out.append(Candidate(self.type, s, e, VALID_WITH_CONTEXT, REASONS["finance.account.after_word"]))
                elif pattern.id == "after_deposit_type":
                    s, e = m.span("num")
                    lead = _BANK_LEAD.search(doc.text, max(0, s - 60), s)
                    if lead and "\n" not in lead.group() and not _AMOUNT_AFTER.match(doc.text, e):
                        out.append(Candidate(self.type, s, e, VALID_WITH_CONTEXT, REASONS["finance.account.after_type"]))
                else:
                    s, e = m.span("num")
                    left = doc.text[max(0, s - 30):s]
                    right = doc.text[e:e + 12]
                    # bank words on the same line, before the number (or just after)
                    left_line = left[left.rfind("\n") + 1:]
                    right_line = right.split("\n", 1)[0]
                    w = _BANK_WORDS.search(left_line) or _BANK_WORDS.search(right_line)
                    if not w or _AMOUNT_AFTER.match(right) or left.endswith(("¥", "$", "\\")):
                        continue
                    lead = _BANK_LEAD.search(doc.text, max(0, s - 60), s)
                    if lead and "\n" not in lead.group():
                        s = lead.start()  # the bank and branch written with it are masked with the number
                    out.append(Candidate(self.type, s, e, 0.90,
                                         f"7桁の番号・文脈語「{w.group()}」"))
        return [_public_body_account(doc.text, c) for c in keep_non_overlapping(out, longest_first)]


# The account's holder on the same line or the next is a public body's treasurer (前橋市会計管理者, 県出納長, 村収入役): the city's own
# account printed on every payment slip, nobody's personal data — a warning at most
# (or the holder named after the label is a city's or a prefecture's fund: 口座名義：前橋市災害義援金)
# (… also in bank kana: 口座名義 マエバシシ サイガイギエンキン, ﾏｴﾊﾞｼｼｶｲｹｲｶﾝﾘｼﾔ)
_PUBLIC_BODY_HOLDER = compile_fast(r"会計管理者|出納室|出納長|収入役|歳入歳出外現金|名義[ 　]*[:：]?[ 　]*[一-龥]{1,4}[市県](?=[一-龥]{2,})|"
                                   r"名義[ 　]*[:：]?[ 　]*[ァ-ヺー 　]{0,16}(?:ギエンキン|キフキン|ボキン|カイケイカンリシ[ヤャ])")
_PUBLIC_BODY_REACH = 40


def _public_body_account(text: str, c: Candidate) -> Candidate:
    ls = max(text.rfind("\n", 0, c.start) + 1, c.start - _PUBLIC_BODY_REACH)
    le = text.find("\n", c.end)
    if le != -1:
        nxt = text.find("\n", le + 1)  # (or on the next line: 口座：…⏎口座名義：前橋市災害義援金)
        le = nxt if nxt != -1 else len(text)
    le = min(le if le != -1 else len(text), c.end + _PUBLIC_BODY_REACH)
    if c.score >= WARN and _PUBLIC_BODY_HOLDER.search(text, ls, le):
        return Candidate(c.type, c.start, c.end, WARN, c.reason + "・" + REASONS["finance.account.public_body"])
    # (the holder's mark cannot cross a line: the pattern holds no line break)
    if c.score >= WARN and _CORPORATE_HOLDER.match(text, c.end, c.end + _PUBLIC_BODY_REACH):
        # (普通 3366120 カ)グンマオーエー: a company's account after the number, as a transfer form gives its holder — a business's,
        # not a person's; a warning, the user confirms)
        return Candidate(c.type, c.start, c.end, WARN, c.reason + "・" + REASONS["finance.account.corporate"])
    return c


# a company's holder name in bank kana or in full after the account number (カ)グンマオーエー, ユ)…, 株式会社…)
_CORPORATE_HOLDER = compile_fast(r"[ 　]*(?:名義[ 　]*[:：]?[ 　]*)?(?:[カユドシ]\)|\([カユドシ]\)|シャ\)|株式会社|有限会社|合同会社|\(株\)|\(有\))")
