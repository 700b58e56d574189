"""SENSITIVE_PERSONAL_INFO: 要配慮個人情報 tied to an individual in the text.

A sensitive phrase (病名・病歴, 障害, 生活保護の受給, 犯罪歴・前科・逮捕, 税や料金の滞納,
虐待, DV, ひきこもり …) is reported only when an individual is in the same passage:
a PERSON found earlier in this scan (`doc.candidates`), or a person reference
(同僚の, 長男, 本人, 〜さん, 対象者 …). General explanations — 生活保護制度の概要, 熱中症の予防,
a training text listing 「病歴や障害、生活保護の受給など」 — have neither and pass.
The span is the sensitive phrase itself.

The rules are data: service/rules/sensitive.toml (one rule per category: its lexicon list, reason
id, examples and counterexamples; the context patterns). This module is the algorithm: the
windows (the sentence, the paragraph within 150 characters), which person counts, and
がん the illness rather than がんばる (`_is_cancer`).
"""
from __future__ import annotations

from .. import lexicon
from ..labels import REASONS, SENSITIVE_CATEGORIES
from . import engine, register
from .base import _ID_TYPES, Candidate, Detector, Document
from . import evidence as ev
from .fastre import compile_exists, compile_fast, finite_strings, literal_alternation

_RULES = engine.shipped().by_source("sensitive")
_CONTEXT = engine.shipped().context


def _term_rules(rules, first_wins: bool) -> dict:
    """word → the rule whose list holds it (the rule's pattern is its lexicon list)."""
    out: dict = {}
    for rule in rules:
        words = finite_strings(rule.pattern)
        if not words:
            raise RuntimeError(f"{rule.id}: the pattern of a sensitive rule must be a list of words")
        for word in sorted(words):
            if first_wins:
                out.setdefault(word, rule)
            else:
                out[word] = rule
    return out


# one alternation of every rule's words, longest first, written as a trie (~25% faster to scan)
_TERM_RULE = _term_rules([r for r in _RULES if not r.lowercase], first_wins=True)
_TERMS_RX = compile_fast(literal_alternation(_TERM_RULE))
# (no look-behind in front, so sre can scan for the terms' first letters; word starts are checked in analyze)
_EN_TERM_RULE = _term_rules([r for r in _RULES if r.lowercase], first_wins=False)
_EN_TERMS_RX = compile_fast(literal_alternation(_EN_TERM_RULE) + r"(?![a-z])")
# word → its category's name (病歴・病名 …), for detectors that reuse these terms
_TERM_CAT = {w: SENSITIVE_CATEGORIES[r.reason] for w, r in _TERM_RULE.items()}
_EN_TERM_CAT = {w: SENSITIVE_CATEGORIES[r.reason] for w, r in _EN_TERM_RULE.items()}
# Terms so common in health/welfare talk that they need a named person, not just a reference.
_WEAK_TERMS = frozenset(lexicon.words("sensitive.weak_terms"))
# Terms that need a named person, never a bare reference (職員の, 上司 …): sensitive.named_only_terms
_NAMED_ONLY_TERMS = frozenset(lexicon.words("sensitive.named_only_terms"))

_PERSON_REF = _CONTEXT["person_reference"]
_SPECIFIC_REF = _CONTEXT["specific_reference"]
_GENERAL = _CONTEXT["general_framing"]
_EN_GENERAL = _CONTEXT["en_general_framing"]
_HONORIFIC_AFTER = _CONTEXT["honorific_after"]
_TITLE_GENERAL = _CONTEXT["document_title_general"]
_NOT_A_TITLE = _CONTEXT["not_a_title"]
_REQUEST_GENERAL = _CONTEXT["document_request_general"]
_ANONYMISED = _CONTEXT["anonymised_reference"]
_FICTIONAL = _CONTEXT["fictional_framing"]
_PUBLISHED_CASE = _CONTEXT["published_case"]
_FICTION_DECLARED = _CONTEXT["fiction_declared"]


# the writer says the text is made anonymous (個人が特定されないよう内容は少し変えています, 匿名化): a person it
# describes without a name is a warning — whether it succeeded is the user's to check —, never a block (unless the
# text says it is not: 匿名化が不十分な点がないか)
# (only asked whether it occurs: fastre.compile_exists, half the time of a hinted whole-text search)
# (or that it leaves the person out: 「相談者の情報は伏せます」「本人の氏名は伏せて」)
_ANONYMISING = compile_exists(r"特定され(?:ない|ぬ)よう|特定できないよう|匿名化(?!が不十分|が足りな|が甘|されていない|していない|できていない)|匿名で書|"
                              r"(?:相談者|申出者|通報者|本人|当事者|利用者)の(?:情報|氏名|名前|個人情報)(?:は|を)(?:伏せ|書きません|書かず|省略)|"
                              r"(?i:anonymi[sz])")


def fiction_declared(text: str) -> bool:
    """The text says all of its people are made up (【架空の事例】, ※登場人物はすべて架空です): an unnamed person in
    it is no one, however far the phrase is from the words."""
    return "架空" in text and _FICTION_DECLARED.search(text) is not None
_FAULT_TERM = _CONTEXT["equipment_fault_term"]
_FAULT_BEFORE = _CONTEXT["equipment_fault_before"]
_FAULT_AFTER = _CONTEXT["equipment_fault_after"]
_ANIMAL_PROCEDURE = _CONTEXT["animal_procedure"]


# a disability handbook's number after its name (療育手帳 A判定 第A-20731号, 身体障害者手帳 No.12345)
_HANDBOOK_NUMBER = compile_fast(r"[^\n。、,]{0,10}?(?:第|No\.?|番号[:：]?|記号番号[:：]?)[ 　]?"
                                r"[A-Za-zＡ-Ｚａ-ｚ]{0,2}[-－]?[0-9０-９][0-9０-９\-－]{2,}(?:号)?")


_AUDIENCE_GENERAL = _CONTEXT["audience_general"]


def general_document(text: str) -> bool:
    """The text opens with a title (a first line of at most 60 characters that is no sentence and
    no request) saying it is a guide, a notice, a published policy, council minutes or a press
    release (context.document_title_general). A request line (「…の方針に分けて要約して」) is no title,
    but one that asks for work on a manual, a guide or a published text (context.document_request_general)
    frames the text the same way."""
    stripped = text.lstrip()
    end = stripped.find("\n")
    if 120 < end <= 400:
        # a long opening request that asks for general material for an audience (新任ケースワーカー向けに表で説明して,
        # 申請者向けのリーフレットの原稿にします) or for work on a guide
        request = stripped[:end]
        return _REQUEST_GENERAL.search(request) is not None or _AUDIENCE_GENERAL.search(request) is not None
    if end < 0 or end > 120:
        return False
    title = stripped[:end].rstrip()
    if _NOT_A_TITLE.search(title):
        # a request about a guide or a published manual: 「…マニュアル（公開可）を…書き直して」; or a request
        # whose document's own title follows on the next line (「以下の原稿を…直して。⏎⏎桂萱地区 自治会連合会だより」)
        if _REQUEST_GENERAL.search(title) or _AUDIENCE_GENERAL.search(title):
            return True
        rest = stripped[end:].lstrip()
        nxt = rest.find("\n")
        return 0 < nxt <= 60 and not _NOT_A_TITLE.search(rest[:nxt]) and _TITLE_GENERAL.search(rest, 0, nxt) is not None
    return end <= 60 and _TITLE_GENERAL.search(title) is not None


# a field that holds an illness, its label and the value to the line's end (診断：腸管出血性大腸菌感染症 O157)
_DIAGNOSIS_FIELD = compile_fast(
    r"(?<![一-龥A-Za-z])(?:" + literal_alternation(lexicon.words("sensitive.diagnosis_labels"))
    + r")[ \t　]*[:：][ \t　]*(?P<v>[^\n、。,;；]{2,40}?)[ \t　]*(?=[\n、。,;；]|$)")
_PARAGRAPH_BREAK = compile_fast(r"\n[ \t　]*\n")


def _diagnosis_fields(text: str, persons, found) -> list[Candidate]:
    """The value of a diagnosis field in a paragraph that names a person: an illness by its label,
    whatever the word lists know (a rare infection, a syndrome written in full)."""
    if not _DIAGNOSIS_FIELD.search(text):
        return []
    out = []
    for m in _DIAGNOSIS_FIELD.finditer(text):
        s, e = m.span("v")
        if any(c.start < e and s < c.end for c in found):
            continue  # already a listed term
        lo = max((b.end() for b in _PARAGRAPH_BREAK.finditer(text, 0, s)), default=0)
        hi = _PARAGRAPH_BREAK.search(text, e)
        hi = hi.start() if hi else len(text)
        if not any(lo <= p.start < hi and p.score >= ev.BLOCK for p in persons):
            continue
        out.append(Candidate("SENSITIVE_PERSONAL_INFO", s, e, 0.92,
                             f"{REASONS['sensitive.illness']}・{REASONS['sensitive.context.person']}",
                             rule="sensitive.diagnosis_field"))
    return out


def _reason(rule, context: str) -> str:
    return f"{REASONS[rule.reason]}・{REASONS[context]}"


@register
class SensitiveDetector(Detector):
    type = "SENSITIVE_PERSONAL_INFO"
    reads = ("PERSON",)  # sensitive information about a named person

    def analyze(self, doc: Document) -> list[Candidate]:
        return self.run_rules(doc, None)

    def run_rules(self, doc: Document, rules) -> list[Candidate]:
        """The findings of `rules` (all of sensitive.toml when None)."""
        text = doc.text
        matches = list(_TERMS_RX.finditer(text))
        english = list(_EN_TERMS_RX.finditer(doc.lower)) if len(doc.lower) == len(text) else []
        if not matches and not english and not (rules is None and _DIAGNOSIS_FIELD.search(text)):
            return []
        # (a record's author — 記録者：…課 中山 恵子 and its repeats （中山）, a chat's speaker — is not the
        # subject of the record's sensitive facts: the person judge capped the name as staff in office)
        authors = getattr(doc, "author_names", ())
        persons = [c for c in doc.candidates if c.type == "PERSON" and c.score >= ev.WARN
                   and not (c.score < ev.BLOCK and doc.text[c.start:c.end].strip() in authors)]
        general_doc = general_document(text)
        fiction = fiction_declared(text)
        anonymised = _ANONYMISING.search(text) is not None
        # (a case record names its subject once at its head — 世帯主：増渕 清治 — and the facts follow, paragraphs below;
        # a personal number in the sentence — 個人番号 1411 … の人、生活保護の… — points at one person as a name does)
        # (also under a general document's framing: a public preface — 事業概要より、公表済み — above one person's record
        # does not make the record general; a name strong enough to block on the subject line is no sample's)
        subject = None if fiction else _record_subject(text, persons)
        ids = [c for c in doc.candidates if c.type in _ID_TYPES and c.score >= ev.BLOCK]
        out: list[Candidate] = []
        for m in english:
            rule = _EN_TERM_RULE[m.group(0)]
            if rules is None or rule in rules:
                out.extend(self._english(doc, m, rule, persons))
        for m in matches:
            rule = _TERM_RULE[m.group(0)]
            if rules is None or rule in rules:
                out.extend(self._japanese(text, m, rule, persons, general_doc, fiction, subject, ids, anonymised))
        if rules is None and persons:
            out.extend(_diagnosis_fields(text, persons, out))
        return out

    def _english(self, doc: Document, m, rule, persons) -> list[Candidate]:
        s, e = m.span()
        if s and doc.lower[s - 1].isalpha() and doc.lower[s - 1].isascii():
            return []  # inside a longer word
        if _EN_PROGRAM_AFTER.match(doc.lower, e):
            return []  # "cancer screening", "dementia prevention": a programme, nobody's condition
        a, b = _sentence(doc.text, s, e)
        named = _near_person(doc.text, persons, s, e, a, b) is not None or _pronoun_of_person(doc, persons, s, a, b) \
            or _writer_signs(doc, persons, e, a, b)
        if not named and not _EN_DESCRIBED.search(doc.lower, a, b):
            return []
        if _EN_GENERAL.search(doc.lower, a, b):
            return []  # "a talk about cancer prevention": a topic, not this person's condition
        if not named and "%" in doc.text[a:b]:
            return []  # "28% concerned dementia": a statistic about many
        if not named:
            # "a 34-year-old tenant on Block C", "her teenage son": one person described, no name — a warning
            return [Candidate(self.type, s, e, ev.SENSITIVE_ANONYMISED, _reason(rule, "sensitive.context.described"),
                              rule=rule.id)]
        return [Candidate(self.type, s, e, rule.score, _reason(rule, "sensitive.context.person_en"), rule=rule.id)]

    def _japanese(self, text: str, m, rule, persons, general_doc: bool = False, fiction: bool = False,
                  subject=None, ids=(), anonymised: bool = False) -> list[Candidate]:
        term = m.group(0)
        s, e = m.span()
        if term.isascii() and ((s and text[s - 1].isascii() and text[s - 1].isalpha())
                               or (e < len(text) and text[e].isascii() and text[e].isalpha())):
            return []  # ALS inside FALSE, HIV inside a longer word: a letter run, not the term
        if _FAULT_TERM.fullmatch(term) and (_FAULT_BEFORE.search(text, max(0, s - 8), s)
                                            or _FAULT_AFTER.match(text, e, e + 1)):
            return []  # 障害 inside ネットワーク障害 / システム障害 / 障害物 is no disability
        if _ANIMAL_PROCEDURE.search(text[max(0, s - 4):e + 4]):
            return []  # 不妊去勢手術 of the dogs and cats up for adoption: a pet's operation
        if not _is_cancer(text, s, e):
            return []
        if _HONORIFIC_AFTER.match(text, e, e + 3):
            return []  # part of a name (…さん)
        if _PROGRAM_AFTER.match(text, e):
            return []  # 乳がん検診, 認知症予防教室, 糖尿病の患者数: a programme or a statistic, nobody's illness
        a, b = _sentence(text, s, e)
        if term.endswith("手帳"):
            num = _HANDBOOK_NUMBER.match(text, e)
            if num:
                e = num.end()  # the handbook's number (療育手帳 A判定 第A-20731号) is redacted with it
        person = _near_person(text, persons, s, e, a, b)
        if person is not None or (subject is not None and subject.end <= s) \
                or any(c.start < b and a < c.end for c in ids):
            # (the name it leans on goes with it: a name the judge reads as public — 国枝慎吾さん in a speech's
            # quotations — leaves a warning, not a block: learned.layer)
            support = person if subject is None and not ids else None
            if support is not None:
                ref = _reference_in(text, max(a, s - 40), min(b, e + 40))
                if ref is not None and person.score >= ev.BLOCK and _BARE_KIN.fullmatch(ref.group(0)):
                    # (「父ががんと診断され…— 国際課 CIR エタン…」: the illness is a relative's of a fully named writer, said
                    # without the name — it blocks without it, whatever the judge makes of the signature)
                    support = None
            return [Candidate(self.type, s, e, rule.score, _reason(rule, "sensitive.context.person"), rule=rule.id,
                              support=support)]
        if term in _NAMED_ONLY_TERMS:
            return []  # a common word of work and health talk (妊娠, 労災, 懲戒処分) needs a named person
        ref = _reference_in(text, max(a, s - 40), min(b, e + 40))
        if ref is None and not general_doc:
            # a case record names its subject once on a labelled line (世帯：荒牧町在住、70代男性の単身世帯) and
            # lists the facts below it: a reference on such a line just above, in the same paragraph
            para = text.rfind("\n\n", max(0, a - _SUBJECT_REACH), a)
            for line in _SUBJECT_LINE.finditer(text, para + 2 if para != -1 else max(0, a - _SUBJECT_REACH), a):
                ref = _reference_in(text, line.start(), line.end()) or ref
        if ref is None or fiction or _FICTIONAL.search(text, max(0, a - 80), b) or _MODEL_HOUSEHOLD.search(text, max(0, a - 160), b) \
                or _PUBLISHED_CASE.search(text, max(0, a - 80), b):
            # no one; or 「架空の相談事例…夫の暴力に悩んでいる設定で」: a made-up person; or the household the state
            # publishes as its model (標準3人世帯（33歳男・29歳女・4歳子）の最低生活費): no one's; or a published case's
            # anonymised person (人事院の公表資料にある事例「…職員が休職に至ったケース」)
            return []
        need_specific = general_doc or term in _WEAK_TERMS or bool(_GENERAL.search(text[a:b]))
        if need_specific and not _SPECIFIC_REF.search(ref.group(0)):
            return []  # in a general-sounding sentence, only a clearly specific person counts
        if _DESCRIBED_ONLY.fullmatch(ref.group(0)) and not _other_reference(text, max(a, s - 40), min(b, e + 40)):
            # 「70代男性の単身世帯」「技能実習生」: a person described by age band, sex or status only — one
            # of many until the text narrows it down; a warning (the user confirms), not a block
            return [Candidate(self.type, s, e, ev.SENSITIVE_ANONYMISED,
                              _reason(rule, "sensitive.context.described"), rule=rule.id)]
        if anonymised:
            # 「（個人が特定されないよう内容は少し変えています）70代の女性。夫ががんの治療中」: said to be made anonymous
            return [Candidate(self.type, s, e, ev.SENSITIVE_ANONYMISED,
                              _reason(rule, "sensitive.context.anonymised"), rule=rule.id)]
        if _ANONYMISED.fullmatch(ref.group(0)) and not _other_reference(text, max(a, s - 40), min(b, e + 40)):
            # 「Aさん（70代・男性）は認知症の疑い」: the writer has already replaced the name by a letter
            return [Candidate(self.type, s, e, ev.SENSITIVE_ANONYMISED,
                              _reason(rule, "sensitive.context.anonymised"), rule=rule.id)]
        return [Candidate(self.type, s, e, ev.SENSITIVE_WITH_REFERENCE,
                          _reason(rule, "sensitive.context.reference"), rule=rule.id)]


_SUBJECT_REACH = 150
_MODEL_HOUSEHOLD = compile_fast(r"標準[0-9０-９]人世帯|モデル世帯|世帯モデル|モデルケース")
# (lower-cased English) one person described without a name: an age, a family member, a role in a place
_EN_DESCRIBED = compile_fast(r"\b(?:my|her|his|their|our)[ ](?:(?:teenage|elderly|young|eldest|youngest|only)[ ])?(?:son|daughter|"
                             r"husband|wife|mother|father|grandmother|grandfather|child|children)\b|\bthe[ ]only[ ][a-z]+[ ]"
                             r"(?:[a-z]+[ ])?(?:family|man|woman|boy|girl|resident|tenant|pupil|student)\b|\baged[ ]\d{1,3}\b"
                             r"(?!\+|[ ](?:and|or)[ ](?:over|above|older|under|younger))|\b\d{1,3}-year-old\b")
# (lower-cased) right after the English term: a programme or a statistic (cancer screening, dementia prevention)
_EN_PROGRAM_AFTER = compile_fast(r"[ ](?:screening|screenings|prevention|awareness|check-?ups?|vaccinations?|research|"
                                 r"rates?|cases|statistics|programs?|programmes?|clinics?|cafes?|support[ ]services?)\b")
# right after the term: a programme or a statistic named by it
# (or an audience: 視覚障害者向けの読み上げ, 難聴の方への配慮 — whom a service is for, nobody's condition;
# or a para sport: 車いすテニス, 車いすバスケットボール;
# or a group and what is done for it: 不登校児童生徒の支援)
# (or the germ a vaccine is named after: 肺炎球菌)
# (and a benefit named by it: 高額療養費, 療養費の支給 — the insurance's word for a refund, nobody's illness)
_PROGRAM_AFTER = compile_fast(r"(?:の)?(?:検診|健診|予防|対策|教室|啓発|撲滅|月間|週間|患者数|罹患率|有病率|死亡率|受診率|検査事業|ワクチン)|球菌|"
                              r"費(?:の支給|の申請|支給)?(?![用])|"
                              # (a service or a place for them: ひきこもり相談のご案内, ひきこもりの居場所づくり, 認知症カフェ)
                              r"(?:の)?(?:相談(?:窓口|会|日|の(?:ご)?案内|室|センター)|居場所|カフェ|サロン|家族会|支援センター|サポーター)|"
                              r"(?:テニス|バスケット|ラグビー|マラソン|陸上|フェンシング|卓球|ソフトボール|カーリング|競技)|"
                              r"(?:者|児|の方|のある方)?(?:向け|用の|への配慮|に配慮|のための|対応の)|"
                              # (a group named by the term and what is done for it: 不登校児童生徒の支援, 認知症高齢者への対策)
                              r"(?:児童生徒|児童|生徒|高齢者|者|児)(?:等)?(?:の|への)(?:支援|対策|居場所|受け?入れ|実態調査|数|割合|推移|傾向)|"
                              # (an organisation, a plan or a law named by it: 障害者施策推進協議会, 身体障害者福祉団体連合会,
                              # 障害者差別解消法; a policy against a group: 暴力団排除条項)
                              r"(?:者|児)?(?:施策|福祉団体|団体|協会|連合会|協議会|基本法|差別解消法|総合支援法|雇用促進法|基本計画)|(?:の)?(?:排除|追放)|"
                              # (a question a form or an interview asks everyone: 食物アレルギーの有無をお聞きします)
                              r"の有無を(?:お聞き|お尋ね|確認|伺|記入|ご記入)")
# references that describe without pointing at one person (an age band and sex, a status)
_DESCRIBED_ONLY = compile_fast(r"[1-9]0代(?:前半|後半)?(?:の)?(?:男性|女性|男子|女子|男|女)|(?:男性|女性)[（(][1-9]0代|単身世帯|技能実習生")
# the labelled line that says whom a case record is about
_SUBJECT_LINE = compile_fast(r"(?m)^[ \t　・]*(?:対象(?:者)?|世帯|本人|相談者|利用者|当事者|患者|被保険者|ケース)[ \t　]*[：:][^\n]*")


# a case record's head line naming whom it is about (世帯主：…, 対象児童：…, 患者氏名：…)
_RECORD_SUBJECT_LINE = compile_fast(r"(?m)^[ \t　・【■□●○◆◇▼▽*\-]*(?:世帯主|(?:調査|相談|支援|照会|指導)?対象(?:者|児童|児|生徒)?|本人|相談者|利用者|患者|被保険者|受給者|申請者|"
                                    r"入居者|児童|生徒|氏名)(?:氏名|名)?[ \t　]*[：:]")


# a letter's addressee on a line of its own (茂呂 慎太郎 様) and the letter speaking to them (あなたの国民健康保険税は…)
_ADDRESSEE_END = compile_fast(r"[ \t　]*(?:様|殿)[ \t　]*(?:\n|$)")
_YOU = compile_fast(r"(?:あなた|貴殿|貴方)(?:の|は|が|に|を|様)")


def _record_subject(text: str, persons):
    """The one person a case record is about: a name strong enough to block on a subject line (世帯主：…) — the only
    such line in the text (a list of people is no one record). Without one, the one addressee of a letter that
    speaks to them (「茂呂 慎太郎 様」⏎…「あなたの国民健康保険税は…差押えを執行します」)."""
    heads = list(_RECORD_SUBJECT_LINE.finditer(text))
    if not heads:
        return _addressee(text, persons)
    if len(heads) != 1:
        return None
    line_end = text.find("\n", heads[0].end())
    line_end = len(text) if line_end == -1 else line_end
    return next((p for p in persons if p.score >= ev.BLOCK and heads[0].end() <= p.start < line_end), None)


def _addressee(text: str, persons):
    named = [p for p in persons if p.score >= ev.BLOCK and _ADDRESSEE_END.match(text, p.end)
             and not text[text.rfind("\n", 0, p.start) + 1:p.start].strip()]
    if len(named) != 1 or not _YOU.search(text, named[0].end):
        return None
    return named[0]


# a count right after a relation word: 息子 41件、夫 18件 (a statistic's row)
_COUNTED = compile_fast(r"[ 　]*[0-9０-９][0-9０-９,，]*[ 　]?(?:件|人|名|世帯|%|％)")


def _reference_in(text: str, lo: int, hi: int):
    """The first person reference in text[lo:hi] that is one in the whole text: a window cut right
    after 「40歳」 or 「40歳以」 must not hide the 以上 after it (the reference's own look-ahead stops at
    the cut; its longest look-ahead word is four characters)."""
    pos = lo
    while True:
        ref = _PERSON_REF.search(text, pos, hi)
        if ref is not None and _COUNTED.match(text, ref.end()):
            pos = ref.end()  # (息子 41件, 夫 18件: a count of relations in a statistic, no one person)
            continue
        if ref is None or ref.end() + 4 < hi:
            return ref
        whole = _PERSON_REF.match(text, ref.start())
        if whole is not None:
            return ref
        pos = ref.start() + 1


def _near_person(text: str, persons, s: int, e: int, a: int, b: int):
    """A PERSON in the sentence [a, b), else in the same paragraph within 150 characters (case notes),
    else the list the term introduces (`_list_below`)."""
    person = next((p for p in persons if p.start < b and a < p.end), None)
    if person is None:
        person = next((p for p in persons if abs(p.start - s) <= 150
                       and "\n\n" not in text[min(p.end, s):max(p.start, e)]), None)
    if person is None:
        person = _list_below(text, persons, e)
    return person


LIST_BELOW_CHARS = 400  # how far below a heading or an introduction its list may start
LIST_BELOW_NAMES = 2    # block-level names that make the lines below a list of people


def _list_below(text: str, persons, e: int):
    """A term in the line that introduces a list or in a table's heading (「滞納整理の固定長データ…」⏎⏎
    「0001 ｺﾊﾞﾔｼ ﾏｻﾙ …」, 「… | arrears」⏎「大澤 勝 | … | 284,600」) is about the people listed below
    it: two or more names strong enough to block, starting within LIST_BELOW_CHARS after the term
    with at most one blank line between. (Those names block the text already: this adds the
    type and the redaction of the term, never a verdict of its own.)"""
    below = [p for p in persons if p.start >= e and p.start - e <= LIST_BELOW_CHARS and p.score >= ev.BLOCK]
    if len(below) < LIST_BELOW_NAMES or text.count("\n\n", e, below[0].start) > 1:
        return None
    return below[0]


def _other_reference(text: str, lo: int, hi: int) -> bool:
    """A person reference other than the anonymising letter in the window (本人, 長男, 〜歳 …)."""
    return any(not (_ANONYMISED.fullmatch(m.group(0)) or _DESCRIBED_ONLY.fullmatch(m.group(0)))
               for m in _PERSON_REF.finditer(text, lo, hi))


_BARE_KIN = compile_fast(r"(?:元|前)?(?:夫|妻|父|母|長男|長女|次男|次女|三男|三女|息子|娘|祖父|祖母|兄|姉|弟|妹|義父|義母|配偶者|"
                         r"内縁の(?:夫|妻)|交際相手)(?:から|の|が|は|に|と|を)?")


# English case notes go on with she/he once the client is named
_EN_PRONOUN = compile_fast(r"\b(?:she|he|her|his|him)\b")


def _pronoun_of_person(doc: Document, persons, s: int, a: int, b: int) -> bool:
    """A pronoun in the sentence and a named person earlier in the same paragraph (within 600
    characters, no blank line between): 「Ms. Tanaka came … She says her husband was violent」."""
    if not _EN_PRONOUN.search(doc.lower, a, b):
        return False
    text = doc.text
    return any(p.end <= s and s - p.end <= 600 and "\n\n" not in text[p.end:s] for p in persons)


# the writer speaking of themselves (I am a deaf resident, my diagnosis)
_EN_FIRST_PERSON = compile_fast(r"\b(?:I|I'm|[Mm]y|[Mm]e)\b")
SIGNATURE_REACH = 400  # how far below the sentence a message's signature may stand


def _writer_signs(doc: Document, persons, e: int, a: int, b: int) -> bool:
    """A sentence in the first person and a name strong enough to block alone on a line below it, in the same
    paragraph or the next (the message's signature: 「I am a deaf resident … ⏎Daniel Okafor」): the writer."""
    text = doc.text
    if not _EN_FIRST_PERSON.search(text, a, b):
        return False
    return any(p.start >= e and p.start - e <= SIGNATURE_REACH and p.score >= ev.BLOCK and _alone_on_its_line(text, p)
               for p in persons)


def _alone_on_its_line(text: str, p) -> bool:
    le = text.find("\n", p.end)
    return not text[text.rfind("\n", 0, p.start) + 1:p.start].strip() and not text[p.end:le if le != -1 else len(text)].strip()


def _is_cancer(text: str, s: int, e: int) -> bool:
    """がん the illness, not がんばる・がんこ・ながんだ."""
    if text[s:e] != "がん":
        return True
    nxt = text[e:e + 1]
    prev = text[s - 1:s] if s else ""
    if nxt in ("ば", "こ", "じ", "ぼ", "ぜ", "ら", "り", "め"):
        return False
    if prev and "ぁ" <= prev <= "ん" and prev not in "のがはをにともでやへ":
        return False
    return True


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    a = s
    while a > 0 and text[a - 1] not in "。\n" and s - a < 150:
        a -= 1
    b = e
    while b < len(text) and text[b] not in "。\n" and b - e < 150:
        b += 1
    return a, b


def _run_catalogue_rules(doc: Document, rules) -> list[Candidate]:
    """The catalogue's rules run as the scanner runs them (their examples): every detector
    before this one first, so that a PERSON in the example is found."""
    from . import build_detectors

    for detector in build_detectors():
        if isinstance(detector, SensitiveDetector):
            break
        if detector.applies(doc):
            doc.candidates.extend(detector.analyze(doc))
    ids = {r.id for r in rules}
    return SensitiveDetector().run_rules(doc, [r for r in _RULES if r.id in ids])


engine.RUNNERS["sensitive"] = _run_catalogue_rules
