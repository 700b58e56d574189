"""PERSON: individuals' names in kanji, kana and romaji.

Evidence, from weak to strong (scores in `evidence.py`, section "PERSON"):
- Sudachi's part of speech: 人名/姓 followed by 人名/名 (a full name) is good evidence;
  a surname alone is weak (中村 in 中村橋 is not even a 姓 token; 森 in 森林 neither).
- An honorific right after (様・さん・氏・君・くん・ちゃん・殿・先生), a name slot right
  before (氏名：, 相談者, 保護者, 長男, 口座名義 …), a table column headed 氏名, or an
  address / phone / e-mail found near the name makes it strong.
- Famous and historical people (a maintained list in `service/data/public_figures.txt`,
  Sudachi's single-token dictionary names such as 徳川家康, or public context words such as
  詩・小説・歴史・時代 in the sentence) are not reported unless a private-person signal is present.
- Romaji names only with context: Mr./Ms./Dear/From:/account holder, an honorific (氏・さん),
  a following <e-mail>, or the SURNAME Given convention with Hepburn-shaped words.
Every later occurrence of a reported name's surname or given name is reported too.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path

from . import register
from .base import Candidate, Detector, Document
from . import evidence as ev

_DATA = Path(__file__).resolve().parent.parent / "data"


def _load_list(name: str) -> frozenset:
    try:
        lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return frozenset()
    return frozenset(l.strip().replace(" ", "") for l in lines
                     if l.strip() and not l.lstrip().startswith("#"))


PUBLIC_FIGURES = _load_list("public_figures.txt")

HONORIFICS = {"様": "様", "さま": "様", "さん": "さん", "氏": "氏", "君": "君", "くん": "くん",
              "ちゃん": "ちゃん", "殿": "殿", "先生": "先生", "宛": "宛", "宛て": "宛"}
CHILD_HONORIFICS = {"君", "くん", "ちゃん"}
# Job titles after a surname (山田課長): a staff member named by surname.
TITLES = frozenset("""市長 副市長 部長 次長 課長 課長補佐 補佐 係長 主任 主査 主事 技師 参事 室長 所長 館長
園長 校長 教頭 教諭 議員 議長 委員 委員長 会長 副会長 理事 理事長 社長 専務 常務 院長 医師 看護師
保健師 局長 署長 支店長 店長 代表 監督 コーチ""".split())
# Words that end a would-be name: organisations, places, families (鈴木建設, 佐藤家, 田中商店).
ORG_SUFFIX = frozenset("""家 商店 建設 工務店 工業 産業 商事 物産 興業 医院 病院 クリニック 歯科 薬局 事務所
記念 記念館 賞 橋 町 通り 駅 公園 小学校 中学校 学校 幼稚園 保育園 神社 寺 川 山 文庫 財団 塾 屋 組 会
流 派 邸 線 丁目 地区 団地""".split())
# Given-name-shaped tokens that are in fact common nouns after a surname.
NOT_GIVEN = TITLES | ORG_SUFFIX | frozenset("様 さん 氏 君 くん ちゃん 殿 先生 宛 御中 各位 方 ら 達 等 さま".split())

# Name slots: labels and relations right before a name.
_SLOT_WORDS = sorted("""氏名 名前 お名前 フリガナ ふりがな 相談者 申請者 申出者 申込者 届出人 届出者 請求者 対象者
対象児童 対象高齢者 対象生徒 被相談者 担当 担当者 担当職員 宛 宛先 宛名 保護者 児童 児童生徒 生徒 園児 利用者
通報者 被保険者 世帯主 本人 代理人 患者 受給者 契約者 口座名義 口座名義人 名義 名義人 受取人 連絡先 緊急連絡先
講師 母 父 夫 妻 長男 長女 次男 次女 三男 三女 祖母 祖父 息子 娘 兄 弟 姉 妹 孫 同居家族 世話人代表 代表者
同僚 部下 上司 入居者 被害者 加害者 当事者 相手方 差出人 送付先 記入者 回答者 参加者 受講者 職員""".split(), key=len, reverse=True)
_SLOT_RX = re.compile(r"(?:" + "|".join(map(re.escape, _SLOT_WORDS)) + r")"
                      r"(?:名)?\s*(?:[:：|｜=＝]\s*|の\s*|は\s*)?"
                      r"(?:(?:母|父|夫|妻|長男|長女|次男|次女|祖母|祖父|息子|娘)\s*[:：]?\s*)?$")
_SLOT_SET = frozenset(_SLOT_WORDS)
_PLACEHOLDER = re.compile(r"[〇○●◯×＊*□■△▲?？_＿]|^\[.*\]$|^［.*］$|^(?:氏名|名前|なまえ|姓名|姓|名)$")
_SAMPLE_NAMES = frozenset("山田太郎 山田花子 鈴木一郎 佐藤花子 前橋太郎 前橋花子 田中太郎 山田一郎".split())
_SAMPLE_CONTEXT = re.compile(r"例|見本|サンプル|記入|架空|ダミー|テスト|ひな形|雛形|仮名")
_FICTIONAL_CONTEXT = re.compile(r"仮名|架空|ダミー|例文|記入例|サンプル|見本|ひな形|雛形|テンプレート|のような名前|などの名前")
PUBLIC_CONTEXT = re.compile(
    r"小説|作品|詩集|詩人|の詩|歌集|歌人|俳人|俳句|短歌|名言|言葉|格言|歴史|時代|戦国|幕末|明治|大正|藩主|"
    r"城主|将軍|武将|天皇|首相|総理|偉人|伝記|生涯|生誕|没後|記念館|文学|作家|文豪|画家|作曲|著書|著作|"
    r"『|銅像|史跡|ゆかり|大河|自伝|思想|功績|句碑|歌碑|詩碑|逸話|肖像|紙幣|教科書|あらすじ|読書")
_SENT_BOUNDARY = re.compile(r"[。\n！？!?]")
_KATAKANA = re.compile(r"^[ァ-ヶー・]+$")
_KANJI = re.compile(r"^[一-龥々〆ヶ]+$")
_KANA_KANJI = re.compile(r"^[一-龥々〆ヶぁ-んァ-ヶー]+$")
_PII_TYPES = ("JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "JP_MY_NUMBER",
              "JP_RESIDENT_CODE", "JP_DRIVER_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD",
              "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT")
_BANK_CONTEXT = re.compile(r"口座|預金|普通|当座|名義|振込|振替|支店|銀行|信用金庫|信金|農協|ゆうちょ")

# -- tables: a column headed 氏名 -------------------------------------------------------
_NAME_HEADERS = frozenset("""氏名 名前 お名前 氏名(カナ) 氏名(漢字) フリガナ ふりがな カナ氏名 児童名 生徒名 園児名
保護者名 患者名 利用者名 申請者名 相談者名 世帯主名 契約者名 受講者名 参加者名 職員名 担当者名 対象者名 口座名義
名義 名義人 受取人 name fullname full_name 氏名漢字 氏名カナ""".split())

# -- romaji ---------------------------------------------------------------------------
_W = r"[A-Z][a-zA-Z'\-]+"
_PARTICLE = r"(?:de|da|del|dela|della|van|von|der|bin|binti|dos|das|le|la|al)"
_NAME_EN = rf"{_W}(?:[ ]+(?:{_W}|{_PARTICLE}(?=[ ]+[A-Z]))){{0,3}}"
_EN_STOP = frozenset("""City Office Hall Department Section Division Team Staff Sir Madam Madame Customer Customers
Resident Residents Member Members All Colleague Colleagues Friend Friends International The Japan Post
Bank Maebashi Gunma Prefecture Prefectural Library Center Centre Committee Board Mayor Manager Director
Coordinator Officer Thank Thanks Please Hello Hi We You Your Our My This That Best Regards Sincerely Yours
Kind Warm Dear Mr Mrs Ms Miss Dr Prof Welfare Division Tax Health Insurance Pension Ward Town Village
Government Ministry Embassy Consulate University School Hospital Clinic Company Corporation Inc Ltd Co
Support Desk Service Services Information Children Parents Everyone Guest Guests Valued Applicant Applicants
Account Holder Number Symbol Branch Subject Re Fwd From To Cc Name Phone Email Mail Address Date Tel Fax
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Excel Word Python Java Windows Microsoft Google Amazon Apple
OpenAI ChatGPT Edge Chrome Teams Outlook Zoom""".split())
_ROMAJI_CONTEXT = [
    (re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ ]+(?P<n>{_NAME_EN})"), "英文の敬称（Mr./Ms.等）"),
    (re.compile(rf"\bDear[ ]+(?P<n>{_W}(?:[ ]+{_W}){{1,3}})"), "英文の呼びかけ「Dear」"),
    (re.compile(rf"(?im)^[ \t>]*(?:from|to|cc|name|sender|attn|contact|applicant|payee)[ \t]*[:：][ \t]*(?P<n>{_NAME_EN})"),
     "英文メールの差出人・宛先欄"),
    (re.compile(rf"(?i:account[ ]holder|holder(?:'s)?[ ]name|account[ ]name|name[ ]of[ ](?:the[ ])?account"
                rf"|beneficiary|payee|applicant)[ ]*[:：,]?[ ]*(?P<n>{_NAME_EN})"), "口座名義・申請者の欄"),
    (re.compile(rf"(?P<n>{_NAME_EN})[ ]*(?:氏|さん|様|さま|殿|くん|ちゃん)"), "ローマ字の氏名＋敬称"),
    (re.compile(rf"(?i:my[ ]name[ ]is|contact[ ]person|person[ ]in[ ]charge|name[ ]of[ ]applicant)[ ]*[:：]?[ ]*(?P<n>{_NAME_EN})"),
     "英文の名乗り・担当者欄"),
    (re.compile(rf"(?i:regards|sincerely|best|thanks|thank[ ]you|yours)[ ]*,?[ ]*\n[ ]*(?P<n>{_W}(?:[ ]+{_W}){{1,3}})[ ]*$", re.M),
     "英文メールの署名"),
    (re.compile(rf"(?P<n>{_NAME_EN})[ ]*<[^<>@\s]+@"), "メールアドレスの表示名"),
    (re.compile(rf"(?:氏名|名前|名義|相談者|申請者|対象者|保護者)[ ]*[:：]?[ ]*(?P<n>{_NAME_EN})"), "氏名欄のローマ字"),
]
# cheap checks that say whether each context pattern can match at all
_ROMAJI_PREFILTER = [  # substrings of the lower-cased text, or a regex on the text
    ("mr", "ms", "miss", "dr", "prof", "mx"),
    ("dear",),
    re.compile(r"(?im)^[ \t>]*(?:from|to|cc|name|sender|attn|contact|applicant|payee)[ \t]*[:：]"),
    ("holder", "account name", "name of", "beneficiary", "payee", "applicant"),
    re.compile(r"[a-zA-Z][ ]*(?:氏|さん|様|さま|殿|くん|ちゃん)"),
    ("my name is", "contact person", "person in charge", "name of applicant"),
    ("regards", "sincerely", "best", "thanks", "thank you", "yours"),
    re.compile(r"[a-zA-Z][ ]*<[^<>@\s]+@"),
    re.compile(r"(?:氏名|名前|名義|相談者|申請者|対象者|保護者)[ ]*[:：]?[ ]*[A-Z]"),
]
_KATA_PAIR = re.compile(r"(?<![ァ-ヶー])[ァ-ヶー]{2,} [ァ-ヶー]{2,}")
_KATA_DOTTED = re.compile(r"(?<![ァ-ヶー・=])[ァ-ヶー]{2,}(?:[・=][ァ-ヶー]{1,}){1,3}(?![ァ-ヶー・=])")
_KATA_HONOR = re.compile(r"[ ]?(?:さん|様|さま|氏|くん|ちゃん|殿|先生)")
_HEPBURN = re.compile(r"^(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|j|f|[kgsztdnhbpmrwy])?[aiueo]|n|(?<=o)h(?![aiueoy])"
                      r"|[kstpgdbc](?=[kstpgdbc]))+$")
_CAPS_PAIR = re.compile(r"\b(?P<a>[A-Z]{2,})[ ]+(?P<b>[A-Z][a-z]+)\b|\b(?P<c>[A-Z][a-z]+)[ ]+(?P<d>[A-Z]{2,})\b")


def _hepburn(word: str) -> bool:
    return len(word) >= 2 and bool(_HEPBURN.match(word.lower()))


def _is_space(t) -> bool:
    return not t.surface.strip()


def _is_sei(t) -> bool:
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名" and t.pos[3] == "姓"


def _is_mei(t) -> bool:
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名" and t.pos[3] == "名"


def _is_whole_name(t) -> bool:  # 人名/一般: dictionary full names (徳川家康) and foreign names
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名" and t.pos[3] == "一般"


_GIVEN_POS = frozenset(("名詞", "形容詞", "形状詞", "接頭辞"))
_TERMINATORS = frozenset("（ ( 、 。 , ， \n | ） ) 」 』 ・ ： :".split()) | {" ", "\n", "\t"}
_PARTICLES = frozenset("が は の に を と へ も や".split())


def _terminates(toks, k: int, spaced: bool) -> bool:
    """Does a name plausibly end before token k?"""
    if k >= len(toks):
        return True
    f = toks[k].surface
    if f in HONORIFICS or f in TITLES or f[:1] in _TERMINATORS or f.startswith(("さま", "ちゃ")):
        return True
    return spaced and f in _PARTICLES


class _Name:
    __slots__ = ("start", "end", "sei", "mei", "kind", "score", "why", "_next")

    def __init__(self, start, end, sei, mei, kind):
        self.start, self.end, self.sei, self.mei, self.kind = start, end, sei, mei, kind
        self.score, self.why = 0.0, []


@register
class PersonDetector(Detector):
    type = "PERSON"

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        toks = doc.tokens
        names = self._kanji_kana_names(doc, toks)
        names += self._foreign_katakana(text)
        names += self._table_names(text)
        names += self._romaji_names(text)
        names = _dedupe(names)
        out = [Candidate(self.type, n.start, n.end, min(n.score, 1.0), "・".join(n.why))
               for n in names if n.score >= ev.WARN]
        out += self._repeats(doc, toks, [n for n in names if n.score >= ev.WARN], out)
        return out

    # -- kanji / kana names from Sudachi tokens ----------------------------------------
    def _kanji_kana_names(self, doc: Document, toks: list) -> list[_Name]:
        text = doc.text
        found: list[_Name] = []
        n = len(toks)
        hits = [k for k, t in enumerate(toks) if t.pos[2] == "人名"]
        if _KATA_PAIR.search(text):  # katakana pairs Sudachi did not tag (ケンモチ ミノル)
            starts = [t.start for t in toks]
            for m in _KATA_PAIR.finditer(text):
                k = bisect_left(starts, m.start())
                if k < n and starts[k] == m.start():
                    hits.append(k)
            hits.sort()
        i = 0
        for i0 in hits:
            if i0 < i:
                continue
            i = i0
            t = toks[i]
            name = None
            if _is_sei(t) or (_KATAKANA.match(t.surface) and i + 2 < n and _is_space(toks[i + 1])
                              and _KATAKANA.match(toks[i + 2].surface)):
                name = self._from_surname(toks, i)
            elif _is_mei(t):
                name = self._from_given(toks, i)
            elif _is_whole_name(t):
                name = _Name(t.start, t.end, t.surface, "", "whole")
                name_end = i + 1
                name.end = t.end
                name._next = name_end  # type: ignore[attr-defined]
            if name is None or not _KANA_KANJI.match(text[name.start:name.end].replace(" ", "")):
                i += 1
                continue
            nxt = getattr(name, "_next", i + 1)
            self._score(doc, toks, nxt, name)
            if name.score > 0:
                found.append(name)
            i = max(nxt, i + 1)
        return found

    def _from_surname(self, toks, i):
        t = toks[i]
        n = len(toks)
        j = i + 1
        spaced = False
        if j < n and _is_space(toks[j]) and len(toks[j].surface) <= 2 and "\n" not in toks[j].surface:
            spaced = True
            j += 1
        given = []
        tentative = False
        katakana = bool(_KATAKANA.match(t.surface))
        while j < n and len(given) < 3:
            g = toks[j]
            if g.surface in NOT_GIVEN:
                break
            if _is_mei(g) and (not katakana or _KATAKANA.match(g.surface)):
                given.append(g)
                j += 1
                continue
            if katakana and spaced and not given and _KATAKANA.match(g.surface) and 2 <= len(g.surface) <= 6:
                given.append(g)
                tentative = True
                j += 1
                break
            break
        # untagged pieces after a spaced surname or a partial given name: 野口 心+春ちゃん, 須藤 ゆかり
        if (spaced or given) and not katakana:
            k, pieces, length = j, [], sum(len(x.surface) for x in given)
            while k < n:
                g = toks[k]
                if (g.surface in NOT_GIVEN or g.surface in _SLOT_SET or not _KANA_KANJI.match(g.surface)
                        or g.pos[0] not in _GIVEN_POS or g.is_place_name or length + len(g.surface) > 4):
                    break
                pieces.append(g)
                length += len(g.surface)
                k += 1
                if _terminates(toks, k, spaced):
                    given += pieces
                    tentative = True
                    j = k
                    break
        if katakana and not given:
            return None
        if katakana and not (_is_sei(t) or any(_is_mei(g) for g in given)):
            tentative = True
        end = given[-1].end if given else t.end
        name = _Name(t.start, end, t.surface, "".join(g.surface for g in given),
                     ("full" if not tentative else "tentative") if given else "surname")
        name._next = j if given else i + 1  # type: ignore[attr-defined]
        if katakana:
            name.kind = "katakana" if tentative else "full"
        return name

    def _from_given(self, toks, i):
        """A given name whose surname Sudachi did not tag (楫取 素彦, 前橋 太郎) or that stands alone."""
        t = toks[i]
        start = t.start
        sei = ""
        k = i - 1
        if k >= 0 and _is_space(toks[k]) and len(toks[k].surface) <= 2 and "\n" not in toks[k].surface:
            k -= 1
        if k >= 0 and toks[k].pos[0] == "名詞" and _KANA_KANJI.match(toks[k].surface) \
                and 1 <= len(toks[k].surface) <= 3 and toks[k].surface not in NOT_GIVEN \
                and toks[k].surface not in _SLOT_SET and toks[k].pos[1] != "数詞":
            prev = toks[k - 1].surface if k >= 1 else ""
            if not prev or prev[-1:] in " \n：:、。（(「|は がをにのと" or _SLOT_RX.search(prev[-6:] + ""):
                sei = toks[k].surface
                start = toks[k].start
        end = t.end
        j = i + 1
        name = _Name(start, end, sei, t.surface, "given_sei" if sei else "given")
        name._next = j  # type: ignore[attr-defined]
        return name

    def _score(self, doc: Document, toks: list, j: int, name: _Name) -> None:
        text = doc.text
        n = len(toks)
        # honorific or title right after (one space allowed)
        k = j
        if k < n and _is_space(toks[k]) and len(toks[k].surface) <= 2:
            k += 1
        follow = toks[k].surface if k < n else ""
        honor = HONORIFICS.get(follow)
        if follow and not honor and follow in ("さ", "ちゃ") and k + 1 < n:
            honor = HONORIFICS.get(follow + toks[k + 1].surface)
        title = follow in TITLES
        org = follow in ORG_SUFFIX or (follow and k < n and toks[k].is_place_name is False
                                       and toks[k].pos[1] == "普通名詞" and follow in ORG_SUFFIX)
        if k < n and not honor and not title and j == k and toks[k].pos[0] == "接尾辞" and follow not in HONORIFICS:
            org = True
        left = text[max(0, name.start - 14):name.start]
        slot_m = _SLOT_RX.search(left)
        slot = slot_m is not None
        flat = (name.sei + name.mei)
        # placeholders and sample names
        if _PLACEHOLDER.search(text[name.start:name.end]):
            return
        sentence = _sentence(text, name.start, name.end)
        if flat in _SAMPLE_NAMES and _SAMPLE_CONTEXT.search(sentence):
            return
        pii = _near_pii(doc, name.start, name.end)
        bank = name.kind in ("katakana", "tentative", "full") and _BANK_CONTEXT.search(
            text[max(0, name.start - 40):name.start])
        kind = name.kind
        s, why = 0.0, []
        if org and not honor:
            return
        if kind == "full":
            s, why = ev.PERSON_FULL_NAME, ["姓と名の形（形態素解析）"]
        elif kind == "katakana":
            s, why = ev.PERSON_KATAKANA_PAIR, ["カタカナ氏名らしい形"]
        elif kind in ("tentative", "given_sei"):
            s, why = ev.PERSON_NAME_SHAPE, ["氏名らしい形"]
        elif kind == "surname":
            s, why = ev.PERSON_SURNAME_ALONE, ["姓のみ"]
        elif kind == "given":
            s, why = ev.PERSON_GIVEN_ALONE, ["名のみ"]
        elif kind == "whole":
            s, why = ev.PERSON_SURNAME_ALONE, ["辞書の人名"]
        if honor:
            if kind == "given":
                s = ev.PERSON_GIVEN_CHILD_HONORIFIC if honor in CHILD_HONORIFICS else ev.PERSON_GIVEN_HONORIFIC
            elif kind == "surname" or kind == "whole":
                s = max(s, ev.PERSON_SURNAME_HONORIFIC)
            else:
                s = max(s, ev.PERSON_FULL_HONORIFIC)
            why.append(f"敬称「{honor}」")
        elif title:
            if kind in ("surname", "whole", "given"):
                s = max(s, ev.PERSON_SURNAME_TITLE) if kind != "given" else s
            else:
                s = max(s, ev.PERSON_FULL_NAME)
            why.append("役職名が続く")
        if slot:
            word = slot_m.group(0).strip(" :：|｜=＝のは")
            if kind in ("surname", "given", "whole"):
                s = max(s, ev.PERSON_SURNAME_SLOT)
            else:
                s = max(s, ev.PERSON_FULL_SLOT)
            why.append(f"氏名の欄・続柄「{word[:8]}」")
        if bank:
            s = max(s, ev.PERSON_BANK_HOLDER if kind != "surname" else s)
            why.append("口座・振込の文脈")
        if pii and kind not in ("surname", "given", "whole"):
            s = min(max(s + ev.PERSON_PII_BOOST, s), ev.PERSON_MAX)
            why.append(f"近くに{pii}")
        elif pii and (honor or slot):
            s = min(s + ev.PERSON_PII_BOOST, ev.PERSON_MAX)
            why.append(f"近くに{pii}")
        # famous / historical people in a public context
        private_signal = bool(slot or pii or (honor and honor not in ("先生", "氏")))
        if not private_signal:
            if kind == "whole" or flat in PUBLIC_FIGURES:
                return
            if PUBLIC_CONTEXT.search(sentence) and kind in ("full", "given_sei", "tentative", "surname"):
                return
        if flat in PUBLIC_FIGURES and not (slot or pii):
            return
        if not (slot or pii) and _FICTIONAL_CONTEXT.search(sentence):
            return  # 「田中さん、佐藤さんのような仮名で例文を」
        name.score = min(s, ev.PERSON_MAX)
        name.why = why

    def _foreign_katakana(self, text: str) -> list[_Name]:
        out: list[_Name] = []
        if "・" not in text and "=" not in text:
            return out
        for m in _KATA_DOTTED.finditer(text):
            honor = _KATA_HONOR.match(text, m.end())
            slot = _SLOT_RX.search(text[max(0, m.start() - 14):m.start()])
            if not (honor or slot):
                continue
            nm = _Name(m.start(), m.end(), m.group(0), "", "foreign")
            nm.score = ev.PERSON_FULL_HONORIFIC if honor else ev.PERSON_FULL_SLOT
            nm.why = ["中黒で区切ったカタカナ氏名" + ("・敬称" if honor else "・氏名の欄")]
            out.append(nm)
        return out

    # -- tables / CSV with a column headed 氏名 -------------------------------------------
    def _table_names(self, text: str) -> list[_Name]:
        out: list[_Name] = []
        if not any(h in text for h in ("氏名", "名前", "名義", "Name", "name", "フリガナ", "ふりがな", "児童名", "者名")):
            return out
        lines = text.split("\n")
        pos = 0
        offsets = []
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        i = 0
        while i < len(lines):
            line = lines[i]
            delim = next((d for d in ("\t", "|", ",") if line.count(d) >= 1), None)
            if delim is None:
                i += 1
                continue
            cells = [c.strip().replace(" ", "") for c in line.split(delim)]
            cols = [ci for ci, c in enumerate(cells) if c in _NAME_HEADERS or c.lower() in _NAME_HEADERS]
            if not cols or len([c for c in cells if c]) < 2:
                i += 1
                continue
            k = i + 1
            while k < len(lines) and delim in lines[k]:
                row = lines[k]
                if re.fullmatch(r"[\s|:\-]+", row):
                    k += 1
                    continue
                parts = row.split(delim)
                cstart = offsets[k]
                starts = []
                p = 0
                for part in parts:
                    starts.append(p)
                    p += len(part) + 1
                for ci in cols:
                    if ci >= len(parts):
                        continue
                    raw = parts[ci]
                    val = raw.strip().strip('"')
                    if not val or len(val) > 25 or _PLACEHOLDER.search(val) or not re.search(r"[一-龥ぁ-んァ-ヶA-Za-z]", val):
                        continue
                    if re.search(r"[\d（）()［］\[\]【】・]", val) or re.search(r"(?:課|係|部|室|局|株式会社|市|町|村)$", val):
                        continue
                    lead = len(raw) - len(raw.lstrip()) + (1 if raw.strip().startswith('"') else 0)
                    s = cstart + starts[ci] + lead
                    nm = _Name(s, s + len(val), val, "", "table")
                    nm.score = ev.PERSON_TABLE_COLUMN
                    nm.why = ["表・CSVの氏名の列"]
                    out.append(nm)
                k += 1
            i = k
        return out

    # -- romaji ---------------------------------------------------------------------------
    def _romaji_names(self, text: str) -> list[_Name]:
        out: list[_Name] = []
        if not re.search(r"[A-Za-z]", text):
            return out
        low = text.lower()
        for (rx, why), pre in zip(_ROMAJI_CONTEXT, _ROMAJI_PREFILTER):
            if isinstance(pre, tuple):
                if not any(w in low for w in pre):
                    continue
            elif not pre.search(text):
                continue
            for m in rx.finditer(text):
                s, e = m.span("n")
                words = text[s:e].split()
                # trim stop words at both ends
                while words and words[-1].strip(".,") in _EN_STOP:
                    words.pop()
                    e = s + len(" ".join(words)) if words else s
                while words and words[0] in _EN_STOP:
                    s += len(words[0]) + 1
                    words.pop(0)
                if not words:
                    continue
                e = s + len(" ".join(words))
                if any(w in _EN_STOP for w in words):
                    continue
                if len(words) == 1 and not why.startswith("英文の敬称") and not _hepburn(words[0]):
                    continue
                nm = _Name(s, e, words[-1] if len(words) > 1 else words[0], words[0] if len(words) > 1 else "",
                           "romaji")
                nm.score = ev.PERSON_ROMAJI_CONTEXT
                nm.why = [why]
                out.append(nm)
        for m in _CAPS_PAIR.finditer(text):
            a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("d"), m.group("c"))
            if not (_hepburn(a) and _hepburn(b)) or a.capitalize() in _EN_STOP or b in _EN_STOP:
                continue
            nm = _Name(m.start(), m.end(), a, b, "romaji")
            nm.score = ev.PERSON_ROMAJI_CAPS
            nm.why = ["ローマ字氏名の表記（姓を大文字）"]
            out.append(nm)
        return out

    # -- repetitions: the surname or given name of a reported name, used again -------------------
    def _repeats(self, doc: Document, toks: list, names: list[_Name], already: list[Candidate]) -> list[Candidate]:
        text = doc.text
        parts: dict[str, tuple[float, str]] = {}
        for nm in names:
            for part in {nm.sei, nm.mei, text[nm.start:nm.end]}:
                part = part.strip()
                if not part or _PLACEHOLDER.search(part):
                    continue
                if len(part) < 2 and not re.match(r"[一-龥]", part):
                    continue
                if part not in parts or parts[part][0] < nm.score:
                    parts[part] = (nm.score, nm.why[0] if nm.why else "")
        if not parts:
            return []
        covered = [(c.start, c.end) for c in already]
        out: list[Candidate] = []
        for part in sorted(parts, key=len, reverse=True):
            score, _ = parts[part]
            ascii_part = part.isascii()
            pos = text.find(part)
            while pos != -1:
                end = pos + len(part)
                if not any(pos < e and s < end for s, e in covered):
                    if ascii_part:
                        ok = (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
                    else:
                        ok = _word_boundary(text, pos, end)
                        if ok and len(part) == 1:
                            ok = any(text.startswith(h, end) for h in HONORIFICS)
                        if ok:
                            # not part of a bigger word (中村 in 中村橋 is one token, so it fails above)
                            ok = not _PLACEHOLDER.search(part)
                    if ok:
                        out.append(Candidate(self.type, pos, end, score,
                                             "既に氏名と判定した姓・名の繰り返し"))
                        covered.append((pos, end))
                pos = text.find(part, end)
        return out


_KANJI_CH = re.compile(r"[一-龥々〆ヶ]")
_KATA_CH = re.compile(r"[ァ-ヶー]")
_AFTER_OK = frozenset("様氏君殿先宛")


def _word_boundary(text: str, pos: int, end: int) -> bool:
    """A repeated surname/given name standing as a word: not 中村 in 中村橋, 清水 in 清水寺."""
    before = text[pos - 1:pos]
    after = text[end:end + 1]
    part = text[pos:end]
    if _KATA_CH.match(part[:1]):
        return not (before and _KATA_CH.match(before)) and not (after and _KATA_CH.match(after))
    if before and _KANJI_CH.match(before):
        return False
    if after and _KANJI_CH.match(after) and after not in _AFTER_OK:
        return False
    return True


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind("。", 0, start), text.rfind("\n", 0, start), start - 121) + 1
    b1, b2 = text.find("。", end), text.find("\n", end)
    b = min(x for x in (b1, b2, end + 120, len(text)) if x >= 0)
    return text[max(a, 0):b]


def _near_pii(doc: Document, start: int, end: int, span: int = 60):
    for c in doc.candidates:
        if c.type in _PII_TYPES and c.score >= ev.WARN and c.start < end + span and start - span < c.end:
            # the same line or a neighbouring one
            lo, hi = min(start, c.start), max(end, c.end)
            if doc.text.count("\n", lo, hi) <= 2:
                return _PII_LABEL.get(c.type, "個人情報")
    return None


_PII_LABEL = {"JP_ADDRESS": "住所", "PHONE_NUMBER": "電話番号", "EMAIL_ADDRESS": "メールアドレス",
              "DATE_OF_BIRTH": "生年月日", "JP_BANK_ACCOUNT": "口座番号"}


def _dedupe(names: list[_Name]) -> list[_Name]:
    names = sorted(names, key=lambda n: (-n.score, n.start))
    kept: list[_Name] = []
    for nm in names:
        if any(nm.start < k.end and k.start < nm.end for k in kept):
            continue
        kept.append(nm)
    return sorted(kept, key=lambda n: n.start)
