"""PERSON, the parts every candidate path shares: the word lists and patterns, the name
candidate (`_Name`), the sentence and nearby-PII look-ups and the small helpers the paths and
the vetoes use (service/detectors/person.py runs the paths; person_stages.py judges them)."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from .. import lexicon
from .base import _ID_TYPES, Document
from .contact import PUBLIC_DOCUMENT, PUBLIC_HEAD
from .fastre import compile_exists, compile_fast, literal_alternation, required_literals
from .sensitive import _TERMS_RX as _SENSITIVE_TERMS
from .signals import REAL_SAID
from . import evidence as ev

PUBLIC_FIGURES = lexicon.joined("public_figures")
# loanwords and place/product words that are never part of a katakana name (ワーク・ライフ・バランス)
KATAKANA_NOT_NAME = frozenset(lexicon.words("person.katakana_not_name"))

HONORIFICS = {"様": "様", "さま": "様", "さん": "さん", "氏": "氏", "君": "君", "くん": "くん",
              "ちゃん": "ちゃん", "殿": "殿", "先生": "先生", "宛": "宛", "宛て": "宛",
              # written in English after a name in kanji (「I visit 藤本 san every week」)
              "san": "さん", "sama": "様", "kun": "くん", "chan": "ちゃん", "sensei": "先生"}
CHILD_HONORIFICS = set(lexicon.words("person.child_honorifics"))
# Job titles after a surname (山田課長): a staff member named by surname.
TITLES = frozenset(lexicon.words("person.titles"))
# Words that end a would-be name: organisations, places, families (鈴木建設, 佐藤家, 田中商店).
ORG_SUFFIX = frozenset(lexicon.words("person.org_suffix"))
# Given-name-shaped tokens that are in fact common nouns after a surname.
NOT_GIVEN = TITLES | ORG_SUFFIX | frozenset("様 さん 氏 君 くん ちゃん 殿 先生 宛 御中 各位 方 ら 達 等 さま".split())
# the end of a word that names an office, a place or a body (市民課, 総社町, 公民館): no part of a name
_ORG_END = compile_fast(r"(?:課|係|部|局|室|班|市|区|町|村|郡|県|所|館|園|校|会|社|店|署|院|庁|省|センター|支所|支部|本部)$")

# Name slots: labels and relations right before a name.
_SLOT_WORDS = sorted(lexicon.words("person.slot_words"), key=len, reverse=True)
_SLOT_RX = compile_fast(r"(?:" + "|".join(map(re.escape, _SLOT_WORDS)) + r")"
                      # (a report's letter for the person: 被害生徒A（2年・大塚 陽翔）, 児童甲（…）; a count: 生徒3名（…）)
                      r"(?:[0-9０-９]{0,2}名|[A-ZＡ-Ｚ甲乙丙丁](?![A-Za-zＡ-Ｚａ-ｚ]))?\s*"
                      r"(?:[:：|｜=＝]\s*|[(（](?:[^（）()\n:：]{1,8}?[・、,，]\s*)?\s*|の\s*|は\s*)?"  # (本人（谷 ひかり、19歳）: the slot's bracket; （2年・…）: a grade first)
                      r"(?:(?:母|父|夫|妻|長男|長女|次男|次女|祖母|祖父|息子|娘)\s*[:：]?\s*)?$")
_SLOT_SET = frozenset(_SLOT_WORDS)
# What the character before a name (past spaces and colons) is when _SLOT_RX can match
# there: the end of a slot word, of 名, of a separator or of a relation word.
# (and of a report's letter for the person or of the grade before the name in its bracket:
# 生徒A：…, 被害生徒A（2年・…）)
_GRADE_SEPS = frozenset("・、,，")
_SLOT_ENDS = (frozenset(w[-1] for w in _SLOT_WORDS) | frozenset("名|｜=＝(（のは母父夫妻男女子娘・、,，甲乙丙丁")
              | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"))


# a full name said by its bearer after 私は (わたしは 三輪 このみ です)
# (a child's self-introduction spells it in kana: わたしのなまえは マリアナ・サイトウ です; the name's other writing may
# stand in brackets before です: ぼくは ジャン・ユーシン（江 雨欣）です)
_I_AM_BEFORE = compile_fast(r"(?:わたし|私|ぼく|僕|おれ|俺|あたし)(?:の(?:名前|なまえ))?は[ 　]*$")
_DESU_AFTER = compile_fast(r"[ 　]*(?:[（(][^（）()\n]{1,20}[）)][ 　]*)?(?:です|と申します|といいます)")


def said_by_bearer(text: str, start: int, end: int) -> bool:
    return (_I_AM_BEFORE.search(text, max(0, start - 10), start) is not None
            and _DESU_AFTER.match(text, end) is not None)


# a descriptor between a slot and its names, that the names belong to the same group as someone named before
_SAME_GROUP_BEFORE = compile_fast(r"同(?:じ)?(?:学級|クラス|学年|学校|校|級|組|部|課|係|室|施設|事業所)の$")


def _slot_before(text: str, start: int):
    """_SLOT_RX.search(text[max(0, start - 14):start]), searched only when a slot can end
    there (a roster asks this several times for every name, and ~85% of the time the
    character before the name cannot end one: the alternation of ~160 slot words was tried
    at each of the 14 positions)."""
    lo = max(0, start - 14)
    k = start - 1
    while k >= lo and (text[k].isspace() or text[k] in ":：=＝"):  # (\s is str.isspace)
        k -= 1
    if k >= lo and text[k] == "の":
        same = _SAME_GROUP_BEFORE.search(text, max(0, k - 8), k + 1)
        if same:
            return _slot_before(text, same.start())  # 生徒：同学級の 堀越 隼人: the slot before the descriptor
    if k < lo or text[k] not in _SLOT_ENDS:
        return None
    if text[k] in _GRADE_SEPS and "（" not in text[lo:k] and "(" not in text[lo:k]:
        return None  # a comma or a dot ends a slot only inside its bracket (生徒A（2年・…): not in a CSV row
    return _SLOT_RX.search(text[lo:start])
# Role words that head a name in lists and minutes (出席：会長 ＸＸ ＸＸ、副会長 …, 担当 …).
_ROLE_WORDS = sorted(lexicon.words("person.role_words"), key=len, reverse=True)
_ROLE_LEFT = compile_fast(r"(?:^|[\s、,，:：・/|｜(（\[［【の])[A-Za-z一-龥]{0,4}?(?:" + "|".join(_ROLE_WORDS) +
                        r")[ ]*[:：=(（]?[ ]*$")  # (or the name in brackets after it: 同行の友人（堤 玲央）)
_ROLE_SET = frozenset(_ROLE_WORDS)
# a role word joined to the name by の inside prose (書記の吉永 沙織さん, 担任の…先生, 通訳の…さん):
# the role must be a whole word (not 秘書記の), and may stand anywhere in a long text
_ROLE_NO = compile_fast(r"(?<![一-龥々〆ヶ])(?:" + "|".join(_ROLE_WORDS) + r")の[ ]?$")


# a private person's circumstances said about a (famous) name in the same sentence: a famous
# athlete's name is public, 「大谷翔平さんが生活保護の相談に来庁」 is about a private person
_PRIVATE_FACT = compile_fast(r"生活保護|滞納|督促|差押|通院|入院中|診断書|病歴|既往歴|障害者手帳|療育手帳|要介護|介護認定|"
                             r"懲戒|停職|減給|戒告|免職|訓告|病気休暇|休職|人事評価|被評価者|勤務評定|業績評価|能力評価|"
                             r"債務整理|自己破産|離婚調停|虐待|DV|相談に来|来庁|窓口に来|住民票|戸籍|課税証明|"
                             r"所得証明|申請書|受給|扶養|世帯|転入|転出")


def _private_fact(doc: Document, start: int, end: int) -> bool:
    return _LazySentence(doc, start, end).search(_PRIVATE_FACT) is not None


# a staff member's own health or personnel matter, told in the lines after their name (a mail to them, a chat turn
# of theirs, their item of a list): 保険年金課 主任 狩野 美咲 様⏎…適応障害により病気休職中…
# (not a stage of life a policy speaks of: 妊娠期から切れ目のない支援, 妊娠・出産, 妊娠届 — a mayor's answer is not her own matter)
_STAFF_MATTER = compile_fast(r"休職|病気休暇|療養|診断書|適応障害|うつ病|メンタル|妊娠(?![期届・]|から出産|や出産)|不妊|切迫早産|つわり|懲戒|停職|減給|戒告|訓告|"
                             r"ハラスメント|休業|治療|"
                             # … or wrongdoing alleged of them, or a poor verdict on their work (a contractor's site agent,
                             # an architect, a sales manager named in office: 記載した疑い, 入札前に電話していたとの証言, 杜撰)
                             # (not a campaign against it: 談合防止, 不正アクセス対策; not a notice's 疑いがある場合は)
                             r"(?:[たるの]疑い(?!が(?:ある|あれば)(?:場合|方|とき|時))|談合|不正|虚偽|偽装|改ざん|贈賄|収賄|横領|着服|告発|との証言|杜撰|ずさん)"
                             r"(?!防止|対策|を防|アクセス|の防止|等の防止|行為の防止)")
_STAFF_MATTER_REACH = 300


def _own_matter_follows(doc: Document, name) -> bool:
    """A health or personnel matter in the name's paragraph after it, with no other name between: theirs."""
    text = doc.text
    line_end = text.find("\n", name.end)
    line_end = len(text) if line_end < 0 else line_end
    # (a mail's addressee line — the name and 様 alone — is followed by a blank line and the body about them)
    addressee = text[name.end:line_end].strip(" 　") in ("様", "殿", "さん", "さま", "宛")
    para = text.find("\n\n", line_end + 2 if addressee else name.end)
    stop = min(name.end + _STAFF_MATTER_REACH, len(text) if para < 0 else para)
    m = _STAFF_MATTER.search(text, name.end, stop)
    if m is None:
        return False
    toks, starts = doc.tokens, doc.token_starts
    own = text[name.start:name.end]
    for k in range(bisect_left(starts, name.end), bisect_left(starts, m.start())):
        if toks[k].pos[2] == "人名" and toks[k].pos[1] == "固有名詞" and toks[k].surface not in own:
            return False  # (someone else named before the matter; the person said again, 岩崎氏は…, is no one else)
    return True


# a resident's case said in the sentence of a name given by surname and honorific alone: with it
# 「面談した北爪さんは来週また来庁」 is about a resident; without it 「北爪さんに伝えておいて」 may
# be a colleague (warn)
# (a visit alone — 窓口に来られた佐久間さん, 来庁, 申請書 — is not a case: every caller at a counter
# is named so, and a surname with nothing of the person's matter identifies nobody; it warns)
_CASE_FACT = compile_fast(_PRIVATE_FACT.pattern.replace(r"|相談に来|来庁|窓口に来", "").replace(r"|申請書", "")
                          + r"|面談|家庭訪問|苦情|通報|相談があ|相談を受け|ご相談|相談者|申出|申し出")


def _case_fact(doc: Document, start: int, end: int) -> bool:
    return _LazySentence(doc, start, end).search(_CASE_FACT) is not None


# 要配慮 words (the sensitive detector's own alternation of its rules' lists): an official's own
# illness or debt is that person's private matter, not their office's — unless the sentence speaks
# of a campaign or a system (がん検診を呼びかけ).
_CAMPAIGN_OR_SYSTEM = compile_fast(r"呼びかけ|啓発|検診|予防|キャンペーン|制度|施策|対策|支援策|計画|について(?:説明|答弁|述べ)|答弁")


def _private_matter_of(doc: Document, start: int, end: int) -> bool:
    """The name's sentence tells something private of the person (入院中, 脳梗塞, 差押え …), not a campaign."""
    sentence = _LazySentence(doc, start, end)
    return ((sentence.search(_PRIVATE_FACT) is not None or sentence.search(_SENSITIVE_TERMS) is not None)
            and sentence.search(_CAMPAIGN_OR_SYSTEM) is None)


def _role_no(text: str, start: int):
    """_ROLE_NO in the 12 characters before `start`, searched only when they end in の (a roster
    asks this for every name; the role word alternation is tried at each position)."""
    lo = max(0, start - 12)
    k = start - 1
    if k >= lo and text[k] == "\n":
        k -= 1  # ($ also matches before a line break that ends the window)
    if k >= lo and text[k] == " ":
        k -= 1
    if k < lo or text[k] != "の":
        return None
    return _ROLE_NO.search(text, lo, start)


_ROLE_ENDS = frozenset(w[-1] for w in _ROLE_WORDS)


def _role_left(text: str, start: int):
    """_ROLE_LEFT in the 16 characters before `start`, searched only when a role word can end
    there: after it only spaces and one colon may stand (sre tries the role word alternation
    at each position of the window; most names of a roster have no role word before them)."""
    lo = max(0, start - 16)
    k = start - 1
    if k >= lo and text[k] == "\n":
        k -= 1  # ($ also matches before a line break that ends the window)
    while k >= lo and text[k] in " :：=":
        k -= 1
    if k >= lo and text[k] in "(（":
        k -= 1
    if k < lo or text[k] not in _ROLE_ENDS:
        return None
    return _ROLE_LEFT.search(text, lo, start)
# a spaced "surname given" pair of kana/kanji runs (the shape is then checked on Sudachi's tokens)
# (a particle may come before it — 相談者は片貝 湊斗さん — but no other kana or kanji)
_SPACED_PAIR = compile_fast(r"(?<![一-龥々〆ヵヶァ-ヶー])(?<![ぁ-ん](?<![のはがにともをへで])(?<!ます))[一-龥々〆ヵヶ][一-龥々〆ヵヶッノ]{0,3} (?=[一-龥々ぁ-んァ-ヶ])")
# ordinary words that are not a given name after a role word (担当 前橋 地区, 会長 高崎 支部)
_SHAPE_NOT_GIVEN = frozenset(lexicon.words("person.shape_not_given"))
_HONOR_NEAR = compile_fast(r"様|さま|さん|氏|君|くん|ちゃん|殿|先生|宛")
_NAME_END_PARTICLES = frozenset(lexicon.words("person.name_end_particles"))
# (and a role with a letter, as a report anonymises the people in it: 職員A, 相手方B, 児童C)
_PLACEHOLDER = compile_fast(r"[〇○●◯×＊*□■△▲?？_＿]|^\[.*\]$|^［.*］$|^(?:氏名|名前|なまえ|姓名|姓|名)$|^[一-龥ぁ-んァ-ヶ]{1,6}[A-ZＡ-Ｚ]$")
_SAMPLE_NAMES = frozenset(lexicon.words("person.sample_names"))
# the characters of a story, a cartoon or a picture book: not private persons
_FICTION_WORKS = compile_fast(r"登場人物|キャラクター|アニメ|漫画|マンガ|物語|小説|童話|絵本|昔話|作品中|主人公|紙芝居|人形劇|"
                              r"マスコット|ゆるキャラ")
_SAMPLE_CONTEXT = compile_fast(r"例|見本|サンプル|記入|架空|ダミー|テスト|ひな形|雛形|仮名|テンプレ|差し?込み")
# words saying the names in a sentence are made up (「田中さん、佐藤さんのような仮名で例文を」)
_FICTIONAL_CONTEXT = compile_fast(r"仮名|架空|ダミー|例文|記入例|のような名前|などの名前|名前の例|(?:サンプル|見本|例)(?:の|として)?(?:名前|氏名)")
# words that make a name a sample only right next to it (見本：山田 花子); anywhere in a long
# sentence (「書記の吉永さんから、議事録のひな形を作りたいとの提案」) they are about documents
# (or a person supposed for a question: たとえば山田さんという方が要介護2で…, 仮に佐藤さんとします)
_FICTIONAL_NEAR = compile_fast(r"サンプル|見本|ひな形|雛形|テンプレート|"
                               r"(?:たとえば|例えば|仮に)[、,]?[ 　]?[^\s、。]{1,8}?(?:さん|様|氏)?(?:という(?:方|人)|とします|とする)")


# 前橋市's districts and a few town names that Sudachi splits like surname + given name
# (下川淵, 南橘): in a table of districts they are places.
_LOCAL_PLACES = frozenset(lexicon.words("person.local_places"))


def _made_up(doc: Document, name) -> bool:
    """Whatever found it: a sample name (前橋 花子, ヤマダ タロウ) with a sample word within 200
    characters before (「架空の記入例です」), or a character named in a sentence about a story or a
    cartoon (「登場人物…磯野波平（54歳）」) with no personal data near."""
    text = doc.text
    flat = text[name.start:name.end].replace(" ", "").replace("　", "")
    if flat in _LOCAL_PLACES and not _HONOR_NEAR.match(text, name.end):
        return True  # a district of the city, not a person
    if any(len(part) >= 3 and len(set(part)) == 1 for part in text[name.start:name.end].split()):
        return True  # a field filled with one character (ｱｱｱｱ ｱｱｱｱ, ああああ): a test record's filler
    if flat in _SAMPLE_NAMES and _SAMPLE_CONTEXT.search(text, max(0, name.start - 200), name.end + 20):
        return True
    if _HONOR_NEAR.match(text, name.end) and not (text[name.start - 1:name.start] in ("「", "『") and flat == text[name.start:name.end]):
        # 「小此木 沙耶さんが…キャラクターを」: a person with an honorific is a real person (a character's
        # one-word name quoted with its honorific — キャラクター「まもるくん」 — is the character's)
        return False
    if not _anywhere(doc, _FICTION_WORKS):
        return False  # (the two searches below look for it in parts of the text)
    sentence = _LazySentence(doc, name.start, name.end)
    if not (sentence.search(_FICTION_WORKS) or _FICTION_WORKS.search(text, max(0, name.start - 60), name.start)):
        return False
    return _near_pii(doc, name.start, name.end) is None and not _slot_before(text, name.start)


# a surname slot filled with a placeholder word (テスト 太郎, サンプル ジロウ, ダミー 花子): dummy data
_DUMMY_SURNAME = compile_fast(r"^(?:テスト|サンプル|ダミー|見本|ミホン|例|仮|架空)[ 　]")
# … or as the given name: 「山田 サンプル」「前橋 テスト」
_DUMMY_GIVEN = compile_fast(r"[ 　]?(?:テスト|サンプル|ダミー|見本|ミホン|架空)$")
# … or a placeholder read aloud: 〇〇 〇〇 as マルマル マルマル, ×× as バツバツ (a form's blank, no one's name)
_PLACEHOLDER_READING = compile_fast(r"(?:(?:マル|バツ|ペケ|ナニ)+[ 　]?)+")


# the name is marked as the form's sample right after it: 「前橋 一郎（記入例）」「山田 太郎（例）」
_SAMPLE_MARK_AFTER = compile_fast(r"[ 　]?(?:[（(][ 　]?(?:記入例|例|見本|サンプル|架空|仮名|ダミー|テスト|sample|example|(?i:fictional|fictitious|dummy|made[ -]up|not real))"
                                  r"[ 　]?[）)]|[ 　]?[＜<〈【\[](?:記入例|例|見本|サンプル)[＞>〉】\]])|"
                                  r"(?:テスト|ダミー|サンプル)(?![ァ-ヶー])")  # 山田テスト: a dummy's given name
# … or right before it: 「（例：佐藤 一郎）」「記入例：前橋 太郎」 (not 例：「山下 静江 運転免許証 …」: a real record quoted
# as the example to rewrite)
# (例 as a word of its own: 事例：/症例：/判例： name a real case)
_SAMPLE_MARK_BEFORE = compile_fast(r"(?:(?P<bare>(?<![一-龥々])例)|記入例|記載例|入力例|見本|サンプル|e\.g\.)[ 　]*[:：][ 　]*$")
# the given names forms and manuals use for made-up people, with a sample word near (not 例えば)
_STOCK_GIVEN = frozenset(lexicon.words("person.stock_given"))
_SAMPLE_WORD_STRICT = compile_fast(r"記入例|記載例|表示例|画面例|入力例|(?<![一-龥々])例[）)：:]|見本|サンプル|架空|ダミー|テスト|ひな形|雛形|仮名|文章題|例文|問題文|練習問題|練習用|演習用|"
                                   r"(?i:sample|dummy|example)")
# rows of a table the lines above introduce as made up (テストデータ（架空）, 記入例, ダミー)
_SAMPLE_TABLE_INTRO = compile_fast("|".join(lexicon.words("sample.marks")) + r"|テストデータ|テスト用|(?i:sample|dummy|test data)")


# 「サンプル1件貼ります」「サンプルの3行」「sample of 3 rows」「サンプルとして先頭の数行を」: a count after the word means an excerpt of real
# records, not made-up ones
# 「サンプルとして実データを数行」「sample of the real data」: the rows are said to be real records outright
_EXCERPT_COUNT = compile_fast(r"[ 　]*(?:を|として|の|of)?[ 　]*(?:(?:(?:先頭|最初|冒頭|上)の[ 　]*|the[ ]first[ ])?[0-9０-９一二三四五六七八九十数]+[ 　]*(?:件|行|レコード|名分|人分|世帯分|rows?|records?|lines?)"
                              # (サンプル行を貼ります: a few rows shown, as with a count)
                              r"|行(?!政)|レコード"
                              r"|(?:実|本番|実際の|本物の|現行の|生の?)(?:データ|名簿|レコード)|(?i:(?:the[ ])?(?:real|actual|live|production)[ ](?:data|records|rows))"
                              # (記入例として受付済みの1件を: a real application filed, shown as the example)
                              r"|(?:受付|提出|申請|処理)(?:済み?|された|を受けた)の?)")


def blocking_pii_on_line(doc: Document, pos: int, types, lines_around: int = 0) -> bool:
    """Personal data of one of `types`, strong enough to block on its own, on the line at `pos` (an identifier whose
    check digit holds on a "sample" row makes it a real row shown as a sample: made-up rows carry numbers that fail;
    a phone or a birth date on a list's row makes the Latin name opening it a person's) — or, with `lines_around`,
    on up to that many lines above and below it that are not cut off by a blank line (one record's fields)."""
    text = doc.text
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le == -1 else le
    for _ in range(lines_around):
        up = text.rfind("\n", 0, ls - 1) + 1 if ls else 0
        if ls and text[up:ls - 1].strip():
            ls = up
        down = text.find("\n", le + 1)
        down = len(text) if down == -1 else down
        if le < len(text) and text[le + 1:down].strip():
            le = down
    _, starts, pii, _longest = _pii_index(doc)
    return any(c.type in types and c.score >= ev.BLOCK for c in pii[bisect_left(starts, ls):bisect_left(starts, le)])


# the identifiers a made-up row does not carry: their check digit (or a card's Luhn digit) holds
_CHECKED_TYPES = _ID_TYPES | {"CREDIT_CARD"}
_PHONE_TYPE = frozenset({"PHONE_NUMBER"})
_EXAMPLE_OF_RECORDS_TYPES = _CHECKED_TYPES | _PHONE_TYPE


def _in_sample_table(doc: Document, pos: int) -> bool:
    """The line at `pos` is a row of a delimited table (, | tab) whose heading or the two lines
    above it say the table is made up. (Cached per table on the document.)"""
    text = doc.text
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls:le if le != -1 else len(text)]
    delim = next((d for d in ("\t", "|", ",") if d in line), None)
    if delim is None:
        return False
    cache = doc.__dict__.setdefault("_person_sample_tables", {})
    start, steps = ls, 0
    while start > 0 and steps < 300:  # up to the first row of the table
        prev = text.rfind("\n", 0, start - 1) + 1
        if delim not in text[prev:start - 1]:
            break
        start, steps = prev, steps + 1
    if start not in cache:
        above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(0, start - 1)))) + 1 if start else 0
        head_end = text.find("\n", start)
        end = head_end if head_end != -1 else len(text)
        # (「テスト用に本番データから5件抜きました」: the mark's own line says the rows are real records)
        # (「1行目は記入例です」: that one row is the sample, the others are not)
        cache[start] = any(not _EXCERPT_COUNT.match(text, m.end()) and not _real_said_on_line(text, m.start())
                           and not _ONE_ROW_BEFORE.search(text, max(0, m.start() - 8), m.start())
                           for m in _SAMPLE_TABLE_INTRO.finditer(text, above, end))
    return cache[start]


_ONE_ROW_BEFORE = compile_fast(r"(?:[0-9０-９一二三]|最初の|先頭の)行目?(?:は|が|だけ|のみ)[ 　]*$")


def _real_said_on_line(text: str, pos: int) -> bool:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return REAL_SAID.search(text, ls, le if le != -1 else len(text)) is not None


def _kata(s: str) -> str:
    return s.translate(_HIRA_TO_KATA)  # ぁ..ゖ → ァ..ヶ, one C-level pass


_HIRA_TO_KATA = {c: c + 0x60 for c in range(ord("ぁ"), ord("ゖ") + 1)}


# the text says outright that its values are made up: 「記入例の値はすべて架空です」「氏名は全てダミー」
# 「架空の人物です」「テスト用の架空データ（実在の人物ではありません）」「all names are fictional」. Then a name with a stock sample given name (太郎,
# 花子 …) is a sample wherever it stands in the text, not only within reach of a sample word.
# (only asked whether it occurs: fastre.compile_exists, half the time of a hinted whole-text search)
_DECLARED_MADE_UP = compile_exists(r"(?:すべて|全て|全部|いずれも|みな|皆)[ 　]*(?:が|は)?[ 　]*(?:架空|ダミー|仮の|フィクション)(?!では|じゃ)|架空の?(?:人物|氏名|名前|データ|値|もの|事例)"
                                 r"|実在(?:の人物|する人物|の人)?(?:では|じゃ)(?:ありません|ない)|実在しない"
                                 r"|(?i:(?:all|every)[^.\n]{0,30}(?:fictional|made[- ]up|dummy))")


def _declared_made_up(doc: Document) -> bool:
    cache = doc.__dict__
    if "_person_declared_made_up" not in cache:
        cache["_person_declared_made_up"] = _DECLARED_MADE_UP.search(doc.text) is not None
    return cache["_person_declared_made_up"]


def _sample_name(doc: Document, name) -> bool:
    """A made-up name of a form or of test data: a placeholder word as the surname, or a listed
    sample name (also written as its kana reading: まえばし たろう) with a sample word near."""
    text = doc.text
    if _DUMMY_SURNAME.match(text[name.start:name.end]) or _DUMMY_GIVEN.search(text, name.start, name.end) \
            or _PLACEHOLDER_READING.fullmatch(text, name.start, name.end) \
            or _SAMPLE_MARK_AFTER.match(text, name.end):
        return True
    before = _SAMPLE_MARK_BEFORE.search(text, max(0, name.start - 8), name.start)
    if before and not (before.group("bare") and name.mei not in _STOCK_GIVEN
                       and blocking_pii_on_line(doc, name.start, _EXAMPLE_OF_RECORDS_TYPES)):
        # (例：加藤 恵美 027-251-4839 ／ 木村 翔太 …: a bare 例 before a name with a real number on its line picks one of
        # the records out as the example, 記入例：前橋 太郎 is a form's)
        return True
    if name.mei in _STOCK_GIVEN and ((_anywhere(doc, _SAMPLE_WORD_STRICT)
                                      and _SAMPLE_WORD_STRICT.search(text, max(0, name.start - 200), name.end + 80))
                                     or _declared_made_up(doc)):
        return True  # 「表示例：ようこそ、赤城 太郎 さん」「（記載例）届出人：群馬 次郎」: a stock sample given name
    # (an identifier whose check digit holds in the table's rows — a chat log's card number two rows down — makes the
    # "sample" an excerpt of real rows)
    # (… and a row whose own phone blocks, among rows of dummy numbers — 000-0000-0001 …, 090-6130-2748 —, is a real one that
    # slipped into the dummy data)
    if _in_sample_table(doc, name.start) and not blocking_pii_on_line(doc, name.start, _CHECKED_TYPES, lines_around=8) \
            and not blocking_pii_on_line(doc, name.start, _PHONE_TYPE):
        return True
    flat = _kata(text[name.start:name.end].replace(" ", "").replace("　", ""))
    return flat in _SAMPLE_NAMES and bool(_SAMPLE_CONTEXT.search(text, max(0, name.start - 200), name.end + 20))


# A person named in a public or business capacity (a school principal signing a greeting, a
# professor introduced as a lecturer, a company's representative or a vendor's salesperson on a
# business card, the staff member in charge on a department's contact line): their name is not
# private information, but it is still a name, so at most a warning — never a block.
_CAPACITY_ACADEMIC = compile_fast(r"(?:学校長|校長|園長|学長|総長|名誉教授|特任教授|客員教授|准教授|教授)[ 　・]?$")
# (and a professional's office with the title: 長谷部法律事務所 弁護士 長谷部 恒一, ○○税理士事務所 税理士 …)
_CAPACITY_CORP = compile_fast(r"(?:株式会社|有限会社|合同会社|[(（]株[)）]|[(（]有[)）]|法人|組合|事務所)[^\n。]{0,30}?"
                              r"(?:代表取締役(?:社長|会長)?|取締役(?:社長)?|代表理事|理事長|代表社員|執行役員|社長|"
                              r"弁護士|司法書士|行政書士|税理士|公認会計士|社会保険労務士|弁理士|土地家屋調査士|"
                              r"(?:営業|総務|技術|開発|企画|販売|業務|管理)(?:本?部|課)[ 　]*(?:主任|係長|課長|部長|次長|担当|"
                              r"マネージャー)?)[ 　・]?$")
# the labels of a record's author (記録者：, 作成者：…): staff writing in office, not the record's subject
_AUTHOR_WORDS = r"(?:記録者|作成者|記入者|報告者|起案者|回答者|対応者|入力者|記録)"
_CAPACITY_DEPT = compile_fast(r"(?:課|係|室|センター|部|所|館)[^\n。]{0,12}?担当(?:者)?[ 　]*[:：]?[ 　]*$|"
                              # a record's author given with their section (記録者：環境政策課 中山 恵子)
                              + _AUTHOR_WORDS + r"[ 　]*[:：][ 　]*[一-龥]{1,12}(?:課|係|室)"
                              r"(?:[ 　][一-龥]{1,6}係)?[ 　]?$")
# the speaker of published minutes (〇委員（中島 雅人）, ◯議長（…）, 〇市長（…）, 〇環境部長（…）) and the recipient of an award in a
# press release (文化功労賞：小林 正和 氏): named in the office or honour itself
_CAPACITY_MINUTES = compile_fast(r"(?:^|[〇○◯◎])[ 　]?(?:[一-龥]{0,8}?(?:委員長|委員|議員|議長|会長|市長|町長|村長|知事|教育長|"
                                 r"部長|局長|課長|所長|理事者|説明員))[ 　]?[（(][ 　]?"
                                 # (the office inside the bracket: ○議長（会長 狩野 直道）)
                                 r"(?:[一-龥]{0,6}?(?:会長|委員長|委員|議員|市長|町長|村長|部長|課長)[ 　])?$")
# … or the office right after the name, as a press release writes it (高橋 正昭会長が就任, 大澤 修一医師が
# 選出): an office, a profession in office, not a house (会長宅) or an office's staff (部長室)
_TITLE_RIGHT_AFTER = compile_fast(r"[ 　]?(?:副?会長|理事長|副?委員長|委員|副?議長|議員|副?市長|教育長|医師|教授|准教授|"
                                  r"副?校長|園長|院長|館長|所長|部長|局長|課長|署長|監査委員)(?![一-龥ァ-ヶ])")
# an English signature or introduction that gives the post right after the name: a business's or an
# embassy's officer writing in that role (Daniel Yoshida⏎Sales Manager, Maebashi Grand Hotel / Mr. Kevin
# Ortega, Second Secretary, Embassy of …)
_TITLE_AFTER_EN = compile_fast(r"(?:,[ ]|[ \t]*\r?\n[ \t]*)(?:[A-Z][A-Za-z&.\-]*[ ]){0,4}(?:Manager|Director|Officer|Secretary|"
                               r"President|Vice[ -]President|CEO|COO|CFO|Chair(?:man|person|woman)?|Coordinator|"
                               r"Representative|Consul(?:-General)?|Ambassador|Attach[eé]|Professor|Principal|Mayor|"
                               r"Councill?or|Minister|Head[ ]of[ ][A-Z][a-z]+|Chief[ ][A-Z][a-z]+|"
                               # … or the line of a city's division under the name: a staff member signing in office
                               # (Aya Morimoto⏎International Relations Division, Maebashi City)
                               r"(?:Division|Section|Department|Bureau|Office),[ ](?:[A-Z][a-z]+[ ]){0,2}"
                               r"(?:City|Prefecture|Town|Village)(?:[ ]Hall|[ ]Office|[ ]Government)?)\b")
# … or written as the name and then the office (○生方 拓真 委員　…, ◯12番 笠原 茂樹議員)
_SPEAKER_MARK = compile_fast(r"^[ 　]*[〇○◯◎][ 　]?(?:[0-9]{1,2}番[ 　]?)?$")
_SPEAKER_TITLE_AFTER = compile_fast(r"[ 　]?(?:副?委員長|委員|議員|副?議長|副?市長|教育長|[一-龥]{1,6}?(?:部長|局長|課長|所長))")
# a chair's role at the start of a line or a quotation, as minutes write the speaker (会長 須田 茂：…)
_CAPACITY_CHAIR = compile_fast(r"(?:^|[「『])[ 　]*(?:副?会長|副?委員長|副?議長)[ 　]+$")
# an athlete named with 選手 / 監督 after the name: in office only in a record that says it is public (a press
# release, published results) — a pupil's certificate names a private child so too
_PLAYER_AFTER = compile_fast(r"[ 　]?(?:選手|監督)(?![一-龥ァ-ヶ])")
# an office, a post or a public role in English right before the name (Incumbent … assembly member Ms. Reiko
# Sakurai, CEO Rajesh Menon, Special guest vocalist: Ms. Ayaka Lin)
_CAPACITY_EN_BEFORE = compile_fast(r"(?i:\b(?:mayor|governor|minister|councill?or|assembly[ ]member|council[ ]member|lawmaker|"
                                   r"legislator|candidate|ambassador|consul(?:-general)?|director(?:-general)?|secretary-general|commissioner|"
                                   r"spokes(?:person|man|woman)|professor|president|ceo|cto|cfo|coo|"
                                   r"founder|chair(?:man|person|woman)?|superintendent|guest|speaker|lecturer|performer|"
                                   r"vocalist|pianist|guitarist|featuring|panell?ist|moderator|author|artist|athlete))"
                                   r"[ ]*:?[ ]*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ ]+)?$")
# a board's member named after the office standing alone (会議録の出席者：…、委員 河合 紀子、委員 大島 健一):
# not 民生委員 or 児童委員 (a kanji before it), which are residents' volunteer posts
_CAPACITY_MEMBER = compile_fast(r"(?:^|(?<![一-龥々]))(?:委員|理事|監事|幹事|参与|教育長職務代理者)[ 　]+$")
# a line's label naming the subject of a case (対象職員：, 被処分者：, 対象者：): the title after it is no office acted in
# (and the parties of a complaint, 申立人：…小学校 講師 中村 瑠美 / 相手方：同校 教務主任 …, or a family member's slot,
# 子：… 、母：… 、父：山口 翔太 — a hospital or a school before the slot says where, not in what office)
_SUBJECT_SLOT = compile_fast(r"(?:(?:対象|被処分|被評価|被相談|被疑|被害|被保護)(?:職員|者|教員|社員|生徒|児童)?|(?:被)?申立人|(?<![一-龥の])相手方|行為者|"
                             # (a whistle-blower or a consultee named with their post: 通報者：環境政策課 技師 …)
                             r"通報者|相談者|申出人|告発者|"
                             r"(?<![一-龥ぁ-んァ-ヶ])(?:父|母|子|夫|妻|長男|長女|次男|次女|祖父|祖母|配偶者))[ 　]*[:：][^:：]*$")
# a person just appointed to a public office, introduced in it (民生委員・児童委員になった 石原 文子さん, 館長に就任した …)
_CAPACITY_APPOINTED = compile_fast(r"(?:委員|理事|監事|会長|館長|校長|園長|所長|院長|署長|局長|部長|課長|議長)"
                                   r"(?:に|として)?(?:就任|委嘱|任命|選任|選出|着任)(?:された|した|しました|されました|され)?[ 　]*$"
                                   r"|(?:委員|理事|会長|館長|校長|園長|所長)になった[ 　]*$")
_CAPACITY_AWARD = compile_fast(r"(?:賞|表彰|受賞者?|受章者?|功労者|功績者|栄誉)[ 　]*[:：・]?[ 　]*$")
# a public role said in a bracket after the name: an organisation and its office, or a profession
# (小林 正和 氏（書道家、前橋書道連盟会長）, …（前橋工科大学教授）); a bare （会長） of a members'
# list or a former office （元校長） is not one
# a person whose death the text reports (…様が亡くなられました, …氏 逝去): the living person's information the guideline
# guards is no longer theirs to lose — a condolence, an obituary notice; at most a warning
_DECEASED_AFTER = compile_fast(r"[ 　]?(?:様|さま|さん|氏|先生|殿)?[ 　]?(?:が|は)?[ 　]?(?:亡くなら|ご逝去|逝去|死去|永眠|ご永眠)")
# (not a bracket giving a career, 「候補者：有賀 智之 氏（現 株式会社ミライネット 執行役員）」 in a hiring memo: whom the text
# weighs, not an office acting — a speaker's 「（現 ○○大学教授）」 is public by the role word before the name)
_CAPACITY_AFTER = compile_fast(r"[ 　]?(?:氏|先生)?[ 　]?[（(](?![ 　]*(?:現職?|前職|元)[ 　:：・])[^（）()\n]{0,20}?"
                               r"(?:(?:大学|協議会|協会|連盟|会議所|法人|株式会社|組合|学会|研究所|病院)[^（）()\n]{0,8}?|"
                               r"(?:書道|陶芸|画|作|写真|建築|演奏|料理|華道|茶道|音楽|彫刻|工芸|美術|版画)家|選手|監督|"
                               r"弁護士|医師|税理士|司法書士|行政書士|社会福祉士|建築士|(?:准)?教授|(?:包括|個別)?外部監査人)[^（）()\n]{0,8}[）)]")
def _slot_and_role(slot, role) -> dict:
    """The signals of a name's slot word before it and its role word (trimmed of their punctuation)."""
    sig = {}
    if slot:
        sig["slot"] = slot.group(0).strip(" :：|｜=＝のは(（")[:8]
    if role:
        sig["role"] = role.group(0).strip(" :：=、,，・/|｜(（[［【\n\tの")[-6:]
    return sig


# (a student's university and year in the bracket — 桑原 由佳（群馬大学 教育学部 3年） — is where they study, no office)
_STUDENT_BRACKET = compile_fast(r"[ 　]?(?:氏|先生)?[ 　]?[（(][^（）()\n]{0,24}?(?:学部|学科|研究科)?[ 　]*(?:[1-6１-６一二三四五六]年(?:生)?|学生|院生|修士|博士課程)[^（）()\n]{0,6}[）)]")
# the class right before a pupil's name (5年1組 / ３年Ｂ組 / 中2-3 / 小学5年2組)
# (or a school's short name and the year: 「中川小 6年 西村 蒼」)
# (and a pupil's roll number or an applicant's exam or reception number opening the line — 15番 設楽 ひより：…,
# 受験番号 2041 今村 隼人： — or a class and の: 2年3組の星野 隼人について)
_CLASS_BEFORE = compile_fast(r"(?<![0-9０-９])(?:[1-6１-６一二三四五六]年[ 　]?[0-9０-９一二三四五六七八九A-Za-zＡ-Ｚ]{1,2}組|第[1-6１-６一二三四五六]学年|"
                             r"[小中][1-6１-６][-ー－][0-9０-９]{1,2}|[一-龥][小中][ 　]?[1-6１-６一二三四五六]年生?|"
                             r"(?:小学校|中学校|高校|高等学校|義務教育学校|支援学校)[ 　]?[1-6１-６一二三四五六]年生?|"
                             # (a pupil's label and the year alone: 生徒：2年 石原 蒼)
                             r"(?:生徒|児童|園児|学生|対象児童|対象生徒)(?:氏名|名)?[ 　]*[:：][ 　]*[1-6１-６一二三四五六]年生?|"
                             r"(?<![^\n])[ 　]*(?:出席番号[ 　]?)?[0-9０-９]{1,2}番|(?<![^\n])[ 　]*(?:受験|受付|整理)番号[ 　:：]*[0-9０-９]{1,6})(?:[ 　:：]*|の)$")
_ORG_WORDS = (r"(?:会議所|協会|連盟|連合会|協議会|自治会|町内会|委員会|審議会|消防団|分団|商店街|商店会|PTA|ＰＴＡ|育成会|後援会|同窓会|"
              r"組合|財団|社団|法人|振興会|保存会|ロータリークラブ|ライオンズクラブ|商工会)")
_ORG_NAME = compile_fast(_ORG_WORDS)
_CAPACITY_ORG = compile_fast(_ORG_WORDS + r"[^\n。]{0,12}?"
                             r"(?:会頭|副?会長|理事長|代表理事|代表|副?団長|分団長|副?委員長|支部長|組合長|事務局長)[ 　・]?$")
# a staff title alone on its line before the name, and the line above ending in the office (課, 係, 室 …)
_STAFF_TITLE_ALONE = compile_fast(r"[ 　]*(?:主事|主任|主査|副主幹|主幹|技師|技士|係長|課長補佐|副課長|課長|参事|副参事|保健師|"
                                  r"社会福祉士|指導主事|主任保育士|保育士|会計年度任用職員)[ 　]*[:：]?[ 　]*")
_OFFICE_LINE_END = compile_fast(r"(?:課|係|室|担当|グループ|センター|事務所|出張所|支所)[ 　]*\r?\n")
# a line that starts with an officer's role alone, before the name
# (and a company's officer under its name on the line above: 株式会社赤城精機⏎代表取締役 大森 健司 様)
_ROLE_ALONE = compile_fast(r"[ 　]*(?:会頭|副?会長|理事長|代表理事|代表取締役(?:社長|会長)?|取締役(?:社長)?|代表社員|代表|副?団長|分団長|"
                           r"副?委員長|支部長|組合長|事務局長)[ 　]*[:：]?[ 　]*")
_CAPACITY_EVENT = compile_fast(r"(?<![一-龥々])(?:講師|出演者?|ゲスト|登壇者?|パネリスト|コーディネーター|司会|"
                               r"監修|解説|立候補者|候補者)[ 　]*[:：]?[^\n。:：、課係室部]{0,30}?[ 　]$|"
                               r"(?:講師|出演者?|ゲスト|登壇者?|司会)[ 　]*[:：][ 　]*$")
# the head of an organisation or event named with の (実行委員長の…, 館長の…) and an official introducing
# themself in office (館長に着任しました …): the role is public
_CAPACITY_HEAD = compile_fast(r"(?:実行委員長|大会長|理事長|館長|園長|校長|院長|学長|会頭|自治会長|町内会長|区長)の[ 　]?$|"
                              # (an organisation's contact in a bracket after it: 協会の事務局（担当：小松さん）)
                              r"(?:事務局|協会|連盟|組合|会社|法人|センター|事業所|課|係|室)[ 　]*[（(][ 　]*(?:ご?担当(?:者)?|窓口)[ 　]*[:：][ 　]*$|"
                              r"(?:に|として)(?:着任|就任|赴任)(?:いた)?しました[ 　]*$|"
                              r"(?<![一-龥])担当(?:者)?の[ 　]?$|"  # 「担当の佐藤が後ほどご連絡いたします」: the office's staff
                              # 「当時の消防団長 関口 善作 氏」: an office holder of a past the text looks back on (a record, a history)
                              r"当時の[一-龥]{0,8}(?:長|知事|議員|委員)[ 　]?$|"
                              r"(?:本日の|窓口の?)担当(?:者)?[ 　]*[:：][ 　]*$")  # a counter's sign 「本日の担当：飯田」
# an official of a public body or an association named after their post: 総務部長 萩原 智之,
# 消防局長 倉持 雅之 が…, 財務部長の 綿貫 孝一 は…, council minutes' ○議長（笠原 茂樹） / ○12番（小野寺 真一）
# (not an association's 会長 or 委員長: a PTA's or a 自治会's officers are private persons)
_CAPACITY_STAFF = compile_fast(r"(?:(?<!部会)部長|局長|次長|課長|室長|所長|署長|推進監|参事|主幹|消防長|係長|主査|主事|"
                               r"主任|技師|館長|センター長|院長|医師|副?議長|議員|[○〇◯][0-9]{1,2}番|"
                               # the city's statutory commissioners (地方自治法: 監査委員, 教育委員 …)
                               r"(?:代表)?監査委員|(?:包括|個別)?外部監査人|教育委員|選挙管理委員|農業委員|固定資産評価審査委員|"
                               # a contractor's site staff, whom a construction sign names by law (建設業法)
                               r"現場代理人|主任技術者|監理技術者|"
                               # a school's staff named in office (教頭 …先生, 3年2組担任 …)
                               r"副?校長|教頭|(?:主幹|指導|養護|栄養)?教諭|学級担任|(?<=組)担任)"
                               r"(?:の)?[ 　・]?[:：]?[ 　]?[（(]?$")
# the names of a published election result (候補者 … 得票数): candidates are public
_ELECTION_RESULT = compile_fast(r"得票")
_CANDIDATE_HEADING = compile_fast(r"候補者")
_CAPACITY_CAP = 0.60  # warn: the user confirms

# A text that says it is already public — a press release, published minutes or results, a page of
# the city's site — and nowhere that anything in it is not yet: names in their public capacity there
# are public information and pass (service/lexicon/person.published_record_words.txt and
# person.not_yet_published_words.txt).
_PUBLISHED_RECORD = compile_fast(literal_alternation(lexicon.words("person.published_record_words")))
_NOT_YET_PUBLISHED = compile_fast(literal_alternation(lexicon.words("person.not_yet_published_words")))


# … or, at its head, that it is written for the public (a flyer, a notice, the city's site: the
# contact detector's PUBLIC_DOCUMENT)


# A text that says the people named in it agreed to its publication (入賞者には掲載同意を得ています,
# 掲載許可済み, 公表に同意): a name there that nothing private, no personal data and no pupil's
# class sits beside is capped at a warning (the user confirms), never passed. A text merely written
# for a newsletter or the site is not enough: a resident featured there is private until they agree.
_CONSENT_TO_PUBLISH = compile_fast(literal_alternation(lexicon.words("person.consent_to_publish_words")))
# a pupil's grade or class before the name on its line (6年1組 宮永 …, 部長 3年 千明 …): children stay personal
_PUPIL_BEFORE = compile_fast(r"(?:[0-9０-９一二三四五六]\s*年\s*(?:[0-9０-９]+\s*組|生)?|組|児童|生徒|園児)[^\n]{0,6}$")


def for_publication(doc: Document) -> bool:
    cached = getattr(doc, "_mamori_for_publication", None)
    if cached is None:
        cached = (_CONSENT_TO_PUBLISH.search(doc.text) is not None
                  and _NOT_YET_PUBLISHED.search(doc.text) is None)
        doc._mamori_for_publication = cached  # type: ignore[attr-defined]
    return cached


def named_for_publication(doc: Document, name) -> bool:
    """In a text for publication, a name with nothing private, no personal data and no pupil's class by it."""
    text = doc.text
    line_start = text.rfind("\n", 0, name.start) + 1
    if _PUPIL_BEFORE.search(text, max(line_start, name.start - 16), name.start):
        return False
    if _own_data_beside(doc, name):
        return False
    hm = _HONOR_AFTER.match(text, name.end)
    if _PRIVATE_BRACKET.match(text, hm.end() if hm else name.end):
        return False  # (「参加した阿久津 早苗さん（みなみちゃん・2歳のママ）」: a resident told by her family, not a public role)
    return not _private_matter_of(doc, name.start, name.end)


def _own_data_beside(doc: Document, name) -> bool:
    """The person's own data beside the name: a birth date or an identifier near, or personal data that
    blocks on its own on the name's line (a lecturer's fee with a My Number and a home address)."""
    pii = _near_pii_type(doc, name.start, name.end)
    return (pii == "DATE_OF_BIRTH" or pii in _ID_TYPES or _blocking_pii_near(doc, name.start, name.end)
            or _account_below(doc, name))


def _account_below(doc: Document, name) -> bool:
    """An account further down the same paragraph (講師：元県職員 大野 信彦 氏 ⏎ 演題 ⏎ 謝礼 ⏎ 振込先：… 普通 2219054):
    the fee is paid to the person named above it — the account blocks the text anyway; the name goes with it."""
    reach = min(name.end + 240, len(doc.text))
    para_end = doc.text.find("\n\n", name.end, reach)
    stop = reach if para_end == -1 else para_end
    _, starts, pii, _longest = _pii_index(doc)
    return any(c.type == "JP_BANK_ACCOUNT" and c.score >= ev.BLOCK for c in pii[bisect_left(starts, name.end):bisect_left(starts, stop)])


def _published_record(doc: Document) -> bool:
    cached = getattr(doc, "_mamori_published_record", None)
    if cached is None:
        cached = ((_PUBLISHED_RECORD.search(doc.text) is not None
                   or PUBLIC_DOCUMENT.search(doc.text, 0, PUBLIC_HEAD) is not None)
                  and _NOT_YET_PUBLISHED.search(doc.text) is None)
        doc._mamori_published_record = cached  # type: ignore[attr-defined]  (asked per name in a capacity)
    return cached


# a personnel matter of the office's own staff, not yet public: a transfer before its announcement, discipline,
# an inquiry into a staff member's conduct, an evaluation (第6条 人事管理) — the staff named in it are the
# persons it is about, not officials acting in office
_PERSONNEL_MATTER = compile_fast(r"内示|異動案|人事案|昇任案|降任|懲戒|分限|処分案|処分の量定|服務(?:違反|事故|調査)|無許可兼業|"
                                 r"兼業の疑い|事情聴取|本人聴取|本人への聴取|ハラスメント|人事評価|勤務評定|退職勧奨|勧奨退職|"
                                 # (an audit's finding of a staff member's faulty handling: 不適正事務, 二重支給)
                                 r"不適正(?:な)?(?:事務|処理|支出|経理)|二重(?:支給|払い)|過大支給|"
                                 # (an audit's or an inquiry's suspicion of misuse by a named head: …を私的な…に充てていた疑い)
                                 r"着服|横領|不正(?:流用|受給|支出|経理)|私的(?:な|に)?[^。\n]{0,12}(?:充て|流用|使用|利用)[^。\n]{0,8}疑い")
# a staff title on the name's line: before it (水道局 工務課 技師 市川 航) or right after it (宮内 哲也　税務課長)
_STAFF_TITLE_BEFORE = compile_fast(r"(?:長|主任|主事|主査|主幹|参事|技師|技士|教諭|教頭|講師|係員|職員|士長|司令|士)[ 　]*[:：]?[ 　]*$")
_STAFF_TITLE_AFTER = compile_fast(r"[ 　]*[一-龥]{0,10}(?:長|主任|主事|主査|主幹|参事|技師|教諭|係員|職員)(?![一-龥ァ-ヶ])")


def staff_in_personnel_matter(doc: Document, name) -> bool:
    """A staff member named with their title in a text about a personnel matter that is not a published record."""
    matter = getattr(doc, "_mamori_personnel_matter", None)
    if matter is None:
        matter = doc._mamori_personnel_matter = (  # type: ignore[attr-defined]  (asked per name)
            _PERSONNEL_MATTER.search(doc.text) is not None and not _published_record(doc))
    if not matter:
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, name.start) + 1
    return (_STAFF_TITLE_BEFORE.search(text, max(line_start, name.start - 24), name.start) is not None
            or _STAFF_TITLE_AFTER.match(text, name.end) is not None)


# a work chat's speaker line: the time, the name, nothing after (「[13:35] 吉田 大輝⏎…」 from a Teams export)
_CHAT_TIME = compile_fast(r"[ \t]*[\[［(（]?(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?[\]］)）]?[ 　]*")
_REST_OF_LINE_BLANK = compile_fast(r"[ 　]*(?:\r?\n|$)")


def _chat_speaker(text: str, line_start: int, name) -> bool:
    """The name is the speaker of a chat message: a time before it and nothing after on its line — staff
    at work in their office's chat (a resident's message names them in its text, not as the speaker)."""
    return _CHAT_TIME.fullmatch(text, line_start, name.start) is not None and \
        _REST_OF_LINE_BLANK.match(text, name.end) is not None


_AUTHOR_LABEL = compile_fast(_AUTHOR_WORDS + r"[ 　]*[:：][^\n]{0,24}$")


def author_of_record(doc: Document, name) -> bool:
    """The name is the record's author, not its subject: after 記録者：/作成者：… on its line, or a chat
    message's speaker (the record's facts are not this person's)."""
    text = doc.text
    line_start = text.rfind("\n", max(0, name.start - 60), name.start) + 1 or max(0, name.start - 60)
    return _AUTHOR_LABEL.search(text, line_start, name.start) is not None or _chat_speaker(text, line_start, name)


def _public_capacity(doc: Document, name) -> bool:
    """The name stands after its public or business title and nothing private is said of it
    (no birth date, identifier, age, private bracket or private circumstance)."""
    text = doc.text
    line_start = text.rfind("\n", 0, name.start) + 1
    before = text[max(line_start, name.start - 50):name.start]
    # (false: none of the searches of `before` below can match, see _BEFORE_CHARS — a roster's "12. ")
    words = _BEFORE_CHARS is None or not _BEFORE_CHARS.isdisjoint(before)
    # 「前橋市選挙管理委員会事務局 027-…⏎委員長　羽鳥 恭一」: an officer's role alone, its organisation on the line above
    above = text.rfind("\n", 0, line_start - 1) + 1
    signed = bool(words and line_start and (
        _ROLE_ALONE.fullmatch(before) and _ORG_NAME.search(text, above, line_start)
        # (and a staff member's title alone under the office's line, as a mail's signature sets it:
        # 「前橋市 財務部 財政課 管財係⏎主事　春日 彩乃⏎電話 …」)
        or _STAFF_TITLE_ALONE.fullmatch(before) and _OFFICE_LINE_END.search(text, above, line_start)))
    office = signed or bool(words and (
        _CAPACITY_ACADEMIC.search(before) or _CAPACITY_CORP.search(before) or _CAPACITY_DEPT.search(before)
        or _CAPACITY_ORG.search(before) or _CAPACITY_EVENT.search(before) or _CAPACITY_HEAD.search(before)
        or _CAPACITY_STAFF.search(before) or _SPEAKER_ROLE.search(before) or _CAPACITY_APPOINTED.search(before)))
    # (English: asked apart from the Japanese words' characters — a romaji name after "CEO ")
    office = office or bool(before[-1:].isascii() and _CAPACITY_EN_BEFORE.search(before))
    if not (office or (words and (_CAPACITY_MINUTES.search(before) or _CAPACITY_AWARD.search(before)
                                  or _CAPACITY_MEMBER.search(before)))
            or _TITLE_RIGHT_AFTER.match(text, name.end) or _TITLE_AFTER_EN.match(text, name.end)
            or (words and _CAPACITY_CHAIR.search(before))
            or (words and _SPEAKER_MARK.search(before) and _SPEAKER_TITLE_AFTER.match(text, name.end))
            or (_CAPACITY_AFTER.match(text, name.end) and not _STUDENT_BRACKET.match(text, name.end))
            or _election_candidate(doc, name, line_start)
            or _DECEASED_AFTER.match(text, name.end)
            or (_PLAYER_AFTER.match(text, name.end) and _published_record(doc))
            or _chat_speaker(text, line_start, name)):
        return False
    if _own_data_beside(doc, name):
        return False  # (a lecturer's fee with a My Number and a home address: the lecturer's own data)
    if _SUBJECT_SLOT.search(text, line_start, name.start):
        return False  # 対象職員：市民税課 主任 …: the subject of a case, its title only says who, not in what capacity it acts
    hm = _HONOR_AFTER.match(text, name.end)
    if hm and hm.group(1) in ("さん", "くん", "ちゃん", "君") and not office:
        return False  # 「最優秀賞 𠮷田 優奈さん（第七中3年）」: a private person (a pupil) honoured, not an office
    after = hm.end() if hm else name.end
    if _AGE_AFTER.match(text, after) or _PRIVATE_BRACKET.match(text, after) or _RELATION_BRACKET.match(text, after):
        return False
    return not _private_fact(doc, name.start, name.end) and not _own_matter_follows(doc, name)


def _scholar_or_speaker(doc: Document, name) -> bool:
    """A professor, or a lecturer / guest / panellist of an event, named after that role (the
    caller has checked that nothing private is said of them): introduced to the public in that
    role, so public — not merely capped at a warning like an official named in office."""
    text = doc.text
    line_start = text.rfind("\n", 0, name.start) + 1
    before = text[max(line_start, name.start - 50):name.start]
    return _SPEAKER_ROLE.search(before) is not None and not _private_matter_of(doc, name.start, name.end)


# a professor, or the speaker of a public event, named right after that role (not a school's head
# signing a notice, a meeting's chair or a candidate: those are capped at a warning as before)
# (asked only whether it matches: 「…奏者」 is 奏者 after a kanji or katakana, not a run of one to five
# of them before 奏者 — a branch led by a class made sre try the whole alternation at every position,
# 6 µs for every name of a roster; the same texts match, tests/test_speed_helpers_match_plain_searches.py)
_SPEAKER_ROLE = compile_fast(r"(?:名誉教授|特任教授|客員教授|准教授|教授)[ 　・]?$"
                             r"|(?<![一-龥々])(?:講師|パネリスト|ゲスト|登壇者|出演者|基調講演)[ 　]*[:：]?(?:[^\n。:：、課係室部]{0,24}?[ 　])?$"
                             # a performer or an author introduced by their art (・ピアニスト　真砂 怜（…入賞）)
                             r"|(?:ピアニスト|ヴァイオリニスト|バイオリニスト|チェリスト|ギタリスト|サクソフォン奏者|奏者(?<=[一-龥ァ-ヶー]奏者)|"
                             r"シンガーソングライター|シンガー|歌手|声楽家|指揮者|作曲家|演奏家|作家|小説家|画家|写真家|俳人|歌人|詩人|"
                             r"落語家|講談師|漫画家|絵本作家|イラストレーター|俳優|声優|アナウンサー|ダンサー|料理研究家|"
                             # a writer introduced by their field (地元の郷土史家・樺沢 …): known by their books
                             r"郷土史家|歴史家|研究家(?<=[一-龥]研究家)|評論家|翻訳家|随筆家|エッセイスト|書家|ノンフィクション作家|"
                             r"陶芸家|書道家|華道家|茶道家|工芸家|彫刻家|版画家|建築家|指導者(?<=[一-龥]指導者))[ 　・]*[:：]?[ 　]*$")


def _required_chars(patterns) -> frozenset | None:
    """The characters of the words one of which every match of each pattern holds
    (fastre.required_literals): a string with none of them matches none of the patterns.
    None when a pattern has no such words (then nothing can be skipped)."""
    chars: set = set()
    for rx in patterns:
        words = required_literals(rx.pattern, rx.flags)
        if not words:
            return None
        chars.update("".join(words))
    return frozenset(chars)


# _public_capacity's searches of the text before a name, asked only when that text holds a character
# of one of their required words: a roster's names mostly follow "12. " or nothing (~0.25 ms a roster)
_BEFORE_CHARS = _required_chars((_ROLE_ALONE, _CAPACITY_ACADEMIC, _CAPACITY_CORP, _CAPACITY_DEPT, _CAPACITY_ORG,
                                 _CAPACITY_EVENT, _CAPACITY_HEAD, _CAPACITY_STAFF, _SPEAKER_ROLE, _CAPACITY_MINUTES,
                                 _CAPACITY_AWARD, _CAPACITY_CHAIR, _SPEAKER_MARK, _CAPACITY_MEMBER, _CAPACITY_APPOINTED))


def _reading_of_capped(text: str, name, capped_ends: set) -> bool:
    """The bracketed reading of a name capped just before it (候補者 村田 隆之（むらた たかゆき））."""
    if not capped_ends:
        return False
    k = name.start - 1
    while k >= 0 and text[k] in " 　":
        k -= 1
    if k < 0 or text[k] not in "（(":
        return False
    k -= 1
    while k >= 0 and text[k] in " 　":
        k -= 1
    return k + 1 in capped_ends


# the request at the head of the text says what follows is made up: an example sentence to translate,
# a role-play script, a quiz (「例文を英訳して。「田中さんは毎朝…」」)
_FICTIONAL_HEAD = compile_fast(r"例文(?:を(?:英訳|和訳|翻訳|訳|作|考え)|[:：])|ロールプレイ|台本|寸劇|架空の|練習問題|テスト問題|"
                               # (a work that says so of itself: ※本作品はフィクションであり、登場人物は架空です)
                               r"(?:作品|物語|小説|お話)は(?:すべて)?フィクション|フィクションの(?:短い)?(?:物語|小説|お話|作品|話)|"
                               r"登場人物(?:・[一-龥]{1,4})?は(?:すべて|全て)?架空|"
                               r"会話例|(?i:role[ -]?play|fictional|sample dialogue|dialogue script)")
_FICTIONAL_HEAD_CHARS = 60


def _election_candidate(doc: Document, name, line_start: int) -> bool:
    """A row of an election result: the name opens its line, under a 候補者 heading, in a text with 得票;
    or a row that opens with 当選 / 次点 / 落選 and gives the votes (当選 宮崎 清隆 4,812票)."""
    text = doc.text
    if _RESULT_ROW.match(text, line_start, name.start) and _VOTES_AFTER.match(text, name.end):
        return True
    if _BULLETIN_NUMBER.search(text, line_start, name.start) or _AFFILIATION_AFTER.match(text, name.end):
        return True
    return (name.start - line_start <= 2 and _ELECTION_RESULT.search(text) is not None
            and _CANDIDATE_HEADING.search(text, 0, line_start) is not None)


# (当 alone, as result tables mark the elected: 「当　須藤 隆之　32,418票」)
_RESULT_ROW = compile_fast(r"[ 　]*(?:[0-9]{1,2}[ 　.)]+)?(?:当選|次点|落選|当)?[ 　:：]*$")
# a candidate's row in an election bulletin: 届出番号 before the name, or the party and new/sitting after it
# (届出番号1　須藤 隆之（すどう たかゆき）52歳　無所属・新)
_BULLETIN_NUMBER = compile_fast(r"届出番号[ 　]*[0-9]{1,2}[ 　]*$")
_AFFILIATION_AFTER = compile_fast(r"[^\n]{0,40}?(?:無所属|[一-龥ァ-ヶー]{1,8}党)[・･]?(?:新|現|元|前)(?![一-龥])")
_VOTES_AFTER = compile_fast(r"[^\n]{0,20}?[0-9,，.]+[ 　]?票")


def _fictional(doc: Document, sentence, start: int, end: int) -> bool:
    if sentence.search(_FICTIONAL_CONTEXT) or _FICTIONAL_HEAD.search(doc.text, 0, _FICTIONAL_HEAD_CHARS):
        return True
    return _FICTIONAL_NEAR.search(doc.text, max(0, start - 10), min(len(doc.text), end + 6)) is not None
# Holders of public office named in their office (「市長の山本龍」「小川市長」「知事の…」): the name
# of an official acting as such is public information, not a private individual's.
_PUBLIC_OFFICE = (r"(?:副?市長|副?知事|副?町長|副?村長|区長|教育長|副?議長|(?:(?:市|県|町|村|国会)?議会)?議員|(?:市|県|町|村)議(?!会)|"
                  r"衆議院議員|参議院議員|大臣|総理大臣|首相|総理|大統領|官房長官)")
_PUBLIC_OFFICE_WORD = re.compile(_PUBLIC_OFFICE)
_PUBLIC_OFFICE_BEFORE = compile_fast(_PUBLIC_OFFICE + r"(?:の|・|、)?[ 　]?$")
_PUBLIC_OFFICE_AFTER = compile_fast(r"[ 　]?" + _PUBLIC_OFFICE)


_FIGURE_STARTS = lexicon.figure_starts("public_figures")


def _public_figure_at(text: str, start: int) -> bool:
    """A listed figure starts here (速水堅曹 when Sudachi cut the name as 速水+堅+曹)."""
    window = text[start:start + 14].replace(" ", "").replace("\u3000", "")
    # only the lengths of the figures that start with this character: a roster asks this
    # for every name
    return any(window[:n] in PUBLIC_FIGURES for n in _FIGURE_STARTS.get(window[:1], ()) if n <= len(window))


def _reading_at(text: str, start: int, end: int):
    """The bracketed reading right after the kanji name text[start:end], if it can be its reading:
    kana, at least as long as the name (every kanji has a syllable), not a status (（パート）)."""
    if text[end:end + 2].strip(" 　")[:1] not in ("（", "("):
        return None
    rd = _READING_AFTER.match(text, end)
    if not rd:
        return None
    name = text[start:end].replace(" ", "").replace("　", "")
    reading = rd.group("r").replace(" ", "").replace("　", "").replace("・", "")
    if not _KANJI_CH.search(name) or len(reading) < len(name) or _PRIVATE_BRACKET.match(text, end) \
            or reading in KATAKANA_NOT_NAME:
        return None
    return rd


def _history_document(doc: Document) -> bool:
    """Several distinct history/culture words in the whole text (computed once per scan)."""
    v = getattr(doc, "_person_history_doc", None)
    if v is None:
        v = doc._person_history_doc = len(set(_HISTORY_DOC.findall(doc.text))) >= _HISTORY_DOC_MIN  # type: ignore
    return v


def _public_official(text: str, start: int, end: int) -> bool:
    """The name stands right after or before a public office (市長の…, …知事)."""
    return bool(_PUBLIC_OFFICE_BEFORE.search(text[max(0, start - 12):start])
                or _PUBLIC_OFFICE_AFTER.match(text, end))
PUBLIC_CONTEXT = compile_fast(
    r"小説|作品|詩集|詩人|の詩|歌集|歌人|俳人|俳句|短歌|名言|言葉|格言|歴史|時代|戦国|幕末|明治|大正|藩主|"
    r"城主|将軍|武将|天皇|首相|総理|偉人|伝記|生涯|生誕|没後|記念館|文学|作家|文豪|画家|作曲|著書|著作|"
    r"『|銅像|史跡|ゆかり|大河|自伝|思想|功績|句碑|歌碑|詩碑|逸話|肖像|紙幣|教科書|あらすじ|読書|"
    r"生糸|製糸|蚕糸|養蚕|県令|顕彰|先人|郷土史|歴史講座|藩|幕府|維新|実業家|政治家|思想家|教育者|彫刻家|文学館")
# A history/culture document: this many distinct words from the list anywhere in the text make
# names with no private-person signal public (a local-history text naming merchants and poets).
_HISTORY_DOC = compile_fast(r"明治|大正時代|江戸|幕末|戦国|藩|城主|県令|生糸|製糸|詩人|詩集|文学|歴史|偉人|先人|顕彰|"
                            r"記念館|年表|功績|生涯|郷土の|創業者|初代")
_HISTORY_DOC_MIN = 4
# Relation words (妻, 長男 …) also describe historical people's families (楫取素彦の妻): in a public
# context they are not, alone, a private-person signal.
_RELATION_SLOTS = frozenset(lexicon.words("person.relation_slots"))
# A reading in brackets right after a name (五十嵐 蒼（いがらし あおい）): part of the name.
_READING_AFTER = compile_fast(r"[ 　]?[（(][ 　]?(?P<r>[ぁ-んァ-ヶー]{1,10}(?:[ 　・][ぁ-んァ-ヶー]{1,10})?)[ 　]?[）)]")
# the kanji name before a bracketed reading that was found first (… 蒼（いがらし あおい）)
# (a given name in hiragana too: 石原 このは（いしはら このは）)
_KANJI_BEFORE_READING = compile_fast(r"(?<![一-龥々〆ヶ])(?P<k>[一-龥々〆ヶ]{1,4}(?:[ 　](?:[一-龥々〆ヶ]{1,4}|[ぁ-ん]{2,4}))?)[ 　]?[（(][ 　]?$")
# the rest of a reading in brackets after its reported part, to the closing bracket (いしはら| このは）)
_READING_TAIL = compile_fast(r"(?:[ 　・](?P<g>[ぁ-んァ-ヶー]{1,8}))?[ 　]?[）)]")
# a one-word kanji name with its reading, Sudachi reading both as one noun (蒼（あおい）さん)
_KANJI_READING = compile_fast(r"(?<![一-龥々〆ヶ])(?P<k>[一-龥々〆ヶ]{1,3})[（(](?P<r>[ぁ-ん]{2,8})[）)]")
# What every _KANJI_READING match holds: asked first, it spares the kanji-led scan of texts
# without a reading in brackets (nearly all of them).
_BRACKETED_HIRAGANA = re.compile(r"[（(][ぁ-ん]{2,8}[）)]")
_CLOSE_THEN_HONOR = compile_fast(r"[ 　]?[）)][ 　]?(様|さま|さん|氏|君|くん|ちゃん|殿)")
_HONOR_AFTER = compile_fast(r"[ 　]?(様|さま|さん|氏|君|くん|ちゃん|殿|先生)")
# an age in brackets after a name (山口 蓮（8歳）, 根岸 トメ（女・86歳）): a private individual
# a private person's circumstances in brackets after a name (北爪 亮介（無職）, …（中学2年）)
_PRIVATE_BRACKET = compile_fast(r"[ 　]?[（(][^（）()\n]{0,8}?(?:私用|私物の?携帯|自宅(?:電話|の電話|携帯)?[ 　:：]?[0-9０-９]|無職|会社員|自営業?|パート|アルバイト|主婦|年金生活|小学|中学|高校|"
                                r"小\d|中\d|高\d|在学|在籍|要介護|要支援|要保護|同居|別居|入院中|療養中|被害|加害|"
                                # a pupil's class: 上原 蒼空（5年2組）
                                r"[1-6一二三四五六]年[0-9一二三四五六七八九]{1,2}組|[1-6一二三四五六]年生|"
                                # a student's university year: 今村 優斗（前橋工科大学3年）, an intern's
                                r"(?:大学|大学院|短大|専門学校|高専)[1-6一二三四五六]年|"
                                # a parent told by the child: （みなみちゃん・2歳のママ）, （3歳児のパパ）
                                r"[0-9０-９]{1,2}歳(?:児)?の(?:ママ|パパ|母|父|お母さん|お父さん)|(?:ママ|パパ)(?=[)）]))")
# … or a sensitive fact of theirs in that bracket (羽鳥 遼（うつ病、令和6年2月から休職中）): an illness, a disability,
# a leave for either — the sensitive-term lexicons' own words, read in the bracket only
_BRACKET_BODY = compile_fast(r"[ 　]?[（(](?P<b>[^（）()\n]{1,30})[）)]")
_SENSITIVE_IN_BRACKET = compile_fast(literal_alternation(
    {w for name in ("sensitive.illness", "sensitive.disability", "sensitive.diagnosis_labels") for w in lexicon.words(name)
     if len(w) >= 2} | {"休職", "病気休暇", "療養休暇"}))


def sensitive_bracket(text: str, at: int) -> bool:
    m = _BRACKET_BODY.match(text, at)
    return bool(m and _SENSITIVE_IN_BRACKET.search(m.group("b")))


# a relation to the case said in a bracket right after the name: 「（母・通訳希望）」「（父）」「（本人）」
_RELATION_BRACKET = compile_fast(r"[ 　]?[（(](?:母|父|祖母|祖父|夫|妻|長男|長女|次男|次女|兄|姉|弟|妹|本人|保護者|祖父母|"
                                 r"同居人|世帯主|配偶者|代理人)(?:[)）・、,/ ]|親)")
# (a bare number in brackets after a name is the age, as news and case notes write it: 堀口 亮介（41）)
# (or a pupil's grade in its place: 矢島 さくら（1年）, 森 はな（小3）, 山口 蓮（年長）)
# (or a sex and a bare age, as a first-aid or dispatch log writes them: 狩野 美和（女・71）, (M/45))
_AGE_AFTER = compile_fast(r"[ 　]?[（(](?:[^（）()\n年没]{0,16}?(?<![\d.])\d{1,3}[ 　]?(?:歳|才|か月|ヶ月|カ月|ヵ月)|[ 　]?[1-9]\d{0,2}[ 　]?[）)]|"
                          r"(?:男性?|女性?|[MF])[ 　]?[・、,，/][ 　]?[1-9]\d{0,2}[ 　]?[）)]|"
                          r"(?:小学?|中学?|高校?)?[1-6][ 　]?(?:年生?)?[ 　]?[）)・,、]|年長|年中|年少)")
_SENT_BOUNDARY = compile_fast(r"[。\n！？!?]")
_KATAKANA = compile_fast(r"^[ァ-ヶー・]+$")
_KANJI = compile_fast(r"^[一-龥々〆ヶ]+$")
_KANA_KANJI = compile_fast(r"^[一-龥々〆ヶぁ-んァ-ヶー]+$")
_PII_TYPES = ("JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "JP_MY_NUMBER",
              "JP_RESIDENT_CODE", "JP_DRIVER_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD",
              "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT", "CREDIT_CARD")
_BANK_CONTEXT = compile_fast(r"口座|預金|普通|当座|名義|振込|振替|支店|銀行|信用金庫|信金|農協|ゆうちょ")


_EN_STOP = frozenset(lexicon.words("person.en_stop"))




_KATA_PAIR = compile_fast(r"(?<![ァ-ヶー])[ァ-ヶー]{2,} [ァ-ヶー]{2,}")
_SPACE_KATA = compile_fast(r" (?=[ァ-ヶー])")
# kana words that are not a given name after a surname (担当 田中 です, 会長 佐藤 より)
_KANA_NOT_GIVEN = frozenset(lexicon.words("person.kana_not_given"))
# English title-case words that are never part of a person's name (places, organisations, phrases)
_EN_NOT_NAME = frozenset(lexicon.words("person.en_not_name"))
_FOREIGN_LEFT = compile_fast(r"(?:" + "|".join(_SLOT_WORDS + _ROLE_WORDS) +
                           r"|転入届?|転出届?|転居届?|同席|同行|来庁者|実習生|留学生|外国人|外国籍|旧名|旧姓"
                           # (the posts foreign staff hold: CIR エタン・マルケッティ, 国際交流員のアナ・ロペス)
                           r"|(?:ALT|CIR|国際交流員|外国語指導助手)の?"
                           # a class's row (3年1組 Kim Ha-eun：…): a pupil of that class
                           r"|[0-9０-９]{1,2}年[0-9０-９A-Za-zＡ-Ｚ]{1,2}組)(?:名)?[ ]*[:：]?[ ]*$")
_NATIONS = ("ベトナム|フィリピン|ネパール|中国|韓国|朝鮮|台湾|ブラジル|ペルー|インドネシア|タイ|ミャンマー|スリランカ|"
            "バングラデシュ|インド|パキスタン|モンゴル|カンボジア|ラオス|マレーシア|アメリカ|米国|イギリス|英国|カナダ|"
            "オーストラリア|フランス|ドイツ|ロシア|ウクライナ|ボリビア|アルゼンチン|メキシコ|コロンビア|ナイジェリア|"
            "ガーナ|エジプト|トルコ|イラン|アフガニスタン|ウズベキスタン")
_FOREIGN_RIGHT = compile_fast(r"[ ]*[(（][^()（）\n]{0,15}?(?:" + _NATIONS +
                            r"|国籍|籍|在留|技能実習|特定技能|留学|永住|定住|実習生|\d{1,3}歳|男性|女性"
                            # a pupil's grade (ハッサン・アミーラ（小4）, Lucas Ferreira (中2)): a child of the school
                            r"|[小中高][1-6１-６](?![0-9０-９])|[1-6１-６]年生|年[長中少]児?)")
_FOREIGN_NOT_AFTER = compile_fast(r"[ ]*(?:通り|ストリート|駅|空港|公園|橋|寺|廟|市|省|州|県|大学|学院|学校|ホテル|病院|社製|"
                                r"財団|協会|賞|記念|広場|湖|川|島|ブランド|モデル|方式|通$|通[^訳知報帳])")
_SAMPLE_ROMAJI = frozenset(w.lower() for w in lexicon.words("person.sample_romaji"))  # (matched lower-cased: YAMADA TARO too)
_SAMPLE_CONTEXT_EN = compile_fast(r"例|見本|サンプル|記入|架空|ダミー|テスト|ひな形|雛形|仮名|テンプレ|差し?込み|(?i:example|sample|e\.g\.|"
                                r"placeholder|dummy|fictional|template)")


def _load_romaji_names() -> tuple[frozenset, frozenset]:
    return frozenset(lexicon.words("person.romaji_surnames")), frozenset(lexicon.words("person.romaji_given"))


JP_SURNAMES, JP_GIVEN = _load_romaji_names()
_PUBLIC_CONTEXT_EN = compile_fast(r"(?i:novel|author|novelist|director|film|movie|anime|manga|player|pitcher|athlete|"
                                  r"singer|actor|actress|artist|poet|writer|nobel|olympic|champion|prime[ ]minister|"
                                  r"emperor|shogun|samurai|historical|century|famous|legend|celebrity|band|album|"
                                  # a book's author or translator: "Snow Country" by …, translated by …
                                  r"[\"”'’][ ]by[ ]|translated[ ]by|written[ ]by|illustrated[ ]by|edited[ ]by)")


_SMALL_KANA = str.maketrans("ァィゥェォャュョッヮ", "アイウエオヤユヨツワ")


def _kana_key(part: str) -> str:
    """ｼｮｳｼﾞ / ショウジ / シヨウジ all become シヨウジ (composed, small kana as large ones)."""
    return unicodedata.normalize("NFC", part).translate(_SMALL_KANA)


# company words in bank kana (composed, large kana)
_KANA_COMPANY = compile_fast(r"シヨウジ|シヨウカイ|シヨウテン|ケンセツ|コウギヨウ|サンギヨウ|セイサクシヨ|ジムシヨ|ギンコウ|"
                             r"クミアイ|キヨウカイ|センタ|コウムテン|ヤツキヨク|ビヨウイン|クリニツク|ホウジン|カイシヤ|"
                             r"ガイシヤ|ユウゲン|カブシキ|ガツコウ|ホイクエン|フクシ|ザイダン|シンキン|キンコ|コウボウ|"
                             r"セイヤク|デンキ|ユソウ|ウンユ|フドウサン|ホケン|シヨクヒン|ストア|マ-ト|マート|サ-ビス|サービス|"
                             # … and the words of a transfer record itself (ｼﾃﾝ, ﾌﾂｳ, ﾄｳｻﾞ: branch, ordinary, current)
                             r"シテン|フツウ|トウザ|ヨキン|キンユウ|"
                             # … and the accounts of a public fund or a body (ｻｲｶﾞｲｷﾞｴﾝｷﾝ, ﾎﾞｷﾝ, ｼﾞﾁｶｲ, ｼﾔｷﾖｳ)
                             r"ギエンキン|キフキン|ボキン|ジチカイ|イインカイ|シヤキヨウ")
# legal-entity marks joined to the name: カ)…, (カ)…, ユ)…, ｼﾔ)…, ﾄﾞ)…; …(カ, …(ユ)
_ENTITY_BEFORE = compile_fast(r"(?<![ァ-ヺー\u3099\u309A])[ァ-ヺ][\u3099ァ-ヺ]{0,3}[)）][ ]?$")
# …(カ) / …(ユ: a legal-entity mark after the name, closed or cut off — not a bracket that goes on
# in other words (…（ブラジル国籍、…）)
# (not a country in brackets: グエン・ヴァン・ナム（ベトナム）, サントス ルイス（ブラジル）)
_ENTITY_AFTER = compile_fast(r"[ ]?[(（](?!(?:" + _NATIONS + r")[)）])[ァ-ヺ][\u3099ァ-ヺ]{0,3}(?:[)）]|(?![ァ-ヺー\u3099\u309A一-龥々ぁ-ん]))")
_LABEL_BRACKET = compile_fast(r"[(（](?:カナ|フリガナ|カタカナ|ナマエ|メイギ|ヨミ)[)）][ ]?$")


def _matches_from_anchors(text: str, anchors: re.Pattern, before: re.Pattern, back: re.Pattern,
                          reach: int, rx: re.Pattern) -> list:
    """Matches of `rx`, found from its anchors (a space or ・ between katakana parts) instead of
    trying `rx` — which starts with a look-behind — at every position: for each anchor preceded
    by a `before` character, step back over up to `reach` `back` characters and match there."""
    out = []
    last = -1
    for a in anchors.finditer(text):
        p = a.start()
        if p <= last or not before.match(text, p - 1):
            continue
        b = p - 1
        while b > 0 and b > p - reach and back.match(text, b - 1):
            b -= 1
        while b < p and not before.match(text, b):
            b += 1  # a separator that opens the run is a list bullet (「・マリア・…」): start after it
        m = rx.match(text, b)
        if m:
            out.append(m)
            last = m.end()
    return out


def _kana_company(text: str, s: int, e: int) -> bool:
    """A katakana name that is a company: a legal-entity mark joined to it (カ)…, …(カ) or a
    company word in it (ショウジ, コウムテン …)."""
    before = _ENTITY_BEFORE.search(text, max(0, s - 6), s)
    if before and not _LABEL_BRACKET.search(text, max(0, s - 8), s):
        return True  # 「カ)マエバシ」; but 「口座名義（カナ） アライ」 is a label, not a company
    if _ENTITY_AFTER.match(text, e):
        return True
    return _KANA_COMPANY.search(_kana_key(text[s:e])) is not None


def _is_space(t) -> bool:
    return not t.surface.strip()


def _is_sei(t) -> bool:
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名" and t.pos[3] == "姓"


def _is_mei(t) -> bool:
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名" and t.pos[3] == "名"


def _is_whole_name(t) -> bool:  # 人名/一般: dictionary full names (徳川家康) and foreign names
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名" and t.pos[3] == "一般"


_GIVEN_POS = frozenset(("名詞", "形容詞", "形状詞", "接頭辞"))
_KANJI_ONLY = compile_fast(r"[一-龥々]+")
_TERMINATORS = frozenset("（ ( 、 。 , ， \n | ） ) 」 』 ・ ： :".split()) | {" ", "\n", "\t"}
_PARTICLES = frozenset(lexicon.words("person.particles"))


_STAFF_TITLES = frozenset(lexicon.words("person.staff_titles"))
_BEFORE_NAME = frozenset(("の", "、", "，", " ", "　", "\n", "：", ":", "「", "（", "(", "・"))


def _place_as_surname(toks, k: int) -> bool:
    """A place-tagged word (already seen right before a staff title) that stands where a surname
    would: 2-3 kanji, after の, a separator or the start of the text."""
    t = toks[k]
    return (t.pos[1] == "固有名詞" and 2 <= len(t.surface) <= 3 and _KANJI_ONLY.fullmatch(t.surface) is not None
            and (k == 0 or toks[k - 1].surface[-1:] in _BEFORE_NAME))


def _another_word_after_a_blank(toks, k: int) -> bool:
    """Token k is a blank on the line and a word follows it (須田 東 公民館: a list of words, the name not ended)."""
    return (k + 1 < len(toks) and toks[k].surface.strip(" \t　") == "" and "\n" not in toks[k].surface
            and bool(toks[k + 1].surface.strip()))


def _terminates(toks, k: int, spaced: bool) -> bool:
    """Does a name plausibly end before token k?"""
    if k >= len(toks):
        return True
    f = toks[k].surface
    if f in HONORIFICS or f in TITLES or f[:1] in _TERMINATORS or f.startswith(("さま", "ちゃ")):
        return True
    # 「中島 美和です」: a self-introduction's です ends a spaced name as a particle does
    return spaced and (f in _PARTICLES or f == "です")


_BRACKETED = compile_fast(r"[^（(]+[（(]")


class _Cut:
    """A token cut before its bracket (the dictionary has entries such as 「ゆう子（パート）」)."""
    __slots__ = ("surface", "start", "end", "pos", "is_place_name")

    def __init__(self, t):
        k = min(i for i in (t.surface.find("（"), t.surface.find("(")) if i > 0)
        self.surface, self.start, self.end = t.surface[:k], t.start, t.start + k
        self.pos, self.is_place_name = t.pos, t.is_place_name


def _cut_bracket(t):
    return _Cut(t)


class _Name:
    """A name candidate: its span, its parts, the candidate path that found it (`path`, a key of
    person_stages.PATH_VETOES and evidence.PERSON_PATH_SCORES) and the signals that path saw
    (`sig`: signal id -> True or the word the reason quotes). `score` and `why` (reason ids, each
    with the signals whose words it quotes) are set by the score stage."""
    __slots__ = ("start", "end", "sei", "mei", "kind", "score", "why", "_next", "path", "sig", "keys", "sentence")

    def __init__(self, start, end, sei, mei, kind, sig=None, keys=None):
        self.start, self.end, self.sei, self.mei, self.kind = start, end, sei, mei, kind
        self.score, self.why = 0.0, []
        self.sentence = None  # its _LazySentence, made by the first veto that asks (person_stages._sentence_of)
        self.path, self.sig = kind, sig if sig is not None else {}
        self.keys = keys if keys is not None else (sei + mei,)  # the name as public/sample lists spell it


def _untagged_pieces(toks: list, j: int, spaced: bool, length: int) -> tuple[list, int]:
    """Untagged kana/kanji pieces from toks[j] that end where a name ends (野口 心+春ちゃん,
    須藤 ゆかり), at most 4 characters with the `length` already taken: (pieces, index after
    them), or ([], j)."""
    k, pieces = j, []
    while k < len(toks):
        g = toks[k]
        # a one-kanji place word may open a given name of two kanji (湊+斗, 凪+沙): never alone, never
        # before a place suffix (東+町)
        place_opening = (g.is_place_name and not pieces and len(g.surface) == 1 and k + 1 < len(toks)
                         and _KANJI_ONLY.fullmatch(toks[k + 1].surface or "-") is not None
                         and len(toks[k + 1].surface) == 1 and not toks[k + 1].is_place_name
                         and toks[k + 1].surface not in _PLACE_SUFFIXES)
        if (g.surface in NOT_GIVEN or g.surface in _SLOT_SET or not _KANA_KANJI.match(g.surface)
                or g.pos[0] not in _GIVEN_POS or (g.is_place_name and not place_opening)
                or length + len(g.surface) > 4):
            break
        pieces.append(g)
        length += len(g.surface)
        k += 1
        if _terminates(toks, k, spaced) and not (len(pieces) == 1 and pieces[0].is_place_name):
            return pieces, k
    return [], j


_KANJI_CH = compile_fast(r"[一-龥々〆ヶ]")
_PLACE_SUFFIXES = frozenset("町村市区郡丁台島山川橋駅通坂谷沢原野")
_KATA_CH = compile_fast(r"[ァ-ヶー]")
_AFTER_OK = frozenset("様氏君殿先宛")


# titles after a repeated surname (麻布会長, 六本木班長): still the person, not a longer word
_REPEAT_TITLES = tuple(sorted((TITLES | _ROLE_SET) - {"代表", "委員", "記録", "担当", "通訳", "職員", "役員"},
                              key=len, reverse=True))


_HOUSEHOLD_OF = re.compile(r"方(?![面法針式向策角位])")


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
        # 麻布会長, 六本木班長, 瀬川本人
        # (髙橋家 / 髙橋一家: the named person's family; 荒木方 / 荒木宅: the named person's household)
        return (text.startswith(("本人", "氏", "家", "一家", "宅", "邸"), end) or _HOUSEHOLD_OF.match(text, end) is not None
                or any(text.startswith(t, end) for t in _REPEAT_TITLES))
    return True


class _LazySentence:
    """The sentence around a name, cut only when a context word occurs somewhere in the text
    (checked once per scan): 25,000 names in one text stay linear and cheap."""

    __slots__ = ("doc", "start", "end", "_text", "_offset")

    def __init__(self, doc: Document, start: int, end: int):
        self.doc, self.start, self.end, self._text, self._offset = doc, start, end, None, 0

    def search(self, rx: re.Pattern):
        if not _anywhere(self.doc, rx):
            return None
        return rx.search(self.text)

    @property
    def text(self) -> str:
        if self._text is None:
            a, b = _sentence_span(self.doc.text, self.start, self.end)
            self._text, self._offset = self.doc.text[a:b], a
        return self._text

    @property
    def offset(self) -> int:
        """Where the sentence starts in the document."""
        _ = self.text
        return self._offset


def _anywhere(doc: Document, rx: re.Pattern) -> bool:
    """Whether `rx` matches anywhere in the text (asked once per scan). For a pattern with no
    look-ahead that must fail, no $ and no \\b, no match anywhere means none in any window of the
    text either (cutting the text at a window's end only takes matches away): a window search for
    a rare word, asked for every name of a roster, is then skipped."""
    cache = getattr(doc, "_person_rx_cache", None)
    if cache is None:
        cache = doc._person_rx_cache = {}  # type: ignore[attr-defined]
    anywhere = cache.get(rx)
    if anywhere is None:
        anywhere = cache[rx] = rx.search(doc.text) is not None
    return anywhere


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    lo, hi = max(0, start - 121), end + 120  # bounded searches: linear time on 100k-character texts
    a = max(text.rfind("。", lo, start), text.rfind("\n", lo, start), start - 121) + 1
    b1, b2 = text.find("。", end, hi), text.find("\n", end, hi)
    b = min(x for x in (b1, b2, end + 120, len(text)) if x >= 0)
    return max(a, 0), b


def _sentence(text: str, start: int, end: int) -> str:
    a, b = _sentence_span(text, start, end)
    return text[a:b]


def _pii_index(doc: Document):
    """The earlier detectors' PII findings sorted by start, built once per scan (per Document)."""
    idx = getattr(doc, "_person_pii_index", None)
    if idx is None or idx[0] != len(doc.candidates):
        pii = sorted((c for c in doc.candidates if c.type in _PII_TYPES and c.score >= ev.WARN),
                     key=lambda c: c.start)
        longest = max((c.end - c.start for c in pii), default=0)
        idx = (len(doc.candidates), [c.start for c in pii], pii, longest)
        doc._person_pii_index = idx  # type: ignore[attr-defined]
    return idx


def _near_pii(doc: Document, start: int, end: int, span: int = 60):
    """The label of the personal information nearest the name (「住所」「電話番号」 …), or None."""
    found = _near_pii_type(doc, start, end, span)
    return None if found is None else _PII_LABEL.get(found, "個人情報")


def _near_pii_type(doc: Document, start: int, end: int, span: int = 60):
    """The finding type of personal information on the name's line or a neighbouring one, or None."""
    _, starts, pii, longest = _pii_index(doc)
    i = bisect_left(starts, start - span - longest)
    for c in pii[i:bisect_left(starts, end + span)]:
        if start - span < c.end:
            # the same line or a neighbouring one
            lo, hi = min(start, c.start), max(end, c.end)
            if doc.text.count("\n", lo, hi) <= 2:
                return c.type
    return None


def _blocking_pii_near(doc: Document, start: int, end: int, span: int = 60) -> bool:
    """Personal data that blocks on its own (a home address, a mobile number, a free-mail address,
    an account) on the name's line or a neighbouring one — an office's published line does not."""
    _, starts, pii, longest = _pii_index(doc)
    i = bisect_left(starts, start - span - longest)
    for c in pii[i:bisect_left(starts, end + span)]:
        if start - span < c.end and c.score >= ev.BLOCK:
            lo, hi = min(start, c.start), max(end, c.end)
            if doc.text.count("\n", lo, hi) <= 2:
                return True
    return False


_PII_LABEL = {"JP_ADDRESS": "住所", "PHONE_NUMBER": "電話番号", "EMAIL_ADDRESS": "メールアドレス",
              "DATE_OF_BIRTH": "生年月日", "JP_BANK_ACCOUNT": "口座番号", "JP_MY_NUMBER": "個人番号",
              "JP_RESIDENT_CODE": "住民票コード", "JP_DRIVER_LICENSE": "免許証番号", "JP_PASSPORT": "旅券番号",
              "JP_RESIDENCE_CARD": "在留カード番号", "JP_PENSION_NUMBER": "基礎年金番号",
              "JP_HEALTH_INSURANCE": "保険証の番号", "CREDIT_CARD": "カード番号"}

class _Intervals:
    """Non-overlapping [start, end) spans kept sorted, with O(log n) overlap tests
    (a text of 25,000 「山田さん」 must not take quadratic time)."""

    __slots__ = ("starts", "ends")

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # spans starting before `end`
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _dedupe(names: list[_Name]) -> list[_Name]:
    names = sorted(names, key=lambda n: (-n.score, n.start - n.end, n.start))
    kept: list[_Name] = []
    spans = _Intervals()
    for nm in names:
        if spans.overlaps(nm.start, nm.end):
            continue
        spans.add(nm.start, nm.end)
        kept.append(nm)
    return sorted(kept, key=lambda n: n.start)
