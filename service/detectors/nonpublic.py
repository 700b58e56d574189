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

The topic rules are data: service/rules/nonpublic.toml (id, article, topic pattern, the
combination they need — `judge`, one of the `_judge_*` functions here —, score, reason id,
examples); the Japanese of every reason is in labels.REASONS.

Also here: PolicyKeywordDetector, which reports the policy's [keywords] (warn →
NONPUBLIC_INFO, block → CONFIDENTIAL_MARKING).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from . import engine, register
from ..labels import REASONS
from .fastre import compile_fast, literal_alternation
from .base import Candidate, Detector, Document
from .base import keep_strongest as _dedupe
from . import evidence as ev
from .evidence import BLOCK, WARN

TYPE = "NONPUBLIC_INFO"
WINDOW = 120

# ---------------------------------------------------------------------------
# Shared signals
# ---------------------------------------------------------------------------
_STATUS_STRONG = compile_fast(
    r"公表前|発表前|公開前|公告前|入札前|契約前|決定前|決裁前|解禁前|未公表|未発表|非公表|未決定|未通知|(?:公募|募集|入札)(?:の)?開始前|"
    r"(?:公表|発表|公開)(?:は)?しません|(?:特定|決定|確定|説明会)まで(?:は)?(?:公表|発表|公開)し(?:ない|ません)|"
    r"まで(?:は)?(?:出せない|出さない|公表できない|言えない|伏せ)|"
    r"(?:先方|相手|業者|事業者|外部)(?:に|へ)(?:は)?[^。\n]{0,8}(?:伝えない|言わない|知らせない|教えない)|"
    r"まだ(?:誰にも|外部に|市民に|議会に|正式に)?(?:公表|発表|公開|公告|決定|決まって|確定|周知|説明)|"
    r"(?:公表|発表|公開|公告|周知)(?:は)?(?:して|され|でき)て?(?:い)?(?:ない|ません|おらず)|"
    r"(?:公表|発表|公開)(?:する|される)(?:前|まで)|"
    r"庁議(?:に|へ)?(?:は)?(?:かけ|諮|付議|上げ)(?:る前|ていない|ていません|ておらず|る予定)|まだ庁議|"
    r"(?:内部|庁内|部内|課内|局内|係内|内々)(?:で|にて)?(?:の)?(?:検討|協議|調整)(?:中|段階|して|している)|"
    r"(?:協議|調整|検討)(?:も|が)?(?:終わって|済んで|まとまって)(?:い)?(?:ない|ません|おらず)|"
    r"(?:受験者|職員|市民|住民|議会|報道|マスコミ|記者)(?:に|へ)(?:は)?(?:公表|発表|公開|周知|説明|発信|報告|提出)(?:する|される)?前|"
    r"議会(?:への)?(?:提案|上程|説明|報告)前|(?:公表|発表)まで(?:は)?伏せ|伏せて(?:ほしい|おいて|おくように|くれと)|口外しない|他言無用|(?:報道|記者)発表前|オフレコ|内々に|内密に|ここだけの話|"
    # decisions in progress, said without 検討中
    r"検討段階|検討途中|(?:する|とする|の|に|いく|進める)方向で(?:ほぼ)?(?:調整|検討|進め|固ま)|固まりつつ|"
    r"(?:議会の)?(?:議決|承認|決裁|正式決定)(?:は)?(?:まだ|これから)|"
    r"(?:議会|課長|部長|上司|市長|副市長|教育長|自治会|住民|保護者|地元|地域|関係課|他の部署|他部署|市民|取引先|相手方|本人|"
    r"団体|会社側|業者|地権者|沿線|組合)(?:の方|の皆さん)?(?:に|へ|と)(?:は|も)?[^。\n]{0,8}?(?:まだ|一切|一言も|何も)(?:何も|一言も)?"
    r"(?:話して|伝えて|見せて|かけて|出して|知らせて|説明して|相談して|諮って|上げて|言って|報告して)(?:い)?(?:ない|ません|おらず|なくて)|"
    r"決まって(?:い)?(?:ない|ません|おらず)"
)
# "not yet published" said as a date to come (公表予定・記者発表まで・解禁): only for rules about results,
# plans and routes — a publication date alone is what public notices say too.
_STATUS_PENDING = compile_fast(
    r"(?:公表|発表|公開|公告)(?:は|を)?(?:来週|来月|来年度?|秋|春|夏|冬|年明け|[0-9]+月|[0-9]+日)|"
    r"(?:公表|発表|公開|公告)(?:の)?予定|(?:公表|発表|公開|公告)(?:日)?まで|(?:報道|記者)発表(?:は|まで|の前)|解禁|"
    r"(?:連絡|通知|説明)(?:も|は)?(?:控え|待って|しないで)|"
    # before the body that decides meets (審査会（来週）の前に), or a count marked provisional (仮採点, 暫定順位)
    r"(?:審査会|選考会|選定委員会|審議会)(?:[（(][^）)\n]{1,6}[）)])?の前|仮採点|仮集計|暫定(?:順位|集計|結果|の順位)"
)
# already public: results and prices that have been published pass
_PUBLISHED = compile_fast(
    r"事後公表|公表済み?|公開済み?|掲載済み?|公告済み?|(?:パブリックコメント|パブコメ|意見募集)(?:を)?(?:実施中|募集中|中)|(?:公表|公開|掲載)(?:した|しました|している|しています|されている|されています|された|されました)(?![らくい])|"
    r"(?:ホームページ|HP|ウェブサイト|市報|広報誌?)(?:で|に|上で)(?:の)?(?:公開|公表|掲載)(?!前|予定|する(?:前|予定)|まで)|"
    # (in plain words: ホームページに載せた入札結果, サイトにアップした一覧)
    r"(?:ホームページ|HP|ウェブサイト|サイト|市報|広報誌?)(?:に|へ|上に)(?:載せた|載せている|載っている|載った|アップした|アップ済み)|"
    r"落札結果|入札結果(?:の公表|一覧)|開札結果|"
    # (a sale's or a tender's public notice, 市有地売払いの公告: what it states is published by the notice itself)
    r"(?:売払い?|売却|入札|公募)(?:の)?公告(?!前|予定)"
)
_STATUS_WEAK = compile_fast(
    r"検討中|協議中|調整中|交渉中|策定中|作成中|選定中|審査中|素案|原案|たたき台|叩き台|\(案\)|【案】|選定案|選考案|配分案|"
    r"(?:委員会|審査会)は(?:来週|来月|明日|後日)|"
    r"案の段階|未定|非公式|作りました|作成しました|作っています|見直し案|(?:事務局|当局|執行部)案|内部資料|"
    # a decision document still being drafted (起案しよう, 起案中, 決裁前): the decision is not made
    r"起案(?:しよう|したい|する予定|予定|中|前)"
)
_AMOUNT = compile_fast(
    r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?[ \t]*(?:円|万円|千円|億円)|"
    r"(?<![\d.,])\d+(?:\.\d+)?[ \t]*(?:円|万円|千円|億円)|"
    r"[一二三四五六七八九十百千]+(?:万|億)?円"
)
_GENERAL = compile_fast(
    # (a question quoted as content — 「…とは何か。論じなさい」, an exam's — asks the reader, not ChatGPT)
    # (not 一般的な注意喚起・周知: what the office is to tell the public, not a general question)
    # (not 一般には出していない: a giver's data not released, the opposite of general)
    r"一般論|一般的(?!な?(?:注意喚起|周知|広報|啓発|お知らせ|呼びかけ))な?|一般に(?!は?(?:まだ)?(?:出して|公表して|公開して|発表して|出回って))|一般向け|仕組み|(?<![こあも])とは(?:何|\?|？)(?![^「\n]*」)|って何|"
    r"公表済み?|公表され(?:ている|た)|公開され(?:ている|た)|公開で行った|公開の会議|過去問|"
    r"ガイドライン|研修資料|ひな形|雛形|テンプレート|記入例|記載例|"
    # values made up to try a formula or a program: 「テスト用に B2=10,000,000 … で検算して」
    r"テスト用|テストデータ|テスト値|ダミーの?(?:値|数値|金額|データ)|架空の(?:値|数値|金額|例)|仮の(?:値|数値|金額)|"
    r"研修(?:用|で(?:使|説明|配)|の(?:資料|教材|テキスト|アンケート|感想|改善)|[（(]テーマ)|次回(?:の)?研修|"
    r"多くの(?:市|自治体|市町村|団体)(?:では|で|が)|勉強会|新人向け|職員向けの?(?:解説|説明資料|マニュアル)|"
    r"[［\[][ 　]*[］\]]|〇〇|○○|Q&A|Ｑ＆Ａ|よくある(?:ご)?質問|FAQ|情報公開制度|情報公開条例|(?:公開|開示)請求(?:の|を|は|制度)|"
    # an office describing its routine or a procedure step by step: 「予防課では、…立入検査…を行っています」
    # 「用地は、説明会 → … → 支払の順で取得します」 — what is always done, no one case
    r"(?:課|係|所|署|センター)では、?[^。\n]{0,80}?を(?:行って|実施して)います|の(?:順|流れ|手順)で(?:取得|進め|行い|行われ|実施)"
)
# Asking for an approach (考え方・注意点・ポイント) or whether something may be entered is general only when the passage holds no
# particulars of one case: 「予定価格の考え方」 is a question, 「部内では提示額を1㎡あたり23,400円で
# いく方向で…単価の考え方を」 is the case itself.
_GENERAL_WEAK = compile_fast(
    r"メリット|デメリット|注意点|心構え|基本的な|考え方|流れを|手順を教えて|ポイントを|概要|"
    r"入力(?:して(?:も)?(?:よい|いい|良い)|禁止|できない|してはいけない)")
_CASE_PARTICULARS = compile_fast(
    r"来週|明日|明後日|来月の|今週|今月中|今度の|次回の|部内|課内|庁内|局内|係内|内部で|内部の|内々|まだ|ほぼ固ま|方向で|"
    r"顧問弁護士|知られ(?:ない|ず)|悟られ|予告(?:なし|せず)|実際に使う|内密|内々|ここだけの話|オフレコ|しか知らない|打ち明け|他言|口外|"
    r"(?<![\d.])[0-9][0-9,]*(?:\.[0-9]+)?[ \t]*(?:円|万円|億円|%|店舗|か所|箇所|社|件|億|万)")
# (or an applicant body by its letter or count: A法人, 4法人, 社会福祉法人)
_COMPANY = compile_fast(r"(?<![A-Za-z])[A-Z](?:社|法人)|株式会社|有限会社|\(株\)|\(有\)|[一-龥ァ-ン]{1,10}(?:建設|工業|商事|設計)|業者|事業者|"
                        r"[0-9一二三四五六七八九]+(?:社|法人)|社会福祉法人|NPO法人")


@dataclass(frozen=True)
class Rule:
    name: str  # reason text (Japanese, says which combination)
    article: int
    topic: re.Pattern
    needs: str  # which combination the rule requires, see _judge
    score: float = 0.80
    lower: bool = False  # match the topic on the lower-cased text (English rules)
    gate: tuple = ()  # literals of which every topic match contains one: the rule is skipped without any
    id: str = ""  # the rule's id in service/rules/nonpublic.toml
    detail: Optional[re.Pattern] = None  # judge "particulars": the particulars of one case
    need: int = 0  # … and how many different ones the passage must hold



def _rx(s: str) -> re.Pattern:
    return compile_fast(s)


_OWN_LOOPS = ("statement", "particulars")  # judges run by _fallback, after the topic rules


def _rules_from_catalogue(judges=None) -> tuple[Rule, ...]:
    """The rules of service/rules/nonpublic.toml (the topic rules, or those of `judges`); each
    names the combination it needs (`judge`)."""
    rules = []
    for r in engine.shipped().by_source("nonpublic"):
        if r.judge not in _JUDGES and r.judge not in _OWN_LOOPS:
            raise RuntimeError(f"{r.id}: unknown judge {r.judge!r} in {r.source}")
        if (r.judge in judges) if judges else (r.judge not in _OWN_LOOPS):
            rules.append(Rule(REASONS[r.reason], r.article, r.rx, r.judge, r.score, r.lowercase, r.literals, r.id,
                              r.detail, r.need))
    return tuple(rules)


def _gate_regex(literals) -> re.Pattern:
    # = "|".join of the literals, longest first, written as a trie (~25% faster to scan)
    return compile_fast(literal_alternation(literals))




def _gate_literals(text: str, rx: re.Pattern, closure: Optional[dict] = None) -> set:
    """Which gate literals occur in the text: one scan of all of them (a search restarted one
    character after each hit, so that overlapping literals are all seen)."""
    found: set = set()
    search = rx.search
    m = search(text)
    hits = 0
    closure = _GATE_CLOSURE if closure is None else closure
    while m is not None:
        found |= closure[m.group(0)]
        hits += 1
        if hits > _MAX_GATE_HITS:
            return set(closure)  # hostile input: let every rule run (each is bounded)
        m = search(text, m.start() + 1)
    return found


_PERSONNEL_CONTEXT = compile_fast(r"人事|異動|昇任|昇格|課長|部長|係長|補佐|主任|主査|職員|配置|後任|懲戒|分限")
_AUDIT_CONTEXT = compile_fast(r"監査|検査")
# (and a purchase being weighed: 民有地の取得を検討, 候補地, the first 面談 with the owner, the price the city hopes to pay)
_LAND_DETAIL = compile_fast(r"地権者|提示額|単価|補償|応じない|反対|合意|交渉|買収額|評価額|(?:㎡|(?<![A-Za-z])m2)|平方メートル|坪|"
                            r"難航|収用|未登記|代替地|(?<![0-9])[0-9一二三四五六七八九十]{1,3}筆|買取(?:希望)?(?:額|価格)|"
                            r"取得を検討|候補地|面談")
_COMPLAINT_DETAIL = compile_fast(
    r"\d+回目|[二三四五六七八九]回目|何度も|再三|度々|前回|先日|昨日|今朝|先週|近所|隣(?:家|の家|人|の)|空き地|自宅|"
    r"と(?:強く)?(?:言われ|主張|怒|訴え|要求)|課内で共有|係内で共有|報告文|経緯|[一-龥]{1,4}さん|丁目|番地")
_CORPORATE_SOURCE = compile_fast(
    r"(?:事業者|企業|会社|法人|業者|応募者|申請者|申請企業|補助事業者)(?:から|より)(?:の)?(?:提出|提供|受領|入手)|"
    r"非公開(?!に?設定|に(?:して|なって)いた)|未公表|公表して(?:い)?ない|社外秘|企業秘密|営業秘密|[A-Z]社の|株式会社[^\s、。]{1,12}の|"
    r"(?:株式会社|有限会社|\(株\)|[A-Z]社|事業者|企業|会社|申請者|応募者)[^。\n]{0,12}?(?:が|から)(?:出して|提出し|提供し|受け取|もらっ|預か)|"
    r"原価計算書|(?:決算書|申請書類?|添付書類)を(?:見|確認|読)|提出(?:書類|資料)|申請してきた|"
    r"(?:事業者|企業|会社|法人|業者|メーカー|工場)(?:から|より)[^。\n]{0,40}?(?:もらい|もらっ|受け取|預か|いただ|頂)")
_DECISION_TOPIC_WEAK_OK = _STATUS_WEAK


# an article of an ordinance or a law quoted as such: two or more lines opening with 第N条, and the lines of its
# articles, paragraphs and items (第3条　…, ２　…, (1) …)
_ARTICLE_HEAD = compile_fast(r"(?m)^[ \t　]*第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)?[ 　]")
_STATUTE_LINE = compile_fast(r"[ \t　]*(?:第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)?[ 　]|[２-９0-9][ 　]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）][ 　]?)")


def _near(topic: re.Pattern, text: str, spans: list, size: int = WINDOW):
    """The topic's matches within `size` chars of the signal's spans (each once, in order):
    a topic farther away could not have the signal in its window."""
    last = -1
    for a, b in spans[:MAX_SIGNAL_SPANS]:
        for m in topic.finditer(text, max(0, a - size, last), min(len(text), b + size)):
            if m.start() >= last:
                last = m.end()
                yield m


MAX_SIGNAL_SPANS = 200


def _window(text: str, start: int, end: int, size: int = WINDOW) -> tuple[int, int]:
    """The passage around [start, end): at most `size` chars each side, not across a blank line."""
    lo = max(0, start - size)
    hi = min(len(text), end + size)
    blank = text.rfind("\n\n", lo, start)
    if blank != -1:
        lo = blank + 2
    blank = text.find("\n\n", end, hi)
    if blank != -1 and lo == 0 and "\n" not in text[:start].strip() and _REQUEST_END.search(text, 0, blank + 2):
        # a one-line request at the head, a blank line, then what it is about (「…を要約したいです。」
        # ⏎⏎ the record): the request and the first pasted paragraph are one passage
        nxt = blank + 2
        while nxt < len(text) and text[nxt] == "\n":
            nxt += 1
        blank = text.find("\n\n", nxt, min(len(text), end + size))
        hi = min(len(text), end + size)
    if blank != -1 and _INTRODUCES_BELOW.search(text, max(start, blank - 40), blank):
        # 「…定期監査について、下記のとおり講評を行います。」⏎⏎ the items: a notice's body and the list it announces
        # are one passage
        nxt = text.find("\n\n", blank + 2, min(len(text), blank + 2 + size))
        blank = nxt if nxt != -1 else min(len(text), blank + 2 + size)
    if blank != -1:
        hi = blank
    return lo, hi


# the end of a paragraph that announces what follows it (下記のとおり…します。, 次のとおりです, 記)
_INTRODUCES_BELOW = compile_fast(r"(?:下記|次|以下)の(?:とおり|通り)[^\n]{0,20}$|(?:^|\n)[ 　]*記[ 　]*$")


# the text's head says what follows is made up (※以下の設定はすべて架空のものです, ロールプレイの台本): a case in it is the
# scene's, no one's matter
_FICTION_AT_HEAD = compile_fast(r"(?:すべて|全て)架空|架空の(?:もの|設定|事例|人物|団体|お話)|フィクションです|ロールプレイ")


# a head that says the text is a sheet for everyone (窓口で配るQ&A, よくある質問): what it says is said to all
_FOR_EVERYONE_HEAD = compile_fast(r"Q&A|Ｑ＆Ａ|よくある(?:ご)?質問|FAQ|窓口で配る|配布用|掲示用")


# a quoted item of a list in code: ('未着手','交渉中', … / ["交渉中", …]
_ENUM_ITEM_BEFORE = compile_fast(r"[(\[,][ ]?['\"]$")
_ENUM_ITEM_AFTER = compile_fast(r"['\"][ ]?[,)\]]")


# a head that says the text is written for residents (市民向けのパンフレット, 地権者の皆さまへのチラシ)
_FOR_RESIDENTS_HEAD = compile_fast(r"パンフレット|リーフレット|チラシ|(?:市民|住民|地域の皆さま|皆様|皆さま)(?:向け|へ)")


def _head_end(text: str) -> int:
    """The end of the text's first paragraph (at most 200 characters)."""
    blank = text.find("\n\n", 0, 200)
    return blank if blank != -1 else min(len(text), 200)


# a request's end (…して。 …ください。 …したいです。): the head line asks for work on what follows
_REQUEST_END = compile_fast(r"(?:して|ください|下さい|たい(?:です)?|お願いします|頼みます|ほしい|欲しい)[。！!]?[ 　]*(?=\n\n)")


@register
class NonPublicTopicDetector(Detector):
    type = TYPE
    MAX_TOPIC_HITS = 200  # per rule: enough for any real text, bounded on adversarial input

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        if _about_the_rules(text):
            return []
        out = self.run_rules(doc, RULES)
        out.extend(self._fallback(doc, out))
        if _PUBLIC_MEETING.search(text):
            # minutes of a meeting held in public: a member's 「…の再編とあわせて検討してほしい」 is on record;
            # only the strong combinations (figures, secrecy) still count
            out = [c for c in out if c.score >= BLOCK]
        return _dedupe(out)

    def run_rules(self, doc: Document, rules) -> list[Candidate]:
        """The findings of `rules` (topic + the combination its judge requires) in the text."""
        text = doc.text
        lower = doc.lower if len(doc.lower) == len(text) else text.lower()
        if len(lower) != len(text):
            lower = text  # lower() changed lengths (rare non-ASCII): English rules see the text as is
        out: list[Candidate] = []
        present = _gate_literals(text, _GATE_RX) | _gate_literals(lower, _GATE_RX_LOWER)
        cache: dict = {}  # needs → spans of its required signal in the whole text (_DOC_PRECHECK)
        statute = "条" in text and len(_ARTICLE_HEAD.findall(text, 0, 20000)) >= 2
        for rule in rules:
            source = lower if rule.lower else text
            if rule.gate and present.isdisjoint(rule.gate):
                continue  # none of the rule's literals: its topic cannot match
            doc_pre = _DOC_PRECHECK.get(rule.needs)
            if doc_pre is not None:
                if rule.needs not in cache:
                    cache[rule.needs] = [(s.start(), s.end()) for s in doc_pre.finditer(text)]
                if not cache[rule.needs]:
                    continue  # its required signal is nowhere in the text
                matches = _near(rule.topic, source, cache[rule.needs])
            else:
                matches = rule.topic.finditer(source)
            for n, m in enumerate(matches):
                if n >= self.MAX_TOPIC_HITS:
                    break
                if text[m.end():m.end() + 1] in "（( 　:：" and _PUBLISHED_AFTER.match(text, m.end()):
                    continue  # 雑踏警備計画（公表版）: the item itself is published
                if statute and _STATUTE_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
                    continue  # an ordinance's own article (…当該土地について係争中であるとき): the law's words, not a matter
                if _whole_cell(text, m.start(), m.end()) and rule.needs != "amount_or_status":
                    # (a 予定価格 column over its amounts is the prices themselves)
                    continue  # 「…	廃止	審査中	…」: a category in a table's column, not a statement
                lo, hi = _window(text, m.start(), m.end())
                judged = self._judge(rule, text, m, lo, hi, cache)
                if judged is None:
                    continue
                score, detail, amounts = judged
                reason = rule.name + (f"・{REASONS[detail]}" if detail else "")
                extra = {"article": rule.article}
                out.append(Candidate(TYPE, m.start(), m.end(), score, reason, dict(extra), rule=rule.id))
                for a in amounts:
                    out.append(Candidate(TYPE, a.start(), a.end(), score, rule.name + "・" + REASONS["nonpublic.why.amount"], dict(extra),
                                         rule=rule.id))
        return out

    # -- combinations ----------------------------------------------------------------
    def _judge(self, rule: Rule, text: str, m: re.Match, lo: int, hi: int, cache: Optional[dict] = None
               ) -> Optional[tuple[float, str, list]]:
        doc_pre = _DOC_PRECHECK.get(rule.needs)
        if doc_pre is not None:
            # the required signal, scanned once per text (its topics are common words): one of its
            # spans must lie in the passage, apart from the topic word
            if cache is None:
                cache = {}
            spans = cache.get(rule.needs)
            if spans is None:
                spans = cache[rule.needs] = [(s.start(), s.end()) for s in doc_pre.finditer(text)]
            if not any(lo <= a and b <= hi and (a >= m.end() or b <= m.start()) for a, b in spans):
                return None
        if _ENUM_ITEM_BEFORE.search(text, max(0, m.start() - 3), m.start()) and _ENUM_ITEM_AFTER.match(text, m.end()):
            return None  # one state of a list of states in code (status IN ('未着手','交渉中','契約済')): no matter's
        win = text[lo:hi]
        pre = _PRECHECK.get(rule.needs)
        if pre is not None and not any(rx.search(win) for rx in pre):
            return None  # the rule's own required signal is absent: skip the shared scans
        # (the request at the head may say it for the whole text: 「市HPに掲載済みの入札結果を要約して」⏎⏎ the table)
        published = _PUBLISHED.search(win) is not None or _PUBLISHED.search(text, 0, _head_end(text)) is not None
        general = published or _GENERAL.search(win) is not None \
            or _FICTION_AT_HEAD.search(text, 0, _head_end(text)) is not None or (
            _GENERAL_WEAK.search(win) is not None and _CASE_PARTICULARS.search(win) is None)
        strong = _STATUS_STRONG.search(win)
        weak = _STATUS_WEAK.search(win)
        return _JUDGES[rule.needs](rule, text, m, lo, hi, win, published, general, strong, weak)

    def _fallback(self, doc: Document, found: list[Candidate], statements=None, particulars=None
                  ) -> list[Candidate]:
        """Statements that say by themselves that something is not public, with no topic rule
        near them: 'not yet public / internal study', 'the people concerned have not been told',
        'keep it from …', 'so that they do not notice' — whatever the subject is. Then subjects
        that are non-public by nature once they are particular: one unnamed person's circumstances
        (第2号), where a key is kept or guards stand (第7号), one team's appraisal grades."""
        text = doc.text
        taken = list(found)  # a passage gives at most one finding: the rules' ones come first
        out: list[Candidate] = []
        present = _gate_literals(text, _OWN_GATE_RX, _OWN_GATE_CLOSURE)
        for r in (_STATEMENTS if statements is None else statements):
            for m, _lo, _win in self._free_matches(text, r, taken, present):
                out.append(Candidate(TYPE, m.start(), m.end(), r.score, r.name, {"article": r.article}, rule=r.id))
                taken.append(out[-1])
        for r in (_PARTICULARS if particulars is None else particulars):
            for m, lo, win in self._free_matches(text, r, taken, present):
                details = {d.group(0) for d in r.detail.finditer(win)
                           if d.start() >= m.end() - lo or d.end() <= m.start() - lo}
                if len(details) >= r.need:
                    out.append(Candidate(TYPE, m.start(), m.end(), r.score, r.name, {"article": r.article}, rule=r.id))
                    taken.append(out[-1])
        return out

    def _free_matches(self, text: str, rule: Rule, taken: list[Candidate], present: set):
        """(match, passage start, passage) for each match of the rule's topic whose passage holds no
        finding in `taken` (read as it grows) and is not a general, descriptive or published text.
        Skipped at once when none of the rule's gate words is `present` (a long text costs)."""
        if present.isdisjoint(rule.gate):
            return
        # (a text whose head says it is published — 市のホームページに載せている…（公表資料）— states its rules, 個人の評価結果は
        # 公表していません, as policy, not as a matter kept back)
        head_published = (_PUBLISHED.search(text, 0, _head_end(text)) is not None
                          or _FOR_EVERYONE_HEAD.search(text, 0, _head_end(text)) is not None)
        for n, m in enumerate(rule.topic.finditer(text)):
            if n >= self.MAX_TOPIC_HITS:
                break
            lo, hi = _window(text, m.start(), m.end())
            if any(lo <= c.start < hi for c in taken):
                continue
            win = text[lo:hi]
            if head_published or _GENERAL.search(win) or _DESCRIPTION.search(win) or _PUBLISHED.search(win) \
                    or ("「" in win and _WORD_QUESTION.search(win)):
                continue  # (… or words quoted to ask what they mean: 「非公開」の意味として最も近いもの)
            yield m, lo, win


# a price written as a bare number of seven or more digits (a table cell, a JSON value)
_BARE_PRICE = compile_fast(r"(?<![\d.,\-/])(?:\d{1,3}(?:,\d{3}){2,}|[1-9]\d{6,11})(?![\d,.\-/])")
_RATE = compile_fast(r"(?<![\d.])\d{1,3}(?:\.\d+)?[ \t]*(?:%|パーセント|割(?![引増合])|掛け?)|[×x*][ \t]*0\.\d+|0\.\d+[ \t]*(?:を)?(?:掛け|乗じ)|歩切り")
# a rate stated as a rule of the system (「75%から92%の範囲」「国のモデルでは」) is not this office's price
_RATE_GENERAL = compile_fast(r"範囲|モデル|とされ|制度|目安|一般|程度|くらい|ぐらい|上限は法|施行令")


def _in_range(text: str, r) -> bool:
    """The rate is one end of a range (75〜92%, 85%以上): a rule, not a set price."""
    before = text[max(0, r.start() - 3):r.start()]
    after = text[r.end():r.end() + 4]
    return bool(re.search(r"[〜~-]|から$", before) or re.match(r"[ \t]*(?:[〜~-]|から|以上|以下|未満|超)", after))


# an exam still to come (来月実施する・次回の・実施予定 …), the material being prepared for it
_EXAM_UPCOMING = compile_fast(
    r"(?:来週|来月|来年度?|今度|次回|今年度|今秋|今春|今夏|今冬|[0-9]+月)(?:に|の)?(?:実施|行う|行われる|予定|試験|入試|採用|昇任|論文|面接|作文)|"
    r"試験日(?:は|：|:)|(?:面接|試験|テスト|選考|実技)(?:日)?は(?:来週|来月|明日|明後日|今度|[0-9]+月)|作っています|作成中|作問中|今度の|次回の|次の試験|(?:来週|来月|来年度|今年度)の[^。\n]{0,8}試験|実施予定|(?:実施|出題)する(?:予定|つもり|方向)|これから(?:実施|行う)|まだ実施して|未実施|"
    r"(?:受験者|受験生|応募者)(?:に|へ)(?:は)?(?:公表|配布|示す|提示|知らせる)(?:する)?前|当日まで|本番|"
    r"(?:受験者|受験生|応募者|生徒)(?:に|へ)(?:は)?当日(?:に)?(?:発表|配布|提示|示)|(?:来週|来月|明日|今度)の[^。\n]{0,12}テスト|"
    # the exam named by its year, or the text said to come before it (面接前, 実施前)
    r"令和[0-9元]{1,2}年度[^。\n]{0,24}(?:試験|テスト|選考)|(?:実施|試験|面接|テスト|選考)前|本番(?:に|で)使|"
    r"(?:来年度|今年度|次回)の[^。\n]{0,16}試験")
_EXAM_PREPARING = compile_fast(
    r"候補|案|考えました|考えている|(?:問|個|つ)考えて|作りました|作った|作成|用意|準備|出題する|出題予定|採点基準|評価基準|模範解答|"
    r"見直し|見直して|練って|選ん|決め|作って|作成して|本番(?:に|で)使|確定|(?<![A-Za-z])Q[0-9]|答え[ 　:：]")
_EXAM_DATE_REACH = 400
_EXAM_ADVICE = compile_fast(
    r"対策|コツ|書き方|勉強|練習|傾向|聞かれる|問われる|受験します|受験する予定|受けます|受ける予定|受けるので|合格する|合格したい|"
    r"模擬(?!授業)|例文|添削|私の(?:論文|作文|答案)|自分の(?:論文|作文|答案)")
# 第8号 condition phrases outside a provided-information context
_PRIVACY_NOTICE = compile_fast(
    r"個人情報(?:の)?(?:取り?扱い|保護方針|利用目的|保護に関する)|プライバシーポリシー|"
    r"個人情報(?:は|を)[^。\n]{0,30}(?:公表|第三者に提供|開示)し(?:ません|ない)|(?:お)?約束(?:します|いたします|致します)")
_CONDITION_GENERAL = compile_fast(
    r"一般論|一般的な?|(?<![こあも])とは(?:何|\?|？)|って何|仕組み|概要|ガイドライン|研修資料|考え方|書き方|"
    r"理由を(?:説明|教え)|どう(?:扱|対応)|扱い方|(?:べき|べきか|よいか|いいか|可能か)(?:教えて|\?|？)")
_CONDITION_DATA = compile_fast(
    r"データ|資料|情報|数字|数値|統計|名簿|リスト|一覧|売上|実績|計画|図面|見積|内訳|台帳|件数|人数|客数|"
    r"(?<![\d.])[0-9]+(?:人|件|社|万|億|円|%)")
_PROVIDER = compile_fast(
    r"(?:市民|住民|個人|相手方|先方|商店|店舗|病院|医院|大学|協会|団体|自治会|農家|地主|所有者|メーカー|取引先)(?:の方)?(?:から|より|が)")
_CONDITION_TO_PUBLISH = compile_fast(
    r"(?:広報|市報|ホームページ|HP|ウェブサイト|SNS|チラシ|ポスター)[^。\n]{0,12}(?:掲載|載せ|紹介|公開)|"
    r"(?:掲載|公開|公表)(?:する|します|したい|させて|の許可|を了承|の了承|に同意)|寄贈|寄付")
_RESULT_DETAIL = compile_fast(
    r"[0-9]+件中[0-9]+|[0-9]+(?:件|社|者|人|名|点|位|団体|事業者?|校|作品)|不採択|不合格|落選|(?<![A-Za-z])[A-Z]社|株式会社|\(株\)|"
    r"控え|伏せ|口外|内密|漏れ|知らせない|通知文|まだ言わ|連絡(?:しない|を待)")
_DISCIPLINE_GENERAL = compile_fast(r"指針|違い|種類|基準を|(?<![こあも])とは(?=何|なに|ど|、|,|\?|？)|一般|制度|公表基準|懲戒処分等の公表|判例|裁判例|人事院")
_DISCIPLINE_PENDING = compile_fast(
    r"検討|審査会|審議|量定|処分案|(?:停職|免職|減給|戒告)か|比較|予定|方向|見込み|決定前|諮る|諮問|前に|案を|弁明")
_DISCIPLINE_CASE = compile_fast(
    r"職員|課長|係長|主任|主査|主事|技師|教員|教諭|保育士|[0-9]+代|男性|女性|当該|本人|検挙|逮捕|書類送検|"
    r"飲酒運転|酒気帯び|ハラスメント|横領|着服|盗撮|事案|不祥事")
_ROUTE_DETAIL = compile_fast(r"[0-9]+筆|地番|地権者|丁目|番地|[0-9]+(?:件|ha|(?:㎡|(?<![A-Za-z])m2)|平方メートル)|一覧|リスト")
_BUDGET_CONTEXT = compile_fast(r"予算|要求|財政|事業|査定")
_BUDGET_DETAIL = compile_fast(r"削減|減額|ゼロ|見送|認められ|結果が出|復活|再要求|カット|圧縮|[0-9]+割|[0-9]+%")
_POSITION = compile_fast(
    r"妥結|譲歩|上限|下限|落としどころ|着地点|最大でも|最低でも|ぎりぎり|ギリギリ|最終ライン|ボトムライン|手の内|本音|"
    r"まで(?:なら|は)(?:譲|認め|応じ|出せ|のめ|飲め)|まで(?:と|を)考え|提示する(?:つもり|予定|方針)|最初は|当局(?:側)?(?:として|案|の考え)|"
    r"市(?:側)?として(?:は)?[^。\n]{0,12}(?:考え|想定)|据え置き|最終提示(?:額|案)?|当局側の|いくらに(?:する|す)か|(?<![\d.])[0-9]+(?:\.[0-9]+)?[ \t]*(?:%|円|万円|億円|か月|ヶ月)")
# 用地: chosen inside, the owners not yet told
_SITE_UNTOLD = compile_fast(
    r"(?:内部|庁内|部内|課内|内々)(?:で|にて)?(?:は)?(?:決め|決定|選定|選ん|絞り込|絞っ|固め|内定)|絞り込(?:んだ|みました|んで)|"
    r"(?:地権者|所有者|地主|地元|住民|自治会)(?:の方)?(?:に|へ|と)(?:は)?(?:まだ|一切)|"
    r"(?:地権者|所有者|地主)(?:に|へ|と)(?:は)?(?:打診|話|説明|接触|交渉|相談|連絡)(?:を)?(?:して|し|でき)(?:て)?(?:い)?(?:ない|ません|おらず)|"
    r"(?:打診|接触|説明|交渉)(?:する)?前")
_SITE_GENERAL = compile_fast(r"(?<![こあも])とは(?=何|なに|ど|、|,|\?|？)|流れ(?:を|は|について)|手続き(?:を|は|について)|手順(?:を|は|について)|一般|選定基準|評価項目|方法を教えて|決まりました|決定しました|発表しました|公表しました")
# 交渉: this side's limit, not yet shown to the other side
_POSITION_PRIVATE = compile_fast(
    r"まで(?:なら|は)[^。\n]{0,12}?(?:譲|認め|応じ|出せ|のめ|飲め|上乗せ|引き上げ|引き下げ|下げ|上げ|払え|支払え|増や|減ら|できる|可能|許容|妥協)|"
    r"(?:上限|下限|最終ライン|譲れる線|ボトムライン|最低ライン|落としどころ|妥結(?:ライン|額|点))(?:は|を|として)[^。\n]{0,30}?(?:内部|庁内|市として|当方|決め|考えて|想定)|"
    r"(?:相手|先方|組合|相手方|向こう)(?:側)?(?:に|へ)(?:は)?(?:まだ)?(?:伝えて|言って|明かして|知らせて|示して)(?:い)?(?:ない|ません|おらず)|"
    r"悟られ|手の内|気づかれ(?:ず|ない)|本音")
_POSITION_GENERAL = compile_fast(r"(?<![こあも])とは(?=何|なに|ど|、|,|\?|？)|一般|コツ|テクニック|心理学|進め方を教えて|仕組み|研修|本で|書籍")
# 内部調査: still being investigated, the decision to publish not yet made
_INVESTIGATING = compile_fast(
    r"調査中|調査して(?:い|お)|調査を(?:進め|行って|続け)|事実(?:関係)?(?:を)?確認(?:中|して)|聞き取り(?:を)?(?:して|中|行)|"
    r"内部調査|公表(?:する)?(?:か(?:どうか|否か)|の(?:要否|是非|判断|可否|有無))|公表するか|(?:公表|発表)(?:は|を|について)?[^。\n]{0,8}(?:結果|調査)を(?:見て|待って|踏まえ)|"
    r"未公表|公表前|まだ(?:公表|発表|報告)|(?:公表|発表)(?:して|され)(?:い)?(?:ない|ません)|"
    r"内部(?:点検|検査|監査)|"
    r"まだ[^。\n]{0,12}?(?:上げて|報告して|伝えて|知らせて|相談して)(?:い)?(?:ない|ません|おらず)")
_MONEY_BEFORE = compile_fast(
    r"(?:現金|公金|金銭|釣り?銭|つり銭|売上金|(?:使用|受講|手数|保育|利用|参加|入場|駐車|保険|給食|会)料|会費|預り金|預かり金)"
    r"(?:が|の)?[^\s。、]{0,8}$")
_INCIDENT_CASE = compile_fast(
    r"判明|発覚|分かり|わかり|分かった|わかった|見つかり|見つかった|発生し|起き(?:た|まし)|気づ|可能性があ|疑い|おそれがあ|恐れがあ|"
    r"(?<![\d.])[0-9][0-9,]*(?:\.[0-9]+)?(?:円|万円|件|人|名|枚|台|通)|約[0-9一二三四五六七八九十]|当該|本人|今月|先月|先週|昨日|今朝|昨年度")
_INCIDENT_UNDECIDED = compile_fast(r"公表(?:する)?(?:か(?:どうか|否か)|の(?:要否|是非|可否))|公表するか")
# 一般 as the general framing of a question (一般的な流れ, 一般論), not a noun of its own (一般常識, 一般事務,
# 一般競争入札, 一般会計 …); and 「…とは何」
_GENERAL_WORDS = r"一般(?!常識|事務|競争|会計|廃棄物|質問|職|財源|住宅|行政|選挙|入札|社団|財団)|(?<![こあも])とは(?=何|なに|ど|、|,|\?|？)|"
_INCIDENT_GENERAL = compile_fast(
    _GENERAL_WORDS + r"場合|際の|ときの|時の|おそれがあ|注意すべき|マニュアル|事例集|他市|他自治体|過去の事例|報道され|ニュース|記者会見|公表した|公表しました|"
    r"研修|進め方を教えて|基準を教えて|防止策の例|チェックリストの例")
# 企業の立地: negotiated in confidence with a named or counted party
_SITING_SECRECY = compile_fast(
    r"非公表|未公表|内々|内密|水面下|極秘|オフレコ|ここだけ|"
    r"(?:社名|企業名|会社名|名前)(?:を|は)?(?:伏せ|出さ|明かさ|公表しない|言えない)|伏せて|"
    r"まだ(?:決まって|正式|公表|発表|公に)|決まって(?:い)?(?:ない|ません)|(?:正式)?(?:決定|発表)前|"
    r"交渉(?:中|して(?:い|お))|打診(?:を受け|され|があ|して(?:い|き|お))|協議(?:中|して(?:い|お))")
_SITING_PARTY = compile_fast(r"[0-9一二三]社|メーカー|先方|相手方|相手企業|進出企業|誘致企業|誘致先")
_SITING_GENERAL = compile_fast(
    r"メリット|デメリット|(?<![こあも])とは(?=何|なに|ど|、|,|\?|？)|一般|事例|成功例|効果|仕組み|制度の概要|手続き|届出|報道|ニュース|新聞|記者会見|発表した|発表しました|"
    r"公表した|公表しました|協定を締結しました|立地が決まりました")
# 争訟: what this side is going to argue or accept
_LITIGATION_STRATEGY = compile_fast(
    r"方針|戦略|見通し|勝算|勝ち目|落としどころ|反論|(?:主張|争う|争わない)(?:する)?(?:論点|点|か|べき)|"
    r"(?:和解|控訴|上告|応訴|調停|示談)(?:する|に応じる|すべき)?(?:か(?:どうか|否か)?|の是非|の可否|の判断)|"
    r"顧問弁護士|代理人(?:の)?弁護士|弁護士と(?:検討|協議|相談|詰め|打ち合わせ)|"
    r"答弁書(?:の)?(?:案|原案|たたき台|下書き)|準備書面(?:の)?(?:案|原案|たたき台|下書き)|和解(?:案|金|額|条件)|係争中")
_LITIGATION_OURS = compile_fast(
    r"(?<![一-龥])市(?:側|として|は|が|の)|本市|当市|当方|こちら|我々|うち|被告|原告|相手方|訴えられ|求められ|提起され|起こされ|係争中")
_LITIGATION_GENERAL = compile_fast(
    _GENERAL_WORDS + r"手続き|流れ|仕組み|違い|判例|裁判例|報道|ニュース|新聞|記事|判決が確定|確定した|和解が成立|和解した|"
    r"和解しました|議決され|可決され|公表した|公表しました|司法試験|ドラマ|小説")
# 第4号 in plain words: compared inside, the people concerned not yet told, nothing decided
_INTERNAL_PLAIN = compile_fast(
    r"(?:内部|庁内|部内|課内|局内|係内|委員会内|内々)(?:で|にて)(?:は)?[^。\n]{0,40}?(?:比較|比べ|議論|検討|協議|整理|詰め|調整)(?:して|し|中|を(?:して|進め|続け))|"
    r"(?:まだ)?(?:保護者|住民|議会|関係者|地元|市民|利用者|地権者|組合|自治会|職員|学校|委員会|部長会議|庁議|審議会|関係課)"
    r"(?:の方|の皆さん|の皆様)?(?:に|へ|と|で)(?:は|も)?(?:まだ)?(?:説明|伝え|知らせ|話し|話せ|公表|報告|周知|相談|議論|かけ|諮|示し|出し)"
    r"(?:を)?(?:して|て|せて|し|られて|って)?(?:い|お)?(?:ない|ません|らず|ず)|"
    r"(?:方針|結論|どちら|どの案|方向性|案|計画|中身|内容)(?:は|が|も)?(?:まだ)?(?:決まって|固まって|まとまって|出て|確定して)(?:い)?(?:ない|ません|おらず)|"
    r"(?:[A-Z甲乙丙]案|両案|複数(?:の)?案|二つの案|2つの案)(?:と[A-Z甲乙丙]案)?(?:を|で|の)(?:比較|比べ|検討|どちら)|"
    r"(?:議論|説明|協議|公表|発表)する前の(?:段階|案|資料)|"
    r"(?:保護者|住民|議会|関係者|地元|市民|利用者|地権者|組合|自治会|職員|学校)(?:に|へ)(?:も|は)[^。\n]{0,16}?"
    r"(?:まだ|一言も|何も|一切)(?:一言も|何も)?(?:説明|伝え|知らせ|話し|話せ|公表|報告|出し|言っ)(?:て|せて|し)?(?:い|お)?(?:ない|ません|らず|ず)|"
    r"(?:委員会|部|課|局|室|庁内|会議)の中で(?:は)?[^。\n]{0,40}?(?:有力|固まり|傾いて|方向で|検討して)")
_INTERNAL_PLAIN_GENERAL = compile_fast(
    _GENERAL_WORDS + r"仕組み|進め方|手順|流れ|ポイント|注意点|事例|他市|他自治体|ニュース|報道|お知らせ|説明会(?:を|の)(?:開催|ご案内)|"
    r"決まりました|決定しました|公表しました|発表しました|お知らせします|ご理解|皆様へ|べきか|場合")
# 第5号 争訟: one ongoing matter with a named side (住民・相手方) who threatens action
_DISPUTE_CASE = compile_fast(
    r"(?:住民|市民|近隣|相手方?|申出人|申立人|男性|女性|利用者|保護者|業者|事業者|地権者|所有者|遺族|さん|氏)(?:の方)?(?:から|は|が|に)|"
    r"と言(?:われ|って)|と(?:主張|申し出|伝えられ|通告)|言われて|言っています|言っている|続いて|求められ|請求され|されています")
_DISPUTE_GENERAL = compile_fast(
    _GENERAL_WORDS + r"仕組み|手続き|流れ|制度|場合|違い|判例|裁判例|報道|ニュース|新聞|記事|判決が確定|確定した|和解が成立|和解した|"
    r"和解しました|解決しました|解決した|終結|議決され|可決され|公表した|公表しました|ドラマ|小説|時効|相談窓口|無料相談|法律相談|ご案内|お知らせ")
# 監査: the finding still to come or the report not yet published
_AUDIT_PENDING = compile_fast(
    r"(?:指摘|意見)(?:を受ける|される|が出る|を受けそう|されそう)?(?:見込み|見通し|可能性|予定|おそれ|恐れ)|指摘が見込まれ|指摘されそう|"
    r"(?:報告書|結果)(?:の)?(?:公表|公開|提出)(?:前|まで)|(?:まだ|未)(?:公表|公開|発表)|(?:公表|公開)(?:され|して)(?:い)?(?:ない|ません)|"
    r"講評(?:で|の段階|を受け)|(?:指摘|意見)(?:事項)?(?:の)?(?:案|内容)(?:を|が)(?:示され|伝えられ)")
_AUDIT_GENERAL = compile_fast(
    _GENERAL_WORDS + r"仕組み|制度|概要|違い|流れ|公表された|公表されました|公表済み|公表しました|掲載|ホームページ|HP|過去の|昨年度の報告書|"
    r"報道|ニュース|研修|解説")
# the same, scanned once per text for rules whose topics are common words
_DOC_PRECHECK = {"plain_deliberation": _INTERNAL_PLAIN}
# 第1号: figures for one property or taxpayer, read in the tax records
_TAX_PARTICULAR = compile_fast(
    r"(?:台帳|帳簿|システム|名寄せ)(?:で|を)(?:確認|見|調べ|照会)|確認したら|調べたら|"
    r"跡地|番地|丁目|地番|[0-9]+番|所有者|所有会社|[一-龥]{1,4}さん|(?<![一-龥])(?:氏|様)|株式会社|有限会社|事業者|[A-Z]社|"
    r"理事長|社長|会長|経営者|医療法人|モール|ホテル|工場|病院|税務署から|回ってきた資料|"
    r"(?<![\d.])[0-9][0-9,]*(?:\.[0-9]+)?[ \t]*(?:円|万円|億円|千円)|[0-9一二三四五六七八九十]+(?:億|千万|百万|万)(?:[0-9一二三四五六七八九十千百]+(?:千万|百万|万)?)?円")
_TAX_GENERAL = compile_fast(
    _GENERAL_WORDS + r"仕組み|制度|計算方法|計算の仕方|求め方|算出方法|評価替え|税率|軽減|特例|減免|申告|手続き|流れ|"
    r"お知らせ|チラシ|説明会|よくある質問|Q&A|納期|口座振替|課税標準額とは|合計|総額|全体|市全体|統計|決算|平均|"
    r"中央値|分布|(?:市民|住民|世帯)の所得")
# 第7号: one case (a person, a document that has arrived), not how such inquiries are handled in general
_POLICE_CASE = compile_fast(
    r"ある(?:男性|女性|人|方|市民|住民|職員|世帯|事業者)|当該|本人|男性|女性|[0-9]+代|(?:が|も)届き|届いた|届きました|来ています|来ている|来ました|"
    r"知られ(?:ない|ず)|言わないで|秘密に|[一-龥]{1,4}さん|(?<![一-龥])氏")
_POLICE_GENERAL = compile_fast(r"一般|(?<![こあも])とは(?=何|なに|ど|、|,|\?|？)|仕組み|根拠|法的性格|法律上|義務はある|応じる義務|制度|研修|マニュアル|事例集|判例")
# the signal each of these rules cannot do without, tested before anything else
_PRECHECK = {
    "dispute": (_DISPUTE_CASE,),
    "audit_pending": (_AUDIT_PENDING,),
    "site": (_SITE_UNTOLD, _STATUS_STRONG),
    "position_private": (_POSITION_PRIVATE,),
    "investigation": (_INVESTIGATING,),
    "siting": (_SITING_SECRECY,),
    "litigation": (_LITIGATION_STRATEGY,),
}
_GOV_DEALING = compile_fast(
    r"照会|打診|依頼|要請|協議|相談|意向|聞き取り|ヒアリング|示され|示して|内示|伝えられ|求められ|話があ|連絡があ|電話があ|聞きました|聞いた|知らされ|"
    r"届き|届い|送られ|送付され|提供され")
_GOV_SECRECY = compile_fast(
    r"内々|非公式|内密|極秘|水面下|オフレコ|ここだけ|まだ[^。\n]{0,12}(?:伝えて|知らせて|話して|公表して|発表して|言って)(?:い)?(?:ない|ません)|"
    r"公表前|発表前|未公表|非公表|正式(?:な)?(?:発表|公表|通知|依頼|決定)(?:の)?前|(?:公表|発表)(?:は)?されて(?:い)?(?:ない|ません)|"
    r"(?:発表|公表)より(?:も)?先に|外(?:部)?に(?:は)?(?:出さない|話さない|言わない)|"
    # the sender's own condition of handling: 「取扱いは関係市町村の担当者限りでお願いしたい」
    r"(?:取扱い|取り扱い|取扱)は[^。\n]{0,24}限り")
_STRONG_IS_ONLY_UNDECIDED = compile_fast(r"未決定|決まって(?:い)?(?:ない|ません|おらず)")
_GOV_CONTENT = compile_fast(r"[0-9]|候補|案|金額|円|回答|意向|示され|条件|見込み|方針")
_GOV_BEFORE = compile_fast(
    r"(?:省|庁|整備局|県|国|警察)(?:の)?(?:[一-龥]{0,8}課|担当者?|職員|方)?(?:から|より)(?:の)?[、 \t]*$")
_WORD_QUESTION = compile_fast(r"意味|読み方|言い換え|英語で|英訳|類語|使い方|敬語|ことわざ")
_ENTITY = compile_fast(
    r"(?<![A-Za-z])[A-Z]社|株式会社|有限会社|\(株\)|\(有\)|[一-龥ァ-ン]{1,10}(?:建設|工業|商事|設計|製作所|工場)|業者|事業者|事業所|"
    r"企業|会社|法人|社長|経営者|代表者|オーナー|店主|地権者|団体の|組合の")
_BUSINESS_PLAN = compile_fast(
    r"撤退|進出|閉鎖|縮小|増設|移転|売却|買収|合併|倒産|廃業|解雇|人員削減|配置転換|リストラ|工場|店舗|出店|"
    r"(?<![\d.])[0-9]+(?:人|名|億|万円|%)")
_EN_GENERAL = compile_fast(
    r"in general|generally|what (?:is|are|does|do) |how (?:should|do|does|to|can)|best practices?|overview of|difference between|"
    r"definition|meaning of|guideline|policy on handling|training|"
    r"explain[a-z ]{0,20} what|what [^\n.?]{1,40}? means?\b|general explanation|no specific (?:project|case|bid)|"
    # a rule listing what must not be typed in (Do not enter … drafts before decision): the kinds, not a matter
    r"(?:do not|don't|never) (?:enter|input|type|paste)|"
    # a promise to the public (Consultations are free and confidential; your information will not be shared)
    r"free and confidential|kept (?:strictly )?confidential|your (?:information|data|details) (?:will|is) not (?:be )?shared")
_EN_CONTENT = compile_fast(
    r"performance|appraisal|pay step|investigation|purchase|withdraw|servers?\b|accounts?\b|systems?\b|network|"
    r"plan(?:s|ned|ning)?\b|pric(?:e|es|ing)\b|budget|tax\b|fees?\b|tariff|\brates?\b|results?\b|shortlist|candidates?\b|"
    r"bids?\b|bidding|estimate|proposal|closure|clos(?:e|ing) (?:the|a|our)|merger|merg(?:e|ing)|relocat|layoffs?|salar(?:y|ies)|wage|"
    r"route|site for|acquisition|land purchase|list of|claim|settlement|schedule|visit|accept|scor(?:e|es|ing)\b|weight|"
    r"arrears|immigration|subsid|investment|(?:to|will) open|opening of|press release|evaluat|reappoint|renew|replac|"
    r"exam\b|questions|offer|negotiat|limit\b|decline|options?\b|pts\b|points\b|personnel|transfers?\b|inspections?\b|"
    r"contracts?\b|seizure|disciplin|liabilit|\bsue\b|investigat|affected|delegation|fares?\b|discount|"
    r"(?<![\w.])[0-9][0-9,.]*[ \t]*(?:yen|%|percent|million|billion)|¥[ \t]?[0-9]|\$[ \t]?[0-9]")
_FACILITY_ALONE = compile_fast(r"統合(?:の)?(?:対象|候補|案)|閉校|廃校|閉園|対象校|対象園|対象施設|候補校|候補園|候補施設|跡地.*|基本方針")
# the facility right before the action word (「A小学校との統合」「センター統合」「プールの廃止」)
_FACILITY_BEFORE = compile_fast(
    r"(?:学校|高校|保育所|保育園|幼稚園|こども園|公民館|児童館|図書館|体育館|プール|施設|センター|支所|出張所|"
    r"病院|診療所|庁舎|校舎|[一-龥]{1,4}(?:校|園|館|所))(?:と|との|の|を)?$")
# (an article's item named to explain it — 第7号とは, 第7号の趣旨 —, not one a request applies to a case: 非開示とすべき理由を
# 第6条第7号に沿って書いて, with the case's particulars)
_DESCRIPTION = compile_fast(r"第[0-9一二三四五六七八]号(?:とは|の(?:意味|説明|趣旨|解説|内容|具体例|例)|(?:に|へ)の?(?:該当例|当たる例|該当する例)|"
                            r"を(?:説明|解説)|について(?:説明|解説|教えて))|(?<![こあも])とは(?=何|なに|ど|、|,|\?|？)|をいいます|に当たります|情報です")
_INSPECTION_DETAIL = compile_fast(r"予告なし|予告せず|抜き打ち|事前に(?:知らせ|通知し)(?:ない|ず)|来週|明日|来月|[0-9]+(?:店舗|か所|箇所|件|社)|対象は|実施予定|日程")
_COUNTERPART = compile_fast(r"(?<![一-龥])(?:国|県)(?:の|から|と|は)|土木事務所|事業者|相手方|地権者|企業|組合|業者|団体|弁護士|[A-Z]社")
_EXCHANGE = compile_fast(r"回答|主張|反論|提示|条件|要求|申し入れ|譲らない|応じない|求めて")
_DELIBERATION_WEAK_TOPIC = compile_fast(
    r"条例(?:の)?改正|規則(?:の)?改正|改正案|答弁(?:案|の案)?|統廃合|再編|廃止|移転|値上げ|引き上げ|引上げ|"
    r"料金(?:の)?改定|組織改正|機構改革|予算(?:要求|案)|補助金(?:の)?(?:見直し|廃止|削減)|民営化|指定管理者の(?:選定|変更)")
_PLAIN_SUBJECT = compile_fast(
    r"学校|[小中]学校|校舎|保育|[0-9一二三四五六七八九十]+(?:校|園|館)|幼稚園|こども園|児童館|施設|公民館|図書館|分館|体育館|プール|"
    r"庁舎|支所|出張所|センター|病院|診療所|市営|団地|路線|バス|料金|使用料|補助金|予算|条例|総合計画|基本計画|都市計画|"
    r"民営化|民間委託|指定管理|組織|機構|地区|地域|跡地|用地|教育委員会|"
    r"[一-龥ノ]{1,6}[小中](?=と|を|の|は|が)")
_STRONG_OVERRIDES_GENERAL = compile_fast(r"内部|庁内|部内|課内|庁議|まだ|未公表|公表前|発表前")

# A text that keeps saying what may and may not be entered (a checklist or a course on the
# AI rules) names every kind of non-public topic as an example; it is about the rules, not a case.
_RULES_TALK = compile_fast(
    r"入力(?:して(?:も)?(?:よい|いい|良い|構いません|かまいません|大丈夫)|しません|しない(?:で|こと|よう)|"
    r"できません|できない|してはいけ|禁止|不可)")
RULES_TALK_MIN = 3


_PUBLIC_MEETING = compile_fast(r"公開で開催|公開の(?:会議|審議会|委員会|会合)|傍聴(?:者|席|人)")
_DISCLOSURE_SYSTEM = compile_fast(r"情報公開制度|情報公開条例")


def _about_the_rules(text: str) -> bool:
    if _DISCLOSURE_SYSTEM.search(text):
        return True  # a notice or question about the disclosure system lists the kinds of 第6条
    n = 0
    for _ in _RULES_TALK.finditer(text):
        n += 1
        if n >= RULES_TALK_MIN:
            return True
    return False


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
    produces = (TYPE, "CONFIDENTIAL_MARKING")
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
                ctype, score = "CONFIDENTIAL_MARKING", ev.KEYWORD_BLOCK
            elif action == "warn":
                ctype, score = TYPE, ev.KEYWORD_WARN  # warn even if IT makes NONPUBLIC_INFO block
            else:
                continue
            pos = folded.find(kw)
            hits = tries = 0
            while pos != -1 and hits < self.MAX_HITS and tries < 20 * self.MAX_HITS:
                tries += 1
                end = pos + len(kw)
                if _ascii_bounded(text, pos, end):
                    extra = {"article": 5} if ctype == TYPE else {}
                    out.append(Candidate(ctype, pos, end, score, REASONS["policy.keyword"], extra))
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



_CELL_EDGE = "\t,|"


def _whole_cell(text: str, start: int, end: int) -> bool:
    """The match fills a cell of a tab-, comma- or bar-separated row (spaces around it aside)."""
    i, j = start - 1, end
    while i >= 0 and text[i] in " 　":
        i -= 1
    while j < len(text) and text[j] in " 　":
        j += 1
    edges = (text[i] if i >= 0 else "\n", text[j] if j < len(text) else "\n")
    # both sides a separator or a line's end, and at least one a separator
    return all(x in _CELL_EDGE or x in "\r\n" for x in edges) and any(x in _CELL_EDGE for x in edges)


# right after the topic, a bracket that says this very item is published: the tender notice's
# 予定価格（事前公表）, a security plan's 雑踏警備計画（公表版）, 審査結果（公開済み）
# (or after a colon: 予定価格：事前公表（4,620万円）)
_PUBLISHED_AFTER = re.compile(r"[ 　]*(?:[（(]|[:：][ 　]*[（(]?)[ 　]*(?:事前公表|公表済み?|公開済み?|公表価格|公表版|公開版|公表用|公開用|公表(?![前予しさでの]))")


# the topic as a field's label with its amount after a colon (予定価格（税抜）：38,450,000円)
_AMOUNT_FIELD = re.compile(r"(?:[ 　]*[（(][^（）()\n]{0,8}[）)][ 　]*[:：]?|[ 　]*[:：]|[ 　]+)[ 　]*[0-9０-９]")
# the price of a coming bid still being decided, asked for (「入札の予定価格をいくらに設定すべきか…入札は来月予定」)
_PRICE_BEING_SET = re.compile(r"(?:いくら|何円|どの(?:程度|くらい|ぐらい)|どこ)に(?:設定|決め|し|す)[^。？?\n]{0,3}?(?:べき|れば|たら|ようか)|設定(?:額|金額)?(?:を|は)(?:いくら|どう)")
_BID_COMING = re.compile(r"入札(?:は|を)?(?:来週|来月|今月|[0-9０-９]+月)(?:予定|実施|に)|(?:来週|来月|今月|近く)(?:の)?入札|入札(?:の)?予定(?:日|です|あり)")
# the price being worked out now (予定価格を積算しています, 設計額を算定中): its figures may stand well below
_PRICE_IN_WORK = re.compile(r"[ 　]*(?:を|の)(?:積算|算定|算出|作成|設定)(?:して(?:い|お)|中|しようと)")
_PRICE_IN_WORK_REACH = 600
# a made-up or example figure (例えば, 仮に, 架空, サンプル): a general question's own numbers
_SAMPLE_NEAR = re.compile(r"例えば|たとえば|仮に|架空|サンプル|ダミー|記入例|例[:：）)]")


def _judge_amount_or_status(rule, text, m, lo, hi, win, published, general, strong, weak):
    if _PUBLISHED_AFTER.match(text, m.end()):
        return None
    amounts = list(_AMOUNT.finditer(text, m.end(), min(hi, m.end() + 60)))
    if not amounts and not published:
        # a price column or key without 円 (予定価格,最低制限価格 ⏎ 88,990,000,77,879,000 / "予定価格":215600000)
        amounts = list(_BARE_PRICE.finditer(text, m.end(), min(hi, m.end() + 200)))[:3]
    # (a price whose publication is still to come — 来週公告予定 — is as unpublished as one 公告前)
    if amounts and (strong or _STATUS_PENDING.search(win)):
        return ev.NONPUBLIC["nonpublic.why.amount_or_status.1"], "nonpublic.why.amount_or_status.1", amounts
    if amounts and not general:
        return ev.NONPUBLIC["nonpublic.why.amount_or_status.2"], "nonpublic.why.amount_or_status.2", amounts
    if amounts and not published and _AMOUNT_FIELD.match(text, m.end()) and not _SAMPLE_NEAR.search(win):
        # 「最低制限価格：33,830,000円」 as a field of the pasted paper: the request's 「一般的な考え方を教えて」 asks about
        # these figures, it does not make them general
        return ev.NONPUBLIC["nonpublic.why.amount_or_status.2"], "nonpublic.why.amount_or_status.2", amounts
    rates = [r for r in _RATE.finditer(text, m.end(), min(hi, m.end() + 40)) if not _in_range(text, r)]
    if rates and not general and not _RATE_GENERAL.search(win):
        return ev.NONPUBLIC["nonpublic.why.amount_or_status.3"], "nonpublic.why.amount_or_status.3", rates
    if strong and not general:
        return ev.NONPUBLIC["nonpublic.why.amount_or_status.4"], "nonpublic.why.amount_or_status.4", []
    if not published and _PRICE_IN_WORK.match(text, m.end()):
        # 「…の予定価格を積算しています。以下の前提で…⏎運転手人件費：日額 16,000円」: the office's price being worked out,
        # its figures given below the request
        below = list(_AMOUNT.finditer(text, m.end(), min(len(text), m.end() + _PRICE_IN_WORK_REACH)))[:3]
        if below:
            return ev.NONPUBLIC["nonpublic.why.amount_or_status.2"], "nonpublic.why.amount_or_status.2", below
    if _PRICE_BEING_SET.search(text, m.end(), m.end() + 30) and _BID_COMING.search(text):
        return ev.NONPUBLIC["nonpublic.why.amount_or_status.4"], "nonpublic.why.amount_or_status.4", []
    if weak and not general and m.group().startswith("指名"):
        # 「指名予定業者：…（指名委員会は来週）」: the firms to be nominated, before the committee
        return ev.NONPUBLIC["nonpublic.why.amount_or_status.4"], "nonpublic.why.amount_or_status.4", []
    return None


def _judge_quotes(rule, text, m, lo, hi, win, published, general, strong, weak):
    amounts = list(_AMOUNT.finditer(win))
    companies = _COMPANY.search(win)
    if general:
        return None
    if len(amounts) >= 2 and companies:
        return ev.NONPUBLIC["nonpublic.why.quotes.1"], "nonpublic.why.quotes.1", [_shift(a, lo) for a in amounts]
    if amounts and companies and (strong or weak):
        return ev.NONPUBLIC["nonpublic.why.quotes.2"], "nonpublic.why.quotes.2", [_shift(a, lo) for a in amounts]
    return None


def _judge_status_or_company(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general:
        return None
    if strong or (_COMPANY.search(win) and (weak or _AMOUNT.search(win))):
        return ev.NONPUBLIC["nonpublic.why.status_or_company"], "nonpublic.why.status_or_company", []
    return None


def _judge_personnel(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general and not strong:
        return None
    word = m.group(0)
    if "内示" in word:
        if "予算" in text[max(lo, m.start() - 8):m.start()]:
            return ev.NONPUBLIC["nonpublic.why.personnel.1"], "nonpublic.why.personnel.1", []
        return ev.NONPUBLIC["nonpublic.why.personnel.2" + (".strong" if strong else "")], "nonpublic.why.personnel.2", []
    if _PERSONNEL_CONTEXT.search(win) and (strong or weak):
        return ev.NONPUBLIC["nonpublic.why.personnel.3"], "nonpublic.why.personnel.3", []
    return None


_EXAM_DELIBERATING = compile_fast(r"検討(?:して|中)|決めかね|迷って")


def _judge_exam(rule, text, m, lo, hi, win, published, general, strong, weak):
    if published or (general and not strong):
        return None  # (a published exam guide's 「問題は公開していません」 is its policy, not a paper before the exam)
    if strong:
        return ev.NONPUBLIC["nonpublic.why.exam.1"], "nonpublic.why.exam.1", []
    if _EXAM_ADVICE.search(_sentence_of(text, lo, hi, m)):
        return None  # a candidate asking how to prepare, not the material itself (in its own sentence:
        # 「…は減少傾向にある」 on the next line of minutes is no advice)
    # (the exam's date may come after a long list of the candidate questions: read a little further on)
    if _EXAM_PREPARING.search(win) and (_EXAM_UPCOMING.search(win) or _EXAM_UPCOMING.search(text, hi, hi + _EXAM_DATE_REACH)):
        return ev.NONPUBLIC["nonpublic.why.exam.2"], "nonpublic.why.exam.2", []
    if weak or _EXAM_DELIBERATING.search(win):
        # (合格ラインを何点にするか検討しています: a line still being drawn is as undecided as one said not yet public)
        return ev.NONPUBLIC["nonpublic.why.exam.3"], "nonpublic.why.exam.3", []
    return None


# a finding received (指摘を受けた, 指摘されました, 指摘がありました), not any past tense near the word (監査指摘の
# CSVを集計するコードを書きました)
_FINDING_RECEIVED = compile_fast(r"指摘[^。\n]{0,8}?(?:受け(?!ない|ず)|あり(?!ません)|され(?!ない|ず|ません)|ました)")


def _judge_audit(rule, text, m, lo, hi, win, published, general, strong, weak):
    if not _AUDIT_CONTEXT.search(win) or published:
        return None
    if strong:
        return ev.NONPUBLIC["nonpublic.why.audit.1"], "nonpublic.why.audit.1", []
    if general:
        return None
    if "指摘" in win and _FINDING_RECEIVED.search(win):
        return ev.NONPUBLIC["nonpublic.why.audit.2"], "nonpublic.why.audit.2", []
    return None


def _judge_land(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general and not strong:
        return None
    head = text[:_head_end(text)]
    if not strong and (_FOR_EVERYONE_HEAD.search(head) or _FOR_RESIDENTS_HEAD.search(head)):
        return None  # (a pamphlet for the owners of a road's land explains how compensation is reckoned: to everyone)
    detail = [d for d in _LAND_DETAIL.finditer(win) if not (lo + d.start() < m.end() and m.start() < lo + d.end())]
    amounts = [_shift(a, lo) for a in _AMOUNT.finditer(win)]
    if detail and (amounts or strong or len(detail) >= 2):
        return ev.NONPUBLIC["nonpublic.why.land"], "nonpublic.why.land", amounts
    return None


def _judge_not_general(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general and not strong:
        return None
    return rule.score, "", []


def _sentence_of(text: str, lo: int, hi: int, m) -> str:
    """The sentence (or line) of the passage [lo, hi) that holds the match."""
    a = max(lo, text.rfind("\n", lo, m.start()) + 1, text.rfind("。", lo, m.start()) + 1)
    b = min(x for x in (text.find("\n", m.end(), hi), text.find("。", m.end(), hi), hi) if x != -1)
    return text[a:b]


def _judge_own_sentence(rule, text, m, lo, hi, win, published, general, strong, weak):
    """A fact stated of the city's own systems (脆弱性診断で指摘された未対応の項目が3件残っている): general
    only when its own sentence reads as general, not when the passage around it quotes a guideline."""
    sentence = _sentence_of(text, lo, hi, m)
    if _PUBLISHED.search(sentence) or _GENERAL.search(sentence):
        return None
    return rule.score, "", []


def _judge_facility(rule, text, m, lo, hi, win, published, general, strong, weak):
    word = m.group(0)
    if not _FACILITY_ALONE.fullmatch(word) and not _FACILITY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if strong:
        if general and not _STRONG_OVERRIDES_GENERAL.search(win):
            return None
        return ev.NONPUBLIC["nonpublic.why.facility.1"], "nonpublic.why.facility.1", []
    if weak and not general:
        return ev.NONPUBLIC["nonpublic.why.facility.2"], "nonpublic.why.facility.2", []
    return None


def _judge_deliberation(rule, text, m, lo, hi, win, published, general, strong, weak):
    if strong:
        if general and not _STRONG_OVERRIDES_GENERAL.search(win):
            return None
        return ev.NONPUBLIC["nonpublic.why.deliberation.1"], "nonpublic.why.deliberation.1", []
    if weak and not general and _DELIBERATION_WEAK_TOPIC.fullmatch(m.group(0)):
        return ev.NONPUBLIC["nonpublic.why.deliberation.2"], "nonpublic.why.deliberation.2", []
    return None


def _judge_complaint(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general:
        return None
    details = {d.group(0) for d in _COMPLAINT_DETAIL.finditer(win)}
    if len(details) >= 2:
        return rule.score, "nonpublic.why.complaint", []
    return None


def _judge_corporate(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general and not strong:
        return None
    src = _CORPORATE_SOURCE.search(win)
    if src:
        return rule.score, "nonpublic.why.corporate", []
    return None


def _judge_inspection(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general and not strong:
        return None
    if _INSPECTION_DETAIL.search(win) or strong:
        return rule.score, "nonpublic.why.inspection", []
    return None


def _judge_negotiation(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general and not strong:
        return None
    if _COUNTERPART.search(win) and _EXCHANGE.search(win):
        return rule.score, "nonpublic.why.negotiation", []
    return None


def _judge_results(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _DESCRIPTION.search(win):
        return None
    if (strong or _STATUS_PENDING.search(win)) and _RESULT_DETAIL.search(win):
        return rule.score, "nonpublic.why.results", []
    return None


def _judge_discipline(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _DISCIPLINE_GENERAL.search(win):
        return None
    if _DISCIPLINE_PENDING.search(win) and _DISCIPLINE_CASE.search(win):
        return rule.score, "nonpublic.why.discipline", []
    return None


def _judge_route(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general:
        return None
    if strong or _STATUS_PENDING.search(win) or (weak and _ROUTE_DETAIL.search(win)):
        return rule.score, "nonpublic.why.route", []
    return None


def _judge_budget(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or not _BUDGET_CONTEXT.search(win):
        return None
    amounts = [_shift(a, lo) for a in _AMOUNT.finditer(win)]
    if amounts or strong or weak or _BUDGET_DETAIL.search(win):
        return rule.score, "nonpublic.why.budget", amounts
    return None


def _judge_position(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general:
        return None
    if any(p.start() >= m.end() - lo or p.end() <= m.start() - lo for p in _POSITION.finditer(win)):
        return rule.score, "nonpublic.why.position", []
    return None


def _judge_site(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _SITE_GENERAL.search(win):
        return None
    if strong or _SITE_UNTOLD.search(win):
        return rule.score, "nonpublic.why.site", []
    return None


def _judge_position_private(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _POSITION_GENERAL.search(win):
        return None
    if any(p.start() >= m.end() - lo or p.end() <= m.start() - lo for p in _POSITION_PRIVATE.finditer(win)):
        return rule.score, "nonpublic.why.position_private", []
    return None


def _judge_investigation(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general:
        return None
    # (a case that happened and whose publication is undecided is one, whatever else it asks: 公表する場合のお詫び文)
    if _INCIDENT_GENERAL.search(win) and not (_INCIDENT_UNDECIDED.search(win) and _INCIDENT_CASE.search(win)):
        return None
    if m.group(0) == "不足" and not _MONEY_BEFORE.search(text, max(lo, m.start() - 16), m.start()):
        return None  # 人手が不足・材料が不足: only money that should be there is an incident
    status = [s for s in _INVESTIGATING.finditer(win) if s.start() >= m.end() - lo or s.end() <= m.start() - lo]
    if status and (_INCIDENT_CASE.search(win) or _INCIDENT_UNDECIDED.search(win)):
        return rule.score, "nonpublic.why.investigation", []
    return None


def _judge_siting(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _SITING_GENERAL.search(win):
        return None
    if _SITING_SECRECY.search(win) and (_ENTITY.search(win) or _SITING_PARTY.search(win)):
        return rule.score, "nonpublic.why.siting", []
    return None


def _judge_litigation(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _LITIGATION_GENERAL.search(win):
        return None
    if _LITIGATION_STRATEGY.search(win) and _LITIGATION_OURS.search(win):
        return rule.score, "nonpublic.why.litigation", []
    return None


def _judge_plain_deliberation(rule, text, m, lo, hi, win, published, general, strong, weak):
    if published or _INTERNAL_PLAIN_GENERAL.search(win) or _DESCRIPTION.search(win):
        return None
    if general and not _STRONG_OVERRIDES_GENERAL.search(win):
        return None
    if not _PLAIN_SUBJECT.search(win):
        return None  # a public-affairs subject (学校・施設・料金・路線 …), not a file or a trip
    return rule.score, "nonpublic.why.plain_deliberation", []  # the status was checked in _DOC_PRECHECK


def _judge_dispute(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _DISPUTE_GENERAL.search(win) or _DESCRIPTION.search(win):
        return None
    if any(p.start() >= m.end() - lo or p.end() <= m.start() - lo for p in _DISPUTE_CASE.finditer(win)):
        return rule.score, "nonpublic.why.dispute", []
    return None


def _judge_audit_pending(rule, text, m, lo, hi, win, published, general, strong, weak):
    if published or _AUDIT_GENERAL.search(win) or _DESCRIPTION.search(win):
        return None
    if general and not _STRONG_OVERRIDES_GENERAL.search(win):
        return None
    if _AUDIT_PENDING.search(win):
        return rule.score, "nonpublic.why.audit_pending", []
    return None


def _judge_gov(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _DESCRIPTION.search(win):
        return None
    if not _GOV_DEALING.search(win):
        return None
    if _GOV_SECRECY.search(win) or (strong and not _STRONG_IS_ONLY_UNDECIDED.fullmatch(strong.group(0))) or (
            "事前協議" in win and _GOV_CONTENT.search(win)):
        return rule.score, "nonpublic.why.gov", []
    return None


def _judge_entrusted(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _DESCRIPTION.search(win) or _WORD_QUESTION.search(win):
        return None
    before = text[max(lo, m.start() - 40):m.start()]
    if _GOV_BEFORE.search(before):
        return None  # 国・県から内々に: the 第6号 rules report it
    if _ENTITY.search(win) or _BUSINESS_PLAN.search(win):
        return rule.score, "nonpublic.why.entrusted", []
    return None


def _judge_condition(rule, text, m, lo, hi, win, published, general, strong, weak):
    if _DESCRIPTION.search(win) or _WORD_QUESTION.search(win) or _PRIVACY_NOTICE.search(win):
        return None
    if _PUBLISHED.search(win) or _CONDITION_GENERAL.search(win):
        return None
    word = m.group(0)
    if word[:2] in ("好意", "厚意", "ご厚", "善意") or "用" in word:
        # 好意で提供してもらった / 内部用にと提供された: information (data, figures, plans)
        # from an outside business or person, not a favour or a colleague's draft
        if not _CONDITION_DATA.search(win) or not (_ENTITY.search(win) or _PROVIDER.search(win)):
            return None
    if _CONDITION_TO_PUBLISH.search(win):
        return None  # 好意で提供してもらった写真を広報誌に掲載: the provider meant it to be public
    return rule.score, "nonpublic.why.condition", []


def _judge_tax(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _TAX_GENERAL.search(win) or _DESCRIPTION.search(win):
        return None
    particulars = {p.group(0) for p in _TAX_PARTICULAR.finditer(win)
                   if p.start() >= m.end() - lo or p.end() <= m.start() - lo}
    if len(particulars) >= 2:
        return rule.score, "nonpublic.why.tax", []
    return None


def _judge_police(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _POLICE_GENERAL.search(win) or _DESCRIPTION.search(win):
        return None
    if _POLICE_CASE.search(win):
        return rule.score, "nonpublic.why.police", []
    return None


def _judge_english(rule, text, m, lo, hi, win, published, general, strong, weak):
    lw = win.lower()
    if _EN_GENERAL.search(lw):
        return None
    if _EN_CONTENT.search(lw):
        return rule.score, "nonpublic.why.english", []
    return None


def _judge_always(rule, text, m, lo, hi, win, published, general, strong, weak):
    if general or _DESCRIPTION.search(win):
        return None
    return rule.score, "", []


# needs (a rule's `judge` in service/rules/nonpublic.toml) → the combination it requires
_JUDGES = {
    "amount_or_status": _judge_amount_or_status,
    "quotes": _judge_quotes,
    "status_or_company": _judge_status_or_company,
    "personnel": _judge_personnel,
    "exam": _judge_exam,
    "own_sentence": _judge_own_sentence,
    "audit": _judge_audit,
    "land": _judge_land,
    "not_general": _judge_not_general,
    "facility": _judge_facility,
    "deliberation": _judge_deliberation,
    "complaint": _judge_complaint,
    "corporate": _judge_corporate,
    "inspection": _judge_inspection,
    "negotiation": _judge_negotiation,
    "results": _judge_results,
    "discipline": _judge_discipline,
    "route": _judge_route,
    "budget": _judge_budget,
    "position": _judge_position,
    "site": _judge_site,
    "position_private": _judge_position_private,
    "investigation": _judge_investigation,
    "siting": _judge_siting,
    "litigation": _judge_litigation,
    "plain_deliberation": _judge_plain_deliberation,
    "dispute": _judge_dispute,
    "audit_pending": _judge_audit_pending,
    "gov": _judge_gov,
    "entrusted": _judge_entrusted,
    "condition": _judge_condition,
    "tax": _judge_tax,
    "police": _judge_police,
    "english": _judge_english,
    "always": _judge_always,
}


__all__ = ["NonPublicTopicDetector", "PolicyKeywordDetector", "RULES", "BLOCK", "WARN"]


# The rules, read once the combinations above exist (a rule naming an unknown one stops start-up).
RULES: tuple[Rule, ...] = _rules_from_catalogue()
_GATE_RX = _gate_regex(g for r in RULES if not r.lower for g in r.gate)
_GATE_RX_LOWER = _gate_regex(g for r in RULES if r.lower for g in r.gate)
_ALL_GATES = {g for r in RULES for g in r.gate}
_MAX_GATE_HITS = 5000
# a literal found also stands for the shorter literals inside it (「予定価格」 holds 「価格」)
_GATE_CLOSURE = {g: frozenset(h for h in _ALL_GATES if h in g) for g in _ALL_GATES}
# statements that say by themselves that something is not public, and subjects non-public once particular
_STATEMENTS = tuple(_rules_from_catalogue(("statement",)))
_PARTICULARS = tuple(_rules_from_catalogue(("particulars",)))
_BY_ID = {r.id: r for r in RULES + _STATEMENTS + _PARTICULARS}
_OWN_GATES = {g for r in _STATEMENTS + _PARTICULARS for g in r.gate}
_OWN_GATE_RX = _gate_regex(_OWN_GATES)
_OWN_GATE_CLOSURE = {g: frozenset(h for h in _OWN_GATES if h in g) for g in _OWN_GATES}


def _run_catalogue_rules(doc: Document, rules) -> list[Candidate]:
    """The catalogue's rules (engine.Rule) run as this detector runs them: their examples."""
    mine = [_BY_ID[r.id] for r in rules]
    detector = NonPublicTopicDetector()
    return (detector.run_rules(doc, [r for r in mine if r.needs not in _OWN_LOOPS])
            + detector._fallback(doc, [], [r for r in mine if r.needs == "statement"],
                                 [r for r in mine if r.needs == "particulars"]))


engine.RUNNERS["nonpublic"] = _run_catalogue_rules
