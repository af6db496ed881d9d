"""Renderers: plain text, Telegram HTML (escaping, the 4,096 limit), CommonMark and HTML."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizkit.chat import Button, CodeBlock, Paragraph, Reply
from quizkit.chat.render import TELEGRAM_LIMIT, html, markdown, plain, telegram_html

REPLY = Reply(
    (Paragraph('Q: <b>& "x"', strong=True), CodeBlock("a: <1>\nb: '&'\n", "yaml")),
    (Button("Good", "good #3"), Button("Next", "/next")),
)


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_plain_is_the_text_and_what_to_type_for_each_button() -> None:
    assert plain(REPLY) == "Q: <b>& \"x\"\n\na: <1>\nb: '&'\n\nReply: good · /next"


def test_telegram_escapes_only_lt_gt_amp_and_marks_strong_and_code() -> None:
    assert telegram_html(REPLY) == [
        '<b>Q: &lt;b&gt;&amp; "x"</b>\n\n'
        "<pre><code class=\"language-yaml\">a: &lt;1&gt;\nb: '&amp;'</code></pre>"
    ]


def _code_of(messages: list[str]) -> str:
    found = [
        m for msg in messages for m in re.findall(r"<pre><code[^>]*>(.*?)</code></pre>", msg, re.S)
    ]
    return "".join(html_lib.unescape(part) + "\n" for part in found)


def test_a_long_manifest_is_split_into_whole_code_blocks_under_the_limit() -> None:
    manifest = "".join(f"line-{i}: <value & more {'x' * (i % 50)}>\n" for i in range(400))
    reply = Reply((Paragraph("Scenario"), CodeBlock(manifest, "yaml")))
    messages = telegram_html(reply)
    assert len(messages) > 1
    assert all(units(m) <= TELEGRAM_LIMIT for m in messages)
    for message in messages:
        assert message.count("<pre>") == message.count("</pre>")
    assert _code_of(messages) == manifest


def test_a_long_line_of_astral_characters_is_cut_between_characters() -> None:
    text = "😀" * 5000  # two UTF-16 units each
    messages = telegram_html(Reply((Paragraph(text),)))
    assert all(units(m) <= TELEGRAM_LIMIT for m in messages)
    assert "".join(messages) == text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.booleans(), st.text(alphabet=st.sampled_from("ab <&>\n😀é "), max_size=3000)),
        min_size=1,
        max_size=6,
    ),
    st.integers(min_value=60, max_value=TELEGRAM_LIMIT),
)
def test_telegram_messages_fit_and_lose_no_text(blocks: list[tuple[bool, str]], limit: int) -> None:
    reply = Reply(tuple(CodeBlock(t) if code else Paragraph(t) for code, t in blocks))
    messages = telegram_html(reply, limit=limit)
    assert all(units(m) <= limit for m in messages)
    kept = html_lib.unescape(re.sub(r"</?(pre|code|b)>", "", "".join(messages)))
    assert re.sub(r"\s", "", kept) == re.sub(r"\s", "", "".join(t for _, t in blocks))


def test_markdown_escapes_markup_and_fences_code_longer_than_its_backticks() -> None:
    reply = Reply(
        (Paragraph("*not bold* [link](x) <tag>", strong=True), CodeBlock("x: ```", "yaml"))
    )
    assert markdown(reply) == (
        "**\\*not bold\\* \\[link\\]\\(x\\) \\<tag\\>**\n\n````yaml\nx: ```\n````"
    )


def test_markdown_keeps_line_breaks_and_lists_buttons() -> None:
    reply = Reply((Paragraph("one\n1. two"),), (Button("Good", "good #1"),))
    assert markdown(reply) == "one\\\n1\\. two\n\nReply: good"


def test_html_escapes_and_breaks_lines() -> None:
    assert html(REPLY) == (
        "<p><strong>Q: &lt;b&gt;&amp; &quot;x&quot;</strong></p>"
        '<pre><code class="language-yaml">a: &lt;1&gt;\nb: &#x27;&amp;&#x27;</code></pre>'
        "<p>Reply: good · /next</p>"
    )


@pytest.mark.parametrize("render", [plain, markdown, html])
def test_every_renderer_shows_every_paragraph(render: Callable[[Reply], str]) -> None:
    out = render(Reply((Paragraph("alpha"), Paragraph("beta"))))
    assert "alpha" in out
    assert "beta" in out
