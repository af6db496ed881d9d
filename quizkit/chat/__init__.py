"""Chat bots: a conversation engine independent of any chat network.

::

    from quizkit.chat import Conversation
    conv = Conversation(col)
    for reply in conv.handle("telegram:42", "/next", now=now):
        send(reply.text, reply.buttons)        # or render it: quizkit.chat.render

The conversation state lives in the database, so a new :class:`Conversation`
in another process carries on where the last one stopped.
"""

from __future__ import annotations

from quizkit.chat.conversation import HELP, Conversation, reminder_reply
from quizkit.chat.reply import Block, Button, CodeBlock, Paragraph, Reply
from quizkit.errors import NotOnScreenError

__all__ = [
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
