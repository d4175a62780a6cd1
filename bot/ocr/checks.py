"""Values checked against the world's closed lists (`world.py`) and the address grammar.

Each check returns the value, perhaps corrected, and a flag when the merchant should look:
`corrected` when letters were changed to the one list entry a letter away, `unlisted` when
the value is on no list (read as printed, but never called sure). Each is one switch in
`features` so that an ablation can measure it.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from bot.ocr import features
from bot.ocr.features import (
    ADDRESS_GRAMMAR,
    ADDRESS_MARKS,
    ADDRESS_SLIPS,
    ADDRESS_TRIM,
    ADDRESS_WORDS,
    BIZ_ROWS,
    BIZ_TAIL,
    BRANCH_NEAR,
    BRANCH_SPACING,
    DATE_ORDER,
    DISTRICT_LIST,
    FLOOR_GRAMMAR,
    NUMBER_KIND,
    OLD_SIDO,
    RARE_SURNAME,
    ROOM_FLOOR,
    SURNAME_LIST,
    TAX_OFFICE_LIST,
)
from bot.ocr.lexicon import BIZ_ITEMS, BIZ_TYPES, SIDO, Fix, jamo, nearest
from bot.ocr.values import normalize_address
from bot.ocr.world import DISTRICTS, OLD_NAMES, SURNAMES, TAX_OFFICES

FLAG_CORRECTED = "corrected"
FLAG_UNLISTED = "unlisted"
FLAG_ODD_MARK = "odd_mark"
FLAG_SPACING = "spacing"


Checked = tuple[str, tuple[str, ...]]


def tax_office(value: str) -> Checked:
    if not features.on(TAX_OFFICE_LIST) or value in TAX_OFFICES:
        return value, ()
    match = nearest(value, TAX_OFFICES)
    if match is not None and match.fix is Fix.CORRECTED:
        return match.text, (FLAG_CORRECTED,)
    tail = _listed_tail(value)
    if tail is not None:
        # A guess (the stray letter may have been 서 of 서대전): never sure.
        return tail, (FLAG_CORRECTED,)
    return value, (FLAG_UNLISTED,)


def _listed_tail(value: str) -> str | None:
    """The listed office `value` ends with after one or two stray letters in front
    ("브수원세무서": a mark of the border or the seal read as a letter), else None."""
    for cut in (1, 2):
        # 동/서/남/북/중 in front make another office's name (서청주, 북대전), listed or not.
        if value[cut:] in TAX_OFFICES and not re.fullmatch(r"[동서남북중]+", value[:cut]):
            return value[cut:]
    return None


def office_by_district(value: str, address: str) -> str | None:
    """The listed office named after the address's 시/군/구 (청주시 → 청주세무서, 서청주세무서;
    영등포구 → 영등포세무서) that `value`, a misread office name, is nearest to: at most one
    syllable changed, added or lost ("정주세무서", "주세무서" in 청주시 and 경주시). None when
    no office is named after the district (many are not: 역삼세무서 serves 강남구) or the
    nearest is not clearly nearest."""
    if not features.on(TAX_OFFICE_LIST) or value in TAX_OFFICES:
        return None
    stems = {w[:-1] for w in address.split(" ")[1:3] if re.fullmatch(r"[가-힣]{2,}[시군구]", w)}
    offices = [
        o
        for o in TAX_OFFICES
        if any(o[:-3] in (stem, *(d + stem for d in "동서남북")) for stem in stems)
    ]
    scored = sorted((Levenshtein.distance(value[:-3], o[:-3]), o) for o in offices)
    if not scored or scored[0][0] > 1 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def known_tax_office(value: str) -> bool:
    return value in TAX_OFFICES


def representative(value: str) -> Checked:
    """A Korean name starts with a surname; a foreigner's Latin name is left alone."""
    if not features.on(SURNAME_LIST) or not re.fullmatch(r"[가-힣]{2,5}", value):
        return value, ()
    if value[:2] in SURNAMES:
        return value, ()
    if value[0] in SURNAMES:
        return value, (FLAG_RARE_SURNAME,) if _rare_look_alike(value[0]) else ()
    # Only a one-letter (jamo) slip of the first syllable, to exactly one surname.
    match = nearest(value[0], tuple(s for s in SURNAMES if len(s) == 1))
    if match is not None and match.fix is Fix.CORRECTED:
        return match.text + value[1:], (FLAG_CORRECTED,)
    return value, (FLAG_UNLISTED,)


FLAG_RARE_SURNAME = "rare_surname"
# The ten commonest 성씨 (2015 census, 64 % of people), and the forty commonest. A surname
# outside the forty that is one of the ten with its final consonant changed or lost (길/김,
# 기/김, 반/박, 감/강, 인/임) is likelier the common one misread (a small final consonant is
# what OCR gets wrong most) than itself: read as printed, but not called sure.
_COMMONEST = "김이박최정강조윤장임"
_COMMON = frozenset(_COMMONEST + "한오서신권황안송전홍유류고문양손배백허남심노하곽성차주우구민진방")


def _rare_look_alike(surname: str) -> bool:
    if not features.on(RARE_SURNAME) or surname in _COMMON:
        return False
    letters = jamo(surname)
    return any(
        letters[:2] == jamo(c)[:2] and Levenshtein.distance(letters, jamo(c)) == 1
        for c in _COMMONEST
    )


_FLOOR = re.compile(r"(?<=\d)\s*[충중증](?=\s|,|\d|\)|$)")


# What a road-name address is written with: Hangul, digits, Latin letters (building names
# such as "e편한세상", "SK뷰"), spaces, commas, hyphens, a middle dot and the parentheses
# of its 참고항목. Anything else (@, \\, |, [, !) is a misread letter or a speck.
_ADDRESS_CHARS = re.compile(r"[가-힣0-9A-Za-z ,\-·.()]*")


def _address_marks(value: str) -> Checked:
    """The 참고항목's closing bracket read as "]" or "}" is ")"; any other mark an address
    never holds makes the value one for the merchant to check."""
    if value.count("(") > value.count(")"):
        value = re.sub(r"[\]}]$", ")", value)
    if _ADDRESS_CHARS.fullmatch(value):
        return value, ()
    return value, (FLAG_ODD_MARK,)


# "빌딩" (building) with its ㅣ read as ㅓ: "빌덩" is no Korean word, so a building name
# ending in it is a misreading; the correction is still one for the merchant to confirm.
_BUILDING_WORD = re.compile(r"(?<=[가-힣A-Za-z0-9])빌덩(?=\)|$)")
# 도로명주소 writes an apartment's building and unit apart: "101동 1101호". OCR drops
# the space; no address writes them tight.
_UNIT = re.compile(r"(?<=\d동)(?=\d+호)")
# A building name in the 참고항목 that starts with one digit tight against Hangul
# ("6편한세상") is a letter the Korean model could not write ("e"), unless the digit
# counts something ("2차", "3단지").
_DIGIT_BUILDING = re.compile(r", \d(?![\d차단층호동])[가-힣][^,()]*\)$")


def _address_words(value: str) -> Checked:
    flags: tuple[str, ...] = ()
    value = _UNIT.sub(" ", value)
    fixed = _BUILDING_WORD.sub("빌딩", value)
    if features.on(features.BUILDING_WORDS):
        fixed = _building_word(fixed)
    if fixed != value:
        value, flags = fixed, (FLAG_CORRECTED,)
    if _DIGIT_BUILDING.search(value):
        flags = (*flags, FLAG_ODD_MARK)
    return value, flags


# ocr20: the words Korean building names end in (loanwords for building, tower, plaza, …,
# as 건축물대장 names use them; 센타 and 프라자 are common spellings of their own).
BUILDING_WORDS: tuple[str, ...] = (
    "빌딩", "타워", "프라자", "플라자", "센터", "센타", "빌라", "맨션", "아파트", "오피스텔",
    "상가", "하이츠", "타운", "스퀘어", "캐슬", "팰리스", "시티", "파크", "밸리", "빌리지",
    "메디컬", "테크노", "프라임", "트윈", "오피스",
)  # fmt: skip
# The building name ends the 참고항목: "(마두동, 참빛타워)".
_BUILDING_END = re.compile(r"(?<=, )([^,()]*?)([가-힣]{2,4})(?=\)$)")


def _building_word(value: str) -> str:
    """A building name whose last syllables are one letter (jamo) off exactly one building
    word, and no building word themselves ("참빛타위"), ends in that word ("참빛타워")."""
    m = _BUILDING_END.search(value)
    if m is None:
        return value
    tail = m.group(2)
    for size in range(min(4, len(tail)), 1, -1):
        end = tail[-size:]
        if end in BUILDING_WORDS:
            return value
        near = [
            w
            for w in BUILDING_WORDS
            if len(w) == size and Levenshtein.distance(jamo(end), jamo(w)) == 1
        ]
        if len(near) == 1:
            return value[: m.end() - size] + near[0] + value[m.end() :]
    return value


FLAG_ROOM_FLOOR = "room_floor"
# "11층 1101, 1117호", "지하1층 B108호", "제4층 제403호": the rooms of a floor, numbered
# floor first.
_FLOOR_ROOMS = re.compile(r"(\d+)층\s*(?:일부\s*)?((?:,?\s*(?:제\s*)?[A-Za-z]?\d+(?:-\d+)?)+)\s*호")


# A basement room is numbered B + floor + room ("지하1층 B108호"); the Korean model reads
# the Latin B as 8 or 6. A room on a 지하 floor that starts with 8 or 6 and then with the
# floor's own number is such a B.
_BASEMENT_ROOM = re.compile(r"(?<=지하)(\d)층\s*(?:제\s*)?[86](?=(\d)\d{2}\s*호)")


# ocr20: the B read as one or two round digits, 0, 2, 6 or 8 ("지하1층 86101호", "82109호",
# "0102호" for B101호, B109호, B102호): the three digits after them start with the floor's.
_BASEMENT_ROOM_TWO = re.compile(r"(?<=지하)((\d)층\s*(?:제\s*)?)[0268]{1,2}(?=\2\d{2}\s*호)")


def basement_room(value: str) -> Checked:
    """ "지하1층 8108호" -> "지하1층 B108호", flagged corrected (a letter was changed)."""
    if not features.on(ROOM_FLOOR):
        return value, ()
    fixed = _BASEMENT_ROOM.sub(
        lambda m: m.group()[:-1] + "B" if m.group(1) == m.group(2) else m.group(), value
    )
    if features.on(features.BASEMENT_B2):
        fixed = _BASEMENT_ROOM_TWO.sub(lambda m: m.group(1) + "B", fixed)
    return fixed, (FLAG_CORRECTED,) if fixed != value else ()


def rooms_off_floor(value: str) -> bool:
    """Whether a room number of three or more digits does not start with its floor's
    number ("지하1층 8108호": the B of B108 read as 8). Rooms are numbered floor first; a
    digit misread in either makes them disagree, so the address is one to check."""
    for m in _FLOOR_ROOMS.finditer(value):
        for letter, digits in re.findall(r"([A-Za-z]?)(\d+)", m.group(2)):
            if len(digits) >= 3 and not letter and digits[:-2] != m.group(1):
                return True
    return False


FLAG_GRAMMAR = "grammar"

# The Korean address (도로명주소법 시행령 §3, 도로명주소 표기방법), as a certificate prints it:
#   시/도 시/군/구 [시 구] [읍/면] 도로명(…로/…길[…번길]) [지하] 건물번호[-부번]
#   [, 상세] [(참고항목)]
# or a 지번 address: 시/도 시/군/구 [읍/면] 동/리/가 [산]번지[-호][번지][, 상세].
# 상세 is floors, rooms and buildings (지하1층, 제3층, 12층 1210호, 115동 2304호, B동, 일부);
# the 참고항목 the 법정동 and a building name. 세종 has no 시/군/구 level.
_SIDO = "|".join(SIDO)
_SGG = r"(?:[가-힣]+시 [가-힣]+구|[가-힣]+[시군구])"
_EUPMYEON = r"(?: [가-힣]+[읍면])?"
_ROAD = r"[가-힣0-9·]+(?:로|길)(?:\d+번?길)?"
_NUMBER = r"\d+(?:-\d+)?"
_PLACE = r"(?:지하|제\s?)?\d+층|(?:제\s?)?[A-Za-z]?\d+(?:-\d+)?호|[A-Za-z0-9]+동|일부|\d+(?:-\d+)?"
_DETAIL = rf"(?:(?:, ?| )(?:{_PLACE})(?:(?:, ?| )(?:{_PLACE}))*)?"
_NOTE = r"(?: ?\([가-힣0-9]+(?:동|가|리|읍|면|로)\d*가?(?:, ?[^()]+)?\))?"
_GRAMMAR = re.compile(
    rf"(?:{_SIDO}) (?:(?:{_SGG}){_EUPMYEON} |(?<=세종특별자치시 ))"
    rf"(?:{_ROAD} (?:지하 ?)?{_NUMBER}|[가-힣0-9]+[동리가] 산?{_NUMBER}(?:번지)?){_DETAIL}{_NOTE}"
)
# What OCR adds around an address: a label's last letters ("재지", "소재지"), marks off a
# cell's rule or the page, stray Latin letters. None of it is Hangul of a 시/도 name.
_LEAD = re.compile(rf"^[^가-힣]*(?:(?:사업장|본점)?\s*소?\s*재?\s*지\s*[:;.]?\s*)?(?=(?:{_SIDO}) )")
_TAIL_AFTER_NOTE = re.compile(r"(?<=\))[^()]*$")


def _address_trim(value: str) -> str:
    """Marks and a label's remnant before the 시/도, anything after the closing 참고항목
    bracket (an address ends there), dropped."""
    value = _LEAD.sub("", value)
    if value.count("(") == 1 and value.count(")") == 1 and value.endswith(")") is False:
        value = _TAIL_AFTER_NOTE.sub("", value)
    return value


# One-letter slips the grammar decides: after a room's number comes 호, never 오 (the
# Korean model drops the ㅎ's cap); between the building number and the detail a comma,
# never ";" (a comma with a speck above). Put back and flagged: the merchant confirms.
_ROOM_O = re.compile(r"(?<=\d)오(?=\s*(?:[,(]|$))")
_SEMICOLON = re.compile(r"(?<=\d);(?= )")


def _address_slips(value: str) -> Checked:
    fixed = _SEMICOLON.sub(",", _ROOM_O.sub("호", value))
    return fixed, (FLAG_CORRECTED,) if fixed != value else ()


# ocr10: misreadings the address grammar decides; each is put back and flagged (a letter
# changed: the merchant confirms).
# The 참고항목 is always in brackets: a note "(법정동[, 건물명])" that ends the address with
# its ")" but lost its "(" (unread, or read as "|", "<", "[") gets it back.
_OPEN_NOTE = re.compile(
    r"(?:\s*[|\[<{]\s*|\s+)(?=[가-힣]+[0-9]*(?:동|가|리|읍|면)[0-9]*가?(?:, ?[^()]*)?\)$)"
)
# A floor's number never holds a mark: "1!층", "|층" are 1s ("11층", "1층"); "지하!층" too.
_FLOOR_MARK = re.compile(
    r"(?:(?<![가-힣A-Za-z])|(?<=[지시치]하))([0-9]*)[!|](?=[0-9]*\s*[층충중증](?:\s|,|\(|$))"
)
# 지하 (basement) misread 시하/치하 before a floor: no address word is 시하.
_BASEMENT_WORD = re.compile(r"(?<![가-힣])[시치](?=하\s*[0-9]+층)")
# A basement room is B + floor + room ("지하1층 B112호"): a 지하층 read without its floor
# number takes it from the room's, the B read as 8 or 6.
_BASEMENT_NO_FLOOR = re.compile(r"지하층\s*(?:제\s*)?[86B]([0-9])([0-9]{2})(?=\s*호)")
# The detail names each unit with its word (동, 층, 호): a bare number of three or four
# digits right after a floor and ending the detail ("3층 406 (성내동)") is a room whose 호
# was lost (read as a speck, or dropped at the note's bracket).
_ROOM_NO_HO = re.compile(r"(?<=[0-9]층 )([0-9]{3,4})(?=\s*(?:\(|$))")
# 빚 (debt) names no building: in the 참고항목's building name it is 빛 (light) misread.
_DEBT = re.compile(r"빚(?=[^(),]*\)$)")


def address_slips_ocr10(value: str) -> Checked:
    fixed = value
    if features.on(features.FLOOR_MARKS):
        fixed = _FLOOR_MARK.sub(lambda m: m.group(1) + "1", fixed)
    if features.on(features.BASEMENT_FLOOR):
        fixed = _BASEMENT_WORD.sub("지", fixed)
        fixed = _BASEMENT_NO_FLOOR.sub(lambda m: f"지하{m[1]}층 B{m[1]}{m[2]}", fixed)
    if features.on(features.ROOM_HO):
        fixed = _ROOM_NO_HO.sub(r"\1호", fixed)
    if features.on(features.NOTE_BRACKET) and fixed.count("(") < fixed.count(")"):
        fixed = _OPEN_NOTE.sub(" (", fixed, count=1)
    if features.on(features.BUILDING_DEBT) and "," in fixed[fixed.rfind("(") :]:
        head, _, note = fixed.rpartition(",")
        fixed = head + "," + _DEBT.sub("빛", note)
    return fixed, (FLAG_CORRECTED,) if fixed != value else ()


# ocr25: after a number an address writes 층 (floor), 호 (room), 동 (building) or 번길, and
# nothing else: "5총", "10흥" are a floor whose ㅇ or vowel was misread, "402초", "902츠",
# "130흐" a room whose 호 lost its cap or stroke. Put back and flagged.
_FLOOR_SLIP = re.compile(r"(?<=\d)\s*[총흥](?=\s|,|\)|$)")
_ROOM_SLIP = re.compile(r"(?<=\d)[초츠흐](?=\s*(?:[,(]|$))")


def _unit_slips(value: str) -> Checked:
    fixed = _ROOM_SLIP.sub("호", _FLOOR_SLIP.sub("층", value))
    return fixed, (FLAG_CORRECTED,) if fixed != value else ()


def address_parses(value: str) -> bool:
    """Whether `value` is a whole Korean address by the grammar above."""
    return _GRAMMAR.fullmatch(value) is not None


# ocr20: 시 read as "/|" (its ㅅ a slash, its ㅣ a bar): put back where the letters before it
# and 시 make a listed 시/도 or 시 ("울산광역/|남구", "순천/|연향번영길").
_SI_MARKS = re.compile(r"([가-힣]+)\s*[/\\][|1lIㅣ]")
_SI_NAMES = frozenset(
    [s for s in SIDO if s.endswith("시")]
    + [d for ds in DISTRICTS.values() for d in ds if d.endswith("시")]
)
# A 시/도 name read tight against what follows it ("세종특별자치시한누리대로").
_SIDO_TIGHT = re.compile("^(" + "|".join(sorted(SIDO, key=len, reverse=True)) + ")(?=[가-힣])")
# A 법정동 numbered with 가 is one word: "성수동1가", "효자동3가", "충무로2가".
_GA_LOOSE = re.compile(r"(?<=[가-힣][동로])\s*(\d{1,2})\s+가(?=\s+산?\d)")


def _si_marks(value: str) -> str:
    def put_back(m: re.Match[str]) -> str:
        run = m.group(1)
        for cut in range(len(run)):
            if run[cut:] + "시" in _SI_NAMES:
                return run + "시"
        return m.group()

    return _SI_MARKS.sub(put_back, value)


def _address_world(value: str) -> Checked:
    """The spacing rules above (no flag: they have no exceptions), and 시 put back (flagged
    corrected: a letter changed)."""
    fixed = _GA_LOOSE.sub(lambda m: m.group(1) + "가", value)
    marked = _si_marks(fixed)
    respaced = _SIDO_TIGHT.sub(r"\1 ", marked)
    if respaced != fixed:
        respaced = normalize_address(respaced)
    return respaced, (FLAG_CORRECTED,) if marked != fixed else ()


def address(value: str) -> Checked:
    """The checks below, after the address words the lists put back (ocr20)."""
    closed: tuple[str, ...] = ()
    if features.on(features.NOTE_CLOSED):
        value, closed = _close_note(value)
    if not features.on(features.ADDRESS_WORLD):
        value, flags = _address_checks(value)
        return value, tuple(dict.fromkeys((*closed, *flags)))
    value, flags = _address_world(value)
    flags = (*closed, *flags)
    value, more = _address_checks(value)
    return value, tuple(dict.fromkeys((*flags, *more)))


# ocr22: a road-name address ends with its 참고항목 in parentheses, "(동)" or "(동, 건물명)",
# closed. An address whose last "(" opens a note of a 동 (and perhaps a building name) that ends
# in a letter, never closed, lost its ")" (a thin mark at the cell's edge): put back, flagged.
# (One read as another mark, "]", is the grammar's to put right.)
_UNCLOSED_NOTE = re.compile(
    r"\([가-힣0-9]+[동가리로](?:, ?[가-힣A-Za-z0-9]+(?: [가-힣A-Za-z0-9]+)?)?$"
)


def _close_note(value: str) -> Checked:
    if value.count("(") != value.count(")") + 1 or not _UNCLOSED_NOTE.search(value):
        return value, ()
    return value.rstrip() + ")", (FLAG_CORRECTED,)


def twin_addresses(address: str, hq: str) -> str | None:
    """ocr22: a 법인's 본점 is often its 사업장, printed twice the same. Two readings that
    differ only in hyphens and spaces are that one address, and OCR drops a thin hyphen or a
    space far more often than it makes one up ("경인로 14625" beside "경인로 146-25"): the
    reading with more of them, or None when they are not such twins or are equal."""
    if address == hq or re.sub(r"[-\s]", "", address) != re.sub(r"[-\s]", "", hq):
        return None

    def marks(text: str) -> tuple[int, int]:
        return text.count("-"), text.count(" ")

    if marks(address) == marks(hq):
        return None
    return max((address, hq), key=marks)


def _address_checks(value: str) -> Checked:
    """층 misread after a floor number; 시/군/구 checked against its 시/도's list; marks an
    address never holds; words no address holds."""
    flags: tuple[str, ...] = ()
    if features.on(ADDRESS_TRIM):
        value = _address_trim(value)
    if features.on(ADDRESS_SLIPS):
        value, flags = _address_slips(value)
    value, slip_flags = address_slips_ocr10(value)
    flags = (*flags, *slip_flags)
    if features.on(features.UNIT_SLIPS):
        value, unit_flags = _unit_slips(value)
        flags = (*flags, *unit_flags)
    if features.on(ADDRESS_MARKS):
        value, mark_flags = _address_marks(value)
        flags = (*flags, *mark_flags)
    if features.on(ADDRESS_WORDS):
        value, word_flags = _address_words(value)
        flags = (*flags, *word_flags)
    if features.on(FLOOR_GRAMMAR):
        # In an address a number is followed by 층 (floor), 호 (unit), 동 (building) or
        # 번길; 충, 중 and 증 never follow one.
        value = _FLOOR.sub("층", value)
    value, room_flags = basement_room(value)
    flags = (*flags, *room_flags)
    if features.on(ROOM_FLOOR) and rooms_off_floor(value):
        flags = (*flags, FLAG_ROOM_FLOOR)
    if features.on(ADDRESS_GRAMMAR) and not address_parses(value):
        flags = (*flags, FLAG_GRAMMAR)
    if not features.on(DISTRICT_LIST):
        return value, flags
    parts = value.split(" ")
    if parts[0] in OLD_NAMES and not features.on(OLD_SIDO):
        return value, (*flags, FLAG_UNLISTED)
    if len(parts) < 3 or parts[0] not in SIDO:
        return value, (*flags, FLAG_UNLISTED) if parts[0] not in SIDO else flags
    districts = DISTRICTS.get(OLD_NAMES.get(parts[0], parts[0]), ())
    if not districts:
        return value, flags  # 세종: no 시/군/구 level
    # One or two district words: "마포구", or "성남시 분당구".
    for i in (1, 2):
        word = parts[i]
        if not re.fullmatch(r"[가-힣]+[시군구]", word):
            break
        if word in districts:
            continue
        match = nearest(word, districts)
        if match is not None and match.fix is Fix.CORRECTED:
            parts[i] = match.text
            flags = (*flags, FLAG_CORRECTED)
        else:
            return value, (*flags, FLAG_UNLISTED)
    return " ".join(parts), flags


# A branch (본점, 지점, 역점 …) is registered either apart from the trade name or tight
# against it ("온누리통닭 본점", "온누리통닭본점"); Korean OCR often drops the space, so a
# name read tight against its branch word is one for the merchant to check.
_BRANCH_TIGHT = re.compile(r"[가-힣A-Za-z)](?:본점|지점)$")


# A branch is named after its place, apart from the name: "도담인테리어 서면점". A last word
# that ends one letter off 점 ("서면정") is likelier the branch misread than a word of the
# name; the merchant checks it.
_LAST_WORD = re.compile(r" ([가-힣]{1,4})([가-힣])$")
FLAG_BRANCH = "branch"


# ocr20: a company's name states its legal form (상법 §19: 주식회사, 유한회사, 합자회사,
# 합명회사, 유한책임회사), as a word before or after the name; a first or last word one letter
# off exactly one of them ("주식희사", "육한회사") is that form misread.
LEGAL_FORMS: tuple[str, ...] = ("주식회사", "유한회사", "합자회사", "합명회사", "유한책임회사")
# The one-glyph ㈜ read as 쥐 (a rat), which starts no registered name.
_SIGN_AS_RAT = re.compile(r"^쥐(?=[가-힣A-Za-z])")


def _legal_form(value: str) -> str:
    words = value.split(" ")
    for i in {0, len(words) - 1}:
        word = words[i]
        if len(words) < 2 or word in LEGAL_FORMS or not re.fullmatch(r"[가-힣]{4,6}", word):
            continue
        near = [f for f in LEGAL_FORMS if Levenshtein.distance(jamo(word), jamo(f)) == 1]
        if len(near) == 1:
            words[i] = near[0]
    return _SIGN_AS_RAT.sub("㈜", " ".join(words))


def trade_name(value: str) -> Checked:
    if features.on(features.LEGAL_FORM):
        fixed = _legal_form(value)
        if fixed != value:
            checked_fixed, flags = trade_name(fixed)
            return checked_fixed, (FLAG_CORRECTED, *flags)
    if features.on(BRANCH_SPACING) and _BRANCH_TIGHT.search(value):
        return value, (FLAG_SPACING,)
    last = _LAST_WORD.search(value)
    if (
        features.on(BRANCH_NEAR)
        and last is not None
        and last.group(2) != "점"
        and Levenshtein.distance(jamo(last.group(2)), jamo("점")) == 1
    ):
        return value, (FLAG_BRANCH,)
    return value, ()


_BIZ_TAIL = re.compile(r"[^가-힣)]+$")


# ocr20: KSIC names separate their words with commas, never with full stops ("전문, 과학 및
# 기술 서비스업"); a thin comma reads as ".".
_BIZ_STOP = re.compile(r"(?<=[가-힣])\s*\.\s*(?=[가-힣])")


def _listed_then_letters(value: str) -> str:
    """ocr20: a listed 업태/종목 name followed by loose letters ("제조업 빌 훌 시 유", "도매 및
    소매업 말 금 산 유 정정": the 발급사유 row or the seal read into the cell) is that name. No
    listed name goes on with a word of one letter other than 및, nor with a mark."""
    words = value.split(" ")
    listed = {_compact_name(e) for e in BIZ_TYPES + BIZ_ITEMS}
    for end in range(len(words) - 1, 0, -1):
        head, rest = words[:end], words[end]
        if _compact_name(" ".join(head)) not in listed:
            continue
        hangul = re.sub(r"[^가-힣]", "", rest)
        if (len(hangul) == 1 and rest != "및") or not hangul:
            return " ".join(head)
    return value


def _compact_name(text: str) -> str:
    return re.sub(r"[\s·.]", "", text)


def biz_name(value: str) -> str:
    """업태/종목 names end in a Hangul word (…업, …점, …학원): drop marks read after it."""
    if features.on(features.BIZ_COMMA):
        value = _BIZ_STOP.sub(", ", value)
    if not features.on(BIZ_TAIL):
        return value
    return _BIZ_TAIL.sub("", value)


FLAG_MERGED = "merged"
# A name ending in a word of its kind (…업) runs on into another word only before "및"
# ("농업 및 임업"): "재생업 비금속류 원료 재생업" is two rows' names read as one, the other
# column's or the next row's. A name never ends in "및" or a comma: the rest was lost.
_RUN_ON = re.compile(r"[가-힣]{2,}업 (?!및)[가-힣]")
_CUT_SHORT = re.compile(r"(?:\s및|,)$")


def biz_list(value: str) -> Checked:
    """The joined 업태 or 종목 names: rows merged into one name, or one cut short, make the
    value one for the merchant to check (the letters are left as read)."""
    if not features.on(BIZ_ROWS):
        return value, ()
    names = value.split(", ")
    if features.on(features.BIZ_LETTERS):
        cut = [_listed_then_letters(n) for n in names]
        if cut != names:
            # The letters of the next row, read into this one: cut off, for the merchant to
            # check still.
            return ", ".join(cut), (FLAG_MERGED,)
    if any(_RUN_ON.search(n) or _CUT_SHORT.search(n) for n in names):
        return value, (FLAG_MERGED,)

    # One name on two rows read with and without a space ("전문서비스업", "전문 서비스업"):
    # Korean OCR drops spaces far more often than it adds them, so the spaced one is
    # kept, once; which was printed is for the merchant to confirm.
    by_letters: dict[str, str] = {}
    for name in names:
        key = name.replace(" ", "")
        if name.count(" ") > by_letters.get(key, name).count(" ") or key not in by_letters:
            by_letters[key] = name
    if len(by_letters) < len(dict.fromkeys(names)):
        return ", ".join(dict.fromkeys(by_letters[n.replace(" ", "")] for n in names)), (
            FLAG_SPACING,
        )
    # ocr7: a name registered both spaced and tight ("통신판매업", "통신 판매업"): OCR's
    # spaces are not the print's, so which one this page has is for the merchant to confirm.
    if features.on(features.BIZ_SPACING) and any(
        n.replace(" ", "") in _TWO_SPELLINGS for n in names
    ):
        return value, (FLAG_SPACING,)
    return value, ()


def _spelled_twice(entries: tuple[str, ...]) -> frozenset[str]:
    seen: dict[str, set[str]] = {}
    for entry in entries:
        seen.setdefault(entry.replace(" ", ""), set()).add(entry)
    return frozenset(key for key, spellings in seen.items() if len(spellings) > 1)


_TWO_SPELLINGS = _spelled_twice(BIZ_TYPES + BIZ_ITEMS)


FLAG_IMPLAUSIBLE = "implausible"


def implausible_dates(dates: dict[str, str], today: str) -> set[str]:
    """Dates that cannot all be true: born before opening a business by at least 14 years,
    opened on or before the certificate was issued, issued no later than today."""
    if not features.on(DATE_ORDER):
        return set()
    bad: set[str] = set()
    birth, opened, issued = (dates.get(k) for k in ("birth_date", "open_date", "issue_date"))
    if issued and issued > today:
        bad.add("issue_date")
    if opened and issued and opened > issued:
        bad |= {"open_date", "issue_date"}
    if birth and opened and int(opened[:4]) - int(birth[:4]) < 14:
        bad |= {"birth_date", "open_date"}
    if birth and int(today[:4]) - int(birth[:4]) > 110:
        bad.add("birth_date")
    return bad


FLAG_NUMBER_KIND = "number_kind"


def business_number_fits(value: str, corporate: bool, exempt: bool | None) -> bool:
    """Whether a 사업자등록번호 fits the certificate it is printed on. Its digits 4–5 are the
    개인·법인 구분코드: 01–79 a taxable individual (일반, 간이), 90–99 a tax-exempt one
    (면세), 81–88 a 법인; its office code (digits 1–3) starts at 101 and its serial (6–9) at
    0001. A number that passes its check digit but not these is a misread one that happens to
    pass (one in ten does), or the page's kind was misread: the merchant checks it.
    `exempt`: None when the page's subtitle (일반/간이/면세) was not read."""
    digits = re.sub(r"\D", "", value)
    if not features.on(NUMBER_KIND) or len(digits) != 10:
        return True
    code = int(digits[3:5])
    if int(digits[:3]) < 101 or digits[5:9] == "0000":
        return False
    if corporate:
        return 81 <= code <= 88
    if code <= 79:
        return exempt is not True
    if code >= 90:
        return exempt is not False
    return False


# 법인등록번호 digits 5–6 are the 법인 종류: 11 주식회사, 12 합명회사, 13 합자회사, 14 유한회사
# (상업등기규칙). A trade name that states its legal form must agree with it.
_LEGAL_FORMS = (
    (re.compile(r"주식회사|\(주\)|㈜"), "11"),
    (re.compile(r"합명회사"), "12"),
    (re.compile(r"합자회사"), "13"),
    (re.compile(r"유한회사"), "14"),
)


# Any legal form a trade name may state, short or long (상법 §19 requires a company's).
_ANY_FORM = re.compile("|".join((*LEGAL_FORMS, r"\([주유합]\)", "㈜", "㈲")))
# Digits 5-6 of a 법인등록번호 for a 주식회사 (상업등기규칙).
_STOCK_COMPANY = "11"


def stock_company_sign(corp_no: str, trade_name: str) -> str | None:
    """The trade name with its ㈜ put back, or None (lead, session 10). A 주식회사 must state
    its form in its name (상법 §19); when the 법인등록번호 says 주식회사 and the name read
    states no form at all but starts with 주, that 주 is the one-glyph ㈜ the Korean model
    read as its middle letter ("주한빛상사" for "㈜한빛상사")."""
    digits = re.sub(r"\D", "", corp_no)
    if not features.on(features.STOCK_SIGN) or len(digits) != 13:
        return None
    if digits[4:6] != _STOCK_COMPANY or _ANY_FORM.search(trade_name):
        return None
    if not re.match(r"주[가-힣A-Za-z]", trade_name):
        return None
    return "㈜" + trade_name[1:]


def corp_number_fits(value: str, trade_name: str) -> bool:
    """Whether a 법인등록번호 agrees with the legal form its trade name states (none stated:
    nothing to disagree with)."""
    digits = re.sub(r"\D", "", value)
    if not features.on(NUMBER_KIND) or len(digits) != 13:
        return True
    codes = {code for pattern, code in _LEGAL_FORMS if pattern.search(trade_name)}
    return len(codes) != 1 or digits[4:6] in codes
