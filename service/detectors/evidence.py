"""Every threshold that turns evidence into an action, in one place.

Detectors score what they see (pattern, check digit, context words, combined
evidence); the scanner maps a score to an action:

    score >= BLOCK  -> the type's action from the policy (block for most types)
    score >= WARN   -> warn (probably personal / non-public, the user confirms)
    score <  WARN   -> dropped

Typical scores detectors give (documented here so they stay consistent):
    valid check digit + context word ........ 0.95  (block)
    valid check digit, no context ........... 0.60  (warn: weaker evidence)
    valid My Number written 4-4-4, no context 0.80  (block: the card's own format)
    failing check digit + context word ...... 0.55  (warn: probably a typo)
    failing check digit, no context ......... dropped
"""

BLOCK = 0.75
WARN = 0.40

VALID_WITH_CONTEXT = 0.95
VALID_NO_CONTEXT = 0.60
VALID_GROUPED = 0.80      # My Number with a passing check digit written 4-4-4, no context word
INVALID_WITH_CONTEXT = 0.55
INVALID_LABELLED = 0.80  # the value right after its field's label (住民票コード：…), check digit failing


# ---------------------------------------------------------------------------------------
# PERSON / JP_ADDRESS / SENSITIVE_PERSONAL_INFO (issue 3: people, addresses, sensitive context)
# ---------------------------------------------------------------------------------------
# PERSON (service/detectors/person*.py; the per-path score table PERSON_PATH_SCORES below, applied by person_stages.py)
PERSON_MAX = 0.97
PERSON_FULL_NAME = 0.80             # 姓+名 tagged by Sudachi, no other context (block)
PERSON_NAME_SHAPE = 0.35            # 姓 + space + an untagged short word: needs an honorific/slot/PII
PERSON_KATAKANA_PAIR = 0.50         # two katakana words, one tagged 人名 (warn without context)
PERSON_SURNAME_ALONE = 0.20         # a lone surname is weak evidence (dropped)
PERSON_GIVEN_ALONE = 0.10           # a lone given name (dropped)
PERSON_FULL_HONORIFIC = 0.95        # full name + 様/さん/氏/殿 …
PERSON_SURNAME_HONORIFIC = 0.70     # 北爪さん: an individual named by surname alone (warn: a colleague, a
                                    # speaker, a shop's owner as often as a resident)
PERSON_READING_HONORIFIC = 0.85     # 蒼（あおい）さん: a name given with its reading is someone's name
PERSON_SPELLED_READING = 0.60       # 石原 このは（いしはら このは）: a name spelled out with its reading, nothing else (warn:
                                    # a roster's child or a lecturer's profile — what the text says of them decides)
PERSON_SURNAME_CASE = 0.85          # 北爪さん in a sentence of a case (来庁, 面談, 苦情, 住民票, 受給 …): a resident
PERSON_SURNAME_TITLE = 0.50         # 山田課長: staff member by surname + title (warn)
PERSON_GIVEN_HONORIFIC = 0.60       # 花音さん (warn unless it repeats a reported name)
PERSON_GIVEN_CHILD_HONORIFIC = 0.80 # 翔太くん・彩葉ちゃん: a child by given name
PERSON_FULL_SLOT = 0.95             # 相談者：/ 長男 / 氏名： + full name
PERSON_SURNAME_SLOT = 0.80          # 担当：佐藤
PERSON_BANK_HOLDER = 0.90           # a name right after bank-account details (口座名義)
PERSON_PII_BOOST = 0.20             # an address / phone / e-mail / birth date within 60 chars
PERSON_ID_BOOST = 0.40              # a personal identifier (個人番号, 住民票コード, 免許証 …) within 60 chars
PERSON_TABLE_COLUMN = 0.90          # a cell under a column headed 氏名/名前
PERSON_AGE_BRACKET = 0.90           # a full name followed by an age in brackets: 山口 蓮（8歳）
PERSON_ROMAJI_JAPANESE = 0.85       # romaji Japanese name (a listed given name/surname + Hepburn word) in a person context
PERSON_ROMAJI_JAPANESE_BARE = 0.60  # listed given name + listed surname, no context (warn)
PERSON_ROMAJI_CONTEXT = 0.90        # Mr./Dear/From:/account holder/氏・さん + romaji name
PERSON_ROMAJI_CAPS = 0.60           # "SHIMIZU Mikako" with no context (warn)
PERSON_ROLE_SLOT = 0.90             # 会長 六本木 剛: surname-like + given-name-like after a role word
PERSON_ROMAJI_FOREIGN = 0.85        # romaji name + nationality bracket / resident context (転入, 在留 …)
PERSON_ROMAJI_SURNAME = 0.60        # a common foreign surname in a 2-4 word name, no other context (warn)
PERSON_ROMAJI_SIGNATURE = 0.85      # a name line over a contact line that is personal (Home/Mobile/090…, an e-mail
                                    # made of the name) or after a sign-off/「署名」; otherwise dropped
PERSON_FOREIGN_KATAKANA = 0.85      # グエン・ティ・ラン with a nationality/在留 context or an address/phone near
PERSON_KANA_GIVEN_PII = 0.80        # 姓 (tagged) + kana given name (國定 てる) with an address/phone near
PERSON_LIST_SIBLING = 0.85          # an item of the same shape in the same list as a reported full name
PERSON_KANA_READING_ROW = 0.85      # a CSV/table cell that is exactly a katakana "surname given" reading pair (シモダ ケイコ)

_KATAKANA_FOREIGN = {"rules": (("honor", PERSON_FULL_HONORIFIC, "person.honorific"),
                               ("slot", PERSON_FULL_SLOT, "person.slot_any"),
                               ("age", PERSON_AGE_BRACKET, "person.age_bracket"),
                               # わたしのなまえは マリアナ・サイトウ です: a child introducing themself
                               ("named_as", PERSON_FULL_SLOT, "person.named_as"),
                               ("nation", PERSON_FOREIGN_KATAKANA, "person.nation"),
                               ("pii_evidence", PERSON_FOREIGN_KATAKANA, "person.pii_near", "pii"),
                               ("tagged_resident", PERSON_FOREIGN_KATAKANA, "person.tagged_resident")),
                     "boosts": (("pii", PERSON_PII_BOOST),)}

# The score table of the staged candidate paths (service/detectors/person_stages.py): per path, the
# reason ids every candidate carries first ("lead"), the rules (signal, score, reason id) of which
# the first whose signal the candidate has gives its score, and the boosts (signal, added score,
# capped at PERSON_MAX) for the signals it also has. No matching rule: the candidate is dropped.
# A rule's reason id None means: the signal's value is the reason id (romaji contexts).
_SHORT = ("surname", "given", "whole")  # a surname or a given name alone, a dictionary name
PERSON_PATH_SCORES = {
    # names from Sudachi's tokens: the kind's base score, then each step whose signal the name has
    # raises it to at least the step's value for the kind ("max"; "*" = the other kinds) or adds
    # to it ("add"); each step that applies adds its reason
    "morphology": {
        "base": {"full": (PERSON_FULL_NAME, "person.kind.full"), "katakana": (PERSON_KATAKANA_PAIR, "person.kind.katakana"),
                 "tentative": (PERSON_NAME_SHAPE, "person.kind.shape"), "given_sei": (PERSON_NAME_SHAPE, "person.kind.shape"),
                 "surname": (PERSON_SURNAME_ALONE, "person.kind.surname"), "given": (PERSON_GIVEN_ALONE, "person.kind.given"),
                 "whole": (PERSON_SURNAME_ALONE, "person.kind.whole")},
        "steps": (
            ("honor", "max", {"given": PERSON_GIVEN_HONORIFIC, "surname": PERSON_SURNAME_HONORIFIC,
                              "whole": PERSON_SURNAME_HONORIFIC, "*": PERSON_FULL_HONORIFIC}, "person.honorific"),
            ("child_honor", "max", {"given": PERSON_GIVEN_CHILD_HONORIFIC, "*": 0.0}, ""),
            ("case_fact", "max", {"surname": PERSON_SURNAME_CASE, "whole": PERSON_SURNAME_CASE, "*": 0.0},
             "person.case_fact"),
            ("title", "max", {"given": 0.0, "surname": PERSON_SURNAME_TITLE, "whole": PERSON_SURNAME_TITLE,
                              "*": PERSON_FULL_NAME}, "person.title"),
            ("slot", "max", {**dict.fromkeys(_SHORT, PERSON_SURNAME_SLOT), "*": PERSON_FULL_SLOT}, "person.slot"),
            ("role", "max", {"*": PERSON_ROLE_SLOT}, "person.role"),
            # 小池 洋という人物: someone introduced by this name
            ("named_as", "max", {"given": 0.0, **dict.fromkeys(("surname", "whole"), PERSON_SURNAME_HONORIFIC), "*": PERSON_FULL_SLOT},
             "person.named_as"),
            ("age", "max", {**dict.fromkeys(_SHORT, PERSON_SURNAME_SLOT), "*": PERSON_AGE_BRACKET}, "person.age_bracket"),
            # 瀬川 蒼（せがわ あおい）: a two-part name spelled out in two kana parts is somebody's name
            ("reading_br", "max", {**dict.fromkeys(_SHORT, 0.0), "*": PERSON_AGE_BRACKET}, "person.reading_bracket"),
            # 5年1組 樽見 湊斗: a pupil named after the class
            ("class_slot", "max", {**dict.fromkeys(_SHORT, 0.0), "*": PERSON_FULL_SLOT}, "person.class_slot"),
            ("relation_br", "max", {**dict.fromkeys(_SHORT, PERSON_SURNAME_SLOT), "*": PERSON_FULL_SLOT},
             "person.relation_bracket"),
            ("private_circ_br", "max", {**dict.fromkeys(_SHORT, PERSON_SURNAME_SLOT), "*": PERSON_FULL_SLOT},
             "person.private_circumstance_bracket"),
            ("bank", "max", {"surname": 0.0, "*": PERSON_BANK_HOLDER}, "person.bank"),
            ("pii_id_boost", "add", PERSON_ID_BOOST, "person.pii_near"),
            ("pii_boost", "add", PERSON_PII_BOOST, "person.pii_near"),
            ("private_fact", "max", {**dict.fromkeys(_SHORT, PERSON_SURNAME_SLOT), "*": PERSON_FULL_SLOT},
             "person.private_fact"),
            # 対象：消防司令補 岩瀬 航 / ・小平 光　税務課長 → 納税課長 in a 服務調査 or a 内示案
            ("staff_matter", "max", {**dict.fromkeys(_SHORT, 0.0), "*": PERSON_FULL_SLOT}, "person.staff_matter"),
        )},
    # 会長 六本木 剛 / 書記：御徒町 光 / 東海林 隼人さん: the name shape in a strong slot
    "shape": {"lead": ("person.shape",),
              "rules": (("slot", PERSON_FULL_SLOT, "person.slot"),
                        ("honor", PERSON_FULL_HONORIFIC, "person.honorific"),
                        ("role", PERSON_ROLE_SLOT, "person.role"),
                        ("named_as", PERSON_FULL_SLOT, "person.named_as"),
                        ("reading_br", PERSON_AGE_BRACKET, "person.reading_bracket"),
                        ("private_br", PERSON_AGE_BRACKET, "person.private_bracket"))},
    # 鷲尾 ヨシ子さん / 被保険者 國定 てる / 森 はな（6歳）: a kanji surname + a kana given name
    "kana_given": {"lead": ("person.kana_given",),
                   "rules": (("slot", PERSON_FULL_SLOT, "person.slot"),
                             ("private_honor", PERSON_FULL_HONORIFIC, "person.honorific"),
                             ("age", PERSON_AGE_BRACKET, "person.age_bracket"),
                             ("private_br", PERSON_AGE_BRACKET, "person.private_bracket"),
                             ("role", PERSON_ROLE_SLOT, "person.role"),
                             ("pii_sei", PERSON_KANA_GIVEN_PII, "person.pii_near", "pii"),
                             ("honor_sei", PERSON_FULL_HONORIFIC, "person.honorific"),
                             ("named_as", PERSON_FULL_SLOT, "person.named_as")),
                   "boosts": (("pii", PERSON_PII_BOOST),)},
    # グエン・ティ・ラン / マリア サントス: katakana names joined by ・/＝ or a space
    "katakana_dotted": {"lead": ("person.katakana_dotted",), **_KATAKANA_FOREIGN},
    "katakana_spaced": {"lead": ("person.katakana_spaced",), **_KATAKANA_FOREIGN},
    # 口座名義：ｼﾓﾀﾞ ｹｲｺ / a CSV cell シモダ ケイコ: bank kana and katakana reading pairs
    "kana_account": {"rules": (("bank_holder", PERSON_BANK_HOLDER, "person.kana_account"),
                               ("reading_row", PERSON_KANA_READING_ROW, "person.kana_reading_row"))},
    # a cell under a column headed 氏名/名前, the value (and its reading) next to a 氏名 label
    "table_column": {"rules": (("name_column", PERSON_TABLE_COLUMN, "person.table_column"),)},
    # INSERT … VALUES (…, '根岸', '美和子', …): a surname cell and a given-name cell side by side
    "split_cells": {"rules": (("split_cells", PERSON_TABLE_COLUMN, "person.split_cells"),)},
    "table_key_value": {"rules": (("kv_value", PERSON_TABLE_COLUMN, "person.kv_value"),
                                  ("kv_reading", PERSON_TABLE_COLUMN, "person.kv_reading"))},
    # 蒼（あおい）さん / 長女 蒼（あおい） / 蒼（あおい）（6歳）: a one-word kanji name with its reading
    "reading": {"rules": (("spelled", PERSON_SPELLED_READING, "person.reading.spelled"),
                          ("child_honor", PERSON_GIVEN_CHILD_HONORIFIC, "person.reading.honorific"),
                          ("honor_ok", PERSON_READING_HONORIFIC, "person.reading.honorific"),
                          ("slot", PERSON_SURNAME_SLOT, "person.reading.slot"),
                          ("age", PERSON_SURNAME_SLOT, "person.reading.age"))},
    # ・東海林 美紀（会計）／・薬袋 俊介（書記）: an item of the same shape in a list with a reported name
    # 児童名はひなた: a kana name right after a label for a person's name (person_kana.labelled_kana_names)
    # (and a hiragana name in two parts with an age or a class in the bracket after it: たかはし みなと（6歳）)
    # 名前：南 葵 / 名前は岡田ひまりです: the value right after a label for a person's name (person_kana.labelled_names)
    "label_value": {"rules": (("label_value", PERSON_TABLE_COLUMN, "person.label_value"),)},
    "label_kana": {"rules": (("label_kana", PERSON_SURNAME_SLOT, "person.label_kana"),
                             ("kana_age", PERSON_AGE_BRACKET, "person.kana_age"))},
    "list_sibling": {"lead": ("person.list_sibling",),
                     "rules": (("list_sibling", PERSON_LIST_SIBLING, "person.shape"),)},
    # romaji names after an English context: the reason id is the context's (the signal's value)
    "romaji_context": {"rules": (("signature", PERSON_ROMAJI_SIGNATURE, None),
                                 ("context", PERSON_ROMAJI_CONTEXT, None),
                                 ("title_case", PERSON_SURNAME_CASE, None),
                                 ("title_surname", PERSON_SURNAME_HONORIFIC, None))},
    "romaji_foreign": {"rules": (("honor", PERSON_ROMAJI_CONTEXT, "person.romaji_foreign.honorific"),
                                 ("left", PERSON_ROMAJI_FOREIGN, "person.romaji_foreign.slot"),
                                 ("right", PERSON_ROMAJI_FOREIGN, "person.romaji_foreign.bracket"),
                                 ("surname_procedure", PERSON_ROMAJI_FOREIGN, "person.romaji_foreign.procedure"),
                                 ("surname_particle", PERSON_ROMAJI_FOREIGN, "person.romaji_foreign.particle"),
                                 ("row_pii", PERSON_ROMAJI_FOREIGN, "person.romaji_foreign.row"),
                                 ("surname", PERSON_ROMAJI_SURNAME, "person.romaji_foreign.surname"))},
    "romaji_japanese": {"rules": (("chat_both", PERSON_ROMAJI_CONTEXT, "person.romaji_japanese.chat"),
                                  ("chat", PERSON_ROMAJI_JAPANESE, "person.romaji_japanese.chat"),
                                  ("before_both", PERSON_ROMAJI_CONTEXT, "person.romaji_japanese.before"),
                                  ("before", PERSON_ROMAJI_JAPANESE, "person.romaji_japanese.before"),
                                  ("after_both", PERSON_ROMAJI_CONTEXT, "person.romaji_japanese.after"),
                                  ("after", PERSON_ROMAJI_JAPANESE, "person.romaji_japanese.after"),
                                  ("bare_both", PERSON_ROMAJI_JAPANESE_BARE, "person.romaji_japanese.bare"))},
    "romaji_card": {"rules": (("card", PERSON_ROMAJI_FOREIGN, "person.romaji_card"),)},
    # 이서연 씨, 김민지 님: a name in Hangul with a Korean (or Japanese) honorific
    "hangul": {"rules": (("honor", PERSON_FULL_HONORIFIC, "person.hangul"),)},
    # Смирнова Ольга: two or three capitalised Cyrillic words
    "cyrillic": {"rules": (("cyrillic", PERSON_ROMAJI_FOREIGN, "person.cyrillic"),)},
    "romaji_caps": {"rules": (("jp_listed", PERSON_ROMAJI_JAPANESE, "person.romaji_caps.jp_listed"),
                              ("who_after", PERSON_ROMAJI_JAPANESE, "person.romaji_caps.who"),
                              ("caps", PERSON_ROMAJI_CAPS, "person.romaji_caps"))},
}

# JP_ADDRESS (service/detectors/address.py)
ADDRESS_FULL = 0.90                 # town + 丁目/番地/号 or 1-2-3 house number
ADDRESS_CHOME_ONLY = 0.50           # town + 丁目 with no house number (warn)
# a facility's own address — 図書館（…）, a list of facilities — is public (Ⅳ), not anybody's: below
# WARN (blind precision corpora kept labelling these allow; a person near still makes it block)
ADDRESS_FACILITY = 0.35
ADDRESS_PROPERTY = 0.60            # a lot of land or an empty house (…字東田318番の畑): masked, a warning
ADDRESS_NAME_NEAR = 0.05            # raised when a person name is next to it

# SENSITIVE_PERSONAL_INFO (service/detectors/sensitive.py)
SENSITIVE_WITH_PERSON = 0.92        # sensitive phrase + a PERSON finding in the same passage
SENSITIVE_WITH_REFERENCE = 0.85     # sensitive phrase + a person reference (同僚の, 長男, 本人, 〜さん)
SENSITIVE_ANONYMISED = 0.60         # … + only a letter for the person (Aさん, B氏): already de-identified, warn
SENSITIVE_GENERAL = 0.0             # general explanations (制度の概要, 予防) are dropped

# NONPUBLIC_INFO (service/detectors/nonpublic.py): the score of each combination a topic rule's judge
# finds, by its reason id (labels.REASONS). Rules judged "the topic, not a general question" score
# their own `score` (service/rules/nonpublic.toml). ≥ BLOCK: strong enough for IT to make the type block.
NONPUBLIC = {
    "nonpublic.why.amount_or_status.1": 0.85,  # 金額と公表前の記述
    "nonpublic.why.amount_or_status.2": 0.80,  # 具体的な金額
    "nonpublic.why.amount_or_status.3": 0.80,  # 具体的な率・算定
    "nonpublic.why.amount_or_status.4": 0.75,  # 公表前の記述
    "nonpublic.why.quotes.1": 0.80,  # 複数の業者の金額
    "nonpublic.why.quotes.2": 0.75,  # 業者の金額（契約前）
    "nonpublic.why.status_or_company": 0.70,  # 選定前の評価内容
    "nonpublic.why.personnel.1": 0.75,  # 予算の内示
    "nonpublic.why.personnel.3": 0.75,  # 人事の案
    "nonpublic.why.exam.1": 0.80,  # 公表前の記述
    "nonpublic.why.exam.2": 0.75,  # 実施前の試験の出題内容
    "nonpublic.why.exam.3": 0.70,  # 作成中・案
    "nonpublic.why.audit.1": 0.80,  # 公表前の記述
    "nonpublic.why.audit.2": 0.60,  # 指摘を受けた旨
    "nonpublic.why.land": 0.80,  # 交渉の相手・金額
    "nonpublic.why.facility.1": 0.80,  # 検討中・公表前の記述
    "nonpublic.why.facility.2": 0.60,  # 検討中の記述
    "nonpublic.why.deliberation.1": 0.80,  # 検討中・公表前の記述
    "nonpublic.why.deliberation.2": 0.60,  # 検討中の記述
    "nonpublic.why.personnel.2": 0.80,  # 内示
    "nonpublic.why.personnel.2.strong": 0.85,  # 内示（公表前の記述あり）
}
KEYWORD_BLOCK = 0.95         # IT's keywords.block (CONFIDENTIAL_MARKING)
KEYWORD_WARN = 0.60          # IT's keywords.warn (NONPUBLIC_INFO): warns even if IT makes the type block
