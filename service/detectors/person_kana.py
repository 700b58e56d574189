"""PERSON candidates read on the text where Sudachi cuts kana names apart (stage 1 of
service/detectors/person_stages.py): a kanji surname with a kana given name (鷲尾 ヨシ子, 國定 てる)
and katakana foreign names joined by ・/＝/a space (グエン・ティ・ラン, マリア サントス). Each path
only finds a span and the signals around it; the vetoes and the score are person_stages'."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .. import lexicon
from .base import Document
from .fastre import compile_fast, literal_alternation
from .person_base import (
    said_by_bearer, _SLOT_WORDS, _CLASS_BEFORE, _slot_and_role,
    _AGE_AFTER, _FOREIGN_LEFT, _FOREIGN_NOT_AFTER, _FOREIGN_RIGHT, _HONOR_AFTER, HONORIFICS, _is_sei,
    _KANA_NOT_GIVEN, _KANJI_CH, _KATA_CH, KATAKANA_NOT_NAME, _LazySentence, _matches_from_anchors, _Name,
    _NATIONS, _near_pii, NOT_GIVEN, _PRIVATE_BRACKET, _RELATION_BRACKET, _RELATION_SLOTS, _role_left,
    _role_no, _ROLE_SET, _SHAPE_NOT_GIVEN, _slot_before, _SLOT_SET, _SPACE_KATA, TITLES, _KANA_COMPANY,
)

# (a ・ that is a list bullet may come before: 「・マリア・フェルナンダ・オリヴェイラ（母）」)
# (a one-syllable family name too, as Korean and Chinese names are written: コ・ミンジュ, リ・ソナ)
# (a key's = before it is no joint: user=ジャン・ウェイ)
_KATA_DOTTED = compile_fast(r"(?<![ァ-ヶー])(?<![ァ-ヶー][・=])(?:[ァ-ヶー]{2,}(?:[・=][ァ-ヶー]{1,}){1,3}|[ァ-ヶ](?:[・=][ァ-ヶー]{2,}){1,3})"
                            r"(?![ァ-ヶー・=])")

# katakana names joined by spaces (マリア サントス, グエン ティ ラン)
_KATA_SPACED = compile_fast(r"(?<![ァ-ヶー・=])[ァ-ヶー]{2,}(?:[ ][ァ-ヶー]{1,}){1,2}(?![ァ-ヶー・=]|[ ][ァ-ヶー])")

# an honorific after a katakana name, also after its romaji spelling in brackets: …（Nguyen Thi Lan）さん
_KATA_HONOR_AT = compile_fast(r"(?:[ 　]?[（(][^（）()\n]{1,30}[）)])?[ 　]?(?P<h>さん|様|さま|氏|くん|ちゃん|殿|先生)")

# a kanji surname + space + a kana given name (鷲尾 ヨシ子, 國定 てる, 五十嵐 ルナ): Sudachi cuts kana
# names into auxiliaries and particles (て+る, さ+よ), so the shape is read on the text
# (found from the space: a literal first character lets sre skip ahead; NFKC made 　 a space)
_SPACE_KANA = compile_fast(r" (?=[ぁ-ゖァ-ヺ])")

_SEP_KATA = compile_fast(r"[・=](?=[ァ-ヶー])")
_VIETNAMESE_MIDDLE = re.compile(r"ティー?|ヴァン|バン")

_KATA_OR_SEP = compile_fast(r"[ァ-ヶー・=]")

_KANJI_TAIL = compile_fast(r"[一-龥々〆ヶ]{1,4}$")

# (the hiragana run stops before an honorific: 大澤 りこさんが is りこ, not りこさん)
_KANA_GIVEN = compile_fast(r"(?P<g>(?:(?:(?!さん|さま|くん|ちゃん)[ぁ-ゖ]){2,4}|[ァ-ヺー]{2,5})(?:子|江|代|枝|美|恵|乃|世)?)"
                           r"(?=$|[ 　、。，,）)（(\n・/／:：]|様|さま|さん|氏|君|くん|ちゃん|殿|先生|が|は|の|に|を|と|も|へ|で)")

# a word after a katakana phrase that makes it a thing, a place or an organisation (サンタ・マリア号)
_KATA_NOT_AFTER = compile_fast(r"[ ]?(?:号|社|店|語|料理|式|法|型|系|風|症|病|効果|現象|教会|聖堂|大聖堂|宮殿|城|朝|王朝|王国|"
                               r"帝国|共和国|連邦|通り|製|産|賞|杯|劇場|美術館|博物館|大学|学院|病院|銀行|財団|協会|シリーズ)")

# a nationality or residence status right before a name: ベトナム国籍の…, ブラジル人の…, 技能実習生の…
_NATION_LEFT = compile_fast(r"(?:(?:" + _NATIONS + r")(?:国籍|籍|人|出身)|国籍|外国籍|外国人|実習生|留学生|研修生|難民)"
                            r"(?:の|で|、)?[ 　]*$")

# residence words in the sentence (not bare country names: フランスの…)
_STRONG_RESIDENT = compile_fast(r"在留|国籍|転入|転出|外国人|技能実習|特定技能|留学生|入管|旅券|パスポート|永住|来庁")



def kana_given_names(doc: Document, toks: list) -> list[_Name]:
    """鷲尾 ヨシ子さん, 被保険者 國定 てる, 対象者 森 はな（6歳）: a kanji surname, a space and a kana
    given name. Counted with an honorific, a name slot or role word before, an age or private
    circumstance in brackets, or (when Sudachi tags the surname) an address/phone near."""
    text = doc.text
    out: list[_Name] = []
    if " " not in text and "\u3000" not in text:
        return out
    starts = None
    for sp in _SPACE_KANA.finditer(text):
        p = sp.start()
        st = _KANJI_TAIL.search(text, max(0, p - 4), p)
        if not st or (st.start() > 0 and _KANJI_CH.match(text, st.start() - 1)):
            continue
        m = _KANA_GIVEN.match(text, p + 1)
        if not m:
            continue
        a, ge = st.start(), m.end()
        sei, g = st.group(0), m.group("g")
        if len(sei) == 1 and a >= 2 and text[a - 1] in "）)" and text[a - 2].isdigit():
            continue  # オス（１）頭　メス（２）頭: a counter after its count, not a one-kanji surname
        if g in _KANA_NOT_GIVEN or g in KATAKANA_NOT_NAME or g[:2] in ("です", "ます", "から", "まで", "より"):
            continue
        if starts is None:
            starts = [t.start for t in toks]
        i = bisect_left(starts, a)
        k = bisect_left(starts, p, i)
        if i >= len(toks) or starts[i] != a or k >= len(toks) or starts[k] != p:
            continue  # the surname must be whole tokens (not the tail of 総務課長)
        sur = toks[i:k]
        if any(t.surface in NOT_GIVEN or t.surface in _ROLE_SET or t.surface in _SLOT_SET or t.surface in TITLES
               or t.surface in _SHAPE_NOT_GIVEN or t.pos[2] in ("副詞可能", "助数詞可能") for t in sur) \
                or sur[-1].pos[1] == "数詞" or sur[0].pos[0] not in ("名詞", "接頭辞"):
            continue
        sei_tag = len(sur) == 1 and _is_sei(sur[0])
        hm = _HONOR_AFTER.match(text, ge)
        honor = HONORIFICS[hm.group(1)] if hm else ""
        # (or a pupil's class or grade right before it: 市長賞　芳賀小学校4年　戸塚 このみ)
        slot = _slot_before(text, a) or _CLASS_BEFORE.search(text, max(0, a - 12), a)
        role = None if slot else (_role_left(text, a) or _role_no(text, a))
        age = _AGE_AFTER.match(text, ge)
        pii = _near_pii(doc, a, ge)
        sig = {"honor": honor, "private_honor": honor not in ("", "先生", "氏", "宛"),
               "age": bool(age), "private_br": bool(age or _PRIVATE_BRACKET.match(text, ge)),
               "pii": pii, "pii_sei": bool(pii and sei_tag), "honor_sei": bool(honor and sei_tag),
               "named_as": said_by_bearer(text, a, ge)}
        if slot:
            sig["slot"] = slot.group(0).strip(" :：|｜=＝のは(（")[:8]
            sig["relation_slot"] = slot.group(0).strip(" :：|｜=＝のは(（") in _RELATION_SLOTS
        if role:
            sig["role"] = role.group(0).strip(" :：=、,，・/|｜(（[［【の")[-6:]
        out.append(_Name(a, ge, sei, g, "kana_given", sig))
    return out


_BARE_AGE_AFTER = compile_fast(r"[ 　、,，]?[1-9]\d?[ 　]?歳(?![代以未])")


def foreign_katakana(doc: Document, toks: list) -> list[_Name]:
    """グエン・ティ・ラン, ドミンゲス＝アナ, マリア サントス: katakana names joined by ・/＝/a space.
    Counted with a person context: an honorific (also after a romaji spelling in brackets), a
    name slot or role word before, a nationality (ベトナム国籍の…, …（ブラジル）), a residence
    word (在留, 転入 …) in the sentence with a part Sudachi tags as a name, or an address/phone
    near. Not phrases with a loanword part (ワーク・ライフ・バランス, カスタマー・サポート), a
    thing/place word after (サンタ・マリア号) or famous people (レオナルド・ダ・ヴィンチ)."""
    text = doc.text
    out: list[_Name] = []
    dotted = "・" in text or "=" in text
    spaced = _SPACE_KATA.search(text) is not None
    if not (dotted or spaced):
        return out
    matches = []
    if dotted:
        matches += _matches_from_anchors(text, _SEP_KATA, _KATA_CH, _KATA_OR_SEP, 40, _KATA_DOTTED)
    if spaced:
        matches += _matches_from_anchors(text, _SPACE_KATA, _KATA_CH, _KATA_CH, 12, _KATA_SPACED)
    starts = None
    for m in matches:
        s, e = m.span()
        parts = [p for p in re.split(r"[・= ]", m.group(0)) if p]
        if any(p in KATAKANA_NOT_NAME for p in parts) or _KATA_NOT_AFTER.match(text, e) \
                or _FOREIGN_NOT_AFTER.match(text, e) or _in_title_bracket(text, s, e):
            continue
        hm = _KATA_HONOR_AT.match(text, e)
        honor = hm.group("h") if hm else ""
        slot = (_slot_before(text, s) or _FOREIGN_LEFT.search(text, max(0, s - 14), s)
                or _RELATION_BRACKET.match(text, e) or _CLASS_BEFORE.search(text, max(0, s - 12), s))
        nation = (_FOREIGN_RIGHT.match(text, e) or _NATION_LEFT.search(text, max(0, s - 16), s)
                  # (a Vietnamese name's middle part, Thị or Văn, inside three parts or more: ド・ティ・トゥー・チャン,
                  # グエン ヴァン ナム — no loanword phrase is built so)
                  or (len(parts) >= 3 and any(_VIETNAMESE_MIDDLE.fullmatch(p) for p in parts[1:-1])))
        pii = _near_pii(doc, s, e)
        unspaced = " " not in m.group(0)
        # (an age right after it, bracketed or as a roster's next cell: カルロス・オオシロ 27歳 男)
        age = unspaced and (_AGE_AFTER.match(text, e) or _BARE_AGE_AFTER.match(text, e))
        named_as = said_by_bearer(text, s, e)
        sig = {"honor": HONORIFICS.get(honor, honor), "private_honor": honor not in ("", "先生", "氏"),
               "slot": bool(slot), "nation": bool(nation), "pii": pii, "age": bool(age), "named_as": named_as}
        if not (honor or slot or nation or age or named_as or (pii and unspaced)):
            # weaker evidence (a residence word in the sentence; a phone near a spaced pair):
            # a part must be a name in Sudachi's dictionary
            if starts is None:
                starts = [t.start for t in toks]
            k = bisect_left(starts, s)
            tagged = any(t.pos[2] == "人名" for t in toks[k:k + 8] if t.start < e)
            sig["pii_evidence"] = bool(tagged and pii)
            sig["tagged_resident"] = bool(tagged and _LazySentence(doc, s, e).search(_STRONG_RESIDENT))
        else:
            sig["pii_evidence"] = bool(pii)
        out.append(_Name(s, e, m.group(0), "", "katakana_dotted" if unspaced else "katakana_spaced", sig,
                         keys=("".join(parts),)))
    return out


def _in_title_bracket(text: str, s: int, e: int) -> bool:
    """text[s:e] is a part of a longer title in 『』 on its line (『自治体職員のメンタルヘルス・ラインケア』): a book's
    or a work's words, not a person standing in the text."""
    line_start = text.rfind("\n", 0, s) + 1
    opening = text.rfind("『", line_start, s)
    if opening == -1 or "』" in text[opening:s]:
        return False
    closing = text.find("』", e, e + 60)
    return closing != -1 and "\n" not in text[e:closing] and (opening + 1 < s or closing > e)


# a name written in kana alone after a label for a person's name (児童名はひなた, 氏名：さくら): a child's
# given name as forms and notes write it
_LABELLED_KANA = compile_fast(r"(?:児童名|園児名|生徒名|氏名|名前|お名前|子の名前|子どもの名前|本人名|利用者名|対象児)"
                              r"[ 　]*(?:は|：|:)[ 　]*(?!なし|無し|ない|ふめい|みてい|ありません)(?P<n>[ぁ-ゖ]{2,6}?|[ァ-ヺ][ァ-ヺー]{1,6}?)"
                              r"(?=[、。，,）)\s]|ちゃん|くん|さん|$)")


# a kana given name after a relation or a class and の, with a child's or a private honorific (兄のたいがさん,
# ひまわり組のれんくん, 長女のみゆちゃん): the word before says whose family or class the person is in
_KIN_OR_CLASS = "|".join(sorted((re.escape(w) for w in lexicon.words("person.relation_slots")), key=len, reverse=True))
_KANA_AFTER_KIN = compile_fast(r"(?:" + _KIN_OR_CLASS + r"|(?<![ぁ-ゖ])[ぁ-ゖァ-ヺー一-龥0-9０-９]{1,6}(?:組|ぐみ|クラス))の"
                               r"(?P<n>[ぁ-ゖ]{2,4}|[ァ-ヺ][ァ-ヺー]{1,4})(?=くん|ちゃん|さん|君)")

# a child's given name in kana before の母/の父 and a self-introduction (はるとの母です, ゆいちゃんの父より): how a parent
# signs a note to a school or a nursery
_KANA_BEFORE_PARENT = compile_fast(r"(?<![ぁ-ゖァ-ヺー])(?P<n>[ぁ-ゖ]{2,4}|[ァ-ヺ][ァ-ヺー]{1,4})(?:くん|ちゃん|君)?の(?:母|父|母親|父親|祖母|祖父)"
                                   r"(?:です|でございます|と申します|より|から)")
# (おばあちゃん, おにいさん, あかちゃん: words of address and family terms before an honorific)
_ADDRESS_WORDS = frozenset(lexicon.words("kana_slot.not_before_honorific"))

_PHRASE_POS = frozenset(("動詞", "形容詞", "感動詞"))
_NOT_NAME_POS = frozenset(("副詞", "動詞", "形容詞", "助動詞", "助詞", "接続詞", "連体詞", "代名詞", "感動詞"))


# a name written in hiragana in two parts, with an age or a class in the bracket after it (たかはし みなと（年長・6歳）,
# いしい　ことね（1くみ）) or the age after it in its own bracket: a child's name as a roster or a class list writes it
_KANA_PAIR_AGED = compile_fast(r"(?<![ぁ-ゖ])(?P<n>[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5})(?=(?:</?[a-z]{1,6}>)?[ 　]*[（(][^（）()\n]{0,8}?"
                               r"(?:[0-9０-９]{1,3}[ 　]?(?:歳|さい|才|か月)|[0-9０-９一二三四五六]{1,2}[ 　]?(?:くみ|組|ねん|年生))"
                               # (or the age right after the name, in the same bracket: むすめ（おぎわら ひより 15さい）)
                               r"|[ 　]+[0-9０-９]{1,3}[ 　]?(?:歳|さい|才)[ 　]?[）)])")


def _pos_over(doc: Document, s: int, e: int):
    """The part of speech of every word that overlaps text[s:e]."""
    return (t.pos[0] for t in _tokens_over(doc, s, e))


def _a_part_is_a_phrase_word(doc: Document, s: int, e: int) -> bool:
    """One of the space-separated parts of text[s:e] is a single verb, adjective or interjection."""
    pos = s
    for part in re.split(r"([ 　])", doc.text[s:e]):
        if part.strip(" 　"):
            toks = list(_tokens_over(doc, pos, pos + len(part)))
            if len(toks) == 1 and toks[0].start == pos and toks[0].pos[0] in _PHRASE_POS:
                return True
        pos += len(part)
    return False


def labelled_kana_names(doc: Document) -> list[_Name]:
    """A kana word right after a person-name label: someone's (given) name in kana; and a hiragana
    name in two parts with an age or a class in the bracket after it."""
    text = doc.text
    out = []
    for m in _KANA_PAIR_AGED.finditer(text):
        s, e = m.span("n")
        # (hiragana names split into particles and auxiliaries — ふく+だ, はる+と, ゆう+ま —, so only a part
        # that is one verb, adjective or interjection says it is a phrase: ありがとう ございます, たのしい えんそく)
        if _a_part_is_a_phrase_word(doc, s, e):
            continue
        out.append(_Name(s, e, "", m.group("n"), "label_kana", {"kana_age": True}))
    if "の" in text:
        for m in _KANA_AFTER_KIN.finditer(text):
            s, e = m.span("n")
            # (a word the dictionary reads across the honorific — おばあちゃん, あかちゃん — is no name)
            if m.group("n") in _KANA_NOT_GIVEN or m.group("n") in _ADDRESS_WORDS or any(t.start <= s and e < t.end for t in _tokens_over(doc, s, e + 1)):
                continue
            out.append(_Name(s, e, "", m.group("n"), "label_kana", {"label_kana": True}))
    if "の母" in text or "の父" in text or "の祖" in text:
        for m in _KANA_BEFORE_PARENT.finditer(text):
            s, e = m.span("n")
            # (うちの母です, わたしの父より: one word of the dictionary — a pronoun, a common noun — before の is no
            # child, unless a child's honorific follows it: ゆずちゃんの父; a name the dictionary splits — そう+ま — is one)
            toks = list(_tokens_over(doc, s, e))
            whole_word = len(toks) == 1 and toks[0].start == s and toks[0].end == e and (
                toks[0].pos[1] in ("普通名詞", "代名詞") or toks[0].pos[0] in _NOT_NAME_POS)
            honor = text.startswith(("くん", "ちゃん", "君"), e)
            if m.group("n") in _KANA_NOT_GIVEN or m.group("n") in _ADDRESS_WORDS or whole_word and not honor:
                continue
            out.append(_Name(s, e, "", m.group("n"), "label_kana", {"label_kana": True}))
    if "名" not in text and "対象児" not in text:
        return out
    for m in _LABELLED_KANA.finditer(text):
        s, e = m.span("n")
        # (「名前はまだない」「氏名はなし」: an adverb, a verb or an adjective is no name)
        if any(pos in _NOT_NAME_POS for pos in _pos_over(doc, s, e)):
            continue
        out.append(_Name(s, e, "", m.group("n"), "label_kana", {"label_kana": True}))
    return out


# -- the value written right after a label for a person's name -------------------------------------
# 「名前：南 葵」「娘の名前は岡田ひまりです」「申請者名：根本智樹」: whatever the dictionary makes of the words (南 and
# 葵 are common nouns to it, 岡田 a place, ひまり two words), the label says a name follows. The value ends where
# the line, a sentence mark, a bracket, an honorific or です ends it; it must have a name's shape (two short
# parts, a kanji surname and a kana given name, 2-5 kanji, or katakana) and be no phrase or common word.
# (not an account's holder — 名義, 受取人: bank kana there may be a company's, ﾏｴﾊﾞｼ ﾃﾞﾝｷ(ｶ; kana_account_names reads those)
_NAME_LABELS = sorted((w for w in lexicon.words("person.name_headers")
                       if not w.isascii() and len(w) >= 2 and "名義" not in w and "受取" not in w),
                      key=len, reverse=True)
_LABELLED_VALUE = compile_fast(r"(?:" + "|".join(re.escape(w) for w in _NAME_LABELS) + r")(?:[ 　]*[（(][^（）()\n]{1,8}[）)])?"
                               r"[ 　]*(?:[:：]|は|が[、,]?)[ 　]*(?P<n>[^\s、。,，「」（）()：:・]{1,8}?(?:(?:[ 　]|、(?=[ぁ-ゖ]))[^\s、。,，「」（）()：:・]{1,6}?)?)"
                               r"(?=です|でした|と申します|と言います|さん|様|ちゃん|くん|[、。,，（(「」]|[ 　]*(?:\n|$))")
# … or after the label (a role's too) and a blank alone, the value filling the rest of its line (申請者氏名 片貝 正和), as a form's
# OCR or a pasted sheet loses the colon
_LABELLED_LINE = compile_fast(r"(?m)^[ \t　]*[一-龥]{0,4}(?:" + "|".join(re.escape(w) for w in _NAME_LABELS) + r")[ \t　]+"
                              r"(?P<n>[^\s、。,，「」（）()：:・]{1,6}[ 　][^\s、。,，「」（）()：:・]{1,6})[ \t　]*$")
# … or a person said to be someone by their relation or role (子どもは星野 心春です, 私は戸丸 健です): a kanji
# surname, a space and a given name, then です or と申します — the sentence introduces that person
_SUBJECT_WORDS = sorted(set(lexicon.words("person.relation_slots")) | set(lexicon.words("person.introduced_subjects")),
                        key=len, reverse=True)
_SUBJECT_IS_NAME = compile_fast(r"(?:" + "|".join(re.escape(w) for w in _SUBJECT_WORDS) + r")(?:の名前)?は[ 　]*"
                                r"(?P<n>[一-龥々〆ヶ]{1,4}[ 　][一-龥々〆ヶぁ-ゖァ-ヺー]{1,6})(?=です|でした|と申します|と言います|といいます)")
_NAME_VALUE_SHAPE = compile_fast(r"[一-龥々〆ヶ]{1,4}[ 　][一-龥々〆ヶぁ-ゖァ-ヺー]{1,6}|[ぁ-ゖ]{2,5}[ 　、][ぁ-ゖ]{2,5}|"
                                 r"[一-龥々〆ヶ]{1,4}[ぁ-ゖ]{2,4}|[一-龥々〆ヶ]{2,5}|[ァ-ヺ][ァ-ヺー]{1,8}(?:[ 　][ァ-ヺー]{2,8})?")
# two kana words after a name label, spaced or paused (やまもと ともこ, やまもと、ともこ as a call is transcribed):
# the analyser cuts such kana into particles and verbs (やま/も/と), the label, the shape and one proper noun
# among the pieces (ともこ) say it is a name
_KANA_TWO_PARTS = compile_fast(r"[ぁ-ゖ]{2,5}[ 　、][ぁ-ゖ]{2,5}")
_SURNAME_KANA_GIVEN = compile_fast(r"[一-龥々〆ヶ]{1,4}[ 　][ぁ-ゖァ-ヺー]{2,6}")
_VALUE_NOT_NAME = compile_fast(r"不明|未定|なし|無し|同上|省略|別紙|記入|参照|(?:課|係|部|室|局|市|町|村|会|社|店|所|館|園|校)$")


# a name cut to its surname and an initial after a person's label (申出人：ヤマギシ・K, 相談者：山岸 K): "anonymised",
# and still the person's — the surname stands as it was
_NAME_WITH_INITIAL = compile_fast("(?:" + literal_alternation(_SLOT_WORDS)
                                  + r")[ 　]*[:：][ 　]*(?P<n>(?:[一-龥々〆ヶ]{1,4}|[ァ-ヺ][ァ-ヺー]{1,7})[ 　・]?[A-Z][.．]?)(?![A-Za-z])")


def labelled_names(doc: Document) -> list[_Name]:
    text = doc.text
    out = [_Name(m.start("n"), m.end("n"), "", m.group("n"), "label_value", {"label_value": True})
           for m in _NAME_WITH_INITIAL.finditer(text)] if ":" in text or "：" in text else []
    if "名" not in text and "は" not in text:
        return out
    only_common = getattr(doc._analyser, "is_only_common_word", None)
    matches = list(_LABELLED_VALUE.finditer(text)) + list(_LABELLED_LINE.finditer(text)) if "名" in text else []
    if "です" in text or "申します" in text or "います" in text:
        matches += _SUBJECT_IS_NAME.finditer(text)
    for m in matches:
        s, e = m.span("n")
        val = m.group("n")
        if not _NAME_VALUE_SHAPE.fullmatch(val) or _VALUE_NOT_NAME.search(val):
            continue
        toks = list(_tokens_over(doc, s, e))
        if not toks or toks[0].start < s or toks[-1].end > e:
            continue  # the value cuts a word (氏名は山田商店の…): no name of its own
        if any(t.pos[0] in _NOT_NAME_POS for t in toks) and not (
                _KANA_TWO_PARTS.fullmatch(val) and any(t.pos[1] == "固有名詞" for t in toks)
                # (a kanji surname and a kana given name the analyser reads as a verb, or an OCR's mixed kana: 千葉 ゆかリ)
                or _SURNAME_KANA_GIVEN.fullmatch(val) and toks[0].pos[1] == "固有名詞"):
            continue  # 「名前はまだ決めていない」: an adverb, a verb … is no name
        if len(toks) == 1 and toks[0].pos[1] == "普通名詞" and (only_common is None or only_common(val)):
            continue  # 「氏名：本人」「名前は担当者」: one common word is no name (陽子, 紬 are names too)
        if (" " not in val and "　" not in val or m.re is _SUBJECT_IS_NAME or m.re is _LABELLED_LINE) \
                and not any(t.pos[1] == "固有名詞" for t in toks):
            continue  # 「氏名は原則非公表」「父は市役所 勤務です」「氏名 住所 電話」: no proper noun among the words
        out.append(_Name(s, e, "", val, "label_value", {"label_value": True}))
    return out


def _tokens_over(doc: Document, s: int, e: int):
    """Every token but spaces that overlaps text[s:e] (found by bisecting, not by a walk over all the
    text's tokens)."""
    toks = doc.tokens
    i = max(0, bisect_right(doc.token_starts, s) - 1)
    while i < len(toks) and toks[i].start < e:
        if toks[i].end > s and toks[i].pos[0] != "空白":
            yield toks[i]
        i += 1


# a katakana family name and a kanji given name (フィッシャー 恭子, a resident who took a foreign spouse's name)
_KATA_FAMILY_KANJI_GIVEN = compile_fast(r"(?<![ァ-ヺー・=])(?P<f>[ァ-ヺ][ァ-ヺー]{1,9})[ ](?P<g>[一-龥々]{1,3})(?![一-龥々])")
_KATA_THEN_KANJI = compile_fast(r"[ァ-ヺー][ ][一-龥々]")


def katakana_family_kanji_given(doc: Document, toks: list) -> list[_Name]:
    """フィッシャー 恭子さん, 寄附者：ミラー 由美, フィッシャー 恭子　50,000円　…住吉本町1-4-27: a katakana family name, a space
    and a given name Sudachi tags as one, counted with an honorific, a slot or role word before, or personal data near
    (scored as a kanji surname with a kana given name is: the same evidence makes either a name)."""
    text = doc.text
    out: list[_Name] = []
    for m in (_KATA_FAMILY_KANJI_GIVEN.finditer(text) if _KATA_THEN_KANJI.search(text) else ()):
        fam, g = m.group("f"), m.group("g")
        if fam in KATAKANA_NOT_NAME or _KANA_COMPANY.search(fam) or g in NOT_GIVEN or g in _ROLE_SET or g in _SLOT_SET:
            continue
        i = bisect_left(doc.token_starts, m.start("g"))
        if i >= len(toks) or toks[i].start != m.start("g") or toks[i].end != m.end("g") or not toks[i].is_person_name:
            continue
        a, ge = m.start(), m.end()
        j = bisect_left(doc.token_starts, a)
        fam_toks = toks[j:i - 1]
        if not fam_toks or toks[j].start != a or not all(t.pos[2] == "人名" for t in fam_toks):
            continue  # (the dictionary's person's name: not スイーツ 花子, ドイツ 太郎, チーム 翔)
        hm = _HONOR_AFTER.match(text, ge)
        honor = HONORIFICS[hm.group(1)] if hm else ""
        slot = _slot_before(text, a)
        role = None if slot else _role_left(text, a)
        pii = _near_pii(doc, a, ge)
        if not (honor or slot or role or pii):
            continue
        sig = {"honor": honor, "private_honor": honor not in ("", "先生", "氏", "宛"), "pii": pii, "pii_sei": bool(pii),
               **_slot_and_role(slot, role)}
        out.append(_Name(a, ge, fam, g, "kana_given", sig))
    return out
