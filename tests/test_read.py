"""Tests of the reading layer (ingest/read.py): encodings, bad inputs, discovery."""

from __future__ import annotations

import codecs
import hashlib
import os
import pickle
import time
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest import read
from ingest.read import DecodedText, Discovery, ReadError, discover, read_document

CORPUS = sorted((Path(__file__).resolve().parent.parent / "data" / "documents").glob("*.txt"))

SENTENCE = (
    "Kế hoạch chuyển đổi số của phường Hải Dương năm 2026: người dân được hưởng lợi từ "
    "dịch vụ công trực tuyến và chính quyền điện tử. ĐẠI HỌC, QUỐC GIA, ỦY BAN NHÂN DÂN, "
    "Độc lập - Tự do - Hạnh phúc. Khuyến khích doanh nghiệp ứng dụng kỹ thuật số, "
    "nghiên cứu lĩnh vực mới, địa chỉ cụ thể; tỷ lệ đạt 85,87% chỉ tiêu."
)

# ---------------------------------------------------------------------------------------------
# Encoders written for the tests, independently of the module's decoding tables.

TONE_NAMES = {
    "": "",
    "\u0300": "grave",
    "\u0309": "hook",
    "\u0303": "tilde",
    "\u0301": "acute",
    "\u0323": "dot",
}

# TCVN 5712:1993 code points, one row per base letter; tones in the order
# none, grave, hook, tilde, acute, dot.
TCVN3_ROWS = [
    ("aàảãáạ", b"a\xb5\xb6\xb7\xb8\xb9"),
    ("ăằẳẵắặ", b"\xa8\xbb\xbc\xbd\xbe\xc6"),
    ("âầẩẫấậ", b"\xa9\xc7\xc8\xc9\xca\xcb"),
    ("eèẻẽéẹ", b"e\xcc\xce\xcf\xd0\xd1"),
    ("êềểễếệ", b"\xaa\xd2\xd3\xd4\xd5\xd6"),
    ("iìỉĩíị", b"i\xd7\xd8\xdc\xdd\xde"),
    ("oòỏõóọ", b"o\xdf\xe1\xe2\xe3\xe4"),
    ("ôồổỗốộ", b"\xab\xe5\xe6\xe7\xe8\xe9"),
    ("ơờởỡớợ", b"\xac\xea\xeb\xec\xed\xee"),
    ("uùủũúụ", b"u\xef\xf1\xf2\xf3\xf4"),
    ("ưừửữứự", b"\xad\xf5\xf6\xf7\xf8\xf9"),
    ("yỳỷỹýỵ", b"y\xfa\xfb\xfc\xfd\xfe"),
    ("đ", b"\xae"),
    ("AÀẢÃÁẠ", b"A\x80\x81\x82\x83\x84"),
    ("ĂẰẲẴẮẶ", b"\xa1\xaf\xba\xbf\xc0\x85"),
    ("ÂẦẨẪẤẬ", b"\xa2\xc1\xc2\xc3\xc4\x86"),
    ("EÈẺẼÉẸ", b"E\x87\x88\x89\x8a\x8b"),
    ("ÊỀỂỄẾỆ", b"\xa3\xc5\xcd\xd9\xda\x8c"),
    ("IÌỈĨÍỊ", b"I\x8d\x8e\x8f\x90\x91"),
    ("OÒỎÕÓỌ", b"O\x92\x93\x94\x95\x96"),
    ("ÔỒỔỖỐỘ", b"\xa4\xdb\xe0\xf0\xff\x97"),
    ("ƠỜỞỠỚỢ", b"\xa5\x98\x99\x9a\x9b\x9c"),
    ("UÙỦŨÚỤ", b"U\x9d\x9e\x9f\x01\x02"),
    ("ƯỪỬỮỨỰ", b"\xa6\x04\x05\x06\x11\x12"),
    ("YỲỶỸÝỴ", b"Y\x13\x14\x15\x16\x17"),
    ("Đ", b"\xa7"),
]
TCVN3_ENCODE = {
    letter: bytes([code])
    for letters, codes in TCVN3_ROWS
    for letter, code in zip(letters, codes, strict=True)
}
# Capitals that share a byte with Windows punctuation (‘ ’ “ ” • – — …).
TCVN3_AMBIGUOUS = "ỊÒỎÕÓỌỘẶ"
VIETNAMESE_LETTERS = "".join(letters for letters, _ in TCVN3_ROWS)

# VNI-Windows: base letter + one byte for (shape +) tone; i, ỵ, ơ, ư, đ are single bytes.
VNI_TONE = {"": "", "acute": "ù", "grave": "ø", "hook": "û", "tilde": "õ", "dot": "ï"}
VNI_CIRCUMFLEX = {"": "â", "acute": "á", "grave": "à", "hook": "å", "tilde": "ã", "dot": "ä"}
VNI_BREVE = {"": "ê", "acute": "é", "grave": "è", "hook": "ú", "tilde": "ü", "dot": "ë"}
VNI_I = {"": "i", "acute": "í", "grave": "ì", "hook": "æ", "tilde": "ó", "dot": "ò"}


def _split_letter(letter: str) -> tuple[str, str, str]:
    """(base ASCII letter or đ, shape mark or '', tone name or '') of a lowercase letter."""
    decomposed = unicodedata.normalize("NFD", letter)
    tone = next((TONE_NAMES[mark] for mark in decomposed if mark in TONE_NAMES and mark), "")
    shape = next((mark for mark in decomposed if mark in "\u0302\u0306\u031b"), "")
    return decomposed[0], shape, tone


def encode_tcvn3(text: str) -> bytes:
    return b"".join(TCVN3_ENCODE.get(char) or char.encode("ascii") for char in text)


def encode_vni(text: str) -> bytes:
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        lower = char.lower()
        base, shape, tone = _split_letter(lower)
        if lower == "đ":
            vni = "ñ"
        elif base == "i":
            vni = VNI_I[tone]
        elif lower == "ỵ":
            vni = "î"
        elif shape == "\u031b":  # horn: ơ is "ô", ư is "ö", then the tone byte
            vni = {"o": "ô", "u": "ö"}[base] + VNI_TONE[tone]
        elif shape == "\u0302":
            vni = base + VNI_CIRCUMFLEX[tone]
        elif shape == "\u0306":
            vni = base + VNI_BREVE[tone]
        else:
            vni = base + VNI_TONE[tone]
        out.append(vni.upper() if char != lower else vni)
    return "".join(out).encode("latin-1")


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: letter with shape, then a tone byte."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(mark for mark in decomposed if mark in TONE_NAMES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return out


def as_windows_1252(data: bytes) -> str:
    """What Windows-1252 shows for legacy bytes (undefined bytes as Latin-1), like Word does."""
    out = []
    for byte in data:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


# Vietnamese syllables for property tests: onset + rhyme, with the tone on the vowel that
# orthography puts it on (the last vowel with a shape mark, else the main vowel).
ONSETS = (
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
)  # fmt: skip
RHYMES = (
    "a ai am an ang anh ao ap at au ay ac ach ăm ăn ăng ăp ăt ăc âm ân âng âp ât âu ây âc "
    "e em en eng eo ep et ec ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu iêm iên iêng "
    "iêp iêt iêu o oa oac oach oai oan oang oanh oat oay oăn oăng oăt oăc oe oen oet oi om on "
    "ong op ot oc oong ô ôi ôm ôn ông ôp ôt ôc ơ ơi ơm ơn ơp ơt u ua uân uâng uât uây uê uênh "
    "ui um un ung up ut uc uy uych uyên uyêt uynh uyt uya uyu uôi uôm uôn uông uôt uôc ư ưa ưi "
    "ưng ưt ưc ưu ươi ươm ươn ương ươp ươt ươu ươc yêm yên yêt yêu"
).split()
VOWELS = "aăâeêioôơuưy"
TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def _with_tone(rhyme: str, mark: str) -> str:
    vowels = [i for i, char in enumerate(rhyme) if char in VOWELS]
    shaped = [i for i in vowels if rhyme[i] in "ăâêôơư"]
    if shaped:
        at = shaped[-1]
    elif rhyme[-1] not in VOWELS or len(vowels) == 1:
        at = vowels[-1]
    elif rhyme in ("oa", "oe", "uy") or len(vowels) == 3:
        at = vowels[1]
    else:
        at = vowels[0]
    toned = unicodedata.normalize("NFC", rhyme[at] + mark)
    return rhyme[:at] + toned + rhyme[at + 1 :]


@st.composite
def vietnamese_words(draw: st.DrawFn, tcvn3: bool = False) -> str:
    onset = draw(st.sampled_from(ONSETS))
    word = onset + _with_tone(draw(st.sampled_from(RHYMES)), draw(st.sampled_from(TONE_MARKS)))
    case = draw(st.sampled_from(["lower", "title", "upper"]))
    if case == "title":
        word = word[0].upper() + word[1:]
    elif case == "upper":
        word = word.upper()
    if tcvn3 and word[0] in TCVN3_AMBIGUOUS:
        # A capital sharing its byte with punctuation reads as a letter only after a capital.
        word = word[0].lower() + word[1:]
    return word


def vietnamese_text(tcvn3: bool = False) -> st.SearchStrategy[str]:
    """Random Vietnamese words under the heading every ward document has.

    The heading is there because a few words can be valid Vietnamese in two encodings at once
    (VNI "đa ơ ư" is TCVN3 "ủa ụ ử"): recognising an encoding needs some ordinary text.
    """
    separators = st.sampled_from([" ", " ", " ", ", ", ". ", "\n"])
    pieces = st.lists(st.tuples(vietnamese_words(tcvn3), separators), min_size=1, max_size=60)
    return pieces.map(
        lambda pairs: "Ủy ban nhân dân phường\n" + "".join(w + sep for w, sep in pairs).strip()
    )


def write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def reason_of(path: Path, **kwargs: int) -> str:
    with pytest.raises(ReadError) as caught:
        read_document(path, **kwargs)
    assert str(caught.value) == f"{path}: {caught.value.reason}"
    return caught.value.reason


# ---------------------------------------------------------------------------------------------
# the real corpus and Unicode encodings


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
def test_real_corpus_file_reads_as_utf8(path: Path) -> None:
    raw = path.read_bytes()
    doc = read_document(path)
    assert doc.encoding == "utf-8"
    assert "phường" in doc.text.lower()
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.size_bytes == len(raw)
    assert doc.path == path
    assert unicodedata.is_normalized("NFC", doc.text)
    with open(path, encoding="utf-8", newline=None) as handle:
        assert doc.text.count("\n") == handle.read().count("\n")  # same line numbers


def test_corpus_is_present() -> None:
    assert len(CORPUS) >= 5


def test_utf8_bom(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, codecs.BOM_UTF8 + SENTENCE.encode("utf-8")))
    assert (doc.encoding, doc.text) == ("utf-8-sig", SENTENCE)


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE),
                                        ("utf-16-be", codecs.BOM_UTF16_BE)])  # fmt: skip
def test_utf16_with_bom(tmp_path: Path, codec: str, bom: bytes) -> None:
    doc = read_document(write(tmp_path, bom + SENTENCE.encode(codec)))
    assert (doc.encoding, doc.text) == ("utf-16", SENTENCE)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_nul_pattern(tmp_path: Path, codec: str) -> None:
    doc = read_document(write(tmp_path, SENTENCE.encode(codec)))
    assert (doc.encoding, doc.text) == ("utf-16", SENTENCE)


def test_utf16_truncated_is_undecodable(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le") + b"\x00"
    assert reason_of(write(tmp_path, data)).startswith("undecodable: invalid UTF-16")


def test_utf32_is_refused(tmp_path: Path) -> None:
    data = codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le")
    assert reason_of(write(tmp_path, data)) == "UTF-32 text is not supported; convert to UTF-8"


def test_nfd_becomes_nfc(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", SENTENCE)
    assert nfd != SENTENCE
    doc = read_document(write(tmp_path, nfd.encode("utf-8")))
    assert (doc.encoding, doc.text) == ("utf-8", SENTENCE)


def test_real_symbols_in_utf8_are_not_mistaken_for_mojibake(tmp_path: Path) -> None:
    text = SENTENCE + " © 2025 ±5% 30°C ½ × ÷ « » ® § ¶ µ · ¹ ² ³ ¼ ¾ ñ ö ü ø å æ ï ë ä"
    doc = read_document(write(tmp_path, text.encode("utf-8")))
    assert (doc.encoding, doc.text) == ("utf-8", text)


def test_french_utf8_stays_as_written(tmp_path: Path) -> None:
    text = "Naïve Noël: l’œuvre où Zoë reçoit à Montréal, ça ôte l’ennui; être ïëöüÿ ñø æå. " * 3
    doc = read_document(write(tmp_path, text.encode("utf-8")))
    assert (doc.encoding, doc.text) == ("utf-8", text)


def test_invalid_byte_in_utf8_file_is_undecodable(tmp_path: Path) -> None:
    data = (SENTENCE + "\n").encode("utf-8") * 50
    broken = data[:1000] + b"\xff" + data[1000:]
    reason = reason_of(write(tmp_path, broken))
    assert reason.startswith("undecodable: invalid UTF-8 byte 0xff at offset 1000")


# ---------------------------------------------------------------------------------------------
# Windows-1258 and the legacy font encodings


def test_cp1258_known_bytes(tmp_path: Path) -> None:
    data = b"ng\xfd\xf5\xcci Vi\xea\xf2t ph\xfd\xf5\xccng cu\xd2a n\xe3m \xf0\xfd\xf5\xf2c"
    doc = read_document(write(tmp_path, data))
    assert (doc.encoding, doc.text) == ("cp1258", "người Việt phường của năm được")


def test_cp1258_sentence(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, encode_cp1258(SENTENCE)))
    assert (doc.encoding, doc.text) == ("cp1258", SENTENCE)


def test_tcvn3_known_bytes(tmp_path: Path) -> None:
    data = (
        b"Vi\xd6t Nam: ph\xad\xeang c\xf1a \xa7\xb6ng v\xb5 ng\xad\xeai d\xa9n \xae\xad\xeec "
        b"chuy\xd3n \xae\xe6i s\xe8 n\xa8m 2026, kh\xb8ch h\xb5ng th\xf8c k\xfc thu\xcbt"
    )
    doc = read_document(write(tmp_path, data))
    assert doc.encoding == "tcvn3"
    assert doc.text == (
        "Việt Nam: phường của Đảng và người dân được chuyển đổi số năm 2026, "
        "khách hàng thức kỹ thuật"
    )


def test_tcvn3_table_covers_the_alphabet() -> None:
    assert len(TCVN3_ENCODE) == 2 * (12 * 6 + 1)  # 12 vowels x 6 tone forms, and đ; both cases
    assert len(set(TCVN3_ENCODE.values())) == len(TCVN3_ENCODE)
    assert encode_tcvn3("Việt") == b"Vi\xd6t"


def test_tcvn3_sentence(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, encode_tcvn3(SENTENCE)))
    assert (doc.encoding, doc.text) == ("tcvn3", SENTENCE)


def test_tcvn3_capitals_that_share_bytes_with_punctuation(tmp_path: Path) -> None:
    capitals = "HỌC TẬP, ĐỊNH HƯỚNG, CÓ THỂ, HOẶC LÀ, BỘ MÁY, HÒA BÌNH, NGÕ, ĐỎ"
    body = encode_tcvn3(f"{SENTENCE} {capitals}")
    # Windows-1252 quotes, dashes, bullet and ellipsis typed into a .VnTime document:
    punctuation = (
        b" \x93chuy\xd3n \xae\xe6i s\xe8\x94 \x96 n\xa8m 2026 \x97 \x91ph\xad\xeang\x92 "
        b"\x95 m\xe7i TH\xc1N\x94\x85"
    )
    doc = read_document(write(tmp_path, body + punctuation))
    assert doc.encoding == "tcvn3"
    assert doc.text == (f"{SENTENCE} {capitals} “chuyển đổi số” – năm 2026 — ‘phường’ • mỗi THẦN”…")


def test_vni_known_bytes(tmp_path: Path) -> None:
    data = (
        b"Vie\xe4t Nam: ng\xf6\xf4\xf8i da\xe2n \xf1\xf6\xf4\xefc cu\xfba ph\xf6\xf4\xf8ng, "
        b"chuye\xe5n \xf1o\xe5i so\xe1 na\xeam 2026. \xd1A\xcfI HO\xcfC; ky\xf5 thua\xe4t, "
        b"l\xf3nh v\xf6\xefc, \xf1\xf2a ch\xe6"
    )
    doc = read_document(write(tmp_path, data))
    assert doc.encoding == "vni"
    assert doc.text == (
        "Việt Nam: người dân được của phường, chuyển đổi số năm 2026. ĐẠI HỌC; kỹ thuật, "
        "lĩnh vực, địa chỉ"
    )


def test_vni_sentence(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, encode_vni(SENTENCE)))
    assert (doc.encoding, doc.text) == ("vni", SENTENCE)


@pytest.mark.parametrize("encoding, encode", [("tcvn3", encode_tcvn3), ("vni", encode_vni)])
def test_legacy_font_text_saved_as_unicode_is_repaired(
    tmp_path: Path, encoding: str, encode: Callable[[str], bytes]
) -> None:
    mojibake = as_windows_1252(encode(SENTENCE))
    assert "phường" not in mojibake
    doc = read_document(write(tmp_path, mojibake.encode("utf-8")))
    assert (doc.encoding, doc.text) == (encoding, SENTENCE)
    doc16 = read_document(write(tmp_path, codecs.BOM_UTF16_LE + mojibake.encode("utf-16-le")))
    assert (doc16.encoding, doc16.text) == (encoding, SENTENCE)


def test_unrecognised_8bit_text_is_refused(tmp_path: Path) -> None:
    french = "Ceci est un fichier en français, très élégant, où l’on décrit un café.\n" * 5
    reason = reason_of(write(tmp_path, french.encode("cp1252")))
    assert reason == "unrecognised legacy encoding; convert to UTF-8"
    noise = bytes(range(0x80, 0x100)) * 4
    assert reason_of(write(tmp_path, noise)) == "unrecognised legacy encoding; convert to UTF-8"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=VIETNAMESE_LETTERS + "fjwzFJWZ .,\n", max_size=200))
def test_vni_table_decodes_any_letters(text: str) -> None:
    assert unicodedata.normalize("NFC", read._VNI.decode(encode_vni(text))) == text


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet="".join(c for c in VIETNAMESE_LETTERS if c not in TCVN3_AMBIGUOUS) + "fjwz .,\n",
        max_size=200,
    )
)
def test_tcvn3_table_decodes_any_letters(text: str) -> None:
    assert unicodedata.normalize("NFC", read._TCVN3.decode(encode_tcvn3(text))) == text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
@pytest.mark.parametrize(
    "encoding, encode",
    [("tcvn3", encode_tcvn3), ("vni", encode_vni), ("cp1258", encode_cp1258)],
)
def test_vietnamese_text_round_trips_through_legacy_encodings(
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    encoding: str,
    encode: Callable[[str], bytes],
) -> None:
    text = data.draw(vietnamese_text(tcvn3=encoding == "tcvn3"))
    raw = encode(text)
    path = tmp_path_factory.mktemp("legacy") / "doc.txt"
    path.write_bytes(raw)
    doc = read_document(path)
    assert doc.text == unicodedata.normalize("NFC", text)
    assert doc.encoding == encoding


# ---------------------------------------------------------------------------------------------
# bad inputs


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"\n  %PDF-1.4\nph\xc6\xb0\xe1\xbb\x9dng", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "OLE2/DOC"),
        (b"ph\xc6\xb0\xe1\xbb\x9dng\x00\x01\x02\x03\xfe\xfa binary", "NUL bytes"),
    ],
)
def test_binary_content_renamed_txt(tmp_path: Path, data: bytes, kind: str) -> None:
    assert reason_of(write(tmp_path, data)) == f"binary content ({kind}), not text"


def test_docx_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f"<w:t>{SENTENCE}</w:t>")
    assert reason_of(path) == "binary content (ZIP/DOCX), not text"


def test_empty_file(tmp_path: Path) -> None:
    assert reason_of(write(tmp_path, b"")) == "empty file"


@pytest.mark.parametrize(
    "data",
    [
        b" \n\t \r\n  \r",
        "\u00a0\u3000 \n".encode(),
        codecs.BOM_UTF16_LE + " \n ".encode("utf-16-le"),
    ],
)
def test_whitespace_only(tmp_path: Path, data: bytes) -> None:
    assert reason_of(write(tmp_path, data)) == "only whitespace"


def test_control_characters_only(tmp_path: Path) -> None:
    reason = reason_of(write(tmp_path, b"\x07\x1b \n\x7f\xe2\x80\x8b"))
    assert reason == "only control characters and whitespace"


def test_missing_file(tmp_path: Path) -> None:
    assert reason_of(tmp_path / "nope.txt") == "no such file or directory"


def test_directory_is_not_a_regular_file(tmp_path: Path) -> None:
    assert reason_of(tmp_path) == "not a regular file (directory)"


def test_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert reason_of(fifo) == "not a regular file (FIFO)"  # and read_document did not block


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, SENTENCE.encode("utf-8"))
    size = path.stat().st_size
    expected = f"too large ({size} bytes; the limit is {size - 1})"
    assert reason_of(path, max_bytes=size - 1) == expected
    assert read_document(path, max_bytes=size).text == SENTENCE


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, SENTENCE.encode("utf-8"))

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(read, "open", refuse, raising=False)
    assert reason_of(path) == "permission denied"


def test_symlink_loop_file(tmp_path: Path) -> None:
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    assert reason_of(tmp_path / "a.txt") == "symlink loop"


def test_broken_symlink(tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    assert reason_of(tmp_path / "link.txt") == "no such file or directory (broken symbolic link)"


def test_hostile_control_characters_are_removed(tmp_path: Path) -> None:
    raw = (
        "\ufeffDòng một\x1b[31m đỏ\x07\r\n"
        "Dòng\u200b hai\u202e đảo\u202c\x7f\x85cuối\r"
        "Trang\x0cmới\x0bdòng\u2028tách\u2029đoạn\x1c\x1d\x1e\r\n"
        "ph\u00adường\ttab\x9b\x01\x02"
    )
    doc = read_document(write(tmp_path, raw.encode("utf-8")))
    assert doc.encoding == "utf-8-sig"
    assert doc.text == ("Dòng một[31m đỏ\nDòng hai đảo cuối\nTrang mới dòng tách đoạn\nphường\ttab")


def test_extremely_long_line_is_kept(tmp_path: Path) -> None:
    line = "phường " * 200_000
    doc = read_document(write(tmp_path, f"đầu\n{line}\ncuối".encode()))
    assert doc.text.split("\n") == ["đầu", line, "cuối"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00")))
def test_any_unicode_text_reads_clean(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("any") / "doc.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        doc = read_document(path)
    except ReadError as error:
        blank = {"empty file", "only whitespace", "only control characters and whitespace"}
        assert error.reason in blank or error.reason.startswith("binary content")
        return
    newlines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    assert doc.text.count("\n") == newlines  # line numbers are the file's
    assert doc.text.splitlines() == doc.text.removesuffix("\n").split("\n")
    assert unicodedata.is_normalized("NFC", doc.text)
    assert all(char in "\n\t" or unicodedata.category(char) != "Cc" for char in doc.text), repr(
        doc.text
    )


def test_50_megabyte_file_reads_quickly(tmp_path: Path) -> None:
    chunk = CORPUS[0].read_bytes()
    data = chunk * (50 * 1024 * 1024 // len(chunk) + 1)
    path = write(tmp_path, data, "big.txt")
    started = time.perf_counter()
    doc = read_document(path)
    elapsed = time.perf_counter() - started
    assert doc.encoding == "utf-8"
    assert doc.size_bytes == len(data) >= 50 * 1024 * 1024
    assert doc.text.count("phường") == chunk.decode("utf-8").count("phường") * (
        len(data) // len(chunk)
    )
    assert elapsed < 4.0, f"reading 50 MB took {elapsed:.1f} s"


# ---------------------------------------------------------------------------------------------
# ReadError and DecodedText


def test_read_error_is_one_line_and_picklable(tmp_path: Path) -> None:
    error = ReadError(tmp_path / "bad\nname.txt", "two\nlines")
    assert "\n" not in str(error)
    assert str(error) == f"{tmp_path}/bad\\nname.txt: two\\nlines"
    assert error.path == tmp_path / "bad\nname.txt"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.reason, str(copy)) == (error.path, error.reason, str(error))


def test_decoded_text_repr_leaves_out_the_text(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, SENTENCE.encode()))
    assert isinstance(doc, DecodedText)
    assert "phường" not in repr(doc)
    assert "encoding='utf-8'" in repr(doc)


# ---------------------------------------------------------------------------------------------
# discovery


def names(paths: list[Path], root: Path) -> list[str]:
    return [str(path.relative_to(root)) for path in paths]


def errors_of(found: Discovery, root: Path) -> list[tuple[str, str]]:
    return [(str(error.path.relative_to(root)), error.reason) for error in found.errors]


def make_tree(root: Path) -> Path:
    docs = root / "docs"
    (docs / "sub" / "deeper").mkdir(parents=True)
    for name in [
        "b.txt", "a.md", "README.md", "scan.pdf", "notes", "report.xlsx", "export.csv", ".DS_Store",
    ]:  # fmt: skip
        (docs / name).write_text("x")
    (docs / "sub" / "c.TXT").write_text("x")
    (docs / "sub" / "photo.png").write_bytes(b"\x89PNG")
    (docs / "sub" / "deeper" / "d.txt").write_text("x")
    (docs / ".git").mkdir()
    (docs / ".git" / "config.txt").write_text("x")
    return docs


def test_discover_walks_folders_for_documents(tmp_path: Path) -> None:
    docs = make_tree(tmp_path)
    found = discover([docs])
    assert names(found.documents, tmp_path) == [
        "docs/README.md",
        "docs/a.md",
        "docs/b.txt",
        "docs/export.csv",
        "docs/scan.pdf",
        "docs/sub/c.TXT",
        "docs/sub/deeper/d.txt",
        "docs/sub/photo.png",
    ]
    assert errors_of(found, tmp_path) == [
        ("docs/notes", "not a document file (no extension)"),
        ("docs/report.xlsx", "not a document file (.xlsx)"),
    ]


def test_discover_takes_explicit_files_whatever_their_name(tmp_path: Path) -> None:
    docs = make_tree(tmp_path)
    found = discover([str(docs / "scan.pdf"), docs / "notes"])
    assert names(found.documents, tmp_path) == ["docs/notes", "docs/scan.pdf"]
    assert found.errors == []


def test_discover_reports_missing_paths(tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone", tmp_path / "dangling.txt")
    found = discover([tmp_path / "missing.txt", tmp_path / "dangling.txt", ""])
    assert found.documents == []
    assert [(str(e.path), e.reason) for e in found.errors] == [
        (".", "empty path"),
        (str(tmp_path / "dangling.txt"), "no such file or directory (broken symbolic link)"),
        (str(tmp_path / "missing.txt"), "no such file or directory"),
    ]


def test_discover_deduplicates_by_resolved_path(tmp_path: Path) -> None:
    docs = make_tree(tmp_path)
    os.symlink(docs / "b.txt", tmp_path / "alias.txt")
    os.symlink(docs / "sub", docs / "again")  # a second route to the same folder
    given = [docs / "b.txt", tmp_path / "alias.txt", docs / "sub" / ".." / "b.txt", docs, docs]
    found = discover(given)
    assert names(found.documents, tmp_path) == [
        "alias.txt",
        "docs/README.md",
        "docs/a.md",
        "docs/again/c.TXT",
        "docs/again/deeper/d.txt",
        "docs/again/photo.png",
        "docs/export.csv",
        "docs/scan.pdf",
    ]
    assert len(found.errors) == 2
    again = discover(list(reversed(given)))
    assert again.documents == found.documents
    assert [str(e) for e in again.errors] == [str(e) for e in found.errors]


def test_discover_symlink_loop_between_files(tmp_path: Path) -> None:
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    found = discover([tmp_path / "a"])
    assert found.documents == []
    assert [(e.path, e.reason) for e in found.errors] == [(tmp_path / "a", "symlink loop")]
    inside = discover([tmp_path])
    assert inside.documents == []
    assert errors_of(inside, tmp_path) == [("a", "symlink loop"), ("b", "symlink loop")]


def test_discover_directory_cycle_is_reported_not_followed(tmp_path: Path) -> None:
    docs = make_tree(tmp_path)
    os.symlink(docs, docs / "sub" / "deeper" / "up")
    os.symlink("..", docs / "sub" / "parent")
    found = discover([docs])
    assert names(found.documents, tmp_path) == [
        "docs/README.md",
        "docs/a.md",
        "docs/b.txt",
        "docs/export.csv",
        "docs/scan.pdf",
        "docs/sub/c.TXT",
        "docs/sub/deeper/d.txt",
        "docs/sub/photo.png",
    ]
    loops = [(path, reason) for path, reason in errors_of(found, tmp_path) if "loop" in reason]
    assert loops == [("docs/sub/deeper/up", "symlink loop"), ("docs/sub/parent", "symlink loop")]


def test_discover_then_read_the_real_corpus() -> None:
    found = discover([CORPUS[0].parent])
    assert [path.name for path in found.documents] == [p.name for p in CORPUS]
    assert found.errors == []
    assert all(read_document(path).encoding == "utf-8" for path in found.documents)
