"""SENSITIVE_PERSONAL_INFO about a person identifiable without a name (issue 16).

「税務課の40代の男性主査がうつ病で休職」, 「3年2組の男子生徒1名が父親からの暴力で一時保護」,
"the only female engineer in our section was diagnosed with breast cancer": no name, yet in a
small group the description fits one person, so the sensitive fact is that person's
要配慮個人情報. The sensitive terms are sensitive.py's (`service/lexicon/sensitive.*.txt`); around
each, in the same paragraph, this counts the kinds of description that single someone out — age,
sex, a role or position, a class / section / school, a district, family circumstances. Two kinds
and a mark of one individual (1名, our, 当課の …), three kinds, or one kind said to be the only one
(市内で唯一の…弁護士, the only dentist) block; two kinds warn.
General framing (制度, 一般的, 概要, how to, explain …) drops it, as sensitive.py does: a
text about 一人暮らしの高齢者 as a group is no one.
"""
from __future__ import annotations

from ..labels import REASONS
from .fastre import compile_fast
from . import register
from .base import Candidate, Detector, Document
from .sensitive import (_ANONYMISING, _EN_GENERAL, _EN_TERM_CAT, _EN_TERMS_RX, _GENERAL, _PROGRAM_AFTER, _TERM_CAT, _TERMS_RX, _WEAK_TERMS,
                        fiction_declared, general_document)

IDENTIFIABLE_STRONG = 0.80  # three kinds of description, or two and a mark of one individual
IDENTIFIABLE_WEAK = 0.55    # two kinds (warn)
UNIQUE_REACH = 400          # how far back in its paragraph "the only one" still describes the person of a term

# a request line saying its text has been published (「すでに報道発表した…のお知らせを」)
_PUBLISHED_REQUEST = compile_fast(r"(?:報道|記者)発表(?:した|済み?の|しました|された|資料)|公表(?:した|済み?の|しました|された)|"
                                r"(?:ホームページ|HP|広報)(?:で|に)(?:公表|公開|掲載)(?:した|済み?の|している|されている)")

_KINDS = {
    # (an age range — 40歳以上, 20代から — is a group, not someone's age)
    "identifiable.kind.age": compile_fast(r"\d{1,3}(?:代|歳|才)(?!以上|以下|未満|から[0-9０-９]|まで|以降|前後|〜|~|－|-)|[二三四五六七八九]十代|(?i:\b\d{1,2}-year-old\b|\bin (?:his|her|their) "
                          r"(?:early |mid |late )?\d0s\b|\baged \d{1,3}\b)"),
    "identifiable.kind.sex": compile_fast(r"男性|女性|男子|女子|男児|女児|男の子|女の子|(?i:\b(?:boy|girl|man|woman|male|female)\b)"),
    "identifiable.kind.role": compile_fast(r"主査|主任|主事|係長|課長|部長|教諭|担任|教頭|校長|園長|館長|院長|生徒|児童|園児|小学生|中学生|高校生|大学生|入居者|新人|(?<!の)職員|"
                          r"弁護士|医師|歯科医|薬剤師|看護師|保育士|議員|住職|店主|社長|経営者|自治会長|区長|民生委員|主将|キャプテン|"
                          r"(?i:\b(?:engineer|teacher|student|pupil|employee|officer|clerk|nurse|manager|tenant|trainee|lawyer|"
                          r"doctor|physician|dentist|pharmacist|council(?:l)?or|priest|owner|principal|headteacher|captain|coach|chief)\b)"),
    "identifiable.kind.group": compile_fast(r"\d年\d組|[一二三四五六]年[一二三四五六]?組|\d年生|学級|[一-龥]{1,8}(?:課|係|室|班|小学校|中学校|高校|保育所|保育園)の|"
                          # (荒砥中3年, 桂萱小の: a school's short name and a year; 柔道部の主将: a club)
                          r"[一-龥]{1,4}[小中高][0-9一二三四五六]年|[一-龥]{1,8}(?:小学校|中学校|高校|高等学校|特別支援学校)[0-9一二三四五六]年|[一-龥ァ-ヶー]{1,6}部の(?:主将|部長|キャプテン|部員|副部長)|"
                          r"(?i:\bclass \w{1,3}\b|\bgrade \d{1,2}\b|\b(?:our|the|my) (?:section|department|team|office|unit|class|school)\b|"
                          r"\b(?:division|section|department|bureau|team|club|junior high|elementary school|high school)\b)"),
    "identifiable.kind.district": compile_fast(r"[一-龥〇○]{1,6}(?:地区|町内|団地|自治会|集落)|[一-龥]{1,5}町(?:[一二三四五六七八九十0-9]{1,3}丁目)?(?:の|に住む|在住|で(?!は))|"
                      r"(?i:\b(?:district|neighbou?rhood|estate|village)\b)"),
    "identifiable.kind.family": compile_fast(r"一人暮らし|ひとり暮らし|独居|母子家庭|父子家庭|ひとり親|シングルマザー|高齢夫婦|老老介護|"
                          r"双子|三つ子|兄弟|姉妹|奥様|奥さん|ご主人|旦那さん|母子(?!手帳|健康|保健|家庭|生活|支援|福祉|寡婦)|父子(?!家庭|手帳)|"
                          r"(?i:\blives alone\b|\bsingle (?:mother|father|parent)\b|\bwidow(?:ed|er)?\b|\btwins?\b|"
                          r"\bwhose (?:dad|mom|mum|mother|father|son|daughter|wife|husband)\b)"),
}
# one individual is meant, not a kind of person
# (一人ひとり "each one", 1人当たり "per person" and 一人暮らし are no one in particular)
_ONE = compile_fast(r"1名|一名|1人(?!当|あた|につき|ずつ)|一人(?!暮|ひとり|一人|当|あた|につき|ずつ)|唯一|うちの|当課の|本校の|本園の|同じ(?:課|係|クラス|学級)の|"
                    r"双子の[兄弟姉妹]|家の(?:奥さん|奥様|ご主人|旦那さん|おばあ(?:ちゃん|さん)|おじい(?:ちゃん|さん)|娘さん|息子さん)|"
                    r"(?:転校|転入|引っ越)して(?:きた|来た)|"
                    r"(?i:\bthe only\b|\bone of (?:our|my|the)\b|\bour\b|\bmy\b|"
                    r"\bthe (?:boy|girl|man|woman|lady|child|kid|pupil|resident|tenant|patient)\b(?= (?:on|in|at|from|who|whose|with)\b))")
# the only one of a kind: one description is enough (市内で唯一の全盲の弁護士, the only dentist in the village)
# (a home that is one household: 「コインランドリーの2階に住んでる人」「郵便ポストの隣の家のおばあちゃん」; a club's
# captain, one per club)
_UNIQUE = compile_fast(r"唯一|ただ一人|ただひとり|一人だけ|ひとりだけ|(?:市内|町内|村内|県内|地区内?|学年|校内|学校|クラス|課内)で(?:一番|最も|最年長|最年少)|[1１一](?:人|名)(?:だけ|のみ)|(?:この|その)(?:方|人)だけ|[1一](?:軒|世帯)だけ|[0-9一二三四五六七八九]階に住(?:む|んで(?:いる|る))|"
                       r"(?:隣|となり|向かい|裏|角)の(?:家|お宅|アパート)の|部の(?:主将|キャプテン)|"
                       # the youngest or oldest of a unit is one person (南分署で最年少の隊員, 最高齢の入所者)
                       r"(?:最年少|最年長|最高齢)の(?:[一-龥]{1,4}(?:員|者|生|士|師|官|手)|方|人|男性|女性|子)|"
                       r"(?i:\bthe only\b|\bonly one\b)")
_PARAGRAPH = compile_fast(r"\n[ \t]*\n")


# a term sensitive.py only warned of — a person described by age band alone — may still be one this
# detector finds identifiable in a small group: it is asked again
_DESCRIBED_REASON = REASONS["sensitive.context.described"]


@register
class IdentifiableSensitiveDetector(Detector):
    type = "SENSITIVE_PERSONAL_INFO"
    reads = ("SENSITIVE_PERSONAL_INFO",)  # a term sensitive.py already tied to someone is not reported twice

    def analyze(self, doc: Document) -> list[Candidate]:
        text = doc.text
        taken = [(c.start, c.end) for c in doc.candidates if c.type == self.type and c.score >= 0.40
                 and not c.reason.endswith(_DESCRIBED_REASON)]
        out: list[Candidate] = []
        general_doc = general_document(text)
        # the request says the text has been published (「すでに報道発表した懲戒処分のお知らせを…」):
        # the one person it describes without a name was described so in public
        head_end = text.find("\n")
        if _PUBLISHED_REQUEST.search(text, 0, head_end if head_end >= 0 else len(text)):
            return out
        if fiction_declared(text):
            return out  # a made-up case: described without a name, its people are no one
        lower = doc.lower if len(doc.lower) == len(text) else None  # English terms are matched lower-cased
        # the writer is making the description anonymous (「個人が特定されないように書く工夫を教えて」):
        # still a warning — whether it succeeded is theirs to check — never a block
        anonymising = _ANONYMISING.search(text) is not None
        for rx, cats, general, hay in ((_TERMS_RX, _TERM_CAT, _GENERAL, text),
                                       (_EN_TERMS_RX, _EN_TERM_CAT, _EN_GENERAL, lower)):
            if hay is None:
                continue
            for m in rx.finditer(hay):
                s, e = m.span()
                term = m.group()
                weak = term in _WEAK_TERMS
                if any(a < e and s < b for a, b in taken):
                    continue
                if hay is lower and s > 0 and text[s - 1].isalpha():
                    continue
                if hay is text and _PROGRAM_AFTER.match(text, e):
                    continue  # がん検診, 認知症予防: a programme named by the term, nobody's condition
                ps = max((p.end() for p in _PARAGRAPH.finditer(text, 0, s)), default=0)
                pe = _PARAGRAPH.search(text, e)
                lo = max(ps, s - 150)
                window = text[lo:min(pe.start() if pe else len(text), e + 80)]
                # (the term's own characters are no description: 児童扶養手当 names no 児童)
                window = window[:s - lo] + " " * (e - s) + window[e - lo:]
                unique = _UNIQUE.search(window) is not None or _UNIQUE.search(hay, max(ps, s - UNIQUE_REACH), s) is not None
                if unique:
                    # (the only one of a kind is said once, maybe a few sentences before, in the same paragraph: the
                    # description is read from there)
                    lo = max(ps, s - UNIQUE_REACH)
                    window = text[lo:s] + " " * (e - s) + text[e:min(pe.start() if pe else len(text), e + 80)]
                # (「…の方は一人だけ」: general words beside a description of the only one do not make it general)
                if not unique and general.search(window.lower() if hay is lower else window):
                    continue
                kinds = [k for k, krx in _KINDS.items() if krx.search(window)]
                if len(kinds) < 2 and not (unique and kinds):
                    continue
                if weak and len(kinds) < 3 and not (unique and len(kinds) >= 2):
                    continue  # a weak term (逮捕, 通院: also news and prevention) needs three kinds, or two and the only one
                marked = unique or _ONE.search(window) is not None
                if general_doc and not marked:
                    continue  # a guide or a published text describes kinds of people, not one of them
                strong = (len(kinds) >= 3 or marked) and not anonymising
                score = IDENTIFIABLE_STRONG if strong else IDENTIFIABLE_WEAK
                why = REASONS["identifiable.description"].format(
                    category=cats.get(term, ""), kinds="・".join(REASONS[k] for k in kinds))
                out.append(Candidate(self.type, s, e, score, why, rule="identifiable.description"))
                taken.append((s, e))
        return out
