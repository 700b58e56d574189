"""Word lists as files: `service/lexicon/NAME.txt`, one entry a line.

Every file opens with a comment header: what the list is for, then a `Source:` line saying
where it came from. Lines starting with '#' are comments; blank lines are skipped; entries
are taken as written (no case folding: the detector that uses a list decides).

    from service import lexicon
    TITLES = frozenset(lexicon.words("person.titles"))

Lists are read once per process (at import of the detector that uses them).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DIR = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A word-list file is missing its header or is unreadable."""


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of `service/lexicon/<name>.txt`, in file order."""
    path = DIR / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    if not header or not any(h.lstrip("# ").startswith("Source:") for h in header):
        raise LexiconError(f"{path.name}: the header must say what the list is for and have a 'Source:' line")
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=None)
def joined(name: str) -> frozenset:
    """The entries with their spaces removed (names written 「徳川 家康」 or 「徳川家康」)."""
    return frozenset(w.replace(" ", "") for w in words(name))


@lru_cache(maxsize=None)
def figure_lengths(name: str) -> list[int]:
    """The lengths of the non-ASCII entries of `joined(name)`, longest first (for window scans)."""
    return sorted({len(f) for f in joined(name) if not f.isascii()}, reverse=True)


@lru_cache(maxsize=None)
def figure_starts(name: str) -> dict[str, tuple[int, ...]]:
    """First character → the lengths in `figure_lengths(name)` of the entries of `joined(name)`
    that start with it: a window scan looks up only the lengths that can match where it
    stands (a roster's every date and name is checked against the list)."""
    lengths = set(figure_lengths(name))
    starts: dict[str, set[int]] = {}
    for f in joined(name):
        if len(f) in lengths:
            starts.setdefault(f[0], set()).add(len(f))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in starts.items()}


def names() -> list[str]:
    """Every list shipped in service/lexicon/."""
    return sorted(p.stem for p in DIR.glob("*.txt"))
