"""Switches for the reader's checks against facts of the world, for ablations.

Each name is one rule (a closed list or a grammar, `checks.py`) that `bench/ocr.py --off
NAME` turns off to measure what it is worth on a set it was not developed on. Production
never changes `ENABLED`. A new rule registers itself with `switch(name)` (or `switch(name,
kept=False)` while no set it was not made on has shown it helps), above the closing block.
"""

from __future__ import annotations

_SWITCHES: dict[str, bool] = {}


def switch(name: str, *, kept: bool = True) -> str:
    """Register a rule's switch; `kept` says whether production runs it."""
    if name in _SWITCHES:
        raise ValueError(f"switch {name!r} registered twice")
    _SWITCHES[name] = kept
    return name


TAX_OFFICE_LIST = switch("tax_offices")
SURNAME_LIST = switch("surnames")
DISTRICT_LIST = switch("districts")
FLOOR_GRAMMAR = switch("floor_grammar")
BIZ_TAIL = switch("biz_tail", kept=False)
DATE_ORDER = switch("date_order")
ADDRESS_MARKS = switch("address_marks")
ADDRESS_WORDS = switch("address_words")
LOST_DIGIT = switch("lost_digit")
BRANCH_SPACING = switch("branch_spacing")
BIZ_ROWS = switch("biz_rows")
ROOM_FLOOR = switch("room_floor")
BIZ_CUT = switch("biz_cut")
BIZ_HEADING = switch("biz_heading")
COMPANY_SIGN = switch("company_sign")
NUMBER_KIND = switch("number_kind")
RARE_SURNAME = switch("rare_surname")
BIZ_NEAR = switch("biz_near")
BRANCH_NEAR = switch("branch_near")
LABEL_CELLS = switch("label_cells")
CELL_MARKS = switch("cell_marks")
BIZ_SPACING = switch("biz_spacing")
BIZ_ABOVE = switch("biz_above")
ADDRESS_TRIM = switch("address_trim")
ADDRESS_GRAMMAR = switch("address_grammar")
OLD_SIDO = switch("old_sido")
ADDRESS_SLIPS = switch("address_slips")
# ocr11: digits or marks the Korean model reads for a trade name's Latin capitals ("114 꽃집"
# for "HM 꽃집") read again with `eng` (bot/ocr/latin.py, docs/decisions.md "ocr11").
LATIN_RUNS = switch("latin_runs")
# ocr10: the text side of the older (2007-2013) ruled certificate and its 지번 addresses.
ADDRESS_HEADS = switch("address_heads")
JIBUN_SPACING = switch("jibun_spacing")
REASON_VALUE = switch("reason_value")
SHORT_BIZ = switch("short_biz")
BIZ_UNPAIRED = switch("biz_unpaired")
BIZ_UNCLEAR = switch("biz_unclear")
NOTE_BRACKET = switch("note_bracket")
BASEMENT_FLOOR = switch("basement_floor")
FLOOR_MARKS = switch("floor_marks")
BUILDING_DEBT = switch("building_debt")
HEAD_MARKS = switch("head_marks")
ROOM_HO = switch("room_ho")


# Kept: only what the ablation on the independent set showed to help (docs/performance.md
# "Certificate reading"). The district list kept two wrong values from being called sure;
# address marks (ocr3) kept one more; the tax office list (ocr3, once the table and lexicon
# fixes were in) corrected two offices and changed nothing on the dev renderer. The others
# changed nothing there, so they stay off until a set shows they help.
# ocr4: address words, lost digits and branch spacing (docs/decisions.md, ocr4) each changed
# only sure-but-wrong or wrong values on both development sets.
# ocrcal: the floor grammar (set 3 prints "제4층", "11층 1101, 1117호", which the old rule
# missed), the surname list, merged 업태/종목 rows, rooms off their floor and the order of
# the dates
# (docs/performance.md, "calibration of sure, second round").
# ocrbiz: 업태/종목 names cut short, the table found from its heads without its label, the
# ㈜ sign read as a mark (docs/performance.md, "eighth round"): each helped a designed-from
# set and changed nothing on the held-out ones.
# ocr6: the order of the dates (a 2076 issue date was sure), numbers against the page,
# rare surnames one letter from a common one, 업태/종목 names one letter from a listed one,
# a last word one letter from a branch word (docs/performance.md, "ocr6").
# ocr8: junk around an address dropped, an address the grammar does not parse not sure
# (docs/decisions.md, "ocr8"); 강원도/전라북도 (the old names) checked as listed 시/도;
# a room number's 호 read 오 and a comma read ";" put back, flagged.
# ocr10: the older ruled form's text side and 지번 addresses (docs/decisions.md, "ocr10").
# Every rule but the 업태/종목 tail, which never showed a gain on a set it was not made on.
# The 업태/종목 tail is registered kept=False above.


# --- ocr13 ---
# ocr13: coloured marks (highlighter, ballpoint, stamps) turned to paper before binarising
# (bot/ocr/marks.py, docs/decisions.md "ocr13"). A step of the image, not a check of the words:
# `bench/ocr.py --off marks` reads the pages without it.
MARKS = switch("marks")
# ocr14: a certificate that is only part of the image (a phone viewer's screenshot, a big
# scan with another document beside it) is cut out of it before reading (bot/ocr/frame.py).
FRAME = switch("frame")
# Its cut of a landscape sheet into two papers at a blank gutter (`frame.side_by_side`) is a
# switch of its own, on: certificate set 4's two-up scans (a set nobody developed on) read 71.0
# -> 91.9 % of fields with it (set 4 in all 78.0 -> 80.1 %). Certificate set 8's A3 group fell
# 89.0 -> 50.7 % in the same code, cause not ablated (docs/decisions.md, "Lead's ablation").
FRAME_SHEET = switch("frame_sheet")
# ocr18
# An A3 sheet (by the resolution its file states, two A4 pages wide) is cut at a gutter to the
# part whose print spans a page, not to the part with more ink, and read whole when both parts
# span a page: the part with more ink may be the other paper (certificate set 8's A3 scans
# beside a consent form, 50.7 -> 89.0 % of fields; `frame.full_pages`, docs/decisions.md
# "ocr18"). Off: ocr14's choice by ink on every sheet.
FRAME_A3 = switch("frame_a3")
# ocr20 (docs/decisions.md, "ocr20"): facts of the world read against the dev sets' misses.
# A registration number with one dashed group a digit too long ("635-55-757817"): the one
# digit whose removal passes the check digit, when exactly one does (bot/ocr/numbers.py).
EXTRA_DIGIT = switch("extra_digit")
# A space OCR read inside a listed 업태/종목 name is kept where the list writes the words
# tight (bot/ocr/lexicon.py `_with_spaces_read`).
SPACES_READ = switch("spaces_read")
# A full stop between two words of an 업태/종목 name is a comma (bot/ocr/checks.py `biz_name`).
BIZ_COMMA = switch("biz_comma")
# A basement room's B read as one or two round digits ("지하1층 86101호", "0102호" -> B101호,
# B102호; bot/ocr/checks.py).
BASEMENT_B2 = switch("basement_b2")
# The building name's last word one letter off a building word ("참빛타위" -> "참빛타워",
# bot/ocr/checks.py `_building_word`).
BUILDING_WORDS = switch("building_words")
# A trade name's legal form one letter off ("주식희사" -> "주식회사"), ㈜ read as 쥐
# (bot/ocr/checks.py `trade_name`).
LEGAL_FORM = switch("legal_form")
# Address words put back by the lists: 시 read "/|" after a listed 시/도 or 시's letters, a
# 시/도 read tight against the next word, "성수동 1 가" written "성수동1가" (bot/ocr/checks.py
# `_address_world`).
ADDRESS_WORLD = switch("address_world")
# A listed 업태/종목 name followed by loose letters is that name (bot/ocr/checks.py
# `_listed_then_letters`).
BIZ_LETTERS = switch("biz_letters")
# Lead (session 10): a 주식회사's name read with no legal form but starting with 주, while its
# 법인등록번호 says 주식회사, gets its ㈜ back, flagged (bot/ocr/checks.py `stock_company_sign`).
STOCK_SIGN = switch("stock_sign")

# ocr21 (docs/decisions.md, "ocr21"): capture in the world, certificate set 9's kinds.
# A page shown on a screen and photographed: the brightest page-shaped sheet, a twenty-fifth
# to a quarter of the frame, flattened (bot/ocr/lit_page.py).
LIT_PAGE = switch("lit_page")
# ocr16's three capture rules, off since session 9 (fingers, jpeg_soften, ruled_thin), are
# deleted with their modules and tests: on set 9, which nobody made them on, the hand rule
# cost 8 fields (a low-lit page's warm cast and a crumpled page's shading taken for skin), the
# softening 8 (monitor photos, a messenger's recompressed page), the ruled measure changed
# nothing; on the old set the softening had cost 13 fields and the ruled measure 3.


# "@" (the ㈜ sign misread) before a Latin trade name too ("@SJ애드"; bot/ocr/extract.py).
SIGN_LATIN = switch("sign_latin")
# A road-name address's 참고항목 "(동, 건물명" whose ")" was lost is closed, flagged
# (bot/ocr/checks.py `_close_note`).
NOTE_CLOSED = switch("note_closed")
# 사업장 and 본점 read as one address but for a lost hyphen or space: the fuller reading,
# flagged (bot/ocr/checks.py `twin_addresses`).
TWIN_ADDRESSES = switch("twin_addresses")


# A blank of more than one and a half row pitches between the 업태/종목 table's last row read
# and the 발급사유 row: a row lost, the table's fields not sure (bot/ocr/extract.py
# `_row_lost`). Set 9: its two sure-and-wrong fields; held-out old: 2 right fields not sure.
BIZ_ROW_GAP = switch("biz_row_gap")


# lead (session 12): a page printed in one colour (a blue-ink copy) is not lifted as pen marks.
COLOUR_PRINT = switch("colour_print")
# ocr25 (docs/decisions.md, "ocr25"): a label's letters come before any digit (a date's row
# with a speck read as 월 is no 생년월일 label; bot/ocr/labels.py `_split_without_separator`).
LABEL_BEFORE_DIGITS = switch("label_before_digits")
# A label closed by its colon behind one or two marks off the page's edge ("이 개 상 호 :";
# bot/ocr/extract.py `_label_after_specks`).
LABEL_AFTER_SPECKS = switch("label_after_specks")
# The 업태/종목 rows without what stands left of the form's value column (bot/ocr/extract.py
# `_value_column`): a mark there read as a column moved the 종목 column onto the 업태 values.
BIZ_LABEL_COLUMN = switch("biz_label_column")


# A spread label (four letters or more, each read alone) misread letter by letter, matched as
# jamo (bot/ocr/labels.py `_spread_label`).
LABEL_JAMO = switch("label_jamo")


# The certificate ends at its issue date or its 세무서장 title: labels below them are another
# document's (bot/ocr/extract.py `_certificate_end`).
CERTIFICATE_END = switch("certificate_end")


# `eng`'s "$" in a trade name's Latin run is an S (no 상호 holds "$"; bot/ocr/latin.py
# `_verdict`).
LATIN_DOLLAR = switch("latin_dollar")


# After a number an address writes 층, 호, 동 or 번길: "5총" is a floor, "402초" a room
# (bot/ocr/checks.py `_unit_slips`; flagged).
UNIT_SLIPS = switch("unit_slips")


# No Latin capital is put before a trade name's leading 주식회사/유한회사 (bot/ocr/latin.py
# `_pieces`).
LEGAL_FORM_FIRST = switch("legal_form_first")


# The 업태/종목 heading line: with its 종목 head read, the one short word over the 업태 column
# is the 업태 head misread (bot/ocr/extract.py `_biz_rows`).
HEADING_PAIR = switch("heading_pair")


# A spread label's last letters read as a word of their own after a mark taken for its
# separator ("대표 . 자” 허자아"): the label's (bot/ocr/labels.py `_drop_label_rest`).
LABEL_REST_WORD = switch("label_rest_word")


# Words of digits and marks only in the 업태/종목 rows are no name's (bot/ocr/extract.py
# `_biz_rows`).
BIZ_DIGIT_RUNS = switch("biz_digit_runs")
# ocr24: reflected light (a plastic sleeve's glare bands) taken off a photographed page
# before its light is flattened (bot/ocr/veil.py).
GLARE = switch("glare")
# ocr24: a page photographed under 100 dpi (from far) brought to `preprocess.LOW_RES_TARGET`
# rather than 300 dpi (bot/ocr/preprocess.py `scale_to_dpi`).
FAR_SCALE = switch("far_scale")
# ocr24: the desk, cloth or sleeve round a page that was not cut out, painted white
# (bot/ocr/desk.py). Off: on held-out set 4 its "shadow" pages fell from 83 to 40 % of
# fields (a shadow cast over the page, dark at the border with a sharp edge, was taken for
# a desk and the print under it painted out); set 10 gained 4 fields with it.
DESK = switch("desk", kept=False)

# ocr27: an uncut page filling an A4-shaped image takes its resolution from its width when
# the file's tag disagrees by over 20 % (a scanner app's fixed 200 dpi on A4 at 150 dpi;
# bot/ocr/frame.py `page_dpi`).
APPSCAN_DPI = switch("appscan_dpi")

# ocr27: a page found in a photo printed on white paper is a photographed page, not a page
# lit on a screen (no screen blur; found at a desk's step), bot/ocr/lit_page.py.
PRINTED_PHOTO = switch("printed_photo")


# ocr30 (docs/decisions.md, "ocr30"): a trade name's Latin words in upper and lower case
# ("Bloom", "The Nine", "K-Lab") where `kor` read digits or marks, the whole name too when it
# has no Hangul ("M&S" read "7165"), read again with `eng` (bot/ocr/latin.py `_words_verdict`).
LATIN_WORDS = switch("latin_words")
# ocr30: a registration number taken from a page where fewer than three of the form's labels
# were read (the page read as noise) is not sure: one digit run in ten passes the check digit
# by chance (bot/ocr/extract.py `_number_without_labels`).
NOISE_NUMBER = switch("noise_number")
# ocr30: a registration number's dashed group a digit short where a doubled digit was read
# once ("13451-9322005" for 134511-…), or a digit long where one was read twice: the one
# reading with that digit doubled (or undoubled) that passes the check digit, when exactly
# one does; flagged repaired (bot/ocr/numbers.py `_doubled_digit`).
DOUBLED_DIGIT = switch("doubled_digit")
# ocr30: the 개업연월일 row by its place when its label was misread past matching ("게 입 인 엉
# 기 2021 년 03 월 29 일"): the one unlabelled row between the 성명/대표자 row and the 사업장
# row that holds a date; flagged (bot/ocr/extract.py `_open_date_by_place`).
OPEN_DATE_PLACE = switch("open_date_place")


# ocr31: print in one dark ink colour (navy, blue, violet, green) is the print, counted by the
# chroma `lift_marks` lifts from (its darkest strokes are duller than a pen's on paper), not by
# the pen marks' own chroma (bot/ocr/marks.py `has_marks`).
INK_HUE = switch("ink_hue")
# ocr31: a bright sheet cut by the frame's edge, on a desk with no print on it, is a sheet on a
# desk, not a scan's light fall-off: the desk is whitened and the image cut to the sheet's box
# (bot/ocr/preprocess.py `cut_sheet`).
SHEET_CUT = switch("sheet_cut")

# --- closing block: new switches go above this line ---
ALL: frozenset[str] = frozenset(_SWITCHES)
# Kept: the rules an ablation on a set they were not made on showed to help (comments above).
KEPT: frozenset[str] = frozenset(name for name, kept in _SWITCHES.items() if kept)
ENABLED: frozenset[str] = KEPT


def on(name: str) -> bool:
    return name in ENABLED
