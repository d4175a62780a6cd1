"""Questions about the merchant's own affairs: their application, their contracts, their MID.

"what's the status of my application", "APP-12 어디까지 진행됐어요", "저희 MID 뭐였죠", "우리 회사
kcp 계약 되어있나요?", "is our old NICE contract still active?" ask the desk to look something up
about this merchant, not what a status means, what a MID is or how PGs work in general. The
words they share with the general entries ("status", "MID", "계약") make the retriever lean to
those (the statuses' overview, the MID's definition), and the PG named sends them to the
catalog. The product answers them in two places, and the entries that say where are the
answers: an application's current status and its updates are under [See application status]
(status_updates); a business's contracts and MIDs are looked up by business number under
[Check existing contracts] (existing_contract).

A message is one of these when it names the merchant's own thing (a possessive, an application
number, "the contract we signed before") and asks to look it up (where it is, whether it exists
or is still valid, what its MID was). It is not, and the general reading stays, when it asks
something else about the thing: what a status means, how long it takes, how to cancel, change,
reuse or add to it, when a MID is issued.
"""

from __future__ import annotations

import re

from knowledge.morph import fold_spoken
from knowledge.normalize import normalize

STATUS_ENTRY = "status_updates"
CONTRACT_ENTRY = "existing_contract"

# The merchant's own: "우리", "저희", "제 신청", "내 신청", "my", "our", "we", a few words before
# the thing that is theirs.
_OWN = r"(우리|저희|(?<![가-힣])(제|내|저의|나의) |\b(my|our|we|us)\b)"
_SENTENCE = re.compile(r"[.?!\n]+")

# An application number as the product prints it ("APP-12", normalized to "app 12").
_APP_NUMBER = re.compile(r"\bapp ?\d+\b")

_OWN_APPLICATION = re.compile(_OWN + r".{0,20}(신청|\bapplication\b|\bapplied\b|\bapply\b)")

# Asking where an application is at, or whether it has gone through.
_STATUS_ASK = re.compile(
    r"어디까지|어떻게 ?(되고|되어 ?가|돼 ?가|됐|되었|되나)|어때|상태|"
    r"진행 ?(상황|됐|되고|되었|중인지)|"
    r"(승인|제출|접수) ?(났나|났는지|났어|됐나|됐는지|되었나|되었는지|된 ?건가)|"
    r"통과 ?(했나|했는지|됐나|됐는지)|"
    r"\bstatus\b|\bwhere (is|s|are)\b.{0,30}\bat\b|\bgone through\b|\bapproved yet\b|"
    r"\bany (news|update)\b|\bhow is\b.{0,30}\bgoing\b|\bprogress\b"
)

# Words that ask something else about an application: what a status means, when, how long,
# where in the console, cancelling or changing it, being told of changes (status_updates says
# that too, but the retriever finds it unaided), a refusal.
_STATUS_OTHER = re.compile(
    r"뜻|의미|무슨 ?(말|단계)|뭐예요|뭔가요|\bmean|\bwhat does\b|"
    r"얼마나|며칠|언제|\bhow long\b|\bwhen\b|"
    r"어디서|어디에서|화면|콘솔|\bwhere (can|do|should|would) (i|we)\b|\bconsole\b|"
    r"취소|철회|수정|변경|바꾸|\bcancel|\bwithdraw|\bchange|\bedit\b|"
    r"거절|반려|\breject|\bdeclin|"
    r"알림|\bnotif|\bsubscrib|"
    r"목록|종류|단계들|\blist\b|\bvalues\b|\bkinds?\b|\btypes?\b"
)

# Following an application's updates, or no longer: "구독" next to the updates is subscribing
# to them (the product's "subscribe APP-12"), not a subscription payment.
_FOLLOWING = re.compile(
    r"(알림|\bnotifications?\b|\bupdates\b).{0,15}(구독|그만|해제|\bsubscri|\bunsubscri|\bstop\b)|"
    r"(구독|\bsubscri\w*\b).{0,10}(알림|\bnotifications?\b|\bupdates\b)|구독 ?(해제|취소|끊)|"
    r"\bunsubscribe\b"
)

# The contract look-up itself: who sees a business's contract details (only someone verified
# for it) and how many business numbers one may look up an hour (README,
# ONBOARD_LOOKUPS_PER_HOUR). The existing-contract entry says both.
_LOOKUP_LIMITS = re.compile(
    r"계약 ?(정보|내용|내역|상세).{0,20}(보이|보여|보려|볼 ?수|안 ?보|확인)|"
    r"\bcontract (details|info|information)\b.{0,20}\b(see|seen|visible|shown|show)\b|"
    r"\b(see|view)\b.{0,20}\bcontract (details|info|information)\b|"
    r"조회.{0,15}(제한|한도|횟수|몇 ?번|너무 많)|(제한|한도).{0,10}조회|"
    r"\blook ?ups?\b.{0,20}\b(limit|too many|how many)|\blooked up too many\b|"
    r"\bhow many times\b.{0,20}\blook ?up\b|\blook ?up limit\b"
)

# The merchant's contract or MID.
_CONTRACT = re.compile(r"계약|\bcontract|(?<![a-z])mid(?![a-z])|상점 ?아이디|\bmerchant id\b")
_MID = re.compile(r"(?<![a-z])mid(?![a-z])|상점 ?아이디|\bmerchant id\b")
_OWN_CONTRACT = re.compile(
    _OWN + r".{0,25}(계약|\bcontract|(?<![a-z])mid(?![a-z])|상점 ?아이디|\bmerchant id\b)"
)
# A contract made before, without a possessive: "예전에 나이스랑 계약했었는데".
_PAST_CONTRACT = re.compile(r"(예전|옛날|전에|이전|과거).{0,20}계약 ?(했|됐|되었|한|된)")

# When a contract ends.
_EXPIRY = re.compile(r"만료|\bexpir")

# Asking whether the contract exists or is still valid, or what its MID was.
_CONTRACT_ASK = re.compile(
    r"(계약|상점 ?아이디|(?<![a-z])mid(?![a-z])).{0,12}"
    r"((되어|돼|되|된) ?(있나|있는지|있어요|있어|있음)|있나|있는지|있어요|살아 ?있|유효|남아 ?있|"
    r"언제까지|끝나는|끝나요)|"
    r"\bdo (we|i) (already )?have (a |an |any |the )?(pg )?(contract|mid|merchant id)|"
    r"\bstill\b.{0,15}\b(active|valid|alive|live|good|on|there|around)\b|"
    r"\b(active|valid)\b.{0,10}\b(still|anymore|any more)\b|\bexpir"
)
_MID_ASK = re.compile(
    r"뭐였|뭐더라|뭐였더라|머였|알려|뭐예요|뭐에요|뭔가요|뭐죠|뭐야|몇 ?번|"
    r"\bwhat (s|is|was)\b|\bwhats\b|\bplease\b|\btell me\b|\bremind\b"
)

# Other questions about a contract or a MID: reusing it, adding one, a changed representative,
# when one is issued, what one is, the documents or the fees of a contract, applying.
_CONTRACT_OTHER = re.compile(
    r"그대로|재사용|가져다|가져와|연결|옮기|이전하|\breuse\b|\bplug\b|\bconnect\b|\bbring\b|"
    r"\bmove\b|\btransfer\b|\buse (it|them|our|the same)\b|"
    r"하나 ?더|추가|두 ?번째|\banother\b|\bsecond\b|\badditional\b|\bextra\b|"
    r"\bnew (site|website|store|shop)\b|"
    r"대표.{0,8}(바뀌|바꼈|변경)|\b(ceo|owner|representative) (changed|is new)\b|"
    r"\bnew (ceo|owner)\b|"
    r"언제 ?(나와|나오|받|발급)|\bwhen (do|will|does|can) (we|i|it)\b|\bissued?\b|"
    r"뜻|의미|\bmean|\bwhat is a\b|"
    r"서류|도장|인감|수수료|\bdocuments?\b|\bpapers?\b|\bfees?\b|"
    r"신청|\bappl(y|ication)\b|어떻게 ?해|어떡해|\bwhat now\b|\bwhat should\b"
)


def own_affair(text: str) -> str | None:
    """The entry that says where the merchant's own application or contract is looked up, when
    ``text`` asks to look one up; otherwise None. Read a sentence at a time: "저희는 작은
    쇼핑몰을 해요. MID가 뭐예요?" says whose shop it is, and asks what a MID is."""
    if _FOLLOWING.search(fold_spoken(normalize(text))):
        return STATUS_ENTRY
    for sentence in _SENTENCE.split(text):
        norm = fold_spoken(normalize(sentence))
        if not norm:
            continue
        if _asks_own_status(norm):
            return STATUS_ENTRY
        if _LOOKUP_LIMITS.search(norm) or _asks_own_contract(norm):
            return CONTRACT_ENTRY
    return None


def _asks_own_status(norm: str) -> bool:
    if _STATUS_OTHER.search(norm):
        return False
    if _APP_NUMBER.search(norm):
        return True
    return bool(_OWN_APPLICATION.search(norm) and _STATUS_ASK.search(norm))


def _asks_own_contract(norm: str) -> bool:
    if not _CONTRACT.search(norm) or _CONTRACT_OTHER.search(norm):
        return False
    if _EXPIRY.search(norm):
        # a contract's end date is always one merchant's: "계약 만료일 언제에요"
        return True
    if not (_OWN_CONTRACT.search(norm) or _PAST_CONTRACT.search(norm)):
        return False
    if _CONTRACT_ASK.search(norm):
        return True
    # "저희 MID 뭐였죠", "What's our MID for NICE?": the MID asked for by name is theirs
    return bool(_MID.search(norm) and _MID_ASK.search(norm))
