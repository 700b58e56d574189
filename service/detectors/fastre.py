"""`compile_fast`: the same regex, with a hint that lets sre skip ahead.

Python's regex engine tries a pattern at every position of the text unless the pattern
starts with something it can scan for. Patterns that start with a look-behind, or with an
alternation of Japanese words, get no such help: at 5,000 characters each costs about a
millisecond. When the set of characters a match can start with is small and known, a
leading look-ahead `(?=[…])` on exactly that set gives sre a character class to scan
for, and the pattern matches exactly the same spans (the look-ahead only ever admits
positions where a match could start anyway) — typically 3–5x faster.

The first-character set comes from sre's own parse of the pattern; anything this module
cannot reason about (`.`, `\\w`, a back-reference …) leaves the pattern as it was.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore
    import sre_parse as P  # type: ignore

MAX_FIRST_CHARS = 300


class _Unknown(Exception):
    pass


# Character categories inside a class (\d, \s, \w and their negations) are kept as
# categories in the look-ahead, so they stay exactly as Unicode-aware as the pattern.
_CATEGORY_TEXT = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}


def _first_of_sequence(items, fold: bool = False) -> tuple[set[int], bool]:
    """(first characters, can the sequence match empty); `fold`: inside (?i:…)."""
    firsts: set[int] = set()
    for op, av in items:
        f, nullable = _first_of_item(op, av, fold)
        firsts |= f
        if not nullable:
            return firsts, False
    return firsts, True


# Every BMP character but the surrogates, for sre itself to say which characters a literal
# matches under IGNORECASE (built on first use). Unicode has no case mapping between an astral
# character and a BMP one, so the BMP holds them all.
_BMP: list[str] = []
_FOLDS: dict[int, frozenset[int]] = {}


def _folded(c: int) -> frozenset[int]:
    """The characters the literal chr(c) matches under IGNORECASE, as sre decides it (k also
    matches the Kelvin sign, s the long s, i the dotted and dotless i): a look-ahead on them
    admits every position where the case-insensitive literal can match."""
    if c in _FOLDS:
        return _FOLDS[c]
    ch = chr(c)
    if ch.lower() == ch == ch.upper() and 0x3000 <= c <= 0x9FFF:
        found = frozenset((c,))  # kana and kanji have no case (the common case: no scan)
    elif c > 0xFFFF:
        raise _Unknown
    else:
        if not _BMP:
            _BMP.append("".join(chr(i) for i in range(0x10000) if not 0xD800 <= i <= 0xDFFF))
        found = frozenset(ord(m.group()) for m in re.finditer(re.escape(ch), _BMP[0], re.IGNORECASE)) | {c}
    _FOLDS[c] = found
    return found


def _first_of_item(op, av, fold: bool = False) -> tuple[set[int], bool]:
    if op is C.LITERAL:
        return (set(_folded(av)) if fold else {av}), False
    if op is C.IN:
        chars: set = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                chars.update(_folded(iav) if fold else (iav,))
            elif iop is C.RANGE:
                lo, hi = iav
                if hi - lo > MAX_FIRST_CHARS:
                    raise _Unknown
                for c in range(lo, hi + 1):
                    chars.update(_folded(c) if fold else (c,))
            elif iop is C.CATEGORY and iav in _CATEGORY_TEXT:
                chars.add(_CATEGORY_TEXT[iav])
            else:  # NEGATE …
                raise _Unknown
        return chars, False
    if op is C.BRANCH:
        firsts: set[int] = set()
        nullable = False
        for branch in av[1]:
            f, n = _first_of_sequence(branch, fold)
            firsts |= f
            nullable = nullable or n
        return firsts, nullable
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~re.IGNORECASE:
            raise _Unknown  # other inline flags ((?a:…), (?x:…) …): left alone
        # (?i:…): its literals stand for every character they match ignoring case (_folded)
        inner = fold if not (add_flags or del_flags) else bool(add_flags & re.IGNORECASE)
        return _first_of_sequence(sub, inner)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        f, n = _first_of_sequence(sub, fold)
        return f, n or lo == 0
    if op is C.ASSERT and av[0] == 1:
        # a look-ahead that must match here: the match starts with what its content starts with
        # (a necessary condition; when the content can match empty, the next item decides)
        f, n = _first_of_sequence(av[1], fold)
        return (set(), True) if n else (f, False)
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return set(), True  # zero-width: the next item decides
    raise _Unknown


def first_characters(pattern: str, flags: int = 0) -> set[str] | None:
    """What a match of `pattern` can start with — characters, and class escapes such as
    backslash-d — or None if unknown or if the pattern can match the empty string."""
    try:
        parsed = P.parse(pattern, flags)
        # (a global IGNORECASE flag needs no folding here: the look-ahead is compiled with it)
        firsts, nullable = _first_of_sequence(list(parsed))
    except (_Unknown, re.error, TypeError, ValueError):
        return None
    if nullable or not firsts or len(firsts) > MAX_FIRST_CHARS:
        return None
    return {c if isinstance(c, str) else chr(c) for c in firsts}


_GLOBAL_INLINE_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def _sre_scans_already(items) -> bool:
    """Whether sre finds the pattern's first character by itself: it does when the pattern
    starts with a literal, a class, or an alternation of those (then a hint only slows it
    down); it does not after a look-around, an anchor or an optional first element."""
    if not items:
        return False
    op, av = items[0]
    if op in (C.LITERAL, C.IN):
        return True
    if op is C.BRANCH:
        return all(branch and branch[0][0] in (C.LITERAL, C.IN) for branch in av[1])
    if op is C.SUBPATTERN and not av[1] and not av[2]:
        return _sre_scans_already(list(av[3]))
    return False


def _skip_group(pattern: str, i: int) -> int:
    """Index just after the group opening at pattern[i] == "(" (escapes and classes skipped)."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _Unknown


def _skip_class(pattern: str, i: int) -> int:
    """Index just after the character class opening at pattern[i] == "["."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1  # a "]" right after "[" or "[^" is a literal
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "]":
            return j + 1
        j += 1
    raise _Unknown


_COUNT = re.compile(r"\+|\{(\d+)(?:,(\d*))?\}")


def _first_char(pattern: str, start: int, op) -> tuple[str, str, str] | None:
    """The pattern's first class or character at `start` (after its look-behinds), split as
    (that character, the rest of its repeat count, the rest of the pattern), or None when the
    shape is not a plain one."""
    i = start
    if pattern[i] == "[":
        j = _skip_class(pattern, i)
    elif pattern[i] == "\\":
        j = i + 2
        if pattern[i + 1] in "xuUN0123456789":
            return None  # multi-character escapes: not worth the parsing
    elif pattern[i] in "()|.^$*+?{}":
        return None
    else:
        j = i + 1
    first = pattern[i:j]
    tail = pattern[j:]
    m = _COUNT.match(tail)
    if m:
        if tail[m.end():m.end() + 1] in ("?", "+"):
            return None  # lazy or possessive repeat
        rest = tail[m.end():]
        if m.group(0) == "+":
            count = "*"
        else:
            lo = int(m.group(1))
            if m.group(2) is None and "," not in m.group(0):
                count = "{%d}" % (lo - 1)
            elif m.group(2) == "":
                count = "{%d,}" % (lo - 1)
            else:
                count = "{%d,%d}" % (lo - 1, int(m.group(2)) - 1)
        follow = first + count
    else:
        if op not in (C.LITERAL, C.IN):
            return None
        rest, follow = tail, ""
    return first, follow, rest


def hoist_lookbehind(pattern: str, flags: int = 0) -> str | None:
    r"""`(?<!B)[C]…` rewritten as `[C](?<!B[\s\S])…` (likewise `(?<=B)`), or None.

    sre scans quickly for a pattern's first character only when the pattern *starts* with a
    character class or literal; behind a look-behind it tries the whole pattern at every
    position (a look-ahead hint still costs a call per position). Taking the first character
    first and asking the look-behind one character later tests exactly the same condition
    on the same character before the match, so the matches and their groups are the same.
    Only the plain shape is rewritten: the look-behind (no groups in it) directly followed
    by one class or character, repeated at least once, in a pattern that is a plain
    sequence (no top-level alternation)."""
    if flags & re.VERBOSE or not pattern.startswith(("(?<!", "(?<=")):
        return None
    try:
        parsed = list(P.parse(pattern, flags))
        # one or more look-behinds in a row (each asked one character later after the rewrite)
        n_behind = 0
        while n_behind < len(parsed) and parsed[n_behind][0] in (C.ASSERT, C.ASSERT_NOT) \
                and parsed[n_behind][1][0] == -1:
            n_behind += 1
        if n_behind == 0 or len(parsed) <= n_behind:
            return None
        behinds = []  # (kind "!" or "=", body)
        behind_end = 0
        for _ in range(n_behind):
            if not pattern.startswith(("(?<!", "(?<="), behind_end):
                return None
            end = _skip_group(pattern, behind_end)
            body = pattern[behind_end + 4:end - 1]
            if "(" in body.replace("\\(", ""):
                return None  # groups inside the look-behind: leave it
            behinds.append((pattern[behind_end + 3], body))
            behind_end = end
        op, av = parsed[n_behind]
        if op is C.SUBPATTERN:
            return _hoist_into_group(pattern, flags, behind_end)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            if av[0] < 1 or len(av[2]) != 1 or av[2][0][0] not in (C.LITERAL, C.IN):
                return None
        elif op not in (C.LITERAL, C.IN):
            return None
        split = _first_char(pattern, behind_end, op)
        if split is None:
            return None
        first, follow, rest = split
        later = "".join(f"(?<{kind}(?:{body})[\\s\\S])" for kind, body in behinds)
        new = f"{first}{later}{follow}{rest}"
        old_rx, new_rx = re.compile(pattern, flags), re.compile(new, flags)
        if old_rx.groups != new_rx.groups or old_rx.groupindex != new_rx.groupindex:
            return None
        return new
    except (_Unknown, re.error, IndexError, TypeError, ValueError):
        return None


_GROUP_OPEN = re.compile(r"\(\?P<\w+>|\(\?:|\((?!\?)")


def _hoist_into_group(pattern: str, flags: int, behind_end: int) -> str | None:
    r"""`(?<!B)(?P<k>[C]{1,3}…)…` → `(?P<k>[C](?<!B[\s\S])[C]{0,2}…)…`: the same rewrite inside
    a group that is not repeated itself (a repeated group would ask the look-behind again)."""
    opening = _GROUP_OPEN.match(pattern, behind_end)
    if not opening:
        return None
    close = _skip_group(pattern, behind_end)
    if pattern[close:close + 1] in ("*", "+", "?", "{"):
        return None
    inner = hoist_lookbehind(pattern[:behind_end] + pattern[opening.end():close - 1], flags)
    if inner is None:
        return None
    new = opening.group(0) + inner + pattern[close - 1:]
    old_rx, new_rx = re.compile(pattern, flags), re.compile(new, flags)
    if old_rx.groups != new_rx.groups or old_rx.groupindex != new_rx.groupindex:
        return None
    return new


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), led by its first character class when the pattern starts
    with a look-behind (see `hoist_lookbehind`), else by a look-ahead on its first
    characters when that helps (see `_sre_scans_already`) and the characters are known."""
    if _GLOBAL_INLINE_FLAGS.match(pattern):
        return re.compile(pattern, flags)  # "(?i)…" must stay at the very start
    hoisted = hoist_lookbehind(pattern, flags)
    if hoisted is not None:
        return re.compile(hoisted, flags)
    try:
        # (not under IGNORECASE: sre then scans for no cased first character by itself; the
        # look-ahead below is compiled with the same flag, so it admits every case of them)
        if not flags & re.IGNORECASE and _sre_scans_already(list(P.parse(pattern, flags))):
            return re.compile(pattern, flags)
    except re.error:
        return re.compile(pattern, flags)
    firsts = first_characters(pattern, flags)
    if firsts is None:
        return re.compile(pattern, flags)
    cls = "".join(c if len(c) == 2 and c[0] == "\\" else re.escape(c) for c in sorted(firsts))
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)


def compile_exists(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern that matches somewhere in a text exactly when `pattern` does — only for asking
    *whether* it occurs (a gate): its matches are one character long. Where sre would try the
    pattern at every position (it starts with a look-around, a repeat …), it is led by a class of
    its first characters, which sre scans for in C, and the pattern itself is asked from that
    character only (a look-ahead inside a one-character look-behind): about half the time of
    compile_fast's look-ahead hint on 5,000 characters. Otherwise as compile_fast."""
    try:
        if _GLOBAL_INLINE_FLAGS.match(pattern) or _sre_scans_already(list(P.parse(pattern, flags))):
            return compile_fast(pattern, flags)
    except re.error:
        return compile_fast(pattern, flags)
    firsts = first_characters(pattern, flags)  # (None when the pattern can match the empty string)
    if firsts is None:
        return compile_fast(pattern, flags)
    cls = "[" + "".join(c if len(c) == 2 and c[0] == "\\" else re.escape(c) for c in sorted(firsts)) + "]"
    try:
        return re.compile(f"{cls}(?<=(?={pattern}){cls})", flags)
    except re.error:  # (a pattern that cannot stand inside a look-behind)
        return compile_fast(pattern, flags)


def literal_alternation(words) -> str:
    """A pattern equal to `"|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))`
    — at each position the longest of the words that starts there — written as a trie:
    `予(?:定価格|算)` rather than `予定価格|予算`. sre tries the alternatives of an alternation one
    by one at every position where a first character occurs; in the trie only the one branch
    whose first character is there goes on, so a list of a few hundred words is scanned
    faster. Longest first still holds: at each node the longer continuations are tried before
    the word that ends there (`(?:…)?` is greedy), and two branches of a node never both match
    (they start with different characters)."""
    def node(suffixes: list[str]) -> str:
        children: dict[str, list[str]] = {}
        ends_here = False
        for w in suffixes:
            if w:
                children.setdefault(w[0], []).append(w[1:])
            else:
                ends_here = True
        if not children:
            return ""
        alts = []
        for c, rest in sorted(children.items()):
            # a chain with one way on is written out as plain characters (スペルガー, not ス(?:ペ(?:…)))
            chain = c
            while len(rest) > 0 and "" not in rest and len({w[0] for w in rest}) == 1:
                chain += rest[0][0]
                rest = [w[1:] for w in rest]
            alts.append(re.escape(chain) + node(rest))
        if len(alts) == 1 and not ends_here:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if ends_here else body

    words = sorted(set(words))
    if not words or "" in words:
        raise ValueError("literal_alternation needs non-empty words")
    return node(words)


# ---------------------------------------------------------------------------------------
# Required literals: words of which every match holds one (a cheap gate derived from the pattern)
# ---------------------------------------------------------------------------------------
MAX_LITERALS = 32  # a bigger set is a weaker gate than a shorter word of another item


def _exact_of_sequence(items, limit: int = MAX_LITERALS) -> set[str] | None:
    """Every string the sequence can match, when that is a finite set of at most `limit`."""
    out = {""}
    for op, av in items:
        strings = _exact_of_item(op, av, limit)
        if strings is None:
            return None
        out = {a + b for a in out for b in strings}
        if len(out) > limit:
            return None
    return out


def _exact_of_item(op, av, limit: int = MAX_LITERALS) -> set[str] | None:
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN and all(iop is C.LITERAL for iop, _ in av) and len(av) <= limit:
        return {chr(iav) for _, iav in av}
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _exact_of_sequence(branch, limit)
            if strings is None:
                return None
            out |= strings
        return out
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _exact_of_sequence(sub, limit)
    if op is C.MAX_REPEAT or op is C.MIN_REPEAT:
        lo, hi, sub = av
        strings = _exact_of_sequence(sub, limit)
        if strings is None or (lo, hi) != (0, 1):
            return None
        return strings | {""}
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {""}  # zero-width
    return None


def _words(words) -> tuple[str, ...]:
    # a word that holds another of the set adds nothing (予定価格 with 価格)
    words = {w for w in words if not any(v != w and v in w for v in words)}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _required_of_sequence(items) -> tuple[str, ...] | None:
    """Words of which every match of the sequence holds one, or None if none are known.
    Consecutive plain characters are joined into one word; an item with a small finite set of
    strings (an alternation of words) gives that set; other items what their own content
    requires. Each of these is required; one is enough for a gate: the first of the strongest
    (a topic noun comes first and is rarer than the words after it; particles and endings —
    の, で, ない — occur in almost every text)."""
    found: list[tuple[str, ...]] = []
    run = ""
    for op, av in list(items) + [(None, None)]:
        strings = _exact_of_item(op, av) if op is not None else None
        if strings is not None and len(strings) == 1:
            run += next(iter(strings))
            continue
        if run:
            found.append(_words({run}))
        run = ""
        if strings is not None:
            if "" not in strings:
                found.append(_words(strings))
        elif op is not None:
            need = _required_of_item(op, av)
            if need is not None:
                found.append(need)
    if not found:
        return None
    top = max(map(_strength, found))
    return next(words for words in found if _strength(words) == top)


def _strength(words: tuple[str, ...]) -> int:
    """2: every word has a kanji, katakana or latin letter and two characters or more; 1: some
    word is only hiragana (ない, まだ); 0: some word is one character (の, 代)."""
    return min(0 if len(w) < 2 else 1 if all("\u3041" <= ch <= "\u309f" for ch in w) else 2 for w in words)


def _required_of_item(op, av) -> tuple[str, ...] | None:
    if op is C.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            need = _required_of_sequence(branch)
            if need is None:
                return None  # a branch with no known word: a match may hold none
            words.update(need)
        return _words(words)
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _required_of_sequence(sub)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        return _required_of_sequence(sub) if lo >= 1 else None
    return None


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words of which every match of `pattern` holds one (a text with none of them cannot
    match, so the pattern need not run), derived from sre's parse; None when the pattern gives
    no such words (a case-folding flag, a branch of character classes only …). Sound by
    construction: only literal characters and alternations of fixed strings become words."""
    if flags & re.IGNORECASE:
        return None
    try:
        return _required_of_sequence(list(P.parse(pattern, flags)))
    except (re.error, TypeError, ValueError):
        return None


def finite_strings(pattern: str, limit: int = 100_000) -> set[str] | None:
    """Every string `pattern` can match, when it is a finite alternation of words (a lexicon
    list made a pattern, e.g. `(?:がん|乳がん|…)`); None otherwise. Zero-width parts (look-
    arounds) are ignored: the words, not where they may stand."""
    try:
        return _exact_of_sequence(list(P.parse(pattern)), limit)
    except (re.error, TypeError, ValueError):
        return None


# finditer_sparse: how many matches are found one by one before the rest are left to sre's own scan
SPARSE_MATCHES = 8
_FINDERS: dict = {}  # id(pattern) -> (pattern, its compile_exists form or None)


def _finder_of(rx: re.Pattern):
    """compile_exists of the pattern compile_fast led with a look-ahead on its first characters,
    or None when there is no such hint (sre scans for the first characters by itself already)."""
    p = rx.pattern
    if not (isinstance(p, str) and p.startswith("(?=[") and p.endswith(")")) or "])(?:" not in p:
        return None
    finder = compile_exists(p[p.index("])(?:") + len("])(?:"):-1], rx.flags & ~re.UNICODE)
    return finder if "(?<=(?=" in finder.pattern else None


def finditer_sparse(rx: re.Pattern, text: str, pos: int = 0):
    """The matches of rx.finditer(text, pos) — the same Match objects, but for their `pos` — for a
    pattern of compile_fast's that is scanned over a whole text and seldom matches: sre tries a
    look-ahead hint at every position (~45 µs a 5,000-character text even when none of its first
    characters occurs), so where the next match starts is asked of its compile_exists form (led by
    a class of the first characters, which sre scans for in C) and the match is taken there. After
    SPARSE_MATCHES matches the rest are rx.finditer's own (a pattern that matches often costs a
    Python step per match this way)."""
    known = _FINDERS.get(id(rx))
    if known is None or known[0] is not rx:
        known = _FINDERS[id(rx)] = (rx, _finder_of(rx))
    find = known[1]
    if find is None:
        yield from rx.finditer(text, pos)
        return
    for _ in range(SPARSE_MATCHES):
        f = find.search(text, pos)
        if f is None:
            return
        m = rx.match(text, f.start())
        if m is None:  # (not expected: the finder asks the same pattern from there)
            yield from rx.finditer(text, f.start())
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1
    yield from rx.finditer(text, pos)
