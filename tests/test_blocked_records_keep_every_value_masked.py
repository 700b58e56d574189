"""In a paragraph that blocks on a personal fact the learned judge does not re-score (a 要配慮
fact, an identifier, a birth date, a number assigned to a person), a name is part of that
personal record: the judge may demote it to a warn — it stays masked in `redacted_text` — but
never drops it. A paragraph with no such fact is left to the judge."""
from __future__ import annotations

from service.detectors.base import Candidate, Document
from service.learned.layer import _blocked_paragraphs


def _doc(text, cands):
    d = Document(text)
    d.candidates = cands
    return d


TEXT = "議事録から抜粋。\n\n委員長 三上 俊介 が発言。\n\n相談者 三上 俊介 は適応障害で通院中。"


def test_a_name_beside_a_blocking_sensitive_fact_is_kept():
    name_in_record = TEXT.rindex("三上 俊介")
    fact = TEXT.index("適応障害")
    doc = _doc(TEXT, [Candidate("SENSITIVE_PERSONAL_INFO", fact, fact + 4, 0.92, "x")])
    kept = _blocked_paragraphs(doc)
    assert kept.holds(Candidate("PERSON", name_in_record, name_in_record + 5, 0.8, "x"))


def test_a_name_in_another_paragraph_is_left_to_the_judge():
    name_elsewhere = TEXT.index("三上 俊介")
    fact = TEXT.index("適応障害")
    doc = _doc(TEXT, [Candidate("SENSITIVE_PERSONAL_INFO", fact, fact + 4, 0.92, "x")])
    assert not _blocked_paragraphs(doc).holds(Candidate("PERSON", name_elsewhere, name_elsewhere + 5, 0.8, "x"))


def test_warn_level_facts_and_judged_contacts_do_not_hold_a_name():
    name_in_record = TEXT.rindex("三上 俊介")
    fact = TEXT.index("適応障害")
    doc = _doc(TEXT, [Candidate("SENSITIVE_PERSONAL_INFO", fact, fact + 4, 0.55, "x"),
                      Candidate("PHONE_NUMBER", fact, fact + 4, 0.9, "x")])
    assert not _blocked_paragraphs(doc).holds(Candidate("PERSON", name_in_record, name_in_record + 5, 0.8, "x"))
