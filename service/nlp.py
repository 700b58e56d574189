"""Japanese morphology with SudachiPy (dictionary from the `sudachidict-core` package).

Built once per app; `tokenize(text)` returns tokens with offsets into `text`.
Sudachi refuses inputs over 49,149 bytes, so long texts are cut into chunks at line
or sentence boundaries and the offsets are shifted back, so they stay exact.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHUNK_BYTES = 40_000  # below Sudachi's 49,149-byte limit, with room to spare
_BOUNDARY = re.compile(r"[\n。！？!?]")


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    start: int
    end: int
    pos: tuple  # Sudachi's six-level part of speech, e.g. ('名詞','固有名詞','人名','姓','*','*')
    reading: str
    normalized: str

    @property
    def is_person_name(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "人名"

    @property
    def is_place_name(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "地名"


class Morphology:
    def __init__(self):
        from sudachipy import Dictionary, SplitMode

        self._tokenizer = Dictionary(dict="core").tokenizer(mode=SplitMode.C)

    def __call__(self, text: str) -> list[Token]:
        return self.tokenize(text)

    def tokenize(self, text: str) -> list[Token]:
        out: list[Token] = []
        for offset, chunk in _chunks(text):
            for m in self._tokenizer.tokenize(chunk):
                out.append(Token(m.surface(), m.begin() + offset, m.end() + offset,
                                 tuple(m.part_of_speech()), m.reading_form(),
                                 m.normalized_form()))
        return out


def _chunks(text: str):
    """(offset, chunk) pieces of at most MAX_CHUNK_BYTES UTF-8 bytes each."""
    if len(text) * 4 <= MAX_CHUNK_BYTES or len(text.encode("utf-8")) <= MAX_CHUNK_BYTES:
        if text:
            yield 0, text
        return
    start = 0
    n = len(text)
    while start < n:
        # Grow the chunk by characters up to the byte budget, then back off to a boundary.
        end = start
        size = 0
        while end < n:
            b = len(text[end].encode("utf-8"))
            if size + b > MAX_CHUNK_BYTES:
                break
            size += b
            end += 1
        if end < n:
            cut = -1
            for m in _BOUNDARY.finditer(text, start, end):
                cut = m.end()
            if cut > start:
                end = cut
        yield start, text[start:end]
        start = end
