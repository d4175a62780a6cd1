"""Representatives: Korean names drawn roughly as the population carries them, a few foreign."""

from __future__ import annotations

import random

# Surname and a weight close to its share of the population (2015 census, per mille, rounded);
# the rare two-syllable ones are kept because a reader that only expects one syllable fails them.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("김", 215), ("이", 147), ("박", 84), ("최", 47), ("정", 43), ("강", 23), ("조", 21),
    ("윤", 20), ("장", 20), ("임", 17), ("한", 15), ("오", 15), ("서", 15), ("신", 15),
    ("권", 14), ("황", 14), ("안", 13), ("송", 13), ("전", 11), ("홍", 11), ("유", 10),
    ("고", 9), ("문", 9), ("양", 9), ("손", 9), ("배", 8), ("백", 8), ("허", 6), ("노", 6),
    ("남", 6), ("심", 5), ("하", 5), ("곽", 4), ("성", 4), ("차", 4), ("주", 4), ("우", 4),
    ("구", 4), ("민", 3), ("나", 3), ("진", 3), ("지", 3), ("엄", 3), ("채", 2.5), ("원", 2.5),
    ("천", 2.3), ("방", 2.3), ("공", 2), ("현", 2), ("함", 1.8), ("변", 1.8), ("염", 1.4),
    ("여", 1.3), ("추", 1.2), ("도", 1.1), ("소", 1), ("석", 1), ("선", 0.9), ("설", 0.8),
    ("마", 0.8), ("길", 0.8), ("연", 0.7), ("위", 0.6), ("표", 0.6), ("명", 0.5), ("기", 0.5),
    ("반", 0.4), ("라", 0.4), ("왕", 0.5), ("금", 0.4), ("옥", 0.4), ("육", 0.4), ("인", 0.3),
    ("맹", 0.3), ("제", 0.3), ("탁", 0.2), ("국", 0.4), ("어", 0.4), ("봉", 0.2), ("피", 0.2),
    ("남궁", 0.4), ("황보", 0.3), ("제갈", 0.1), ("선우", 0.1), ("독고", 0.05), ("사공", 0.1),
    ("서문", 0.03), ("동방", 0.01),
)  # fmt: skip

# Two-syllable given names as they were common from the 1950s to the 2000s.
GIVEN: tuple[str, ...] = (
    "영수", "영호", "영철", "정호", "성호", "상철", "광수", "종수", "병철", "재훈", "동현",
    "현우", "지훈", "성민", "준호", "민수", "승현", "태윤", "진우", "우진", "도윤", "시우",
    "건우", "민재", "유찬", "한결", "은호", "재석", "경민", "형준", "대성", "창민", "용준",
    "영숙", "순자", "정숙", "미경", "은정", "미영", "현주", "지영", "수진", "혜진", "은영",
    "지은", "민지", "수빈", "서연", "지현", "유진", "예린", "하은", "채원", "소연", "다은",
    "보람", "슬기", "나래", "가람", "다솜", "세희", "윤서", "아름", "주희", "해인", "선영",
)  # fmt: skip
ONE_SYLLABLE: tuple[str, ...] = ("훈", "진", "혁", "솔", "결", "란", "윤", "철", "민", "현")
THREE_SYLLABLE: tuple[str, ...] = ("하늘별", "빛나리", "아름솔", "슬기로", "한아름", "보배롬")
# Foreign owners print their name as registered: a Hangul transcription or Latin capitals.
FOREIGN: tuple[str, ...] = (
    "응우옌반안", "쩐티흐엉", "왕웨이", "리우양", "장리나", "다나카유키", "사토겐지",
    "존스미스", "마리아가르시아", "JOHNSON DAVID", "NGUYEN THI LAN", "SATO KENJI",
)  # fmt: skip


_NAMES: tuple[str, ...] = tuple(s for s, _ in SURNAMES)
_WEIGHTS: tuple[float, ...] = tuple(w for _, w in SURNAMES)


def korean_name(rng: random.Random) -> str:
    surname: str = rng.choices(_NAMES, weights=_WEIGHTS)[0]
    roll = rng.random()
    if roll < 0.05:
        return surname + rng.choice(ONE_SYLLABLE)
    if roll < 0.07:
        return surname + rng.choice(THREE_SYLLABLE)
    return surname + rng.choice(GIVEN)


def representative(rng: random.Random) -> str:
    return rng.choice(FOREIGN) if rng.random() < 0.06 else korean_name(rng)
