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

The rules are data: service/rules/marking.toml (patterns, scores, reasons, examples);
this module only runs them.
"""
from __future__ import annotations

from .. import lexicon
from . import register
from .engine import RuleDetector

TYPE = "CONFIDENTIAL_MARKING"


@register
class ConfidentialMarkingDetector(RuleDetector):
    type = TYPE
    rules_file = "marking"
    context_words = lexicon.words("marking.confidentialmarking.context_words")


__all__ = ["ConfidentialMarkingDetector"]
