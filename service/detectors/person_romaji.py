"""PERSON candidates in romaji (stage 1 of service/detectors/person_stages.py): names after an
English context or label (Mr./Dear/From:/account holder/It goes to: …), foreign residents' names
(Nguyen Thi Lan, João da Silva), Japanese names in English chats (Kenji Obata), capitals on
residence cards and passports, SURNAME Given. Each path only finds a span and the signals
around it; the vetoes and the score are person_stages' and evidence.PERSON_PATH_SCORES'."""
from __future__ import annotations

import functools
import re
import sys
import unicodedata
from dataclasses import dataclass

from .. import lexicon
from . import evidence as ev
from . import hangul_japanese
from typing import Optional

from .base import _ID_TYPES, Document
from .fastre import compile_exists, compile_fast, finditer_sparse, literal_alternation
from .person_base import (
    blocking_pii_on_line,
    _CLOSE_THEN_HONOR, _EN_NOT_NAME, _EN_STOP, _SLOT_WORDS, _FOREIGN_LEFT, _FOREIGN_NOT_AFTER, _FOREIGN_RIGHT, JP_GIVEN,
    JP_SURNAMES, _Name, _NATIONS, _sentence,
)

# -- romaji ---------------------------------------------------------------------------
_W = r"[A-Z][a-zA-Z'\-]+"

_PARTICLE = r"(?:de|da|del|dela|della|van|von|der|bin|binti|dos|das|le|la|al)"

_NAME_EN = rf"{_W}(?:[ ]+(?:{_W}|{_PARTICLE}(?=[ ]+[A-Z]))){{0,3}}"

# a name after an English label, in any case, with accented letters and particles (Ana Paula
# Yoshida, João dos Santos, MARIA CLARA SANTOS)
# (an apostrophe only inside a word — O'Brien —, never its end: name='Budi Santoso')
# (and Vietnamese letters with two marks, Latin Extended Additional: TRẦN QUỐC BẢO, VŨ ĐỨC THẮNG)
# (… and a one-letter prefix before it: O'Donnell, D'Souza)
_LW = (r"[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF](?:[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+|(?=['’][A-Z]))"
       r"(?:['’][A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+)*(?:-[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+)?")

# (a middle initial too: Jennylyn R. Mendoza, and as a card prints it, LUIS A MENDOZA)
# (words one or two spaces apart: three or more are a column's gap — Student: Jane Doe    Teacher: John Doe)
_LNAME = rf"{_LW}(?:[ ]{{1,2}}(?:{_LW}|[A-Z]\.?(?=[ ]+[A-Z])|(?i:{_PARTICLE})(?=[ ]+[A-Z\u00C0-\u00DE])))" + "{1,4}"

_PARTICLES_EN = frozenset(lexicon.words("person.particles_en"))

# common given names of English-, Portuguese- and Spanish-speaking residents (Ana Paula, John Michael)
_WESTERN_GIVEN = frozenset(lexicon.words("person.western_given"))

# product and brand words that follow a Name:/Contact: label in catalogues (Name: Surface Pro)
_EN_PRODUCT = frozenset(lexicon.words("person.en_product"))

# labels before a colon (lower case; "goes to" is covered by "to")
_LABELS_EN = lexicon.words("person.labels_en")

# a lot and a town in romaji, as an address is written in English (1568-9 Kamiizumi-machi, 3-17-2 Hiyoshi-cho)
_ROMAJI_LOT_TOWN = r"[0-9]{1,5}(?:-[0-9]{1,4}){0,2}[ ][A-Z][a-z]+-(?:machi|cho|chou|mura)\b"
_LNAME_AT = re.compile(rf"(?P<n>{_LNAME})")
# a resident's case said in an English text (your application, overdue, benefit, hospital …)
_EN_CASE = compile_fast(r"(?i)\b(?:" + "|".join(lexicon.words("person.en_case_words")) + r")")

@dataclass(frozen=True)
class _Ctx:
    """What an English name context is and how its matches are checked (properties, not a
    comparison of the Japanese reason)."""
    reason: str  # reason id (labels.REASONS)
    strict: bool = False  # rejected as a whole when any word is an organisation/place/phrase word
    label: str = ""  # "colon" / "plain": a name after an English label, checked by _label_name
    header: bool = False  # a mail header line: product and place words are no name (Name: Galaxy Tab)
    one_word: bool = False  # a single word may be the name (Mr. Smith)
    signature: bool = False  # a name line over a contact line: scored by _signature_score
    slot: bool = False  # a name slot: a famous name there is still a person (account holder)
    name_words: bool = False  # every word must look like a name (Hepburn-shaped, a name of the world, or capitals)
    some_name_word: bool = False  # a word is a name of the world or accented, or every word is Hepburn-shaped; none a product's or a word's
    signed: bool = False  # a message's signature: on a mail's subject line only words that look like a name (not – Draft Schedule)

_LATIN_TITLES = "|".join(re.escape(w) for w in lexicon.words("person.latin_titles"))  # Sr., Sra., Herr, Bapak …
_ROMAJI_CONTEXT = [
    (compile_fast(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|{_LATIN_TITLES})\.?[ ]+(?P<n>(?:[A-Z]\.[ ]?)?{_NAME_EN})"),
     _Ctx("person.romaji.title", one_word=True)),
    (compile_fast(rf"\bDear[ ]+(?P<n>{_W}(?:[ ]+{_W}){{1,3}})"), _Ctx("person.romaji.dear")),
    # (the label in any case, the name capitalised: "To: all ALTs" names no one)
    (compile_fast(rf"(?m)^[ \t>]*(?i:from|to|cc|name|sender|attn|contact|applicant|payee)[ \t]*[:：][ \t]*(?P<n>{_NAME_EN})"),
     _Ctx("person.romaji.mail_header", header=True)),
    (compile_fast(rf"(?i:account[ ]holder|holder(?:'s)?[ ]name|account[ ]name|name[ ]of[ ](?:the[ ])?account|name[ ]on[ ](?:the[ ])?card|card[ ]?holder"
                rf"|beneficiary|payee|applicant|holder(?=[\"']?[ ]*[:=])"
                # (and in the Spanish and Portuguese of residents' letters: Titular: Alejandro Ruiz Castillo)
                rf"|titular(?:[ ]de[ ]la[ ]cuenta)?(?=[ ]*[:：])|beneficiari[oa](?=[ ]*[:：])|favorecido(?=[ ]*[:：])|nome[ ]do[ ]titular)[\"']?[ ]*[:：,=]?[ ]*[\"']?(?P<n>{_NAME_EN})"), _Ctx("person.romaji.account_holder", slot=True)),
    (compile_fast(rf"(?P<n>{_NAME_EN})[ ]*(?:氏|さん|様|さま|殿|くん|ちゃん)"), _Ctx("person.romaji.jp_honorific")),
    (compile_fast(rf"(?i:my[ ]name[ ]is|(?:her|his|their|the)[ ]name[ ]is|name[ ]is|contact[ ]person|person[ ]in[ ]charge|name[ ]of[ ]applicant)[ ]*[:：]?[ ]*(?P<n>{_NAME_EN})"),
     _Ctx("person.romaji.contact_person")),
    (compile_fast(rf"(?i:regards|sincerely|best|thanks|thank[ ]you|yours|cheers|respectfully|cordially|warmly|wishes"
                rf"|gratitude)[ ]*[,.!]?[ ]*\n(?:[ \t]*\n)?[ \t]*(?P<n>{_LW}(?:[ ]+{_LW}){{1,3}})[ ]*[\"”’']?[ ]*$", re.M),
     _Ctx("person.romaji.mail_signature", strict=True)),
    # (on the closing's own line, with a note in a bracket after the name or not: "Sincerely, Jennifer Alvarez (same street, No. 10)")
    (compile_fast(rf"(?i:regards|sincerely|cheers|respectfully|cordially|yours[ ]truly|best[ ]wishes)[ ]*,[ ]*"
                rf"(?P<n>{_W}(?:[ ]+{_W}){{1,3}})[ ]*(?=$|[.\n\"”']|\([^()\n]{{1,30}}\)[ ]*$)", re.M),
     _Ctx("person.romaji.closing_signature", strict=True)),
    (compile_fast(rf"(?:\b(?i:i[ ]am|i['’]m|this[ ]is|my[ ]name['’]s|call[ ]me|it['’]s|here[ ]is|sou|me[ ]chamo|meu[ ]nome[ ]é|aqui[ ]é(?:[ ][ao])?|"
                  rf"me[ ]llamo|mi[ ]nombre[ ]es|ako[ ]si|nama[ ]saya|tôi[ ]là|tên[ ]tôi[ ]là))[ ]+"
                rf"(?P<n>{_W}(?:[ ]+{_W}){{1,3}})(?![ ]*[A-Z0-9])"),
     _Ctx("person.romaji.self_introduction", strict=True)),
    # (a postal address's line may stand between: "Margaret Ellingham-Cho⏎Flat 4B, 22 Dunmore Road, Leeds⏎m.e…@…")
    (compile_fast(rf"(?m)^[ \t>]*(?P<n>{_W}(?:[ ]+{_W}){{1,2}})[ \t]*\n[ \t>]*"
                rf"(?:[^\n@]{{0,60}}\d[^\n@]{{0,60}}\n[ \t>]*)?"
                rf"(?:(?i:e-?mail|mail|tel|phone|mobile|cell|home|office|fax|m|t|e)\b[^\n:：]{{0,8}}[:：.]?[ \t]*)?"
                rf"(?:[\w.+\-]+@[\w\-]+\.[\w.\-]+|\+?\d[\d\-() ]{{8,}}\d)"),
     _Ctx("person.romaji.signature_block", strict=True, signature=True)),
    (compile_fast(rf"(?P<n>{_NAME_EN})[ ]*<[^<>@\s]+@"), _Ctx("person.romaji.mail_display_name", slot=True)),
    # a family member named with an age: "our daughter, Anisha (2 years old", "my son Leo (aged 7)"
    (compile_fast(rf"\b(?i:daughter|son|wife|husband|child|baby|mother|father|grandson|granddaughter),?[ ]+"
                  rf"(?P<n>{_W})(?=[ ]*[(（][ ]*(?:[0-9]|(?i:aged?)))"), _Ctx("person.romaji.relation_age", one_word=True)),
    # a family member named in full after the relation in a Spanish or Portuguese letter ("Su hijo menor, Thiago Morales, asiste …",
    # "minha filha Ana Clara Souza.", "… mãe do Kauã Ota.", "mamá de Valeria Quispe (2.º grado)")
    (compile_fast(rf"\b(?i:hij[oa]s?|espos[oa]|madre|padre|mam[áa]|pap[áa]|filh[oa]s?|marido|mãe|mamãe|pai|papai|herman[oa]|irmão|irmã)"
                  rf"(?:[ ](?i:menor|mayor|mais[ ]nov[oa]|mais[ ]velh[oa]))?(?:[ ](?:do|da|de|del|dos|das))?,?[ ]+(?P<n>{_LW}(?:[ ]+{_LW}){{1,3}})"
                  rf"(?=[ ]*[,.(（]|[ ]*$)", re.M),
     _Ctx("person.romaji.relation_name", strict=True, some_name_word=True)),
    # … and the writer's own name before whose parent they are ("Soy Rosa Elena Quispe Huamán, mamá de Valeria")
    (compile_fast(rf"(?P<n>{_LW}(?:[ ]+{_LW}){{1,3}}),[ ](?=(?i:mam[áa]|pap[áa]|madre|padre|mãe|pai|tutora?|responsável)[ ](?:de|do|da|del)[ ])"),
     _Ctx("person.romaji.relation_name", strict=True, some_name_word=True)),
    # a full name among Japanese with an age in brackets after it, as a roster or a selection sheet writes it
    # (受験者B　Kowalski Emily Rose（29）): the bracket is the person's age
    # (and a list's circled number before it, a note after the age inside the bracket: ② Hasan Mahmud（13歳）, 父 BUI VAN LONG（62歳、…）)
    (compile_fast(rf"(?:(?<=[：:、一-龥ぁ-んァ-ヶ①-⑳])|(?<=[：:、一-龥ぁ-んァ-ヶ①-⑳] )|(?<=[一-龥ぁ-んァ-ヶ][A-Z0-9] )|(?<![^\n])[ ]{{1,3}})(?P<n>{_LNAME})(?=[ ]*[(（][ ]*[1-9][0-9]?[ ]*(?:歳|才)?[ ]*(?:[)）]|(?<=[歳才])[、,])|[ ]+[1-9][0-9]?[ ]?(?:歳|才)(?![以未]))"),
     _Ctx("person.romaji.age_bracket", strict=True, header=True, slot=True)),
    # a pupil's full name with their class after it (Riku Asanuma in 6-1, Kaito Ogino in class 1-3)
    (compile_fast(rf"(?P<n>{_LNAME})(?=[ ]+in[ ]+(?:(?i:class|grade|homeroom|room)[ ]+)?[1-9][ ]?[-‐][ ]?[1-9]\b)"),
     _Ctx("person.romaji.pupil_class", strict=True, slot=True, name_words=True)),
    # a household named by its family name ("The Oshima family (Kotaro, Naomi; …)", "the Fukuda family"): the surname
    (compile_fast(r"\b(?:[Tt]he)[ ]+(?P<n>[A-Z][a-z]{2,15})[ ]+(?:family|household|families)\b"),
     _Ctx("person.romaji.family", one_word=True, name_words=True)),
    # the name line under a mail's signature delimiter ("-- ⏎Marco Rossi⏎Coordinator …")
    (compile_fast(rf"(?m)^--[ \t]*\n[ \t]*(?P<n>{_LW}(?:[ ]+{_LW}){{1,3}})[ \t]*$"),
     _Ctx("person.romaji.mail_signature", strict=True)),
    # (「名義は MIHO TAKASAWA」: the label and the particle は or が before the name)
    # (and a family member's label with its colon: 父：LE VAN DUC　母：TRAN THI MAI, 妻：BAUTISTA, Kristine Joy)
    # (and a label a scan spaced out: 氏 名  Gonzales Hiroshi)
    # (and a family name in capitals with the given names after a comma: 妻：MAGBANUA, Rosalinda Cortez)
    # (and a log's key=value: 利用者=Kowalczyk Anna)
    (compile_fast(rf"(?:氏[ 　]{{0,2}}名|名前|名義|相談者|申請者|対象者|保護者|妊婦|患者|利用者|児童|生徒|本人|被保険者|世帯主|申出人|届出人|通報者|"
                  rf"傷病者|受診者|来庁者|宛名|姓名|名字|이름|성명|नाम|खाताधनी|(?i:họ[ ](?:và[ ])?tên(?:[ ]người[ ][a-zà-ỹ]+)?|nome(?:[ ]completo)?|nombre|pangalan|nama(?:[ ]lengkap)?)|"
                  # (a certificate's fields in Vietnamese, Spanish and Portuguese: Họ, chữ đệm, tên vợ: …, Datos del padre: …,
                  # Nombres del nacido: …, Nome da mãe: …)
                  rf"(?i:họ,?[ ]chữ[ ]đệm,?[ ](?:và[ ])?tên(?:[ ](?:vợ|chồng|con|cha|mẹ|người[ ][a-zà-ỹ]+))?|datos[ ]del?[ ](?:la[ ])?(?:madre|padre|c[óo]nyuge|fallecid[oa]|contrayente|titular)|"
                  rf"nombres?[ ]del?[ ](?:la[ ])?(?:nacid[oa]|madre|padre|fallecid[oa]|titular)|nome[ ]d[ao][ ](?:m[ãa]e|pai|falecid[oa]|titular|c[ôo]njuge)|"
                  rf"contrayente(?:[ ][0-9])?|testigos?|declarante|fallecid[oa]|c[óo]nyuge|padre|madre|m[ãa]e|pai|testemunhas?)(?=[ ]*[:：])|(?:長男|長女|次男|次女|配偶者|祖父|祖母|同居人|(?<![一-龥])(?:父|母|夫|妻|子))(?=[ ]*[:：]))"
                  rf"(?:[（(][^()（）\n:：]{{1,10}}[)）](?=[ ]*[:：]))?[ ]*(?:[:：=]|は|が)?[ ]*(?P<n>[A-Z]{{2,15}},[ ]+{_LW}(?:[ ]+{_LW}){{0,2}}|{_LNAME}|{_NAME_EN})"),
     _Ctx("person.romaji.name_field", slot=True)),
    # the parties of a court's caption (KENJI MORIYAMA, Plaintiff v. JESSICA LYNN MORIYAMA, Defendant)
    (compile_fast(rf"(?P<n>{_LNAME}),?[ ]+(?:Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee)s?\b"),
     _Ctx("person.romaji.case_role", strict=True, slot=True)),
    # a part of a name in its own field of an English form or a passport scan ("Surname  ROZARIO",
    # "Given names  MARIA  THERESA", "First Name: Maria", "Surname ........ OGAWA"): the value alone on the rest of its line
    (compile_fast(rf"(?m)^[ \t>|]*(?i:surname|family[ ]name|last[ ]name|given[ ]names?|first[ ]name|middle[ ]names?|forenames?)"
                  rf"[ \t]*(?:[:：|][ \t]*|[ \t]{{2,}}|[ \t]*\.{{2,}}[ \t]*)(?P<n>{_LW}(?:[ ]{{1,2}}{_LW}){{0,3}})[ \t|]*$"),
     _Ctx("person.romaji.name_part_field", one_word=True, slot=True, name_words=True)),
    # a notice's or a record's subject after 対象：/該当者： (対象：Tomasz Wójcik（国際交流課）): a person only when every word
    # looks like a name (対象：Google Workspace, 対象：Windows Server names a product)
    (compile_fast(rf"(?:対象|該当者|当事者)[ ]*[:：][ ]*(?P<n>{_LNAME})"),
     _Ctx("person.romaji.name_field", strict=True, slot=True, some_name_word=True)),
    # Japanese honorifics written in English: "Tanaka-san", "Yamada-sensei"
    # (not a mountain or a place named with -san, 山, before the thing it names: Akagi-san Hill Climb, Haruna-san Shrine)
    (compile_fast(rf"\b(?P<n>{_W})-(?:san|sama|sensei|kun|chan|shi|dono)\b(?![ ]+[A-Z][a-z])"), _Ctx("person.romaji.san")),
    # a label with a colon anywhere in a line, in any case (It goes to: …, PAYABLE TO: …, Contact: …)
    (compile_fast(rf"(?i:\b(?:goes[ ]to|go[ ]to|payable[ ]to|made[ ]out[ ]to|addressed[ ]to|attention|attn\.?|"
                  rf"contact|name|full[ ]name|to|recipient|addressee|payee|sender|from|"
                  # a case record's person by their role: Student: Ji-woo Bae / Client: Kim Soo-jin
                  rf"student|client|resident|patient|tenant|guest|caller|customer|visitor|husband|wife|father|mother|"
                  rf"son|daughter|spouse|guardian|parent|child|insured|taxpayer|deceased|informant|victim))[ \t]*(?:[:：]|=(?=[ \t]*[\"']))[ \t]*[\"']?(?P<n>{_LNAME})"),
     _Ctx("person.romaji.label_colon", label="colon")),
    # the same labels without a colon (payable to Ana Paula Yoshida)
    # (and ", name Lukas Brenner" in a dictated list of a card's or a form's items)
    (compile_fast(rf"(?i:\b(?:goes[ ]to|payable[ ]to|made[ ]out[ ]to|addressed[ ]to|attention(?:[ ]of)?|attn\.?)|(?<=[,;][ ])name)"
                  rf"[ ]+(?P<n>{_LNAME})"), _Ctx("person.romaji.label", label="plain")),
    # a person introduced by their role: "our new ALT, Chloe Whitfield, who joins …"
    (compile_fast(rf"(?i:\b(?:our|the|a|an|my|your|new)[ ](?:new[ ])?(?:ALT|CIR|assistant[ ]language[ ]teacher|teacher|"
                  rf"instructor|coordinator|intern|trainee|colleague|exchange[ ]student|student|volunteer|caseworker|"
                  rf"translator|interpreter))[ ]*,?[ ]+(?P<n>{_LW}(?:[ ]+{_LW}){{1,3}})(?=[ ]*(?:,|\.|$|[ ](?:who|from|will|is|has|joins|joined)\b))",
                  re.M),
     _Ctx("person.romaji.role_intro")),
    # a person a case is about, named right after that role: "Patient Tanaka Yuji, born …",
    # "Applicant Maria Santos (passport …)"
    (compile_fast(rf"\b(?:Patient|Applicant|Claimant|Resident|Tenant|Taxpayer|Pupil|Client|Complainant|Caller|"
                  rf"Recipient|Beneficiary|Insured|Subject)[ ]+(?P<n>{_LW}(?:[ ]+{_LW}){{1,2}})(?=[ ]*(?:,|\(|（|、|$))", re.M),
     _Ctx("person.romaji.case_role", strict=True)),
    # a message signed after a dash at its end: "… Was I charged? — Liam O'Sullivan" (dashes are '-' once normalised),
    # with the signer's post in a bracket after it or not ("— Ethan Marchetti (CIR)")
    # (mid-line the dash stands apart, "— Liam": "-Method Get" is a PowerShell parameter and its value)
    # (not after Japanese words: 「シキシマコウエン — Shikishima Park」 is a glossary's line, no message's end)
    (compile_fast(rf"(?:^[ \t]*-{{1,2}}[ ]?|[^\s\u3040-\u30ff\u4e00-\u9fff々][ \t]-{{1,2}}[ ]|[.?!][ \t]*-{{1,2}})(?P<n>{_LW}(?:[ ]+{_LW}){{1,3}})(?:[ ]*\([A-Za-z][A-Za-z .&/-]{{1,24}}\))?[ ]*[\"”’']?[ ]*(?:$|(?=,[ ]))", re.M),
     _Ctx("person.romaji.dash_signature", header=True, signed=True)),
    # a person a case record met: "Interview with Sophia Martins (age 9)", "home visit to Ana Lima, …"
    (compile_fast(rf"(?i:\binterview(?:ed)?[ ]with|\bmet[ ]with|\bspoke[ ](?:with|to)|\bvisit(?:ed)?[ ]to|\bvisited)[ ]+"
                  rf"(?P<n>{_LW}(?:[ ]+{_LW}){{1,2}})(?=[ ]*(?:,|\(|（|、|$))", re.M),
     _Ctx("person.romaji.case_role", strict=True)),
    # a relation with the name in brackets: "Husband (Park Dong-hyun) hit her", "Mother (Ana Lima)"
    (compile_fast(rf"\b(?:Husband|Wife|Father|Mother|Son|Daughter|Partner|Spouse|Child|Guardian|Parent|Ex-husband|Ex-wife)[ ]*[(（]"
                  rf"(?P<n>{_LW}(?:[ ]+{_LW}){{1,3}})[)）]"), _Ctx("person.romaji.case_role", slot=True)),
    # a name followed by the role that places it: "Sarah Collins, the ALT assigned to …", "Tom Reed, our client"
    (compile_fast(rf"(?P<n>{_LW}(?:[ ]+{_LW}){{1,2}}),[ ](?:the|our|a|an)[ ](?:ALT|CIR|resident|tenant|client|student|patient|"
                  rf"applicant|intern|trainee|caller|victim|complainant)\b"), _Ctx("person.romaji.role_intro", strict=True)),
    # a mail's sender or recipient with the display name in quotes: "Elif Yıldız" <elif.y@…>
    (compile_fast(rf"[\"“](?P<n>{_LW}(?:[ ]+{_LW}){{1,3}})[\"”][ ]*<[^<>@\s]+@"), _Ctx("person.romaji.mail_display_name", slot=True)),
    # a chat transcript's speaker: "[10:02] Guest (Daniel Brooks): I was charged …"
    (compile_fast(rf"\b(?:Guest|Customer|Caller|User|Visitor|Resident|Client|Citizen|Applicant)[ ]*\((?P<n>{_LW}(?:[ ]+{_LW}){{1,2}})\)[ ]*:"),
     _Ctx("person.romaji.case_role", strict=True)),
    # a message that opens by addressing or introducing someone: "'Ana Ferreira, your child's health check
    # is …'", "'Aiko Matsuda, born on …'"
    (compile_fast(rf"(?:^|[\"“'‘「『:：])[ ]*(?P<n>{_LW}(?:[ ]+{_LW}){{1,2}}),[ ]+(?=(?:your|you|we|please|this[ ]is|thank|born|aged)\b)", re.M),
     _Ctx("person.romaji.vocative", strict=True, name_words=True)),
    # a name, then its Japanese address on the same line, as a list of signatories or of applicants writes them
    # (1. Inés Carvalho Duarte, 前橋市千代田町二丁目5-8)
    # (or a wider space before it, a roll's bare number or a label before the name: 3 Kowalski Jan　高崎市…; and an
    # address in romaji after it: Host family 2: Kenta Mori, 12-3 Ote-machi)
    (compile_fast(rf"(?m)^[ \t]*(?:[0-9]{{1,3}}(?:[.)．][ ]?|[ ])|[・\-*•][ ]?)?(?:[A-Za-z][A-Za-z ]{{0,20}}[0-9]{{0,3}}[ ]?[:：][ ]?)?"
                  rf"(?P<n>{_LNAME})(?:[ ]?[,，、][ ]?|[ ]{{1,2}})"
                  rf"(?=〒?[0-9-]{{0,8}}[ ]?[一-龥]{{1,4}}[都道府県市区町村]|{_ROMAJI_LOT_TOWN})"),
     _Ctx("person.romaji.before_address", strict=True, slot=True)),
]

# cheap checks that say whether each context pattern can match at all
_LATIN_TITLES_LOW = tuple(w.lower() for w in lexicon.words("person.latin_titles"))
_ROMAJI_PREFILTER = [  # substrings of the lower-cased text, or a regex on the text
    ("mr", "ms", "miss", "dr", "prof", "mx") + _LATIN_TITLES_LOW,
    ("dear",),
    compile_fast(r"(?im)^[ \t>]*(?:from|to|cc|name|sender|attn|contact|applicant|payee)[ \t]*[:：]"),
    ("holder", "account name", "name of", "name on", "beneficiary", "payee", "applicant", "titular", "beneficiari", "favorecido"),
    compile_fast(r"[a-zA-Z][ ]*(?:氏|さん|様|さま|殿|くん|ちゃん)"),
    ("my name is", "name is", "contact person", "person in charge", "name of applicant"),
    ("regards", "sincerely", "best", "thanks", "thank you", "yours", "cheers", "respectfully", "cordially",
     "warmly", "wishes", "gratitude"),
    ("regards", "sincerely", "cheers", "respectfully", "cordially", "yours truly", "best wishes"),
    ("i am", "i'm", "i’m", "this is", "my name's", "my name’s", "call me", "it's", "it’s", "here is", "sou ", "me chamo",
     "meu nome", "aqui é", "me llamo", "mi nombre", "ako si", "nama saya", "tôi là", "tên tôi"),
    compile_fast(r"\n[ \t>]*(?:[A-Za-z][^\n:：]{0,8}[:：.]?[ \t]*)?(?:[\w.+\-]+@|\+?\d[\d\-() ]{8,}\d)"),
    compile_fast(r"[a-zA-Z][ ]*<[^<>@\s]+@"),
    ("daughter", "son", "wife", "husband", "child", "baby", "mother", "father"),
    ("hijo", "hija", "espos", "madre", "padre", "mamá", "mama", "papá", "papa", "filh", "marido", "mãe", "pai", "herman", "irmã"),
    (", mam", ", pap", ", madre", ", padre", ", mãe", ", pai", ", tutor", ", respons"),
    compile_fast(r"[A-Za-z][ ]*[(（][ ]*[1-9]|[A-Za-z] [1-9][0-9]? ?[歳才]"),
    compile_fast(r"[a-z] in (?:[A-Za-z]+ )?[1-9] ?[-‐]"),
    ("family", "household", "families"),
    ("--",),
    compile_fast(r"(?:氏[ 　]{0,2}名|名前|名義|相談者|申請者|対象者|保護者|妊婦|患者|利用者|児童|生徒|本人|被保険者|世帯主|申出人|届出人|通報者|"
                 r"傷病者|受診者|来庁者|宛名|姓名|名字|이름|성명|नाम|खाताधनी|(?i:họ và tên|họ tên|nome|nombre|pangalan|nama|"
                 r"họ,? chữ đệm,? (?:và )?tên(?: [a-zà-ỹ]+){0,2}|họ tên người [a-zà-ỹ]+|datos del? (?:la )?[a-zóíá]+|nombres? del? (?:la )?[a-zóíá]+|nome d[ao] [a-zãâçô]+|"
                 r"contrayente|testigos?|declarante|fallecid[oa]|c[óo]nyuge|padre|madre|m[ãa]e|pai|testemunhas?)|長男|長女|次男|次女|配偶者|祖父|祖母|同居人|父|母|夫|妻|子)(?:[（(][^()（）\n:：]{1,10}[)）])?[ ]*(?:[:：=]|は|が)?[ ]*[A-Z\u00C0-\u00DE\u0100-\u024F]"),
    ("plaintiff", "defendant", "petitioner", "respondent", "appellant", "appellee"),
    ("surname", "family name", "last name", "given name", "first name", "middle name", "forename"),
    compile_fast(r"(?:対象|該当者|当事者)[ ]*[:：][ ]*[A-Z\u00C0-\u00DE\u0100-\u024F]"),
    ("-san", "-sama", "-sensei", "-kun", "-chan", "-shi", "-dono"),
    # (the keyword scan below is cheap; a case-insensitive regex over the text is not — a card's capitals are
    # asked only when no colon is there: the colon's cheap `in` decides most texts)
    compile_fast(r"[:：=]|NAME[ \t]"),
    ("goes to", "payable to", "made out to", "addressed to", "attention", "attn", "name"),
    ("alt", "cir", "teacher", "instructor", "coordinator", "intern", "trainee", "colleague", "student", "volunteer",
     "caseworker", "translator", "interpreter"),
    ("patient", "applicant", "claimant", "resident", "tenant", "taxpayer", "pupil", "client", "complainant",
     "caller", "recipient", "beneficiary", "insured", "subject"),
    compile_fast(r"-[ ]?[A-Z\u00C0-\u00DE]"),
    ("interview", "met with", "spoke with", "spoke to", "visit"),
    ("husband", "wife", "father", "mother", "son", "daughter", "partner", "spouse", "child", "guardian", "parent"),
    (", the ", ", our ", ", a ", ", an "),
    compile_fast(r"[\"“][A-Z\u00C0-\u00DE][^\"”\n]{1,60}[\"”][ ]*<"),
    ("guest", "customer", "caller", "user", "visitor", "resident", "client", "citizen", "applicant"),
    (", your", ", you", ", we", ", please", ", this is", ", thank", ", born", ", aged"),
    compile_fast(r"[A-Za-z\u00C0-\u024F](?:[ ]?[,，、][ ]?|[ ]{1,2})〒?[0-9-]{0,8}[ ]?[一-龥]{1,4}[都道府県市区町村]"
                 r"|[A-Za-z\u00C0-\u024F][,，、]?[ ]" + _ROMAJI_LOT_TOWN),
]

# The prefilters' words, asked in one scan of the lower-cased text (74 `in` scans of a 5,000-
# character roster cost ~0.2 ms): a hit stands for every listed word that is a prefix of it (found
# at the same place), and the scan restarts one character after each hit, so overlapping words are
# all seen. The colons, frequent in any text, are asked with `in` (found at once where present).
_PREFILTER_PLAIN = tuple(":：=")  # (characters, asked with `in`)
_PREFILTER_WORDS = sorted({w for pre in _ROMAJI_PREFILTER if isinstance(pre, tuple) for w in pre} - set(_PREFILTER_PLAIN))
_PREFILTER_RX = compile_fast(literal_alternation(_PREFILTER_WORDS))
_PREFIXES = {w: frozenset(v for v in _PREFILTER_WORDS if w.startswith(v)) for w in _PREFILTER_WORDS}
_PREFILTER_MAX_HITS = 2000  # more (a text of nothing but "mr mr …"): the words are asked one by one


def _prefilter_words_in(low: str):
    """The prefilter words that occur in `low`, or None after too many hits (ask with `in`)."""
    found = {w for w in _PREFILTER_PLAIN if w in low}
    search = _PREFILTER_RX.search
    m = search(low)
    hits = 0
    while m is not None:
        found |= _PREFIXES[m.group()]
        hits += 1
        if hits > _PREFILTER_MAX_HITS:
            return None
        m = search(low, m.start() + 1)
    return found


# keywords each context pattern starts with: the pattern is tried only where one occurs in the
# lower-cased text (a case-insensitive alternation scanned at every position is slow); None = scan
_ROMAJI_STARTS = [
    ("mr", "ms", "miss", "dr", "prof", "mx") + _LATIN_TITLES_LOW,
    ("dear",),
    None,
    ("account", "holder", "name of", "name on", "card", "beneficiary", "payee", "applicant", "titular", "beneficiari", "favorecido",
     "nome do titular"),
    None,
    ("my name is", "name is", "contact person", "person in charge", "name of applicant"),
    ("regards", "sincerely", "best", "thanks", "thank you", "yours", "cheers", "respectfully", "cordially",
     "warmly", "wishes", "gratitude"),
    ("regards", "sincerely", "cheers", "respectfully", "cordially", "yours truly", "best wishes"),
    ("i am", "i'm", "i’m", "this is", "my name's", "my name’s", "call me", "it's", "it’s", "here is", "sou ", "me chamo",
     "meu nome", "aqui é", "me llamo", "mi nombre", "ako si", "nama saya", "tôi là", "tên tôi"),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    ("the",),
    None,
    None,
    None,
    ("surname", "family name", "last name", "given name", "first name", "middle name", "forename"),
    None,
    None,
    ("goes to", "go to", "payable", "made out", "addressed", "attention", "attn", "contact", "name", "full name",
     "to", "recipient", "addressee", "payee", "sender", "from", "student", "client", "resident", "patient", "tenant",
     "guest", "caller", "customer", "visitor", "husband", "wife", "father", "mother", "son", "daughter", "spouse",
     "guardian", "parent", "child", "insured", "taxpayer", "deceased", "informant", "victim"),
    ("goes to", "payable to", "made out to", "addressed to", "attention", "attn", "name"),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
]
assert len(_ROMAJI_CONTEXT) == len(_ROMAJI_PREFILTER) == len(_ROMAJI_STARTS)


def _keyword_matches(rx, text: str, low: str, words: tuple):
    """rx.match at every position where one of `words` starts in `low` (same length as text)."""
    positions = set()
    for w in words:
        p = low.find(w)
        while p != -1:
            positions.add(p)
            p = low.find(w, p + 1)
    for p in sorted(positions):
        m = rx.match(text, p)
        if m:
            yield m

_KATA_HONOR = compile_fast(r"[ ]?(?:さん|様|さま|氏|くん|ちゃん|殿|先生)")
# PARK SEOYEON（박서연）さん: the honorific after the name's other spelling in a bracket
_SPELLING_IN_BRACKET = r"[ ]?[（(][^（）()\n]{1,20}[）)]"
_HONOR_AFTER_SPELLING = r"[ ]?(?:さん|様|さま|氏|くん|ちゃん|殿)"
_BRACKET_THEN_HONOR = compile_fast(_SPELLING_IN_BRACKET + _HONOR_AFTER_SPELLING)

_HEPBURN = compile_fast(r"^(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|j|f|[kgsztdnhbpmrwy])?[aiueo]|n|(?<=o)h(?![aiueoy])"
                      r"|[kstpgdbc](?=[kstpgdbc]))+$")

_VOWEL = compile_fast(r"[AEIOUY]")
_WHO_AFTER = compile_fast(r"[ ]*,?[ ]*(?:who|whose|whom)\b")

_CAPS_PAIR = compile_fast(r"\b(?P<a>[A-Z]{2,})[ ]+(?P<b>[A-Z][a-z]+)\b|\b(?P<c>[A-Z][a-z]+)[ ]+(?P<d>[A-Z]{2,})\b")
# both words in capitals, as forms, certificates and exports write names: MASATO KOBAYASHI, IKEDA MOMOKA —
# taken only when one word is a listed Japanese surname and the other a listed given name (TOKYO SHIBUYA,
# ANNUAL REPORT are not)
_ALL_CAPS_PAIR = compile_fast(r"(?<![A-Za-z])(?P<a>[A-Z]{2,12}) (?P<b>[A-Z]{2,12})(?![A-Za-z])")

_EN_LEAD = frozenset(lexicon.words("person.en_lead"))

# Common surnames of the largest foreign-resident groups (VN, CN, KR, PH, NP, BR, PE, LK, MM, ID):
# a good signal on their own. The ambiguous ones (also English words/places: Park, Lee, Le, Rai …)
# count only with a resident context.
_FOREIGN_SURNAMES = frozenset(lexicon.words("person.foreign_surnames"))
# the frequent given names and surnames of the world, as evidence after a label (, name Lukas Brenner)
_WORLD_NAMES = frozenset(unicodedata.normalize("NFD", w.replace("Đ", "D")).encode("ascii", "ignore").decode() for w in lexicon.words("person.world_given") + lexicon.words("person.world_surnames"))

_AMBIG_SURNAMES = frozenset(lexicon.words("person.ambig_surnames"))

_FL = "A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF"

_FS = "a-z\u00DF-\u00FF\u0100-\u024F\u1E00-\u1EFF"

_FW = rf"[{_FL}][{_FS}']+(?:-[{_FL}{_FS}][{_FS}]+)?"

# (a value quoted in code is a run too — VALUES (10232, 'Pham Thi Mai', …) —, not a word an apostrophe joins: O'Neil, Mai's)
_FOREIGN_RUN = compile_fast(rf"(?<![A-Za-z0-9{_FS}{_FL}\-.@/_])(?<![A-Za-z0-9{_FS}{_FL}]')(?P<n>{_FW}(?:[ ]+(?:{_FW}|{_PARTICLE}(?=[ ]+[A-Z])))+)"
                          rf"(?![A-Za-z0-9{_FS}\-@/_]|'[A-Za-z0-9{_FS}])")

_CJK = compile_fast(r"[ぁ-んァ-ヶ一-龥]")

_FOREIGN_CONTEXT = compile_fast(r"在留|国籍|転入|転出|転居|外国人|技能実習|特定技能|留学生|入管|旅券|パスポート|永住|来日|"
                              r"通訳|来庁|相談|申請|手続|届出|児童手当|国保|国民健康保険|住民票|就学|世帯|入居|勤務先|"
                              r"雇用|給与|税|保険料|年金|母子|妊娠|出産|" + _NATIONS)

_RESIDENT_CONTEXT = compile_fast(r"在留|国籍|転入|転出|外国人|技能実習|特定技能|留学生|入管|旅券|パスポート|永住|来日|"
                               r"通訳|来庁|" + _NATIONS)

_MOBILE = compile_fast(r"(?<!\d)(?:0|\+81[ \-]?)[789]0[ \-]?\d{4}[ \-]?\d{4}(?!\d)")

_SIGNATURE_BEFORE = compile_fast(r"(?i:signature|regards|sincerely|cheers|thanks|best|yours)|署名")

_EMAIL_LOCAL = compile_fast(r"([\w.+\-]+)@")

_PERSONAL_LINE = compile_fast(r"(?i:home|mobile|cell|private|personal)|携帯|自宅|個人")

_PERSON_AFTER = compile_fast(r"[ ]*(?:が|は|から|と|に|の|も|より|夫妻|一家|家族|、|さん|氏|様)")

_CAP_WORD = compile_fast(r"(?<![A-Za-z0-9'’\-])[A-Z][a-z]+(?![A-Za-z0-9\-])")

_NEXT_CAP = compile_fast(r"[ ]{1,2}([A-Z][A-Za-z]+)")

_PREV_CAP = compile_fast(r"([A-Z][A-Za-z]+)[ ]{1,2}$")

# capitalised words that may stand before a name in a title-case run (Ask Kenji Obata, Thanks Yui Sato)
_JP_ROMAJI_LEAD = frozenset(lexicon.words("person.jp_romaji_lead"))

# romanised Japanese words that are not names (Hikari Shinkansen, Akagi Jinja, Ota Shi)
_JP_NOT_NAME_WORDS = frozenset(lexicon.words("person.jp_not_name_words"))

_CHAT_PREFIX = compile_fast(r"[ \t>*\-•]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?\]?[ \t]*(?:[-–][ \t]*)?)?")

_SPEAKER_AFTER = compile_fast(r"[ \t]*(?:\(\d{1,2}:\d{2}\)[ \t]*)?[:：]|[ ]+(?:wrote|said|says|replied|asked|commented|"
                              r"posted|mentioned|added|reacted)\b")

_ROMAJI_BEFORE = compile_fast(r"(?i:\b(?:with|ask|asked|asking|from|cc|cc'd|bcc|by|to|for|tell|told|call|called|contact|"
                              r"contacted|meet|met|email|emailed|e-mail|ping|pinged|thank|thanks|per|via|attn|invite|"
                              r"invited|and|is|was|applicant|resident|caller|visitor|client|student|teacher|colleague|"
                              r"assigned[ ]to|owner|reviewer|approver|requester|hi|hello|hey|@))[ ]*[:,]?[ ]*$"
                              # a person named after who they are and where (a student in 2-4, Kaito …; a patient of ward 3, …)
                              r"|(?i:\b(?:student|pupil|child|boy|girl|patient|son|daughter|resident)[ ](?:in|of|from)[ ][^,.\n]{1,20},[ ]*$)")

# a Japanese slot word for a person right before a romaji name (寄附者 Yuto Kasahara, 申請者： Ren Aoki)
_JP_SLOT_BEFORE = compile_fast("(?:" + literal_alternation(_SLOT_WORDS) + r")[ 　]*[:：]?[ 　]*$")
_ROMAJI_AFTER = compile_fast(r"(?:['’]s\b|[ ]*,?[ ]+(?:will|would|can|could|said|says|asked|called|emailed|sent|is|was|has|"
                             r"had|from|of|who|wants|needs|told|replied|wrote|joined|left|and[ ]I)\b|[ ]*\((?!\d{4}))")

# names printed in capitals on residence cards and passports
# Card words: 在留カード|在留資格|在留期間|特別永住者証明書|旅券|パスポート|(?i:passport|residence[ ]card),
# asked as two searches (only whether one occurs matters): the Japanese words alone are an
# alternation sre scans for quickly, which the inline (?i:…) prevented (~3x faster together).
_CARD_CONTEXT_JA = re.compile(r"在留カード|在留資格|在留期間|特別永住者証明書|旅券|パスポート")

# (or a residence card's own number near: NGUYEN VAN HUNG — …, card UH48201937KA)
# (only asked whether it occurs: fastre.compile_exists, half the time of a hinted whole-text search)
_CARD_CONTEXT_EN = compile_exists(r"passport|residence[ ]card|residence[ ]status|visa[ ]status|"
                                r"(?:technical[ ]intern|specified[ ]skilled|permanent[ ]resident|student[ ]visa)", re.IGNORECASE)
# an organisation's word right after what looked like a name
_EN_ORG_AFTER = compile_fast(r"[ ](?:Division|Department|Section|Office|Team|Bureau|Committee|Association|Council|Center|Program|Programme|Project|"
                             r"Centre|Group|Unit|Agency|Ministry|Board|Institute|Foundation|Corporation|Company|Co\.|Inc\.|Ltd)\b")
_CARD_NUMBER = compile_fast(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{8}[A-Z]{2}(?![A-Za-z0-9])")

def _card_context(text: str, start: int = 0, end: int = sys.maxsize) -> bool:
    return bool(_CARD_CONTEXT_JA.search(text, start, end) or _CARD_CONTEXT_EN.search(text, start, end)
                or _CARD_NUMBER.search(text, start, end))

_CAPS_RUN = compile_fast(r"(?<![A-Za-z0-9])[A-Z]{2,}(?:[ ]+[A-Z]{2,}){1,3}(?![A-Za-z0-9])")

_CARD_WORDS = frozenset(lexicon.words("person.card_words"))

def _fold(word: str) -> str:
    """Nguyễn -> Nguyen, Đặng -> Dang, João -> Joao (for the surname lists)."""
    if word.isascii():
        return word
    word = word.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))

def _romaji_keys(words: list) -> tuple[str, str]:
    """A romaji name as the public-figure and sample lists spell it: joined, and joined in reverse order."""
    return "".join(w.strip(".,") for w in words), "".join(reversed(words))

def _hepburn(word: str) -> bool:
    return len(word) >= 2 and bool(_HEPBURN.match(word.lower()))



# a name in Latin letters right before a mail address (Ryo Kaneshiro ryo.kaneshiro@example.org,
# "Anna Berg <a.berg@…>"): when the address's local part spells the name's words, it is that person's
_NAME_BEFORE_MAIL = compile_fast(rf"(?P<n>{_LW}(?:[ ]{_LW}){{1,2}})[ \t]*[,:：(<（]?[ \t]*(?P<l>[A-Za-z0-9._%+\-]+)@")


def _names_spelled_in_their_address(text: str) -> list[_Name]:
    out = []
    for m in _NAME_BEFORE_MAIL.finditer(text):
        words = m.group("n").split()
        if not _spelled_in(words, m.group("l").lower()) or any(w in _EN_STOP for w in words):
            continue
        out.append(_Name(m.start("n"), m.end("n"), words[-1], words[0], "romaji_context",
                         {"context": "person.romaji.mail_spelled", "slot": True}, keys=_romaji_keys(words)))
    # (and a message's signature alone on its line whose words spell the sender's address in its header:
    # From: daniel.okafor.mbs@… ⏎ … ⏎ Daniel Okafor)
    locals_ = [m.group("l").lower() for m in MAIL_ADDRESS.finditer(text)] if "@" in text else []
    for m in _NAME_LINE.finditer(text) if locals_ else ():
        words = m.group("n").split()
        if any(w in _EN_STOP for w in words) or any(o.start < m.end("n") and m.start("n") < o.end for o in out):
            continue
        if any(_spelled_in(words, local) for local in locals_):
            out.append(_Name(m.start("n"), m.end("n"), words[-1], words[0], "romaji_context",
                             {"context": "person.romaji.mail_signature_spelled", "slot": True}, keys=_romaji_keys(words)))
    return out


# a staff account or a user name made of a Japanese family and given name in romaji (arai.shunsuke, taro_yamada), standing
# as a word of its own: not a mail's local part, a domain, a path or a file (arai.shunsuke@…, sato.taro.lg.jp, ./a.b)
_ACCOUNT_NAME = compile_fast(r"(?<![\w.@/\\-])(?P<a>[a-z]{2,12})[._](?P<b>[a-z]{2,12})(?![\w@/\\-]|\.[A-Za-z0-9]|\()")


def _accounts_spelling_a_name(text: str) -> list[_Name]:
    """A user name spelling a Japanese family name and a given name, either order, both listed (person.romaji_*):
    that person's account (TargetUserName : arai.shunsuke in a logon log)."""
    out = []
    for m in _ACCOUNT_NAME.finditer(text):
        a, b = m.group("a").capitalize(), m.group("b").capitalize()
        if a in JP_SURNAMES and b in JP_GIVEN:
            sei, mei = a, b
        elif a in JP_GIVEN and b in JP_SURNAMES:
            sei, mei = b, a
        else:
            continue
        out.append(_Name(m.start(), m.end(), sei, mei, "romaji_context",
                         {"context": "person.romaji.account_spelled", "slot": True}, keys=_romaji_keys([a, b])))
    return out


def _spelled_in(words: list, local: str) -> bool:
    """Two or more of the name's words (two letters or more) are in the mail address's local part — or one of four
    letters or more and another's initial as a part of its own (k-tomioka, kurosawa.h for Kazuki Tomioka, Haruna Kurosawa)."""
    folded = [_fold(w).lower() for w in words]
    inside = [w for w in folded if len(w) >= 2 and w in local]
    if len(inside) >= 2:
        return True
    if not inside or len(inside[0]) < 4:
        return False
    parts = set(_LOCAL_PARTS.split(local))
    return any(w[:1] in parts for w in folded if w != inside[0])


_LOCAL_PARTS = re.compile(r"[._+\-0-9]+")


# a mail address, its local part as "l" (person.py reads it too)
MAIL_ADDRESS = compile_fast(r"(?P<l>[A-Za-z0-9._%+\-]+)@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_NAME_LINE = compile_fast(rf"(?m)^[ \t]*(?P<n>{_LW}(?:[ ]{_LW}){{1,2}})[ \t]*$")


# a mail's subject line (Subject: RE: Visit – Draft Schedule, 件名：…): after a dash, a title's words unless they look like a name
# (Support letter – Chiamaka OKAFOR)
_SUBJECT_LINE = re.compile(r"[ \t>]*(?:(?i:subject|re|fwd?)|件名|タイトル)[ \t]*[:：]")


# a heading's capitalised words before a dash mid-line (Winter Heating Cost Subsidy – Frequently Asked Questions): what
# follows the dash is the title's rest unless it looks like a name (not a sentence's end: Thanks for the help – Liam …)
_TITLE_BEFORE_DASH = compile_fast(r"[ \t]*[A-Z][A-Za-z0-9'’\-]*(?:[ ]+(?:[A-Z0-9][A-Za-z0-9'’\-]*|of|and|the|for|in|on|to|a|an|&)){1,8}[ \t]-{1,2}[ ]")


# a unit, a package or a file before the dash, alone on its line after a status mark (× kanko-api.service - Kanko Map API,
# nginx/1.24.0 - …): a listing's description, not a signature
_FILE_BEFORE_DASH = compile_fast(r"[ \t]*(?:[^\w\s][ \t]*)?[\w@.+:/-]*(?:[./@_:]|[a-z0-9]-[a-z0-9])[\w@.+:/-]*[ \t]-{1,2}[ ]")


# a quotation's closing mark before the dash, in a text about quotations (引用, 名言, quote): the author of a saying
_QUOTED_BEFORE_DASH = compile_fast(r"[\"”」』][ \t]*-{1,2}[ ]?[^\n\"”」』]*$")
_QUOTATION_CUE = compile_fast(r"引用|名言|格言|ことわざ|(?i:quot(?:e|ation)|saying|proverb)")


def _not_a_name_here(ctx: _Ctx, words: list, text: str, e: int) -> bool:
    """The words after a context are no name: a stop word, a product or place word after a header
    (Name: Galaxy Tab, To: Akagi Shrine), a form's instruction (Surname: Required), a body named after
    them (Dear Transport Policy Division), a title's words after a dash on a subject line, or one word that is
    not Hepburn-shaped where one will not do."""
    if any(_stop_word(w.strip(".,")) or _SAMPLE_WORD_EN.fullmatch(w.strip(".,")) for w in words):
        return True  # (a stop word also in capitals — HOW TO FILL IN —, a form's sample value: SAMPLE, Taro)
    if ctx.header and any(w in _EN_PRODUCT or (w in _EN_NOT_NAME and w not in _AMBIG_SURNAMES) for w in words):
        return True
    ls = text.rfind("\n", 0, e) + 1
    if (ctx.name_words or (ctx.signed and (_SUBJECT_LINE.match(text, ls) or _TITLE_BEFORE_DASH.match(text, ls)))) and not all(
            w.isupper() or _hepburn(w) or _fold(w) in _WORLD_NAMES or w in _FOREIGN_SURNAMES for w in words):
        return True
    if ctx.signed and _FILE_BEFORE_DASH.match(text, ls):
        return True
    if ctx.signed and _QUOTED_BEFORE_DASH.search(text, ls, e) and _QUOTATION_CUE.search(text):
        return True  # "Không có gì quý hơn độc lập, tự do." — Hồ Chí Minh, asked to be translated as a quotation: its author
    if ctx.some_name_word and (any(w in _EN_PRODUCT or w in _EN_NOT_NAME for w in words) or not (any(
            _fold(w) in _WORLD_NAMES or w in _FOREIGN_SURNAMES or not w.isascii() for w in words) or all(map(_hepburn, words)))):
        return True  # (Adobe Acrobat: one Hepburn-shaped word is no name; Tanaka Yui: every word is)
    if _EN_ORG_AFTER.match(text, e):
        return True
    return len(words) == 1 and not ctx.one_word and not _hepburn(words[0])


def romaji_names(doc: Document) -> list[_Name]:
    text = doc.text
    out: list[_Name] = []
    if not re.search(r"[A-Za-z]", text):
        return _other_script_names(text)
    low = text.lower()
    same_len = len(low) == len(text)
    present = _prefilter_words_in(low)
    en_case = None  # does the text tell a resident's case (person.en_case_words)? asked when first needed
    for (rx, ctx), pre, starts in zip(_ROMAJI_CONTEXT, _ROMAJI_PREFILTER, _ROMAJI_STARTS):
        if isinstance(pre, tuple):
            if not (any(w in low for w in pre) if present is None else not present.isdisjoint(pre)):
                continue
        elif not pre.search(text):
            continue
        strict = ctx.strict
        if ctx.label:
            if ctx.label == "colon":
                matches = _colon_label_matches(text)
            else:
                matches = _keyword_matches(rx, text, low, starts) if same_len else rx.finditer(text)
            for m in matches:
                nm = _label_name(text, m.start("n"), m.end("n"), ctx)
                if nm:
                    out.append(nm)
            continue
        matches = _keyword_matches(rx, text, low, starts) if starts and same_len else rx.finditer(text)
        for m in matches:
            s, e = m.span("n")
            words = text[s:e].split()
            if strict and _not_a_strict_name(words):
                continue
            # trim stop words at both ends
            while words and _stop_word(words[-1].strip(".,")):
                words.pop()
                e = s + len(" ".join(words)) if words else s
            while words and _stop_word(words[0]):
                s += len(words[0]) + 1
                words.pop(0)
            if not words:
                continue
            # (the last word's end in the text: a name spaced twice, as OCR and passports print it, keeps its length)
            e = text.index(words[-1], s + len(" ".join(words[:-1]))) + len(words[-1])
            if _not_a_name_here(ctx, words, text, e):
                continue
            if ctx.signature:  # a name line over a contact line counts only when the contact is personal
                sig = {"signature": ctx.reason if _signature_score(text, e, words) else None}
            elif ctx.one_word and len(words) == 1:
                # "Dear Ms. Hartley": a surname with a title alone, as 北爪さん — a partner abroad, a
                # speaker, a donor as often as a resident (warn), unless the text is a resident's case
                if en_case is None:
                    en_case = _EN_CASE.search(text) is not None  # asked once per text, not per name
                sig = {"title_case" if en_case else "title_surname": ctx.reason}
            else:
                sig = {"context": ctx.reason}
            sig["slot"] = ctx.slot
            out.append(_Name(s, e, words[-1] if len(words) > 1 else words[0], words[0] if len(words) > 1 else "",
                             "romaji_context", sig, keys=_romaji_keys(words)))
    if "@" in text:
        out += _names_spelled_in_their_address(text)
    if "." in text or "_" in text:
        out += _accounts_spelling_a_name(text)
    out += _foreign_romaji(text, doc)
    out += _japanese_romaji(text)
    out += _caps_on_cards(text)  # (near a card's words, or after a slot word for a person)
    for m in finditer_sparse(_CAPS_PAIR, text):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("d"), m.group("c"))
        if a.capitalize() in _EN_STOP or b in _EN_STOP:
            continue
        # (or a name of the world with its surname in capitals, as an English letter writes a foreigner's
        # name: Emily CARTER, CARTER Emily — a word of three letters or more, not an acronym like JHS)
        if not (_hepburn(a) and _hepburn(b)) and not (
                len(a) >= 3 and _VOWEL.search(a) and (a.capitalize() in _WORLD_NAMES or b in _WORLD_NAMES)):
            continue
        # passport order with a common Japanese given name or surname: "ONOZATO Kazuki"; or
        # "HONMA Kengo, who runs the class"
        sig = {"jp_listed": b in JP_GIVEN or a.capitalize() in JP_SURNAMES,
               "who_after": bool(_WHO_AFTER.match(text, m.end())), "caps": True}
        out.append(_Name(m.start(), m.end(), a, b, "romaji_caps", sig))
    return out + _all_caps_japanese(text) + _caps_before_honorific(text) + _other_script_names(text)


# PARK SEOYEON（박서연）さん / NGUYEN VAN AN 様: a name in capitals, as a card prints it, before an honorific (its
# spelling in another script may stand between)
_CAPS_HONORED = compile_fast(r"(?<![A-Za-z0-9])(?P<n>[A-Z]{2,15}(?:[ ][A-Z]{2,15}){1,2})(?=(?:" + _SPELLING_IN_BRACKET + ")?"
                             + _HONOR_AFTER_SPELLING + ")")


def _caps_before_honorific(text: str) -> list[_Name]:
    out: list[_Name] = []
    for m in (_CAPS_HONORED.finditer(text) if _CAPS_WORD_THEN_HONOR_GATE.search(text) else ()):
        words = m.group("n").split()
        if any(w.capitalize() in _EN_STOP or w.capitalize() in _EN_NOT_NAME and w.capitalize() not in _AMBIG_SURNAMES
               for w in words) or not all(_VOWEL.search(w) for w in words):
            continue  # (THE CITY 様, NPO JAPAN 様: words, not a name; PTA, NHK: no vowels)
        out.append(_Name(m.start("n"), m.end("n"), words[0], words[-1], "romaji_foreign",
                         {"honor": True, "left": False, "right": False, "surname_procedure": False,
                          "surname_particle": False, "surname": False}, keys=_romaji_keys(words)))
    return out


_CAPS_WORD_THEN_HONOR_GATE = compile_fast(r"[A-Z](?:" + _SPELLING_IN_BRACKET + ")?" + _HONOR_AFTER_SPELLING)


def _other_script_names(text: str) -> list[_Name]:
    """Names in other scripts: Hangul before an honorific (이서연 씨), and two or three capitalised Cyrillic
    words (Смирнова Ольга) — in a Japanese office's text, Cyrillic capitals in a row are a person's name."""
    out = [_Name(m.start("n"), m.end("n"), m.group("n"), "", "hangul", {"honor": m.group("h")})
           for m in _HANGUL_HONORIFIC.finditer(text)] if _HANGUL_HONORIFIC.search(text) else []
    if "님" in text:
        out += [_Name(m.start("n"), m.end("n"), m.group("n"), "", "hangul", {"honor": "님"})
                for m in _HANGUL_NIM.finditer(text) if m.group("n")[0] in _KOREAN_SURNAMES]
    if _HANGUL_SYLLABLE.search(text):
        # 저는 …에 사는 박지훈입니다 / 최서연의 엄마 / ,김하늘, (a CSV cell): a three-syllable word that opens with a common
        # family name, said to be someone by the grammar around it or standing alone in a cell
        out += [_Name(m.start("n"), m.end("n"), m.group("n"), "", "hangul", {"honor": m.group("h") or "셀"})
                for m in _HANGUL_PERSON.finditer(text) if m.group("n")[0] in _KOREAN_SURNAMES
                and (not m.group("h") or _said_of_oneself(text, m.start("n")))]
        out += _japanese_names_in_hangul(text)
    if _CYRILLIC.search(text):
        out += [_Name(m.start(), m.end(), m.group(1), m.group(2), "cyrillic", {"cyrillic": True})
                for m in _CYRILLIC_NAME.finditer(text)]
    return out


# two hangul words, a family name and a given name, optionally with a particle after it (사토 하루토, 스즈키 렌이):
# the second word of each pair may be the first of the next (배우자 다카하시 료)
_HANGUL_PAIR = compile_fast(r"(?<![\uAC00-\uD7A3])(?P<a>[\uAC00-\uD7A3]{1,5})[ ](?=(?P<b>[\uAC00-\uD7A3]{1,6})(?![\uAC00-\uD7A3]))")
_PARTICLE_AFTER = compile_fast(r"(?:이|가|는|은|을|를|의|에게|와|과|도|랑|하고|군|양|상|씨|님)\Z")
_SURNAMES_LOWER = frozenset(n.lower() for n in JP_SURNAMES)
_GIVEN_LOWER = frozenset(n.lower() for n in JP_GIVEN)
_SURNAME_PREFIXES, _GIVEN_PREFIXES = hangul_japanese.prefixes_of(_SURNAMES_LOWER), hangul_japanese.prefixes_of(_GIVEN_LOWER)


# where a sentence starts (안녕하세요, 최서연입니다.) and who it is about (저는 …에 사는 박지훈입니다, 정민재 엄마 한소희입니다)
_SENTENCE_START = compile_fast(r"[.!?。！？,\n][^.!?。！？,\n]*\Z")
_SELF_REFERENCE = compile_fast(r"저는|제[ ]이름은|이름은|나는|(?:엄마|아빠|어머니|아버지|보호자)[ ]\Z")


def _said_of_oneself(text: str, s: int) -> bool:
    """A word before 입니다 is the writer's name only at its sentence's start or in a sentence about the writer: 전통
    한옥촌입니다 (it is a village of old houses) names no one."""
    before = text[max(0, s - 60):s]
    m = _SENTENCE_START.search(before)
    sentence = before[m.start() + 1:] if m else before
    return not sentence.strip() or _SELF_REFERENCE.search(sentence) is not None


def _japanese_names_in_hangul(text: str) -> list[_Name]:
    """A Japanese family name and given name written in hangul by their sound (사토 하루토: Sato Haruto), as a Korean
    letter about a Japanese school names its pupils: both words must read as listed romaji names."""
    out = []
    for m in _HANGUL_PAIR.finditer(text):
        if not next(hangul_japanese.readings(m.group("a"), _SURNAME_PREFIXES, _SURNAMES_LOWER), None):
            continue
        given = m.group("b")
        particle = _PARTICLE_AFTER.search(given)
        for b in (given, given[:particle.start()] if particle else ""):
            if b and next(hangul_japanese.readings(b, _GIVEN_PREFIXES, _GIVEN_LOWER), None):
                out.append(_Name(m.start(), m.end() + len(b), m.group("a"), b, "hangul", {"honor": "일본"}))
                break
    return out


_CYRILLIC = compile_fast(r"[\u0400-\u04FF]")
# (the letters of Mongolian, Kazakh and Ukrainian too: Батбаяр Тэмүүлэн, Өлзийбаяр)
_CYR_UP, _CYR_LOW = "[А-ЯЁҮӨӘҒҚҢҺҰІЇЄҐ]", "[а-яёүөәғқңһұіїєґ]"
_CYRILLIC_NAME = compile_fast(rf"(?<![\u0400-\u04FF])({_CYR_UP}{_CYR_LOW}{{1,20}})[ ]({_CYR_UP}{_CYR_LOW}{{1,20}})"
                              rf"(?:[ ]{_CYR_UP}{_CYR_LOW}{{1,20}})?(?![\u0400-\u04FF])")


# a name in Hangul (two to four syllables: 이서연, 김민지) before 씨 or a Japanese honorific (님 follows titles
# too: 고객님, 선생님)
_HANGUL_HONORIFIC = compile_fast(r"(?<![\uAC00-\uD7A3])(?P<n>[\uAC00-\uD7A3]{2,4})[ ]?(?P<h>씨|さん|様|氏)")
# … and before 님 only a three-syllable word that opens with a common family name (윤성민 님; not 선생님, 담당자님)
_HANGUL_NIM = compile_fast(r"(?<![\uAC00-\uD7A3])(?P<n>[\uAC00-\uD7A3]{3})[ ]?(?P<h>님)(?![\uAC00-\uD7A3])")
_KOREAN_SURNAMES = frozenset(lexicon.words("person.korean_surnames"))
_HANGUL_SYLLABLE = compile_fast(r"[\uAC00-\uD7A3]")
# … before 입니다 (I am …) or 의 and a family word (…'s mother), before the writer's relation to them (최유나 엄마입니다:
# I am 최유나's mother), before a letter's sign-off (최은정 드림) or 학생 (한지우 학생은), or alone in a CSV cell
_HANGUL_PERSON = compile_fast(r"(?<![\uAC00-\uD7A3])(?P<n>[\uAC00-\uD7A3]{3})(?:(?P<h>입니다|이에요|예요|라고[ ]합니다|이라고[ ]합니다)"
                              r"(?![\uAC00-\uD7A3])|의[ ](?=엄마|아빠|어머니|아버지|보호자|남편|아내|딸|아들)|(?<=,[\uAC00-\uD7A3]{3})(?=,)|"
                              r"[ ](?=(?:엄마|아빠|어머니|아버지|보호자)(?:입니다|예요|이에요|[ ]))|[ ]?(?=(?:드림|올림)(?![\uAC00-\uD7A3]))|"
                              r"[ ](?=학생(?:은|는|이|의|과|와|을|를|도|에게)?(?![\uAC00-\uD7A3])))")


def _all_caps_japanese(text: str) -> list[_Name]:
    """MASATO KOBAYASHI / IKEDA MOMOKA: a listed given name and a listed surname, both in capitals."""
    out: list[_Name] = []
    for m in _ALL_CAPS_PAIR.finditer(text):
        a, b = m.group("a").capitalize(), m.group("b").capitalize()
        if (a in JP_SURNAMES and b in JP_GIVEN) or (a in JP_GIVEN and b in JP_SURNAMES):
            out.append(_Name(m.start(), m.end(), m.group("a"), m.group("b"), "romaji_caps",
                             {"jp_listed": True, "caps": True, "who_after": False}))
    return out


def _not_a_strict_name(words: list) -> bool:
    """A strict context (a signature, a self-introduction) wants two words or more, none a stop or
    not-name word, and capitals only where the whole name is written in capitals."""
    return len(words) < 2 or any(w in _EN_NOT_NAME or w in _EN_STOP
                                 or (w.isupper() and len(w) > 1 and not _caps_name(words)) for w in words)


def _caps_name(words: list) -> bool:
    """A name written all in capitals, as passports and forms print it ("I am KIM MIN-JI"): 2-3 words,
    each Hepburn-shaped or a frequent name of the world (URGENT NOTICE is neither)."""
    if not 2 <= len(words) <= 4 or not all(w.replace("-", "").isalpha() and w.isupper() for w in words):
        return False
    if len(words) <= 3 and all(all(_hepburn(p.capitalize()) or _fold(p.capitalize()) in _WORLD_NAMES or p.lower() in _PARTICLES_EN
                                   or p.capitalize() in _FOREIGN_SURNAMES for p in w.split("-")) for w in words):
        return True
    # (a Vietnamese or Chinese name opens with its listed family name and goes on with short given names the lists do not
    # hold, as a card prints it: BUI VAN LONG, NGUYEN THI HONG NHUNG)
    return (_fold(words[0].capitalize()) in _FOREIGN_SURNAMES and all(len(w) <= 7 for w in words[1:])
            and not any(w.capitalize() in _EN_NOT_NAME or w.capitalize() in _EN_STOP for w in words[1:]))


# a card's label in capitals, then the name in capitals after a space or two, alone on its line — as OCR reads a
# residence card or a passport (NAME  SANTOS  FERREIRA  LUCAS)
_CAPS_LABEL_LINE = compile_fast(r"(?m)^[ \t]*(?:FULL[ ]NAME|NAME|SURNAME|GIVEN[ ]NAMES?)[ \t]{1,3}"
                                r"(?P<n>[A-Z][A-Z'\-]+(?:[ ]{1,2}[A-Z][A-Z'\-]+){1,4})[ \t]*$")


def _colon_label_matches(text: str):
    """Names after "<label>:" — found from the colons followed by a capital letter (a
    case-insensitive alternation of labels tried at every position would be slow)."""
    if "NAME" in text:
        yield from _CAPS_LABEL_LINE.finditer(text)
    for colon in (":", "：", "="):
        p = text.find(colon)
        while p != -1:
            q = p + 1
            while q < len(text) and text[q] in " \t":
                q += 1
            if colon == "=":
                # a key of a log or a config (name='Budi Santoso'): only with the value quoted
                if q >= len(text) or text[q] not in "'\"":
                    p = text.find(colon, p + 1)
                    continue
                q += 1
            elif q < len(text) and text[q] in "'\"":
                q += 1  # (a JSON or YAML value: "resident": "Mele Taufa")
            if q < len(text) and (text[q].isascii() and text[q].isupper() or "\u00C0" <= text[q] <= "\u024F"):
                m = _LNAME_AT.match(text, q)
                if m:
                    w = text[max(0, p - 16):p].rstrip(" \t\"'").lower()
                    lab = next((x for x in _LABELS_EN if w.endswith(x)), None)
                    if lab and not w[len(w) - len(lab) - 1:len(w) - len(lab)].isalnum():
                        yield m
            p = text.find(colon, p + 1)


# a label that says the value is a person of a case (Client: / "resident": …): any two name words after it are a name
_ROLE_LABEL_BEFORE = compile_fast(r"(?i:\b(?:student|client|resident|patient|tenant|guest|caller|customer|visitor|husband|"
                                  r"wife|father|mother|son|daughter|spouse|guardian|parent|child|insured|taxpayer|deceased|"
                                  r"informant|victim))[\"']?[ \t]*[:：=][ \t]*[\"']?$")


_SAMPLE_WORD_EN = compile_fast(r"(?i:sample|dummy|example|specimen)")


def _stop_word(w: str) -> bool:
    """An English stop word, also in capitals (SAMPLE — HOW TO FILL IN: a heading, no signature)."""
    return w in _EN_STOP or (len(w) > 1 and w.isupper() and w.capitalize() in _EN_STOP)


def _label_name(text: str, s: int, e: int, ctx: _Ctx):
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
                or w in _WESTERN_GIVEN or w in _WORLD_NAMES for w in folded)
    hep = all(_hepburn(w) for w in folded)
    if not (known or hep or (ctx.label == "colon" and (len(core) >= 3 or _ROLE_LABEL_BEFORE.search(text, max(0, s - 24), s)))):
        return None
    return _Name(s, e, words[-1], words[0], "romaji_context", {"context": ctx.reason, "slot": ctx.slot},
                 keys=_romaji_keys(words))


def _caps_on_cards(text: str) -> list[_Name]:
    """NGUYEN VAN HUNG, YAMADA TARO: names printed in capitals on residence cards and passports,
    near 在留カード/旅券/passport: a known surname, or every word Hepburn-shaped."""
    out: list[_Name] = []
    for m in _CAPS_RUN.finditer(text):
        s, e = m.span()
        # (or right after a slot word for a person, as a record lists a family: 父 KHATRI SURESH（38）, 母 SANTOS ANGELICA)
        line_start = text.rfind("\n", 0, s) + 1
        slot = _JP_SLOT_BEFORE.search(text[max(line_start, s - 20):s]) is not None
        if not slot and not _card_context(text, max(0, s - 150), e + 150):
            continue
        words = m.group(0).split()
        # (the country a card names, VIET NAM: its words are names alone — NGUYEN VAN NAM, TRAN VAN VIET)
        if "VIET NAM" in " ".join(words):
            continue
        # (a family name that is also an English word stands first on a card: SUN LINA, PARK MINJI)
        if any((w.capitalize() in _EN_STOP or w.capitalize() in _EN_NOT_NAME)
               and not (i == 0 and w.capitalize() in _AMBIG_SURNAMES) or w in _CARD_WORDS for i, w in enumerate(words)):
            continue
        caps = [_fold(w.capitalize()) for w in words]
        known = any(w in _FOREIGN_SURNAMES or w in JP_SURNAMES or w in JP_GIVEN for w in caps) or caps[0] in _AMBIG_SURNAMES
        if not known and not all(_hepburn(w) for w in caps) and not (slot and all(len(w) >= 3 for w in words)):
            continue
        out.append(_Name(s, e, words[0], words[-1], "romaji_card", {"card": True}))
    return out


def _japanese_romaji(text: str) -> list[_Name]:
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
        elif _ROMAJI_BEFORE.search(before) or _JP_SLOT_BEFORE.search(before):
            why = "before"  # with/ask/from/cc … before, or a Japanese slot word (寄附者 Yuto Kasahara, 申請者：…)
        elif _ROMAJI_AFTER.match(text, b):
            why = "after"  # 's/will/said … after
        else:
            why = "bare"
        sig = {why: True, why + "_both": both}
        out.append(_Name(a, b, w2 if g1 else w1, w1 if g1 else w2, "romaji_japanese", sig,
                         keys=_romaji_keys([w1, w2])))
    return out


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
    # (each part of a double-barrelled name too: Ellingham-Cho in m.ellingham.cho@…)
    parts = [p.lower() for w in words for p in re.split(r"[-'’]", w) if len(p) >= 3]
    for m in _EMAIL_LOCAL.finditer(low):
        if any(p in m.group(1) for p in parts):
            return ev.PERSON_ROMAJI_SIGNATURE
    return 0.0  # a title-case line over an office phone (Review Budget / Tel: …) is not enough


def _foreign_romaji(text: str, doc: Optional[Document] = None) -> list[_Name]:
    """Foreign residents' names in romaji (Nguyen Thi Lan, Park Ji-hoon, João da Silva):
    2-4 capitalised words with a name slot before, a nationality/age bracket after, a common
    foreign surname, or a resident context (転入, 在留, 国籍 …) in the sentence; or opening a row of a
    list whose line holds a person's phone, birth date or number (2 Kowalski Marta　1991年生　080-…)."""
    out: list[_Name] = []
    for m in _FOREIGN_RUN.finditer(text):
        s, e = m.span("n")
        while text[e - 1] == "'":
            e -= 1  # the quote that closes a quoted value ('Pham Thi Mai')
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
        honor = (_KATA_HONOR.match(text, e) or _CLOSE_THEN_HONOR.match(text, e)
                 or _BRACKET_THEN_HONOR.match(text, e)) if japanese else None
        # (a word of the world's names or a frequent foreign surname among its words: Release Notes opening a dated row
        # is a document's title)
        row_pii = bool(doc is not None and any(w in _FIELD_NAMES for w in folded)
                       and (_ROW_START_BEFORE.search(text, max(0, s - 8), s) or _CELL_BEFORE.search(text, max(0, s - 4), s))
                       and blocking_pii_on_line(doc, s, _ROW_PII_TYPES))
        # (… or the whole value of a record's field, 「Cliente: Thiago Henrique Yamashiro Alves」, whose record —
        # the lines around it up to a blank line — holds such data: a form's person, not a heading's words)
        row_pii = row_pii or bool(doc is not None and any(w in _FIELD_NAMES for w in folded)
                                  and _FIELD_LABEL_BEFORE.search(text, max(0, s - 30), s) and _FIELD_VALUE_END.match(text, e)
                                  and blocking_pii_on_line(doc, s, _RECORD_PII_TYPES, lines_around=4))
        sig = {"honor": bool(honor), "left": bool(left), "right": bool(right),
               "surname_procedure": bool((strong and context) or (ambig and _RESIDENT_CONTEXT.search(sentence))),
               "surname_particle": strong and after, "surname": strong, "row_pii": row_pii}
        out.append(_Name(s, e, words[0], words[-1], "romaji_foreign", sig, keys=_romaji_keys(words)))
    return out


# the personal data that makes a row a person's (a phone, a birth date, a personal number)
_ROW_PII_TYPES = _ID_TYPES | {"PHONE_NUMBER", "DATE_OF_BIRTH"}
# … or a cell of such a row, after a tab, a wide gap or a Japanese cell (B-2 ケバブハウス Ali Demirtaş 070-…)
# (or a CSV's or an SQL row's cell: 10232,Pham Thi Mai / VALUES (10232, 'Pham Thi Mai', …); or a list's fields set
# apart by slashes or bars: 吹奏楽／Kimberly Hayes／k.hayes…@outlook.com／070-…)
_CELL_BEFORE = compile_fast(r"(?:\t|[ぁ-んァ-ヶ一-龥ー][ 　]+|[ 　]{2,}|[,(/|][ ]?['\"]?)$")
# … and in a record's fields, a personal mail address too (Personal email: …@gmail.com)
_RECORD_PII_TYPES = _ROW_PII_TYPES | {"EMAIL_ADDRESS"}
# a field's label at its line's start (Cliente: , New ALT: , 申請者（英字）：), and the value's end: the line's end or
# a bracket after it
_FIELD_LABEL_BEFORE = compile_fast(r"(?:^|\n)[ \t　]*[^\n:：。.!?]{1,24}[:：][ \t　]*$")
_FIELD_VALUE_END = compile_fast(r"[ \t　]*(?:[（(][^\n]*)?(?:\n|$)")
# the names that make a field's value a person's: the world's names, the western given names, the foreign residents'
# surnames
_FIELD_NAMES = _WORLD_NAMES | _WESTERN_GIVEN | _FOREIGN_SURNAMES
# the start of a list's row: a line's start, after an item's number or mark
_ROW_START_BEFORE = compile_fast(r"(?:^|\n)[ \t　]*(?:[0-9０-９]{1,3}[.．、)）]?[ \t　]+|[・\-*][ \t　]*)?$")


# -- a found name written again in Latin letters (都丸 健吾 … TOMARU KENGO on a business card) ----------
# The dictionary's katakana reading of each part, romanised (Hepburn) and compared loosely: long vowels
# are written ou, oo, oh or not at all (佐藤: Sato, Satou, Satoh), so both sides drop them before comparing.
_MORA = dict(zip(
    "アイウエオカキクケコガギグゲゴサシスセソザジズゼゾタチツテトダヂヅデドナニヌネノハヒフヘホバビブベボパピプペポマミムメモヤユヨラリルレロワヲンヴ",
    "a i u e o ka ki ku ke ko ga gi gu ge go sa shi su se so za ji zu ze zo ta chi tsu te to da ji zu de do "
    "na ni nu ne no ha hi fu he ho ba bi bu be bo pa pi pu pe po ma mi mu me mo ya yu yo ra ri ru re ro wa o n vu".split()))
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}
_SMALL_VOWEL = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}
_LONG_VOWELS = re.compile(r"(?<=o)[uoh](?![aeiouy])|(?<=u)u|(?<=e)e")
LATIN_PAIR = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,})[ \u3000]+([A-Za-z]{2,})(?![A-Za-z])")


def katakana_to_romaji(kata: str) -> str:
    """Hepburn for a katakana reading (トマル → tomaru, キョウコ → kyouko); '' for anything else."""
    out: list[str] = []
    double = False
    for ch in kata:
        if ch == "ッ":
            double = True
            continue
        if ch == "ー":
            if out:
                out.append(out[-1][-1])
            continue
        if ch in _SMALL_Y and out and out[-1].endswith("i"):
            prev = out.pop()
            out.append(prev[:-1] + _SMALL_Y[ch] if prev[:-1] in ("sh", "ch", "j") else prev[:-1] + "y" + _SMALL_Y[ch])
            continue
        if ch in _SMALL_VOWEL and out:
            out.append(out.pop()[:-1] + _SMALL_VOWEL[ch])
            continue
        mora = _MORA.get(ch)
        if mora is None:
            return ""
        if double:
            mora = ("t" if mora.startswith("ch") else mora[0]) + mora
            double = False
        out.append(mora)
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def romaji_key(word: str) -> str:
    """A romanised name part compared loosely: lower case, long vowels dropped, m before b/p/m as n."""
    w = word.lower()
    w = _LONG_VOWELS.sub("", w)
    return re.sub(r"m(?=[bpm])", "n", w)


def latin_readings(text: str, keys: dict[tuple[str, str], float]) -> list[tuple[int, int, float]]:
    """(start, end, score) of each pair of Latin words that spells a found name's two parts, in either
    order (`keys`: (surname key, given-name key) → the name's score)."""
    out = []
    initials = {part[0] for pair in keys for part in pair}  # (most pairs of an English text start with other letters)
    for m in LATIN_PAIR.finditer(text):
        if m.group(1)[0].lower() not in initials or m.group(2)[0].lower() not in initials:
            continue
        a, b = romaji_key(m.group(1)), romaji_key(m.group(2))
        score = keys.get((a, b)) or keys.get((b, a))
        if score:
            out.append((m.start(), m.end(), score))
    return out


# -- a Latin name spelled again in a personal e-mail address on its line (Tanaka Lucas … lucas.tanaka.food@gmail.com) --
_FREE_MAIL = re.compile(r"([A-Za-z0-9._%+\-]{5,64})@(?:gmail|googlemail|yahoo|ymail|icloud|me|mac|hotmail|outlook|live|msn|aol|"
                        r"proton(?:mail)?|docomo|ezweb|au|softbank|i\.softbank|ymobile|nifty|biglobe|ocn)\.[A-Za-z.]{2,10}")
_LOCAL_PIECES = re.compile(r"[._%+\-0-9]+")


def names_in_personal_mail(text: str) -> list[tuple[int, int]]:
    """(start, end) of each pair of Latin words on an e-mail address's line whose two words are both pieces
    of the address's local part, at a free mail service (a person's own address, not an office's)."""
    if "@" not in text:
        return []
    out = []
    for em in _FREE_MAIL.finditer(text):
        pieces = {p for p in _LOCAL_PIECES.split(em.group(1).lower()) if len(p) >= 3}
        if len(pieces) < 2:
            continue
        a = text.rfind("\n", 0, em.start()) + 1
        b = text.find("\n", em.end())
        for m in LATIN_PAIR.finditer(text, a, len(text) if b < 0 else b):
            if m.group(1).lower() in pieces and m.group(2).lower() in pieces:
                out.append((m.start(), m.end()))
    return out
