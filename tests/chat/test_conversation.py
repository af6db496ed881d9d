"""The conversation engine: commands, reveal and grade, typed and scenario answers, state."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from quizkit.chat import Button, CodeBlock, Conversation, Reply
from quizkit.chat.render import html, markdown, plain, telegram_html
from quizkit.store import Collection
from tests.chat.helpers import (
    BROKEN,
    FACT_DEFAULT,
    FACT_RANGE,
    FIX,
    REACHABLE,
    TIP,
    URL,
    WEB,
    Chat,
    log_of,
)
from tests.helpers import MORNING, rows


def labels(reply: Reply) -> list[str]:
    return [b.label for b in reply.buttons]


def skip_to(chat: Chat, card_text: str) -> Reply:
    """Answer Good until the card whose text contains ``card_text`` is on screen."""
    (reply,) = chat.say("/next")
    for _ in range(10):
        if card_text in reply.text:
            return reply
        reply = chat.say("good")[-1]
    raise AssertionError(f"never shown: {card_text}")


def test_next_shows_the_first_card_with_a_show_answer_button(chat: Chat) -> None:
    (reply,) = chat.say("/next")
    assert "NodePort: port range?" in reply.text
    assert "30000" not in reply.text
    assert labels(reply) == ["Show answer"]


def test_reveal_then_grade_by_button_records_one_answer_and_shows_the_next_card(
    chat: Chat, chat_col: Collection
) -> None:
    (card,) = chat.say("/next")
    (shown,) = chat.press(card, "Show answer")
    assert "30000–32767" in shown.text
    assert labels(shown) == ["Again", "Hard", "Good", "Easy"]
    verdict, following = chat.press(shown, "Good")
    assert verdict.text.startswith("Good (4): next in 1 day")
    assert "Which Service type is the default?" in following.text
    assert log_of(chat_col) == [(FACT_RANGE, 4, None)]


def test_grade_words_and_digits_grade_the_card_on_screen(chat: Chat, chat_col: Collection) -> None:
    chat.say("/next")
    chat.say("show")
    chat.say("hard")
    chat.say("5")
    assert log_of(chat_col) == [(FACT_RANGE, 3, None), (FACT_DEFAULT, 5, None)]


def test_a_second_press_of_a_grade_button_is_refused_in_one_line(
    chat: Chat, chat_col: Collection
) -> None:
    (card,) = chat.say("/next")
    (shown,) = chat.press(card, "Show answer")
    chat.press(shown, "Good")
    (refusal,) = chat.press(shown, "Again")
    assert refusal.text == (
        "That answer was for a card that is no longer on screen, so I did not count it."
    )
    assert log_of(chat_col) == [(FACT_RANGE, 4, None)]


def test_text_sent_before_the_card_on_screen_was_shown_is_refused(
    chat: Chat, chat_col: Collection
) -> None:
    chat.say("/next")
    shown_at = chat.clock.now
    replies = chat.conv.handle(chat.user, "good", now=shown_at - dt.timedelta(seconds=1))
    assert [r.text for r in replies] == [
        "That answer was for a card that is no longer on screen, so I did not count it."
    ]
    assert log_of(chat_col) == []


def test_a_new_conversation_carries_on_with_the_card_on_screen(
    chat: Chat, chat_col: Collection
) -> None:
    chat.say("/next")
    chat.say("good")  # first card answered; the second is on screen
    (second,) = chat.say("/next")  # shows the card on screen again, never skips it
    assert "Which Service type is the default?" in second.text
    restarted = Chat(chat_col)  # a new engine: nothing carried over in memory
    restarted.clock = chat.clock
    (again,) = restarted.say("/next")
    assert again.text == second.text
    restarted.press(again, "Show answer")
    restarted.say("easy")
    assert log_of(chat_col) == [(FACT_RANGE, 4, None), (FACT_DEFAULT, 5, None)]


def test_typed_answers_are_graded_when_typing_is_on(chat: Chat, chat_col: Collection) -> None:
    chat.say("/typing on")
    (card,) = chat.say("/next")
    assert "Type your answer" in card.text
    verdict, _ = chat.say("30000 - 32767", seconds=20)
    assert verdict.text.startswith("✅ Right")
    assert "Expected: 30000–32767" in verdict.text
    assert "Good (4)" in verdict.text  # 20 s: not quick enough for Easy
    verdict, _ = chat.say("NodePort", seconds=3)
    assert verdict.text.startswith("❌ Not quite")
    assert log_of(chat_col) == [(FACT_RANGE, 4, "30000 - 32767"), (FACT_DEFAULT, 1, "NodePort")]


def test_other_text_with_typing_off_shows_the_answer_beside_it(
    chat: Chat, chat_col: Collection
) -> None:
    chat.say("/next")
    (reply,) = chat.say("thirty thousand and up")
    assert reply.text.startswith("You said: thirty thousand and up")
    assert "30000–32767" in reply.text
    assert labels(reply) == ["Again", "Hard", "Good", "Easy"]
    (hint,) = chat.say("dunno")
    assert hint.text.startswith("Grade it:")
    assert log_of(chat_col) == []


def test_a_scenario_shows_its_manifest_as_code_and_takes_yes_or_no(
    chat: Chat, chat_col: Collection
) -> None:
    card = skip_to(chat, "curl http://<NodeIP>:30080/")
    assert CodeBlock(WEB, "yaml") in card.blocks
    assert labels(card) == ["Yes", "No", "Don't know"]
    verdict, _ = chat.press(card, "Yes")
    assert verdict.text.startswith("✅ Right")
    assert "external -> " in verdict.text  # the evaluator's path as feedback
    assert log_of(chat_col)[-1][0] == REACHABLE


def test_a_url_card_never_shows_its_target(chat: Chat) -> None:
    card = skip_to(chat, "Which URL works?")
    assert "Request from external (TCP) to default/web: which URL?" in card.text
    for rendered in (card.text, plain(card), markdown(card), html(card), *telegram_html(card)):
        assert "secret-target-path" not in rendered
        assert "30080/secret" not in rendered


def test_a_multi_line_fix_is_graded_by_the_evaluator(chat: Chat, chat_col: Collection) -> None:
    skip_to(chat, "Fix the manifest.")
    verdict, _ = chat.say(f"```yaml\n{WEB}```", seconds=30)
    assert verdict.text.startswith("✅ Right")
    assert "Fixed:" in verdict.text
    (key, grade, response) = log_of(chat_col)[-1]
    assert (key, grade) == (FIX, 4)
    assert response == WEB.rstrip("\n")


def test_a_fix_that_fixes_nothing_is_wrong_with_the_reason(
    chat: Chat, chat_col: Collection
) -> None:
    skip_to(chat, "Fix the manifest.")
    verdict, _ = chat.say(BROKEN)
    assert verdict.text.startswith("❌ Not quite")
    assert "Not fixed:" in verdict.text
    assert log_of(chat_col)[-1][:2] == (FIX, 1)


def test_dont_know_on_a_scenario_is_wrong_and_shows_the_evaluators_answer(
    chat: Chat, chat_col: Collection
) -> None:
    card = skip_to(chat, "curl http://<NodeIP>:30080/")
    verdict, _ = chat.press(card, "Don't know")
    assert "Expected: yes" in verdict.text
    assert log_of(chat_col)[-1] == (REACHABLE, 1, "")


def test_the_end_of_day_summary_comes_once(chat: Chat) -> None:
    chat.say("/new 3")
    chat.say("/next")
    chat.say("good")
    chat.say("good")
    replies = chat.say("good")
    assert replies[-1].text == (
        "Done for today: 3 answers (3 new, 0 repeats), 100% right.\n\n"
        "Tomorrow: 3 cards due. Streak: 1 day."
    )
    (again,) = chat.say("/next")
    assert again.text == "Nothing left to study today; /stats shows what comes next."


def test_undo_puts_the_card_back_on_screen(chat: Chat, chat_col: Collection) -> None:
    chat.say("/next")
    chat.say("again")
    head, card = chat.say("/undo")
    assert head.text == "Taken back: answer it again."
    assert "NodePort: port range?" in card.text
    assert log_of(chat_col) == []
    chat.say("good")
    assert log_of(chat_col) == [(FACT_RANGE, 4, None)]


def test_deck_choice_is_kept_and_an_unknown_deck_is_one_line(
    chat: Chat, chat_col: Collection
) -> None:
    (bad,) = chat.say("/deck nope")
    assert bad.text == "no deck 'nope'; decks: chat"
    head, _card = chat.say("/deck chat")
    assert head.text == "Studying deck chat."
    (decks,) = chat.say("/decks")
    assert "▸ chat: Chat deck (6 cards)" in decks.text
    assert decks.buttons == (Button("chat", "/deck chat"), Button("Every deck", "/deck all"))


def test_new_sets_the_learners_daily_limit(chat: Chat, chat_col: Collection) -> None:
    (reply,) = chat.say("/new 2")
    assert reply.text == "Up to 2 new cards a day from now on."
    assert chat_col.learner("telegram:42").new_per_day == 2
    (bad,) = chat.say("/new lots")
    assert bad.text.startswith("/new takes a whole number")


def test_stats_help_and_unknown_commands(chat: Chat) -> None:
    (stats,) = chat.say("/stats")
    assert stats.text.splitlines()[0] == "Left today: 0 due, 6 new, 0 repeats"
    (helped,) = chat.say("/help@quizkit_bot")
    assert "/deck SLUG" in helped.text
    (unknown,) = chat.say("/frobnicate")
    assert unknown.text == "I do not know /frobnicate; /help lists what I do."


def test_no_card_on_screen_says_how_to_get_one(chat: Chat) -> None:
    (reply,) = chat.say("hello")
    assert reply.text == "No card on screen: /next shows one."


@pytest.mark.parametrize("command", ["/start", "/next"])
def test_an_empty_collection_gets_the_bundled_decks(db_url: str, command: str) -> None:
    import quizkit

    with quizkit.open(db_url) as col:
        *_, card = Chat(col).say(command)
        assert card.buttons == (Button("Show answer", "show #1"),)
        assert len(col.decks()) >= 3


def together(conv: Conversation, user: str, texts: list[str], at: dt.datetime) -> list[list[Reply]]:
    """Threads (bot workers) handle messages of one user that arrived at the same moment."""
    start = threading.Barrier(len(texts))
    out: list[list[Reply]] = []

    def press(text: str) -> None:
        start.wait()
        out.append(conv.handle(user, text, now=at))

    threads = [threading.Thread(target=press, args=(text,)) for text in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_two_workers_answering_one_screen_at_once_record_one_answer(
    chat_col: Collection,
) -> None:
    user = Chat(chat_col)
    conv = user.conv
    (card,) = user.say("/next")
    for _ in range(3):  # the three self-graded cards
        (shown,) = user.press(card, "Show answer")
        (good,) = [b.data for b in shown.buttons if b.label == "Good"]
        out = together(conv, user.user, [good, good], user.clock.tick())
        refused = [r for r in out if len(r) == 1]
        assert len(refused) == 1
        assert refused[0][0].text.startswith("That answer was for a card")
        (card,) = next(r for r in out if len(r) == 2)[1:]
    assert log_of(chat_col) == [(FACT_RANGE, 4, None), (FACT_DEFAULT, 4, None), (TIP, 4, None)]


def test_two_workers_with_two_texts_of_one_user_grade_only_the_card_on_screen(
    chat_col: Collection,
) -> None:
    """ "good" and "again" arrive together: one grades the card, the other is refused,
    also when its worker gets to it after the next card is on screen."""
    user = Chat(chat_col)
    user.say("/next")
    for _ in range(3):
        user.say("show")
        out = together(user.conv, user.user, ["good", "again"], user.clock.tick())
        refused = [r for r in out if len(r) == 1]
        assert len(refused) == 1
        assert refused[0][0].text.startswith("That answer was for a card")
    log = log_of(chat_col)
    assert [key for key, _, _ in log] == [FACT_RANGE, FACT_DEFAULT, TIP]
    assert {grade for _, grade, _ in log} <= {1, 4}


def test_in_real_time_text_that_arrived_before_its_card_was_shown_is_refused(
    chat_col: Collection,
) -> None:
    """The default clock: messages on the real clock, "good" and "again" arriving together."""
    from quizkit.clock import utcnow

    conv = Conversation(chat_col)
    conv.handle("u", "/next", now=utcnow())
    for _ in range(3):
        conv.handle("u", "show", now=utcnow())
        out = together(conv, "u", ["good", "again"], utcnow())
        assert sorted(len(r) for r in out) == [1, 2]  # a refusal; a verdict and a card
    assert [key for key, _, _ in log_of(chat_col, "u")] == [FACT_RANGE, FACT_DEFAULT, TIP]


def test_a_simulated_clock_is_followed_as_it_is(chat_col: Collection) -> None:
    """Far from the real time (a test, a replay), cards go on screen at the message's time."""
    conv = Conversation(chat_col)
    conv.handle("u", "/next", now=MORNING)
    conv.handle("u", "show", now=MORNING)
    verdict, _ = conv.handle("u", "good", now=MORNING)
    assert verdict.text.startswith("Good (4)")


def test_the_conversation_row_holds_the_screen(chat: Chat, chat_col: Collection) -> None:
    chat.say("/next")
    chat.say("show")
    ((screen, revealed, key),) = rows(
        chat_col,
        "SELECT v.screen, v.revealed, c.key FROM conversations v JOIN cards c ON c.id = v.card_id",
    )
    assert (screen, bool(revealed), key) == (1, True, FACT_RANGE)


def test_a_tip_shows_its_back_on_reveal(chat: Chat) -> None:
    skip_to(chat, "What does a NodePort Service create internally?")
    (shown,) = chat.say("show")
    assert "A ClusterIP; external traffic enters via the NodePort first." in shown.text


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_text_with_nothing_on_screen_is_answered(chat: Chat, text: str) -> None:
    (reply,) = chat.say(text)
    assert reply.text == "No card on screen: /next shows one."


def test_url_answer_is_graded_by_where_it_goes(chat: Chat, chat_col: Collection) -> None:
    skip_to(chat, "Which URL works?")
    verdict, _ = chat.say("http://<NodeIP>:30080/", seconds=30)
    assert verdict.text.startswith("✅ Right")
    assert log_of(chat_col)[-1][:2] == (URL, 4)


def test_the_chat_packages_public_names() -> None:
    import quizkit.chat

    assert quizkit.chat.__all__ == [
        "HELP",
        "Block",
        "Button",
        "CodeBlock",
        "Conversation",
        "NotOnScreenError",
        "Paragraph",
        "Reply",
        "reminder_reply",
    ]


def test_an_empty_message_shows_the_answer_even_with_typing_on(chat: Chat) -> None:
    chat.say("/typing on")
    chat.say("/next")
    (shown,) = chat.say("")
    assert "30000–32767" in shown.text
    assert labels(shown) == ["Again", "Hard", "Good", "Easy"]


def test_a_cloze_card_hides_its_words_until_shown(db_url: str, tmp_path: Path) -> None:
    import quizkit

    deck = tmp_path / "cloze.yaml"
    deck.write_text(
        "quizkit: 1\ndeck: gaps\ntitle: Gaps\nnotes:\n"
        "  - id: nodeport/range\n    type: cloze\n"
        '    text: "NodePorts come from a range (default: {{c1::30000-32767}})"\n',
        encoding="utf-8",
    )
    with quizkit.open(db_url) as col:
        col.import_decks([deck])
        chat = Chat(col)
        (card,) = chat.say("/next")
        assert "NodePorts come from a range (default: [...])" in card.text
        assert "30000" not in card.text
        (shown,) = chat.say("show")
        assert "In full: NodePorts come from a range (default: 30000-32767)" in shown.text
        chat.say("good")
        assert log_of(col) == [("gaps/nodeport/range:c1", 4, None)]
