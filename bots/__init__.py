"""Reference chat bots: quizkit's conversation engine behind real chat networks.

- ``python -m bots.telegram --db study.db`` (aiogram; ``TELEGRAM_BOT_TOKEN`` set)
- ``python -m bots.xmpp --db study.db --jid quiz@example.org`` (slixmpp; ``XMPP_PASSWORD`` set)

Each is a page of code: receive a message, ``await conv.handle(user, text)``,
render and send the replies. Install their extras first: ``pip install
'quizkit[telegram]'`` or ``'quizkit[xmpp]'``.
"""
