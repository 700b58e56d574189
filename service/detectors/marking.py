"""CONFIDENTIAL_MARKING: 秘・極秘・㊙・取扱注意・部外秘・内情・庁内限り … used AS A MARKING.

A marking word counts only where documents put markings:
- in brackets: 【秘】【取扱注意】（部外秘）[極秘] <内情> 〔庁内限り〕 【秘・取扱注意】 【機密性2】;
- alone on a line (「部外秘」「内 情」「取 扱 注 意」 — spaced as in stamps and in the
  guideline's own header), or a line that starts with the marking and a short tail
  (「秘 令和8年3月31日まで」) near the top of the text;
- the ㊙ sign anywhere (it is never anything else);
- prose that says the pasted material itself is marked: 「この資料は部外秘です」
  「以下の取扱注意の文書を要約して」「部外秘資料なので」.
Not reported: the words inside other words or in prose about rules (秘書課, 便秘, 神秘,
黙秘権, 秘伝のたれ, 非公開求人とは, 「非公開で行った」, 機密情報の扱い方). A question
about how to handle 取扱注意 documents (「取扱注意の文書の扱い方を教えて」) is
*not* flagged at all: it names a category, not a document, and a warning there
would teach staff to ignore warnings. Words in 「」/『』 are quotations, not markings.
"""
from __future__ import annotations

import re

from .. import lexicon
from .fastre import compile_fast
from . import register
from .base import Candidate, Detector, Document
from .base import keep_strongest as _dedupe

TYPE = "CONFIDENTIAL_MARKING"

# Markings strong enough to stand for themselves once they are in marking position.
_STRONG_WORDS = lexicon.words("marking.strong_words")
# 機密性2 / 機密性3 are the guideline's own classes (both must not be entered); 機密性1 is public.
_CLASS_MARK = r"機密性[ \t]*[23２３]"
_ENGLISH = r"(?:STRICTLY[ \t]+CONFIDENTIAL|CONFIDENTIAL|TOP[ \t]+SECRET|SECRET|INTERNAL[ \t]+USE[ \t]+ONLY|INTERNAL[ \t]+ONLY)"


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _spaced_alt(words) -> str:
    """Each word with optional spaces between its characters: 内 情, 部 外 秘."""
    return "(?:" + "|".join("[ \t]?".join(re.escape(c) for c in w)
                            for w in sorted(words, key=len, reverse=True)) + ")"


_WORD = _alt(_STRONG_WORDS)
_MARK = "(?:" + _WORD + "|" + _CLASS_MARK + ")"
_OPEN = r"[【\[<〈《〔(≪«]"
_CLOSE = r"[】\]>〉》〕)≫»]"
_SEP = r"[ \t]*[・/,、&＆][ \t]*"

_BRACKETED = compile_fast(
    _OPEN + r"[ \t]*(?:(?:秘密区分|区分|取扱区分|機密区分)[ \t]*[:：]?[ \t]*)?"
    # （非公開資料）（部外秘扱い）: the marking with the noun it qualifies
    r"(?P<m>" + _MARK + r"(?:" + _SEP + _MARK + r"){0,3})(?:資料|文書|扱い)?[ \t]*" + _CLOSE)
# a quoted message or mail that opens with its marking: 「各位 関係者外秘 先日の…」 "CONFIDENTIAL - Not for …"
# (the word must stand alone: 「極秘ミッション」「取扱注意」のシール are not markings)
_QUOTE_HEAD = compile_fast(
    r"(?:各位|[「『\"“])[ \t]*(?P<m>" + _WORD + r"|" + _ENGLISH + r")(?=[ \t]*(?:[-:：]|[ \t]\S)|[ \t]*\n)")
# 「※本資料は非公開（審査会委員限り）」「この資料は部外秘です」: the document says it of itself
_SELF_MARKED = compile_fast(
    r"(?:本|この|当)(?:資料|文書|ファイル|メール|データ|ページ)(?:以降|以下)?[ \t]*(?:は)?[ \t]*(?P<m>非公開|部外秘|庁内限り|関係者限り|取扱注意|取扱厳重注意|"
    r"秘|極秘|関係者外秘|社外秘|[^\s。、]{1,8}限り)(?=[ \t]*(?:[（(]|です|とし|扱い|。|\n|$))")
# 「資料区分：非公開」「取扱区分: 部外秘」: a classification label with the marking as its value
_LABELLED = compile_fast(
    r"(?:資料|文書|秘密|取扱|取扱い|取り扱い|機密|情報|公開)区分[ \t]*[:：][ \t]*(?P<m>" + _MARK + r")(?![一-龥ぁ-んァ-ン])")
# （取扱注意：審議会への諮問前のため…） — a bracket that opens with the marking and a colon
_BRACKETED_NOTE = compile_fast(_OPEN + r"[ \t]*(?P<m>" + _WORD + r")[ \t]*[:：]")
_BRACKETED_EN = compile_fast(_OPEN + r"[ \t]*(?P<m>" + _ENGLISH + r")[ \t]*" + _CLOSE, re.I)
_LINE_ALONE = compile_fast(
    r"(?m)^[ \t]*[■□●◆◇★☆※\-*]?[ \t]*(?P<m>" + _spaced_alt(_STRONG_WORDS) + r"|" + _CLASS_MARK
    + r"|" + _ENGLISH + r")[ \t]*$")
# a markdown heading or a bold line that is only the marking, with at most a scope in brackets
# after it: 「## 取扱注意（関係課限り）」「# 【部外秘】」「### 秘（庁内限り）」「**取扱注意**」.
# A heading that goes on in prose (「## 取扱注意の文書の扱い方」) is not a marking.
_HEADING = compile_fast(
    r"(?m)^[ \t]*(?:#{1,6}[ \t]*|>[ \t]*)?(?:\*\*|__)?[ \t]*(?P<m>" + _spaced_alt(_STRONG_WORDS) + r"|" + _CLASS_MARK
    + r"|" + _ENGLISH + r")[ \t]*(?:\*\*|__)?[ \t]*(?:[(【\[〔<《〈][^\n()【】\[\]〔〕<>《》〈〉]{1,24}[)】\]〕>》〉])?"
    r"[ \t]*(?:\*\*|__)?[ \t]*$")
# a line that is only the marking between decorations: 「――部外秘――」「＝＝ 秘 ＝＝」「■部外秘■」
# 「*** 庁内限り ***」 (normalised: dashes → '-', ＝ → '='). Reported at the head or the foot of the
# text, where documents put their markings; 「――ご案内――」 holds no marking word.
_DECO = r"[-=*~〜■□●◆◇★☆※・_+]"
_DECORATED = compile_fast(
    r"(?m)^[ \t]*(?P<l>" + _DECO + r"{1,12})?[ \t]*(?P<m>" + _spaced_alt(_STRONG_WORDS) + r"|" + _CLASS_MARK
    + r"|" + _ENGLISH + r")[ \t]*(?P<r>" + _DECO + r"{1,12})?[ \t]*$")
# near the head: the marking, then a short tail (「秘 指定期間：…」「部外秘（令和9年3月まで）」)
_HEAD_WORDS = lexicon.words("marking.head_words")
_LINE_HEAD = compile_fast(
    # 「部外秘（令和9年3月まで）」 with a short tail; as a label 「関係者外秘：…」 with any tail
    r"(?m)^[ \t]*(?P<m>" + _alt(_HEAD_WORDS) + r")(?:(?:[ \t]+|[(])[^\n]{0,40}$|[ \t]*[:：])")
_GOODS = compile_fast(r"ガラス|ワレモノ|割れ物|壊れ物|精密機器|梱包|荷物|宅配|配送|天地無用|水濡れ|食品|生もの")
_LINE_TAIL = compile_fast(
    r"(?m)[ \t]+(?P<m>" + _alt([w for w in _HEAD_WORDS if len(w) > 1]) + r")[ \t]*$")
# prose that says the pasted material itself carries the marking
_DEIXIS = r"(?:(?<![\u4e00-\u9fff])(?:本|当)|この|次の|以下の|下記の|添付の|上記の|先ほどの|これから貼る|貼り付けた)"
_DOCNOUN = r"(?:資料|文書|ファイル|メモ|データ|情報|内容|案|報告書?|通知|リスト|名簿|表|原稿|議事録|会議録)"
_PROSE_WORDS = _alt(lexicon.words("marking.prose_words"))
_PROSE_DEICTIC = compile_fast(
    _DEIXIS + _DOCNOUN + r"?(?:は|も)?[、 \t]*(?:[^\s。\n]{0,6}?)(?P<m>" + _PROSE_WORDS + r")")
_PROSE_SELF = compile_fast(
    r"(?P<m>" + _PROSE_WORDS + r")(?:の|扱いの|扱い)?" + _DOCNOUN
    + r"(?:です|なので|ですが|のため|を(?:要約|整理|まとめ|翻訳|修正|直|添削|校正|分析|表に|箇条書き|読みやすく))")
_PROSE_IS = compile_fast(r"(?:資料|文書|内容|情報|ファイル|これ)は(?P<m>" + _PROSE_WORDS + r")(?:です|なので|ですが|扱い)")
# the ㊙ sign (NFKC turns it into 秘: found through the original text)
_MARU_HI = "\u3299"


@register
class ConfidentialMarkingDetector(Detector):
    type = TYPE
    context_words = lexicon.words("marking.confidentialmarking.context_words")

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        out: list[Candidate] = []

        def add(start, end, score, reason):
            out.append(Candidate(self.type, start, end, score, reason))

        for m in _BRACKETED.finditer(text):
            add(m.start(), m.end(), 0.95, "括弧書きの秘密区分の表示")
        for m in _BRACKETED_NOTE.finditer(text):
            add(m.start(), m.end("m"), 0.90, "括弧書きの秘密区分の注記")
        for m in (_SELF_MARKED.finditer(text) if ("は" in text or "以" in text) and ("資料" in text or "文書" in text
                  or "ファイル" in text or "メール" in text or "データ" in text or "ページ" in text) else ()):
            add(m.start("m"), m.end("m"), 0.90, "資料自体が秘密区分を述べている")
        for m in _QUOTE_HEAD.finditer(text):
            add(m.start("m"), m.end("m"), 0.90, "引用した文書・メールの冒頭の秘密区分の表示")
        for m in _LABELLED.finditer(text):
            add(m.start("m"), m.end("m"), 0.90, "区分欄の秘密区分の表示")
        for m in _BRACKETED_EN.finditer(text):
            add(m.start(), m.end(), 0.90, "括弧書きの秘密区分の表示（英語）")
        head_limit = _line_offset(text, 4)
        for m in _LINE_ALONE.finditer(text):
            word = re.sub(r"[ \t]", "", m.group("m"))
            top = m.start() < head_limit
            if word in ("秘密", "内部資料") and not top:
                continue  # 秘密 / 内部資料 alone mid-text may be a heading of prose
            if re.fullmatch(r"(?i)secret", word) and word != "SECRET":
                continue
            add(m.start("m"), m.end("m"), 0.95 if top else 0.85,
                "文頭の行の秘密区分の表示" if top else "単独行の秘密区分の表示")
        for m in _HEADING.finditer(text):
            line = text[m.start():m.end()]
            if not any(ch in line for ch in "#*_(【[〔<《〈>"):
                continue  # a bare line: _LINE_ALONE decides
            word = re.sub(r"[ \t]", "", m.group("m"))
            top = m.start() < head_limit
            if word in ("秘密", "内部資料") and not top:
                continue
            if re.fullmatch(r"(?i)secret", word) and word != "SECRET":
                continue
            add(m.start("m"), m.end("m"), 0.95 if top else 0.85, "見出しの秘密区分の表示")
        foot_start = max(head_limit, _foot_offset(text, 3))
        decorated = list(_DECORATED.finditer(text, 0, head_limit))
        if foot_start < len(text):
            # the foot: from the start of its first line (a line boundary, so ^ anchors there)
            decorated += _DECORATED.finditer(text, foot_start)
        for m in decorated:
            if not (m.group("l") or m.group("r")):
                continue  # a bare line: _LINE_ALONE decides
            top = m.start() < head_limit
            word = re.sub(r"[ \t]", "", m.group("m"))
            if word in ("秘密", "内部資料") and not top:
                continue
            if re.fullmatch(r"(?i)secret", word) and word != "SECRET":
                continue
            add(m.start("m"), m.end("m"), 0.95 if top else 0.90,
                "文頭の飾り付きの秘密区分の表示" if top else "文末の飾り付きの秘密区分の表示")
        for m in _LINE_HEAD.finditer(text):
            if m.start() >= head_limit:
                break
            if _GOODS.search(text, m.end(), m.end() + 60):
                continue  # 「取扱注意：ガラス製品」 is a parcel label, not a document's marking
            add(m.start("m"), m.end("m"), 0.85, "文頭の秘密区分の表示")
        for m in _LINE_TAIL.finditer(text):
            if m.start() >= head_limit:
                break
            add(m.start("m"), m.end("m"), 0.85, "文頭付近の行末の秘密区分の表示")
        for rx in (_PROSE_DEICTIC, _PROSE_SELF, _PROSE_IS):
            for m in rx.finditer(text):
                add(m.start("m"), m.end("m"), 0.85, "資料が秘密区分付きである旨の記述")
        if _MARU_HI in doc.original:
            for i, ch in enumerate(doc.original):
                if ch == _MARU_HI:
                    s, e = _to_norm(doc, i)
                    if s is not None:
                        add(s, e, 0.95, "マル秘の表示")
        return _dedupe(out)


def _line_offset(text: str, n: int) -> int:
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


def _foot_offset(text: str, n: int) -> int:
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


def _to_norm(doc: Document, orig_index: int):
    """Normalised span of one original character (㊙ → 秘)."""
    return doc.norm.normalised_span(orig_index)




__all__ = ["ConfidentialMarkingDetector"]
