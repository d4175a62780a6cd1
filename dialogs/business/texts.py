"""What the business-information journey says, Korean and English side by side."""

from dialogs import texts as shared
from dialogs.glossary import Term
from dialogs.i18n import T

# -- the certificate ----------------------------------------------------------------------

ASK_UPLOAD = T(
    "사업자 정보를 등록할게요. 먼저 사업자등록증을 스캔본이나 밝은 곳에서 찍은 사진으로 올려 주세요. (JPG, PNG, TIFF 또는 PDF, 10MB 이하 — PDF는 10쪽까지, 사업자등록증이 든 쪽을 찾아 읽어요)\n사업자등록증이 없으면 전자결제 신청을 할 수 없어요.",
    "Let's register your business information. First, please upload your business registration certificate (사업자등록증) as a scan or a well-lit photo (JPG, PNG, TIFF or PDF, at most 10 MB — a PDF of up to 10 pages; we find the certificate page).\nWithout a certificate, the online payment application isn't possible.",
)
UPLOAD_HOW_CONSOLE = T(
    "콘솔에서는 `/upload 파일경로` 로 올릴 수 있어요.",
    "In the console, type `/upload PATH` to attach it.",
)
# A number or "I'll type it" at the upload step: there is nothing to type, the file is needed.
TYPED_INSTEAD_OF_UPLOAD = T(
    "사업자등록번호와 나머지 정보는 사업자등록증에서 읽어 드려요. 직접 입력하지 않으셔도 되니 사업자등록증 파일을 올려 주세요. (PG사 심사에도 사본이 필요해요.)",
    "I'll read it from the certificate, the business number and the rest, so there's nothing to type: please upload the certificate file (the PGs need a copy for screening too).",
)
READING = T(
    "사업자등록증을 읽고 있어요… 잠시만 기다려 주세요.",
    "Reading your certificate… this takes a moment.",
)
STILL_READING = T(
    "아직 사업자등록증을 읽고 있어요. 끝나면 바로 알려 드릴게요.",
    "I'm still reading your certificate and will tell you as soon as it's done.",
)
FILE_NOT_RECEIVED = T(
    "파일을 받지 못했어요. 사업자등록증 파일을 다시 올려 주세요.",
    "I couldn't receive that file. Please upload the certificate again.",
)
FILE_TOO_LARGE = T(
    "파일이 너무 커요({size_mb:.1f}MB, 최대 10MB). 해상도를 낮추거나 PDF로 저장해서 다시 올려 주세요.",
    "That file is too large ({size_mb:.1f} MB; 10 MB at most). Please reduce the resolution or save it as a PDF and upload again.",
)
REJECTED = T(
    "이 파일은 읽을 수 없어요: {reason}\n더 선명한 스캔본이나 사진으로 다시 올려 주세요.",
    "I can't read this file: {reason}\nPlease upload a clearer scan or photo.",
)
FETCH_FAILED = T(
    "파일을 가져오지 못했어요. 사업자등록증을 다시 올려 주시겠어요?",
    "I couldn't fetch the file. Could you upload the certificate again?",
)
READ_FAILED = T(
    "사업자등록증을 읽다가 문제가 생겼어요. 다시 올려 주시거나, 상담원과 이야기하실 수 있어요.",
    "Something went wrong reading your certificate. Please upload it again, or talk to a person.",
)
READ_DONE = T(
    "사업자등록증을 읽었어요. 아래 내용이 맞는지 확인해 주세요.",
    "I've read your certificate. Please check the details below.",
)
READ_DONE_PAGE = T(
    "PDF {page}쪽에서 사업자등록증을 찾아 읽었어요. 아래 내용이 맞는지 확인해 주세요.",
    "I found your certificate on page {page} of the PDF and read it. Please check the details below.",
)
CHECK_TITLE = T("사업자등록증에서 읽은 내용", "Read from your certificate")
CHECK_FOOTER = T(
    '⚠ 표시는 확실하지 않은 항목이에요. 틀린 항목은 이렇게 고쳐 주세요: "대표자는 홍길동", "주소: 서울특별시 …", "개업일 2019.3.15"',
    '⚠ marks what I\'m unsure of. To correct a field, type e.g. "representative: Hong Gildong", "address: …", "open date 2019.3.15".',
)
UNSURE_MARK = T("⚠ 확인 필요", "⚠ please check")
NOT_READ = T("(읽지 못함)", "(not read)")
CONFIRM_ALL = T("모두 맞아요", "All correct")
UPLOAD_AGAIN = T("다시 올릴게요", "Upload again")
CORRECTED = T("{label}을(를) 고쳤어요.", "Updated {label}.")
PAUSED = T(
    "천천히 하셔도 돼요. 입력하신 내용은 그대로 있으니, 준비되시면 {label}부터 이어서 알려 주세요.",
    "Take your time: everything so far is kept. When you're ready, carry on with the {label}.",
)
NOT_A_VALUE = T(
    "{label}을(를) 적어 주세요. 무엇을 적을지 모르시면 '{label}이(가) 뭐예요?'라고 물어보셔도 돼요.",
    "Please type the {label}. Not sure what it is? Ask me 'what is the {label}?'.",
)
NOTED_WHILE_READING = T(
    "{label}: 알려 주신 값으로 적어 둘게요. 사업자등록증을 다 읽으면 함께 보여 드릴게요.",
    "{label}: noted. I'll use it once the certificate is read, and show you both together.",
)
APPLIED_WHILE_READING = T(
    "기다리시는 동안 알려 주신 항목({labels})은 그 값으로 넣었어요.",
    "What you told me while I was reading ({labels}) is filled in as you said.",
)
CORRECTION_UNKNOWN = T(
    '어떤 항목을 고치실지 모르겠어요. "항목: 값" 형태로 적어 주세요. 예: "상호: 하늘상사"',
    'I couldn\'t tell which field to change. Please write "field: value", e.g. "trade name: Sky Trading".',
)
MISSING_INTRO = T(
    "사업자등록증에서 읽지 못한 항목이 있어요. 하나씩 여쭤볼게요.",
    "A few fields couldn't be read from the certificate; I'll ask for them one by one.",
)
CHECKSUM_FAILED_READ = T(
    "사업자등록증에서 읽은 등록번호({number})가 검증번호와 맞지 않아요. 잘못 읽은 것 같아요.",
    "The registration number I read ({number}) fails its check digit, so I probably misread it.",
)

# -- a number given earlier ---------------------------------------------------------------

MISMATCH = T(
    "사업자등록증의 등록번호({certificate})가 앞서 알려 주신 번호({earlier})와 달라요. 어느 쪽이 맞나요?",
    "The certificate's registration number ({certificate}) differs from the number you gave earlier ({earlier}). Which one is right?",
)
MISMATCH_CERTIFICATE = T("사업자등록증의 번호 {number}", "The certificate's number {number}")
MISMATCH_EARLIER = T("앞서 말한 번호 {number}", "The number I gave earlier {number}")
MISMATCH_UPLOAD_RIGHT_ONE = T(
    "그렇다면 {number} 사업자의 사업자등록증을 올려 주세요.",
    "Then please upload the certificate of business {number}.",
)

# -- fields one by one and the form -------------------------------------------------------

FORM_TITLE = T("사업자 정보 입력", "Business information")
FORM_TEXT = T(
    "한 번에 입력하시려면 이 양식을 쓰시거나, '항목: 값'을 한 메시지에 줄마다(또는 쉼표로) 적어 "
    "보내 주세요. 담당자를 비우면 대표자로, 메모를 비우면 없음으로 저장해요. 아래 질문에 하나씩 "
    "답해 주셔도 돼요.",
    "To fill everything in at once, use this form or send 'label: value' pairs in one message "
    "(one per line, or separated by commas). A contact left out is the representative, a memo "
    "left out is none. Or answer the questions below one by one.",
)
SAVED_MANY = T("저장했어요: {labels}", "Saved: {labels}")
FORM_SUBMIT = T("저장", "Save")
FORM_HAS_ERRORS = T(
    "양식에 고칠 곳이 있어요. 표시된 항목을 확인해 주세요.",
    "Some fields in the form need fixing; please check the marked ones.",
)
FORM_CONTACT_HINT = T("비워 두면 대표자와 같게 저장해요", "Leave empty to use the representative's")
SKIP_WORDS_HINT = T('없으면 "없음"', '"none" if there\'s nothing')
CURRENT_VALUE = T("지금 값: {value}", "Current value: {value}")
CONTACT_SAME = T("대표자와 같아요", "Same as the representative")
CONTACT_OTHER = T("다른 사람이에요", "Someone else")
ASK_CONTACT = T(
    '담당자(포트원과 연락할 분)는 누구인가요? 대표자와 같다면 "대표자와 같아요"를 골라 주세요.',
    'Who is the contact person (the one PortOne talks to)? If it\'s the representative, choose "Same as the representative".',
)
NEEDS_REPRESENTATIVE_FIRST = T(
    "대표자 정보가 아직 없어서 복사할 수 없어요. 담당자 정보를 직접 입력해 주세요.",
    "The representative's details aren't complete yet, so I can't copy them. Please enter the contact's details.",
)

# -- summary and finish -------------------------------------------------------------------

SUMMARY_TITLE = T("사업자 정보 최종 확인", "Business information — final check")
SUMMARY_FOOTER = T(
    '고칠 항목이 있으면 "항목: 값"으로 적거나 "3번 수정"처럼 번호로 말씀해 주세요. '
    "모두 맞으면 완료를 골라 주세요.",
    'To change a field, write "field: value" or "fix 3" with its number. '
    "If everything is right, choose Finish.",
)
FINISH = T("완료", "Finish")
FINISH_OR_ROW_ONE = T(
    "'1'은 완료일까요, 1번 항목({label}) 수정일까요? 완료하면 바로 신청서가 접수돼요.",
    "Does '1' mean Finish, or changing row 1 ({label})? Finishing files the applications at once.",
)
FIX_ROW = T("{label} 고치기", "Change {label}")
FINISHED = T(
    "사업자 정보를 저장했어요. 이제 {number} 사업자로 인증되었어요.",
    "Your business information is saved, and you're verified for business {number}.",
)
FINISHED_UNVERIFIED = T(
    "사업자 정보를 저장했어요. 등록번호를 직접 입력하셔서, 상담원이 사업자등록증과 대조한 뒤 {number} 사업자로 인증해 드릴게요.",
    "Your business information is saved. Since the number was typed in, an agent will compare it with your certificate before verifying you for business {number}.",
)
CHOOSE_METHODS = T("결제수단 고르기", "Choose payment methods")
NEXT_CHOOSE_METHODS = T(
    "다음으로 사용할 결제수단을 골라 볼까요?",
    "Next, shall we choose the payment methods you want?",
)
ALREADY_FINISHED = T(
    "{number} 사업자의 정보는 이미 등록되어 있어요. 그대로 쓰시겠어요, 아니면 고치시겠어요?",
    "The information of business {number} is already on file. Use it as it is, or change it?",
)
USE_AS_IS = T("그대로 쓸게요", "Use it")
CHANGE = T("고칠게요", "Change it")
CHANGE_NEEDS_AGENT = T(
    "이미 신청서가 접수된 사업자라서 정보 수정은 상담원을 통해서만 할 수 있어요.",
    "Applications for this business are already filed, so changes go through a support agent.",
)
TALK_TO_AGENT = T("상담원에게 수정 요청", "Ask an agent to change it")
NOT_ANSWERED = T("(미입력)", "(not given)")

# -- field labels -------------------------------------------------------------------------

LABELS: dict[str, T] = {
    "reg_no": T("사업자등록번호", "Business registration number"),
    "business_type": T("사업자구분", "Business type"),
    "trade_name": T("상호(법인명)", "Trade name"),
    "representative": T("대표자", "Representative(s)"),
    "corp_reg_no": T("법인등록번호", "Corporate registration number"),
    "open_date": T("개업연월일", "Opening date"),
    "address": T("사업장 소재지", "Business address"),
    "hq_address": T("본점 소재지", "Head office address"),
    "biz_type": T("업태", "Business category (업태)"),
    "biz_item": T("종목", "Business item (종목)"),
    "birth_date": T("대표자 생년월일", "Representative's date of birth"),
    "rep_phone": T("대표자 휴대폰번호", "Representative's mobile"),
    "rep_email": T("대표자 이메일", "Representative's e-mail"),
    "contact_name": T("담당자 이름", "Contact person"),
    "contact_phone": T("담당자 휴대폰번호", "Contact's mobile"),
    "contact_email": T("담당자 이메일", "Contact's e-mail"),
    "service_name": T("서비스명", "Service name"),
    "service_kind": T("서비스 형태", "Service form"),
    "service_url": T("서비스 URL", "Service URL"),
    "goods": T("판매 품목", "What you sell"),
    "volume": T("월 거래액", "Monthly volume"),
    "memo": T("요청/추가 메모", "Memo"),
}

PROMPTS: dict[str, T] = {
    "reg_no": T(
        "사업자등록번호 10자리를 입력해 주세요. (예: 123-45-67891)",
        "Please type the 10-digit business registration number (e.g. 123-45-67891).",
    ),
    "business_type": T(
        "개인사업자인가요, 법인사업자인가요?", "Is this an individual business or a corporation?"
    ),
    "trade_name": T("상호(법인명)를 입력해 주세요.", "What is the trade name on the certificate?"),
    "representative": T(
        "대표자 이름을 입력해 주세요. 여러 명이면 쉼표로 나눠 주세요.",
        "Who is the representative? Separate several names with commas.",
    ),
    "corp_reg_no": T(
        "법인등록번호 13자리를 입력해 주세요. (예: 110111-0062432)",
        "Please type the 13-digit corporate registration number (e.g. 110111-0062432).",
    ),
    "open_date": T(
        "개업연월일을 입력해 주세요. (예: 2019.3.15)", "What is the opening date? (e.g. 2019.3.15)"
    ),
    "address": T("사업장 소재지(주소)를 입력해 주세요.", "What is the business address?"),
    "hq_address": T("본점 소재지를 입력해 주세요.", "What is the head office address?"),
    "biz_type": T(
        "업태를 입력해 주세요. (예: 도매 및 소매업)",
        "What is the business category (업태), e.g. 도매 및 소매업?",
    ),
    "biz_item": T(
        "종목을 입력해 주세요. (예: 전자상거래 소매업)",
        "What is the business item (종목), e.g. 전자상거래 소매업?",
    ),
    "birth_date": T(
        "대표자 생년월일을 입력해 주세요. (예: 1985.07.21)",
        "What is the representative's date of birth? (e.g. 1985.07.21)",
    ),
    "rep_phone": T(
        "대표자 휴대폰번호를 입력해 주세요. (예: 010-1234-5678)",
        "What is the representative's mobile number? (e.g. 010-1234-5678)",
    ),
    "rep_email": T(
        "대표자 이메일 주소를 입력해 주세요.", "What is the representative's e-mail address?"
    ),
    "contact_name": T("담당자 이름을 입력해 주세요.", "What is the contact person's name?"),
    "contact_phone": T(
        "담당자 휴대폰번호를 입력해 주세요. (예: 010-1234-5678)",
        "What is the contact's mobile number? (e.g. 010-1234-5678)",
    ),
    "contact_email": T(
        "담당자 이메일 주소를 입력해 주세요.", "What is the contact's e-mail address?"
    ),
    "service_name": T(
        "결제를 붙일 서비스(사이트나 앱)의 이름은 무엇인가요?",
        "What is the name of the service (site or app) that will take payments?",
    ),
    "service_kind": T("웹 서비스인가요, 앱 서비스인가요?", "Is it a web service or an app?"),
    "service_url": T(
        "서비스 URL을 입력해 주세요. (예: www.myshop.co.kr)",
        "What is the service URL? (e.g. www.myshop.com)",
    ),
    "goods": T(
        "무엇을 판매하시나요? (예: 의류, 온라인 강의)",
        "What do you sell? (e.g. clothing, online courses)",
    ),
    "volume": T(
        "예상 월 거래액은 어느 정도인가요?", "What monthly transaction volume do you expect?"
    ),
    "memo": T(
        '포트원에 전할 요청이나 메모가 있으면 100자 이내로 적어 주세요. 없으면 "없음"이라고 해 주세요.',
        'Any request or note for PortOne (at most 100 characters)? Say "none" if not.',
    ),
}

SERVICE_KINDS: dict[str, T] = {
    "web": T("웹 서비스", "Web service"),
    "app": T("앱 서비스", "App"),
    "app_unreleased": T("앱 (아직 스토어 등록 전)", "App (not in the store yet)"),
}
BUSINESS_TYPES: dict[str, T] = {
    "individual": T("개인사업자", "Individual business"),
    "corporate": T("법인사업자", "Corporation"),
}
URL_OPTIONAL_FOR_APP = T(
    '앱 스토어 주소나 소개 페이지가 있으면 적어 주세요. 없으면 "없음"이라고 해 주세요.',
    'If there\'s a store link or a landing page, type it; otherwise say "none".',
)

# -- why a value was refused --------------------------------------------------------------

ERRORS: dict[str, T] = {
    "empty": T("값이 비어 있어요.", "That's empty."),
    "too_long": T("너무 길어요.", "That's too long."),
    "invalid": T("형식이 맞지 않아요.", "That doesn't look right."),
    "not_mobile": T(
        # Said for a foreign number and for a digit too few alike: name the whole shape.
        "한국 휴대폰번호 형식이 아니에요. 010-1234-5678처럼 11자리로 적어 주세요.",
        "That's not a Korean mobile number; please give all 11 digits, like 010-1234-5678.",
    ),
    "no_scheme": T(
        "http:// 또는 https:// 로 시작해야 해요.", "It must start with http:// or https://."
    ),
    "not_a_date": T(
        "날짜로 읽을 수 없어요. 2019.3.15 처럼 적어 주세요.",
        "I can't read that as a date; please write it like 2019.3.15.",
    ),
    "impossible_date": T("없는 날짜예요.", "That date doesn't exist."),
    "in_future": T("미래 날짜는 쓸 수 없어요.", "That date is in the future."),
    "too_old": T("너무 이른 날짜예요.", "That date is too early."),
    "too_young": T(
        "대표자 나이로 보기에 너무 최근 날짜예요.",
        "That's too recent for a representative's birth date.",
    ),
    "unknown_option": T("보기 중에서 골라 주세요.", "Please pick one of the options."),
    "wrong_length": T(
        "사업자등록번호는 10자리예요.", "A business registration number has 10 digits."
    ),
    "bad_serial": T("사업자등록번호가 아니에요.", "That's not a business registration number."),
    "checksum_failed": T(
        "검증번호가 맞지 않아요. 번호를 다시 확인해 주세요.",
        "Its check digit doesn't match; please check the number.",
    ),
    "corp_length": T(
        "법인등록번호는 13자리예요.", "A corporate registration number has 13 digits."
    ),
    "corp_checksum": T(
        "법인등록번호의 검증번호가 맞지 않아요.",
        "That corporate number's check digit doesn't match.",
    ),
    "memo_too_long": T("메모는 100자 이내여야 해요.", "The memo can be at most 100 characters."),
}

# "취소" mid-way, with a certificate read or fields typed.
CANCEL_ASK = T(
    "지금까지 입력한 사업자 정보(사업자등록증 포함)를 모두 지울까요?",
    "Discard the business information entered so far (the certificate too)?",
)
CANCEL_YES = T("네, 지워 주세요", "Yes, discard it")
CANCEL_NO = T("아니요, 이어서 할게요", "No, keep it")
CANCEL_KEPT = T("그대로 두었어요. 이어서 할게요.", "Kept it. Let's carry on.")

# How the main menu names this journey.
MENU_LABEL = T("사업자 정보 입력", "Enter business information")

# -- words of these steps, explained when asked ("업태가 뭐예요?"; ``dialogs.glossary``) -------

GLOSSARY = (
    Term(shared.BUSINESS_NUMBER_WORDS, shared.BUSINESS_NUMBER_MEANS, ("field.reg_no",)),
    Term(
        (
            "사업자구분",
            "사업자 구분",
            "개인사업자",
            "법인사업자",
            "business type",
            "individual business",
            "corporation",
            "corporate business",
        ),
        T(
            "개인사업자는 대표자 개인 이름으로 등록한 사업자, 법인사업자는 회사(법인)로 등록한 "
            "사업자예요. 사업자등록증에 '법인사업자'라고 적혀 있으면 법인이에요.",
            "An individual business is registered in the owner's own name; a corporation is "
            "registered as a company. Your certificate says which (법인사업자 means corporate).",
        ),
        ("field.business_type",),
    ),
    Term(
        ("상호", "법인명", "trade name", "company name"),
        T(
            "상호(법인명)는 사업자등록증에 적힌 사업체 이름이에요. 법인은 법인명이에요.",
            "The trade name is the business's name on your certificate (the company name for a "
            "corporation).",
        ),
        ("field.trade_name",),
    ),
    Term(
        ("대표자", "representative", "representatives"),
        T(
            "대표자는 사업자등록증에 적힌 사업주(법인은 대표이사)예요.",
            "The representative is the owner named on the certificate (for a corporation, its "
            "CEO).",
        ),
        ("field.representative",),
    ),
    Term(
        ("법인등록번호", "corporate registration number"),
        T(
            "법인등록번호는 법인 등기사항증명서에 있는 13자리 번호예요. 법인사업자만 있어요.",
            "The corporate registration number is the 13-digit number on the corporation's "
            "register; only corporations have one.",
        ),
        ("field.corp_reg_no",),
    ),
    Term(
        ("개업연월일", "개업일", "opening date", "open date"),
        T(
            "개업연월일은 사업자등록증에 적힌 개업 날짜예요.",
            "The opening date is the date the business opened, as on your certificate.",
        ),
        ("field.open_date",),
    ),
    Term(
        ("사업장 소재지", "소재지", "business address"),
        T(
            "사업장 소재지는 사업자등록증에 적힌 사업장 주소예요.",
            "The business address is the address of the place of business on your certificate.",
        ),
        ("field.address",),
    ),
    Term(
        ("본점 소재지", "head office", "head office address"),
        T(
            "본점 소재지는 법인 본점의 주소예요 (사업자등록증이나 등기사항증명서에 있어요).",
            "The head office address is where the corporation's head office is registered.",
        ),
        ("field.hq_address",),
    ),
    Term(
        ("업태", "business category"),
        T(
            "업태는 사업의 큰 분류예요. 사업자등록증의 '업태' 칸에 있어요 (예: 도매 및 소매업, "
            "서비스업).",
            "The business category (업태) is the broad kind of business, in the '업태' box of "
            "your certificate, e.g. 도매 및 소매업 (wholesale and retail).",
        ),
        ("field.biz_type",),
    ),
    Term(
        ("종목", "business item"),
        T(
            "종목은 업태 안에서 구체적으로 하는 일이에요. 사업자등록증의 '종목' 칸에 있어요 "
            "(예: 전자상거래 소매업).",
            "The business item (종목) is what exactly the business does within its category, in "
            "the '종목' box of your certificate, e.g. 전자상거래 소매업 (online retail).",
        ),
        ("field.biz_item",),
    ),
    Term(
        ("담당자", "contact person"),
        T(
            "담당자는 신청에 관해 포트원과 PG사가 연락할 분이에요. 대표자와 같아도 돼요.",
            "The contact person is whom PortOne and the PG contact about the application; it "
            "may be the representative.",
        ),
        ("contact", "field.contact_name"),
    ),
    Term(
        ("서비스명", "service name"),
        T(
            "서비스명은 고객에게 보이는 쇼핑몰이나 앱의 이름이에요. 상호와 달라도 돼요.",
            "The service name is the name customers see: your shop's or app's name. It may differ "
            "from the trade name.",
        ),
        ("field.service_name",),
    ),
    Term(
        ("서비스 형태", "서비스형태", "service form", "service kind"),
        T(
            "서비스 형태는 결제를 받을 곳이 웹사이트인지 앱인지예요. 앱이 아직 스토어에 없으면 "
            "'스토어 등록 전'을 고르시면 돼요.",
            "The service form is whether you take payments on a website or in an app; an app not "
            "in a store yet has its own choice.",
        ),
        ("field.service_kind",),
    ),
    Term(
        ("서비스 url", "서비스 주소", "service url"),
        T(
            "서비스 URL은 결제를 붙일 웹사이트 주소(앱이면 스토어 링크)예요. PG사가 심사할 때 확인해요.",
            "The service URL is the address of the website that takes payments (for an app, its "
            "store link); the PG looks at it during screening.",
        ),
        ("field.service_url",),
    ),
    Term(
        ("판매 품목", "판매품목", "상품", "품목", "goods", "what you sell"),
        T(
            "판매 품목은 고객에게 파는 상품이나 서비스예요 (예: 의류, 온라인 강의). 실물이든 "
            "디지털 상품이든 그대로 적어 주세요. PG사가 업종 심사에 써요.",
            "What you sell: the goods or services customers pay for, e.g. clothing or online "
            "courses, physical or digital. The PG uses it to screen your business type.",
        ),
        ("field.goods",),
    ),
    Term(
        ("실물", "디지털", "physical", "digital"),
        T(
            "실물 상품은 배송하는 물건(의류, 식품 등), 디지털 상품은 배송 없이 제공하는 것(온라인 "
            "강의, 이용권, 게임 아이템 등)이에요.",
            "Physical goods are shipped (clothing, food…); digital goods are delivered without "
            "shipping (online courses, passes, game items…).",
        ),
    ),
    Term(
        ("월 거래액", "거래액", "monthly volume", "monthly transaction volume"),
        T(
            "월 거래액은 한 달 동안 결제될 것으로 예상하는 금액의 합이에요. 대략이면 돼요.",
            "The monthly volume is the total you expect customers to pay in a month; an estimate "
            "is fine.",
        ),
        ("field.volume",),
    ),
    Term(
        ("메모", "요청/추가 메모", "memo"),
        T(
            "메모는 포트원 담당자에게 전할 요청 사항이에요 (100자 이내). 없으면 '없음'이라고 해 "
            "주세요.",
            "The memo is a request or note for PortOne (at most 100 characters); say 'none' if "
            "there is none.",
        ),
        ("field.memo",),
    ),
)

# A step asked again in one line after a question answered there (dialogs/reask.py), where
# its prompt has no sentence that asks.
REASK_UPLOAD = T(
    "사업자등록증을 스캔본이나 사진으로 올려 주세요.",
    "Please upload your business registration certificate as a scan or a photo.",
)
REASK_CHECK = T(
    '사업자등록증에서 읽은 내용이 맞나요? 틀린 항목은 "대표자는 홍길동"처럼 고쳐 주세요.',
    'Is what I read from the certificate right? Correct a field like "representative: Hong Gildong".',
)
REASK_SUMMARY = T(
    '모두 맞으면 완료를 골라 주세요. 고칠 항목은 "3번 수정"처럼 말씀해 주세요.',
    'If everything is right, choose Finish; to change a field, say e.g. "fix 3".',
)
