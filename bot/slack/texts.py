"""What the Slack transport itself says (to agents using ``/onboard``), Korean and English.

The command's user may be either; these answers are short, so both languages are shown.
"""

from __future__ import annotations

from dialogs.i18n import T
from knowledge.language import Lang

_USAGE = T(
    ko='사용법: `/onboard takeover|handback|close|transcript <스레드 링크>` — 스레드의 메시지 링크("링크 복사")를 붙여 주세요. 봇과의 DM에서는 링크 없이 쓸 수 있습니다.',
    en='Usage: `/onboard takeover|handback|close|transcript <thread link>` — paste a message link ("Copy link") of the merchant\'s thread. In a DM with the bot the link may be left out.',
)
_NEEDS_TARGET = T(
    ko="어느 대화인지 알 수 없습니다. 판매자 스레드의 메시지 링크를 함께 입력해 주세요.",
    en="Which conversation? Add a message link of the merchant's thread.",
)
_ACCEPTED = T(
    ko="`{verb}` 요청을 받았습니다. 결과는 해당 스레드에 표시됩니다.",
    en="`{verb}` received; the result shows in the conversation's thread.",
)


def both(text: T) -> str:
    return f"{text(Lang.KO)}\n{text(Lang.EN)}"


COMMAND_USAGE = both(_USAGE)
COMMAND_NEEDS_TARGET = both(_NEEDS_TARGET) + "\n" + both(_USAGE)
COMMAND_ACCEPTED = both(_ACCEPTED)

# Refusals answered in the ack, to the person who tried only (nothing is stored).
_AGENTS_ONLY = T(
    ko="`/onboard` 명령과 상담원 버튼은 상담원만 사용할 수 있습니다. 상담이 필요하시면 채널에 새 메시지를 올려 주세요.",
    en="`/onboard` and the agents' buttons are for support agents only. To get help, post a new message in the channel.",
)
_NO_CONVERSATION = T(
    ko="그 링크의 스레드에는 Onboard 대화가 없습니다.",
    en="There is no Onboard conversation in that thread.",
)
AGENTS_ONLY = both(_AGENTS_ONLY)
NO_CONVERSATION = both(_NO_CONVERSATION)
