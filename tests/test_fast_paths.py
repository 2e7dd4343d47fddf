"""The extractor's shortcuts give exactly what the plain patterns they stand in for give.

Each shortcut (a cheap pre-test, a lookup table, a scan from a landmark) is compared with the
straightforward form on the bundled documents, the genre fixtures and generated strings that
hit the edge cases: accents, case, long runs, nested matches.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

import ingest
from ingest import extract, issuer, privacy, segment, units
from ingest.numbers import NUMBER_TOKEN
from ingest.privacy import _SYLLABLE, EMAIL, TITLED_NAME, email_spans
from ingest.settings import DOCUMENTS_DIR
from ingest.text import Cue, fold, required_words

GENRE_DIR = Path(__file__).parent / "fixtures" / "genre"


@cache
def sample_texts() -> tuple[str, ...]:
    paths = sorted(DOCUMENTS_DIR.glob("*.txt")) + sorted(GENRE_DIR.glob("*.txt"))
    assert len(paths) >= 10
    return tuple(path.read_text(encoding="utf-8") for path in paths)


def sample_lines() -> list[str]:
    return [line for text in sample_texts() for line in text.split("\n")]


def random_strings(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    generator = random.Random(seed)
    return [
        "".join(generator.choice(alphabet) for _ in range(generator.randint(0, longest)))
        for _ in range(count)
    ]


def test_fold_maps_every_character_as_the_accent_rule_says() -> None:
    def folded(character: str) -> str:
        code = ord(character)
        if character == "đ":
            return "d"
        if 0x0300 <= code < 0x0370:
            return ""  # a combining mark of decomposed text
        if 0x00C0 <= code <= 0x024F or 0x1E00 <= code <= 0x1EFF:
            base = unicodedata.normalize("NFD", character)[0].lower()
            return base if base.isascii() else character
        return character

    def reference(text: str) -> str:
        return "".join(map(folded, text.lower()))

    wrong = [hex(code) for code in range(0x11000) if fold(chr(code)) != reference(chr(code))]
    assert wrong == []
    assert fold("Phường Hải Dương ĐẠT ≥ 80% “Số”") == "phuong hai duong dat ≥ 80% “so”"
    assert fold(unicodedata.normalize("NFD", "Tỷ lệ")) == "ty le"


def test_email_spans_are_the_matches_of_the_email_pattern() -> None:
    alphabet = [*"ab1_.+-@ ,é", "đ", "x.vn", "@hp.gov.vn"]
    texts = [*sample_texts(), *random_strings(alphabet, 20000, 30, seed=1)]
    texts.append("liên hệ a.b+c@hp.gov.vn, x@y@z.com hoặc ..-@..a@b.c.d.+e@f.g")
    for text in texts:
        assert email_spans(text) == [m.span() for m in EMAIL.finditer(text)], text
    text = "thư: so.tt@haiphong.gov.vn."
    assert [text[start:end] for start, end in email_spans(text)] == ["so.tt@haiphong.gov.vn"]


def test_titled_names_are_found_as_by_the_plain_alternation() -> None:
    plain = re.compile(
        rf"(?P<title>[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à|[Bb]ác|[Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú|[Cc]ụ|[Cc]háu|"
        rf"[Ee]m)"
        rf"\s+(?P<name>{_SYLLABLE}(?:\s+{_SYLLABLE}){{1,4}})"
    )
    words = ["Ông", "ông", "Bà", "bà", "Đồng chí", "đ/c", "Công", "Nguyễn", "Văn", "An", "Lê",
             "anh", "Chị", "cô", "Bác", "chú", "cụ", "Thanh", "Cánh", "em", "Em", "cháu", "Kem"]  # fmt: skip
    texts = [
        *sample_texts(),
        *(" ".join(parts) for parts in random_strings([w + " " for w in words], 3000, 8, 2)),
        "Đồng chí Nguyễn Văn An, ông Lê Hòa và bà Trần Thị Mai; Công ty Bà Rịa",
    ]
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in TITLED_NAME.finditer(text)] == expected


_PERSON = rf"{_SYLLABLE}(?:\s+{_SYLLABLE}){{1,4}}"
# the plain forms of the privacy patterns that open on a character class instead
_PLAIN_PRIVACY = {
    "PHONE": (
        r"(?:\+84[ .-]?|0)(?<![\d/.,]0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}(?![\d/])"
        r"|(?<![\d/.,])0\d{3}[ .-]\d{4}[ .-]\d{3}(?![\d/])"
    ),
    "RANKED_NAME": rf"\b(?:Thiếu|Trung|Thượng|Đại) (?:tá|úy|uý)\s+(?P<name>{_PERSON})",
    "OFFICE_BEFORE_NAME": (
        r"\b(?:Chủ tịch|Bí thư|Giám đốc|Cục trưởng|Vụ trưởng|Bộ trưởng|Thứ trưởng|Trưởng phòng|"
        r"Trưởng ban|Chánh Văn phòng|Thủ tướng|Tổ trưởng|Trưởng thôn)" + privacy._AFTER_OFFICE
    ),
}


def test_number_tokens_are_found_as_by_the_plain_alternation() -> None:
    plain = re.compile(
        r"(?<![\d.,])\d{1,3} (?:phẩy \d{1,3}|nghìn \d{3})(?![\d.,/])"
        r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d.,/])(?=[ \u00a0]?[a-zđ%])"
        r"|\d+(?:[.,]\d+)*(?:/\d+(?:[.,]\d+)*)*"
    )
    pieces = ["1", "12", "480", "2026", " ", "\u00a0", ",", ".", "/", "5", "hồ sơ", "%", "G", "a",
              "phẩy", "nghìn"]  # fmt: skip
    texts = [*sample_texts(), *random_strings(pieces, 20000, 10, seed=7)]
    for text in texts:
        assert [m.span() for m in NUMBER_TOKEN.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


@pytest.mark.parametrize("name", sorted(_PLAIN_PRIVACY))
def test_privacy_patterns_find_what_their_plain_forms_find(name: str) -> None:
    fast, plain = getattr(privacy, name), re.compile(_PLAIN_PRIVACY[name])
    pieces = [" ", ",", ".", "-", "+84", "0", "0225", "3876", "214", "912", "45", "x", "ĐT:",
              "Thiếu tá", "Đại úy", "Trung", "Chủ tịch", "Giám đốc", "UBND", "xã", "Lê", "Văn",
              "An", "Nguyễn", "cho biết", "TĐại tá", "aChủ tịch"]  # fmt: skip
    texts = [*sample_texts(), *random_strings(pieces, 8000, 12, seed=5)]
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == expected, text


def test_other_provinces_are_found_where_the_plain_lookbehinds_find_them() -> None:
    names = [n for n in issuer._PROVINCE_NAMES if fold(n) not in issuer.unit_names()]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    plain = re.compile(
        rf"(?:^|(?<=[.;:,(] )|(?<=(?i:của|tại|với|như|hơn|sau) )|(?<=(?i:thủ đô) )|(?<=\b[vV]à )"
        rf"|(?<=\bở ))"
        rf"(?:{alternatives})\b(?=\s*(?:\(|:|,|[a-zđ]))",
        re.MULTILINE,
    )
    pieces = [" ", ", ", ". ", "\n", "(", "của ", "Của ", "và ", "ở ", "hơn ", "sau ", "vào ",
              "Quảng Ninh", "Bắc Ninh", "Huế", "Hải Dương", " đạt", " (", "x", "Thủ đô ",
              "thủ đô "]  # fmt: skip
    texts = [*sample_texts(), *random_strings(pieces, 8000, 10, seed=6)]
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        found = [(m.start, m.end) for m in issuer.mentions(text) if m.level == issuer.PROVINCE]
        found = [span for span in found if text[span[0] : span[1]] in names]
        assert found == expected, text


@pytest.mark.parametrize("run", [extract._FILLERS, extract._TRAILING_NOISE])
def test_trailing_runs_strip_what_the_whole_pattern_strips(run: extract._TrailingRun) -> None:
    pieces = [" ", ",", ";", ":", ".", "-", "(", "$", "{", "}", "\n", "x", "Tỷ lệ", "đạt", "ĐẠT",
              "là", "chiếm", "mức", "phấn đấu", "trong đó", "với", "tăng", "hồ sơ", "a" * 60]  # fmt: skip
    texts = [*random_strings(pieces, 20000, 14, seed=3), *sample_lines()]
    for text in texts:
        assert run.strip(text) == run.run.sub("", text), repr(text)


def test_ending_comparators_are_those_the_text_ends_with_in_order() -> None:
    phrases = [phrase for phrase, _ in extract._COMPARATORS]
    texts = [f"tỷ lệ hồ sơ {phrase}" for phrase in phrases]
    texts += [line.lower() for line in sample_lines()]
    texts += random_strings([*phrases, " ", "x", "hơn"], 5000, 4, seed=4)
    for text in texts:
        expected = [(p, c) for p, c in extract._COMPARATORS if text.endswith(p)]
        assert list(extract._ending_comparators(text)) == expected, text
    # the longer phrase first: "thấp hơn" is "lower than", whatever its "hơn" alone would say
    assert list(extract._ending_comparators("tỷ lệ thấp hơn")) == [
        ("thấp hơn", "lt"),
        ("hơn", "gt"),
    ]
    assert list(extract._ending_comparators("tỷ lệ hồ sơ trực tuyến")) == []


def _module_values() -> list[tuple[str, object]]:
    """("module.NAME", value) of everything the ingest modules define at their top level."""
    found = []
    for module_info in pkgutil.iter_modules(ingest.__path__):
        if module_info.name == "__main__":
            continue
        module = importlib.import_module(f"ingest.{module_info.name}")
        found += [(f"{module_info.name}.{name}", value) for name, value in vars(module).items()]
    return found


def _cues() -> list[tuple[str, Cue]]:
    return [(name, value) for name, value in _module_values() if isinstance(value, Cue)]


def test_the_extractor_uses_cues() -> None:
    names = {name for name, _ in _cues()}
    assert {"extract._TARGET_WORDING", "extract._ACTUAL_WORDING", "issuer._MENTION"} <= names


@pytest.mark.parametrize(("name", "cue"), _cues(), ids=[name for name, _ in _cues()])
def test_a_cue_finds_every_match_of_its_pattern(name: str, cue: Cue) -> None:
    texts = list(sample_texts())
    matched = [m.group() for text in texts for m in cue.pattern.finditer(text)]
    # every match written again in other cases, and with the Turkish i's that match "i"
    texts += [f"x {variant} y" for m in matched for variant in (m.upper(), m.title())]
    texts += [f"{m.replace('i', 'İ')}; {m.replace('i', 'ı')}" for m in matched]
    texts += [f"đến {word} năm 2030 {word.upper()}" for word in cue.words]
    for text in texts:
        expected = [m.span() for m in cue.pattern.finditer(text)]
        assert [m.span() for m in cue.finditer(text)] == expected, (name, text)
        assert (cue.search(text) is None) == (not expected), (name, text)


def test_heading_marker_pretest_admits_every_marker() -> None:
    lines = [line.strip() for line in sample_lines()]
    lines += [
        "I. KẾT QUẢ",
        "1.2.3. Hạ tầng",
        "a) Dữ liệu",
        "(3) Dịch vụ",
        "Phụ lục II",
        "B. Nhiệm vụ",
    ]
    for line in lines:
        marked = any(pattern.match(line) for pattern, _ in segment._HEADING_MARKERS)
        assert bool(segment._ANY_HEADING_MARKER.match(line)) == marked, line


def test_lines_to_visit_hold_every_stamp_and_every_block_opener() -> None:
    block = (
        "Nơi nhận:\n- UBND thành phố;\n- Lưu: VT.\n"
        "NƠI NHẬN:\n**TM. ỦY BAN NHÂN DÂN**\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n"
        "Người ký: Lê Văn Hòa\nThời gian ký: 2025-03-14T09:10:11+07:00\n"
        "Ủy ban nhân dân đã ký lên văn bản này\nx 2025-03-14 T09:10 không phải dấu\n"
    )
    texts = [*sample_texts(), block, block.replace("Nơi", "İ Nơi")]
    for text in texts:
        lines = segment.split_lines(text)
        stamped, openers = segment.lines_to_visit(text, lines)
        for index, line in enumerate(lines):
            stripped = line.text.strip().strip("*").strip()
            if segment._DIGITAL_STAMP.search(line.text) or "đã ký" in line.text:
                assert index in stamped, line.text
            if stripped.lower().startswith("nơi nhận") or segment._SIGNATURE_TITLE.match(stripped):
                assert index in openers, line.text


# The words that come before a value in the genre, folded: dates, citations, ranks, labels,
# ordinals, changes, classes, structures.
GENRE_ENDINGS = (
    "ngay", "thang", "quy", "dieu", "khoan", "chuong", "de an", "nghi quyet", "nghi dinh",
    "quyet dinh", "ke hoach", "chi thi", "thong tu", "luat", "cong van", "van ban",
    "chuong trinh", "thong bao", "to trinh", "bao cao", "ke hoach hanh dong so", "lan",
    "giai doan", "thu", "dot", "ky", "phien ban", "khoa", "to", "phan", "so", "muc", "truoc",
    "sau", "luc", "tu", "den", "vao", "dung thu", "xep thu", "vi tri thu", "dung o vi tri thu",
    "xep hang", "xep hang thu", "top", "nam trong top", "trong nhom", "thuoc top", "len nhom",
    "nhom", "mot trong", "mot trong so", "lop", "khoi", "gap", "tang", "giam", "len", "xuong",
    "nhay", "tong so", "luong so", "cap do", "loai", "hang muc", "chuan", "xep thu 3 trong",
    "dung thu 2 tren tong so", "vi tri thu 1 trong so", "gom", "bao gom", "voi", "co",
    "tap trung", "xac dinh", "gom co", "so:",
)  # fmt: skip


def _end_words() -> list[tuple[str, extract._EndWord]]:
    return [(n, v) for n, v in vars(extract).items() if isinstance(v, extract._EndWord)]


def test_the_classifier_uses_end_words() -> None:
    names = {name for name, _ in _end_words()}
    assert {"_DATE_WORD_BEFORE", "_LEGAL_BEFORE", "_RANK_BEFORE", "_LABEL_BEFORE"} <= names


@pytest.mark.parametrize(("name", "end_word"), _end_words(), ids=[n for n, _ in _end_words()])
def test_an_end_word_finds_what_its_pattern_finds(name: str, end_word: extract._EndWord) -> None:
    # the folded words before every number of the sample texts, as the classifier reads them
    windows = [
        folded[max(0, match.start() - 60) : match.start()]
        for folded in map(fold, sample_texts())
        for match in NUMBER_TOKEN.finditer(folded)
    ]
    # and the genre's words before a value, written after other words, with its spacing and colons
    for ending in (*end_word.ends, *GENRE_ENDINGS):
        for tail in ("", " ", "  ", ":", " : ", "\xa0", "\n", " :: ", "x"):
            windows += [f"theo {ending}{tail}", f"{ending}{tail}", f"abc.{ending}{tail}"]
    for window in windows:
        expected = end_word.pattern.search(window)
        found = end_word.search(window)
        assert (found and found.span()) == (expected and expected.span()), (name, window)


def _module_patterns() -> list[tuple[str, str]]:
    """(name, source) of every compiled pattern the ingest modules define at their top level,
    those inside `Cue`s and `_EndWord`s too."""
    return [
        (name, pattern.pattern)
        for name, value in _module_values()
        for pattern in (value, getattr(value, "pattern", None))
        if isinstance(pattern, re.Pattern)
    ]


def test_no_pattern_holds_a_backspace_for_a_word_boundary() -> None:
    # a "\b" written in a plain string is a backspace: the pattern then silently never matches
    # (the control characters a reading pattern looks for stand in ranges: "[\x00-\x08\x0e-")
    patterns = _module_patterns()
    assert len(patterns) > 300
    mistaken = re.compile(r"\x08(?=[\w(])|(?<=[\w)?])\x08")
    assert [name for name, source in patterns if mistaken.search(source)] == []
    assert mistaken.search(re.compile("\bso voi\b").pattern)  # what it would have caught


def test_the_vocabulary_alternation_finds_the_first_noun_tried_in_turn() -> None:
    def plain(folded_after: str) -> tuple[str, int] | None:
        for pattern, unit in units._VOCABULARY:
            if found := re.match(rf"^\s*{pattern}\b", folded_after):
                if unit == "persons" and (times := re.match(r"^\s*luot\s+", folded_after)):
                    rest = folded_after[times.end() :]
                    following = plain(rest)
                    if following and following[0] != "persons":
                        return following[0], times.end() + following[1]
                    if not following and units.noun_follows(rest):
                        return None
                return unit, found.end()
        return None

    texts = [
        folded[match.end() : match.end() + 60]
        for folded in map(fold, sample_texts())
        for match in NUMBER_TOKEN.finditer(folded)
    ]
    pieces = [" ", "\xa0", "luot ", "ty ", "dong", "ho", " tro", "xa", "phuong", " tien", "cam",
              " ket noi", "diem", " cau", "tk", "lan", "/nam", "x", ",", "nhom", " lop", "ban"]  # fmt: skip
    texts += random_strings(pieces, 20000, 6, seed=8)
    assert sum(plain(text) is not None for text in texts) > 1000
    for text in texts:
        assert units.vocabulary_unit(text) == plain(text), text


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        # an alternation multiplied out with the literal before it
        (r"\bma (?:don vi|dvhc)\s*:\s*$", 0, ("ma don vi", "ma dvhc")),
        # the longest literal run wins over a shorter one
        (r"\bnhiet do\b[^;.]{0,80}\bkhi\b", 0, ("nhiet do",)),
        # an optional part is no requirement, and a word holding another is dropped
        (r"(?:bi )?tru\s*$", 0, ("tru",)),
        # each branch brings its own words; a lookbehind's words are not consumed
        (r"\(\s*khong phai\b[^()]*$|(?<!x)\bchu ko\s*$", 0, ("chu ko", "khong phai")),
        # a class of a few letters is written out
        (r"[Tt]h[uụ]\s*$", 0, ("Thu", "Thụ", "thu", "thụ")),
        # case ignored: the words folded, the pattern's inline flag too
        (r"(?i:Trục\s+X)", 0, ("trục",)),
        (r"Kèm theo", re.IGNORECASE, ("kèm theo",)),
        # a repeat at least once keeps its body's words
        (r"(?:ab)+\s*c", 0, ("ab",)),
        # nothing every match must hold
        (r"[a-z]+\d*", 0, ()),
        (r"x|\d+", 0, ()),
        (r"(?:lan)?\s*\d", 0, ()),
    ],
)
def test_required_words_are_read_from_the_pattern(pattern: str, flags: int, words: tuple) -> None:
    assert required_words(re.compile(pattern, flags), fold_case=_ignores_case(pattern, flags)) == (
        words
    )


def _ignores_case(pattern: str, flags: int) -> bool:
    return bool(flags & re.IGNORECASE) or "(?i" in pattern


def test_a_cue_needs_a_word_every_match_holds() -> None:
    with pytest.raises(ValueError, match="no word is in every match"):
        Cue(r"\d+\s*%?", flags=0)
    assert Cue(r"\bchiem\s*$", flags=0).words == ("chiem",)


@pytest.mark.parametrize(("name", "cue"), _cues(), ids=[name for name, _ in _cues()])
def test_every_match_of_a_cue_holds_one_of_its_words(name: str, cue: Cue) -> None:
    # the words of the genre before and after a value, each word of the cue among them, and
    # every match found in them
    windows = [
        folded[max(0, match.start() - 60) : match.end() + 60]
        for folded in map(fold, sample_texts())
        for match in NUMBER_TOKEN.finditer(folded)
    ]
    windows += [line for text in sample_texts() for line in text.split("\n")]
    matches = [m.group() for window in windows for m in cue.pattern.finditer(window)]
    for match in matches:
        text = match if cue._as_written else match.casefold().replace("ı", "i")
        assert any(word in text.replace("\u0307", "") for word in cue.words), (name, match)


def test_a_list_opens_where_the_trailing_symbols_leave_a_colon() -> None:
    pieces = [" ", "\n", "\xa0", ":", "x", "như sau", "👇", "➡️", "\ufe0f", "→", "…", ")", "a:"]
    texts = [*sample_lines(), *random_strings(pieces, 20000, 6, seed=9)]
    for text in texts:
        expected = segment._TRAILING_SYMBOLS.sub("", text).endswith(":")
        assert segment._opens_a_list(text) == expected, repr(text)


@pytest.mark.parametrize(("name", "cue"), _cues(), ids=[name for name, _ in _cues()])
def test_a_cue_searches_a_span_of_a_text_as_its_pattern_does(name: str, cue: Cue) -> None:
    # the classifier's windows: the words before and after each value, read inside the text
    texts = [*sample_texts()[5:8], *(f"x {word} 12 y {word.upper()} 45 z" for word in cue.words)]
    for text in texts:
        for subject in (text, fold(text)):
            for match in NUMBER_TOKEN.finditer(subject):
                before, after = match.start(), match.end()
                for span in ((max(0, before - 80), before), (after, after + 80), (after,)):
                    expected = cue.pattern.search(subject, *span)
                    found = cue.search(subject, *span)
                    assert (found and found.span()) == (expected and expected.span()), (name, span)
