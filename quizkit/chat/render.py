"""Renderers: a :class:`~quizkit.chat.reply.Reply` as each kind of chat client shows it.

- :func:`plain`: plain text (XMPP, SMS, logs); buttons become a line of what to type.
- :func:`telegram_html`: the Bot API's HTML (``parse_mode="HTML"``), split into
  messages of at most 4,096 characters, never inside a tag or an entity.
- :func:`markdown`: CommonMark (Discord-style clients, Matrix ``body``).
- :func:`html`: HTML (Matrix ``formatted_body``).

Buttons are not part of the text: a network with buttons attaches
``reply.buttons`` to the (last) message itself.
"""

from __future__ import annotations

import html as _html
import re

from quizkit.chat.reply import Block, Button, CodeBlock, Paragraph, Reply

__all__ = ["TELEGRAM_LIMIT", "button_hint", "html", "markdown", "plain", "telegram_html"]

# The Bot API refuses a message longer than this (sendMessage: "1-4096 characters").
TELEGRAM_LIMIT = 4096
# A button's data may end with a screen tag (" #17"); what a user types leaves it out.
_TAG = re.compile(r" #\d+\Z")


def button_hint(buttons: tuple[Button, ...]) -> str:
    """What to type for each button, on one line (for clients without buttons)."""
    return "Reply: " + " · ".join(_TAG.sub("", b.data) for b in buttons)


def plain(reply: Reply) -> str:
    """Plain text, with a last line saying what to type instead of pressing buttons."""
    if not reply.buttons:
        return reply.text
    return f"{reply.text}\n\n{button_hint(reply.buttons)}"


# -- Telegram -------------------------------------------------------------------


def _escape(text: str) -> str:
    """The Bot API's HTML escaping: only ``<``, ``>`` and ``&`` (quotes stay as they are)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _units(text: str) -> int:
    """Telegram counts lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _tg_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        body = _escape(block.text)
        return f"<b>{body}</b>" if block.strong else body
    lang = f' class="language-{_escape(block.language)}"' if block.language else ""
    return f"<pre><code{lang}>{_escape(block.code.rstrip(chr(10)))}</code></pre>"


def _escaped_units(text: str) -> int:
    return _units(_escape(text))


def _fit(line: str, room: int) -> int:
    """How much of ``line`` fits in ``room`` units once escaped: cut at a space if one
    is in reach, else at a character (never inside one: strings hold code points)."""
    n = used = 0
    for char in line:
        used += _escaped_units(char)
        if used > room:
            break
        n += 1
    n = max(n, 1)
    space = line.rfind(" ", 0, n)
    return space + 1 if space > 0 and n < len(line) else n


def _pieces(text: str, room: int) -> list[str]:
    """``text`` cut into pieces of at most ``room`` UTF-16 units once escaped: at line
    ends, else at spaces, else anywhere."""
    out: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        if _escaped_units(current + line) <= room:
            current += line
            continue
        if current:
            out.append(current)
            current = ""
        while _escaped_units(line) > room:
            cut = _fit(line, room)
            out.append(line[:cut])
            line = line[cut:]
        current = line
    if current:
        out.append(current)
    return out


def _split_block(block: Block, limit: int) -> list[Block]:
    """A block too long for one message, as several that each fit once rendered."""
    if _units(_tg_block(block)) <= limit:
        return [block]
    if isinstance(block, Paragraph):
        room = limit - _units(_tg_block(Paragraph("", block.strong)))
        return [Paragraph(p, block.strong) for p in _pieces(block.text, room)]
    room = limit - _units(_tg_block(CodeBlock("", block.language)))
    return [CodeBlock(p, block.language) for p in _pieces(block.code, room)]


def telegram_html(reply: Reply, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """The reply as Bot API HTML messages, each at most ``limit`` UTF-16 units.

    Messages break between blocks; a block longer than a message is cut at line
    ends (a manifest becomes several ``<pre>`` blocks, each whole), then at
    spaces. Tags and entities are never cut, and every message is valid HTML.
    """
    messages: list[str] = []
    current = ""
    for block in reply.blocks:
        for part in _split_block(block, limit):
            rendered = _tg_block(part)
            joined = f"{current}\n\n{rendered}" if current else rendered
            if _units(joined) <= limit:
                current = joined
            else:
                messages.append(current)
                current = rendered
    if current or not messages:
        messages.append(current)
    return messages


# -- CommonMark and HTML ----------------------------------------------------------

# Characters that can start markup somewhere in CommonMark; any ASCII punctuation may
# be backslash-escaped, so escaping these keeps the text literal wherever it stands.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&])")


def _md_text(text: str) -> str:
    # A backslash at a line end is a hard line break: the lines stay lines.
    return "\\\n".join(_MD_SPECIAL.sub(r"\\\1", line) for line in text.splitlines())


def markdown(reply: Reply) -> str:
    """CommonMark: escaped paragraphs, ``**strong**``, fenced code blocks."""
    parts = []
    for block in reply.blocks:
        if isinstance(block, Paragraph):
            body = _md_text(block.text)
            parts.append(f"**{body}**" if block.strong and body else body)
        else:
            longest = max((len(run) for run in re.findall(r"`+", block.code)), default=0)
            fence = "`" * max(3, longest + 1)
            parts.append(f"{fence}{block.language}\n{block.code.rstrip(chr(10))}\n{fence}")
    if reply.buttons:
        parts.append(_md_text(button_hint(reply.buttons)))
    return "\n\n".join(parts)


def html(reply: Reply) -> str:
    """HTML: ``<p>`` with ``<br>`` line breaks, ``<strong>``, ``<pre><code>``."""
    parts = []
    for block in reply.blocks:
        if isinstance(block, Paragraph):
            body = "<br>".join(_html.escape(line) for line in block.text.splitlines())
            parts.append(f"<p><strong>{body}</strong></p>" if block.strong else f"<p>{body}</p>")
        else:
            lang = f' class="language-{_html.escape(block.language)}"' if block.language else ""
            code = _html.escape(block.code.rstrip("\n"))
            parts.append(f"<pre><code{lang}>{code}</code></pre>")
    if reply.buttons:
        parts.append(f"<p>{_html.escape(button_hint(reply.buttons))}</p>")
    return "".join(parts)
