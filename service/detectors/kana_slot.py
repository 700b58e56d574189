"""A name written in kana only, in a name slot (issue 16): 「保護者氏名 やまもと さやか」,
「なまえ：たなか ゆうと（5さい）」, 「申込者 ほしの けんた さん」. Kana names carry no kanji for the
morphological analyser to tag, so they are found by position: a slot word (person.slot_words:
氏名, 保護者, 申込者 …, and なまえ), optionally a colon, then two kana words — family name and given
name — that end where the name ends: at the end of the line, before a bracket, a comma or an
honorific. A heading row (氏名 ふりがな 生年月日) holds words that are headings, not names; a sample
form (記入例, 架空) and a company's kana name as banks abbreviate it (ﾏｴﾊﾞｼ ﾃﾞﾝｷ(ｶ) name no one.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .. import lexicon
from ..labels import REASONS
from . import register
from .base import Candidate, Cover, Detector, Document
from .fastre import compile_fast, literal_alternation, required_literals
from .table import heading_type

KANA_SLOT = 0.90  # slot word + a two-word kana name ending where a name ends

_SLOTS = tuple(w for w in lexicon.words("person.slot_words") if len(w) >= 2) + lexicon.words("kana_slot.slot_words")
# the start of a line of a class or nursery list: 「3年2組 」「・さくら組　」「12 」
# (a short word may come first: an award's rank or a team, 「最優秀　6年1組 …」「A班 3年2組 …」)
_LINE_SLOTS = (r"[ \t　・\-*•]*(?:[0-9]{1,3}[.)．、 \t]+)?(?:[一-龥ぁ-んァ-ヶーA-Za-z0-9]{1,6}[ \t　]+)?(?:"
               + "|".join(lexicon.words("kana_slot.line_slots")) + r")")
_NAME_BODY = (r"(?P<n>(?P<a>[ぁ-ゖー]{2,6})[ 　](?P<b>[ぁ-ゖー]{2,6})|(?P<c>[ァ-ヺー]{2,7})[ 　](?P<d>[ァ-ヺー]{2,7})"
              # a kanji family name and a hiragana given name (小松 りこ), which the analyser cuts apart
              r"|(?P<e>[一-龥々〆ヶ]{1,4})[ 　](?:(?P<f>[ぁ-ゖー]{2,6})|(?P<g>[一-龥々〆ヶ]{1,3})))")
# the name ends where a name ends: the line's end, a bracket, a comma, a colon before what is said
# of the pupil (3年2組 きむら ゆうな：…), an honorific; the others counted after it (関係児童：くるす あおい 他2名)
_NAME_END = r"[ \t　]*(?:$|\n|[（(【「、,，/／|:：]|さん|様|さま|くん|ちゃん|君|氏|(?:他|ほか)[0-9一二三四五六七八九十]{1,3}[名人])"
_NAME = _NAME_BODY + r"(?=" + _NAME_END + r")"
_RX = compile_fast(r"(?:" + literal_alternation(_SLOTS) + r")[ \t]*(?P<colon>[:：])?[ \t　]*" + _NAME_BODY + r"(?=" + _NAME_END
                   # (after a slot and its colon the form's next field may follow on the line: じどう：いちのせ はやと　ねんちゅう)
                   + r"|(?(colon)[ \t　](?=[^ \t　\n])|(?!)))")
# the next item of a class-list line after a comma (5年2組　赤羽 湊、比嘉 こころ): the same shapes
_NEXT_ITEM = compile_fast(r"[ \t　]*[、,，・][ \t　]*" + _NAME)
# a line that starts with a class label, matched at line starts only (a pattern anchored with
# ^ in MULTILINE mode would be tried at every position of a long text)
# … on a class-list line the next column may follow after a space (1年2組　岩崎 奏　家庭の事情: the
# scanner's text is NFKC, so a full-width column space is a plain one by then); the class label
# anchors the line, and _phrase_not_name still vetoes a phrase
_LINE_RX = compile_fast(r"(?P<slot>" + _LINE_SLOTS + r")[ \t]*[:：]?[ \t　]*" + _NAME_BODY
                        + r"(?=" + _NAME_END + r"|[ \t　](?=[^ \t　\n]))")
# … or a line that is a pupil's name with the class in brackets after it (・おかだ めい（ひよこ組）…)
_LINE_RX_AFTER = compile_fast(r"[ \t　・\-*•]*(?:[0-9]{1,3}[.)．、 \t]+)?" + _NAME + r"[ \t　]*[（(](?P<slot>"
                              + "|".join(lexicon.words("kana_slot.line_slots")) + r")[）)](?![のをにへとがは])")
# the words every class label holds (組, クラブ, 出席番号 …, derived from the patterns): a text with
# none of them has no class list, and the label patterns (character classes first) need not run
_LINE_SLOT_WORDS = compile_fast(literal_alternation(
    required_literals("|".join(lexicon.words("kana_slot.line_slots"))) or ("",)))
# the gate of _RX: some slot word is in the text
_SLOT_RX = compile_fast(literal_alternation(_SLOTS))
# kana words that are labels or function words, not names (ふりがな, せいねんがっぴ, ください …)
_NOT_NAME = frozenset(lexicon.words("person.kana_labels")) | frozenset(lexicon.words("person.kana_not_given"))


_SAMPLE_FORM = compile_fast("|".join(lexicon.words("sample.marks")))

# A kana full name with an honorific and no slot (「くらばやし めいさん、いつも…」): a family name of
# 3+ kana, a space, a given name, then the honorific where a word ends. Words of address and
# family terms (ありがとう みなさん, だいすきな おかあさん) are not names; a story (物語, 絵本, 昔話)
# names characters, not children.
KANA_HONORIFIC = 0.80
_KANA_HONOR_RX = compile_fast(
    r"(?<![ぁ-ゖー])(?P<n>(?P<a>[ぁ-ゖー]{3,6})[ 　](?P<b>[ぁ-ゖー]{2,5}))"
    # (text spaced word by word for young readers puts a space before the honorific too: くりた ゆうせい くん は)
    r"[ 　]?(?:さん|くん|ちゃん|さま|様)(?=$|[、。,，！!？?\s」』）)(]|[はがをにのへとも][^ぁ-ゖ]|[はがをにのへとも]$)")
# A child's kana given name with ちゃん/くん and an age or a class in brackets right after it
_CHILD_BRACKET_RX = compile_fast(r"(?<![ぁ-ゖー])(?P<n>[ぁ-ゖー]{2,5})[ 　]?(?:ちゃん|くん)[ 　]?[（(][^（）()\n]{0,12}?"
                                 r"(?:[0-9]{1,2}[ 　]?(?:歳|才|か月|ヶ月)|組|年生|[0-9]年|年長|年中|年少)")
# … or a kana full name heading its line (a list of pupils: 「みやざわ そうた（桂萱小3年）準要保護」), its age or grade in the bracket
_FULL_NAME_BRACKET_RX = compile_fast(r"(?:^|\n)[ \t　・\-*]*(?:[0-9]{1,2}[.)．、][ \t　]*)?(?P<n>[ぁ-ゖー]{3,6}[ 　][ぁ-ゖー]{2,5})[ 　]?[（(][^（）()\n]{0,12}?"
                                     r"(?:[0-9]{1,2}[ 　]?(?:歳|才|さい|か月|ヶ月)|[小中高][0-9一二三四五六]|[0-9]年|年長|年中|年少|組)")
# … or inside the bracket after a family relation, before the child's age or grade: 娘(くるみ、2年)
_RELATION_BRACKET_RX = compile_fast(r"(?:娘|息子|長男|長女|次男|次女|三男|三女|孫|子ども|子供)[ 　]?[（(][ 　]?(?P<n>[ぁ-ゖー]{2,5})[ 　]?[、,・][ 　]?"
                                    r"(?:[0-9]{1,2}[ 　]?(?:歳|才|か月|ヶ月|年)|小[0-9一二三四五六]|中[0-9一二三]|年長|年中|年少)")
# A numbered item that is a kanji family name and a kana given name (「3　高柳 さくら（…代表）」): a
# list of nominees, attendees, pupils. Only that shape, and only when the analyser reads the family
# name as one person's name: a numbered line of prose (「1 概要 について」) or an event (「2 前橋 まつり」)
# is no one.
_NUMBERED_RX = compile_fast(
    r"[ \t　]*[0-9]{1,2}[.)．、]?[ \t　]+(?P<n>(?P<e>[一-龥々〆ヶ]{1,4})[ 　](?P<f>[ぁ-ゖー]{2,6})|(?P<k>[一-龥々〆ヶ]{2,6}))"
    r"(?=[ \t　]*(?:$|\n|[（(【「、,，/／|:：]|さん|様|さま|くん|ちゃん|君|氏))")
# A kanji family name and a kana given name that the text says is how someone called themself
# (「…（後に桑子 はるみと名乗る）」「田村 ゆかりと申します」): the analyser cuts the kana given name apart.
_SELF_NAMED_RX = compile_fast(r"(?<![一-龥々〆ヶ])(?P<n>(?P<e>[一-龥々〆ヶ]{1,4})[ 　]?(?P<f>[ぁ-ゖー]{2,6}))(?=と(?:名乗|申し|申す|いう名))")
# sample names (山田太郎) and well-known figures (萩原朔太郎) in a numbered list name no private person
# A list line that opens with a kana family name and given name and then its columns (・いいづか そうま：むしば 3ほん,
# ・くりばやし そら　1/20〜1/24　インフルエンザA): a roster of pupils without a class label on the line. One such line
# may be a phrase; two or more lines of the same shape in one text are a list of people.
_ROSTER_LINE_RX = compile_fast(
    r"[ \t　]*[・\-*•][ \t　]*(?:[0-9]{1,3}[.)．、 \t]+)?(?P<n>(?P<a>[ぁ-ゖー]{2,6})[ 　](?P<b>[ぁ-ゖー]{2,5}))"
    r"(?=[ \t　]*[:：]|[ \t　]+[0-9A-Za-z一-龥ァ-ヶ(（])")
MIN_ROSTER_LINES = 2
# a first word ending in a particle that never ends a family name (てを あらう, はを みがく)
_PARTICLE_END = compile_fast(r".*[をはへ]$")
_NOT_PRIVATE = frozenset(lexicon.joined("person.sample_names")) | frozenset(lexicon.joined("public_figures"))
# a numbered line: a digit right after a line break (the text's first line is checked by the loop)
_NEWLINE = compile_fast(r"\n")
_DIGIT_LINE = compile_fast(r"\n[ \t　]*[0-9]")
_FIRST_DIGIT_LINE = compile_fast(r"[ \t　]*[0-9]")
_NOT_BEFORE_HONORIFIC = frozenset(lexicon.words("kana_slot.not_before_honorific"))
_STORY = compile_fast(r"物語|お話|おはなし|絵本|昔話|むかしばなし|童話|架空|キャラクター|登場人物|紙芝居|小説|主人公")
# (found from the space between the two words: a literal first character lets sre skip ahead)
_HONOR_GATE = compile_fast(r" (?<=[ぁ-ゖー] )(?=[ぁ-ゖー]{2,5} ?(?:さん|くん|ちゃん|さま|様))")
# bank abbreviations of a company's form around a kana name: (カ 株式会社, (ユ 有限会社, (ザイ 財団 …
_COMPANY_MARK = compile_fast(r"[ 　]*[(（](?:カ|ユ|ザイ|シヤ|シャ|イ|ド|ゴ|ガク|フク|ノウ|ギヨ|トク)")
_COMPANY_BEFORE = compile_fast(r"(?:カ|ユ|ザイ|シヤ|シャ|イ|ド|ゴ)[)）][ 　]*$")


def _words_of(name: str, start: int) -> list[tuple[int, int]]:
    """The spans of the space-separated words of `name`, which starts at `start`."""
    out, at = [], start
    for w in name.replace("　", " ").split(" "):
        out.append((at, at + len(w)))
        at += len(w) + 1
    return out


@register
class KanaNameSlotDetector(Detector):
    type = "PERSON"

    def applies(self, doc: Document) -> bool:
        return True  # (each path has its own cheap gate in analyze)

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        if _SAMPLE_FORM.search(text):
            return []  # a sample form (記入例: ヤマダ ハナコ) names no one
        out = []
        cover = Cover(len(text))
        matches = list(_RX.finditer(text)) if _SLOT_RX.search(text) is not None else []
        line_slots = _LINE_SLOT_WORDS.search(text) is not None
        numbered = _DIGIT_LINE.search(text) is not None or _FIRST_DIGIT_LINE.match(text) is not None
        starts = ([0] + [m.end() for m in _NEWLINE.finditer(text)]) if (line_slots or numbered) else []
        if line_slots:
            matches += [m for m in (_LINE_RX.match(text, p) for p in starts) if m]
            matches += [m for m in (_LINE_RX_AFTER.match(text, p) for p in starts) if m]
        for m in matches:
            words = [w for w in (m.group("a"), m.group("b"), m.group("c"), m.group("d"), m.group("f")) if w]
            if m.group("e") and m.groupdict().get("slot") is None:
                continue  # after 氏名 …, the person detector reads a kanji family name itself
            if any(w in _NOT_NAME for w in words) or (words and heading_type(words[0])):
                continue  # (a given name that is also a column word — めい as 名 — is still a name after a family name)
            if m.groupdict().get("slot") is not None and _phrase_not_name(doc, m):
                continue  # 3年2組 みんなで がんばろう: a class's motto, not a pupil
            if _COMPANY_MARK.match(doc.text, m.end("n")) or _COMPANY_BEFORE.search(doc.text, max(0, m.start("n") - 4), m.start("n")):
                continue  # ﾏｴﾊﾞｼ ﾃﾞﾝｷ(ｶ / (カ)…: a company's kana name as banks abbreviate it
            rule = "kana_slot.name" if m.groupdict().get("slot") is None else "kana_slot.class_list"
            out.append(Candidate(self.type, m.start("n"), m.end("n"), KANA_SLOT, REASONS[rule], rule=rule))
            cover.add(m.start("n"), m.end("n"))
            if rule == "kana_slot.class_list":
                # the rest of the line's list: each item a name of the same shapes, read as the first
                nxt = _NEXT_ITEM.match(text, m.end("n"))
                while nxt and not _phrase_not_name(doc, nxt) and not any(
                        w in _NOT_NAME for w in (nxt.group(k) for k in "abcdf") if w):
                    if nxt.group("e") and not _family_name_token(doc, nxt):
                        break
                    out.append(Candidate(self.type, nxt.start("n"), nxt.end("n"), KANA_SLOT, REASONS[rule], rule=rule))
                    cover.add(nxt.start("n"), nxt.end("n"))
                    nxt = _NEXT_ITEM.match(text, nxt.end("n"))
        for m in (x for x in (_NUMBERED_RX.match(text, p) for p in starts) if x):
            if m.group("k"):
                # 「2　都丸修」: written without a space, the item is exactly a family name and a
                # given name as the analyser tags them (not 田中課長, not 新井町)
                toks = _tokens_in(doc, m.start("k"), m.end("k"))
                if (len(toks) == 2 and toks[-1].end == m.end("k") and toks[0].pos[2:4] == ("人名", "姓")
                        and toks[1].pos[2:4] == ("人名", "名") and m.group("k") not in _NOT_PRIVATE
                        and not cover.hit(m.start("k"), m.end("k"))):
                    out.append(Candidate(self.type, m.start("n"), m.end("n"), KANA_SLOT,
                                         REASONS["kana_slot.numbered"], rule="kana_slot.numbered"))
                    cover.add(m.start("n"), m.end("n"))
                continue
            fam = _token_spanning(doc, m.start("e"), m.end("e"))
            if (not (fam and fam.pos[2] == "人名") or m.group("f") in _NOT_NAME
                    or m.group("e") + m.group("f") in _NOT_PRIVATE):
                continue
            if cover.hit(m.start("n"), m.end("n")) or _phrase_not_name(doc, m):
                continue
            out.append(Candidate(self.type, m.start("n"), m.end("n"), KANA_SLOT,
                                 REASONS["kana_slot.numbered"], rule="kana_slot.numbered"))
            cover.add(m.start("n"), m.end("n"))
        if "名乗" in text or "と申" in text or "という名" in text:
            for m in _SELF_NAMED_RX.finditer(text):
                fam, given = _token_spanning(doc, m.start("e"), m.end("e")), _token_spanning(doc, m.start("f"), m.end("f"))
                named = any(t is not None and t.pos[2] == "人名" for t in (fam, given))
                if named and m.group("f") not in _NOT_NAME and not cover.hit(m.start("n"), m.end("n")):
                    out.append(Candidate(self.type, m.start("n"), m.end("n"), KANA_SLOT,
                                         REASONS["kana_slot.self_named"], rule="kana_slot.self_named"))
                    cover.add(m.start("n"), m.end("n"))
        if ("(" in text or "（" in text) and not _STORY.search(text):
            out += self._child_brackets(doc, cover)
        if starts or "・" in text:
            out += self._roster_lines(doc, cover, starts or [0] + [m.end() for m in _NEWLINE.finditer(text)])
        if _HONOR_GATE.search(text) and not _STORY.search(text):
            for m in _KANA_HONOR_RX.finditer(text):
                if m.group("b") in _NOT_BEFORE_HONORIFIC or m.group("a") in _NOT_NAME or m.group("b") in _NOT_NAME:
                    continue
                if cover.hit(m.start("n"), m.end("n")) or _phrase_not_name(doc, m):
                    continue
                out.append(Candidate(self.type, m.start("n"), m.end("n"), KANA_HONORIFIC,
                                     REASONS["kana_slot.honorific"], rule="kana_slot.honorific"))
                cover.add(m.start("n"), m.end("n"))
        return out


    def _roster_lines(self, doc: Document, cover: Cover, starts: list[int]) -> list[Candidate]:
        """Two or more list lines (starting at `starts`, the text's line starts) that each open with a kana family name
        and given name followed by their columns."""
        text = doc.text
        found = []
        for m in (x for x in (_ROSTER_LINE_RX.match(text, p) for p in starts) if x):
            if (m.group("a") in _NOT_NAME or m.group("b") in _NOT_NAME or _PARTICLE_END.match(m.group("a"))
                    or cover.hit(m.start("n"), m.end("n")) or _phrase_not_name(doc, m)):
                continue
            found.append(m)
        if len(found) < MIN_ROSTER_LINES or _STORY.search(text):
            return []
        out = []
        for m in found:
            out.append(Candidate(self.type, m.start("n"), m.end("n"), KANA_SLOT, REASONS["kana_slot.roster_line"],
                                 rule="kana_slot.roster_line"))
            cover.add(m.start("n"), m.end("n"))
        return out

    def _child_brackets(self, doc: Document, cover: Cover) -> list[Candidate]:
        """「ゆずき ちゃん（すみれ組・4歳）」: a child's kana given name with an age or a class in brackets;
        「娘(くるみ、2年)」: inside the bracket after a family relation; 「みやざわ そうた（桂萱小3年）」: a kana full name heading
        its line."""
        out = []
        for rx, rule in ((_CHILD_BRACKET_RX, "kana_slot.child_bracket"), (_RELATION_BRACKET_RX, "kana_slot.relation_bracket"),
                         (_FULL_NAME_BRACKET_RX, "kana_slot.child_bracket")):
            for m in rx.finditer(doc.text):
                if m.group("n") in _NOT_NAME or m.group("n") in _NOT_BEFORE_HONORIFIC or cover.hit(m.start("n"), m.end("n")):
                    continue
                word = _token_spanning(doc, m.start("n"), m.end("n"))
                if rule == "kana_slot.child_bracket" and word is not None and word.pos[1] == "普通名詞":
                    continue  # ねこちゃん（3歳）: a pet or a toy (after 娘 the word is the child's name: くるみ)
                if rx is _FULL_NAME_BRACKET_RX and (_STORY.search(doc.text) is not None or any(
                        (t := _token_spanning(doc, a, b)) is not None and (t.pos[1] == "普通名詞" or t.pos[0] in ("形容詞", "連体詞"))
                        for a, b in _words_of(m.group("n"), m.start("n")))):
                    continue  # おおきな かぶ（小1国語）: a story's title, not a pupil (nor a story's characters)
                out.append(Candidate(self.type, m.start("n"), m.end("n"), KANA_SLOT, REASONS[rule], rule=rule))
                cover.add(m.start("n"), m.end("n"))
        return out


# case particles that end a noun phrase (みんなで, げんきに), never a family name as the analyser cuts it
_PHRASE_END = compile_fast(r"[でにをへ]")


def _tokens_in(doc: Document, s: int, e: int) -> list:
    """The tokens that start in [s, e) (the analyser's tokens are in text order)."""
    toks = doc.tokens
    i = bisect_left(toks, s, key=lambda t: t.start)
    out = []
    while i < len(toks) and toks[i].start < e:
        out.append(toks[i])
        i += 1
    return out


def _family_name_token(doc: Document, m) -> bool:
    """The kanji family name of a match is one proper-noun token (赤羽, 比嘉), not a common word."""
    fam = _token_spanning(doc, m.start("e"), m.end("e"))
    return fam is not None and fam.pos[1] == "固有名詞"


def _token_spanning(doc: Document, s: int, e: int):
    """The one token that is exactly text[s:e], or None (the analyser cut it otherwise)."""
    return next((t for t in _tokens_in(doc, s, e) if t.start == s and t.end == e), None)


def _phrase_not_name(doc: Document, m) -> bool:
    """Two kana words after a class label that read as a phrase, not a family and a given name
    (a label is weaker than 氏名: a class list also holds mottos and rules). Kana names are cut
    apart by the analyser (はし+も+と, はる+と), so only what a name never is vetoes: a verb or an
    adjective of 3+ characters (がんばろう, たのしく), a first word that is a noun and a case particle
    (みんなで, げんきに), or two words that are each one common noun or adverb (ともだち いっぱい)."""
    s, e = m.start("n"), m.end("n")
    toks = [t for t in _tokens_in(doc, s, e) if t.end <= e and t.pos[0] != "空白"]
    gd = m.groupdict()
    if gd.get("g"):
        # two kanji words (田村 蒼真 / 校外 学習): a name only when the first is one proper-noun
        # word (a family name, or a place name used as one: 小松)
        return not _family_name_token(doc, m)
    if any(t.pos[0] in ("動詞", "形容詞") and len(t.surface) >= 3 for t in toks):
        return True
    first = gd.get("a") or gd.get("c") or gd.get("e")
    head = [t for t in toks if t.end <= s + len(first)]
    if len(head) == 2 and _PHRASE_END.fullmatch(head[-1].surface) and head[0].pos[1] == "普通名詞":
        return True
    words = [w for w in (gd.get(k) for k in "abcdef") if w]
    whole = [t for t in toks if t.surface in words and (t.pos[1] == "普通名詞" or t.pos[0] == "副詞")]
    return len(whole) == 2 and all(len(t.surface) >= 3 for t in whole)
