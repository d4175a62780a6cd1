"""Turning the OCR'd text after a label into a field value in the ground-truth format."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from bot.ocr import features
from bot.ocr.lexicon import SIDO
from bot.ocr.world import DISTRICTS, OLD_NAMES

# Characters tesseract's Korean model emits for digits it half-recognises.
DIGIT_LOOKALIKES = str.maketrans(
    {
        "O": "0", "o": "0", "Q": "0", "D": "0", "ㅇ": "0", "〇": "0",
        "l": "1", "I": "1", "|": "1", "!": "1", "i": "1", "ㅣ": "1", "]": "1", "[": "1",
        "Z": "2", "z": "2",
        "S": "5", "s": "5",
        "G": "6", "b": "6",
        "T": "7",
        "B": "8",
        "g": "9", "q": "9",
    }
)  # fmt: skip

_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−－~_"), "-")
# A one-digit month or day is never followed by another digit: "2023 월 25 일" (the month
# lost) is no date, not 2023-02-05.
_DATE = re.compile(r"(\d{4})\D{0,4}?(\d{2}|\d(?!\d))\D{0,4}?(\d{2}|\d(?!\d))")
# ... and the dots specks are read as at a value's end ("바른디자인 ᆞ", "(송도동) ᆞ. 、"): a
# middle dot only ever stands between two words.
_EDGE_JUNK = " \t:：;.,'\"`|_~-=‘’“”»«*\u119e\u318d\u00b7\u3001\u3002"


def fold(text: str) -> str:
    """NFKC (full-width forms to ASCII) and one kind of dash."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES)


def clean_text(text: str) -> str:
    """Collapse spaces and drop the stray marks OCR leaves at a value's edges."""
    text = re.sub(r"\s+", " ", fold(text)).strip(_EDGE_JUNK)
    # Between two words the old vowel ᆞ (araea, out of use since 1933) is the middle dot ㆍ,
    # misread or folded by NFKC ("냉ᆞ난방"): the form prints ㆍ.
    text = re.sub(r"(?<=[가-힣])\s*\u119e\s*(?=[가-힣])", "\u318d", text)
    # OCR splits "( 문래동" and "405호 )"; the certificate prints them tight.
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"\s+,", ",", text)
    return re.sub(r",(?=\S)", ", ", text)


def restore_spaces(text: str) -> str:
    """Put back spaces Korean OCR drops where Korean writing always has them.

    Only rules without exceptions in certificate text: "및" between two words, and the
    province (…특별시, …광역시, …도) before its district.
    """
    text = re.sub(r"(?<=[가-힣,])\s*및\s*(?=[가-힣])", " 및 ", text)
    return re.sub(r"^([가-힣]+(?:특별시|광역시|특별자치시|특별자치도))(?=[가-힣])", r"\1 ", text)


def parse_date(text: str) -> str | None:
    """`2022 년 07 월 04 일` (and misreads of it) -> `2022-07-04`; None if no valid date."""
    folded = fold(text)
    for candidate in (folded, _digits_only_lookalikes(folded)):
        for m in _DATE.finditer(candidate):
            year, month, day = (int(g) for g in m.groups())
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if 1900 <= date.year <= 2100:
                return date.isoformat()
    return None


def lost_digit(text: str) -> bool:
    """Whether the date `parse_date` reads in `text` mixes a zero-padded month or day with
    a one-digit one ("2023 년 01 월 2 일"). A printed date keeps one convention, so a digit
    was lost (under a seal, in noise) and the value is one to check."""
    folded = fold(text)
    for candidate in (folded, _digits_only_lookalikes(folded)):
        for m in _DATE.finditer(candidate):
            _, month, day = m.groups()
            try:
                dt.date(int(m.group(1)), int(month), int(day))
            except ValueError:
                continue
            if not 1900 <= int(m.group(1)) <= 2100:
                continue
            padded = month.startswith("0") or day.startswith("0")
            return padded and min(len(month), len(day)) == 1
    return False


def _digits_only_lookalikes(text: str) -> str:
    """Apply the look-alike table only next to digits, so Hangul words stay intact."""
    for _ in range(3):  # "OO998": each pass reaches one letter further from the digits
        mapped = re.sub(
            r"(?<=\d)[OoQDlI|!Z]|[OoQDlI|!Z](?=\d)",
            lambda m: m.group().translate(DIGIT_LOOKALIKES),
            text,
        )
        if mapped == text:
            break
        text = mapped
    return text


def digit_runs(text: str) -> str:
    """Digits and dashes of `text`, look-alikes mapped, everything else as spaces."""
    mapped = _digits_only_lookalikes(fold(text))
    return re.sub(r"[^\d-]+", " ", mapped)


def hangul_name(text: str) -> str:
    """A person's name: the Hangul (and Latin, for foreigners) letters, spaces dropped."""
    kept = re.sub(r"[^가-힣A-Za-z ]", "", fold(text)).strip()
    return kept if re.search(r"[가-힣]", kept) is None else kept.replace(" ", "")


_ADDRESS = re.compile(
    r"^(?P<sido>[가-힣]+?(?:특별시|광역시|특별자치시|특별자치도|도))\s*"
    # A second level only as 시 + 구 (성남시 분당구): "수성구 달구벌대로" is one 구 and a road.
    r"(?P<sgg>[가-힣]+?시\s*[가-힣]+?구(?=\s*[가-힣0-9]+?(?:로|길))|[가-힣]+?[시군구])\s*"
    r"(?P<road>[가-힣0-9]+?(?:로|길)(?:\s*\d+번?길)?)\s*"
    r"(?P<num>\d+(?:-\d+)?)(?P<rest>(?:[,(\s].*)?)$"
)


def normalize_address(text: str) -> str:
    """Re-space a road-name address (도로명주소) the way it is printed.

    The parts always come as `시도 시군구 도로명 건물번호, 상세 (참고항목)`; Korean OCR drops
    the spaces between them. When the text does not parse as one, it is returned unchanged.
    """
    # 층 (floor) after a number is misread as 증, which never follows a number in an address;
    # 충 and 중 likewise where a floor stands: before the room number or at the detail's end.
    compact = re.sub(r"(?<=\d)\s*증", "층", clean_text(text))
    compact = re.sub(r"(?<=\d)\s*[충중](?=\s*(?:\d+호|[,()]|$))", "층", compact)
    # A road-name address has no full stops: its parts are separated by commas (after the
    # building number, inside the parenthesised note), and a thin comma reads as ".".
    compact = re.sub(r"(?<=[0-9가-힣])\s*\.\s*(?=[0-9가-힣])", ", ", compact)
    m = _ADDRESS.match(compact)
    if m is None:
        jibun = respace_jibun(compact) if features.on(features.JIBUN_SPACING) else None
        return compact if jibun is None else jibun
    sgg = " ".join(re.findall(r"[가-힣]+?[시군구](?=\s*|$)", m["sgg"].replace(" ", "")))
    rest = m["rest"].strip()
    rest = re.sub(r"\s*,\s*", ", ", rest)
    rest = re.sub(r"(?<=층)(?=\d)", " ", rest)
    rest = re.sub(r"\s*\(", " (", rest).strip()
    if rest and not rest.startswith((",", "(")):
        rest = " " + rest
    # A numbered side road is one name, written tight: "광안해변로114번길", "테헤란로7길"
    # (도로명주소 rules); OCR's space inside it is dropped.
    road = re.sub(r"\s+", "", m["road"])
    head = f"{m['sido']} {sgg} {road} {m['num']}"
    return head + ("" if not rest else rest if rest.startswith(",") else " " + rest.lstrip())


# ocr10: a 지번 (lot-number) address, as certificates issued before the 도로명주소 (2014) print
# it and many still do: 시/도 시/군/구 [구] [읍/면] 동/리/가 [리] [산]본번[-부번] [상세].
_LOT = re.compile(
    r"(?:(?P<eupmyeon>[가-힣]+?[읍면])\s*)?(?P<dong>[가-힣0-9]+?(?:동|리|가))\s*"
    r"(?:(?P<ri>[가-힣]+?리)\s*)?(?P<san>산\s*)?(?P<num>\d+(?:-\d+)?)(?:번지)?(?P<rest>.*)$"
)
# Longest first: "경상북도" is tried before a shorter name it starts with.
_SIDO_LONGEST_FIRST = sorted(SIDO, key=len, reverse=True)


def respace_jibun(text: str) -> str | None:
    """Re-space a 지번 address whose spaces OCR dropped ("경상북도구미시원평동766"), its
    시/도 and 시/군/구 found by their names (`world.DISTRICTS`, one or two levels: 성남시
    분당구). None when `text` is not one: no listed 시/도 and 시/군/구 at its start, no
    동/리/가 and lot number after them, or a floor or room word tight after the number (its
    digits ran into the lot number: which are whose is not for a rule to say)."""
    sido = next((s for s in _SIDO_LONGEST_FIRST if text.startswith(s)), None)
    if sido is None:
        return None
    rest = text[len(sido) :].lstrip()
    parts = [sido]
    districts = sorted(DISTRICTS.get(OLD_NAMES.get(sido, sido), ()), key=len, reverse=True)
    for level in ("시군구", "구"):
        found = next((d for d in districts if rest.startswith(d) and d[-1] in level), None)
        if found is None or (level == "구" and parts[-1][-1] != "시"):
            break
        parts.append(found)
        rest = rest[len(found) :].lstrip()
    if districts and len(parts) == 1:
        return None
    m = _LOT.match(rest)
    if m is None or re.match(r"\s*[층호]", m["rest"]):
        return None
    parts += [w for w in (m["eupmyeon"], m["dong"], m["ri"]) if w]
    parts.append(("산" if m["san"] else "") + m["num"])
    detail = m["rest"].strip()
    if detail and not detail.startswith(","):
        detail = " " + detail
    return " ".join(parts) + re.sub(r"\s*\(", " (", detail).rstrip()
