"""Replies cross the pipe from quizkit.aio's workers: they pickle as calls of their class."""

from __future__ import annotations

import pickle

from quizkit.chat.reply import Button, CodeBlock, Paragraph, Reply


def test_every_reply_part_survives_a_pickle_round_trip_unchanged() -> None:
    replies = [
        Reply(
            (Paragraph("Question 1 of 3", strong=True), CodeBlock("kind: Service\n", "yaml")),
            (Button("Show", "/show"), Button("Skip", "/skip")),
        ),
        Reply.line("Done."),
    ]
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(replies, protocol=protocol))
        assert back == replies
        assert [type(b) for b in back[0].blocks] == [Paragraph, CodeBlock]
        assert back[0].blocks[0].strong is True


def test_a_reply_pickles_as_a_call_of_its_class_with_its_fields() -> None:
    # Not the dataclass default (a per-field Python loop in __setstate__), which
    # cost the event loop most of its unpickling time.
    reply = Reply((Paragraph("a"),), (Button("b", "/b"),))
    assert reply.__reduce__() == (Reply, (reply.blocks, reply.buttons))
    assert Button("b", "/b").__reduce__() == (Button, ("b", "/b"))
    assert Paragraph("a", True).__reduce__() == (Paragraph, ("a", True))
    assert CodeBlock("x", "sh").__reduce__() == (CodeBlock, ("x", "sh"))
