"""PERSON: individuals' names in kanji, kana and romaji.

Evidence, from weak to strong (scores in `evidence.py`, section "PERSON"):
- Sudachi's part of speech: 人名/姓 followed by 人名/名 (a full name) is good evidence;
  a surname alone is weak (中村 in 中村橋 is not even a 姓 token; 森 in 森林 neither).
- An honorific right after (様・さん・氏・君・くん・ちゃん・殿・先生), a name slot right
  before (氏名：, 相談者, 保護者, 長男, 口座名義 …), a table column headed 氏名, or an
  address / phone / e-mail found near the name makes it strong.
- Famous and historical people (a maintained list in `service/lexicon/public_figures.txt`,
  Sudachi's single-token dictionary names such as 徳川家康, or public context words such as
  詩・小説・歴史・時代 in the sentence) are not reported unless a private-person signal is present.
- An age or a private circumstance in brackets after a name (山口 蓮（8歳）, …（無職）) is strong;
  a reading in brackets (五十嵐 蒼（いがらし あおい）) is part of the name and redacted with it.
- Relation words (妻, 長男) in a history/culture sentence describe historical families; a text
  with several distinct history words makes names with no private signal public.
- Romaji names only with context: Mr./Ms./Dear/From:/account holder, an honorific (氏・さん),
  a following <e-mail>, or the SURNAME Given convention with Hepburn-shaped words; Japanese
  names in English chats via a maintained list (`service/lexicon/person.romaji_*.txt`) plus
  a speaker line or with/ask/from/cc; capital names (NGUYEN THI LAN) near 在留カード/旅券.
- Two-column tables: the value next to a 氏名/名前/Name label is the name; labels never are.
- Katakana foreign names joined by ・/＝/a space (グエン・ティ・ラン) with an honorific, a slot, a
  nationality or residence context or an address/phone near; not loanword phrases
  (`service/lexicon/person.katakana_not_name.txt`) nor famous people. Kana given names after a kanji surname
  (國定 てる, 鷲尾 ヨシ子) read on the text; a rare surname (四十物) before a spaced tagged given name.
- Lists: when one item of a bullet list, table column or 、-enumeration is a reported name, the
  other items of the same shape (姓 + space + 名, same bracket structure) are names too.
- A role word joined by の anywhere in prose (書記の…さん, 担任の…先生); sample words (ひな形,
  見本) veto a name only right next to it, not anywhere in a long sentence.
- Romaji names after English labels (It goes to:, Payable to, Attention, Contact:, Name:) in any
  case, with accents and da/de/dos particles; not organisations/products (City Hall, Galaxy Tab).
- Bank kana (口座名義：ｼﾓﾀﾞ ｹｲｺ — the detector sees ﾀﾞ as タ + U+3099) and katakana reading pairs
  filling a CSV cell; companies (カ)…, ユ)…, …(カ, ショウジ) are not persons.
- Living public figures are listed too; a private circumstance in the sentence (生活保護, 来庁 …),
  a slot or an address/phone still reports them.
Every later occurrence of a reported name's surname or given name is reported too.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from ..labels import REASONS
from . import register
from .base import Candidate, Detector, Document
from . import evidence as ev
from . import person_stages as stages
from .person_base import (
    _romaji_keys,
    _AGE_AFTER, _AMBIG_SURNAMES, _BANK_CONTEXT, _BRACKETED, _BRACKETED_HIRAGANA, _CAP_WORD,
    _CAPS_PAIR, _CAPS_RUN, _card_context, _CARD_WORDS, _CHAT_PREFIX, CHILD_HONORIFICS, _CJK,
    _CLOSE_THEN_HONOR, _Ctx, _cut_bracket, _dedupe, _EMAIL_LOCAL, _EN_LEAD, _EN_NOT_NAME, _EN_PRODUCT,
    _EN_STOP, _fold, _FOREIGN_CONTEXT, _FOREIGN_LEFT, _FOREIGN_NOT_AFTER, _FOREIGN_RIGHT,
    _FOREIGN_RUN, _FOREIGN_SURNAMES, _HEADER_LIKE, _hepburn, _HONOR_AFTER, _HONOR_NEAR,
    HONORIFICS, _ID_TYPES, _Intervals, _is_mei, _is_sei, _is_space, _is_whole_name, JP_GIVEN,
    _JP_NOT_NAME_WORDS, _JP_ROMAJI_LEAD, JP_SURNAMES, _KANA_ACCOUNT_PAIR, _KANA_BANK, _KANA_COMPANY,
    _kana_company, _KANA_GIVEN, _KANA_KANJI, _kana_key, _KANA_LABELS, _KANA_NOT_GIVEN, _KANA_READING,
    _KANA_SLOT_END, _KANJI, _KANJI_BEFORE_READING, _KANJI_CH, _KANJI_ONLY, _KANJI_READING, _KANJI_TAIL,
    _KATA_CH, _KATA_DOTTED, _KATA_HONOR, _KATA_HONOR_AT, _KATA_NOT_AFTER, _KATA_OR_SEP, _KATA_PAIR,
    _KATA_SPACED, _KATAKANA, KATAKANA_NOT_NAME, _keyword_matches, _KK_CH, _kv_name_like, _KV_VALUE,
    _LABELS_EN, _LazySentence, _LIST_BULLET, _LIST_ITEM, _LIST_SEP, _LNAME_AT,
    _matches_from_anchors, _MOBILE, _Name, _NAME_END_PARTICLES, _NAME_HEADERS, _NATION_LEFT, _near_pii,
    _near_pii_type, _neighbour_lines, _NEXT_CAP, NOT_GIVEN, _ORG_END, ORG_SUFFIX, _PARTICLES_EN,
    _PERSON_AFTER, _PERSONAL_LINE, _PII_LABEL, _PII_TYPES, _place_as_surname, _PLACEHOLDER, _PREV_CAP,
    _PRIVATE_BRACKET, _private_fact, _public_figure_at,
    PUBLIC_FIGURES, _PUBLIC_OFFICE_WORD, _reading_at, _RELATION_BRACKET, _RELATION_SLOTS,
    _RESIDENT_CONTEXT, _ROLE_LEFT, _role_no, _ROLE_SET, _ROMAJI_AFTER, _ROMAJI_BEFORE, _ROMAJI_CONTEXT,
    _ROMAJI_PREFILTER, _ROMAJI_STARTS,
    _sentence, _SEP_KATA, _SHAPE_NOT_GIVEN, _SIGNATURE_BEFORE, _SLOT_RX, _SLOT_SET,
    _SPACE_KANA, _SPACE_KATA, _SPACED_PAIR, _SPEAKER_AFTER, _STAFF_TITLES, _STRONG_RESIDENT, _terminates,
    _TERMINATORS, TITLES, _untagged_pieces, _WESTERN_GIVEN, _WHO_AFTER, _word_boundary,
)



@register
class PersonDetector(Detector):
    type = "PERSON"
    reads = _PII_TYPES  # a name next to an address, a phone, an identifier … counts more

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        toks = doc.tokens
        brackets = "（" in text or "(" in text
        # 1. candidates: every path only finds names and the signals around them
        cands = self._kanji_kana_names(doc, toks)
        cands += self._shape_names(doc, toks)
        cands += self._kana_given_names(doc, toks)
        cands += self._foreign_katakana(doc, toks)
        cands += self._table_names(text)
        cands += self._kana_account_names(doc)
        cands += self._romaji_names(doc)
        if brackets:
            cands += self._reading_names(doc, toks)
        # 2.-3. vetoes and scores, in one place for all paths
        names = stages.judge(doc, cands)
        if brackets:
            names = _dedupe(names)
            names += self._readings_of(doc, toks, [n for n in names if n.score >= ev.WARN])
        names = _dedupe(names)
        # the vetoes and the cap that look at the reading that won its span
        names = stages.judge_merged(doc, names)
        names = self._list_siblings(doc, toks, names)
        out = [Candidate(self.type, n.start, n.end, min(n.score, 1.0), stages.render(n.why))
               for n in names if n.score >= ev.WARN]
        out += self._repeats(doc, toks, [n for n in names if n.score >= ev.WARN], out)
        return out

    # -- kanji / kana names from Sudachi tokens ----------------------------------------
    def _kanji_kana_names(self, doc: Document, toks: list) -> list[_Name]:
        text = doc.text
        found: list[_Name] = []
        n = len(toks)
        # One pass: the tokens tagged as names, and — 「係の吉野主査が」 — a place-tagged kanji word
        # right before a staff title, after の / a separator: many surnames are also place names to
        # Sudachi (吉野, 高崎); read as a surname, it then needs the title.
        hits = []
        for k, t in enumerate(toks):
            p2 = t.pos[2]
            if p2 == "人名":
                hits.append(k)
            elif p2 == "地名" and k + 1 < n and toks[k + 1].surface in _STAFF_TITLES and _place_as_surname(toks, k):
                hits.append(k)
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
            if t.pos[2] == "地名" and i + 1 < n and toks[i + 1].surface in _STAFF_TITLES:
                name = _Name(t.start, t.end, t.surface, "", "surname")  # before a staff title (above)
                name._next = i + 1  # type: ignore[attr-defined]
            elif _is_sei(t) or (_KATAKANA.match(t.surface) and i + 2 < n and _is_space(toks[i + 1])
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
            if _KATA_CH.match(text, name.start) and _kana_company(text, name.start, name.end):
                i = max(getattr(name, "_next", i + 1), i + 1)
                continue
            nxt = getattr(name, "_next", i + 1)
            name.sig, name.path = self._signals(doc, toks, nxt, name), "morphology"
            found.append(name)
            i = max(nxt, i + 1)
        return found

    def _from_surname(self, toks, i):  # noqa: C901 (one pass over the name's tokens)
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
            if _is_mei(g) and _BRACKETED.match(g.surface):
                given.append(_cut_bracket(g))  # Sudachi's one-token 「ゆう子（パート）」
                j += 1
                break
            if _is_mei(g) and (not katakana or _KATAKANA.match(g.surface)):
                given.append(g)
                j += 1
                # 「荻野 悠人さん」: Sudachi reads 悠 as the name and 人 as a suffix; a one-kanji suffix
                # right before an honorific or the end of the name belongs to the given name
                if (not katakana and j + 1 < n and toks[j].pos[0] == "接尾辞" and len(toks[j].surface) == 1
                        and _KANJI_ONLY.fullmatch(toks[j].surface) and len(g.surface) <= 2
                        and (toks[j + 1].surface in HONORIFICS or toks[j + 1].surface[:1] in _TERMINATORS)):
                    given.append(toks[j])
                    j += 1
                    break
                continue
            if katakana and spaced and not given and _KATAKANA.match(g.surface) and 2 <= len(g.surface) <= 6:
                given.append(g)
                tentative = True
                j += 1
                break
            break
        # untagged pieces after a spaced surname or a partial given name: 野口 心+春ちゃん, 須藤 ゆかり
        if (spaced or given) and not katakana:
            pieces, k = _untagged_pieces(toks, j, spaced, sum(len(x.surface) for x in given))
            if pieces:
                given += pieces
                tentative = True
                j = k
        if (spaced and not given and not katakana and j + 1 < n and toks[j + 1].surface in HONORIFICS
                and _KANJI_ONLY.fullmatch(toks[j].surface) and len(toks[j].surface) <= 2
                and toks[j].pos[0] not in ("助詞", "助動詞", "接尾辞")):
            # 「新井 颯さん」: Sudachi reads 颯 as an adverb; before an honorific it is the given name
            given.append(toks[j])
            tentative = True
            j += 1
        if (spaced and not given and not katakana and j < n and toks[j].is_place_name
                and _KANJI_ONLY.fullmatch(toks[j].surface) and 1 <= len(toks[j].surface) <= 3
                and _terminates(toks, j + 1, spaced)):
            # 「新井 瑞穂、」: a given name that is also a place name (瑞穂, 千里, 和泉) after a spaced
            # surname; tentative, so it still needs an honorific, a slot or personal data nearby
            given.append(toks[j])
            tentative = True
            j += 1
        if katakana and not given:
            return None
        if katakana and (t.surface in KATAKANA_NOT_NAME or any(g.surface in KATAKANA_NOT_NAME for g in given)):
            return None  # イベント カレンダー, カスタマー サポート: loanwords
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
        spaced = k == i - 2
        if k >= 0 and toks[k].pos[0] == "名詞" and _KANA_KANJI.match(toks[k].surface) \
                and 1 <= len(toks[k].surface) <= 3 and toks[k].surface not in NOT_GIVEN \
                and toks[k].surface not in _SLOT_SET and toks[k].pos[1] != "数詞" and toks[k].pos[2] != "副詞可能":
            prev = toks[k - 1].surface if k >= 1 else ""
            if not prev or prev[-1:] in " \n：:、。（(「|は がをにのと" or _SLOT_RX.search(prev[-6:] + ""):
                sei = toks[k].surface
                start = toks[k].start
        if not sei and spaced and len(t.surface) >= 2 and _KANJI_CH.search(t.surface):
            # a rare surname Sudachi does not know (四十物, 十八女, 勘解由小路) before a spaced, clearly
            # tagged given name (健一郎): the kanji run of 1-5 characters standing before the space
            run = self._kanji_run_before(toks, k)
            if run:
                sei, start = "".join(x.surface for x in run), run[0].start
        end = t.end
        j = i + 1
        name = _Name(start, end, sei, t.surface, "given_sei" if sei else "given")
        name._next = j  # type: ignore[attr-defined]
        return name

    @staticmethod
    def _kanji_run_before(toks, k: int):
        """The whole kanji word ending at token k (四十物, 十八+女): 1-5 kanji in at most 3 tokens,
        nouns (a number only as its first part), no title/slot/role/time word, not preceded by kanji."""
        run, length = [], 0
        while k >= 0 and len(run) < 3:
            x = toks[k]
            if not _KANJI.match(x.surface) or length + len(x.surface) > 5:
                break
            run.insert(0, x)
            length += len(x.surface)
            k -= 1
        if not run or (k >= 0 and _KANJI_CH.match(toks[k].surface[-1:])):
            return None
        for idx, x in enumerate(run):
            if (x.surface in NOT_GIVEN or x.surface in _SLOT_SET or x.surface in _ROLE_SET or x.surface in TITLES
                    or x.surface in _SHAPE_NOT_GIVEN or x.pos[2] in ("副詞可能", "助数詞", "助数詞可能") or x.is_place_name
                    and len(run) > 1 or (x.pos[1] == "数詞" and (idx > 0 or len(run) == 1))
                    or x.pos[0] not in ("名詞", "接尾辞") or (x.pos[0] == "接尾辞" and idx == 0)):
                return None
        return run

    @staticmethod
    def _signals(doc: Document, toks: list, j: int, name: _Name) -> dict:
        """What is around the name (signal id -> True or the word its reason quotes): an honorific or
        a title after it, a reading, an age or a private bracket, an organisation word, a slot or a
        role word before it, personal data and bank words near; whether it is a listed figure and,
        if so, whether a private circumstance is said of it."""
        text = doc.text
        n = len(toks)
        kind = name.kind
        short = kind in ("surname", "given", "whole")
        # honorific or title right after (one space allowed)
        k = j
        if k < n and _is_space(toks[k]) and len(toks[k].surface) <= 2:
            k += 1
        follow = toks[k].surface if k < n else ""
        honor = HONORIFICS.get(follow)
        if follow and not honor and follow in ("さ", "ちゃ") and k + 1 < n:
            honor = HONORIFICS.get(follow + toks[k + 1].surface)
        # a reading in brackets may stand between the name and its honorific / age
        rd = _reading_at(text, name.start, name.end)
        after = rd.end() if rd else name.end
        if not honor and rd:
            hm = _HONOR_AFTER.match(text, after)
            if hm:
                honor = HONORIFICS[hm.group(1)]
        elif not honor and text[max(0, name.start - 2):name.start].strip(" 　")[-1:] in ("（", "("):
            hm = _CLOSE_THEN_HONOR.match(text, name.end)  # the name is itself a reading: （わたなべ みなと）くん
            if hm:
                honor = HONORIFICS[hm.group(1)]
        age = _AGE_AFTER.match(text, after)
        org = follow in ORG_SUFFIX or (follow and k < n and toks[k].is_place_name is False
                                       and toks[k].pos[1] == "普通名詞" and follow in ORG_SUFFIX)
        if k < n and not honor and follow not in TITLES and j == k and toks[k].pos[0] == "接尾辞" \
                and follow not in HONORIFICS:
            org = True
        sig = {"honor": honor, "child_honor": bool(honor) and honor in CHILD_HONORIFICS,
               "private_honor": bool(honor) and honor not in ("先生", "氏"),
               "title": not honor and follow in TITLES, "org": bool(org), "age": bool(age),
               "private_br": bool(age or _PRIVATE_BRACKET.match(text, after)), "kind_" + kind: True}
        slot_m = _SLOT_RX.search(text[max(0, name.start - 14):name.start])
        if slot_m:
            word = slot_m.group(0).strip(" :：|｜=＝のは")
            sig["slot"], sig["relation_slot"] = word[:8], word in _RELATION_SLOTS
        else:
            role_no = _role_no(text, name.start)
            if role_no and not short:
                sig["role"] = role_no.group(0).strip(" 　の")[-6:]
        flat = name.sei + name.mei
        figure = sig["figure"] = flat in PUBLIC_FIGURES or _public_figure_at(text, name.start)
        pii = _near_pii_type(doc, name.start, name.end)
        if pii == "DATE_OF_BIRTH" and figure:
            pii = None  # 「大谷翔平選手（1994年7月5日生まれ）」: a famous person's birthday is public
        if pii:
            sig["pii"] = _PII_LABEL[pii]
            sig["pii_id_boost"] = not short and pii in _ID_TYPES
            sig["pii_boost"] = (pii not in _ID_TYPES) if not short else bool(honor or slot_m)
        sig["bank"] = bool(kind in ("katakana", "tentative", "full") and _BANK_CONTEXT.search(
            text[max(0, name.start - 40):name.start]))
        sig["relation_br"] = not age and bool(_RELATION_BRACKET.match(text, after))
        # a famous name with a private circumstance (…さんが生活保護を申請) is a person's
        sig["private_fact"] = bool(figure and not (slot_m or pii or sig["private_br"])
                                   and (sig.get("role") or sig["private_honor"])
                                   and _private_fact(doc, name.start, name.end))
        return sig

    # -- readings in brackets ------------------------------------------------------------------
    def _reading_names(self, doc: Document, toks: list) -> list[_Name]:
        """蒼（あおい）さん, 長女 蒼（あおい）: a short kanji name with its reading, which Sudachi may read
        as one noun. Counts only with an honorific after, a name slot before or an age after."""
        text = doc.text
        out: list[_Name] = []
        if not _BRACKETED_HIRAGANA.search(text):
            return out
        for m in _KANJI_READING.finditer(text):
            k = m.group("k")
            if k in NOT_GIVEN or k in _SLOT_SET or k in _ROLE_SET or k in _SHAPE_NOT_GIVEN:
                continue
            hm = _HONOR_AFTER.match(text, m.end())
            slot = _SLOT_RX.search(text[max(0, m.start() - 14):m.start()])
            age = _AGE_AFTER.match(text, m.end())
            honor = HONORIFICS[hm.group(1)] if hm else ""
            # 先生/氏/殿/宛 name someone in a role, not a private person, unless a slot or an age says so
            honor_ok = bool(hm) and (honor not in ("先生", "氏", "殿", "宛") or bool(slot or age))
            sig = {"honor": honor, "age": bool(age), "honor_ok": honor_ok,
                   "child_honor": honor_ok and honor in CHILD_HONORIFICS}
            if slot:
                sig["slot"] = slot.group(0).strip(" :：|｜=＝のは")[:8]
            sig["twin"] = m.span("r")  # the reading is part of the name: judged with it
            out.append(_Name(m.start("k"), m.end("k"), k, m.group("r"), "reading", sig, keys=(k,)))
        return out

    def _readings_of(self, doc: Document, toks: list, names: list[_Name]) -> list[_Name]:
        """The reading after a reported name (五十嵐 蒼（いがらし あおい）), and the kanji name before a
        reported reading: both are the name."""
        text = doc.text
        out: list[_Name] = []
        starts = None
        for nm in names:
            rd = _reading_at(text, nm.start, nm.end)
            if rd:
                r = _Name(rd.start("r"), rd.end("r"), nm.sei, nm.mei, "reading")
                r.score, r.why = nm.score, [("person.reading_of", {})]
                out.append(r)
                continue
            if not re.fullmatch(r"[ぁ-んァ-ヶー]+(?:[ 　・][ぁ-んァ-ヶー]+)?", text[nm.start:nm.end]):
                continue
            if not re.match(r"[ 　]?[）)]", text[nm.end:nm.end + 2]):
                continue
            km = _KANJI_BEFORE_READING.search(text, max(0, nm.start - 14), nm.start)
            if not km:
                continue
            kanji = km.group("k")
            parts = kanji.split()
            if any(p in NOT_GIVEN or p in _SLOT_SET or p in _ROLE_SET or _SLOT_RX.search(p) for p in parts):
                continue
            # a spaced pair, or a kanji run Sudachi reads as (part of) a name
            if len(parts) < 2:
                a, b = km.start("k"), km.end("k")
                if starts is None:
                    starts = [x.start for x in toks]
                i0 = bisect_left(starts, a)
                if not any(t.pos[2] == "人名" and a <= t.start < b for t in toks[i0:i0 + 4]):
                    continue
            k = _Name(km.start("k"), km.end("k"), parts[0], parts[-1] if len(parts) > 1 else "", "reading")
            k.score, k.why = nm.score, [("person.kanji_of_reading", {})]
            out.append(k)
        return out

    # -- "surname-like + given-name-like" in a strong slot ------------------------------------
    def _shape_given(self, toks: list, j: int) -> tuple[list, int]:
        """The given name after the space: 1-2 noun tokens, at most 4 characters, then the name
        ends. Returns the tokens and the index after them."""
        given, glen = [], 0
        while j < len(toks) and len(given) < 2:
            g = toks[j]
            if (not _KANA_KANJI.match(g.surface) or g.surface in NOT_GIVEN or g.surface in _ROLE_SET
                    or g.surface in _SLOT_SET or g.surface in _SHAPE_NOT_GIVEN or g.pos[0] != "名詞"
                    or g.pos[1] == "数詞" or glen + len(g.surface) > 4):
                break
            given.append(g)
            glen += len(g.surface)
            j += 1
            if self._shape_ends(toks, j):
                break
        return given, j

    @staticmethod
    def _shape_is_name(sur: list, given: list, gs: str) -> bool:
        """Whether surname tokens + given-name tokens make a name by their tags and shape."""
        sei_tag = len(sur) == 1 and _is_sei(sur[0])
        place = len(sur) == 1 and sur[0].is_place_name
        if any(_is_mei(g) for g in given):
            return True
        if len(given) == 1 and len(gs) == 1 and _KANJI.match(gs):
            return bool(sei_tag or place)  # 目黒 亮, 日本橋 航
        if len(given) == 1 and given[0].is_place_name and _KANJI.match(gs):
            return bool(sei_tag)  # 東海林 隼人
        if re.fullmatch(r"[ぁ-ん]{2,4}", gs):
            return bool(sei_tag or place)
        return False

    def _shape_names(self, doc: Document, toks: list) -> list[_Name]:
        """会長 六本木 剛 / 担当 東海林 隼人 / 書記：御徒町 光: Sudachi tags the surname as a place or
        does not know it, or the given name as a place or a common noun. The shape alone is weak;
        it counts only in a strong slot: after a role word, after a name slot, before an honorific."""
        text = doc.text
        out: list[_Name] = []
        if " " not in text:
            return out
        starts = None
        for m in _SPACED_PAIR.finditer(text):
            a, sp = m.start(), m.end() - 1
            role = _ROLE_LEFT.search(text, max(0, a - 16), a) or _role_no(text, a)
            slot = None if role else _SLOT_RX.search(text, max(0, a - 14), a)
            if not (role or slot or _HONOR_NEAR.search(text, sp, sp + 9)):
                continue
            if starts is None:
                starts = [t.start for t in toks]
            i = bisect_left(starts, a)
            if i >= len(toks) or starts[i] != a:
                continue
            k = bisect_left(starts, sp, i)
            if k >= len(toks) or starts[k] != sp or toks[k].surface != " ":
                continue
            sur = toks[i:k]
            if not sur or any(t.surface in NOT_GIVEN or t.surface in _ROLE_SET or t.surface in _SLOT_SET
                              or t.surface in _SHAPE_NOT_GIVEN for t in sur):
                continue
            if sur[-1].pos[1] == "数詞" or (len(sur) == 1 and sur[0].pos[0] != "名詞") \
                    or any(t.pos[2] == "副詞可能" for t in sur):
                continue
            given, j = self._shape_given(toks, k + 1)
            if not given or not self._shape_ends(toks, j):
                continue
            honor = self._honorific_at(toks, j)
            if not (role or slot or honor):
                continue
            gs = "".join(g.surface for g in given)
            if not self._shape_is_name(sur, given, gs):
                continue
            sei = "".join(t.surface for t in sur)
            if sei in TITLES or sei in _ROLE_SET or _PUBLIC_OFFICE_WORD.fullmatch(sei):
                continue  # 「知事 山本一太氏」: the title is not a surname
            sig = {}
            if slot:
                sig["slot"] = slot.group(0).strip(" :：|｜=＝のは")[:8]
            if honor:
                sig["honor"] = honor
            if role:
                sig["role"] = role.group(0).strip(" :：=、,，・/|｜(（[［【\n\tの")[-6:]
            out.append(_Name(a, given[-1].end, sei, gs, "shape", sig))
        return out

    @staticmethod
    def _shape_ends(toks, j: int) -> bool:
        if j >= len(toks):
            return True
        f = toks[j].surface
        return (f in HONORIFICS or f in TITLES or f in _NAME_END_PARTICLES or f[:1] in _TERMINATORS
                or f.startswith(("さま", "ちゃ")))

    @staticmethod
    def _honorific_at(toks, j: int):
        if j < len(toks) and _is_space(toks[j]) and len(toks[j].surface) <= 2:
            j += 1
        if j >= len(toks):
            return None
        f = toks[j].surface
        h = HONORIFICS.get(f)
        if not h and f in ("さ", "ちゃ") and j + 1 < len(toks):
            h = HONORIFICS.get(f + toks[j + 1].surface)
        return h

    # -- lists: the other items of a list in which one item is a reported name ------------------
    def _list_siblings(self, doc: Document, toks: list, names: list[_Name]) -> list[_Name]:
        """・東海林 美紀（会計）／・薬袋 俊介（書記）, 東海林 美紀（書道の部）、薬袋 俊介（絵画の部）:
        when one item of a list (bullet lines, table/CSV rows, an enumeration joined by 、/・/と) is a
        reported full name, the other items of the same shape are names too. An item must be a
        kanji surname + space + given name (tagged 姓 or 名 by Sudachi, or a kana given name), with
        the same bracket structure as the reported one; 総務課 庶務係, 前橋 公園 are not."""
        text = doc.text
        anchors = [n for n in names if n.score >= ev.BLOCK and _LIST_ITEM.fullmatch(text, n.start, n.end)]
        if not anchors:
            return names
        taken = _Intervals()
        for n in names:
            if n.score >= ev.BLOCK:
                taken.add(n.start, n.end)
        ctx = {"starts": None}
        lines_done: set = set()
        walked: set = set()
        extra: list[_Name] = []
        for an in anchors:
            ls = text.rfind("\n", 0, an.start) + 1
            le = text.find("\n", an.end)
            le = len(text) if le == -1 else le
            am = _LIST_ITEM.match(text, an.start)
            if not am or am.end("g") != an.end:
                continue
            has_b = am.group("b") is not None
            cands = self._enumeration_items(text, an, ls, le, has_b, lines_done)
            cands += self._bullet_items(text, an, am, ls, le, has_b, walked)
            cands += self._table_items(text, an, am, ls, le, walked)
            for it in cands:
                a, e = it.start(), it.end("g")
                if a == an.start or taken.overlaps(a, e):
                    continue
                nm = _Name(a, e, it.group("s"), it.group("g"), "list_sibling", {"list_sibling": True})
                if stages.veto(doc, nm) or not self._sibling_ok(doc, toks, it, ctx):
                    continue
                stages.score(nm)
                taken.add(a, e)
                extra.append(nm)
        if not extra:
            return names
        new = _Intervals()
        for nm in extra:
            new.add(nm.start, nm.end)
        # a weaker reading of the same item (五十嵐 ルナ at warn) gives way to the list's
        return sorted([n for n in names if n.score >= ev.BLOCK or not new.overlaps(n.start, n.end)] + extra,
                      key=lambda n: n.start)

    @staticmethod
    def _enumeration_items(text: str, an: _Name, ls: int, le: int, has_b: bool, lines_done: set) -> list:
        """The items of an enumeration (、/・/と) on the anchor's line, with its bracket structure."""
        cands: list = []
        if ls not in lines_done:
            lines_done.add(ls)
            items = list(_LIST_ITEM.finditer(text, ls, le))
            chain, best = [], None
            for it in items:
                if chain and not _LIST_SEP.fullmatch(text, chain[-1].end(), it.start()):
                    if best is None and any(c.start() == an.start for c in chain):
                        best = chain
                    chain = []
                chain.append(it)
            if best is None and any(c.start() == an.start for c in chain):
                best = chain
            if best and len(best) >= 2:
                cands += [it for it in best if (it.group("b") is not None) == has_b]
        return cands

    def _bullet_items(self, text: str, an: _Name, am, ls: int, le: int, has_b: bool, walked: set) -> list:
        """The items of the bullet lines around the anchor's line (same bullet, same tail)."""
        cands: list = []
        bm = _LIST_BULLET.match(text, ls)
        if bm and bm.end() == an.start and ("b", ls) not in walked:
            kind = self._bullet_kind(bm.group("k"))
            tail = self._tail_kind(text, am.end(), le)
            for step in (-1, 1):
                for pos, pe in _neighbour_lines(text, ls, step):
                    b2 = _LIST_BULLET.match(text, pos, pe)
                    if not b2 or self._bullet_kind(b2.group("k")) != kind:
                        break
                    walked.add(("b", pos))  # each list is walked once (linear on long lists)
                    it = _LIST_ITEM.match(text, b2.end(), pe)
                    if it and (it.group("b") is not None) == has_b and self._tail_kind(text, it.end(), pe) == tail:
                        cands.append(it)
        return cands

    @staticmethod
    def _table_items(text: str, an: _Name, am, ls: int, le: int, walked: set) -> list:
        """The same cell of the neighbouring table / CSV rows."""
        cands: list = []
        line = text[ls:le]
        delim = next((d for d in ("|", "\t", ",") if d in line), None)
        if delim:
            cells = line.split(delim)
            off, ci = ls, None
            for idx, c in enumerate(cells):
                if off + len(c) - len(c.lstrip(" 　")) == an.start and c.strip(" 　") == text[an.start:am.end()].strip(" 　"):
                    ci = idx
                    break
                off += len(c) + 1
            if ci is not None and ("t", ci, ls) not in walked:
                for step in (-1, 1):
                    for pos, pe in _neighbour_lines(text, ls, step):
                        row = text[pos:pe]
                        if row.count(delim) != line.count(delim):
                            break
                        walked.add(("t", ci, pos))
                        rc = row.split(delim)
                        co = pos + sum(len(x) + 1 for x in rc[:ci])
                        cell = rc[ci]
                        cs = co + len(cell) - len(cell.lstrip(" 　\""))
                        it = _LIST_ITEM.match(text, cs, co + len(cell.rstrip(" 　\"")))
                        if it and it.end() == co + len(cell.rstrip(" 　\"")):
                            cands.append(it)
        return cands

    @staticmethod
    def _bullet_kind(k: str) -> str:
        if k[:1].isdigit():
            return "1" + ("" if k[-1].isdigit() else k[-1])
        if k[:1] in "（(":
            return "(1)"
        if "①" <= k <= "⑳":
            return "①"
        return k

    @staticmethod
    def _tail_kind(text: str, pos: int, end: int) -> str:
        rest = text[pos:end].strip(" 　\t")
        if not rest:
            return ""
        c = rest[0]
        if c.isdigit():
            return "0"
        if _KANA_KANJI.match(c):
            return "w"
        return c

    @staticmethod
    def _sibling_ok(doc: Document, toks: list, it, ctx: dict) -> bool:
        """An item of a list of names: the surname and the given name are whole tokens, the surname
        is not an organisation/place word, one part is tagged 姓/名 (or the given name is kana)."""
        sei, g = it.group("s"), it.group("g")
        if (_ORG_END.search(sei) or _ORG_END.search(g) or g in NOT_GIVEN
                or sei in NOT_GIVEN or sei in _SLOT_SET or sei in _ROLE_SET or g in _ROLE_SET or g in _SLOT_SET
                or sei in _SHAPE_NOT_GIVEN or g in _SHAPE_NOT_GIVEN or g in KATAKANA_NOT_NAME or g in _KANA_NOT_GIVEN):
            return False
        if ctx["starts"] is None:
            ctx["starts"] = [t.start for t in toks]
        starts = ctx["starts"]
        a, sp, gs, ge = it.start("s"), it.end("s"), it.start("g"), it.end("g")
        i = bisect_left(starts, a)
        k = bisect_left(starts, gs, i)
        j = bisect_left(starts, ge, k)
        if i >= len(toks) or starts[i] != a or k >= len(toks) or starts[k] != gs or k - 1 <= i \
                or not _is_space(toks[k - 1]) or toks[k - 2].end != sp or (j < len(toks) and starts[j] != ge):
            return False
        sur, giv = toks[i:k - 1], toks[k:j]
        if not sur or not giv:
            return False
        if any(t.pos[2] in ("副詞可能", "サ変可能", "助数詞", "助数詞可能") or t.pos[1] == "数詞" for t in sur + giv
               if not (_is_sei(t) or _is_mei(t))):
            return False
        sei_tag = len(sur) == 1 and _is_sei(sur[0])
        mei_tag = any(_is_mei(t) for t in giv)
        kana = re.fullmatch(r"(?:[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})(?:子|江|代|枝|美|恵|乃|世)?", g) is not None
        if any(t.is_place_name for t in giv) and not mei_tag:
            return False
        return mei_tag or (sei_tag and (kana or (len(g) == 1 and _KANJI.match(g) is not None)))

    def _kana_given_names(self, doc: Document, toks: list) -> list[_Name]:
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
            slot = _SLOT_RX.search(text[max(0, a - 14):a])
            role = None if slot else (_ROLE_LEFT.search(text, max(0, a - 16), a) or _role_no(text, a))
            age = _AGE_AFTER.match(text, ge)
            pii = _near_pii(doc, a, ge)
            sig = {"honor": honor, "private_honor": honor not in ("", "先生", "氏", "宛"),
                   "age": bool(age), "private_br": bool(age or _PRIVATE_BRACKET.match(text, ge)),
                   "pii": pii, "pii_sei": bool(pii and sei_tag), "honor_sei": bool(honor and sei_tag)}
            if slot:
                sig["slot"] = slot.group(0).strip(" :：|｜=＝のは")[:8]
                sig["relation_slot"] = slot.group(0).strip(" :：|｜=＝のは") in _RELATION_SLOTS
            if role:
                sig["role"] = role.group(0).strip(" :：=、,，・/|｜(（[［【の")[-6:]
            out.append(_Name(a, ge, sei, g, "kana_given", sig))
        return out

    def _foreign_katakana(self, doc: Document, toks: list) -> list[_Name]:
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
                    or _FOREIGN_NOT_AFTER.match(text, e):
                continue
            hm = _KATA_HONOR_AT.match(text, e)
            honor = hm.group("h") if hm else ""
            slot = (_SLOT_RX.search(text[max(0, s - 14):s]) or _FOREIGN_LEFT.search(text, max(0, s - 14), s)
                    or _RELATION_BRACKET.match(text, e))
            nation = _FOREIGN_RIGHT.match(text, e) or _NATION_LEFT.search(text, max(0, s - 16), s)
            pii = _near_pii(doc, s, e)
            unspaced = " " not in m.group(0)
            sig = {"honor": HONORIFICS.get(honor, honor), "private_honor": honor not in ("", "先生", "氏"),
                   "slot": bool(slot), "nation": bool(nation), "pii": pii}
            if not (honor or slot or nation or (pii and unspaced)):
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

    # -- bank-transfer kana: half-width ｼﾓﾀﾞ ｹｲｺ (NFKC leaves ﾀﾞ as タ + a combining mark) ---------
    def _kana_account_names(self, doc: Document) -> list[_Name]:
        """Account holders written in bank kana (口座名義：ｼﾓﾀﾞ ｹｲｺ, 振込先,ﾔﾏｻﾞｷ ﾀﾛｳ) and katakana
        "surname given" reading pairs that fill a CSV cell. Companies are not persons: a legal-entity
        mark joined to the name (カ)…, ユ)…, …(カ), ｼﾔ)…) or a company word (ショウジ, ケンセツ …)."""
        text = doc.text
        out: list[_Name] = []
        for m in self._kana_pairs(text):
            s, e = m.span()
            parts = m.group(0).split(" ")
            label = len(parts) == 3 and _kana_key(parts[0]) in _KANA_LABELS
            if label:  # ﾒｲｷﾞ ﾌｼﾞﾀ ﾐﾁｺ: the label, then the name
                s += len(parts[0]) + 1
                parts = parts[1:]
            ls = text.rfind("\n", max(0, s - 41), s) + 1
            if not (label or _KANA_BANK.search(text, max(ls, s - 40), s)
                    or text[s - 1:s] in (",", "\t", "|", "\"", " ")):
                continue  # neither a bank context nor a cell: cheap exit before any normalisation
            keys = [_kana_key(p) for p in parts]
            if any(k in KATAKANA_NOT_NAME or _KANA_COMPANY.search(k) for k in keys):
                continue  # a loanword or a company word: cheap exit before the context look-ups
            window = unicodedata.normalize("NFC", text[max(ls, s - 40):s])
            bank = label or _KANA_BANK.search(window)
            cell = self._csv_cell(text, s, e)
            sig = {"bank_holder": bool(bank and (label or _KANA_SLOT_END.search(window) or cell
                                                 or _BANK_CONTEXT.search(window))),
                   "reading_row": cell and len(parts) == 2 and all(_KANA_READING.fullmatch(k) for k in keys)}
            out.append(_Name(s, e, parts[0], parts[-1], "kana_account", sig, keys=("".join(keys),)))
        return out

    @staticmethod
    def _kana_pairs(text: str):
        """_KANA_ACCOUNT_PAIR matches, found from the spaces before a katakana letter (a pattern
        starting with a look-behind would be tried at every position)."""
        return _matches_from_anchors(text, _SPACE_KATA, _KK_CH, _KK_CH, 11, _KANA_ACCOUNT_PAIR)

    @staticmethod
    def _csv_cell(text: str, s: int, e: int) -> bool:
        """text[s:e] is a whole cell of a CSV/TSV/table row (delimiters on both sides or line ends,
        and at least two delimiters on the line)."""
        lo, hi = max(0, s - 200), min(len(text), e + 200)  # bounded: linear on one-line hostile input
        ls = text.rfind("\n", lo, s) + 1 or lo
        le = text.find("\n", e, hi)
        le = hi if le == -1 else le
        before = text[ls:s].rstrip(" \"")
        after = text[e:le].lstrip(" \"")
        left_ok = not before or before[-1] in ",\t|"
        right_ok = not after or after[0] in ",\t|"
        if not (left_ok and right_ok):
            return False
        line = text[ls:le]
        return max(line.count(","), line.count("\t"), line.count("|")) >= 2

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
            if self._key_value_row(lines, i, delim, cells, cols):
                out += self._key_value_names(lines[i], offsets[i], delim, cols)
                i += 1
                continue
            k = i + 1
            while k < len(lines) and delim in lines[k]:
                row = lines[k]
                if re.fullmatch(r"[\s|:\-]+", row):  # a separator line
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
                    if not val or len(val) > 25 or not re.search(r"[一-龥ぁ-んァ-ヶA-Za-z]", val):
                        continue
                    if re.search(r"[\d（）()［］\[\]【】・]", val) or re.search(r"(?:課|係|部|室|局|株式会社|市|町|村)$", val):
                        continue
                    lead = len(raw) - len(raw.lstrip()) + (1 if raw.strip().startswith('"') else 0)
                    s = cstart + starts[ci] + lead
                    out.append(_Name(s, s + len(val), val, "", "table_column", {"name_column": True}))
                k += 1
            i = k
        return out

    @staticmethod
    def _key_value_row(lines, i, delim, cells, cols) -> bool:
        """| 氏名 | SHRESTHA BIKASH |: a label/value row of a two-column table, not a header row. A
        header row is a table's first line; a label row is inside the table, or the cell next to
        the label is a value (not another column heading)."""
        if i > 0 and lines[i - 1].count(delim) >= 1 and lines[i - 1].strip():
            return True
        right = [c for c in cells[cols[0] + 1:] if c]
        filled = [c for c in cells if c]
        return len(filled) == 2 and bool(right) and not _HEADER_LIKE.search(right[0])

    @staticmethod
    def _key_value_names(line: str, offset: int, delim: str, cols) -> list[_Name]:
        out: list[_Name] = []
        parts = line.split(delim)
        pos = [0]
        for part in parts:
            pos.append(pos[-1] + len(part) + 1)
        for ci in cols:
            vi = next((j for j in range(ci + 1, len(parts)) if parts[j].strip()), None)
            if vi is None:
                continue
            raw = parts[vi]
            m = _KV_VALUE.match(raw)
            if not m:
                continue
            val = m.group("n")
            if not _kv_name_like(val):
                continue
            for g in ("n", "r"):
                if m.group(g):
                    s = offset + pos[vi] + m.start(g)
                    out.append(_Name(s, s + len(m.group(g)), val, "", "table_key_value",
                                     {"kv_value" if g == "n" else "kv_reading": True}))
        return out

    # -- romaji ---------------------------------------------------------------------------
    def _romaji_names(self, doc: Document) -> list[_Name]:
        text = doc.text
        out: list[_Name] = []
        if not re.search(r"[A-Za-z]", text):
            return out
        low = text.lower()
        same_len = len(low) == len(text)
        for (rx, ctx), pre, starts in zip(_ROMAJI_CONTEXT, _ROMAJI_PREFILTER, _ROMAJI_STARTS):
            if isinstance(pre, tuple):
                if not any(w in low for w in pre):
                    continue
            elif not pre.search(text):
                continue
            strict = ctx.strict
            if ctx.label:
                if ctx.label == "colon":
                    matches = self._colon_label_matches(text)
                else:
                    matches = _keyword_matches(rx, text, low, starts) if same_len else rx.finditer(text)
                for m in matches:
                    nm = self._label_name(text, m.start("n"), m.end("n"), ctx)
                    if nm:
                        out.append(nm)
                continue
            matches = _keyword_matches(rx, text, low, starts) if starts and same_len else rx.finditer(text)
            for m in matches:
                s, e = m.span("n")
                words = text[s:e].split()
                if strict and (len(words) < 2 or any(w in _EN_NOT_NAME or w in _EN_STOP or (w.isupper() and len(w) > 1)
                                                     for w in words)):
                    continue
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
                if ctx.header and any(
                        w in _EN_PRODUCT or (w in _EN_NOT_NAME and w not in _AMBIG_SURNAMES) for w in words):
                    continue  # Name: Galaxy Tab, To: Akagi Shrine
                if len(words) == 1 and not ctx.one_word and not _hepburn(words[0]):
                    continue
                if ctx.signature:  # a name line over a contact line counts only when the contact is personal
                    sig = {"signature": ctx.reason if self._signature_score(text, e, words) else None}
                else:
                    sig = {"context": ctx.reason}
                sig["slot"] = ctx.slot
                out.append(_Name(s, e, words[-1] if len(words) > 1 else words[0], words[0] if len(words) > 1 else "",
                                 "romaji_context", sig, keys=_romaji_keys(words)))
        out += self._foreign_romaji(text)
        out += self._japanese_romaji(text)
        if _card_context(text):
            out += self._caps_on_cards(text)
        for m in _CAPS_PAIR.finditer(text):
            a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("d"), m.group("c"))
            if not (_hepburn(a) and _hepburn(b)) or a.capitalize() in _EN_STOP or b in _EN_STOP:
                continue
            # passport order with a common Japanese given name or surname: "ONOZATO Kazuki"; or
            # "HONMA Kengo, who runs the class"
            sig = {"jp_listed": b in JP_GIVEN or a.capitalize() in JP_SURNAMES,
                   "who_after": bool(_WHO_AFTER.match(text, m.end())), "caps": True}
            out.append(_Name(m.start(), m.end(), a, b, "romaji_caps", sig))
        return out

    @staticmethod
    def _colon_label_matches(text: str):
        """Names after "<label>:" — found from the colons followed by a capital letter (a
        case-insensitive alternation of labels tried at every position would be slow)."""
        for colon in (":", "："):
            p = text.find(colon)
            while p != -1:
                q = p + 1
                while q < len(text) and text[q] in " \t":
                    q += 1
                if q < len(text) and (text[q].isascii() and text[q].isupper() or "\u00C0" <= text[q] <= "\u024F"):
                    m = _LNAME_AT.match(text, q)
                    if m:
                        w = text[max(0, p - 16):p].rstrip(" \t").lower()
                        lab = next((x for x in _LABELS_EN if w.endswith(x)), None)
                        if lab and not w[len(w) - len(lab) - 1:len(w) - len(lab)].isalnum():
                            yield m
                p = text.find(colon, p + 1)

    def _label_name(self, text: str, s: int, e: int, ctx: _Ctx):
        """The name after an English label (It goes to: / Payable to / Attention / Contact: / Name:):
        2-4 name words (particles da/de/dos between them), none an organisation/place/product word
        (City Hall, Tourism Division, Galaxy Tab); after a colon, three words or a known name word or
        Hepburn-shaped words; without a colon, a known name word or Hepburn-shaped words."""
        words = text[s:e].split()
        core = [w for w in words if w.lower() not in _PARTICLES_EN]
        if not 2 <= len(core) <= 4:
            return None
        folded = [_fold(w.strip("'’")).capitalize() for w in core]
        if any(w in _EN_STOP or w in _EN_NOT_NAME or w in _EN_PRODUCT for w in folded):
            return None
        known = any(w in _FOREIGN_SURNAMES or w in _AMBIG_SURNAMES or w in JP_SURNAMES or w in JP_GIVEN
                    or w in _WESTERN_GIVEN for w in folded)
        hep = all(_hepburn(w) for w in folded)
        if not (known or hep or (ctx.label == "colon" and len(core) >= 3)):
            return None
        return _Name(s, e, words[-1], words[0], "romaji_context", {"context": ctx.reason, "slot": ctx.slot},
                     keys=_romaji_keys(words))

    @staticmethod
    def _caps_on_cards(text: str) -> list[_Name]:
        """NGUYEN VAN HUNG, YAMADA TARO: names printed in capitals on residence cards and passports,
        near 在留カード/旅券/passport: a known surname, or every word Hepburn-shaped."""
        out: list[_Name] = []
        for m in _CAPS_RUN.finditer(text):
            s, e = m.span()
            if not _card_context(text, max(0, s - 150), e + 150):
                continue
            words = m.group(0).split()
            if any(w.capitalize() in _EN_STOP or w.capitalize() in _EN_NOT_NAME or w in _CARD_WORDS for w in words):
                continue
            caps = [_fold(w.capitalize()) for w in words]
            known = any(w in _FOREIGN_SURNAMES or w in JP_SURNAMES or w in JP_GIVEN for w in caps)
            if not known and not all(_hepburn(w) for w in caps):
                continue
            out.append(_Name(s, e, words[0], words[-1], "romaji_card", {"card": True}))
        return out

    def _japanese_romaji(self, text: str) -> list[_Name]:
        """Kenji Obata / Obata Kenji in English chats and lists: two capitalised words, one a common
        Japanese given name or surname (service/lexicon/person.romaji_*.txt) and the other
        Hepburn-shaped, with a person context: a chat speaker line, "wrote:", "with/ask/from/cc …"
        before, "'s / will / said …" after. A listed given name + listed surname without context warns."""
        out: list[_Name] = []
        if not JP_SURNAMES:
            return out
        prev = None
        for m in _CAP_WORD.finditer(text):
            if prev is None or text[prev.end():m.start()] not in (" ", "  "):
                prev = m
                continue
            w1, w2 = prev.group(0), m.group(0)
            a, b = prev.start(), m.end()

            prev = m
            g1, s1, g2, s2 = w1 in JP_GIVEN, w1 in JP_SURNAMES, w2 in JP_GIVEN, w2 in JP_SURNAMES
            if not (g1 or s1 or g2 or s2):
                continue
            both = (g1 and s2) or (s1 and g2)
            shape = both or ((g1 or s1) and _hepburn(w2)) or ((g2 or s2) and _hepburn(w1))
            if not shape or any(w in _EN_STOP or w in _EN_NOT_NAME or w in _JP_NOT_NAME_WORDS for w in (w1, w2)):
                continue
            # part of a longer title-case run (Kenji Obata Memorial Hall, Visit Yui Sato Park)
            nx = _NEXT_CAP.match(text, b)
            if nx and (nx.group(1) in _EN_NOT_NAME or nx.group(1) in _EN_STOP or nx.group(1) in _JP_NOT_NAME_WORDS):
                continue
            pv = _PREV_CAP.search(text, max(0, a - 30), a)
            if pv and pv.group(1) not in _JP_ROMAJI_LEAD:
                continue
            line_start = text.rfind("\n", 0, a) + 1
            before = text[max(line_start, a - 40):a]
            if _CHAT_PREFIX.fullmatch(before) and _SPEAKER_AFTER.match(text, b):
                why = "chat"  # a chat speaker line
            elif _ROMAJI_BEFORE.search(before):
                why = "before"  # with/ask/from/cc … before
            elif _ROMAJI_AFTER.match(text, b):
                why = "after"  # 's/will/said … after
            else:
                why = "bare"
            sig = {why: True, why + "_both": both}
            out.append(_Name(a, b, w2 if g1 else w1, w1 if g1 else w2, "romaji_japanese", sig,
                             keys=_romaji_keys([w1, w2])))
        return out

    @staticmethod
    def _signature_score(text: str, end: int, words: list) -> float:
        """A name line over a contact line: strong when the contact is personal (Home/Mobile, 携帯)
        or an e-mail address in the next lines is made of the name; otherwise warn."""
        nl = end
        for _ in range(3):
            nl = text.find("\n", nl + 1)
            if nl == -1:
                break
        block = text[end:nl if nl != -1 else len(text)]
        if _PERSONAL_LINE.search(block) or _MOBILE.search(block):
            return ev.PERSON_ROMAJI_SIGNATURE
        start = end - len(" ".join(words))
        if _SIGNATURE_BEFORE.search(text, max(0, start - 80), start):
            return ev.PERSON_ROMAJI_SIGNATURE
        low = block.lower()
        for m in _EMAIL_LOCAL.finditer(low):
            if any(len(w) >= 3 and w.lower() in m.group(1) for w in words):
                return ev.PERSON_ROMAJI_SIGNATURE
        return 0.0  # a title-case line over an office phone (Review Budget / Tel: …) is not enough

    def _foreign_romaji(self, text: str) -> list[_Name]:
        """Foreign residents' names in romaji (Nguyen Thi Lan, Park Ji-hoon, João da Silva):
        2-4 capitalised words with a name slot before, a nationality/age bracket after, a common
        foreign surname, or a resident context (転入, 在留, 国籍 …) in the sentence."""
        out: list[_Name] = []
        for m in _FOREIGN_RUN.finditer(text):
            s, e = m.span("n")
            words = text[s:e].split()
            while words and words[0] in _EN_LEAD:
                s += len(words[0]) + 1
                words.pop(0)
                while s < e and text[s] == " ":
                    s += 1
            caps = [w for w in words if w[:1].isupper()]
            if not 2 <= len(caps) <= 4 or len(words) > 5:
                continue
            if any((w in _EN_NOT_NAME or w in _EN_STOP) and not (i == 0 and w in _AMBIG_SURNAMES)
                   for i, w in enumerate(words)):
                continue
            folded = [_fold(w) for w in words]
            strong = any(w in _FOREIGN_SURNAMES for w in folded)
            ambig = any(w in _AMBIG_SURNAMES for w in folded)
            if ambig and len(folded) >= 3 and folded[0] in _AMBIG_SURNAMES and folded[1] in ("Thi", "Van"):
                strong = True  # Le Van Thanh, Ho Thi Mai: a Vietnamese middle name
            japanese = bool(_CJK.search(text, max(0, s - 3), s) or _CJK.search(text, e, e + 3))
            left = _FOREIGN_LEFT.search(text, max(0, s - 14), s) if japanese else None
            right = _FOREIGN_RIGHT.match(text, e) if japanese else None
            sentence = _sentence(text, s, e) if japanese else ""
            context = bool(_FOREIGN_CONTEXT.search(sentence)) if japanese else False
            after = bool(_PERSON_AFTER.match(text, e)) if japanese else False
            if japanese and _FOREIGN_NOT_AFTER.match(text, e):
                continue  # Tran Hung Dao 通り, Santos 社製: a place or an organisation
            honor = (_KATA_HONOR.match(text, e) or _CLOSE_THEN_HONOR.match(text, e)) if japanese else None
            sig = {"honor": bool(honor), "left": bool(left), "right": bool(right),
                   "surname_procedure": bool((strong and context) or (ambig and _RESIDENT_CONTEXT.search(sentence))),
                   "surname_particle": strong and after, "surname": strong}
            out.append(_Name(s, e, words[0], words[-1], "romaji_foreign", sig, keys=_romaji_keys(words)))
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
        covered = _Intervals()
        for c in already:
            if not covered.overlaps(c.start, c.end):
                covered.add(c.start, c.end)
        out: list[Candidate] = []
        for part in sorted(parts, key=len, reverse=True):
            score, _ = parts[part]
            ascii_part = part.isascii()
            pos = text.find(part)
            while pos != -1:
                end = pos + len(part)
                if not covered.overlaps(pos, end):
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
                        out.append(Candidate(self.type, pos, end, score, REASONS["person.repeat"]))
                        covered.add(pos, end)
                pos = text.find(part, end)
        return out
