"""What the assistant says around every journey: commands, errors, the FAQ fallback."""

from dialogs.i18n import T

HELP = T(
    "저는 전자결제 신청을 도와드리는 Onboard예요. 언제든 이렇게 말씀하실 수 있어요:\n"
    "• 메뉴 — 처음 메뉴 보기\n• 뒤로 — 이전 단계로\n• 취소 — 지금 진행 중인 일을 그만두기\n"
    "• 처음부터 — 대화를 처음부터 다시\n• English — 영어로 바꾸기\n• 상담원 — 사람과 이야기하기\n"
    "진행 중에 궁금한 점을 물어보셔도 답해 드리고, 하던 단계로 돌아올게요.",
    "I'm Onboard, here to take you through the online payment application. At any time you can say:\n"
    "• menu — show the main menu\n• back — go to the previous step\n"
    "• cancel — stop what we're doing\n• restart — start the conversation over\n"
    "• 한국어 — switch to Korean\n• agent — talk to a person\n"
    "Ask me anything about the process on the way; I'll answer and pick up where we were.",
)
CANCELLED = T("진행하던 일을 취소했어요.", "Okay, I've stopped that.")
RESTARTED = T("대화를 처음부터 다시 시작할게요.", "Let's start over.")
NOTHING_TO_GO_BACK = T("더 돌아갈 단계가 없어요.", "There's no earlier step to go back to.")
LANG_SWITCHED = T("이제 한국어로 말씀드릴게요.", "I'll speak English from now on.")
EMPTY = T("메시지가 비어 있어요. 무엇을 도와드릴까요?", "That message was empty. How can I help?")
TOO_LONG = T(
    "메시지가 너무 길어요({length:,}자). {limit:,}자 이내로 나누어 보내 주세요. 보내신 내용은 기록해 두었어요.",
    "That message is too long ({length:,} characters). Please send at most {limit:,} characters "
    "at a time. I've kept what you sent in the record.",
)
NOT_UNDERSTOOD = T("죄송해요, 무슨 말씀인지 잘 모르겠어요.", "Sorry, I didn't understand that.")
CLOSEST_TOPICS = T(
    "혹시 이런 내용을 찾으시나요? 아니면 상담원과 이야기하실 수 있어요.",
    "Were you looking for one of these? Or you can talk to a person.",
)
TALK_TO_PERSON = T("상담원과 이야기하기", "Talk to a person")
STATE_LOST = T(
    "죄송해요, 대화 상태를 불러오지 못해 처음 메뉴로 돌아왔어요. 보내신 메시지는 기록되어 있어요.",
    "Sorry, I couldn't restore where we were, so we're back at the main menu. "
    "Your messages are on record.",
)
INTERNAL_ERROR = T(
    "죄송해요, 이 메시지를 처리하다가 문제가 생겼어요. 기록해 두었고 상담원이 확인할게요. 다시 말씀해 주시겠어요?",
    "Sorry, something went wrong handling that message. It's on record and an agent will "
    "look at it. Could you say it again?",
)
# To someone acting in another person's conversation (bot/actors.py), shown to them alone.
NOT_YOUR_CONVERSATION = T(
    "이 스레드는 다른 분의 상담이라 제가 답할 수 없어요. 상담을 시작하시려면 채널에 새 메시지를 "
    "올리시거나(스레드 밖에서) 저에게 DM을 보내 주세요.",
    "This thread is someone else's conversation, so I can't act on it for you. To start your "
    "own, post a new message in the channel (not in a thread) or send me a direct message.",
)
# The merchant says they don't follow a question that has no words of its own to explain.
STEP_HELP = T(
    "아래 질문에 답해 주시면 돼요. 어떻게 답할지 모르시겠으면 상담원과 이야기하실 수 있어요.",
    "Just answer the question below. If you're not sure how, you can talk to a person.",
)
# "잠깐만요", "나중에 할게요" where nothing is typed in: not a misunderstanding.
PAUSED = T(
    "천천히 하셔도 돼요. 지금까지 하신 건 그대로 있으니, 준비되시면 이어서 해 주세요.",
    "Take your time: everything so far is kept. Carry on whenever you're ready.",
)

# The business registration number, explained where a step asks for it (contracts lookup,
# business information): the words a merchant may use for it and what it is.
BUSINESS_NUMBER_WORDS = (
    "사업자등록번호",
    "사업자번호",
    "business registration number",
    "business number",
)
BUSINESS_NUMBER_MEANS = T(
    "사업자등록번호는 사업자등록증 맨 위에 있는 숫자 10자리예요 (예: 123-45-67890).",
    "The business registration number is the 10-digit number at the top of your "
    "certificate (사업자등록증), e.g. 123-45-67890.",
)
# A step asked again after a question answered there: its question only, with its buttons
# (dialogs/reask.py); the whole prompt again on "다시 보여줘" / "show again".
BACK_TO = T("돌아가서: {question}", "Back to: {question}")
SHOW_AGAIN_HINT = T(
    "(전체 내용은 '다시 보여줘'라고 하시면 다시 보여 드려요.)",
    '(Say "show again" to see it all again.)',
)
