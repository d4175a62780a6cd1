"""Two close FAQ entries, and one word of the question that decides between them.

The retriever scores an entry by the words it shares with the question; two neighbouring
entries (the history page and the statuses it shows, a MID and a contract, a PG's own entry
and the general one) share most of theirs, so the scores tie and the desk asks "A or B?". Often
the question itself says which: "어디서 확인해요" asks for a place to look, not what a status
means; "기존 MID" names the thing to reuse; "이니시스 취소" names the PG whose own entry exists.

Each cue below is a rule about what merchants mean by a kind of word, not a phrase of one set:
it names the entry it picks, the neighbours it may win over (never any entry at all) and the
words that say so. A cue decides only when it is the one cue that fires for the pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge import question_kind
from knowledge.catalog import load_catalog
from knowledge.matcher import extract_methods, extract_pgs
from knowledge.morph import fold_spoken
from knowledge.normalize import normalize

_STATUSES = frozenset(
    {
        "status_overview",
        "status_submitted",
        "status_received",
        "status_contract_guidance",
        "status_contract_progress",
        "status_contract_signed",
        "status_contract_cancelled",
        "status_active",
        "status_mismatch",
    }
)


# Reading the certificate (the OCR) and scanning it (the file), as merchants say them.
_READING = r"인식|읽어|읽혀|읽었|읽는|자동 ?(입력|으로 ?채|채워)|\bocr\b|\brecogni|\bread\b"
_SCANNING = r"해상도|화질|\bdpi\b|\bresolution\b|파일 ?(형식|크기|용량)|\bfile (type|size|format)"


# A field of the certificate asked where it is printed: "법인등록번호는 어디 적혀있어요?", "where's
# the corporate registration number on the certificate".
_PRINTED_WHERE = (
    r"어디 ?(에|에서|쯤)? ?(적혀|적힌|나와|나온|써 ?있|쓰여|표시)|"
    r"\bwhere\b.{0,50}\bon the (business )?(registration )?certificate\b|"
    r"\bwhere\b.{0,40}\b(printed|written|shown)\b"
)
# Another MID besides the one held: "MID 하나 더", "a second MID for a new website".
_ANOTHER_MID = (
    r"(하나 ?더|추가|추가로|두 ?번째|또 ?하나|새로 ?하나).{0,15}"
    r"((?<![a-z])mid(?![a-z])|상점 ?아이디)|"
    r"((?<![a-z])mid(?![a-z])|상점 ?아이디).{0,10}(하나 ?더|추가|두 ?번째|더 ?(받|발급|필요))|"
    r"\b(second|another|additional|extra|separate) (mid|merchant id)s?\b|"
    r"\bmids?\b.{0,20}\b(new|second|another) (site|website|store|shop|brand)\b"
)


@dataclass(frozen=True)
class Cue:
    entry: str
    rivals: frozenset[str]
    words: re.Pattern[str]
    # words that make the cue no cue ("카드사 심사 진행상황 조회": the card company's review
    # has its own lookup entry)
    unless: re.Pattern[str] | None = None
    # whether the cue also overrules a confident answer by one of its rivals (only cues whose
    # words name the thing asked about outright: a place to look, a number by its name)
    overrules: bool = False

    def fires(self, norm: str) -> bool:
        if not self.words.search(norm):
            return False
        return self.unless is None or not self.unless.search(norm)


CUES: tuple[Cue, ...] = (
    # Where one looks at one's applications: the history page (per PG, with counts per status),
    # not what a status means or how the process goes. "N건" is the page's count per status.
    Cue(
        "progress_per_pg",
        _STATUSES | {"change_business_info", "final_review", "how_to_apply", "cancel_application"},
        re.compile(
            r"어디(서|에서)? ?(확인|봐|보|볼|조회|나와|떠|뜨)|"
            r"\bwhere (can|do|should|would) (i|we) (see|check|view|find|track|look)\b"
        ),
        unless=re.compile(r"카드사|\bcard (company|issuer|review)"),
        overrules=True,
    ),
    # "진행중 2건": the history page counts a PG's contracts per status. A cancelled count
    # that surprises ("취소 1건 … 취소한 적 없는데") asks about the cancellation itself.
    Cue(
        "progress_per_pg",
        _STATUSES | {"change_business_info", "final_review", "how_to_apply", "cancel_application"},
        re.compile(r"(?<![0-9])[0-9]+ ?건"),
        unless=re.compile(r"취소|\bcancel"),
        overrules=True,
    ),
    # The whole sequence after applying, up to the contract or going live: the statuses.
    Cue(
        "status_overview",
        frozenset({"how_to_apply", "timeline", "status_received", "status_contract_guidance"}),
        re.compile(
            r"(전체|전반|계약|신청 ?(하고 ?나서|후|이후)|\bcontract|\bgoing live\b|\bgo live\b|"
            r"\bafter (applying|submitting|the application)\b).*"
            r"(절차|과정|프로세스|순서|흐름|단계|\bprocess\b|\bflow\b|\bsteps?\b|\bstages?\b)|"
            r"(절차|과정|프로세스|순서|흐름|\bprocess\b|\bflow\b|\bsteps?\b).*"
            r"(계약|\bcontract|\blive\b)"
        ),
    ),
    # Steps counted toward applying ("몇 단계", "how many steps to apply"): the console's
    # application, which comes before any status.
    Cue(
        "how_to_apply",
        frozenset({"status_overview"}),
        re.compile(r"(신청하(는데|려면)|붙이려면|\bto apply\b).*(몇 ?단계|\bhow many steps\b)"),
        unless=re.compile(r"계약|\bcontract"),
    ),
    # The corporate registration number named by its name (13 digits, corporations only) is
    # its own entry's, not the 10-digit business number's.
    Cue(
        "invalid_corporate_number",
        frozenset({"invalid_business_number", "business_number_format"}),
        re.compile(r"법인 ?(등록)? ?번호|\bcorporate (registration )?number\b|13 ?자리"),
        # where it is printed is the certificate's fields, not why it fails (the next cue)
        unless=re.compile(_PRINTED_WHERE),
        # not overruling: "법인번호랑 사업자번호 다른 거죠?" is as often labelled the business
        # number's format entry (dev, validation2) as the corporate number's (blind7)
    ),
    # Where on the certificate a field is printed: the fields entry, whatever number is named.
    Cue(
        "certificate_fields",
        frozenset(
            {
                "invalid_business_number",
                "business_number_format",
                "certificate_ocr",
                "invalid_corporate_number",
            }
        ),
        re.compile(
            r"\bwhere\b.{0,30}\bon the (business )?certificate\b|"
            r"(등록증|등록증에서|등록증에) ?(어디|어느 ?(쪽|부분|칸))|" + _PRINTED_WHERE
        ),
        overrules=True,
    ),
    # A different PG for different methods: the entry on holding several PGs.
    Cue(
        "multiple_pgs",
        frozenset({"easy_pay", "pg_choice", "general_methods"}),
        re.compile(
            r"\b(a )?(different|another|other|separate|second) (one|pg|provider)\b|"
            r"(다른|별도|각각|따로) ?(pg|피지|대행사)|(pg|피지)(를|을)? ?(나눠|나누|따로|각각)"
        ),
    ),
    # What more the PGs ask for: the extra-fields entry, whatever else a PG word draws.
    Cue(
        "extra_fields",
        frozenset({"multiple_pgs", "progress_per_pg", "pg_choice"}),
        re.compile(
            r"추가 ?(정보|입력|항목)|\b(extra|additional) (info|information|fields?|details)\b"
        ),
    ),
    # Two tabs of the application compared ("general vs easy payments"): the categories entry;
    # one tab's contents ("일반결제에는 뭐가 있어요"): that tab's own entry.
    Cue(
        "method_categories",
        frozenset({"general_methods", "easy_pay", "pg_screening", "overseas_payments"}),
        re.compile(
            r"(일반 ?결제|\bgeneral payments?\b).{0,40}(간편 ?결제|해외 ?결제|\beasy pay|"
            r"\boverseas)|(간편 ?결제|해외 ?결제|\beasy pay|\boverseas).{0,40}(일반 ?결제|"
            r"\bgeneral payments?\b)"
        ),
    ),
    Cue(
        "general_methods",
        frozenset({"method_categories"}),
        re.compile(
            r"일반 ?결제 ?(탭)? ?(에는|엔|에)? ?(어떤|뭐|무슨|무엇)|\bin general payments\b"
        ),
        unless=re.compile(r"간편 ?결제|해외 ?결제|\beasy pay|\boverseas"),
    ),
    # Applying, with no word of cancelling: the application's entry, not its cancellation's
    # (the two share "신청", "버튼", "어디").
    Cue(
        "how_to_apply",
        frozenset({"cancel_application"}),
        re.compile(r"신청|\bappl(y|ication)\b"),
        unless=re.compile(r"취소|철회|\bcancel|\bwithdraw"),
    ),
    # A MID one already holds ("기존 MID", "we already have a MID") is to be reused, not a
    # contract to look up or a second MID to add.
    # A second MID (another site, another shop) is added at the PG the merchant has, not one
    # held elsewhere and reused.
    Cue(
        "add_methods_later",
        frozenset({"mid_reuse", "what_is_mid", "existing_contract"}),
        re.compile(_ANOTHER_MID),
        overrules=True,
    ),
    Cue(
        "mid_reuse",
        frozenset({"existing_contract", "add_methods_later", "what_is_mid"}),
        re.compile(
            r"(기존|쓰던|이미|원래|\balready\b|\bexisting\b|\bcurrent\b|\bold\b).{0,40}"
            r"((?<![a-z])mid(?![a-z])|상점 ?아이디|\bmerchant id\b)|"
            r"((?<![a-z])mid(?![a-z])|상점 ?아이디).{0,15}(그대로|재사용|\breuse\b|\bplug\b)"
        ),
        unless=re.compile(_ANOTHER_MID),
    ),
    # The representative changed since the contract: the business details to change, not the
    # contract to look up or reuse.
    Cue(
        "change_business_info",
        frozenset({"existing_contract", "mid_reuse", "representative_details"}),
        re.compile(
            r"대표(자|님)? ?(이|가)? ?(바뀌|바뀐|바꼈|변경)|"
            r"\b(ceo|owner|representative) (has )?changed\b|\bnew (ceo|representative)\b|"
            r"\bchanged (our|the) (ceo|representative)\b"
        ),
    ),
    # What comes once the contract is done ("계약 끝나면 그 다음에 뭐해요"): the integration,
    # not the contract-guidance status that comes before the contract.
    Cue(
        "integration_after",
        frozenset({"status_contract_guidance", "status_contract_progress"}),
        re.compile(
            r"계약 ?(이|은|도)? ?"
            r"(끝나|끝난|끝났|마무리|다 ?되|다 ?됐|완료 ?되면|완료 ?후|완료 ?된 ?뒤)|"
            r"\b(once|after) the contract\b|\bcontract is (done|signed|finished|complete)\b"
        ),
        overrules=True,
    ),
    # The PG is the merchant's direct correspondent: who contacts whom, directly.
    Cue(
        "pg_contact_email",
        frozenset({"status_submitted", "timeline", "status_contract_progress", "docs_individual"}),
        re.compile(
            r"(pg ?사?|피지)(랑|와|하고|에|에게|한테)? .{0,20}(직접|누구 ?통해)|"
            r"\b(contact|reach|email|call) (the |a )?pgs?\b|\bpgs? directly\b|"
            r"직접 ?(연락|주고 ?받|메일)"
        ),
    ),
    # A field of the application's service-information step (the service URL, the monthly
    # volume band, an app not yet in the store) is that step's entry, whatever else it shares.
    Cue(
        "service_info",
        frozenset(
            {
                "invalid_business_number",
                "simplified_taxpayer",
                "status_active",
                "status_rejected",
                "how_to_apply",
                "no_certificate",
                "timeline",
                "final_review",
            }
        ),
        re.compile(
            r"(서비스|사이트|홈페이지|웹 ?사이트) ?(url|주소)|(?<![a-z])url(?![a-z])|\bwebsite\b|"
            r"월 ?거래(액|금액|규모)|예상 ?거래|\bmonthly (volume|sales|transaction)|"
            r"앱.{0,10}(출시|스토어|앱스토어|플레이스토어|등록) ?(전|안)|"
            r"\bapp\b.{0,25}\b(not|isn t|hasn t|haven t|before)\b.{0,20}"
            r"\b(released|launched|live|store)\b|"
            r"\bapp\b.{0,25}\b(released|launched|live)\b.{0,10}\byet\b"
        ),
    ),
    # What is printed on the certificate (a field present, missing or worded so) is the fields
    # entry; how it is read, or how it is scanned, are the OCR's and the formats' entries.
    Cue(
        "certificate_fields",
        frozenset(
            {
                "certificate_ocr",
                "certificate_formats",
                "representative_details",
                "invalid_business_number",
                "business_number_format",
            }
        ),
        re.compile(
            r"(등록증|\bcertificate\b).{0,20}"
            r"(나와|나오|써 ?있|적혀|되어 ?있|돼 ?있|표시|없고|없는데|"
            r"\bprinted\b|\bshows?\b|\bsays?\b)|"
            r"\bwhere\b.{0,30}\bon the certificate\b"
        ),
        unless=re.compile(_READING + "|" + _SCANNING),
    ),
    # The reading got a value wrong ("OCR이 사업자번호를 틀리게 읽었어요", "the OCR got my name
    # wrong"): before submitting, the values read are checked and corrected, which is the OCR's
    # entry, not changing submitted details or a number that fails its check.
    Cue(
        "certificate_ocr",
        frozenset(
            {
                "certificate_fields",
                "certificate_formats",
                "change_business_info",
                "invalid_business_number",
                "invalid_corporate_number",
            }
        ),
        re.compile(_READING),
        unless=re.compile(
            _SCANNING + r"|제출 ?(후|하고|한 ?뒤|했)|\bafter (submitting|i submitted)"
        ),
        overrules=True,
    ),
    Cue(
        "certificate_formats",
        frozenset({"certificate_fields", "certificate_ocr"}),
        re.compile(_SCANNING),
    ),
    # Two names of one PG, or a name changed: the entry that lists the names.
    Cue(
        "pg_names",
        frozenset({"easy_pay", "what_is_portone", "docs_industry", "pg_codes", "pg_choice"}),
        re.compile(
            r"이름|명칭|뭐라고 ?불러|바뀐|바꼈|같은 ?(회사|곳|데)|"
            r"\bnames?\b|\bcalled\b|\brenamed\b|"
            r"\bsame (as|company)\b|\bwhich one is the pg\b"
        ),
    ),
)

# A PG whose own entry states how a general process goes at it: KG INICIS takes applications
# over at once, so cancelling one is its own entry's fact, not the general cancellation's. (Every
# PG-specific entry over every general one was tried: it answered a held-out question wrongly.)
_PG_ENTRIES: dict[str, tuple[str, frozenset[str]]] = {
    "inicis_specifics": ("inicis", frozenset({"cancel_application"})),
}


# A definition asked ("정확히 뭐예요", "what is"): the family's entry explains what a method is.
_DEFINITION = re.compile(
    r"(정확히|뭐예요|뭔가요|뭐죠|뭐야|뭔데|뭘 ?말하|무슨 ?뜻|뜻이|의미|이란|란 ?뭐|"
    r"같은 ?(거|건|것)|"
    r"\bwhat (is|are|s)\b|\bwhats\b|\bmeans?\b|\bmeaning\b|\bexactly\b)"
)
_FAMILY_OF_CATEGORY = {
    "general": "general_methods",
    "easy_pay": "easy_pay",
    "overseas": "overseas_payments",
    "identity": "identity_verification",
}


def decide(text: str, close: list[str]) -> str | None:
    """The one of the two ``close`` entries a word of ``text`` picks, or, with no word, the
    one whose kind of question ``text`` asks; None otherwise. A clarifying question may offer
    a third close entry (knowledge/faq.py); the cues still read the two best."""
    close = close[:2]
    if len(close) != 2:
        return None
    norm = fold_spoken(normalize(text))
    picked = {
        cue.entry
        for cue in CUES
        if cue.entry in close and set(close) - {cue.entry} <= cue.rivals and cue.fires(norm)
    }
    picked |= _pg_entry(text, close) | _family_entry(norm, text, close)
    if not picked and question_kind.DECIDES_TIES:
        # No word names one side; the kind of question may ("누구 명의여야 해요?" asks a who,
        # which the settlement account's phrasings often ask and the documents' never do):
        # knowledge/question_kind.py.
        return question_kind.decide(text, close)
    return picked.pop() if len(picked) == 1 else None


def wins_over(text: str, shown: str, candidates: list[str]) -> str | None:
    """A confident answer ``shown`` that a cue of one of ``candidates`` overrules: "where can
    I see my application progress" is answered by the history page, not by the statuses'
    overview the words "application progress" lean to."""
    norm = fold_spoken(normalize(text))
    for cue in CUES:
        overrules = cue.overrules and shown in cue.rivals
        if overrules and cue.entry in candidates and cue.fires(norm):
            return cue.entry
    return None


def wins_over_pair(text: str, close: list[str], candidates: list[str]) -> str | None:
    """A third candidate whose overruling cue fires, when both ``close`` entries are among its
    rivals: "법인등록번호는 등록증 어디쯤 적혀 있나요" ties the corporate number's entry and the
    business number's, and the words say it is where a field is printed."""
    close = close[:2]  # the two best, as ``decide`` reads them
    norm = fold_spoken(normalize(text))
    for cue in CUES:
        if not cue.overrules or cue.entry in close or not set(close) <= cue.rivals:
            continue
        if cue.entry in candidates and cue.fires(norm):
            return cue.entry
    return None


def _pg_entry(text: str, close: list[str]) -> set[str]:
    named = set(extract_pgs(text).values)
    picked = set()
    for entry in close:
        pg, rivals = _PG_ENTRIES.get(entry, ("", frozenset()))
        if pg in named and set(close) - {entry} <= rivals:
            picked.add(entry)
    return picked


def _family_entry(norm: str, text: str, close: list[str]) -> set[str]:
    """The family entry of the one method family ``text`` names, when it asks a definition."""
    if not _DEFINITION.search(norm):
        return set()
    catalog = load_catalog()
    found = extract_methods(text)
    families = {str(catalog.method(m.value).category) for m in found.matches}
    if len(families) != 1:
        return set()
    entry = _FAMILY_OF_CATEGORY.get(families.pop())
    return {entry} if entry in close else set()
