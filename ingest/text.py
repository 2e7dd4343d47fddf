"""Small text helpers shared by the parsing modules."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
import unicodedata
from collections.abc import Iterator


def _fold_table() -> list[int | None]:
    """`str.translate` table indexed by code point. A list is read twice as fast as a dict;
    code points past its end (none of them letters with accents) stay as they are."""
    table: list[int | None] = list(range(_FOLD_TABLE_SIZE))
    table[ord("đ")] = table[ord("Đ")] = ord("d")
    for start, end in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for code in range(start, end + 1):
            base = unicodedata.normalize("NFD", chr(code))[0].lower()
            if base.isascii():
                table[code] = ord(base)
    for code in range(0x0300, 0x0370):  # combining marks of decomposed (NFD) input
        table[code] = None
    return table


# Up to the CJK symbols: Latin, Vietnamese and the punctuation and symbols of the genre
# ("–", "“", "≥") are all inside, so lookups rarely fall off the end (an exception each).
_FOLD_TABLE_SIZE = 0x3000
_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower-case, accent-free form used for matching (`Phường Hải Dương` → `phuong hai duong`).

    For NFC text the result has the same length as the input, so offsets carry over.
    """
    return text.lower().translate(_FOLD)


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return " ".join(text.split())


# Upper-case Vietnamese letters, for regex classes: the Unicode ranges of accented letters mix
# upper and lower case, so a range such as `À-Ỹ` would also match `đ` or `ạ`.
UPPER = "".join(
    c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.translate(_FOLD).isascii()
)


class Cue:
    """A pattern (case-insensitive unless `flags` say otherwise), with words one of which, in
    any case, every match contains.

    Most texts hold none of the words, and looking for a few literal words costs much less
    than trying a long alternation at every position. `words` are written lower-case; without
    them they are read from the pattern (`required_words`), as written when the pattern heeds
    case, so that the text needs no case folding.
    """

    def __init__(
        self, pattern: str, words: tuple[str, ...] | None = None, flags: int = re.IGNORECASE
    ) -> None:
        self.pattern = re.compile(pattern, flags)
        self._as_written = words is None and not _ignores_case(self.pattern)
        if words is None:
            words = required_words(self.pattern, fold_case=not self._as_written)
            if not words:
                raise ValueError(f"no word is in every match of {pattern!r}: it needs no Cue")
        self.words = words
        # many words: one pass of their alternation, which skips to their first letters
        self._any_word = (
            re.compile("|".join(re.escape(word) for word in words))
            if len(words) > _FEW_WORDS
            else None
        )

    def may_match(self, text: str) -> bool:
        if not self._as_written:
            text = _case_folded(text)
        if self._any_word is not None:
            return self._any_word.search(text) is not None
        for word in self.words:
            if word in text:
                return True
        return False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if endpos is None:
            window = text[pos:] if pos else text
            return self.pattern.search(text, pos) if self.may_match(window) else None
        window = text[pos:endpos]
        return self.pattern.search(text, pos, endpos) if self.may_match(window) else None


def _case_folded(text: str) -> str:
    folded = text.casefold()
    if "ı" in folded or "\u0307" in folded:  # "ı" and "İ" match "i" case-insensitively
        folded = folded.replace("ı", "i").replace("\u0307", "")
    return folded


# up to this many words, `in` for each costs less than a regex alternation of them
_FEW_WORDS = 10
_CASE_FLAG = re.compile(r"\(\?[a-zA-Z-]*i")


def _ignores_case(pattern: re.Pattern[str]) -> bool:
    """Does any part of the pattern ignore case (its flags, or "(?i:...)" inside)?"""
    return bool(pattern.flags & re.IGNORECASE) or _CASE_FLAG.search(pattern.pattern) is not None


# Required words: a pattern's parse tree read for the literal strings one of which every match
# consumes. Alternatives are multiplied out up to this many strings, then the run is cut.
_MOST_ALTERNATIVES = 48
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


def required_words(pattern: re.Pattern[str], fold_case: bool = True) -> tuple[str, ...]:
    """Words one of which every match of `pattern` holds: case-folded (then in any case) unless
    `fold_case` is false; () when no such words can be read from it (a match may be all
    character classes)."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    _, required = _read_sequence(tree.data)
    words = {word.casefold() if fold_case else word for word in required or ()}
    # a word holding another is found whenever that one is
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def _better(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    """The more telling of two sets of required words: the longer shortest word, then fewer."""
    if not first or "" in first:
        return second if second and "" not in second else None
    if not second or "" in second:
        return first

    def rank(words: frozenset[str]) -> tuple[int, int]:
        return (min(map(len, words)), -len(words))

    return first if rank(first) >= rank(second) else second


def _read_sequence(items: list) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(every string the items can match, when few and known; the best required words)."""
    exact: frozenset[str] | None = frozenset({""})
    run: frozenset[str] | None = frozenset({""})  # the strings of the current literal run
    best: frozenset[str] | None = None
    for op, argument in items:
        item_exact, item_required = _read_item(op, argument)
        best = _better(best, item_required)
        if item_exact is not None and run is not None:
            joined = frozenset(a + b for a in run for b in item_exact)
            if len(joined) <= _MOST_ALTERNATIVES:
                run = joined
                exact = joined if exact is not None else None
                continue
        best = _better(best, run)
        run = item_exact if item_exact is not None else frozenset({""})
        exact = None
    return exact, _better(best, run)


def _read_item(op, argument) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    if op is sre.LITERAL:
        return frozenset({chr(argument)}), None
    if op in _ZERO_WIDTH:
        return frozenset({""}), None
    if op is sre.IN:
        if all(kind is sre.LITERAL for kind, _ in argument):  # "[Tt]": a few characters
            return frozenset(chr(code) for _, code in argument), None
        return None, None
    if op is sre.SUBPATTERN:
        return _read_sequence(argument[-1].data)
    if op is sre.ATOMIC_GROUP:
        return _read_sequence(argument.data)
    if op is sre.BRANCH:
        branches = [_read_sequence(branch.data) for branch in argument[1]]
        exact = (
            frozenset().union(*(e for e, _ in branches))
            if all(e is not None for e, _ in branches)
            else None
        )
        if exact is not None and len(exact) > _MOST_ALTERNATIVES:
            exact = None
        required = [_better(r, e) for e, r in branches]
        if any(words is None for words in required):
            return exact, None
        return exact, frozenset().union(*required)
    if op in _REPEATS:
        least, most, body = argument
        body_exact, body_required = _read_sequence(body.data)
        if least == 0:
            optional = body_exact | {""} if body_exact is not None and most == 1 else None
            return optional, None
        once = _better(body_required, body_exact)
        return (body_exact if least == most == 1 else None), once
    return None, None  # any character, a class, a back-reference
