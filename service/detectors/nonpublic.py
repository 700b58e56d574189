"""NONPUBLIC_INFO: topics likely not yet public (前橋市情報公開条例 第6条), and IT's keywords.

A single topic word never decides: 「予定価格」「人事」「監査」「入札」 appear in plain
questions about how the systems work. A finding needs a *combination* in the same
passage (the same paragraph, within a window of the topic term):
- a topic term + a status saying it is not public yet (公告前・発表前・まだ公表していない・
  内部で検討中・庁議にかける前 …), or
- a topic term + concrete figures / parties (予定価格 27,390,000円, 3社の見積額,
  地権者 + 提示額), or
- for complaints, a complaint + details of one resident's case (回数, 前回, 近所, 課内で共有 …).
General-question cues (一般論・一般的な・仕組み・概要・メリット/デメリット・公表済み …)
cancel the weaker combinations.

Each finding carries {"article": N}: the item of 第6条 (labels.ARTICLE_6). The span
reported is the topic term (and the amounts, so that the redacted text drops the
figures). The default action for the type is warn; scores of strong combinations
are ≥ BLOCK so that IT can make the type block in the policy.

Also here: PolicyKeywordDetector, which reports the policy's [keywords] (warn →
NONPUBLIC_INFO, block → CONFIDENTIAL_MARKING).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from . import register
from .fastre import compile_fast
from .base import Candidate, Detector, Document
from .credential import dedupe_overlaps as _dedupe
from .evidence import BLOCK, WARN

TYPE = "NONPUBLIC_INFO"
WINDOW = 120

# ---------------------------------------------------------------------------
# Shared signals
# ---------------------------------------------------------------------------
_STATUS_STRONG = re.compile(
    r"公表前|発表前|公開前|公告前|入札前|契約前|決定前|決裁前|解禁前|未公表|未発表|非公表|未決定|"
    r"まだ(?:誰にも|外部に|市民に|議会に|正式に)?(?:公表|発表|公開|公告|決定|決まって|確定|周知|説明)|"
    r"(?:公表|発表|公開|公告|周知)(?:は)?(?:して|され|でき)て?(?:い)?(?:ない|ません|おらず)|"
    r"(?:公表|発表|公開)(?:する|される)(?:前|まで)|"
    r"庁議(?:に|へ)?(?:は)?(?:かけ|諮|付議|上げ)(?:る前|ていない|ていません|ておらず|る予定)|まだ庁議|"
    r"(?:内部|庁内|部内|課内|局内|係内|内々)(?:で|にて)?(?:の)?(?:検討|協議|調整)(?:中|段階|して|している)|"
    r"(?:協議|調整|検討)(?:も|が)?(?:終わって|済んで|まとまって)(?:い)?(?:ない|ません|おらず)|"
    r"(?:受験者|職員|市民|住民|議会|報道|マスコミ|記者)(?:に|へ)(?:は)?(?:公表|発表|公開|周知|説明|発信|報告|提出)(?:する|される)?前|"
    r"議会(?:への)?(?:提案|上程|説明|報告)前|(?:公表|発表)まで(?:は)?伏せ|伏せて(?:ほしい|おいて|ください)|口外しない|他言無用|(?:報道|記者)発表前|オフレコ|内々に|内密に|ここだけの話"
)
_STATUS_WEAK = re.compile(
    r"検討中|協議中|調整中|交渉中|策定中|作成中|選定中|審査中|素案|原案|たたき台|叩き台|\(案\)|【案】|"
    r"案の段階|未定|非公式|作りました|作成しました|作っています|見直し案"
)
_AMOUNT = re.compile(
    r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?[ \t]*(?:円|万円|千円|億円)|"
    r"(?<![\d.,])\d+(?:\.\d+)?[ \t]*(?:円|万円|千円|億円)|"
    r"[一二三四五六七八九十百千]+(?:万|億)?円"
)
_GENERAL = re.compile(
    r"一般論|一般的な?|一般に|一般向け|仕組み|概要|とは何|とは\?|とは？|って何|メリット|デメリット|"
    r"公表済み?|公表され(?:ている|た)|公開され(?:ている|た)|公開で行った|公開の会議|過去問|"
    r"入力(?:して(?:も)?(?:よい|いい|良い)|禁止|できない|してはいけない)|ガイドライン|研修資料|"
    r"注意点|心構え|基本的な|考え方|流れを|手順を教えて|ポイントを"
)
_COMPANY = re.compile(r"(?<![A-Za-z])[A-Z]社|株式会社|有限会社|\(株\)|\(有\)|[一-龥ァ-ン]{1,10}(?:建設|工業|商事|設計)|業者|事業者|[0-9一二三四五六七八九]+社")


@dataclass(frozen=True)
class Rule:
    name: str  # reason text (Japanese, says which combination)
    article: int
    topic: re.Pattern
    needs: str  # which combination the rule requires, see _judge
    score: float = 0.80


def _rx(s: str) -> re.Pattern:
    return compile_fast(s)


RULES: tuple[Rule, ...] = (
    # 第5号 事務事業: 入札・契約
    Rule("入札の予定価格等（金額または公告前）", 5,
         _rx(r"予定価格|最低制限価格|低入札(?:調査)?基準価格|設計金額|積算(?:額|金額|価格)|落札予定|指名(?:業者|予定)"),
         "amount_or_status"),
    Rule("業者の見積額（契約前）", 5,
         _rx(r"相見積(?:もり)?|見積(?:もり|書|額|金額|合わせ)?|提案価格|応札額|入札額"),
         "quotes"),
    Rule("企画提案の審査（選定前）", 5,
         _rx(r"(?:プロポーザル|企画提案|提案書)(?:の)?(?:審査|評価|採点|点数)|評価点|審査結果(?:案)?"),
         "status_or_company"),
    # 第5号 事務事業: 人事・試験・監査・用地・交渉・争訟
    Rule("人事・予算の内示等（発表前）", 5,
         _rx(r"(?:人事)?異動(?:の)?内示|内示|(?:人事|異動|昇任|昇格|配置換え|降格)(?:案|の案|候補者?|予定者)|"
             r"懲戒(?:処分)?(?:の)?(?:案|検討|予定)|分限(?:処分)?(?:の)?(?:案|検討)"),
         "personnel", 0.80),
    Rule("試験問題・論文テーマ（公表前）", 5,
         _rx(r"(?:昇任|昇格|採用|選考|資格|職員)?試験(?:の)?(?:[^\s。、]{0,12}?)(?:問題|論文テーマ|テーマ|出題|設問|課題|解答|正答|採点基準)|"
             r"(?:論文|面接|作文)(?:の)?(?:テーマ|課題|設問|質問項目)"),
         "status_or_weak"),
    Rule("監査の指摘（公表前）", 5,
         _rx(r"監査(?:委員)?(?:から|の|で)?(?:の)?(?:指摘|意見|結果|講評|所見)|(?:指摘|是正)(?:事項)?を受け"),
         "audit"),
    Rule("用地交渉・用地買収の状況", 5,
         _rx(r"用地(?:交渉|買収|取得|補償)|地権者|買収(?:交渉|価格|単価)|補償(?:額|金額|単価)|立ち?退き(?:交渉|料)"),
         "land"),
    Rule("交渉・争訟の対応", 5,
         _rx(r"交渉中|係争中|訴訟中|調停中|和解(?:案|金|条件)|示談(?:金|額|交渉)|損害賠償(?:請求|額)|"
             r"訴訟(?:の)?(?:対応|方針|見通し|戦略)|争訟|審査請求(?:の|への)?(?:対応|弁明)|弁明書|準備書面|答弁書"),
         "not_general", 0.70),
    Rule("立入検査・取締りの予定", 5,
         _rx(r"立入検査|立ち入り検査|立入調査|抜き打ち(?:検査|調査)|一斉(?:検査|取締り)|取締り|取り締まり"),
         "inspection", 0.70),
    Rule("相手方と協議・交渉中の内容", 5,
         _rx(r"協議中|交渉中|調整中|協議を(?:進めて|続けて|重ねて)|交渉を(?:進めて|続けて)"),
         "negotiation", 0.65),
    # 第4号 意思決定過程
    Rule("意思決定前の検討・協議の内容", 4,
         _rx(r"条例(?:の)?改正|規則(?:の)?改正|改正案|答弁(?:案|の案)?|統廃合|再編|廃止|移転|値上げ|引き上げ|引上げ|"
             r"料金(?:の)?改定|組織改正|機構改革|予算(?:要求|案)|補助金(?:の)?(?:見直し|廃止|削減)|民営化|"
             r"指定管理者の(?:選定|変更)|基本構想|基本計画|(?:方針|計画)(?:案|の案)"),
         "deliberation"),
    # 第2号 個人: 特定の市民の苦情・相談の詳細
    Rule("特定の市民の苦情の詳細", 2,
         _rx(r"苦情|クレーム|陳情"),
         "complaint", 0.60),
    # 第3号 法人等
    Rule("法人の非公開の経営・技術情報", 3,
         _rx(r"決算(?:書|内容)?|財務(?:状況|諸表|情報)|売上(?:高)?|利益率|原価|経営状況|資金繰り|ノウハウ|技術情報|"
             r"製造方法|顧客(?:リスト|情報|名簿)|取引先(?:一覧|リスト)|営業秘密|企業秘密"),
         "corporate", 0.65),
    # 第6号 国等協力
    Rule("国・県等から内々に得た情報", 6,
         _rx(r"(?:国|県|警察|省|庁|他市|他自治体)(?:から|より)(?:の)?(?:内々|非公式|内密|極秘)(?:に|の)?"),
         "always", 0.65),
    # 第7号 公共の安全
    Rule("警備・防犯に関する情報", 7,
         _rx(r"警備(?:計画|体制|配置|ルート)|警備の(?:配置|計画|体制)|警護(?:計画|体制)|"
             r"(?:防犯|監視)カメラ(?:の)?(?:設置)?(?:場所|位置|箇所|配置|死角)|"
             r"鍵の保管(?:場所)?|金庫の(?:暗証|番号|鍵)|入退室(?:の)?(?:暗証|コード)|爆破予告|脅迫(?:電話|メール|状|文)"),
         "not_general", 0.65),
    # 第8号 任意提供
    Rule("非公開を条件に提供された情報", 8,
         _rx(r"(?:公表しない|公開しない|非公開|名前を出さない|匿名)(?:こと)?を条件に|オフレコ(?:で|の)|"
             r"(?:公表|発表)まで(?:は)?伏せ|伏せてほしい|非公式に(?:聞|伺|提供|打診|相談|示)"),
         "always", 0.65),
)

_PERSONNEL_CONTEXT = re.compile(r"人事|異動|昇任|昇格|課長|部長|係長|補佐|主任|主査|職員|配置|後任|懲戒|分限")
_AUDIT_CONTEXT = re.compile(r"監査|検査")
_LAND_DETAIL = re.compile(r"地権者|提示額|単価|補償|応じない|反対|合意|交渉|買収額|評価額|㎡|平方メートル|坪")
_COMPLAINT_DETAIL = re.compile(
    r"\d+回目|[二三四五六七八九]回目|何度も|再三|度々|前回|先日|昨日|今朝|先週|近所|隣(?:家|の家|人|の)|空き地|自宅|"
    r"と(?:強く)?(?:言われ|主張|怒|訴え|要求)|課内で共有|係内で共有|報告文|経緯|[一-龥]{1,4}さん|丁目|番地")
_CORPORATE_SOURCE = re.compile(
    r"(?:事業者|企業|会社|法人|業者|応募者|申請者|申請企業|補助事業者)(?:から|より)(?:の)?(?:提出|提供|受領|入手)|"
    r"非公開|未公表|公表して(?:い)?ない|社外秘|企業秘密|営業秘密|[A-Z]社の|株式会社[^\s、。]{1,12}の")
_DECISION_TOPIC_WEAK_OK = _STATUS_WEAK


def _window(text: str, start: int, end: int, size: int = WINDOW) -> tuple[int, int]:
    """The passage around [start, end): at most `size` chars each side, not across a blank line."""
    lo = max(0, start - size)
    hi = min(len(text), end + size)
    blank = text.rfind("\n\n", lo, start)
    if blank != -1:
        lo = blank + 2
    blank = text.find("\n\n", end, hi)
    if blank != -1:
        hi = blank
    return lo, hi


@register
class NonPublicTopicDetector(Detector):
    type = TYPE
    MAX_TOPIC_HITS = 200  # per rule: enough for any real text, bounded on adversarial input

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        out: list[Candidate] = []
        for rule in RULES:
            for n, m in enumerate(rule.topic.finditer(text)):
                if n >= self.MAX_TOPIC_HITS:
                    break
                lo, hi = _window(text, m.start(), m.end())
                judged = self._judge(rule, text, m, lo, hi)
                if judged is None:
                    continue
                score, detail, amounts = judged
                reason = rule.name + (f"・{detail}" if detail else "")
                extra = {"article": rule.article}
                out.append(Candidate(TYPE, m.start(), m.end(), score, reason, dict(extra)))
                for a in amounts:
                    out.append(Candidate(TYPE, a.start(), a.end(), score, rule.name + "・金額", dict(extra)))
        out.extend(self._fallback(doc, out))
        return _dedupe(out)

    # -- combinations ----------------------------------------------------------------
    def _judge(self, rule: Rule, text: str, m: re.Match, lo: int, hi: int
               ) -> Optional[tuple[float, str, list]]:
        win = text[lo:hi]
        general = _GENERAL.search(win) is not None
        strong = _STATUS_STRONG.search(win)
        weak = _STATUS_WEAK.search(win)
        needs = rule.needs
        if needs == "amount_or_status":
            amounts = list(_AMOUNT.finditer(text, m.end(), min(hi, m.end() + 60)))
            if strong and amounts:
                return 0.85, "金額と公表前の記述", amounts
            if amounts and not general:
                return 0.80, "具体的な金額", amounts
            if strong and not general:
                return 0.75, "公表前の記述", []
            return None
        if needs == "quotes":
            amounts = list(_AMOUNT.finditer(win))
            companies = _COMPANY.search(win)
            if general:
                return None
            if len(amounts) >= 2 and companies:
                return 0.80, "複数の業者の金額", [_shift(a, lo) for a in amounts]
            if amounts and companies and (strong or weak):
                return 0.75, "業者の金額（契約前）", [_shift(a, lo) for a in amounts]
            return None
        if needs == "status_or_company":
            if general:
                return None
            if strong or (_COMPANY.search(win) and (weak or _AMOUNT.search(win))):
                return 0.70, "選定前の評価内容", []
            return None
        if needs == "personnel":
            if general and not strong:
                return None
            word = m.group(0)
            if "内示" in word:
                if "予算" in text[max(lo, m.start() - 8):m.start()]:
                    return 0.75, "予算の内示", []
                return (0.85 if strong else 0.80), "内示", []
            if _PERSONNEL_CONTEXT.search(win) and (strong or weak):
                return 0.75, "人事の案", []
            return None
        if needs == "status_or_weak":
            if general and not strong:
                return None
            if strong:
                return 0.80, "公表前の記述", []
            if weak:
                return 0.70, "作成中・案", []
            return None
        if needs == "audit":
            if not _AUDIT_CONTEXT.search(win):
                return None
            if strong:
                return 0.80, "公表前の記述", []
            if general:
                return None
            if "指摘" in win and re.search(r"受け|あり|された|ました", win):
                return 0.60, "指摘を受けた旨", []
            return None
        if needs == "land":
            if general and not strong:
                return None
            detail = [d for d in _LAND_DETAIL.finditer(win) if not (lo + d.start() < m.end() and m.start() < lo + d.end())]
            amounts = [_shift(a, lo) for a in _AMOUNT.finditer(win)]
            if detail and (amounts or strong or len(detail) >= 2):
                return 0.80, "交渉の相手・金額", amounts
            return None
        if needs == "not_general":
            if general and not strong:
                return None
            return rule.score, "", []
        if needs == "deliberation":
            if strong:
                if general and not _STRONG_OVERRIDES_GENERAL.search(win):
                    return None
                return 0.80, "検討中・公表前の記述", []
            if weak and not general and _DELIBERATION_WEAK_TOPIC.fullmatch(m.group(0)):
                return 0.60, "検討中の記述", []
            return None
        if needs == "complaint":
            if general:
                return None
            details = {d.group(0) for d in _COMPLAINT_DETAIL.finditer(win)}
            if len(details) >= 2:
                return rule.score, "個別の案件の経緯", []
            return None
        if needs == "corporate":
            if general and not strong:
                return None
            src = _CORPORATE_SOURCE.search(win)
            if src:
                return rule.score, "提供元の法人の情報", []
            return None
        if needs == "inspection":
            if general and not strong:
                return None
            if _INSPECTION_DETAIL.search(win) or strong:
                return rule.score, "実施前の予定", []
            return None
        if needs == "negotiation":
            if general and not strong:
                return None
            if _COUNTERPART.search(win) and _EXCHANGE.search(win):
                return rule.score, "相手方とのやり取り", []
            return None
        if needs == "always":
            if general or _DESCRIPTION.search(win):
                return None
            return rule.score, "", []
        return None

    def _fallback(self, doc: Document, found: list[Candidate]) -> list[Candidate]:
        """An explicit 'not yet public / internal study' statement with no topic rule near it."""
        text = doc.text
        out = []
        for n, m in enumerate(_FALLBACK_STATUS.finditer(text)):
            if n >= self.MAX_TOPIC_HITS:
                break
            lo, hi = _window(text, m.start(), m.end())
            if any(lo <= c.start < hi for c in found):
                continue
            if _GENERAL.search(text[lo:hi]):
                continue
            out.append(Candidate(TYPE, m.start(), m.end(), 0.60, "公表前・内部検討中である旨の記述",
                                 {"article": 4}))
        return out


_DESCRIPTION = re.compile(r"第[0-9一二三四五六七八]号|とは|をいいます|に当たります|情報です")
_INSPECTION_DETAIL = re.compile(r"予告なし|予告せず|抜き打ち|事前に(?:知らせ|通知し)(?:ない|ず)|来週|明日|来月|[0-9]+(?:店舗|か所|箇所|件|社)|対象は|実施予定|日程")
_COUNTERPART = re.compile(r"(?<![一-龥])(?:国|県)(?:の|から|と|は)|土木事務所|事業者|相手方|地権者|企業|組合|業者|団体|弁護士|[A-Z]社")
_EXCHANGE = re.compile(r"回答|主張|反論|提示|条件|要求|申し入れ|譲らない|応じない|求めて")
_DELIBERATION_WEAK_TOPIC = re.compile(
    r"条例(?:の)?改正|規則(?:の)?改正|改正案|答弁(?:案|の案)?|統廃合|再編|廃止|移転|値上げ|引き上げ|引上げ|"
    r"料金(?:の)?改定|組織改正|機構改革|予算(?:要求|案)|補助金(?:の)?(?:見直し|廃止|削減)|民営化|指定管理者の(?:選定|変更)")
_STRONG_OVERRIDES_GENERAL = re.compile(r"内部|庁内|部内|課内|庁議|まだ|未公表|公表前|発表前")
_FALLBACK_STATUS = re.compile(
    r"未公表|未発表|まだ(?:公表|発表|公開)(?:して|され)て?(?:い)?(?:ない|ません)|"
    r"(?:公表|発表)(?:して|され)て?(?:い)?(?:ない|ません)|"
    r"(?:内部|庁内|部内|課内)(?:で|にて)?(?:検討|協議|調整)中|まだ庁議|庁議(?:に|へ)?(?:かけ|諮)(?:る前|ていない|ていません)|"
    r"オフレコ|ここだけの話")


def _shift(m: re.Match, offset: int):
    return _Span(m.start() + offset, m.end() + offset)


class _Span:
    __slots__ = ("_s", "_e")

    def __init__(self, s, e):
        self._s, self._e = s, e

    def start(self):
        return self._s

    def end(self):
        return self._e




# ---------------------------------------------------------------------------
# IT's keywords from the policy
# ---------------------------------------------------------------------------

@register
class PolicyKeywordDetector(Detector):
    """Reports the policy's [keywords]: block → CONFIDENTIAL_MARKING, warn → NONPUBLIC_INFO.

    Keywords are compared on the normalised text, ASCII case-insensitively; a keyword
    that starts or ends with an ASCII letter/digit must not be part of a longer
    ASCII word (「PJ-Akagi」 is not found inside 「PJ-Akagi2」).
    """
    type = TYPE
    MAX_HITS = 1000

    def analyze(self, doc: Document) -> list[Candidate]:
        if not doc.keywords:
            return []
        text = doc.text
        folded = text.lower()
        if len(folded) != len(text):  # lower() changed lengths (rare non-ASCII): exact match only
            folded = text
        out: list[Candidate] = []
        for keyword, action in doc.keywords:
            if not keyword:
                continue
            kw = keyword.lower() if folded is not text else keyword
            if action == "block":
                ctype, score = "CONFIDENTIAL_MARKING", 0.95
            elif action == "warn":
                ctype, score = TYPE, 0.60  # warn even if IT makes NONPUBLIC_INFO block
            else:
                continue
            pos = folded.find(kw)
            hits = tries = 0
            while pos != -1 and hits < self.MAX_HITS and tries < 20 * self.MAX_HITS:
                tries += 1
                end = pos + len(kw)
                if _ascii_bounded(text, pos, end):
                    extra = {"article": 5} if ctype == TYPE else {}
                    out.append(Candidate(ctype, pos, end, score, "管理者が登録したキーワード", extra))
                    hits += 1
                pos = folded.find(kw, end if end > pos else pos + 1)
        return out


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _ascii_bounded(text: str, start: int, end: int) -> bool:
    if _is_ascii_alnum(text[start]) and start > 0 and _is_ascii_alnum(text[start - 1]):
        return False
    if _is_ascii_alnum(text[end - 1]) and end < len(text) and _is_ascii_alnum(text[end]):
        return False
    return True


__all__ = ["NonPublicTopicDetector", "PolicyKeywordDetector", "RULES", "BLOCK", "WARN"]
