"""Japanese morphology with SudachiPy (dictionary from the `sudachidict-core` package).

Built once per app; `tokenize(text)` returns tokens with offsets into `text`.
Sudachi refuses inputs over 49,149 bytes, so long texts are cut into chunks at line
or sentence boundaries and the offsets are shifted back, so they stay exact; each chunk is
analysed in pieces of whole lines that give exactly the chunk's tokens (`_line_pieces`:
Sudachi is faster on short inputs). A text of three chunks or more is tokenised by the
calling thread and one helper thread taking those pieces in turn: Sudachi releases the GIL
while it analyses, so two pieces are analysed at once on two cores (the tokens are exactly
those of one thread), but only while a core is free (`_cores_idle`).
"""
from __future__ import annotations

import itertools
import os
import re
import threading
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from typing import Optional

# Sudachi refuses inputs over 49,149 bytes, and it is also markedly faster on short inputs
# (measured here on 20,000 characters: 52 ms in 40 kB pieces, 29 ms in 1,000-character
# pieces). So text goes in pieces of at most CHUNK_CHARS characters (≤ 4 bytes each: always
# under the limit), cut after a sentence end, else after a comma, else after a space.
CHUNK_CHARS = 1000
MAX_CHUNK_BYTES = 4 * CHUNK_CHARS
# Texts of this many chunks or more are tokenised side by side (the calling thread and a helper).
PARALLEL_MIN_CHUNKS = 3
# Within a chunk, lines are tokenised in pieces of about this many characters (_line_pieces).
LINE_PIECE_CHARS = 100
# One helper per scan tokenising side by side; two, in case two scans start at once.
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="mamori-sudachi")
_CPUS = os.cpu_count() or 1
_BOUNDARY = re.compile(r"[\n。！？!?]")
_COMMA = re.compile(r"[、，,]")
_SPACE = re.compile(r"\s")


class Token:
    """One morpheme: its surface, offsets into the tokenised text and part of speech.
    Nothing of Sudachi's is kept: a MorphemeList holds megabytes per chunk, and a token
    that pointed into it would keep every chunk of a long text alive at once."""

    __slots__ = ("surface", "start", "end", "pos")

    def __init__(self, surface: str, start: int, end: int, pos: tuple):
        self.surface = surface
        self.start = start
        self.end = end
        self.pos = pos  # Sudachi's six-level part of speech, e.g. ('名詞','固有名詞','人名','姓','*','*')

    @property
    def is_person_name(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "人名"

    @property
    def is_place_name(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "地名"

    def __repr__(self) -> str:
        return f"Token({self.surface!r}, {self.start}, {self.end}, {self.pos[:4]})"


class Morphology:
    """Thread-safe: a Sudachi Tokenizer must not be used by two threads at once (it raises
    "Tokenizer is already in use"), and waitress serves requests on several threads, so
    each thread gets its own tokenizer over the one shared dictionary."""

    def __init__(self):
        from sudachipy import Dictionary, SplitMode

        self._dictionary = Dictionary(dict="core")
        self._mode = SplitMode.C
        self._local = threading.local()
        self._busy = 0  # scans of this process tokenising in parallel right now
        self._busy_lock = threading.Lock()
        # Part-of-speech id → tuple, for the dictionary's whole part-of-speech table (~1,600
        # entries, fixed: no user dictionary is loaded), so every id a morpheme of this
        # dictionary can carry is in it and the token loop does one plain dict lookup per token.
        self._pos_cache: dict[int, tuple] = {}
        pid = 0
        while (pos := self._dictionary.pos_of(pid)) is not None:
            self._pos_cache[pid] = tuple(pos)
            pid += 1

    @property
    def _tokenizer(self):
        tok = getattr(self._local, "tokenizer", None)
        if tok is None:
            # Only the part of speech is read (surfaces come from the text itself).
            tok = self._local.tokenizer = self._dictionary.tokenizer(mode=self._mode, fields={"pos"})
        return tok

    def __call__(self, text: str) -> list[Token]:
        return self.tokenize(text)

    def reading(self, word: str) -> str:
        """The word's reading in katakana (高木 → タカギ), from the dictionary; '' when it has none.
        Asked only for the few names a scan found (cached), by a tokenizer of its own that also
        reads the reading form, so the token loop of every scan stays as lean as it is."""
        cache = self.__dict__.setdefault("_readings", {})
        got = cache.get(word)
        if got is None:
            tok = getattr(self._local, "reader", None)
            if tok is None:
                tok = self._local.reader = self._dictionary.tokenizer(mode=self._mode)
            got = "".join(m.reading_form() for m in tok.tokenize(word))
            if len(cache) < 4096:
                cache[word] = got
        return got

    def _entries(self, word: str) -> tuple:
        """The parts of speech (first four levels) of the dictionary's entries for `word`. Asked only
        of the few name candidates a scan finds (cached), by a lookup of the lexicon, not a tokenisation."""
        cache = self.__dict__.setdefault("_entries_cache", {})
        got = cache.get(word)
        if got is None:
            got = tuple(tuple(m.part_of_speech()[:4]) for m in self._dictionary.lookup(word))
            if len(cache) < 4096:
                cache[word] = got
        return got

    def is_common_noun(self, word: str) -> bool:
        """Whether the dictionary holds `word` as a common noun (平均, 林業; also 陽子, which is a name too)."""
        return any(p[:2] == ("名詞", "普通名詞") for p in self._entries(word))

    def is_also_common_word(self, word: str) -> bool:
        """Whether the dictionary holds `word` as a common noun too (ベンダー: a vendor, and a surname)."""
        return any(p[:2] == ("名詞", "普通名詞") for p in self._entries(word))

    def is_also_person_name(self, word: str) -> bool:
        """Whether the dictionary holds `word` as a person's name too (瑞穂: a place, and a given name)."""
        return any(p[:3] == ("名詞", "固有名詞", "人名") for p in self._entries(word))

    def is_also_name_part(self, word: str, part: str) -> bool:
        """Whether the dictionary holds `word` as a family name (part 姓) or a given name (part 名) too, whatever the
        context made of it (石倉: a stone store, and a surname; 孝: filial piety, and a given name)."""
        return any(p == ("名詞", "固有名詞", "人名", part) for p in self._entries(word))

    def is_only_common_word(self, word: str) -> bool:
        """Whether the dictionary holds `word`, and never as a proper noun (更新, 平均; not 陽子 or 紬)."""
        entries = self._entries(word)
        return bool(entries) and all(p[1] != "固有名詞" for p in entries)

    def tokenize(self, text: str) -> list[Token]:
        chunks = list(_chunks(text))
        if len(chunks) < PARALLEL_MIN_CHUNKS or not self._cores_idle():
            tokens = self._tokenize_chunks(text, chunks)
        else:
            with self._busy_lock:
                self._busy += 1
            try:
                tokens = self._tokenize_side_by_side(text, chunks)
            finally:
                with self._busy_lock:
                    self._busy -= 1
        if "くん" in text:
            _split_kun(tokens)
        if _READING_IN_BRACKETS.search(text):
            self._split_readings(text, tokens)
        return tokens

    def _split_readings(self, text: str, tokens: list) -> None:
        """A word and its one-word reading in brackets that Sudachi gives as one token (蒼(あおい), 資料(しりょう)):
        the word's own tokens, then the bracket's, so a given name read aloud after its family name (石原 蒼(あおい))
        is still a given name (in place; only tokens that end in a closing bracket are looked at)."""
        k = len(tokens) - 1
        while k >= 0:
            t = tokens[k]
            if t.surface[-1:] in _CLOSING and len(t.surface) > 3:
                m = _WORD_AND_READING.fullmatch(t.surface)
                if m:
                    cut = t.start + m.end("w")
                    pieces: list = []
                    if self._tokenize_piece(pieces, text, t.start, text[t.start:cut], False) \
                            and self._tokenize_piece(pieces, text, cut, text[cut:t.end], False):
                        tokens[k:k + 1] = pieces
            k -= 1

    def _tokenize_side_by_side(self, text: str, chunks) -> list[Token]:
        """Sudachi releases the GIL while it analyses: the calling thread and one helper thread
        take the line pieces of every chunk in turn (two cores analyse at once; each releases
        the GIL again within a piece's few microseconds of Python, so neither waits long for
        it), then the pieces are put in order. Exactly the serial tokens: each piece is
        tokenised as _tokenize_chunks does, and a chunk whose piece fell back is redone whole."""
        units = [(k, piece) for k, (offset, chunk) in enumerate(chunks) for piece in _chunk_pieces(offset, chunk)]
        results: list[Optional[list[Token]]] = [None] * len(units)
        taken = itertools.count()  # next() on it is atomic under the GIL
        n = len(units)

        def work() -> None:
            while (i := next(taken)) < n:
                o, piece, lead = units[i][1]
                toks: list[Token] = []
                if self._tokenize_piece(toks, text, o, piece, lead):
                    results[i] = toks

        helper = _POOL.submit(work)
        work()
        helper.result()
        out: list[Token] = []
        i = 0
        for k, (offset, chunk) in enumerate(chunks):
            j = i
            while j < n and units[j][0] == k:
                j += 1
            if any(r is None for r in results[i:j]):
                self._tokenize_piece(out, text, offset, chunk, False)  # as _tokenize_chunks falls back
            else:
                for r in results[i:j]:
                    out.extend(r)
            i = j
        return out

    def _cores_idle(self) -> bool:
        """Parallel tokenising only pays when a core is free: not while another scan of this
        process tokenises in parallel, nor when the machine's run queue already fills its
        cores (then the helper threads wait for a core and the scan gets slower, measured:
        63 → 78 ms at a load of 7 on 2 cores). The load average is not available on Windows:
        there only the first test applies."""
        if self._busy:
            return False
        try:
            return os.getloadavg()[0] < _CPUS - 0.5
        except (AttributeError, OSError):
            return True

    def _tokenize_chunks(self, text: str, chunks) -> list[Token]:
        out: list[Token] = []
        for offset, chunk in chunks:
            mark = len(out)
            if not all(self._tokenize_piece(out, text, o, piece, lead) for o, piece, lead in _chunk_pieces(offset, chunk)):
                # A piece did not begin with its newline's own morpheme (see _line_pieces: not
                # expected to happen): the chunk is tokenised whole instead.
                del out[mark:]
                self._tokenize_piece(out, text, offset, chunk, False)
        return out

    def _tokenize_piece(self, out: list, text: str, offset: int, piece: str, lead: bool) -> bool:
        """Appends the tokens of text[offset:offset + len(piece)] to `out`; with `lead`, the
        piece begins with a newline that the piece before already holds as its last token: it
        is there only as left context and its token is skipped. False if it was not one token."""
        append = out.append
        pos_of = self._pos_cache
        new_token = object.__new__
        b = offset
        morphemes = iter(self._tokenizer.tokenize(piece))
        if lead:
            if next(morphemes).end() != 1:
                return False
            b += 1
        for m in morphemes:
            # Tokens tile the piece, so a token begins where the previous one ended
            # (m.begin() costs as much again as m.end()).
            e = m.end() + offset
            # The hottest loop of a scan (one pass per morpheme, ~1,500 per average text):
            # filling the slots directly skips the call to Token.__init__ (~10% of
            # tokenising). It sets exactly what Token.__init__ sets.
            t = new_token(Token)
            t.surface = text[b:e]
            t.start = b
            t.end = e
            t.pos = pos_of[m.part_of_speech_id()]
            append(t)
            b = e
        return True


_NOUN = ("名詞", "普通名詞", "一般", "*", "*", "*")
_SUFFIX = ("接尾辞", "名詞的", "一般", "*", "*", "*")
_KANJI_STEM = re.compile(r"[一-龥々]{1,2}")


_CLOSING = (")", "）")
# a reading in kana in brackets, asked of the whole text first (most texts hold none: no pass over their tokens)
_READING_IN_BRACKETS = re.compile(r"[(（][ぁ-んァ-ヶー]+[)）]")
_WORD_AND_READING = re.compile(r"(?P<w>[^()（）]+)[(（][ぁ-んァ-ヶー]+[)）]")


def _split_kun(tokens: list) -> None:
    """A boy's name before くん that Sudachi reads as a verb in く and a ん (陽翔くん → 陽 / 翔く / ん; 輝くん → 輝く / ん):
    the kanji and くん again, so the name and its honorific are seen (in place; rare, found by the text's くん)."""
    k = len(tokens) - 2
    while k >= 0:
        t, nxt = tokens[k], tokens[k + 1]
        if (nxt.surface == "ん" and t.surface.endswith("く") and t.pos[0] == "動詞" and t.end == nxt.start
                and _KANJI_STEM.fullmatch(t.surface, 0, len(t.surface) - 1)):
            stem = Token(t.surface[:-1], t.start, t.end - 1, _NOUN)
            tokens[k:k + 2] = [stem, Token("くん", t.end - 1, nxt.end, _SUFFIX)]
        k -= 1


def _chunk_pieces(offset: int, chunk: str):
    """(offset, piece, lead) of a chunk: the chunk itself when short, else its line pieces."""
    if len(chunk) < 2 * LINE_PIECE_CHARS:
        return [(offset, chunk, False)]
    return list(_line_pieces(offset, chunk))


def _line_pieces(offset: int, chunk: str):
    """A chunk in pieces of about LINE_PIECE_CHARS whole lines, tokenised exactly as the
    chunk is: a piece ends just after a newline and the next piece begins *with* that newline,
    so every token on either side sees the same neighbour (the newline) as in the whole chunk,
    and the newline's own token is taken from the first piece only (`lead`). Exact because a
    newline between two non-space characters is one morpheme that every segmentation passes
    through (Sudachi joins it only with adjacent whitespace, after NFKC), so the best path
    splits there. Sudachi is superlinear in its input: a dense 5,000-character roster
    tokenises in about 4.1 ms in such pieces instead of 5.3 ms in 1,000-character chunks
    (measured side by side, tokens compared equal on 5,395 texts)."""
    n = len(chunk)
    a, lead = 0, False
    while n - a >= 2 * LINE_PIECE_CHARS:
        p = chunk.find("\n", a + LINE_PIECE_CHARS, n - LINE_PIECE_CHARS)
        while p != -1 and not _clean_newline(chunk, p):
            p = chunk.find("\n", p + 1, n - LINE_PIECE_CHARS)
        if p == -1:
            break
        yield offset + a, chunk[a:p + 1], lead
        a, lead = p, True
    yield offset + a, chunk[a:], lead


def _clean_newline(chunk: str, p: int) -> bool:
    """Neither neighbour of the newline at p is, or becomes under Sudachi's NFKC, whitespace
    (Sudachi groups a run of whitespace into one morpheme)."""
    for ch in (chunk[p - 1], chunk[p + 1]):
        if ch.isspace():
            return False
        folded = _nfkc(ch)
        if folded[:1].isspace() or folded[-1:].isspace():
            return False
    return True


def _nfkc(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch)


def _chunks(text: str):
    """(offset, chunk) pieces of at most CHUNK_CHARS characters, cut where a word cannot
    continue: after a sentence end, else after a comma, else after a space."""
    n = len(text)
    start = 0
    while start < n:
        end = min(n, start + CHUNK_CHARS)
        if end < n:
            cut = -1
            for rx in (_BOUNDARY, _COMMA, _SPACE):
                for m in rx.finditer(text, start + CHUNK_CHARS // 2, end):
                    cut = m.end()
                if cut > start:
                    end = cut
                    break
        yield start, text[start:end]
        start = end
