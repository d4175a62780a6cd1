"""(a) A merchant who stopped mid-application gets one reminder, in office hours, with the
one thing missing and a button that goes on where they stopped."""

from __future__ import annotations

import threading

from bot.nudges.stalled import remind_stalled
from bot.store.db import Database
from tests.nudges.conftest import World, kst, outbox_count


def _stop_at_methods(world: World, lang_word: str = "English") -> None:
    world.chat.say(lang_word)
    world.chat.choose("menu:selection")


def test_one_reminder_a_day_later_with_a_button_that_goes_on(world: World) -> None:
    _stop_at_methods(world)
    before = len(world.chat.sender.sent)
    assert world.run_at(kst(2, 18, 30)) == 0  # same day: not stalled yet (and closed)
    assert world.run_at(kst(3, 9, 59)) == 0  # 23 h 59 m later
    assert world.run_at(kst(3, 10, 1)) == 1
    reminder = world.chat.sender.sent[before].reply
    assert "choosing the payment methods" in reminder.fallback()
    assert reminder.options[0].value == "menu:selection"  # type: ignore[union-attr]
    # Once: the same runner, a second replica, later the same day, the next day.
    assert world.run_at(kst(3, 10, 2)) == 0
    assert world.run_at(kst(3, 15, 0)) == 0
    assert world.run_at(kst(5, 10, 0)) == 0
    assert len(world.chat.sender.sent) == before + 1
    # The button resumes the selection where it stood.
    answer = world.chat.choose("menu:selection")
    assert "payment method" in answer.lower()


def test_korean_reminder_names_the_missing_pg(world: World) -> None:
    world.chat.say("한국어")
    world.chat.choose("menu:selection")
    world.chat.say("카드")  # a method, then the assistant asks for its PG
    assert world.run_at(kst(3, 11, 0)) == 1
    text = world.merchant_texts()[-1]
    assert "남은 건" in text
    assert "남은 건 신용카드의 PG 선택 하나예요" in text
    assert "이어서 하기" in text


def test_never_outside_office_hours(world: World) -> None:
    world.clock.now = kst(6, 17, 30)  # Friday 17:30
    _stop_at_methods(world)
    assert world.run_at(kst(7, 17, 31)) == 0  # Saturday
    assert world.run_at(kst(8, 12, 0)) == 0  # Sunday
    assert world.run_at(kst(9, 8, 59)) == 0  # Monday before nine
    assert world.run_at(kst(9, 9, 0)) == 1


def test_a_merchant_who_comes_back_and_stops_again_is_reminded_again(world: World) -> None:
    _stop_at_methods(world)
    assert world.run_at(kst(3, 10, 1)) == 1
    world.clock.now = kst(3, 10, 5)
    world.chat.say("card")  # back on Tuesday 10:05
    assert world.run_at(kst(4, 11, 0)) == 0  # Wednesday is a holiday
    assert world.run_at(kst(5, 10, 0)) == 1
    assert world.run_at(kst(5, 11, 0)) == 0


def test_switched_off(world: World) -> None:
    _stop_at_methods(world)
    assert world.run_at(kst(3, 10, 1), stalled=False) == 0
    assert world.run_at(kst(3, 10, 2)) == 1


def test_nothing_to_remind_at_the_menu_or_with_an_agent(world: World) -> None:
    world.chat.say("English")  # at the menu
    assert world.run_at(kst(3, 10, 1)) == 0
    world.chat.choose("menu:selection")
    world.chat.say("agent")  # waiting for a person: not ours to nudge
    assert world.run_at(kst(4, 10, 1)) == 0
    assert world.run_at(kst(5, 10, 1)) == 0


def test_the_worker_runs_it(world: World) -> None:
    _stop_at_methods(world)
    world.clock.now = kst(3, 10, 1)
    world.services.worker.run_once()
    world.services.dispatcher.deliver_all()
    assert "choosing the payment methods" in world.merchant_texts()[-1]


def test_exactly_once_across_concurrent_replicas(world: World) -> None:
    for user in ("U1", "U2", "U3"):
        chat = world.chat if user == "U1" else type(world.chat)(world.services, user)
        chat.say("English")
        chat.choose("menu:selection")
    baseline = outbox_count(world.services.db)
    now = kst(3, 10, 1)
    replicas = [Database(world.services.db.url) for _ in range(4)]
    barrier = threading.Barrier(len(replicas))
    results: list[int] = []

    def run(db: Database) -> None:
        barrier.wait()
        results.append(remind_stalled(db, now, world.nudges().config.stalled_after))

    threads = [threading.Thread(target=run, args=(db,)) for db in replicas]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in replicas:
        db.dispose()
    assert sum(results) == 3
    assert outbox_count(world.services.db) == baseline + 3
