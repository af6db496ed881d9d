"""The author's own questions: ``<details><summary>``, question headings, bold
question lines and exercises with their solutions; the front is the author's
question, the back the answer the document gives (:data:`ANSWER_CHARS` long at most).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TypeGuard

from quizkit.build.markdown import (
    ANSWER_CHARS as ANSWER_CHARS,  # the rules' answers grow as the parser's do
)
from quizkit.build.markdown import (
    ANSWER_LABEL,
    ANSWER_LETTER,
    ANSWER_NAMES,
    ANSWER_PART,
    BARE_ASK,
    EXERCISE_NUMBER_ONLY,
    EXERCISE_WORDS,
    EXPLANATION_LABEL,
    QUESTION_LABEL_LINE,
    SCENE,
    Block,
    Callout,
    Code,
    Definition,
    ListBlock,
    MarkedChoice,
    Paragraph,
    Question,
    Quote,
    Table,
    answer_label,
    ending_on_question_mark,
    in_letter_order,
    label_words,
    marked_choice,
    question_text,
    turns,
    without_estimate,
)
from quizkit.build.subject import generic_title
from quizkit.build.text import (
    FIRST_PERSON_QUOTE,
    OWN_VOICE,
    SENTENCE_GAP,
    clean,
    clean_heading,
    slugify,
    subject_of,
    symbol_value,
)
from quizkit.notes import FactNote, Note, NoteType

from .common import (
    _ACTION_VERBS,
    _ASKING_START,
    _GENERIC_TITLES,
    _HERE_DOC,
    _ITEM_LINE_START,
    _KIND_ONLY_LABEL,
    _PROGRAMS,
    _SENTENCE_END,
    _SHELL_INFOS,
    Context,
    Made,
    Skip,
    Skipped,
    _how_to_gerund,
    _lower_word,
    _names,
    _shell_block,
    _without_bare_urls,
    is_navigation_heading,
    question_of_label,
)
from .scenarios import _document, _request_notes
from .shell import _COMMAND_START, _POINTED_NOTE

_EXERCISE_CHARS = 1500  # a solution keeps all its commands up to this size
# An answer the author has not written yet is no answer.
_PLACEHOLDER = re.compile(
    r"^\s*(?:to be (?:completed|done|added|written)|todo|tbd|tba|coming soon|wip|n/a|"
    r"work in progress|(?:your |add (?:an? |your )?)?answer (?:goes )?here)\W*$",
    re.IGNORECASE,
)
_SHORT_ANSWER = 80  # characters: an answer this short may take the next block too
# A paragraph labelled as the answer's example ("👉 **Example:** …", "**Example:**" over
# code): the label may follow a pointing emoji or arrow.
_EXAMPLE_PART = re.compile(r"^[^\w`]{0,4}(?:for )?examples?\s*[:\-–—]", re.IGNORECASE)
# The label opening a quoted answer ("> **Answer:**", "> A:"), its bold dropped by clean().
_QUOTED_ANSWER_LABEL = re.compile(
    rf"^(?:{label_words(ANSWER_NAMES)}[ \t]*[:.\-–—]+|{ANSWER_LETTER}[ \t]*:+)[ \t]*\n?",
    re.IGNORECASE,
)
_DIFFICULTY = re.compile(r"\s*\*+$")


_QUOTED_ITEM = re.compile(r"^(?:• |\d+\. )")


def _quoted_lines(text: str) -> str:
    """A quote's text as one paragraph, except its list items (``• `` / ``2. ``, as the
    walker marks them), one a line as any list answer is."""
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if lines and not _QUOTED_ITEM.match(line) and not _QUOTED_ITEM.match(lines[-1]):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return "\n".join(lines)


def _block_text(block: object, *, commands: bool = False) -> str:
    """A block as answer text: lists as bullets, code as is, tables as rows.
    ``commands`` (a solution's) keeps only the commands of a shell block."""
    if isinstance(block, Quote):
        # "> **Answer:** Go is …": a quoted answer under its question; the label that
        # opens it names no knowledge.
        said = clean(block.text)
        labelled = _QUOTED_ANSWER_LABEL.match(said)
        if labelled and said[labelled.end() :].strip():
            said = said[labelled.end() :].lstrip()
        return _quoted_lines(said)
    if isinstance(block, Paragraph) and block.hard_lines:
        # Lines the author broke by hand ("group(0) is …\" / "group(1) is …"): each
        # one a line of the back, as written.
        return "\n".join(filter(None, (clean(line) for line in block.text.split("\n"))))
    if isinstance(block, Paragraph | Callout):
        return clean(block.text).replace("\n", " ")
    if isinstance(block, Definition):
        return clean(f"{block.term}: {block.text}")
    if isinstance(block, ListBlock):
        bullet = "{n}. " if block.ordered else "• "
        items = [clean(item).replace("\n", " ") for item in block.items]
        lines: list[str] = []
        for n, item in enumerate(items):
            if not item:
                continue
            lines.append(bullet.format(n=block.start + n) + item)
            code = block.codes[n] if n < len(block.codes) else ""
            if code:
                # The example fenced inside the item, under it as a block on a back
                # reads: its lines as written.
                lines.extend(line.rstrip() for line in code.splitlines())
        return "\n".join(lines)
    if isinstance(block, Code):
        if commands and block.info.split(" ")[0] in _SHELL_INFOS:
            return _commands_only(block.text)
        # Code is content to the last character: an emoji in it (``'❤️' === '❤️'``) stays.
        return "\n".join(line.rstrip() for line in block.text.strip("\n").splitlines())
    if isinstance(block, Table):
        rows = [" | ".join(_back_cell(c) for c in row) for row in (block.header, *block.rows)]
        return "\n".join(r for r in rows if r.strip(" |"))
    return ""


def _back_cell(cell: str) -> str:
    """A table cell as a back shows it. A cell that is only a mark ("❌", "✅") says
    Yes/No: the prose clean-up drops the symbol as decoration and would leave it empty.
    Words after a mark ("✅ loud") are the cell, as in prose; "p*" stays a pattern."""
    return clean(cell) or symbol_value(cell, {})


# What a command printed, by its shape: a table header ("NAME   READY   STATUS"), a
# table row (columns apart by three spaces or more), a status line ("pod/web created",
# 'deployment "web" successfully rolled out').
# A command whose output goes elsewhere (a file, another command, an editor) or that
# goes on: the line under it is no output of it.
_SILENT = re.compile(r">|\|\s*$|\\$|&&\s*$|<<|\b(?:vi|vim|nano|emacs|edit)\b|\s-f\s+-")
_TABLE_HEADER = re.compile(r"^[A-Z][A-Z_-]+(?: [A-Z][A-Z_-]+)*\s{2,}[A-Z]")
_TABLE_ROW = re.compile(r"^\S+(?:\s{3,}\S+)+")
_STATUS_LINE = re.compile(
    r"^[\w.-]+(?:/[\w.-]+)?(?:\s+\"[^\"]+\")?\s+(?:successfully\s+)?(?:created|configured|"
    r"deleted|unchanged|labeled|unlabeled|tainted|untainted|patched|scaled|exposed|"
    r"cordoned|uncordoned|drained|annotated|edited|restarted|paused|resumed|replaced|"
    r"autoscaled|evicted|rolled (?:out|back))\.?$"
)


def _command_words(lines: list[str]) -> set[str]:
    """The programs a shell block runs: the first word of each line that opens the
    block or follows a blank line or a comment (output follows its command directly)."""
    words: set[str] = set()
    opens = True
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            opens = True
            continue
        first = text.split(" ", 1)[0]
        if opens and _COMMAND_START.match(first) and not first.endswith(":"):
            words.add(first)
        opens = False
    return words


# "Output:", "Sample output:": the label of what a solution's commands printed.
_OUTPUT_LABEL = re.compile(r"^(?:(?:sample|example|expected)\s+)?output\s*:?$", re.IGNORECASE)
# A command that only clears or resets the terminal: no step of any solution.
_HOUSEKEEPING = frozenset({"clear", "cls", "reset", "clear-host"})


# The shell's continuation prompt (PS2) opening a line of a prompted command.
_PS2 = re.compile(r"^>(?: |$)")


def _commands_only(text: str) -> str:
    """A shell block of a solution without what its commands printed (pasted
    ``kubectl get`` tables, "deployment … rolled out"): output is told by its shape,
    a table or a status line, and runs to the next blank line or command; anything
    else (commands, comments, a file's lines being written or edited) stays. With ``$``
    prompts, the prompted lines and comments are the commands."""
    lines = [_POINTED_NOTE.sub("", line) for line in text.strip("\n").splitlines()]
    prompted = any(line.startswith("$ ") for line in lines)
    words = _command_words(lines)
    kept: list[str] = []
    heredoc = ""
    output = False  # inside what a command printed
    printing = False  # the line above is a command whose output is not redirected
    typing = False  # the line above is a prompted command (or a line of it)
    for line in lines:
        bare = line.strip()
        if heredoc:
            kept.append(line.rstrip())  # a here-document's lines are input, not output
            heredoc = "" if _PS2.sub("", bare, count=1).strip() == heredoc else heredoc
            continue
        if kept and kept[-1].endswith("\\") and bare:
            kept.append(line.rstrip())  # the line a trailing "\" continues
            continue
        if not bare:
            if kept and kept[-1]:
                kept.append("")
            output = printing = typing = False
            continue
        if typing and _PS2.match(line):
            # "> do", "> done": the shell's continuation prompt, the same command.
            kept.append(line.rstrip())
            continue
        if bare.startswith("#") or (prompted and line.startswith("$ ")):
            kept.append(line.rstrip())  # a comment or a prompted command
            output = printing = False
            typing = prompted and line.startswith("$ ")
            if typing and (found := _HERE_DOC.search(bare)):
                heredoc = found.group(1)
            continue
        typing = False
        if prompted:
            continue
        if bare.lower() in _HOUSEKEEPING:
            continue
        first = bare.split(" ", 1)[0]
        command = first in words or first in _PROGRAMS
        if output and not command:
            continue
        output = (
            not command
            and bool(
                _TABLE_HEADER.match(bare)
                or _TABLE_ROW.match(bare)
                or _STATUS_LINE.match(bare)
                # Right under a command that prints ("cat /etc/app.conf", "env | grep X"):
                # a line that runs no program ("planet=blue") is what it printed.
                or (printing and not line[:1].isspace() and bare != "...")
            )
        )
        if output:
            continue
        if bare != "...":  # an elision keeps what the command above prints
            printing = command and not _SILENT.search(bare)
        kept.append(line.rstrip())
        if found := _HERE_DOC.search(bare):
            heredoc = found.group(1)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


_BARE_URL = re.compile(r"^<?https?://\S+>?$")


def _named_links(block: ListBlock, parts: list[str]) -> bool:
    """A list of named links that is the answer itself ("Which tools …?" → the tools
    it links to): it opens the answer, alone or after its lead-in. Bare URLs name
    nothing."""
    opens = not parts or (
        len(parts) == 1 and parts[0].endswith(":") and not _READ_MORE.search(parts[0])
    )
    return opens and not any(_BARE_URL.match(item.strip()) for item in block.items)


# "For more details see:", "Read more:": a lead-in to reading, not to the answer.
_READ_MORE = re.compile(
    r"\b(?:see|refer|read|visit|check out|more (?:details|information|info)|resources)\b",
    re.IGNORECASE,
)


# "Ansible for DevOps https://…": a title and its address, written out (no code span:
# "`curl https://…`" is a command).
_TITLED_URL = re.compile(r"^[^`]*?\s<?https?://\S+>?$")


def _answered_by_links(answer: tuple[object, ...]) -> bool:
    """An answer that is a list of places to go ("Where can I ask questions?" over
    Slack, Stack Overflow, Reddit links; "How do I stay updated?" over blogs and a
    "Follow @x on Twitter"), under at most a lead-in ending in ":" or an "A:" label:
    three items or more, three in four of them only a link. Where to read, not what."""
    lists = [b for b in answer if isinstance(b, ListBlock)]
    rest = [b for b in answer if not isinstance(b, ListBlock) and _block_text(b).strip()]
    if len(lists) != 1 or len(lists[0].items) < _LINK_LIST_ITEMS:
        return False
    if not all(
        _block_text(b).rstrip().endswith(":") or (isinstance(b, Paragraph) and b.pointer)
        for b in rest
    ):
        return False
    block = lists[0]
    linked = sum(
        1
        for n, item in enumerate(block.items)
        if (n < len(block.links) and block.links[n]) or _BARE_URL.match(item.strip())
    )
    return linked * 4 >= len(block.items) * 3


_LINK_LIST_ITEMS = 3
# A question asking where to go rather than what is so: where to ask, learn, read or get
# help, how to stay updated. ("Which tools monitor containers?" over linked names asks
# the names: those are its answer.)
_ASKS_WHERE_TO_GO = re.compile(
    r"\bwhere (?:can|do|should|could) (?:i|you|we|one)\b|\blearn more\b|"
    r"\bstay (?:up[- ]to[- ]date|updated|informed|current)\b|\bget (?:help|support)\b|"
    r"\bask (?:questions|for help)\b|\b(?:find|read) (?:out )?more\b",
    re.IGNORECASE,
)


def _links_only(block: ListBlock) -> bool:
    """Every item is a link (or a bare URL, or a title followed by its URL)."""
    return all(
        (n < len(block.links) and block.links[n])
        or bool(_BARE_URL.match(item.strip()) or _TITLED_URL.match(item.strip()))
        for n, item in enumerate(block.items)
    )


# A sentence that only sends the reader elsewhere ("See the comparison page.", "For more
# information on X, see https://…", a bare URL) teaches nothing on a card.
_POINTER = re.compile(
    r"^(?:(?:for (?:more|further|additional) (?:information|details|info)\b[^,]*,\s*|"
    r"for (?:specifics|details|more),\s*|"
    # "If you are looking for X, visit …": the condition only says who needs the link.
    r"if you(?:'re| are)? (?:looking for|want|need|would like|new to)\b[^,]*,\s*)?"
    r"(?:(?:first|also|please|then),?\s+)?(?:see|refer to|visit|check out|consult)\b.*|"
    # "To get started, you can follow the steps in the quickstart guide.", "Follow the
    # instructions here.": the steps are on another page.
    r"(?:[^,]{0,40},\s*)?(?:you\s+(?:can|should|may)\s+|please\s+|simply\s+|just\s+)?"
    r"(?:follow|read|use)\s+(?:the\s+)?(?:steps|instructions|guide|directions|documentation|"
    r"docs)\b(?:\s+(?:in|at|on|from|here|there)\b(?!\s+(?:this|the\s+(?:next|following)))[^:]*)?|"
    # "… is described in more detail here."
    r".*\b(?:described|explained|documented|covered|detailed)\b.*\bhere\W*|"
    r"<?https?://\S+>?)$",
    re.IGNORECASE,
)


# A closing pointer short enough to say nothing else: "See details.", "See the
# installation section for details.", "Refer to the docs for more information."
_CLOSING_POINTER = re.compile(
    r"^(?:please\s+)?(?:see|refer to|read|check)\b(?:\W*\w+){0,3}\W*$|"
    r"^(?:please\s+)?(?:see|refer to|read|check)\b.*\bfor (?:more |further )?"
    r"(?:details|information|info|examples)\W*$",
    re.IGNORECASE,
)


def _without_closing_pointer(text: str) -> str:
    """A paragraph without the sentences that end it by sending the reader elsewhere
    (its link is gone from the card): "Yes. See details." → "Yes."."""
    sentences = _SENTENCE_END.split(text)
    if len(sentences) < 2 or not _CLOSING_POINTER.match(sentences[-1].strip()):
        return text  # (rejoined, the lines of a paragraph its author broke would run on)
    while len(sentences) > 1 and _CLOSING_POINTER.match(sentences[-1].strip()):
        sentences.pop()
    return " ".join(sentences)


def _why_no_answer(answer: tuple[object, ...]) -> Made:
    """What an answer that left no back is: the author's placeholder ("To be
    completed.") or only links (under a lead-in, "Useful resources:"), each with links
    after it or not, is left out on purpose; anything else the rules could not read."""
    said = [b for b in answer if _block_text(b)]
    unwritten = bool(said) and _PLACEHOLDER.match(_block_text(said[0])) is not None
    rest = said[1:] if unwritten else said
    if rest and not all(
        (isinstance(b, ListBlock) and _links_only(b))
        or (isinstance(b, Paragraph) and b.pointer)
        or _block_text(b).rstrip().endswith(":")
        for b in rest
    ):
        return ()
    if unwritten:
        return Skipped(Skip.UNWRITTEN)
    # A list of links, or a paragraph of nothing but a link ("What's more?" and a link
    # to the full list of questions): where to read, left out on purpose.
    linked = any(isinstance(b, ListBlock) or (isinstance(b, Paragraph) and b.pointer) for b in rest)
    return Skipped(Skip.POINTER) if linked else ()


def _more_than_lead_ins(text: str) -> bool:
    """``text`` has a line that is more than a lead-in ("Explanation:", "Read more:")."""
    return any(line.strip() and not line.rstrip().endswith(":") for line in text.split("\n"))


def _only_pointers(text: str) -> bool:
    """Every sentence of the answer points elsewhere: the answer is not on the page."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text.replace("\n", " ")) if s.strip()]
    return bool(sentences) and all(_POINTER.match(s) for s in sentences)


# A question in several parts: "What POP and IMAP are, and how to choose …", "in-tree
# vs. out-of-tree", "Difference(s) between …"; each part is answered by its own block.
_SEVERAL_PARTS = re.compile(
    r",\s*and\b|\band (?:how|what|why|when|which|where|who)\b|\bvs\.?(?=\s)|\bversus\b|"
    r"\bdifferen(?:ces?|t)\b",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(r"\b(?:what|how|why|when|which|where|who)\b", re.IGNORECASE)
_FEW_BLOCKS = 4  # an answer of at most this many blocks, two of them lead-ins …
_SHORT_BLOCK = 240  # … each at most this many characters is kept whole (up to the limit)


# Two tasks set at once: "Identify and resolve a retain cycle", "Explain and compare …",
# "Detect & fix a leak": the first paragraph answers the first verb, a later one the second.
# (A task verb right before "and" has no object of its own: the word after is a verb too.)
_TASK_VERBS = (
    r"(?:identify|resolve|explain|describe|define|compare|contrast|detect|find|fix|"
    r"prevent|avoid|diagnose|debug|troubleshoot|handle|implement|design|measure|optimi[sz]e|"
    r"analy[sz]e|evaluate|discuss|name|list|spot|solve|test|verify|reproduce|repair|"
    r"interpret|justify|choose|recognize|recognise|correct|remove|break)"
)
_TWO_TASKS = re.compile(rf"^(?:[^:?]*:\s+)?{_TASK_VERBS}\s+(?:and|&)\s+[a-z]+\s", re.IGNORECASE)


# "What is X and when would you use it?", "Explain X and how to tune it": a second
# question joined to the first, answered by the paragraph after the first answer.
_AND_ASKS = re.compile(r"\band (?:how|what|why|when|which|where)\b", re.IGNORECASE)


def _second_task(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question setting two tasks ("Identify and resolve a retain cycle", "What is X and
    when would you use it?") answered by one paragraph per task: the opening paragraph
    answers the first, the next paragraph (with the code or list it announces) the
    second; an example between them ("For example, …:" and its code) illustrates the
    first and is passed over for the paragraph after it. Both answers go on the back
    while they fit on a card, else there is no card (half the answer is not the
    answer). Else the answer as it was."""
    if not (_TWO_TASKS.match(question) or _AND_ASKS.search(question)):
        return answer
    if len(answer) != 1 or not isinstance(answer[0], Paragraph):
        return answer
    if (
        len(more) > 2
        and isinstance(more[0], Paragraph)
        and _SETS_UP_EXAMPLE.search(_block_text(more[0]))
        and isinstance(more[1], Code)
    ):
        more = more[2:]  # the first answer's example, then the second answer
    if not isinstance(more[0], Paragraph) or more[0].heading or more[0].pointer:
        return answer
    second: tuple[object, ...] = more[:1]
    if (
        _promises_more(more[0], _block_text(more[0]))
        and len(more) > 1
        and isinstance(more[1], Code | ListBlock)
    ):
        second = more[:2]  # the second answer's lead-in and what it introduces
    if sum(len(_block_text(b)) for b in (*answer, *second)) > ANSWER_CHARS:
        return ()
    return (*answer, *second)


def _several_parts(question: str) -> bool:
    """The question asks two things, so its answer's first block answers only one."""
    return (
        bool(_SEVERAL_PARTS.search(question))
        or len(_QUESTION_WORD.findall(question)) >= 2
        or bool(_TWO_TASKS.match(question))
    )


def _few_and_short(blocks: tuple[object, ...]) -> bool:
    """The answer is a handful of short steps, each a lead-in and what it introduces
    ("To change the directories:", the command, "To change the files:", the command):
    together they are the answer."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock) and _links_only(block):
            if texts and texts[-1].endswith(":"):
                texts.pop()  # "Useful resources:" and its links are not the answer
            continue
        if text := _block_text(block):
            texts.append(text)
    # Two lead-ins at least: the answer is a series of "To do X:" steps, not a first
    # paragraph followed by detail a flashcard does not need.
    lead_ins = sum(1 for t in texts if t.endswith(":"))
    # Text and its command, pair after pair ("Update with:" / ``brew update``, "Upgrade
    # with:" / ``brew upgrade``): every pair is a step of the answer, however many. A
    # collection quoting its answers ("> To stop it:" over its fence) pairs them alike.
    pairs = (
        len(blocks) % 2 == 0
        and all(
            isinstance(b, Paragraph | Quote) and _block_text(b).endswith(":") for b in blocks[::2]
        )
        and all(isinstance(b, Code) for b in blocks[1::2])
    )
    return (
        lead_ins >= 2
        and (len(texts) <= _FEW_BLOCKS or pairs)
        and all(len(t) <= _SHORT_BLOCK for t in texts)
    )


def _is_title(block: object, text: str) -> bool:
    """A short paragraph opening with a bold label ("My favorite tools", "Solution 2"),
    not a sentence: it titles the block after it."""
    if isinstance(block, Paragraph) and block.heading:
        return True  # "#### Good to hear" inside a hidden answer
    return (
        isinstance(block, Paragraph)
        and bool(block.label)
        and not block.label.startswith("`")  # code (`Set-Cookie: …`) is an answer
        and len(text.split()) <= 8
        and not text.endswith((".", "?", "!"))
    )


def _part_title(block: object) -> bool:
    """A paragraph that is only a bold line ("**When should I use `nobody`?**",
    "**`nobody` or `www-data` for httpd**"): the title of one part of a long answer."""
    if not isinstance(block, Paragraph) or not block.label:
        return False
    text = block.text.strip().strip("*_").strip()
    return text == block.label.strip() and len(text.split()) <= 12


_CONTENT_WORD = re.compile(r"[a-z][a-z0-9-]{3,}")
_SHORT_CONTENT_WORD = re.compile(r"[a-z][a-z0-9-]{2,}")


def _content_words(text: str, *, short: bool = False) -> set[str]:
    """The lower-cased words of ``text`` that name something: four letters or more
    (three with ``short``: "key" names a thing), no question word ("what", "which")."""
    word = _SHORT_CONTENT_WORD if short else _CONTENT_WORD
    return set(word.findall(text.lower())) - _QUESTION_FILLER


# Words too common to say what a question and a tip are about ("before", "after").
_SHORT_FILLER = frozenset(
    re.findall(
        r"\w+",
        "the and you for are not but can how why use its has was all any who may our out "
        "did get got one two way yes before after always never first",
    )
)


def _stems(text: str) -> set[str]:
    """The content words of ``text`` (three letters or more: "key" names a thing) without
    a plural "s" ("polyfills", "polyfill")."""
    words = _content_words(text, short=True) - _SHORT_FILLER
    return {word.removesuffix("s") for word in words}


_QUESTION_FILLER = frozenset(
    {
        "what",
        "when",
        "where",
        "which",
        "should",
        "could",
        "would",
        "does",
        "with",
        "from",
        "that",
        "this",
        "your",
        "about",
        "tell",
        "give",
        "between",
        "difference",
        "differences",
    }
)


def _titled_parts(question: str, blocks: tuple[object, ...], limit: int) -> tuple[object, ...]:
    """An answer too long for a card, organised by bold titles that each name a part of
    the question ("**When should I use `nobody`?**", "**`nobody` or `www-data` for
    httpd**" under "… example when to use `nobody`? Tell me the differences running
    httpd as `nobody` and `www-data`."): its first block, then each such title with the
    first block under it. The first blocks in order would answer only the first part."""
    if sum(len(_block_text(b)) for b in blocks) <= limit:
        return blocks
    asked = _content_words(question)
    titled = [
        n
        for n, b in enumerate(blocks)
        if _part_title(b) and len(_content_words(_block_text(b)) & asked) >= 2
    ]
    if len(titled) < 2 or titled[0] == 0:
        return blocks
    kept: list[object] = [blocks[0]]
    for n in titled:
        if n + 1 < len(blocks) and not _part_title(blocks[n + 1]):
            kept.extend((blocks[n], blocks[n + 1]))
    # Parts that do not fit on a card either way: the blocks stay as they were.
    return tuple(kept) if sum(len(_block_text(b)) for b in kept) <= limit else blocks


# A paragraph opening one counted part of a long answer: "1. Let: let is …" (or a bold
# "**Let:** …"): the part's name, a colon, what it says.
_COUNTED_PART = re.compile(r"^\s*(\d{1,2})[.)]\s+[^:\n]{1,40}:\s+\S")


def _counted_parts(blocks: tuple[object, ...], limit: int) -> tuple[object, ...]:
    """An answer too long for a card whose parts are paragraphs counted "1. Let: …",
    "2. with: …" (or labelled "**Let:** …"), each followed by its syntax and examples:
    its first block and the paragraph opening each part, in order. Cutting at the
    limit would keep the first part alone; the parts' own paragraphs say what each is."""
    if sum(len(_block_text(b)) for b in blocks) <= limit:
        return blocks
    numbers: list[int] = []
    opened: list[int] = []
    for n, block in enumerate(blocks):
        if n == 0 or not isinstance(block, Paragraph):
            continue
        counted = _COUNTED_PART.match(block.text)
        labelled = block.label.strip("*_ ").endswith(":") and not block.label.startswith("`")
        if counted or labelled:
            opened.append(n)
            numbers.append(int(counted.group(1)) if counted else 0)
    # Counted from 1 on (a number may repeat, never go back), or all labelled.
    in_order = all(b >= a for a, b in itertools.pairwise(numbers))
    mixed = 0 in numbers and any(numbers)
    if len(opened) < 2 or not in_order or numbers[0] not in (0, 1) or mixed:
        return blocks
    chosen = (blocks[0], *(blocks[n] for n in opened))
    kept = tuple(
        _named_part(b)
        for n, b in enumerate(chosen)
        # "**Challenges:**" whose list is left out, right before "**Strategies:**":
        # a title over no part kept says nothing.
        if not (_bare_title(b) and not _COUNTED_TITLE.match(b.text))
        or (n + 1 < len(chosen) and _COUNTED_TITLE.match(getattr(chosen[n + 1], "text", "")))
    )
    return kept if sum(len(_block_text(b)) for b in kept) <= _EXERCISE_CHARS else blocks


# A counted part's bare title: "1. Circuit Breaker Pattern:".
_COUNTED_TITLE = re.compile(r"^\s*\d{1,2}[.)]\s+[^:\n]{1,60}:\s*$")


def _bare_title(block: object) -> TypeGuard[Paragraph]:
    """A paragraph that is only a bold title ending on a colon ("**Benefits:**")."""
    return isinstance(block, Paragraph) and _part_title(block) and block.text.rstrip().endswith(":")


def _named_part(block: object) -> object:
    """A counted part's bare bold title ("**1. Circuit Breaker Pattern:**", its list left
    out) as the part's name: kept without the colon, which would promise the list. An
    uncounted title ("**Benefits:**") names a kind of detail, not a part of the answer:
    it stays a title, left out when what it titles is."""
    if isinstance(block, Paragraph) and _part_title(block) and _COUNTED_TITLE.match(block.text):
        named = block.text.rstrip().rstrip(":").rstrip()
        return replace(block, text=named, label="")  # a name now, no title over a block
    return block


# A first paragraph that only announces the list after it ("The below 3 rules needs to
# be followed …", "Below are the main differences,"): the list is the answer.
_ANNOUNCES = re.compile(r"\b(?:below|following|as follows)\b", re.IGNORECASE)
# A paragraph's last sentence that promises what comes after it: a lead-in ending in ":"
# (or ":-"), one that stops on a comma ("Let's categorize the polyfills,"), a rhetorical
# question ("… we recommend upgrading. Why's that?") or a count of the kinds listed next
# ("There are four forms of data binding which differ in …").
_LEAD_IN_END = re.compile(r"(?::-?|,|\?)\s*$")
_COUNTS_WHAT_FOLLOWS = re.compile(
    r"^there (?:are|exist) (?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\b[^.]*\.?$",
    re.IGNORECASE,
)


# A sentence broken off on a word that cannot end one ("You can install it globally
# as", "… would be as below"), no stop after it: the code or list it runs into is its
# end, so it is a lead-in as much as one ending in ":".
_HANGING_WORD = re.compile(
    r"\b(?:as|like|with|using|via|by|to|of|into|the|an?|as follows|below|"
    r"following|like this|like so)\s*$",
    re.IGNORECASE,
)


def _promises_more(block: object, text: str) -> bool:
    """Whether a paragraph of an answer ends on a lead-in whose list, code or reasons
    must follow it on the card (see ``_LEAD_IN_END``)."""
    if not isinstance(block, Paragraph):
        return False
    last = _SENTENCE_END.split(text.strip())[-1]
    return bool(
        _LEAD_IN_END.search(last) or _COUNTS_WHAT_FOLLOWS.match(last) or _HANGING_WORD.search(last)
    )


_ITEM_LEAD = re.compile(r"^(.{3,120}?)(?::\s|\s[—–-]\s|(?<=[^\s.]{2})\.\s)")


# A code span opening an item's rest; the whole of a lead when it fullmatches.
_LEADING_CODE = re.compile(r"^`[^`\n]+`")
_CODE_WHAT_WORDS = 80  # characters of a command's description kept beside it


def _with_its_code(lead: str, rest: str) -> str:
    """An item's lead with the inline code that pairs with it: "Build a package:
    `cargo build`" keeps its command (the command is what the item teaches, the label
    only says what it does); "`cargo new`: create a package" keeps what the command
    does, up to its first sentence end, when that is short."""
    code = _LEADING_CODE.match(rest)
    lead_is_code = bool(_LEADING_CODE.fullmatch(lead))  # leads come stripped
    if code and not lead_is_code:
        return f"{lead}: {code.group(0)}"
    if lead_is_code and rest[:1].isalpha():
        said = _SENTENCE_END.split(rest)[0].rstrip(".")
        if len(said) <= _CODE_WHAT_WORDS:
            return f"{lead}: {said}"
    return lead


def _item_leads(block: ListBlock) -> str:
    """A long list as the names of its items: each item's bold or code term, else its
    words up to the first ": ", " — " or sentence end; "" when an item has no such lead
    (a list of sentences: shortening it would drop what each says)."""
    leads: list[str] = []
    paired: list[str] = []  # each lead with the inline code it pairs with
    for n, item in enumerate(block.items):
        term = block.terms[n] if n < len(block.terms) else ""
        text = clean(item).replace("\n", " ")
        if term:
            lead = clean(term).rstrip(":").strip()
            rest = text[len(clean(term)) :].lstrip(" :") if text.startswith(clean(term)) else ""
        else:
            found = _ITEM_LEAD.match(text)
            if not found:
                return ""
            lead = found.group(1).strip()
            rest = text[found.end() :] if not found.group(0).endswith(". ") else ""
        bullet = f"{block.start + n}. " if block.ordered else "• "
        leads.append(bullet + lead)
        paired.append(bullet + _with_its_code(lead, rest.strip()))
    if all(p != lead for p, lead in zip(paired, leads, strict=True)):
        # Every item pairs a label with its command: the commands are the answer. (Only
        # some items pairing is a list of another kind: one command here, a remark
        # there; the labels alone read alike.)
        leads = paired
    if (
        len({re.sub(r"\d+", "#", lead.partition(" ")[2]).casefold() for lead in leads})
        == 1
        < len(leads)
    ):
        # "Angular 1", "Angular 2", …: the names only count the items; what each says
        # is the answer.
        return ""
    if len({lead.partition(" ")[2].casefold() for lead in leads}) < len(leads):
        # Two items of one name ("**Product {{ site.x }}**: …" once the template's value
        # is gone): the names do not tell the items apart, only the descriptions do.
        return ""
    return "\n".join(leads)


_DEFINITION_WORDS = 4  # words of prose after an item's label that say what it is
_LABEL_LEAD_WORDS = 6  # a label names: "Manifest mode", "Per-dll vs Per-application"


def _item_definitions(block: ListBlock) -> str | None:
    """A labelled list whose items define their labels ("1. **Manifest mode** lets you
    declare …"): each label with the first sentence of its definition, one a line;
    ``None`` when no item says more than its label (and its code) — the labels alone
    are then the whole of what the list says. "" when an item has no label to lead
    with (the caller keeps the list as it is)."""
    lines: list[str] = []
    defined = False
    for n, item in enumerate(block.items):
        term = clean(block.terms[n]) if n < len(block.terms) else ""
        text = clean(item).replace("\n", " ")
        if term and text.startswith(term):
            lead, rest = term.rstrip(":").strip(), text[len(term) :]
        else:
            found = _ITEM_LEAD.match(text)
            if not found:
                return ""
            lead, rest = found.group(1).strip(), text[found.end() :]
            if found.group(0).endswith(". "):
                rest = ""  # the lead is the item's first sentence: it says what it is
        if len(lead.split()) > _LABEL_LEAD_WORDS:
            return None  # a step or a statement ("Mark the text for translation"), no label
        # "**Manifest mode** lets you …": the definition goes on from the label.
        runs_on = rest[:1] == " " and rest[1:2].islower()
        # "**Arch Linux**, which offers …": the clause goes on after its comma.
        joint = ", " if rest[:1] == "," else " " if runs_on else ": "
        rest = rest.lstrip(",.:—–- ").strip()
        first = _SENTENCE_END.split(rest, maxsplit=1)[0].strip().rstrip(".") if rest else ""
        if len(re.sub(r"`[^`]*`", "", first).split()) >= _DEFINITION_WORDS:
            defined = True
        bullet = f"{block.start + n}. " if block.ordered else "• "
        lines.append(f"{bullet}{lead}{joint}{first}" if first else bullet + lead)
    return "\n".join(lines) if defined else None


# "Method 1", "Approach 2", "Option #3": the title of one of several numbered ways.
_WAY_TITLE = re.compile(r"^([A-Za-z]+)\s*#?(\d+)\s*[.:)]?$")


_WAYS = re.compile(r"\b(?:ways|methods|approaches|options)\b", re.IGNORECASE)


def _numbered_ways(blocks: tuple[object, ...]) -> tuple[object, ...]:
    """An answer that opens on prose announcing ways to do it ("There are a couple of
    ways …") and then gives numbered ways ("Method 1", its
    code, the explanation and a worked example; "Method 2", ...): the ways are the
    answer, each title with its first code block ("Method 1:", `arrayList = [];`).
    () when the answer has not at least two such ways of the same kind."""
    if not blocks or not isinstance(blocks[0], Paragraph) or not _WAYS.search(blocks[0].text):
        return ()
    ways: list[object] = []
    kinds: set[str] = set()
    for n, block in enumerate(blocks[:-1]):
        if not isinstance(block, Paragraph):
            continue
        title = _WAY_TITLE.match(_block_text(block))
        following = blocks[n + 1]
        if title and isinstance(following, Code):
            kinds.add(title.group(1).lower())
            ways.extend(
                (Paragraph(text=f"{_block_text(block).rstrip('.:)')}:", line=block.line), following)
            )
    return tuple(ways) if len(ways) >= 4 and len(kinds) == 1 else ()


_PART_OPENING = re.compile(r"^\s*(\d{1,2})\)\s")
_PART_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})\)\s")


def _next_part(before: str, text: str) -> bool:
    """Whether ``text`` opens with the number after the last numbered part of ``before``
    ("… two types - 1) Referential …" then "2) Structural …")."""
    opening = _PART_OPENING.match(text)
    numbers = [int(n) for n in _PART_NUMBER.findall(before)]
    return opening is not None and bool(numbers) and int(opening.group(1)) == numbers[-1] + 1


# "Note: …", "Nota: …", "NB: …": the author's aside before the answer, not the answer.
_ASIDE = re.compile(
    r"^(?:Note|Nota|Notez|NB|N\.B\.|Aside|Side note|Remarque|Hinweis|Anmerkung)\s*:",
    re.IGNORECASE,
)


# A name the question asks about: a capitalised word inside the question, not its first
# word nor one after a sentence stop ("CockroachDB", "Kafka").
_QUESTION_NAME = re.compile(r"(?<![.?!:]\s)(?<=\s)[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*[A-Z0-9]?\w*")


def _past_background(question: str, blocks: tuple[object, ...]) -> bool:
    """Whether the answer opens on background with its own list ("The CAP theorem
    states …, the following three guarantees:" and the guarantees) naming none of the
    names the question asks about, and the paragraph right after that list opens on
    one of them ("CockroachDB is a CP system …"): that paragraph is the answer."""
    if len(blocks) < 3 or not isinstance(blocks[1], ListBlock):
        return False
    opening, after = blocks[0], blocks[2]
    if not isinstance(opening, Paragraph) or not isinstance(after, Paragraph):
        return False
    lead = clean(opening.text)
    names = {n.casefold() for n in _QUESTION_NAME.findall(question)}
    if not names or not lead.endswith(":") or _ASIDE.match(lead):
        return False
    if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", lead.casefold()) for n in names):
        return False
    first = clean(after.text).split(None, 1)
    return bool(first) and first[0].casefold().rstrip(",.:;") in names


# A label naming the part that answers ("**Technical Answer:**", "**Short answer:**").
_NAMED_ANSWER = re.compile(r"^(?:[A-Za-z-]+\s+){0,2}answer\s*:?$", re.IGNORECASE)


def _past_a_labelled_opening(block: Question, section: tuple[object, ...]) -> Question:
    """A question whose answer opens on a labelled part of another kind ("**Your
    Experience:** "Having deployed my app …"") right before the part the author labels
    as the answer ("**Technical Answer:** …"): the answer starts at that part, its
    label gone, the rest of its section after it. Else the question as it was."""
    blocks: tuple[Block, ...] = (
        tuple(b for b in section if isinstance(b, Block))
        if section
        else (*block.answer, *block.more)
    )
    first = blocks[0] if blocks else None
    if not isinstance(first, Paragraph) or not first.label or _NAMED_ANSWER.match(first.label):
        return block
    for at, later in enumerate(blocks[1:3], start=1):
        if not isinstance(later, Paragraph) or not later.label:
            return block
        if _NAMED_ANSWER.match(later.label.strip()) and later.text.startswith(later.label):
            said = later.text[len(later.label) :].strip()
            if not said:
                return replace(block, answer=blocks[at + 1 : at + 2], more=blocks[at + 2 :])
            told = Paragraph(text=said, line=later.line)
            return replace(block, answer=(told,), more=blocks[at + 1 :])
    return block


def _past_an_aside(block: Question) -> Question:
    """A question whose answer opens on the author's aside ("Note: although the
    question says X, …") with a paragraph right after it: the answer starts at that
    paragraph, as many blocks as the author's answer had (and the code, list or table
    it introduces when it ends in ":"). A first paragraph that only sets out
    background is not judged here: telling it from the answer by its words alone
    changed good answers on the reviewed corpus (a "Short answer:" replaced, a
    definition skipped)."""
    answer = block.answer
    blocks = (*answer, *block.more)
    if len(blocks) < 2 or not isinstance(blocks[0], Paragraph):
        return block
    background = _past_background(block.text, blocks)
    if background:
        count = max(len(answer) - 2, 1)
        return replace(block, answer=blocks[2 : 2 + count], more=blocks[2 + count :])
    following = blocks[1]
    if not _ASIDE.match(clean(blocks[0].text)) or not isinstance(following, Paragraph):
        return block
    if _ASIDE.match(clean(following.text)):
        return block
    count = max(len(answer) - 1, 1)
    if clean(following.text).endswith(":"):
        count = max(count, 2)
    return replace(block, answer=blocks[1 : 1 + count], more=blocks[1 + count :])


# An opening that points at an example shown before the question ("In the above
# example, …", "With the previous configuration, …", "As shown above, …").
_ABOVE_EXAMPLE = re.compile(
    r"^(?:(?:in|with|from|for|using|given|based\s+on)\s+the\s+(?:above|previous|preceding|"
    r"last)\s+(?:\w+\s+)?(?:examples?|configurations?|config|definitions?|snippets?|"
    r"code|setup|manifests?|commands?|files?)|(?:in|with|from)\s+the\s+(?:examples?|"
    r"configurations?|definitions?|snippets?|code|setup|manifests?)\s+(?:above|before)|"
    r"as\s+(?:shown|seen|described)\s+above)\b",
    re.IGNORECASE,
)


def _past_the_above(block: Question) -> Question | None:
    """A question heading whose answer opens on what an example before the question
    shows ("In the above example, we pull changes every 5 minutes, …"): that example is
    on no card of this question, so the answer starts at the block after it (as many
    blocks as the author's answer had, and what it introduces when it ends in ":").
    None when nothing follows: no back could carry what the opening points at."""
    blocks = (*block.answer, *block.more)
    if not blocks or not isinstance(blocks[0], Paragraph):
        return block
    if not _ABOVE_EXAMPLE.match(clean(blocks[0].text)):
        return block
    if len(blocks) < 2 or not isinstance(blocks[1], Paragraph | ListBlock | Table):
        return None
    if block.listed and block.listed[0] is blocks[1]:
        # "Depending on your configuration, X can mean:" and its list: the answer.
        return replace(block, answer=block.listed, more=blocks[2:])
    count = max(len(block.answer) - 1, 1)
    if isinstance(blocks[1], Paragraph) and clean(blocks[1].text).endswith(":"):
        count = max(count, 2)
    return replace(block, answer=blocks[1 : 1 + count], more=blocks[1 + count :])


# A sentence broken off for an example ("Instead of using X to deploy charts, e.g.:"):
# the words before the example, then the example's lead.
_EXAMPLE_ASIDE = re.compile(r"^(?P<said>[^.!?:]{12,}?),\s*(?:e\.g\.|for example|for instance):$")
# A word opening a sentence that goes on lower case inside another ("You can …").
_PLAIN_OPENER = re.compile(r"^(?:You|We|It|They|One|The|This|These|Then|Use|Try)\b")


def _past_an_example_aside(block: Question, limit: int, section: tuple[object, ...]) -> Question:
    """An answer whose sentence breaks off for an example and goes on after it
    ("Instead of using X to deploy charts, e.g.:", the discouraged YAML, then "You can
    take advantage of Y, by replacing it with a Z definition:" and Z): the example was
    an aside, the sentence the answer. Cut at the example, the card kept the aside and
    lost what to do; the back reads the sentence whole ("Instead of …, you can take
    advantage of Y …"), with the code it announces when that fits. Only right after
    the answer's first unit, where its sentence goes on with it."""
    answer = block.answer
    blocks = (*answer, *block.more)
    at = len(answer) - 1 if isinstance(answer[-1], Paragraph) else len(answer)
    for start in (at, at + 1) if at + 1 == len(answer) else (at,):
        if start < 0 or start + 2 >= len(blocks):
            continue
        said, example, after = blocks[start : start + 3]
        if not (
            isinstance(said, Paragraph)
            and isinstance(example, Code)
            and isinstance(after, Paragraph)
        ):
            continue
        aside = _EXAMPLE_ASIDE.match(clean(said.text).replace("\n", " "))
        if aside is None:
            continue
        rest = clean(after.text).replace("\n", " ")
        if _PLAIN_OPENER.match(rest):
            rest = rest[0].lower() + rest[1:]
        joined = f"{aside.group('said')}, {rest}"
        tail = blocks[start + 3 :]
        # (The code the sentence announces may lie past what the question held.)
        placed = [n for n, b in enumerate(section) if b is after]
        following = section[placed[0] + 1] if placed and placed[0] + 1 < len(section) else None
        shown = following if isinstance(following, Code) else None
        if tail and tail[0] is not shown:
            shown = None
        taken = sum(len(_block_text(b)) for b in blocks[:start])
        if joined.endswith(":") and (
            shown is None or taken + len(joined) + len(_block_text(shown)) > limit
        ):
            # Its code does not fit: the sentence stands as a statement of its own.
            joined = f"{joined[:-1].rstrip()}."
            shown = None
        before = blocks[:start]
        if before and isinstance(before[-1], Paragraph):
            # The paragraph the aside went on from and the sentence: one answer.
            said, joined = before[-1], f"{clean(before[-1].text).replace(chr(10), ' ')} {joined}"
            before = before[:-1]
        merged = replace(said, text=joined, label="", line_terms=())
        kept = (*before, merged, *((shown,) if shown is not None else ()))
        rest_blocks = tail[1:] if shown is not None and tail else tail
        return replace(block, answer=kept, more=rest_blocks)
    return block


# "If you are using …", "When you run …": the opening of one case of an answer.
_CASE_OPENING = re.compile(r"^(?:if|when)\s+\S+\s+\S+\s+\S+", re.IGNORECASE)


# "For Linux guests, …": an answer given for one kind of a thing, named by its noun.
_FOR_CASE = re.compile(r"^for\s+[^,.:;]{1,60}?\s(?P<noun>[a-z][\w-]*),\s", re.IGNORECASE)


def _other_for_case(answer: tuple[object, ...], more: tuple[object, ...]) -> tuple[object, ...]:
    """ "For Linux and FreeBSD guests, …" then (past a pointer, "See also the SSH
    page.") "For macOS guests, …": the cases of one answer, each for a kind of the
    same noun; the pointer between them stays out."""
    last = answer[-1] if answer else None
    one = _FOR_CASE.match(last.text.strip()) if isinstance(last, Paragraph) else None
    if one is None:
        return answer
    for block in more:
        if not isinstance(block, Paragraph):
            return answer
        two = _FOR_CASE.match(block.text.strip())
        if two is not None and two["noun"].lower() == one["noun"].lower():
            return (*answer, block)
        if not _only_pointers(block.text):
            return answer
    return answer


def _same_case_opening(first: str, second: str) -> bool:
    """Whether two paragraphs open on the same condition words ("If you are using a
    manifest, …" / "If you are using classic mode, …"): two cases of one answer."""
    one = _CASE_OPENING.match(first.strip())
    two = _CASE_OPENING.match(second.strip())
    return bool(one and two and one.group(0).lower() == two.group(0).lower())


def _answer_text(
    blocks: tuple[object, ...],
    limit: int,
    *,
    whole: bool = False,
    parts_asked: bool = False,
    reach: bool = False,
    question: str = "",
) -> str:
    """The back of an author's question, as a flashcard author would keep it: the first
    block, and the list, code or table a block ending in ":" introduces; more blocks
    only while the answer so far is a few words ("Yes."). ``whole`` (an exercise's
    solution) keeps every block up to ``limit`` characters: each command is the answer.
    ``parts_asked`` (a question in several parts) keeps the following blocks up to
    ``limit`` too: a later part is answered by a later block (or, in a long answer with
    bold part titles, the first block under each title). An answer of a few short
    blocks (a command for the directories, one for the files) is kept whole too, and
    so is one that ``reach``es past a restatement to the block answering a "why" or
    "how". A first paragraph keeps the list after it when both fit."""
    parts: list[str] = []
    titles: list[bool] = []  # per part: a bold title ("**Solution 2**") of what follows
    coded: list[str | None] = []  # per part: a code block's language, None for no code
    # per part: a paragraph ending on a lead-in (":", ",", "Why's that?"): it says
    # nothing without the block it announces, which goes on the card with it.
    leads: list[bool] = []
    size = 0
    keep_on = whole or parts_asked or reach or _few_and_short(blocks)
    if parts_asked and not whole:
        blocks = _titled_parts(question, blocks, limit)
    counted = blocks if whole else _counted_parts(blocks, limit)
    if counted is not blocks:
        # Each counted part answers: all of them stay, up to a solution's size.
        blocks, keep_on, limit = counted, True, max(limit, _EXERCISE_CHARS)
    # Only a question asked in words ("Which tools …?") may be answered by named links;
    # a solution or a "See the translations" fold is not.
    asks = not whole and question.endswith("?")
    printed = False  # the block before was an "Output:" label
    skip_example = -1  # the code or list of an "Example:" label that did not fit
    cut = False  # an answer meant to be kept whole was cut at the limit
    for number, block in enumerate(blocks):
        if number == skip_example:
            continue
        # A paragraph and the list detailing it answer together (up to the limit).
        detail = number == 1 and isinstance(blocks[0], Paragraph) and isinstance(block, ListBlock)
        # "Suppose you …" only set the scene: the paragraph after it is the answer too.
        detail = detail or (
            number == 1
            and isinstance(blocks[0], Paragraph)
            and bool(SCENE.match(blocks[0].text))
            and isinstance(block, Paragraph)
        )
        # "There are two types: 1) Referential …" then "2) Structural …": the parts
        # the answer counted go on in the paragraphs after it.
        detail = detail or (
            bool(parts) and isinstance(block, Paragraph) and _next_part(parts[-1], block.text)
        )
        # "Add the line:", the line, then "And run `…`": the next step.
        detail = detail or _goes_on(blocks, number)
        # "We think X matters." then "That said, …": the first only conceded.
        detail = detail or (
            number == 1
            and isinstance(blocks[0], Paragraph)
            and isinstance(block, Paragraph)
            and turns(block.text)
        )
        if (
            isinstance(block, ListBlock)
            and _links_only(block)
            and not (asks and _named_links(block, parts))
        ):
            if parts and (parts[-1].endswith(":") or titles[-1]) and (len(parts) > 1 or whole):
                # "For more details see:" or an "Additional Links" title, and its links:
                # reading, not answer.
                parts.pop()
                titles.pop()
                leads.pop()
            continue
        if isinstance(block, Paragraph) and block.pointer:
            continue  # "Docs bookmark: [Viewing pods](…)": where to read, not the answer
        if whole and isinstance(block, Paragraph) and _OUTPUT_LABEL.match(clean(block.text)):
            printed = True  # "Output:" and what the commands printed: no part of a solution
            continue
        if printed and isinstance(block, Code):
            printed = False
            continue
        printed = False
        text = _block_text(block, commands=whole)
        if isinstance(block, ListBlock) and block.codes and size + len(text) > limit:
            # The examples fenced in its items do not fit with it: the items alone.
            text = _block_text(replace(block, codes=()), commands=whole)
        if isinstance(block, Paragraph):
            text = _without_closing_pointer(text)
        if not text:
            continue
        if (
            not whole
            and isinstance(block, ListBlock)
            and size + len(text) > limit
            and (not parts or leads[-1] or _ANNOUNCES.search(parts[-1]))
        ):
            # A list too long for a card that a lead-in introduces ("There are many
            # ways to create objects:" and nine items with code): the back keeps what
            # each item names. A list only detailing a paragraph that answers is left
            # out when it does not fit, as before.
            names = _item_leads(block)
            defined = _item_definitions(block) if names else None
            if defined and size + len(defined) <= limit:
                # The items define their labels: each label keeps its definition's
                # first sentence. When those do not fit, the labels alone answer:
                # what the lead-in announced, by name ("• Check for Malware",
                # "• Update Software"), rather than no card for the author's question.
                names = defined
            text = names or text
        if isinstance(block, ListBlock) and text.endswith(":"):
            # "1. Create a Polymer element:" and its code, item by item: the items are
            # the steps; a colon left at the end would read as a lead-in cut off.
            text = "\n".join(line.rstrip(":").rstrip() for line in text.split("\n"))
        if (
            not whole
            and isinstance(block, Table)
            and size + len(text) > limit
            and len(text) <= limit
            and len(parts) == 1
            and leads[0]
            and _ANNOUNCES.search(parts[0])
        ):
            # "The following table shows the difference:" only announces the table:
            # the table alone answers when the two do not fit together.
            parts, titles, leads, coded, size = [], [], [], [], 0
        if not whole and isinstance(block, Table) and size + len(text) > limit:
            break  # a table this long is the table rules' to card, row by row
        # "> **Explanation:** …" after the answer: the author's labelled part of it.
        labelled = isinstance(block, Paragraph | Quote) and bool(ANSWER_PART.match(text))
        # "### Steps:" under the question, kept as a line over its list: the steps are
        # the answer's own part, however long the paragraph before them.
        labelled = labelled or (
            isinstance(block, Paragraph) and block.heading and bool(answer_label(text))
        )
        if parts and isinstance(block, Paragraph) and _EXAMPLE_PART.match(text):
            # "👉 **Example:** …" (or "**Example:**" over its code or list): the author's
            # example goes on the back when it fits (with what it labels), on every card
            # of the collection alike; when it does not fit, it is left out (with what
            # it labels) and the answer's later parts may still follow.
            shown = text
            if text.endswith(":") and number + 1 < len(blocks):
                shown = f"{text}\n{_block_text(blocks[number + 1], commands=whole)}"
                skip_example = number + 1
            if size + len(shown) > limit:
                continue
            skip_example = -1
            labelled = True
        if parts and not leads[-1]:
            if not keep_on and not detail and not labelled and size >= _SHORT_ANSWER:
                break
            if size + len(text) > limit:
                cut = keep_on  # more of a kept-whole answer did not fit
                first_items = (
                    _items_that_fit(block, limit - size, commands=whole)
                    if keep_on and isinstance(block, ListBlock)
                    else ""
                )
                if first_items:
                    # "CI stands for …" then the points saying what it is for: the
                    # first of them, as many as fit, rather than none (the question's
                    # second half may be the first point).
                    parts.append(first_items)
                    coded.append(None)
                    titles.append(False)
                    leads.append(False)
                break
            if (
                keep_on
                and not whole
                and not parts_asked
                and _lead_in_overflows(text, blocks[number + 1 :], limit - size)
            ):
                # "The mature tool:" over a list that does not fit: the answer stops
                # before the lead-in rather than run past a card's size. (A question
                # asking several things keeps its later part whole: half an answer is
                # worse than a long one.)
                cut = True
                break
        elif parts and not parts[-1].endswith(":") and size + len(text) > limit:
            # What "Why's that?" or "Let's categorize them," announces does not fit:
            # the lead-in goes below rather than promise what the card lacks.
            break
        parts.append(text)
        coded.append(block.info if isinstance(block, Code) else None)
        size += len(text)
        titles.append(_is_title(block, text))
        leads.append(parts[-1].endswith(":") or (not whole and _promises_more(block, text)))
    while len(parts) > 1 and (leads[-1] or titles[len(parts) - 1]):
        parts.pop()  # a lead-in or title whose list or code did not fit says nothing alone
        leads.pop()
        titles.pop()
        coded.pop()
    if cut and parts:
        parts.append("…")  # the answer goes on in the document
    elif parts and leads[-1]:
        # "… to CSI. For more details see:" whose links were left out, "Let's
        # categorize the polyfills," whose list did not fit: the sentence goes (and the
        # card with it when it was all the answer said).
        # A sentence broken off on a word ("… given in the appendix as") announced
        # nothing the opening restates: the opening stays, as before a colon.
        colon = parts[-1].endswith(":") or bool(_HANGING_WORD.search(parts[-1]))
        sentences = _SENTENCE_END.split(parts[-1])
        parts[-1] = " ".join(sentences[:-1])
        if not colon and len(parts) == 1 and len(parts[0]) < _SHORT_ANSWER:
            # "There are different versions of X. Let's see the features of each,":
            # without the list it announces, the opening only restates the question.
            return ""
    text = _joined_parts(parts, coded + [None] * (len(parts) - len(coded)))
    return "" if _PLACEHOLDER.match(text) else text


def _lead_in_overflows(text: str, after: tuple[object, ...], room: int) -> bool:
    """Whether ``text`` leads in (ends in ":") to a next block that does not fit with
    it in ``room`` characters and has no shorter form (a list read by what its items
    name, "1. Syntax", "2. Structure", goes on as before)."""
    if not text.endswith(":") or not after:
        return False
    shown = _block_text(after[0])
    if len(text) + len(shown) <= room:
        return False
    return not (isinstance(after[0], ListBlock) and _item_leads(after[0]))


def _items_that_fit(block: ListBlock, room: int, *, commands: bool = False) -> str:
    """The first items of ``block`` (at least one) as back lines, as many as fit in
    ``room`` characters; "" when not even the first fits."""
    told = ""
    for count in range(1, len(block.items) + 1):
        shown = replace(
            block,
            items=block.items[:count],
            codes=block.codes[:count],
            terms=block.terms[:count],
            links=block.links[:count],
        )
        text = _block_text(shown, commands=commands)
        if len(text) + 1 > room:
            break
        told = text
    return told


# A block that is what the code before it printed: it goes on with that code.
_PRINTED_INFOS = frozenset({"output", "out", "result"})


def _joined_parts(parts: list[str], coded: list[str | None]) -> str:
    """An answer's parts a line apart, and two code blocks that follow each other (two
    solutions, a service and the code calling it) a blank line apart: joined by a bare
    line break they would read as one block. An output block stays right under the
    code that printed it."""
    out = ""
    was_code = False
    for text, info in zip(parts, coded, strict=False):
        if not text:
            continue
        if out:
            apart = info is not None and was_code and info not in _PRINTED_INFOS
            out += "\n\n" if apart else "\n"
        out += text
        was_code = info is not None
    return out


# A question that leans on what stands above it: "Is this cloud native?", "Can I monitor
# machines?" (asked of the product the page is about, which the question never names).
_LEANING_PRONOUN = re.compile(
    r"^(?:is|does|can|will|should|was|has) (?:this|it)\b[^?]*\?$", re.IGNORECASE
)
_FIRST_PERSON = re.compile(r"^(?:can|could|should|do) i\b[^?]*\?$", re.IGNORECASE)


def _bare_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def _asked_by_sub_questions(ctx: Context, index: int) -> str:
    """The question heading right above a question heading's own one when that parent
    says nothing of its own (its sub-questions answer it): "How do I use Yarn?" over
    "Does it work with Yarn 2?"; else ""."""
    headings = ctx.items[index].headings
    if len(headings) < 2:
        return ""
    parent = clean_heading(headings[-2].text)
    if not parent.endswith("?"):
        return ""
    above = headings[:-1]
    for earlier in range(index - 1, -1, -1):
        held = ctx.items[earlier].headings
        if held[: len(above)] != above:
            break
        if held == above:
            return ""  # the parent question has an answer of its own
    return parent


def _asked_of_heading(label: str, heading: str) -> str:
    """The question a bare "Why?" or "How?" label asks of the heading it sits under: a
    practice ("Use Pod Security Policies", "Private topology") is asked why it is one,
    "Why use Pod Security Policies?"; an instruction how it is done, "How do you disable
    profiling?"; anything else names the heading and asks ("Bastion host: how?").
    "" when there is no heading to ask about."""
    heading = " ".join(heading.split()).rstrip(" ?.:")
    if not heading:
        return ""
    word = label.rstrip(" ?").lower()
    told = _lower_word(heading)
    if word == "why":
        return f"Why {told}?"
    if word == "how" and told.split(" ", 1)[0] in _ACTION_VERBS:
        return f"How do you {told}?"
    return f"{heading}: {word}?"


def _leans_on_parent(question: str) -> bool:
    """One short question whose subject is "this"/"it", "Can I …" naming nothing, or
    one of only asking words ("What can go wrong?", "How does it work?")."""
    if len(question.split()) > 8:
        return False
    if _LEANING_PRONOUN.match(question):
        return True
    if _asking_only(question):
        return True
    return bool(_FIRST_PERSON.match(question)) and not _names(question)


def _asking_only(question: str) -> bool:
    words = _bare_words(question)
    return bool(words) and words <= _ASKING_ONLY


# Words of a question that asks without naming anything ("What can go wrong?", "How
# does it work?", "Why does this matter?"): the page it stands on says what of.
_ASKING_ONLY = frozenset(
    {"what", "why", "how", "when", "where", "which", "can", "could", "does", "do", "is"}
    | {"are", "will", "would", "should", "it", "this", "that", "go", "goes", "wrong"}
    | {"happen", "happens", "work", "works", "matter", "matters", "next", "else", "the"}
)


# The opening of a walkthrough step's story ("If you get here, …", "The astute reader will
# have noticed …", "Let's check …"): it tells the reader where they are, not the answer.
_NARRATIVE = re.compile(
    r"^(?:if you (?:get|got|have got|have come|came) (?:here|this far)|the astute reader|"
    r"let'?s |let us |at this point|now,? let'?s |assuming you have|so far,? )",
    re.IGNORECASE,
)


# "In your `demo` directory, create …": where the reader stands, before the instruction.
_WHERE_FIRST = re.compile(
    r"^(?:(?:in|from|inside|within|on)\s[^,]{1,60},\s*|then,?\s+|now,?\s+)", re.IGNORECASE
)


def _task_step(question: str, blocks: tuple[object, ...]) -> bool:
    """Whether a "Define …" heading read as a question ("Define clusters, users, and
    contexts") titles a task's step: its section tells the reader to do something with
    code ("… create a file named `demo` with this content:" over the file). The section
    is the exercise's set-up, no answer a card could hold; its commands and facts make
    their own cards. A heading asking how, why or what ("Explain how to create a Pod")
    is answered by its steps and stays."""
    if (
        question.endswith("?")
        or _QUESTION_WORD.search(question)
        # "Explain …", "Describe …", "Compare …" ask even over steps; "Define" titles
        # a step as often as it asks for a meaning.
        or question.split(" ", 1)[0].lower() != "define"
    ):
        return False
    for block, after in itertools.pairwise(blocks):
        if not isinstance(after, Code):
            continue
        # The section's first code: the lead-in right above it says what it is for.
        text = clean(block.text).replace("\n", " ").strip() if isinstance(block, Paragraph) else ""
        last = _WHERE_FIRST.sub("", _SENTENCE_END.split(text)[-1].strip())
        verb = last.split(" ", 1)[0].lower()
        return text.endswith(":") and verb in _ACTION_VERBS | {"go", "enter", "type", "save"}
    return False


# "Let's take a simple highlighter as an example …": the narrative voice of an
# interview answer bringing its example, not a walkthrough's step.
_EXAMPLE_OPENING = re.compile(
    r"^(?:let'?s|let us) (?:take|consider|look at|see|use)\b[^.:]*\bexamples?\b", re.IGNORECASE
)


# A yes/no check ("Is kube-proxy running?", "Does the Service work by DNS name?").
_YES_NO = re.compile(r"^(?:is|are|does|do|did|has|have|was|were)\b", re.IGNORECASE)
_YES_NO_ANSWER = re.compile(r"^(?:yes|no|nope|yep|yup)\b", re.IGNORECASE)
# A bare "Yes!" (what is left of "Yes! See the guide."), and a question it can answer:
# one asked yes or no ("Can I …?", "Should I …?", "Is …?").
_BARE_YES = re.compile(r"^\W*(?:yes|sure|of course|absolutely)\W*$", re.IGNORECASE)
_ASKS_YES_OR_NO = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:is|are|am|does|do|did|has|have|had|was|were|can|could|should|will|would|may|"
    r"might|must|shall)\b",
    re.IGNORECASE,
)
# A verdict between yes and no ("Not exactly same, but setting the SETUID bit …"): a
# FAQ's answer, whose commands show how, never a check the reader runs.
_HEDGED_ANSWER = re.compile(
    r"^(?:not (?:exactly|really|quite|directly|yet|by default)|partially|sort of)\b",
    re.IGNORECASE,
)


# A yes/no question asking what a tool can do ("Does X support Y?", "Is Y supported?",
# "Does X work with Y?", "Is X compatible with Y?").
_CAPABILITY = re.compile(
    r"\b(?:supports?|supported|compatible|work(?:s)? (?:with|on)|run(?:s)? on|available)\b",
    re.IGNORECASE,
)


def _walkthrough_check(ctx: Context, index: int, question: str, back: str) -> bool:
    """A yes/no question heading that its section answers with commands to run, not
    with a yes or a no: a step of a troubleshooting walkthrough ("Is kube-proxy
    running?" → "Confirm that kube-proxy is running: ps auxw | grep kube-proxy"). Its
    prose is a lead-in to the session that follows, never a fact to recall."""
    if not _YES_NO.match(question) or _YES_NO_ANSWER.match(back) or _HEDGED_ANSWER.match(back):
        return False
    if _CAPABILITY.search(question):
        # "Does Colima support autostart?": a FAQ asking what the tool can do, its
        # prose the answer and its commands how; no check the reader runs.
        return False
    block = ctx.items[index].block
    # The session is commands to run, or code a lead-in (ending in ":") brings on; a
    # statement followed by its program ("Does X have overloading?" → the rule and a
    # TypeScript example) answers the question.
    leads = back.split("\n", 1)[0].rstrip().endswith(":") or bool(
        _ABOUT_SHOWN_CODE.search(question)
    )
    if isinstance(block, Question) and any(_session(b, leads) for b in block.answer):
        return True
    headings = ctx.items[index].headings
    for item in ctx.items[index + 1 :]:
        if item.headings[: len(headings)] != headings:
            break
        if _session(item.block, leads):
            return True
    return False


# A sentence saying what a check's result means ("If you do not see the endpoints, …",
# "If CoreDNS pods are receiving the queries, you should see them in the logs.").
_RESULT_MEANS = re.compile(r"^(?:if|unless|when)\b", re.IGNORECASE)


def _check_note(ctx: Context, index: int, question: str) -> tuple[Note, ...] | None:
    """A yes/no check heading of a task page ("Is the DNS service up?") whose section
    says how to check ("Verify that … by using the `kubectl get service` command."),
    runs the command, shows what it prints and says what a result means ("If it does
    not appear, …"): the card asks the check under the page's title and answers with
    the how, the commands and the meaning. What the commands print (an untagged block
    of output, a sample log) and a configuration shown to copy are no commands: they
    and the lead-ins bringing them stay off the back. A section opening on a story
    ("If you get here, …"), code or a list, or running no command, makes no card."""
    asked = ctx.items[index].block
    # The question's answer holds the blocks the section's items may leave out (a
    # command the answer took); the section's items go on past where it stops.
    own = (*asked.answer, *asked.more) if isinstance(asked, Question) else ()
    last = max((getattr(b, "line", 0) for b in own), default=0)
    blocks = (*own, *(b for b in _section_blocks(ctx, index) if getattr(b, "line", 0) > last))
    if not blocks or not isinstance(blocks[0], Paragraph) or blocks[0].label:
        return None
    if _NARRATIVE.match(_block_text(blocks[0])):
        return None
    if any(isinstance(b, ListBlock | Table) for b in blocks):
        return None  # a checklist or table of what to look for: more than a card says
    if not ctx.title or ctx.title.strip().lower() in _GENERIC_TITLES:
        return None
    if _ASKS_A_WAY.match(question):
        return None
    parts: list[str] = []
    commands = 0
    for n, block in enumerate(blocks):
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        if isinstance(block, Code):
            if not _check_command(block, blocks[n - 1] if n else None):
                continue
            lead = _block_text(blocks[n - 1]) if n else ""
            if not commands and not (
                _CHECKING.search(" ".join(parts))
                or (lead.endswith(":") and _LOOKING.search(_SENTENCE_END.split(lead)[-1]))
            ):
                # "Not exactly, but setting the SETUID bit …" over the commands: a
                # FAQ's answer and how to do it, no check the reader runs.
                return None
            parts.append(_commands_only(block.text))
            commands += 1
            continue
        if not isinstance(block, Paragraph | Callout):
            if not commands:
                return None  # a list or table before any command: no check's shape
            continue
        text = _block_text(block)
        if not commands and isinstance(block, Paragraph):
            # How to check, without announcing the output the card leaves out.
            text = " ".join(s for s in _SENTENCE_END.split(text) if not _ANNOUNCES_OUTPUT.search(s))
            if _LEANS_BACK.search(text):
                return None  # "If the above still fails, …": a step of a longer story
        if text.endswith(":"):
            # A lead-in goes with what it brings: a command, or nothing at all.
            if isinstance(after, Code) and _check_command(after, block):
                parts.append(text)
            elif commands and len(_SENTENCE_END.split(text)) > 1:
                # "Next, confirm that … look at the logs. You should see something
                # like:": another step, whose how the card leaves out; what follows
                # means its result, not this one's.
                break
            continue
        if not commands and isinstance(block, Paragraph):
            parts.append(text)  # how to check
            continue
        if isinstance(block, Callout):
            parts.append(text)  # a note on what the command shows ("The name is …")
            continue
        meaning = [
            s
            for s in _SENTENCE_END.split(text)
            if _RESULT_MEANS.match(s) and not _LEANS_BACK.search(s) and s.count("(") == s.count(")")
        ]
        if meaning:
            parts.append(" ".join(meaning))
    if not commands:
        return None
    back = "\n".join(p for p in parts if p.strip())
    if len(back) > ANSWER_CHARS or _only_pointers(back):
        return None
    front = f"{ctx.title}: {question} How do you check?"
    slug = slugify(question)
    place = ctx.place(index)
    note = FactNote(
        id=place if place.endswith(f"/{slug}") or place == slug else f"{place}/{slug}",
        type=NoteType.FACT,
        front=front,
        back=back,
        tags=ctx.tags(index),
        origin=ctx.origin(index),
    )
    return (note,)


# What says how to check, before the check's first command ("Verify that …", "You can
# verify if …", "Confirm that …", "First, get the current ClusterRole …:").
_CHECKING = re.compile(
    r"\b(?:verify|check|confirm|inspect|make sure|ensure|see (?:if|whether)|"
    r"look (?:at|inside|for|in))\b",
    re.IGNORECASE,
)
# A lead-in right above the first command that reads state ("First, get the current
# ClusterRole of `system:coredns`:"): a way to check only there.
_LOOKING = re.compile(r"\b(?:get|describe|list|view|read|show)\b", re.IGNORECASE)
# A yes/no question asking for a way ("Is there a way to …?", "Is it possible to …?"):
# a how-to, never a check the reader runs.
_ASKS_A_WAY = re.compile(
    r"^(?:is|are) there (?:an? |any )?(?:way|option|method|command|setting|flag)s?\b|"
    r"^is it possible\b",
    re.IGNORECASE,
)
# What leans on an earlier step or on output the card leaves out ("If the above still
# fails", "try again", "If this is the case", "If you don't see those").
_LEANS_BACK = re.compile(
    r"\b(?:above|below|still|again|previous(?:ly)?|earlier)\b|"
    r"^if (?:this|that|so|not|these|those)\b|\b(?:see|get) (?:this|that|these|those)\b",
    re.IGNORECASE,
)
# A sentence announcing what a command prints ("you should get something like the below:").
_ANNOUNCES_OUTPUT = re.compile(
    r"\bsomething like\b|\blike the (?:below|following)\b|\bshould (?:see|get|print)\b.*:$",
    re.IGNORECASE,
)


def _check_command(block: Code, before: object) -> bool:
    """Whether a check's code block is its command: shell code not brought on as
    output, or an untagged line a lead-in tells the reader to run ("To turn it on,
    run:" over ``widgetctl journal enable``)."""
    if isinstance(before, Paragraph) and _leads_output(before):
        return False
    if _shell_block(block):
        return True
    lines = [line for line in block.text.splitlines() if line.strip()]
    return (
        not block.info
        and len(lines) == 1
        and not _KEY_VALUE_LINE.match(lines[0])
        and isinstance(before, Paragraph)
        and bool(_RUN_LEAD.search(_block_text(before)))
    )


# A lead-in telling the reader to run what follows ("use the command:", "run:").
_RUN_LEAD = re.compile(r"\b(?:run|execute|type|enter|the command|this command)\s*:$", re.I)
# A line of a configuration or of output ("memory: 1Gi"), never a command.
_KEY_VALUE_LINE = re.compile(r"^\s*[\w.-]+:(?:\s|$)")


def _leads_output(block: object) -> bool:
    """A lead-in bringing what a command printed ("Expected output:", "Sample error
    message:", "Here is an example of a query in the log:")."""
    if not isinstance(block, Paragraph):
        return False
    text = _block_text(block).rstrip(":").strip()
    return bool(_OUTPUT_LABEL.match(text) or _PRINTED.search(text))


# What a lead-in brings when it brings output: a message, a log, a command's output.
_PRINTED = re.compile(
    r"\b(?:output|message|log|logs|result|response|prints?|returns?|looks? like)\b$|"
    r"\bexample of (?:a |an |the )?(?:\w+ )?(?:in the log|log|output|message)",
    re.IGNORECASE,
)


def _session(block: object, led: bool) -> bool:
    """Code a walkthrough runs or checks: anything but a program that illustrates the
    statement before it, unless a lead-in brings it on."""
    return isinstance(block, Code) and (led or block.info.split(" ")[0] not in _PROGRAM_INFOS)


# The languages of a program shown as an example (not a session, nor a configuration
# a walkthrough checks).
_PROGRAM_INFOS = frozenset(
    {"typescript", "ts", "tsx", "javascript", "js", "jsx", "python", "py", "java", "go"}
    | {"golang", "rust", "rs", "c", "cpp", "c++", "csharp", "cs", "kotlin", "swift", "ruby"}
    | {"php", "scala"}
)
# A question about the code it shows ("Is the following expression true?").
_ABOUT_SHOWN_CODE = re.compile(r"\b(?:following|below|this (?:code|snippet|program))\b", re.I)


# A task that leans on an earlier one: "Create the same job …", "Remove the label from
# the pods we created before", "View the YAML of this deployment", "Wait till it's done".
_REFERS_BACK = re.compile(
    r"\b(?:the same|again|before|previous(?:ly)?|above|earlier|"
    r"(?:we|you) (?:created|made|deployed|paused|started|ran))\b|"
    r"^\w+(?:\s+\w+){0,2}?\s+(?:it|its|it's|them|their)\b",
    re.IGNORECASE,
)
# "this label", "this new deployment": the noun right after the demonstrative, or the one
# after an adjective; a word joining the clause ("this label from …") names nothing.
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|these|those)\s+([a-z][a-z-]{2,})(?:\s+([a-z][a-z-]{2,}))?", re.I
)
_JOINING_WORDS = frozenset(
    {"from", "into", "onto", "with", "for", "and", "that", "which", "are", "was", "were"}
)
_MAKES = re.compile(r"^(?:create|run|deploy|start|launch)\b", re.IGNORECASE)


def _refers_back(task: str) -> bool:
    """The task names an object of an earlier one rather than its own."""
    if _REFERS_BACK.search(task):
        return True
    for match in _DEMONSTRATIVE.finditer(task):
        # "Taint a node … create a pod that tolerates this taint" points inside itself.
        nouns = [w for w in match.groups() if w and w.lower() not in _JOINING_WORDS]
        before = task[: match.start()]
        if not any(re.search(rf"\b{re.escape(w[:4])}", before, re.I) for w in nouns):
            return not _MAKES.match(task)
    return False


def _made_before(ctx: Context, index: int) -> str:
    """The nearest earlier task of the same section that makes something on its own
    ("Create a job named pi …"): what a task leaning on it is about."""
    for earlier in range(index - 1, -1, -1):
        item = ctx.items[earlier]
        if not ctx.same_section(index, earlier):
            break
        block = item.block
        if isinstance(block, Question) and block.kind == "exercise":
            task = _DIFFICULTY.sub("", clean(block.text).replace("\n", " ")).strip()
            if _MAKES.match(task) and not _refers_back(task):
                return _SENTENCE_END.split(task)[0].rstrip(".")
    return ""


def _question_subject(ctx: Context, index: int, own_heading: bool) -> str:
    """What a leaning question is about: the name its parent sections ask about, else
    the name most of the document's questions ask about (at least three of them)."""
    parents = [t for t in ctx.heading_texts(index) if t]
    if own_heading:
        parents = parents[:-1]
    for parent in reversed(parents):
        names = _names(parent)
        if parent.endswith("?") and len(set(names)) == 1:
            return names[0]
    counts: dict[str, int] = {}
    questions = [clean(i.block.text) for i in ctx.items if isinstance(i.block, Question)]
    for text in questions:
        for name in set(_names(text)):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return ""
    best = max(sorted(counts), key=lambda n: counts[n])
    return _whole_name(best, questions) if counts[best] >= 3 else ""


def _whole_name(word: str, questions: list[str]) -> str:
    """The name ``word`` opens in most of the questions naming it ("Azure" of "What is
    Azure Cosmos DB Garnet Cache?" and "How is Azure Cosmos DB Garnet Cache priced?"),
    when at least two of them and half of them write that longer name; else ``word``
    (its first word alone names another product, or none)."""
    runs: dict[str, int] = {}
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?: [A-Z][A-Za-z0-9]*)*(?![\w-])")
    for text in questions:
        for run in set(pattern.findall(text)):
            runs[run] = runs.get(run, 0) + 1
    longest = max(sorted(runs), key=lambda r: runs[r], default=word)
    return longest if runs[longest] >= 2 and runs[longest] * 2 >= sum(runs.values()) else word


# "Why …?" is answered by a cause, "How …?" by an instruction or a command; a first
# paragraph with neither only restates the question ("We are aware of a case where …").
_WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
_HOW = re.compile(r"^how\b|\bhow (?:do|does|can|could|to|should|would|is|are|did)\b", re.IGNORECASE)
_CAUSE = re.compile(
    # ("since 2019", "since version 2" date a fact; they give no cause)
    r"\b(?:because|caused by|due to|the reason|the purpose|since(?! (?:\d|v\d|version|release))|"
    r"so that|as a result|in order to|"
    r"to (?:prevent|avoid|ensure|allow)|results? (?:from|in)|this is (?:why|so|to))\b",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"^(?:(?:in (?:this|that|such a|these) \w+|if so|instead|alternatively),\s*)?"
    r"(?:to \w+[^,.:]*,|you (?:can|could|need to|must|should|have to|may)\b|"
    r"(?:first|then|next),?\s)",
    re.IGNORECASE,
)
# "… Can I disable it?", "Is there a way to …?": asks what to do, like a "how".
_ASKS_ACTION = re.compile(
    r"\b(?:can|could|should|may) (?:i|we|you|one)\b"
    # "Could you explain …?" asks for an explanation, not for something to do.
    r"(?! (?:explain|describe|tell|define|name|list|give|compare|summari[sz]e)\b)"
    r"|\bis (?:it|there) (?:possible|a way)\b",
    re.IGNORECASE,
)


def _answers_why_or_how(question: str, block: object) -> bool:
    """Whether ``block`` gives what the "why" (a cause) or "how" (an instruction, a
    command, steps) question asks."""
    text = _block_text(block)
    if _WHY.search(question):
        return bool(_CAUSE.search(text))
    if isinstance(block, Code) or (isinstance(block, ListBlock) and block.ordered):
        return True
    first = text.split(" ", 1)[0].lower()
    if bool(_INSTRUCTION.match(text)) or first in _ACTION_VERBS:
        return True
    # "The cache can be controlled via the `--dfa-size-limit` flag.": a flag the
    # question does not name yet is the instruction.
    asked = set(_FLAG_SPAN.findall(question))
    return any(flag not in asked for flag in _FLAG_SPAN.findall(text))


_FLAG_SPAN = re.compile(r"`(--?[A-Za-z][\w/-]*)")
_EXAMPLE_LEAD = re.compile(r"\b(?:for example|for instance|e\.g\.|such as)\s*:$", re.IGNORECASE)


# "Does X handle A or cross-compilation?": the alternative the question ends on.
_ALTERNATIVE = re.compile(r"\bor\s+([^?]+)\?$")
_STEM = 6  # letters: "cross-compilation" and "cross-compile" share their first six


def _other_alternative(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question asking about two things ("… multi-platform packages or cross-
    compilation?") whose first paragraph speaks only of the first: the answer goes on
    to the paragraph that speaks of the other (within the next blocks and the length
    limit)."""
    alternative = _ALTERNATIVE.search(question)
    words = re.findall(r"[A-Za-z][\w-]{4,}", alternative.group(1)) if alternative else []
    stems = {word.lower()[:_STEM] for word in words}
    if not stems:
        return answer

    def speaks_of(block: object) -> bool:
        text = _block_text(block).lower()
        return any(stem in text for stem in stems)

    if any(speaks_of(b) for b in answer):
        return answer
    for n, block in enumerate(more):
        if speaks_of(block):
            for reached in ((*answer, *more[: n + 1]), (*answer, block)):
                if sum(len(_block_text(b)) for b in reached) <= ANSWER_CHARS:
                    return reached
            return answer
    return answer


_LISTED_LINES = 2  # lines of a paragraph that make it a list written without its marks
# A line naming a term (an option, a command, a word) and saying what it is after a colon.
_TERM_LINE = re.compile(r"^[^:\s][^:]{0,40}:\s+\S")


def _lines_after_lead_in(
    answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """An answer that is only a lead-in ("Some basic features of X are:") then a
    paragraph of one item per line, written without list marks: the lines are the list
    it announces, and the answer (as a list); else ``answer``."""
    if len(answer) != 1 or not more or not isinstance(lead := answer[0], Paragraph):
        return answer
    after = more[0]
    if not isinstance(after, Paragraph) or not lead.text.rstrip().endswith(":"):
        return answer
    lines = [line.strip() for line in after.text.split("\n")]
    if len(lines) == 1:
        # "It is responsible for:" then one short paragraph an item ("Communicating
        # with the API server.", "Receiving PodSpecs …", …): the list written without
        # its marks, a blank line apart. It ends where a paragraph ends otherwise (a
        # closing "In simple words, … " with no full stop), is long, or leads in.
        lines = _paragraph_items(more)
    if len(lines) < _LISTED_LINES or not all(lines):
        return answer
    # Each line an item of its own: a capital opens it and it ends as its neighbours
    # do (all on a full stop, or all bare). Prose wrapped at a width runs a sentence
    # on across lines ("… A Pod running" / "in namespace `bar` …").
    ended = {line[-1] in ".!?" for line in lines}
    # "-X, --request: Specifies …": each line a term and what it does, whatever opens it.
    termed = all(_TERM_LINE.match(line) for line in lines)
    if len(ended) > 1 or not (termed or all(line[0].isupper() for line in lines)):
        return answer
    listed = ListBlock(
        ordered=False,
        items=tuple(lines),
        line=after.line,
        terms=("",) * len(lines),
        links=(False,) * len(lines),
    )
    return (lead, listed)


# A fence opening on a sentence that states what must hold ("It must match the
# following:", "The output should look like:"): the exercise's requirements, in prose.
_REQUIREMENT_FENCE = re.compile(
    r"^(?:the\s+\w+\s+|it\s+|your\s+\w+\s+)?(?:must|should|needs?\s+to)\s[^`=(){}<>|;$]*:$",
    re.IGNORECASE,
)


def _past_the_requirements(
    answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """An answer that is a fence of requirements ("It must match the following:" and
    the examples) then a second fence right after: the second is the answer (the
    regex, the command); the first restates the question's task. Else ``answer``."""
    blocks = (*answer, *more)
    if len(blocks) < 2 or not isinstance(blocks[0], Code) or not isinstance(blocks[1], Code):
        return answer
    first = next((line.strip() for line in blocks[0].text.splitlines() if line.strip()), "")
    return (blocks[1],) if _REQUIREMENT_FENCE.match(first) else answer


_PARAGRAPH_ITEM_CHARS = 120  # a paragraph this short may be one item of a list


def _paragraph_items(more: tuple[object, ...]) -> list[str]:
    """The one-line paragraphs opening ``more`` that read as a list's items: each
    short, opened by a capital, none a lead-in or a summary, all ending as the first
    does (on a full stop or bare)."""
    items: list[str] = []
    for block in more:
        if not isinstance(block, Paragraph) or block.heading or block.pointer or block.label:
            break
        text = " ".join(clean(block.text).split())
        if (
            "\n" in block.text.strip()
            or not text
            or len(text) > _PARAGRAPH_ITEM_CHARS
            or text.endswith(":")
            or not text[0].isupper()
            or _SUMMARY_OPENING.match(text)
            or (items and (text[-1] in ".!?") != (items[0][-1] in ".!?"))
        ):
            break
        items.append(text)
    return items


def _announced_paragraph(
    answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """An answer that is only a lead-in ("… is given like this:") and the paragraph
    right after it, when the two fit on a card; () otherwise."""
    if len(answer) != 1 or not more or not isinstance(lead := answer[0], Paragraph):
        return ()
    after = more[0]
    if not _block_text(lead).endswith(":") or not isinstance(after, Paragraph):
        return ()
    if after.heading or after.pointer or _block_text(after).endswith(":"):
        return ()
    if len(_block_text(lead)) + len(_block_text(after)) > ANSWER_CHARS:
        return ()
    return (lead, after)


def _reaching_the_answer(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A "why"/"how" question heading whose first paragraph only restates it: its
    answer goes on to the block that gives the cause or the instruction (and the code
    or list that block introduces), when that fits on a card; with the blocks between
    too long, the first paragraph and that block."""
    if not more or not (
        _WHY.search(question) or _HOW.search(question) or _ASKS_ACTION.search(question)
    ):
        return answer
    shown = [
        b
        for n, b in enumerate(answer)
        # Code after "For example:" shows the problem; it does not answer the "how".
        if not (isinstance(b, Code) and n and _EXAMPLE_LEAD.search(_block_text(answer[n - 1])))
        # A log or output shown for a "why" gives no cause, whatever words it prints
        # ("… due to …" in an error line): the cause is said in prose.
        and not (isinstance(b, Code) and _WHY.search(question))
    ]
    if any(_answers_why_or_how(question, b) for b in shown):
        return answer
    for n, block in enumerate(more):
        if not _answers_why_or_how(question, block):
            continue
        end = n + 1
        if _block_text(block).endswith(":") and end < len(more):
            end += 1  # "… for example:" and its command
        reached = (*answer, *more[:end])
        if sum(len(_block_text(b)) for b in reached) <= ANSWER_CHARS:
            return reached
        shorter = (*answer, *more[n:end])
        if sum(len(_block_text(b)) for b in shorter) <= ANSWER_CHARS:
            return shorter
        if _only_leads_into_code(answer):
            # "You may face these error logs below:" and a log too long for a card:
            # the lead-in says nothing without it; the cause after it answers alone.
            cause = more[n:end]
            if sum(len(_block_text(b)) for b in cause) <= ANSWER_CHARS:
                return cause
        return answer
    return answer


def _only_leads_into_code(answer: tuple[object, ...]) -> bool:
    """Whether ``answer`` is a paragraph leading in (on ":" or "below", "following")
    and the code it shows, nothing more."""
    if len(answer) < 2 or not isinstance(answer[0], Paragraph):
        return False
    lead = _block_text(answer[0]).rstrip(".")
    return (lead.endswith(":") or bool(_ANNOUNCES.search(lead))) and all(
        isinstance(b, Code) for b in answer[1:]
    )


_HOW_STATE = re.compile(r"^how (?:is|are|was|were)\b", re.IGNORECASE)


def _leads_into(blocks: tuple[object, ...], listed: tuple[object, ...]) -> bool:
    """Whether ``blocks`` end on the lead-in ("Here's a list of differences:") of the
    list found below them."""
    return (
        len(listed) == 2
        and bool(blocks)
        and isinstance(blocks[-1], Paragraph)
        and isinstance(listed[0], Paragraph)
        and blocks[-1].text == listed[0].text
        and blocks[-1].text.rstrip().endswith(":")
        # A sentence leading in, not a label ("Note:", "Examples:") that titles a list.
        and len(blocks[-1].text.split()) >= _LEAD_SENTENCE_WORDS
    )


_LEAD_SENTENCE_WORDS = 4


def _listed_below(question: str, answer: tuple[object, ...], listed: tuple[object, ...]) -> bool:
    """Whether a "why"/"how" question heading whose first blocks give no cause or
    instruction (a preamble) is answered by the list a lead-in further down introduces,
    the lead-in naming what the question asks by one of its own words ("Why is X
    rebuilding …?" and "… which can cause crates to get rebuilt are:"); names (X) do
    not count, a page about X names it everywhere."""
    if len(listed) != 2 or not (_WHY.search(question) or _HOW.search(question)):
        return False
    if _HOW_STATE.match(question):
        return False  # "How is X licensed?" asks what it is: a first paragraph says it
    if any(_answers_why_or_how(question, b) for b in answer):
        return False
    named = {n.lower() for n in _names(question)}
    asked = {w[:_STEM] for w in _content_words(question) if w not in named}
    said = {w[:_STEM] for w in _content_words(_block_text(listed[0]))}
    return bool(asked & said)


# A question in two parts whose second asks what to do: "… and how do I fix it?".
_AND_HOW = re.compile(r"\band how (?:do|can|should|would|to)\b", re.IGNORECASE)
_INSTRUCTING = re.compile(r"^(?:to|in order to|follow|do|run|try)\b|\bsteps?\b", re.IGNORECASE)
# A paragraph announcing the fixes below it: "This can be fixed by any of the following
# approaches.", "To resolve this issue:", "The workarounds are:".
_FIX_ANNOUNCED = re.compile(
    r"\b(?:can be (?:fixed|resolved|solved|worked around)|to (?:fix|resolve|solve|work "
    r"around) (?:this|it|the (?:error|issue|problem))|(?:fixes|workarounds|solutions) "
    r"(?:is|are)\b)",
    re.IGNORECASE,
)
_CAUSE_NAMED = re.compile(r"\b(?:the|this) (?:error|issue|problem|failure)\b", re.IGNORECASE)


def _fix_after_cause(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A heading that is an error message written as a statement and a question
    ("Cannot connect to X. Is the daemon running?"), answered by its cause ("… may lead to
    the error.") and then a paragraph announcing the fixes with the list of them: the
    cause, the announcement and its list, within a solution's cap. Else ``answer``."""
    sentences = _SENTENCE_END.split(question)
    if len(sentences) < 2 or _ASKING_START.match(question) or sentences[0].endswith("?"):
        return answer
    said = " ".join(_block_text(b) for b in answer)
    if not _CAUSE_NAMED.search(said):
        return answer
    for n, block in enumerate(more[:2]):
        if isinstance(block, Paragraph) and _FIX_ANNOUNCED.search(_block_text(block)):
            fixes = list(
                itertools.takewhile(lambda b: isinstance(b, (ListBlock, Code)), more[n + 1 :])
            )
            if not any(isinstance(b, ListBlock) for b in fixes):
                return answer
            whole = (*answer, *more[: n + 1], *fixes)
            if sum(len(_block_text(b)) for b in whole) <= _EXERCISE_CHARS:
                return whole
            return answer
    return answer


# A question about something going wrong: "Why isn't X detecting changes?", "Why is my
# Store missing a value?", "An error message says … Why?".
_TROUBLE = re.compile(
    r"n't\b|\b(?:not|no|missing|fails?|failing|failed|errors?|wrong|broken|cannot|unable|"
    r"lost|empty|inconsistent|unexpected(?:ly)?|crash(?:es|ed|ing)?|stuck|hangs?)\b",
    re.IGNORECASE,
)
# A sentence telling what to do about it: "To resolve, install …", "If so, either change
# the values, or use …", "In these cases, instead of …, use the `--poll` flag", "… you
# can trigger rendering by assigning …".
_FIX_VERBS = (
    r"(?:use|install|change|run|set|add|remove|upgrade|downgrade|update|restart|enable|"
    r"disable|pass|rename|delete|replace|switch)"
)
_FIX_SENTENCE = re.compile(
    r"^(?:to (?:resolve|fix|solve|avoid|prevent|correct|remedy|work around|recover)\b"
    rf"|(?:either |instead,? |then )?{_FIX_VERBS}\b)"
    rf"|,\s+(?:either |then )?{_FIX_VERBS}\s"
    r"|\byou (?:can|could|should|must|need to) (?:\w+ ){1,4}by (?:\w+ing)\b",
    re.IGNORECASE,
)

_TOLD_TO = re.compile(r"\byou (?:will )?(?:need|have) to\b|\b(?:make sure|ensure) that\b", re.I)


def _gives_fix(block: object) -> bool:
    """Whether a paragraph says what to do about a problem (see ``_FIX_SENTENCE``)."""
    if not isinstance(block, Paragraph):
        return False
    text = _block_text(block).replace("\n", " ")
    return any(_FIX_SENTENCE.search(s.strip()) for s in _SENTENCE_END.split(text))


def _fix_further_on(question: str, blocks: tuple[object, ...], back: str) -> tuple[object, ...]:
    """A question about something going wrong ("Why isn't X detecting changes?") whose
    back says only what causes it ("… may not detect changes when:" and the cases),
    while a later paragraph of the answer says what to do ("In these cases, use the
    `--poll` flag.", "… you can trigger rendering by assigning …:" and its code): the
    answer runs up to that paragraph (and the code or list it introduces), when all of
    it fits on a card; else ``()``. A flashcard author keeps the fix: the cause alone
    answers half of what the reader came with."""
    if not (_WHY.search(question) or _HOW.search(question)) or not _TROUBLE.search(question):
        return ()
    flat = back.replace("\n", " ")
    if any(
        _FIX_SENTENCE.search(s.strip()) or _TOLD_TO.search(s)
        for line in back.split("\n")
        for s in _SENTENCE_END.split(line)
    ):
        return ()  # "You need to ensure that:" and the checks: the back says what to do
    for n, block in enumerate(blocks):
        if not _gives_fix(block):
            continue
        if n == 0 or _block_text(block).replace("\n", " ")[:60] in flat:
            return ()  # the back already says what to do
        end = n + 1
        if (
            _block_text(block).rstrip().endswith(":")
            and end < len(blocks)
            and isinstance(blocks[end], Code | ListBlock)
        ):
            end += 1  # "… by assigning the value to a variable:" and its code
        reached = blocks[:end]
        if sum(len(_block_text(b)) for b in reached) > ANSWER_CHARS:
            return ()
        return reached
    return ()


# A question naming two or more things side by side: "Explain L1 & L2 regularization",
# "What are stacks and queues?", "Lasso vs ridge?".
_NAMES_SEVERAL = re.compile(r"\s(?:&|and|vs\.?|versus)\s", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][\w+#-]*")


def _named_parts_below(ctx: Context, index: int, question: str, back: str) -> str:
    """A question heading naming two or more things ("Please explain L1 & L2
    regularization.") whose own section is only an opening paragraph ("L1 and L2 are
    techniques used to prevent overfitting …"), each thing explained under a sub-heading
    of its own ("### L1 Regularization (Lasso):", "### L2 Regularization (Ridge):"): the
    opening says what they share, the sub-sections what tells them apart, so the back is
    the opening and, per thing, its sub-heading and the first sentence under it ("• L1
    Regularization (Lasso): L1 adds the absolute values …"). A sub-heading is a named
    part when a word of its title (outside parentheses) is in the question and in no
    other sub-heading's title ("L1", "L2"); others ("Comparison:") stay their own
    section's. "" when the shape is not there or the back would not fit on a card."""
    if "\n" in back or not _NAMES_SEVERAL.search(question):
        return ""
    asked = {w.lower() for w in _WORD.findall(question)}
    headings = ctx.items[index].headings
    depth = len(headings)
    firsts: dict[int, tuple[str, str]] = {}  # sub-heading line → (title, first sentence)
    for item in ctx.items[index + 1 :]:
        if len(item.headings) <= depth or item.headings[:depth] != headings:
            if item.headings != headings:
                break
            continue  # the opening paragraphs, under the question heading itself
        sub = item.headings[depth]
        if sub.line in firsts or len(item.headings) != depth + 1:
            continue
        if isinstance(item.block, Paragraph) and not item.block.label:
            first = _SENTENCE_END.split(_block_text(item.block).replace("\n", " "))[0]
            if not first.endswith(":"):
                firsts[sub.line] = (clean_heading(sub.text).rstrip(":").strip(), first)
    words = {
        line: {w.lower() for w in _WORD.findall(re.sub(r"\([^()]*\)", "", title))}
        for line, (title, _) in firsts.items()
    }
    named: list[str] = []
    for line, (title, first) in firsts.items():
        others = set().union(*(w for other, w in words.items() if other != line))
        if (words[line] - others) & asked:
            named.append(f"• {title}: {first}")
    if len(named) < 2:
        return ""
    whole = "\n".join([back, *named])
    return whole if len(whole) <= ANSWER_CHARS else ""


def _fixed_below(question: str, answer: tuple[object, ...], listed: tuple[object, ...]) -> bool:
    """Whether a two-part question ("What does X mean and how do I fix it?") answered
    first by a paragraph has its "how" answered by the list a lead-in below introduces
    ("To recover from …:" then the steps), the two fitting on one card."""
    asking = _AND_HOW.search(question)
    if len(listed) != 2 or not answer or asking is None:
        return False
    lead_in = _block_text(listed[0])
    if not lead_in.endswith(":"):
        return False
    # The lead-in tells what to do ("To recover from …:", "Follow these steps:") or
    # names the asked action; "Some of its benefits are:" answers neither part.
    asked = {w[:_STEM] for w in _content_words(question[asking.end() :])}
    said = {w[:_STEM] for w in _content_words(lead_in)}
    if not _INSTRUCTING.match(lead_in) and not asked & said:
        return False
    size = sum(len(_block_text(b)) for b in (*answer, *listed))
    return size <= ANSWER_CHARS


_VERDICT = re.compile(
    r"^(?:yes|no|sometimes|it depends|partly|not really|not quite|maybe)"
    r"(?: and (?:yes|no))?[.!]$",
    re.IGNORECASE,
)


_SHORT_SECTION = 3  # blocks after the first: a yes/no FAQ answered in a few lines


def _unsaid_verdict(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A yes/no question heading ("Does X support autostart?") whose answer never says
    yes or no but tells what X does in a few short blocks with a command among them
    ("Since v0.5.6 X runs in the foreground …", "With brew, use brew services:", the
    command): the first block answers only in part, the short section as a whole
    answers; all of it, when it fits on a card."""
    if not _YES_NO.match(question) or len(more) > _SHORT_SECTION:
        return answer
    said = " ".join(_block_text(b) for b in answer).strip()
    if (
        not said
        or _YES_NO_ANSWER.match(said)
        or not all(isinstance(b, Paragraph | Code | ListBlock) for b in more)
    ):
        return answer
    if not any(isinstance(b, Code) for b in more):
        # Prose after prose is detail or a pointer ("Feedback is welcome.", "See
        # SECURITY.md."); the section's command is the part of the answer that shows how.
        return answer
    if len(said) + sum(len(_block_text(b)) for b in more) > ANSWER_CHARS:
        return answer
    return (*answer, *more)


# A question with a follow-up question tacked on ("Can I run X and Y? What about Z?"):
# the first question, and what the follow-up asks about.
_FOLLOW_UP = re.compile(
    r"^(?P<first>[^?]*\?)\s+(?:and )?(?:what|how) about (?P<subject>[^?]+)\?$", re.IGNORECASE
)
_FOLLOW_UP_STOP = frozenset({"the", "and", "for", "with", "using", "other", "its", "their"})


def _follow_up_answered(question: str, back: str, section: tuple[object, ...]) -> tuple[str, str]:
    """The front and back of a question with a follow-up ("… Docker and Podman? What
    about Kubernetes?"). A back that never names the follow-up's subject reaches on
    through the section to the block that does (a lead-in and its list), when all of it
    fits on a card; when no block of the section names it, or it does not fit, the
    front asks only the first question, the one the back answers."""
    asked = _FOLLOW_UP.match(question)
    if not asked or not back:
        return question, back
    names = [
        w
        for w in re.findall(r"[\w.+#-]+", asked["subject"])
        if len(w) > 2 and w.lower() not in _FOLLOW_UP_STOP
    ]
    if not names:
        return question, back
    said = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in names), re.IGNORECASE)
    if said.search(back):
        return question, back
    for number, block in enumerate(section):
        if not said.search(_block_text(block)):
            continue
        reached = section[: number + 1]
        if _block_text(block).endswith(":") and number + 1 < len(section):
            reached = section[: number + 2]  # the lead-in naming it and what it introduces
        whole = _answer_text(reached, ANSWER_CHARS, reach=True, question=question)
        if whole and said.search(whole) and not whole.endswith("…"):
            return question, whole
        break
    return asked["first"], back


# A question whose second asks for a few examples of what the first is about ("What
# is kubectl? Can you list a few common commands?").
_LISTING_FOLLOW_UP = re.compile(
    r"^(?P<first>[^?]*\?)\s+(?:(?:can|could) you\s+)?(?:list|name|give)\b[^?]*\?$",
    re.IGNORECASE,
)


def _listed_in_table(question: str, back: str, section: tuple[object, ...]) -> tuple[str, str]:
    """The front and back of a question asking, after its first question, for a few
    examples that a table of its section lists by its first column ("What is kubectl?
    Can you list a few common commands?" over a "Command | Description" table): the
    back that answers the first question gains the table's keys, under the lead-in
    right above the table when there is one. When they do not fit, or no table lists
    them, the front asks only the first question, the one the back answers; with no
    table in the section, the back is what other rules made it."""
    asked = _LISTING_FOLLOW_UP.match(question)
    if not asked or not back:
        return question, back
    for number, block in enumerate(section):
        if not isinstance(block, Table) or not block.rows:
            continue
        keys = [clean(row[0]).replace("\n", " ").strip() for row in block.rows if row]
        before = section[number - 1] if number else None
        lead = _block_text(before) if isinstance(before, Paragraph) else ""
        if not lead.endswith(":"):
            lead = f"{clean(block.header[0]).strip()}s:" if block.header else ""
        listed = f"{back}\n{lead} {', '.join(k for k in keys if k)}".strip()
        if all(keys) and len(listed) <= ANSWER_CHARS:
            return question, listed
        return asked["first"], back
    return question, back


# A paragraph opening on a short label and a colon ("Compilation to Bytecode: When you
# run …"): one of the parts a lead-in before it announced.
_LABELLED_PART = re.compile(r"^[A-Z][\w’'-]*(?: [\w’'()-]+){0,4}: \S")


def _part_label(block: object) -> str:
    """The bold label a paragraph opens one part of an answer with ("**ps Command:**"
    and the part's prose under it), without its colon; "" for any other block (a code
    span is a command, not a label)."""
    if not isinstance(block, Paragraph) or block.heading or block.pointer:
        return ""
    label = clean(block.label).strip()
    if not label.endswith(":") or label.startswith("`"):
        return ""
    label = label.rstrip(":").strip()
    return label if 0 < len(label.split()) <= _LABEL_LEAD_WORDS else ""


def _code_only(block: object) -> bool:
    """A code block, or a paragraph that is nothing but a code span (a command line)."""
    if isinstance(block, Code):
        return True
    return isinstance(block, Paragraph) and bool(_ONLY_CODE_SPAN.match(block.text))


def _parts_in_brief(parts: list[tuple[str, str]], line: int) -> ListBlock:
    """Parts too long to go on a card whole, as a list: each part's label with the first
    sentence of what it says when all of them fit, else the labels alone (what the
    lead-in announced, by name)."""
    firsts: list[str] = []
    for label, said in parts:
        first = _SENTENCE_END.split(said.strip(), maxsplit=1)[0].strip() if said else ""
        firsts.append(f"{label}: {first}" if first else label)
    briefs = firsts if sum(len(f) + 3 for f in firsts) <= ANSWER_CHARS else [p[0] for p in parts]
    return ListBlock(
        ordered=False,
        items=tuple(briefs),
        line=line,
        terms=tuple(f"**{label}**" for label, _ in parts),
        links=(False,) * len(parts),
    )


_OWN_LABEL = re.compile(OWN_VOICE)


def _labelled_parts_announced(
    answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """An answer whose paragraph ends on a lead-in ("X is both A and B. Here's why:",
    "… through various commands such as:") followed by paragraphs each opening on its
    label ("A step: …", "**ps Command:**" and its prose, with the command shown under
    it): the labelled paragraphs are what the lead-in announced, and all of them
    answer with it when they fit on a card. Parts too long for a card answer as a list
    of their labels, each with its first sentence when those fit (the lead-in alone
    would promise what the card lacks, and the author's question would go unasked)."""
    if not answer or not isinstance(answer[-1], Paragraph):
        return answer
    if not _block_text(answer[-1]).endswith(":"):
        return answer
    blocks: list[object] = []
    parts: list[tuple[str, str]] = []  # per part: its label, what it says after it
    for block in more:
        text = _block_text(block)
        label = _part_label(block)
        if not label and isinstance(block, Paragraph) and _LABELLED_PART.match(text):
            label = text.split(":", 1)[0].strip()
        if label:
            said = text[len(label) :].lstrip(" :\n") if text.startswith(label) else text
            if FIRST_PERSON_QUOTE.fullmatch(said.strip()) or _OWN_LABEL.fullmatch(label):
                # "**My Real Implementation:** "In my cluster, I …"": the author's story
                # ends the parts that answer.
                break
            parts.append((label, said))
        elif parts and not parts[-1][1] and isinstance(block, ListBlock):
            # "**Control Plane Components:**" alone over its list: the list says it.
            terms = block.terms or ("",) * len(block.items)
            named = [clean(t).strip(" :*") or i for t, i in zip(terms, block.items, strict=True)]
            parts[-1] = (parts[-1][0], ", ".join(named))
        elif not (parts and _code_only(block)):
            break  # a command shown under a part goes with it; anything else ends them
        blocks.append(block)
    if len(parts) < 2:
        return answer
    if sum(len(_block_text(b)) for b in (*answer, *blocks)) <= ANSWER_CHARS:
        return (*answer, *blocks)
    return (*answer, _parts_in_brief(parts, getattr(blocks[0], "line", 0)))


# A short paragraph right after the answer that lays down a rule or a verdict ("It is
# not recommended to …", "Do not …", "You must …", "Use X instead."): the answer's warning.
_RULE_SENTENCE = re.compile(
    r"\b(?:is|are) not recommended\b|\bnot recommended to\b"
    r"|(?:^|[.!?]\s+)(?:do not|don't|never|avoid|only)\b"
    r"|\b(?:you|one|users?)\s+(?:should(?:n't| not)|do(?:n't| not)|cannot|can't|may not|never)\b"
    r"|\bmust(?:n't| not)?\b"
    r"|\binstead\s*[.!]",
    re.IGNORECASE,
)
_RULE_CHARS = 250  # a rule said in a sentence or two, not a paragraph of detail


def _rule_after_answer(answer: tuple[object, ...], more: tuple[object, ...]) -> tuple[object, ...]:
    """A prose answer ("X includes the `ctl` tool that gives shell access.") followed by
    a short paragraph that states the author's rule or verdict on it ("It is not
    recommended to use X directly."): the rule is part of the answer, which it joins
    when both fit on a card. A lead-in ("… should be:"), a pointer or a longer
    paragraph of detail stays off."""
    if len(answer) != 1 or not more or not isinstance(answer[0], Paragraph):
        return answer
    rule = more[0]
    if not isinstance(rule, Paragraph) or rule.pointer or rule.label:
        return answer
    text = _block_text(rule)
    if not text or len(text) > _RULE_CHARS or text.endswith(":") or not _RULE_SENTENCE.search(text):
        return answer
    if sum(len(_block_text(b)) for b in answer) + len(text) > ANSWER_CHARS:
        return answer
    return (*answer, rule)


# An answer that opens by declining to answer outright ("There is no “right” answer for
# this.", "It depends.", "The same rules of thumb … apply here as well."): the author's
# verdict comes after it, often in bold.
_HEDGE_OPENING = re.compile(
    r"^(?:there(?:'s| is) no (?:single |one |simple |easy )?[\"“”']?"
    r"(?:right|correct|single|one|simple|best|universal)[\"“”']? answer|"
    r"(?:well,? )?(?:it|that|this) (?:really |all )?depends\b|the answer depends\b|"
    r"the same\b[^.]{0,120}\bappl(?:y|ies)\b)",
    re.IGNORECASE,
)


def _verdict_after_hedge(
    answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question whose answer opens with a hedge ("There is no right answer …", "It
    depends.", "The same rules … apply") and whose next paragraph opens with the
    author's verdict in bold ("**Using local state is fine.** …"): the hedge and the
    verdict's sentence answer together; the hedge alone says nothing the card can
    check."""
    if not answer or not isinstance(answer[0], Paragraph):
        return answer
    if not _HEDGE_OPENING.match(clean(answer[0].text).strip()):
        return answer
    after = (*answer[1:], *more)
    verdict = after[0] if after else None
    if not (isinstance(verdict, Paragraph) and verdict.label and not verdict.pointer):
        return answer
    label = clean(verdict.label).strip(" *_")
    if not label or label.endswith(":") or len(label.split()) < _VERDICT_WORDS:
        return answer  # a label ("**Note:**") or a term, no verdict
    sentence = _SENTENCE_END.split(clean(verdict.text).replace("\n", " ").strip())[0]
    if len(_block_text(answer[0])) + len(sentence) > ANSWER_CHARS:
        return answer
    return (answer[0], replace(verdict, text=sentence, label=""))


_VERDICT_WORDS = 3  # "**Use local state.**": a bold verdict says a sentence, not a term


def _past_a_short_answer(
    answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question heading answered by a bare verdict that the paragraphs after explain
    ("Yes and no.", then when no, then when yes): those paragraphs join the answer
    while all fits on a card."""
    said = " ".join(_block_text(b) for b in answer).strip()
    size = len(said)
    if size >= _SHORT_ANSWER or not _VERDICT.match(said):
        # Only a bare verdict ("Yes and no.", "Sometimes.") waits for its reasons; a
        # short statement ("A Service exposes …") or a label ("ClusterIP:") does not.
        return answer
    taken, _ = _paragraphs_that_fit(size, more)
    return (*answer, *taken)


# A paragraph going on from the command before it ("And run `systemctl restart x`",
# "Then restart the daemon."): the answer's next step, which cannot stand alone.
_GOES_ON = re.compile(
    r"^(?:and(?: then)?|then|next|finally|afterwards|after that)\b(?!\s+(?:is|are)\b)",
    re.IGNORECASE,
)


def _goes_on(blocks: tuple[object, ...], number: int) -> bool:
    """Whether ``blocks[number]`` is a paragraph going on from the code right before it
    ("add this line:", the line, "And run `…` to restart it.")."""
    block = blocks[number]
    return (
        number > 0
        and isinstance(blocks[number - 1], Code)
        and isinstance(block, Paragraph)
        and not block.pointer
        and bool(_GOES_ON.match(_block_text(block)))
    )


def _step_after_code(
    answer: tuple[object, ...], told: tuple[object, ...], limit: int
) -> tuple[object, ...]:
    """An answer ending on the code a lead-in introduces, where the section goes on
    with the step after it ("And run `systemctl daemon-reload` …"): that step (and the
    code it introduces) joins the answer when all fits on a card."""
    end = len(answer)
    if not answer or told[:end] != answer or end >= len(told) or not _goes_on(told, end):
        return answer
    taken = told[: end + 1]
    if _block_text(told[end]).endswith(":") and end + 1 < len(told):
        taken = told[: end + 2]
    if sum(len(_block_text(b)) for b in taken) > limit:
        return answer
    return taken


# A sentence asking a question in the author's voice: "… to wonder whether all
# containers should set a limit.", "… the question is whether …", "… ask if …".
_ASKS_ITSELF = re.compile(
    r"\b(?:wonder(?:s|ed|ing)?|ask(?:s|ed|ing)?(?: \w+)?|question (?:is|arises|becomes))"
    r",? (?:whether|if|why|how|what|which|when)\b",
    re.IGNORECASE,
)
_SETUP_WORDS = 2  # content words the question must name for its restatement to tell


def _restates(question: str, block: object) -> bool:
    """Whether ``block`` is a paragraph ending on the question put in the author's
    words ("… so an obvious next step is to wonder whether all containers should set a
    CPU limit." under "Should I set a CPU limit?"): it only sets the question up."""
    if not isinstance(block, Paragraph) or block.label or block.heading:
        return False
    sentences = [s for s in _SENTENCE_END.split(_block_text(block).replace("\n", " ")) if s]
    asked = _stems(question)
    last = sentences[-1] if sentences else ""
    return (
        len(asked) >= _SETUP_WORDS
        and bool(_ASKS_ITSELF.search(last))
        and asked <= _stems(last)
        and not last.rstrip().endswith(":")
    )


def _past_the_setup(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question whose first paragraph ends by restating it (see :func:`_restates`):
    the paragraphs after it are the answer. They join the set-up while all fits on a
    card; when they do not, they answer without it (the front asks what it restates)."""
    if len(answer) != 1 or not _restates(question, answer[0]):
        return answer
    taken, cut = _paragraphs_that_fit(len(_block_text(answer[0])), more)
    if taken and not cut:
        return (*answer, *taken)
    alone, _ = _paragraphs_that_fit(0, more)
    return tuple(alone) or answer


# A paragraph adding to the answer before it ("Also, …", "In addition, …"), or adding
# the case of one way of using it ("If you use the purge mode, …").
_ADDS = re.compile(
    r"^(?:also|in addition|additionally|moreover|furthermore|besides|"
    r"if you (?:use|want|need|are using|plan to))\b",
    re.IGNORECASE,
)
# A sentence telling the reader what must be so ("you need to ensure …", "… should be
# enabled", "make sure …").
_REQUIREMENT = re.compile(
    r"\b(?:you (?:need to|have to|must|should|will need to)|make sure|ensure|"
    r"(?:should|must|needs to|has to) be (?:enabled|set|configured|installed|turned on|"
    r"defined|created|running))\b",
    re.IGNORECASE,
)


def _added_requirements(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A "how" question answered by a paragraph and the paragraphs adding to it ("Also,
    … you need to ensure …", "If you use X, … should be enabled."): each says one more
    thing to do, and the answer is all of them. They join whole when all fits on a
    card; else each added paragraph keeps only the sentences saying what must be done.
    Else the answer as it was."""
    if not (_HOW.search(question) or _ASKS_ACTION.search(question)):
        return answer
    if len(answer) != 1 or not isinstance(answer[0], Paragraph):
        return answer
    added: list[Paragraph] = []
    shortened: list[object] = []
    for block in more:
        if not isinstance(block, Paragraph) or block.pointer or block.heading or block.label:
            break
        said = _block_text(block).replace("\n", " ")
        needed = [s for s in _SENTENCE_END.split(said) if _REQUIREMENT.search(s)]
        if not _ADDS.match(said) or not needed:
            # ("If you want to learn more, please read …" adds reading, nothing to do.)
            break
        added.append(block)
        shortened.append(replace(block, text=" ".join(needed)))
    if not added:
        return answer
    size = len(_block_text(answer[0]))
    if size + sum(len(_block_text(b)) for b in added) <= ANSWER_CHARS:
        return (*answer, *added)
    if size + sum(len(_block_text(b)) for b in shortened) > ANSWER_CHARS:
        return answer
    return (*answer, *shortened)


# Words that stand for what a page is about ("How do I enable the feature?" on a page
# titled by the feature's name).
_STANDS_FOR_PAGE = re.compile(
    r"\b(?:the|this)\s+(?:feature|functionality|capability|tool|plugin|extension|"
    r"add-?on|module|library|component|integration)\s*\?$",
    re.IGNORECASE,
)


def _of_the_page(ctx: Context, question: str) -> str:
    """A question naming nothing but "the feature" ("How Do I Enable the Feature?") is
    asked of the page's title, which names it: "Application-level failover: how do I
    enable the feature?" (a Title Case heading read in sentence case). A generic title
    ("FAQ") names nothing: the question stays."""
    title = " ".join(ctx.title.split())
    if not _STANDS_FOR_PAGE.search(question):
        return question
    if not title or title.casefold() in _GENERIC_TITLES or title.endswith("?"):
        return question
    words = question.split(" ")
    if all(w[:1].isupper() for w in words if len(w) > 3):
        # "How Do I Enable the Feature?": Title Case, its capitals no names.
        words = [w.lower() if w[1:].islower() and w != "I" else w for w in words]
    asked = " ".join(words)
    if _names(asked):
        return question  # "How does Kafka load the plugin?" names what it is about
    return f"{title}: {asked[:1].lower()}{asked[1:]}"


def _paragraphs_that_fit(size: int, more: tuple[object, ...]) -> tuple[list[object], bool]:
    """The paragraphs opening ``more`` that fit on a card holding ``size`` characters,
    and whether the run of paragraphs was cut short by the length."""
    taken: list[object] = []
    for block in more:
        if not isinstance(block, Paragraph):
            break
        size += len(_block_text(block))
        if size > ANSWER_CHARS:
            return taken, True
        taken.append(block)
    return taken, False


# "Which of these …?: A. one; B. two; C. three": a numbered list item that holds its
# question and its lettered options (flattened into the item's text); group 1 is the
# stem, group 2 the options.
_STEM_AND_OPTIONS = re.compile(r"^(.+?\?(?:\s*\([^)]*\))?):\s+(\(?A\s*[.:)]\s.*)$", re.DOTALL)
_NEXT_OPTION = re.compile(r";\s+(?=\(?[B-H]\s*[.:)]\s)")
_LETTERED = re.compile(r"^\(?([A-H])\s*[.:)]\s+(.+)$", re.DOTALL)
# "Correct answer: D", "Answers: B, C", "The correct answers are A and E": the letters.
_CHOSEN_LETTERS = re.compile(
    r"^(?:the\s+)?(?:correct\s+)?answers?\s*(?:is|are)?\s*[:\-–—]?\s*"
    r"([A-H](?:\s*(?:,|and|&)\s*[A-H])*)\s*\.?$",
    re.IGNORECASE,
)


def _lettered_quiz(block: Question, question: str) -> Question | None:
    """An exercise whose task is a question with its lettered options and whose hidden
    answer only names the right letters ("Correct answer: D"): a multiple choice, the
    options shown with the question and the back naming each right option with its
    text. None when the exercise is not shaped so."""
    found = _STEM_AND_OPTIONS.match(question)
    first = next((b for b in block.answer if isinstance(b, Paragraph)), None)
    if not found or first is None:
        return None
    parsed = [_LETTERED.match(part.strip()) for part in _NEXT_OPTION.split(found.group(2))]
    options = [(m.group(1), m.group(2).strip()) for m in parsed if m]
    if len(options) < 2 or not in_letter_order([mark for mark, _ in options]):
        return None
    chosen = _CHOSEN_LETTERS.match(clean(first.text).strip())
    if not chosen:
        return None
    texts = dict(options)
    letters = re.findall(r"[A-H]", chosen.group(1).upper())
    if any(letter not in texts for letter in letters):
        return None
    answer = tuple(
        Paragraph(text=f"{letter}: {texts[letter]}", line=first.line) for letter in letters
    )
    shown = ListBlock(
        ordered=False, items=tuple(f"{mark}. {text}" for mark, text in options), line=block.line
    )
    return replace(block, text=found.group(1).strip(), answer=answer, kind="quiz", shown=(shown,))


_EXPLANATION_ITEMS = 3  # an explanation listed one point an option: the first few


def _first_sentence(text: str) -> str:
    return _SENTENCE_END.split(" ".join(clean(text).split()), maxsplit=1)[0].strip()


def _choice_explanation(choice: MarkedChoice, after: tuple[object, ...]) -> list[str]:
    """The first sentence of the author's explanation of a marked choice: run on from
    the last option, else a paragraph labelled so after the list ("**Explanation:** …",
    or the label alone over its paragraph or list). An explanation listed point by
    point keeps each point's first sentence. [] when there is none."""
    points: list[str] = list(choice.explained)
    if not points:
        for at, block in enumerate(after):
            if not isinstance(block, Paragraph) or not EXPLANATION_LABEL.match(block.label or "-"):
                continue
            rest = block.text[len(block.label) :].strip()
            if rest:
                points = [rest]
            elif at + 1 < len(after) and isinstance(nxt := after[at + 1], Paragraph | ListBlock):
                points = [nxt.text] if isinstance(nxt, Paragraph) else list(nxt.items)
            break
    return [s for point in points[:_EXPLANATION_ITEMS] if (s := _first_sentence(point))]


def _marked_quiz(
    block: Question, question: str, section: tuple[object, ...] = ()
) -> Question | None:
    """A question answered by options the author marked ("- ✅ Asynchronous", "- [x]
    ALTER TABLE", "… (correct)"), perhaps after the code or the words it shows: a
    multiple choice, the options shown unmarked with the question, the back the marked
    option(s) and the first sentence of the explanation. Options none marked right
    leave no answer (no card: an empty answer). None when the answer has not that
    shape."""
    # Under a question heading the options may come after the words and code the
    # question shows, past what the parser took as its answer (``section``).
    blocks: tuple[object, ...] = (
        *block.answer,
        *(b for b in section if not any(b is a or b == a for a in block.answer)),
    )
    at = next((n for n, b in enumerate(blocks) if isinstance(b, ListBlock)), None)
    if at is None or at > 2 or not all(isinstance(b, Paragraph | Code) for b in blocks[:at]):
        return None
    listed = blocks[at]
    assert isinstance(listed, ListBlock)
    before = tuple(b for b in blocks[:at] if isinstance(b, Paragraph | Code))
    choice = marked_choice(listed)
    if choice is None:
        return None
    shown = ListBlock(
        ordered=False, items=tuple(text for text, _ in choice.options), line=listed.line
    )
    chosen = tuple(text for text, right in choice.options if right)
    quiz = replace(block, text=question, kind="quiz", shown=(*block.shown, *before, shown))
    if not chosen:
        return replace(quiz, answer=())
    answer: list[Block] = [
        Paragraph(text=chosen[0], line=listed.line)
        if len(chosen) == 1
        else ListBlock(ordered=False, items=chosen, line=listed.line)
    ]
    explained = _choice_explanation(choice, blocks[at + 1 :])
    if len(explained) == 1:
        answer.append(Paragraph(text=explained[0], line=listed.line))
    elif explained:
        answer.append(ListBlock(ordered=False, items=tuple(explained), line=listed.line))
    return replace(quiz, answer=tuple(answer))


# "A:" alone on its line answers the "Q:" above it (only with its colon: "A." letters
# an option).
_LETTER_LABEL = re.compile(rf"^\W*{label_words((ANSWER_LETTER,))}\s*:\W*$", re.IGNORECASE)


def _answer_label(text: str) -> bool:
    return bool(ANSWER_LABEL.match(text) or _LETTER_LABEL.match(text))


def _labelled_parts(block: Question) -> Question:
    """A question heading whose section says "Question:" over code and "Answer:" over
    more code: the first code is asked (shown on the front), the second answers;
    neither label reaches a card."""
    blocks = [*block.answer, *block.more]
    labels = [
        n
        for n, b in enumerate(blocks)
        if isinstance(b, Paragraph) and (QUESTION_LABEL_LINE.match(b.text) or _answer_label(b.text))
    ]
    if len(labels) != 2:
        return block
    first, second = labels
    asks, answers = blocks[first], blocks[second]
    if not (
        isinstance(asks, Paragraph)
        and QUESTION_LABEL_LINE.match(asks.text)
        and isinstance(answers, Paragraph)
        and _answer_label(answers.text)
        and not any(_block_text(b) for b in blocks[:first])
    ):
        return block
    shown = tuple(blocks[first + 1 : second])
    answer = tuple(blocks[second + 1 :])
    if not shown or not answer:
        return block
    return replace(block, shown=(*block.shown, *shown), answer=answer, more=())


# A sentence that hands over to the code below it ("run the following command",
# "as follows:", "like this:"): the code is the rest of the sentence's answer.
_ANNOUNCES_CODE = re.compile(
    r"(?:\b(?:the\s+following|below|as\s+follows|like\s+(?:this|so))\b[^.!?]*[.:]?|:)\s*$",
    re.IGNORECASE,
)


# "`.gitignore`" alone in its paragraph: the line an announcing sentence ("add a line
# like this") shows, written inline instead of in a fence.
_ONLY_CODE_SPAN = re.compile(r"^\s*`[^`\n]+`\s*$")


# "git subtree add --prefix=rails git://…/rails.git master" alone in its paragraph: a
# command written without a fence (a lowercase program, a flag, no sentence's end).
_UNFENCED_COMMAND = re.compile(r"^[a-z][\w.-]*\s+\S.*\s--?[a-z][\w-]*(?:[=\s]\S.*)?$")


def _shown_line(block: object) -> bool:
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    return bool(
        _ONLY_CODE_SPAN.match(text)
        or ("\n" not in text and not text.endswith(".") and _UNFENCED_COMMAND.match(text))
    )


def _announced_code(answer: tuple[object, ...], more: tuple[object, ...]) -> tuple[object, ...]:
    """An answer whose last sentence announces code keeps that code, then the prose
    and code that go on with it (other ways, the next step) while all fits on a card;
    a sentence that would lose its own code is left out with it."""
    if not answer or not more or not (isinstance(more[0], Code) or _shown_line(more[0])):
        return answer
    last = answer[-1]
    if not isinstance(last, Paragraph) or not _leads_into_code(last.text):
        return answer
    size = sum(len(_block_text(b)) for b in answer) + len(_block_text(more[0]))
    taken: list[object] = [more[0]]
    for at in range(1, len(more)):
        block = more[at]
        if not isinstance(block, (Paragraph, Code)):
            break
        size += len(_block_text(block))
        if size > ANSWER_CHARS:
            break
        taken.append(block)
    while taken and isinstance(taken[-1], Paragraph) and _leads_into_code(taken[-1].text):
        taken.pop()  # its code did not fit: the sentence alone would point at nothing
    return (*answer, *taken)


# A question asking the written form of something ("What is the crontab syntax?", "What
# is the format of a log line?", "Explain the cron time format."): the code showing that
# form is its answer, the prose only introduces it.
_ASKS_FORM = re.compile(r"\b(?:syntax|format|structure|layout|notation|grammar)\b", re.I)
# "Example:", "For example:", "Examples:", "Example logic:": a paragraph that is only the
# label of the author's example of the answer above it.
_EXAMPLE_LABEL = re.compile(r"^[^\w`]{0,4}(?:for\s+)?examples?(?:\s+[a-z]+)?\s*:$", re.I)
# "666 - 022 = 644", "022 → 644": a line working out a value of the example above it
# (an equation or a mapping of a few words), no sentence of its own.
_WORKED_LINE = re.compile(r"^[^=→]{1,40}(?:=|→|->)[^=→]{1,40}$")
# "// Output", "# output:": a comment opening what the commands above it printed.
_OUTPUT_COMMENT = re.compile(r"^\s*(?://|#)\s*output\b", re.IGNORECASE | re.MULTILINE)
_WORKED_WORDS = 3  # words of letters a worked line may hold ("Files: 666 - 022 = 644")


def _worked_values(block: object) -> bool:
    """Whether ``block`` is a paragraph of worked values only (``666 - 022 = 644`` on
    each line), what the example's command gives rather than more prose."""
    if not isinstance(block, Paragraph):
        return False
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    return bool(lines) and all(
        _WORKED_LINE.match(line) and len(re.findall(r"[A-Za-z]{2,}", line)) <= _WORKED_WORDS
        for line in lines
    )


def _example_shown(
    question: str, answer: tuple[object, ...], more: tuple[object, ...], limit: int
) -> tuple[object, ...]:
    """An answer in prose and, right after it, the code that shows it: under an
    "Example:" label (and the worked values after it, ``666 - 022 = 644``), or under a
    question asking the form of something (the syntax, the format) with or without a
    short lead-in ending in ":". The code is what the question needs, so the back keeps
    it when all fits on a card; else the answer stands as it was. An answer that
    already shows code keeps its own."""
    if not answer or not more or any(isinstance(b, Code) for b in answer):
        return answer
    if not isinstance(answer[-1], Paragraph | ListBlock):
        return answer
    form = bool(_ASKS_FORM.search(question))
    lead: tuple[object, ...] = ()
    first = more[0]
    if isinstance(first, Paragraph) and not first.pointer:
        said = _block_text(first)
        labelled = bool(_EXAMPLE_LABEL.match(said))
        leads_in = form and len(said) <= _ANNOUNCING_PARAGRAPH_CHARS and said.endswith(":")
        if not (labelled or leads_in):
            return answer
        lead = (first,)
    elif not (form and isinstance(first, Code)):
        return answer
    shown = more[len(lead) : len(lead) + 1]
    if not shown or not isinstance(shown[0], Code):
        return answer
    code = shown[0]
    if not form and (
        len(code.text.splitlines()) > _SHORT_CODE_LINES
        or _printed_session(code)
        or _OUTPUT_COMMENT.search(code.text)
    ):
        # A whole manifest, or a session and what it printed, under "What is X?": a
        # demonstration of the thing, not the few lines that show what the answer says.
        return answer
    taken = _with_worked_values((*answer, *lead, *shown), more[len(lead) + 1 :])
    if sum(len(_block_text(b)) for b in taken) > limit:
        return answer
    return taken


def _with_worked_values(
    answer: tuple[object, ...], after: tuple[object, ...]
) -> tuple[object, ...]:
    """An answer ending on an example's code, with the worked values the author wrote
    right after it (``666 - 022 = 644``) as lines of their own: they are what the
    example shows."""
    worked: list[object] = []
    for block in after:
        if not isinstance(block, Paragraph) or not _worked_values(block):
            break
        lines = "\n".join(line.strip() for line in block.text.split("\n") if line.strip())
        worked.append(Code(info="", text=lines + "\n", line=block.line))
    return (*answer, *worked)


# "Below are the list of methods.", "It can be done in the following ways.": a sentence
# that only hands over to what follows it, whatever it ends on.
_ANNOUNCING_SENTENCE = re.compile(
    r"^(?:below|the\s+following|following|here)\b|\b(?:as\s+follows|the\s+following"
    r"(?:\s+\w+){0,2}|below)\s*[.:,]?\s*$",
    re.IGNORECASE,
)
_AN_EXAMPLE = re.compile(r"\bexamples?\b", re.IGNORECASE)
_READING_LEAD_IN = re.compile(
    r"^(?:read|see|more|links?|resources?|references?|further\s+reading)\b", re.IGNORECASE
)
_ASIDE_LABEL = re.compile(
    r"^(?:notes?|tips?|warning|caution|important|hint|remember|attention)\b", re.IGNORECASE
)
_BARE_LEAD_IN_WORDS = 6
_DEMO_OPENING = re.compile(r"^(?:let'?s|let\s+us|first|now|then|next)\b", re.IGNORECASE)
# An announcing paragraph of an answer is a lead-in, never a second answer: one or two
# sentences ("Below are the list of methods:", "It can be done in the following ways.").
_ANNOUNCING_PARAGRAPH_CHARS = 200


def _word_heads(text: str) -> set[str]:
    """A text's words of four letters or more, cut to five ("decorators" and
    "decorator" alike), for telling whether two texts speak of one thing."""
    return {w.lower()[:5] for w in re.findall(r"\w{4,}", text)}


def _announced_after(
    answer: tuple[object, ...], more: tuple[object, ...], limit: int, question: str = ""
) -> tuple[object, ...]:
    """An answer's opening ("… modify the original array.") then a paragraph announcing
    a list or code ("Below are the list of methods:", "It can be done in the following
    ways,") and that list or code: the announced block is the rest of the answer, so
    the lead-in and the block join the back when they fit on the card (a list too long
    keeps its items' leads, see :func:`_answer_text`); else the opening stands alone,
    never a back ending on an announcement."""
    if len(more) < 2 or not answer or not isinstance(answer[-1], Paragraph):
        return answer
    lead, shown = more[0], more[1]
    if not isinstance(lead, Paragraph) or not isinstance(shown, ListBlock | Code):
        return answer
    said = _block_text(lead)
    if _promises_more(answer[-1], _block_text(answer[-1])) or not said:
        return answer  # the opening's own lead-in is the other rules' to finish
    last = _SENTENCE_END.split(said.strip())[-1]
    if (
        len(said) > _ANNOUNCING_PARAGRAPH_CHARS
        or _AN_EXAMPLE.search(said)
        or not (_promises_more(lead, said) or _ANNOUNCING_SENTENCE.search(last))
        or (isinstance(shown, Code) and not _ANNOUNCING_SENTENCE.search(last))
        or _DEMO_OPENING.match(said)
    ):
        # An example's set-up ("Let's take an example of X,", "Let's create …",
        # "First you need to …") illustrates the answer and runs on past its first
        # block: the other rules' to card. Code joins only a sentence handing over to it
        # ("It can be configured as below,").
        return answer
    # A lead-in of its own subject ("Three things were weighed when the glaze was
    # chosen:" under "How is it cleaned?") lists something else: it must name what the
    # question asks, or be a bare hand-over of a few words ("Below are their
    # features,"). Under a "why" the reasons are the answer: a few words announcing
    # ways around it are not.
    bare = len(said.split()) <= _BARE_LEAD_IN_WORDS and not _WHY.search(question)
    if not bare and not (_word_heads(said) & _word_heads(question)):
        return answer
    if (
        _READING_LEAD_IN.match(said)
        or _ASIDE_LABEL.match(said)
        or (isinstance(shown, ListBlock) and (_links_only(shown) or any(shown.links)))
    ):
        return answer  # "Read:", "For more, see:" and its links: reading, not the answer
    size = sum(len(_block_text(b)) for b in answer) + len(said)
    if isinstance(shown, ListBlock):
        items = _block_text(replace(shown, codes=()))
        fits = size + len(items) <= limit or size + len(_item_leads(shown) or items) <= limit
        return (*answer, lead, shown) if fits else answer
    # "Below are the possible options:" over three fences: every one of them, or none
    # (the first alone would answer "the options" with one).
    codes: list[object] = []
    for block in more[1:]:
        if not isinstance(block, Code):
            break
        codes.append(block)
    fits = size + sum(len(_block_text(c)) for c in codes) <= limit
    return (*answer, lead, *codes) if fits else answer


def _leads_into_code(text: str) -> bool:
    """Whether a paragraph ends on a lead-in to the code after it: "… the following",
    "like this:", a colon, a comma ("The structure would be,") or a word no sentence
    ends on ("You can install it globally as")."""
    said = text.rstrip()
    return bool(_ANNOUNCES_CODE.search(said) or said.endswith(",") or _HANGING_WORD.search(said))


def _titles_what_is_asked(question: str, title: str) -> set[str]:
    """The words of the question a sub-heading names ("#### Main drawbacks and
    limitations:" under "What are X's drawbacks and limitations?"): a word of the
    question other than a name (a capitalised word, "Django's", which every part of
    such a page names) is in the title."""
    names = {w.lower() for w in re.findall(r"\b[A-Z][a-z][\w-]*", question)}
    asked = set(_ASKED_WORD.findall(question.lower())) - names - _QUESTION_FILLER
    return asked & set(_ASKED_WORD.findall(title.lower()))


# A word of a question or title, code names whole ("media_root", "login_required").
_ASKED_WORD = re.compile(r"[a-z][a-z0-9_]{3,}")


# The closing summary of a long answer: "In short: …", "TL;DR …", "Коротко: …".
_SUMMARY_OPENING = re.compile(
    r"^\W*(?:in short|in summary|to sum up|tl;?dr|summary|коротко|підсумок|итого|вкратце)\b",
    re.IGNORECASE,
)
# A label heading at most this many words long may only repeat the topic ("#### Angular").
_TOPIC_LABEL_WORDS = 3


def _sub_section_parts(answer: tuple[object, ...]) -> tuple[object, ...] | None:
    """A hidden answer made only of sub-sections ("### Requirements" and its list,
    "### Architecture" and its diagram, "### Key decisions" and its list): each part
    answers a piece, so each keeps its heading and first block (its later blocks are
    detail) when all of them fit on a card together; None (the answer is read as
    before) for any other answer or when they do not fit."""
    if len(answer) < 4 or not (isinstance(answer[0], Paragraph) and answer[0].heading):
        return None
    kept: list[object] = []
    titled = 0
    for number, block in enumerate(answer):
        if isinstance(block, Paragraph) and block.heading:
            after = answer[number + 1] if number + 1 < len(answer) else None
            if after is None or (isinstance(after, Paragraph) and after.heading):
                return None  # a heading with nothing under it titles no part
            kept.append(block)
            titled += 1
        elif isinstance(kept[-1], Paragraph) and kept[-1].heading:
            kept.append(block)
    if titled < 2 or sum(len(_block_text(b)) for b in kept) > ANSWER_CHARS:
        return None
    return tuple(kept)


def _label_heading_parts(question: str, answer: tuple[object, ...]) -> tuple[object, ...]:
    """A hidden answer laid out under label headings from its first block on ("####
    Angular", its definition, "#### Key features:" and the list, "In short: …"): the
    headings are parts of one answer, not sections. A first label that only repeats
    a word of the question goes; the parts all answer when they fit on a card, else
    the first part and the answer's closing summary ("In short:" and its list) do."""
    blocks = list(answer)
    if blocks and isinstance(blocks[0], Paragraph) and blocks[0].heading:
        words = _block_text(blocks[0]).rstrip(":").strip().lower().split()
        if len(words) <= _TOPIC_LABEL_WORDS and all(
            w.rstrip("s") in question.lower() for w in words
        ):
            blocks.pop(0)  # "#### Angular" over "What is Angular?": the topic again
    # A paragraph opening the answer is context the next rule reads with its parts.
    if len(blocks) < 3 or isinstance(blocks[0], Paragraph):
        return answer
    summary = next(
        (
            n
            for n, b in reversed(list(enumerate(blocks)))
            if n and isinstance(b, Paragraph) and not b.heading
            if _SUMMARY_OPENING.match(_block_text(b))
        ),
        None,
    )
    headed = [n for n, b in enumerate(blocks) if isinstance(b, Paragraph) and b.heading]
    if not headed and summary is None:
        return answer
    if sum(len(_block_text(b)) for b in blocks) <= ANSWER_CHARS:
        return tuple(blocks)
    if summary is None:
        return answer
    closing = blocks[summary:]  # "In short:" and its list, or "In short: …" alone
    first = blocks[: min([*headed, summary])]
    for part in ((*first, *closing), (blocks[0], *closing)):
        if sum(len(_block_text(b)) for b in part) <= ANSWER_CHARS:
            return part
    return answer


def _first_titled_part(question: str, answer: tuple[object, ...]) -> tuple[object, ...]:
    """A hidden answer that opens with one paragraph of context and goes on under
    sub-headings: the context alone answers nothing. To a "how" question ("In Django,
    redirects are used when …", then "#### Main approach:" and its code) the context
    and the first titled part answer together, when they fit on a card. To another
    question, the titled parts that name what it asks ("#### Main drawbacks:" under
    "What are X's drawbacks?"; "What `A` is:" and "What `B` is:" under "What are A
    and B?", all such parts when it asks of several things) answer with the context,
    when they fit (each part cut to its first block if need be); the later parts stay
    off. A comparison or a question in several parts keeps its own reading."""
    if len(answer) < 3:
        return answer
    first, title = answer[0], answer[1]
    if not isinstance(first, Paragraph) or first.heading or first.text.rstrip().endswith(":"):
        return answer
    if not isinstance(title, Paragraph) or not title.heading:
        return answer
    parts: list[tuple[object, ...]] = []
    for block in answer[1:]:
        if isinstance(block, Paragraph) and block.heading:
            parts.append((block,))
        else:
            parts[-1] = (*parts[-1], block)
    if _HOW.search(question):
        chosen = parts[:1]
    elif _COMPARES.search(question) or _several_parts(question):
        return answer
    else:
        # The parts right after the context that name what is asked (one, or one per
        # thing asked): a later part is a side topic ("Important difference …").
        named, covered = 0, set[str]()
        while named < len(parts):
            names = _titles_what_is_asked(question, _block_text(parts[named][0]))
            if not names - covered:
                break  # names nothing asked, or only what a part before it answered
            covered |= names
            named += 1
        chosen = parts[:named] if _SEVERAL_THINGS.search(question) else parts[: min(named, 1)]
    if not chosen or any(len(p) < 2 for p in chosen):
        return answer
    part = (first, *(b for p in chosen for b in p))
    if sum(len(_block_text(b)) for b in part) > ANSWER_CHARS and not _HOW.search(question):
        # "#### Key advantages:" and eight items of two sentences: the items' names
        # ("High development speed") answer; what each says stays off, as a long
        # list's does under a lead-in.
        part = tuple(_named_items(b) for b in part)
    if sum(len(_block_text(b)) for b in part) > ANSWER_CHARS:
        return answer
    return part


def _named_items(block: object) -> object:
    """A list as the names of its items (see :func:`_item_leads`), else as it is."""
    if not isinstance(block, ListBlock):
        return block
    leads = _item_leads(block)
    if not leads:
        return block
    names = tuple(_ITEM_LINE_START.sub("", line) for line in leads.split("\n"))
    return replace(block, items=names, terms=("",) * len(names))


# A question asking of two or more things ("What are A and B?", "What are tags and
# filters?"): each has its titled part.
_SEVERAL_THINGS = re.compile(r"\S\s+and\s+\S|,\s*\S", re.IGNORECASE)


# The author's number before a folded question: "42. What types of … exist?", "12) ",
# "Q3. " (a number with words after it: "1.5 GiB or 2?" is no numbering).
_LONE_NUMBER = re.compile(
    r"^\s*(?:Q(?:uestion)?\s*)?\d{1,3}(?-i:[a-z])?[.)]\s+(?=\S)", re.IGNORECASE
)


# "What is booting and explain its steps in detail": a definition asked, then a task
# joined to it by "and" (explain, describe, list …).
_DEFINITION_AND_TASK = re.compile(
    r"^(?P<asked>what (?:is|are) (?:an? |the )?(?P<term>[^,?]{2,60}?))\s*,?\s+and\s+"
    r"(?:explain|describe|list|name|give|mention|state|discuss|elaborate|show)\b",
    re.IGNORECASE,
)
_DEFINES = re.compile(r"^(?:an? |the )?(?P<term>.{2,60}?)\s+(?:is|are|refers to|means)\s")


def _definition_asked(question: str, back: str, block: Question) -> str:
    """A question asking a definition and a task ("What is booting and explain its
    steps in detail") whose back is only the definition ("Booting is the process …"),
    the steps further down too long for a card: the front asks only what the back
    answers ("What is booting?"). Else the question as it was."""
    asked = _DEFINITION_AND_TASK.match(question)
    if asked is None or "\n" in back or not (block.more or block.listed):
        return question
    defines = _DEFINES.match(back)
    if defines is None or defines["term"].casefold() != asked["term"].casefold():
        return question
    return f"{asked['asked'].strip()}?"


def _without_lone_number(ctx: Context, block: Question, question: str) -> str:
    """A ``<summary>42. What is X?</summary>`` question without the author's number
    when no other folded question of the page asks the same words, or when it shows
    its code (two asking alike then differ by what they show): the number tells
    nothing apart. The note's id keeps it, as it always had."""
    numbered = _LONE_NUMBER.match(question)
    if block.kind != "details" or numbered is None:
        return question
    if block.shown:
        return question[numbered.end() :]
    rest = question[numbered.end() :]
    same = [
        item
        for item in ctx.items
        if isinstance(item.block, Question)
        and item.block is not block
        and _LONE_NUMBER.sub("", clean(item.block.text)).strip() == rest.strip()
    ]
    return question if same else rest


# A sentence with its subject left out, as reference pages describe a construct:
# "Constructs a type with …", "Returns the …", "Creates an …".
_SUBJECTLESS = re.compile(r"^[A-Z][a-z]+s\s+(?:a|an|the|all|each|every|one|its)\b")
_SHORT_CODE_LINES = 12  # the code after such a sentence fits on a card up to this


def _code_names_it(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """An answer of one subjectless sentence ("Constructs a type with all properties set
    to readonly …") names nothing: unless the question names the construct ("What does
    Required do?"), the short code right after it shows it ("const todo:
    Readonly<Todo> = …") and goes on the back with it."""
    if len(answer) != 1 or not more or not isinstance(more[0], Code):
        return answer
    first = answer[0]
    if not isinstance(first, Paragraph) or "`" in first.text or "`" in question:
        return answer
    if any(word[:1].isupper() for word in question.split()[1:]):
        return answer  # the question names what it asks about
    if not _SUBJECTLESS.match(first.text.strip()):
        return answer
    if len(more[0].text.strip().splitlines()) > _SHORT_CODE_LINES:
        return answer
    return (first, more[0])


def _procedure_steps(answer: tuple[object, ...], section: tuple[object, ...]) -> tuple[object, ...]:
    """An answer ending in a step ("First create the app:" and its code) when the
    section goes on with more ("And enable X:" and its code, …): the steps stay together
    up to the next heading while all fits on a card (a step whose code does not fit
    is left out with it)."""
    if len(answer) < 2 or not isinstance(answer[-1], Code):
        return answer
    before = answer[-2]
    if not (isinstance(before, Paragraph) and before.text.rstrip().endswith(":")):
        return answer
    at = next((n for n, b in enumerate(section) if b is answer[-1]), None)
    rest = section[at + 1 :] if at is not None else ()
    if len(rest) < 2 or not (
        isinstance(rest[0], Paragraph)
        and rest[0].text.rstrip().endswith(":")
        and isinstance(rest[1], Code)
    ):
        return answer
    size = sum(len(_block_text(b)) for b in answer)
    taken: list[object] = []
    for block in rest:
        if not isinstance(block, Paragraph | Code):
            break
        size += len(_block_text(block))
        if size > ANSWER_CHARS:
            break
        taken.append(block)
    while taken and isinstance(taken[-1], Paragraph) and _ANNOUNCES_CODE.search(taken[-1].text):
        taken.pop()
    return (*answer, *taken)


# "What is `mutable` and `immutable` types?", "What are Pods and Deployments?": the
# two things a question names around its "and" (the word on each side, code or not).
_NAMED_PAIR = re.compile(r"(`[^`]+`|[\w-]+)\s+and\s+(`[^`]+`|[\w-]+)", re.IGNORECASE)


def _split_numbered_steps(
    answer: tuple[object, ...], section: tuple[object, ...]
) -> tuple[object, ...]:
    """An answer whose numbered steps are split by their commands ("Steps:", "1.
    Identify the process", its code, "2. Check the details", its code, …; the list
    restarts after each fence at the next number): the steps run to the end of the
    section, each label with its command and the lines under it, whole steps while all
    fits on a card; a step whose command does not fit ends the answer, never a label
    without its command (with no step fitting, the prose before them alone, or ``()``
    when it only leads into them)."""
    if not answer or not isinstance(answer[-1], ListBlock) or not answer[-1].ordered:
        return answer
    first = answer[-1]
    if first.codes and any(first.codes):
        return answer
    rest = [b for b in section if getattr(b, "line", 0) > first.line]
    if not rest or not isinstance(rest[0], Code):
        return answer
    steps: list[list[object]] = [[first]]
    number = first.start + len(first.items)
    for block in rest:
        if isinstance(block, ListBlock) and block.ordered and block.start == number:
            steps.append([block])
            number += len(block.items)
        elif isinstance(block, Paragraph | Code | Callout):
            steps[-1].append(block)
        else:
            break
    if len(steps) < 2 or not all(any(isinstance(b, Code) for b in step) for step in steps):
        return answer  # one list and code after it: an example, not steps split apart
    taken: list[object] = list(answer[:-1])
    size = sum(len(_block_text(b)) for b in taken)
    for step in steps:
        coded = max(n for n, b in enumerate(step) if isinstance(b, Code)) + 1
        needed = sum(len(_block_text(b)) for b in step[:coded])
        if size + needed > ANSWER_CHARS:
            break
        size += needed
        taken.extend(step[:coded])
        for block in step[coded:]:
            size += len(_block_text(block))
            if size > ANSWER_CHARS:
                return tuple(taken)
            taken.append(block)
    if len(taken) == len(answer) - 1:
        # Not even the first step fits: the prose before the steps answers alone, unless
        # it only leads into them ("Steps:").
        said = [b for b in taken if _block_text(b)]
        if said and not _block_text(said[-1]).rstrip().endswith((":", ",")):
            return tuple(taken)
        return ()
    return tuple(taken)


_FENCE_LABEL_WORDS = 6  # "📌 Directory size", "In Dockerfile:": a label, no sentence


def _fence_label(block: object) -> bool:
    if not isinstance(block, Paragraph):
        return False
    text = _block_text(block).strip()
    return (
        bool(text)
        and len(text.split()) <= _FENCE_LABEL_WORDS
        and not text.endswith((".", "?", "!", ","))
    )


def _labelled_fences(answer: tuple[object, ...], section: tuple[object, ...]) -> tuple[object, ...]:
    """A question heading answered by labelled fences only ("📌 Disk usage" and its
    command, "📌 Directory size" and its command, "📌 Inode usage" and its command, then
    perhaps a closing remark): every label with its fence, up to the next heading,
    whole pairs while all fits on a card, then the closing paragraphs while they fit;
    the answer as it was unless two labels or more each have their fence."""
    if not answer or not _fence_label(answer[0]):
        return answer
    # (A question heading holds its first blocks; the section goes on past them.)
    last = max(getattr(b, "line", 0) for b in answer)
    section = (*answer, *(b for b in section if getattr(b, "line", 0) > last))
    pairs: list[list[object]] = []
    closing: list[object] = []
    for block in section:
        if closing:
            if not isinstance(block, Paragraph):
                return answer
            closing.append(block)
        elif _fence_label(block) and (not pairs or isinstance(pairs[-1][-1], Code)):
            pairs.append([block])
        elif isinstance(block, Code) and pairs:
            pairs[-1].append(block)
        elif isinstance(block, Paragraph) and pairs and isinstance(pairs[-1][-1], Code):
            closing.append(block)
        else:
            return answer
    if len(pairs) < 2 or not all(len(pair) > 1 for pair in pairs):
        return answer
    taken: list[object] = []
    size = 0
    for pair in (*pairs, *([b] for b in closing)):
        size += sum(len(_block_text(b)) for b in pair)
        if size > ANSWER_CHARS:
            break
        taken.extend(pair)
    return tuple(taken) if len(taken) > len(answer) else answer


def _every_announced_fence(
    answer: tuple[object, ...], section: tuple[object, ...], limit: int
) -> tuple[object, ...]:
    """An answer ending on a lead-in ("In its simplest form:") and the first of several
    fences right after it (one manifest per object): the lead-in announces them all,
    so they join the back while they fit on a card."""
    if len(answer) < 3 or not isinstance(answer[-1], Code):
        return answer
    lead = answer[-2]
    if not isinstance(lead, Paragraph) or not _block_text(lead).endswith(":"):
        return answer
    rest = [b for b in section if getattr(b, "line", 0) > answer[-1].line]
    fences: list[object] = []
    for block in rest:
        if not isinstance(block, Code):
            break
        fences.append(block)
    if not fences:
        return answer
    size = sum(len(_block_text(b)) for b in answer)
    taken: list[object] = []
    for fence in fences:
        size += len(_block_text(fence))
        if size > limit:
            break
        taken.append(fence)
    return (*answer, *taken)


def _mentions(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` (a word, a plural of it, in code or not)."""
    word = re.escape(name.strip("`").rstrip("s"))
    return re.search(rf"(?<![\w-]){word}s?(?![\w-])", text, re.IGNORECASE) is not None


def _other_side(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question naming two things ("X and Y") whose first paragraph speaks of one
    only: the paragraphs after it up to the one that speaks of the other join it (all
    on one card, else the answer stays as the author began)."""
    pair = _NAMED_PAIR.search(question)
    if pair is None or not answer or not all(isinstance(b, Paragraph) for b in answer):
        return answer
    said = " ".join(_block_text(b) for b in answer)
    missing = [name for name in pair.groups() if not _mentions(said, name)]
    if len(missing) != 1:
        return answer
    taken, _cut = _paragraphs_that_fit(len(said), more)
    for at, block in enumerate(taken):
        if _mentions(_block_text(block), missing[0]):
            return (*answer, *taken[: at + 1])
    return answer


def _both_sides(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A "difference between A and B" answered one side per paragraph: the paragraphs
    after the first join it, up to the next heading, while all fits on a card. A
    question naming two things ("X and Y") takes the paragraphs up to the other's."""
    if not _COMPARES.search(question) or not answer:
        return _other_side(question, answer, more)
    if not all(isinstance(b, Paragraph) for b in answer):
        return answer
    taken, cut = _paragraphs_that_fit(sum(len(_block_text(b)) for b in answer), more)
    if cut:
        return answer  # one side would be missing: as the author began
    while taken and isinstance(last := taken[-1], Paragraph) and last.label == last.text:
        # "**Control Plane Components:**" alone, its list after it: the side it titles
        # is no paragraph that fits, and would be missing under its label.
        taken = taken[:-1]
    return (*answer, *taken)


# An exercise box titled by its kind alone ("Challenge", "Exercise 2", "Question:").
_BARE_EXERCISE_LABEL = re.compile(
    rf"^(?:{'|'.join(EXERCISE_WORDS)})(?:\s*\d+[a-z]?)?\s*[.:]?$", re.IGNORECASE
)
# A task pointing at code the lesson showed before it ("The while loop we just provided",
# "the program above"): the card needs that code.
_PROVIDED_CODE = re.compile(
    r"\b(?:we|you|i)\s+(?:just\s+|have\s+)?(?:provided|showed|shown|saw|seen|wrote|"
    r"written|gave)\b|\b(?:code|program|loop|function|example|snippet)\s+above\b|"
    r"\babove\s+(?:code|program|loop|function|example|snippet)\b",
    re.IGNORECASE,
)


def _quiz_note(ctx: Context, index: int, block: Question, question: str) -> tuple[Note, ...]:
    """A multiple-choice question: the front shows the question with its code and its
    options, the back the right option (letter and text) and the first block of the
    explanation. The author's number tells apart questions asked in the same words."""
    if not question:
        return ()
    front = "\n".join([question, *(t for b in block.shown if (t := _block_text(b)))])
    back = "\n".join(t for b in block.answer if (t := _block_text(b)))
    slug = slugify(f"{block.number} {question}" if block.number else question)
    parent = ctx.place(index)
    note_id = parent if parent.endswith(f"/{slug}") or parent == slug else f"{parent}/{slug}"
    return (
        FactNote(
            id=note_id,
            type=NoteType.FACT,
            front=front,
            back=back,
            tags=ctx.tags(index),
            origin=ctx.origin(index),
        ),
    )


# An exercise heading's number ("05-01.", "Exercise 3:", "Lab 2 -") and its kind word
# at the end ("… Pods Question"): no part of what the task is about.
_EXERCISE_NUMBER = re.compile(
    rf"^(?:(?:{'|'.join(EXERCISE_WORDS)}|q)\s*)?\d+(?:[.-]\d+)*\s*[.):\-\u2013\u2014]?\s+",
    re.IGNORECASE,
)
_EXERCISE_MARK = re.compile(rf"\s+(?:{'|'.join(EXERCISE_WORDS)})$", re.IGNORECASE)


_COMPARES = re.compile(r"\bdiffer\w*|\bcompar\w*|\bvs\.?(?=\s)|\bversus\b", re.IGNORECASE)


def _plain(text: str) -> str:
    return " ".join(clean(text).replace("`", "").strip().rstrip(":").lower().split())


def _compared_parts(question: str, blocks: tuple[object, ...]) -> str:
    """A comparison ("Difference between A and B?", "How do A and B differ?") answered
    under bold labels, one per compared thing (``**A:** …`` then ``**B:** …``, or a
    ``**A**`` line over its paragraph): the back holds every part, each under its label,
    after the opening paragraph that sets them side by side; "" when the answer has not
    that shape (fewer than two labels the question names)."""
    if not _COMPARES.search(question):
        return ""
    asked = _plain(question)
    opening = ""
    parts: dict[str, str] = {}
    for number, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        text = _block_text(block)
        label = _plain(block.label) if block.label else ""
        if not label or not re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", asked):
            if number == 0 and not block.label:
                opening = text
            continue
        if label in parts:
            continue
        if text.endswith(":"):
            return ""  # a part introducing its code: the labelled-code rules card it
        if _part_title(block):
            # "**A**" alone on its line: the paragraph under it is A's part.
            after = blocks[number + 1] if number + 1 < len(blocks) else None
            if not isinstance(after, Paragraph) or after.label:
                continue
            body = _block_text(after)
        else:
            rest = text[len(clean(block.label).rstrip(":")) :]
            if not rest.lstrip().startswith(":"):
                # "**React** is a library …": the label is the sentence's subject.
                parts[label] = f"• {text}"
                continue
            body = rest.lstrip(" :")
        if body.endswith(":"):
            return ""  # a part introducing its code: the labelled-code rules card it
        if body:
            parts[label] = f"• {clean(block.label).rstrip(':').strip()}: {body}"
    if len(parts) < 2:
        return ""
    lines = [opening, *parts.values()] if opening else list(parts.values())
    if sum(len(line) for line in lines) > ANSWER_CHARS:
        # Too long for a card: each part keeps its first sentence.
        lines = [lines[0], *(_SENTENCE_END.split(line)[0] for line in lines[1:])]
    return "\n".join(lines)


# A paragraph that only says an answer is coming ("There are several ways to …",
# "… the following libraries:"): the list after it answers.
_ANNOUNCES_MANY = re.compile(
    r"\b(?:several|many|various|a few|multiple|different|some)\s+(?:\w+\s+)?"
    r"(?:ways|approaches|options|methods|libraries|tools|techniques|strategies)\b|:$",
    re.IGNORECASE,
)


def _labelled_list_below(
    ctx: Context, index: int, answer: tuple[object, ...]
) -> tuple[object, ...]:
    """A question heading answered only by a paragraph that announces ways to do it,
    the ways listed right after under a label sub-heading ("#### Key libraries:"): the
    label and its list join the answer, never the announcement alone."""
    if not answer or not all(isinstance(b, Paragraph) for b in answer):
        return answer
    last = answer[-1]
    assert isinstance(last, Paragraph)
    if not _ANNOUNCES_MANY.search(last.text.strip()):
        return answer
    headings = ctx.items[index].headings
    for item in ctx.items[index + 1 :]:
        if item.headings == headings:
            continue
        label = item.headings[-1] if len(item.headings) == len(headings) + 1 else None
        if (
            label is not None
            and item.headings[:-1] == headings
            and label.text.rstrip().endswith(":")
            and isinstance(item.block, ListBlock)
        ):
            title = f"{clean_heading(label.text).rstrip(':')}:"
            return (*answer, Paragraph(text=title, line=label.line), item.block)
        break
    return answer


# A last sentence that says what the reader must change without showing how: "To
# suppress these warnings, you will need to edit your bundler config file." The block
# after it (the config) is how, and the answer without it is incomplete.
_NEEDS_SHOWN = re.compile(
    r"\b(?:need|have|has|needs)\s+to\s+(?:edit|change|modify|update|adjust|extend|add\s+\w+\s+to)"
    r"\s+(?:your|the)\b[^.!?]*\b(?:config(?:uration)?|settings|options|file)\b[^.!?]*[.!]?\s*$",
    re.IGNORECASE,
)
# A paragraph stating the pitfall of what the paragraph before said: "One important thing
# to know is that …", "Note that …", "Keep in mind …": the part a reader gets wrong.
_PITFALL_NEXT = re.compile(
    r"^(?:(?:one|an?|the\s+(?:most|only))\s+important\s+thing|note\s+that|keep\s+in\s+mind|"
    r"be\s+(?:aware|careful)|beware|remember\s+that|important:|caution:|warning:)",
    re.IGNORECASE,
)


def _shows_what_it_needs(
    answer: tuple[object, ...], rest: tuple[object, ...]
) -> tuple[object, ...]:
    """A one-paragraph answer that only says what must be done ("… you will need to edit
    your config file.") over the code showing it, or whose next paragraph states its
    pitfall ("One important thing to know is that …"): the blocks that follow, up to the
    next heading, are the rest of the answer and join it while all fits on a card;
    when they do not fit there is no card (the opening alone is incomplete). Else the
    answer as it was."""
    if len(answer) != 1 or not rest or not isinstance(answer[0], Paragraph):
        return answer
    last = _SENTENCE_END.split(answer[0].text.strip())[-1]
    needs = bool(_NEEDS_SHOWN.search(last)) and isinstance(rest[0], Code)
    pitfall = isinstance(rest[0], Paragraph) and bool(_PITFALL_NEXT.match(rest[0].text.strip()))
    if not (needs or pitfall):
        return answer
    size = len(_block_text(answer[0]))
    taken: list[object] = []
    for block in rest:
        if not isinstance(block, Paragraph | Code | ListBlock):
            break
        size += len(_block_text(block))
        if size > ANSWER_CHARS:
            if not taken:
                return ()  # the opening alone is incomplete, the rest does not fit
            break
        taken.append(block)
    return (*answer, *taken)


# A later paragraph of a how-to answer that gives one more thing to do: "Also, if you
# want the CLI, run it this way:", "Additionally, …", "To avoid import cycles use the
# wrapper type:", "For ESM projects use this instead:", "Make sure to …".
_FURTHER_STEP = re.compile(
    r"^(?:(?:also|additionally|in addition|lastly|finally)\b,?"
    r"|to [a-z]+\b[^.!?]*?\b(?:use|add|run|set|"
    r"pass|call|wrap|install|enable|make sure)\b"
    r"|for [^.!?,]{1,60},? use\b|make sure\b|don't forget\b|do not forget\b)",
    re.IGNORECASE,
)


def _further_steps(
    question: str, answer: tuple[object, ...], rest: tuple[object, ...]
) -> tuple[object, ...]:
    """A "How to X?" answer whose opening is one step ("Add `type: module` to your
    package.json.") while later paragraphs of its section give the others ("To avoid
    import cycles use the wrapper type:" and its code, "Also, to run the CLI:" and its
    command) or the warning on them: the answer runs to the last such paragraph (with the
    code it announces) while all fits on a card. A flashcard author keeps every step: the
    first alone answers part of how. Else the answer as it was."""
    if not _ASKS_WHAT_TO_DO.match(question) or not answer:
        return answer
    size = sum(len(_block_text(b)) for b in answer)
    end = 0  # blocks of ``rest`` the answer runs to
    for number, block in enumerate(rest):
        if not isinstance(block, Paragraph | Code | ListBlock | Callout | Quote) or (
            isinstance(block, Paragraph) and block.heading
        ):
            break
        size += len(_block_text(block))
        if size > ANSWER_CHARS:
            break
        if isinstance(block, Paragraph):
            text = _block_text(block).strip()
            if _FURTHER_STEP.match(text) or _PITFALL_NEXT.match(text):
                end = number + 1
        elif isinstance(block, Callout | Quote) and _PITFALL_NEXT.match(_block_text(block).strip()):
            end = number + 1
        elif (
            end == number > 0
            and isinstance(rest[number - 1], Paragraph)
            and _block_text(rest[number - 1]).rstrip().endswith(":")
        ):
            end = number + 1  # the code or list the step announces
    return (*answer, *rest[:end]) if end else answer


def _tab_label(block: object) -> str:
    """The name of a content tab (``{{% tab header="CLI" %}}``, read as a label line
    alone), "" for any other block."""
    if isinstance(block, Paragraph) and block.label and block.text.strip() == block.label:
        return block.label.strip().rstrip(":")
    return ""


def _tab_name(block: object) -> str:
    """The name of a content tab where one opens (``Paragraph.tab``), "" for any other
    block (a bold label titling a part of the text is no alternative)."""
    return _tab_label(block) if isinstance(block, Paragraph) and block.tab else ""


def _tab_group(section: tuple[object, ...], start: int) -> list[tuple[str, tuple[object, ...]]]:
    """The content tabs from the label ``section[start]`` on: each tab's name with the
    blocks under it, up to the next name or the end of the section. [] unless two tabs
    or more each hold something (one label alone titles its section, no choice)."""
    tabs: list[tuple[str, list[object]]] = []
    for block in section[start:]:
        label = _tab_name(block)
        if label:
            tabs.append((label, []))
        elif tabs:
            tabs[-1][1].append(block)
    if len(tabs) < 2 or any(not body for _, body in tabs):
        return []
    return [(label, tuple(body)) for label, body in tabs]


def _tab_ways(tabs: list[tuple[str, tuple[object, ...]]]) -> list[object]:
    """Each tab as one way of the answer: its name, then its blocks ("CLI: `x`" for a
    command of one line)."""
    ways: list[object] = []
    for label, body in tabs:
        code = body[0] if len(body) == 1 else None
        text = code.text.strip() if isinstance(code, Code) else ""
        if isinstance(code, Code) and "\n" not in text and "`" not in text:
            ways.append(Paragraph(text=f"{label}: `{text}`", line=code.line))
        else:
            line = getattr(body[0], "line", 0)
            ways.extend((Paragraph(text=f"{label}:", line=line), *body))
    return ways


def _every_tab(
    answer: tuple[object, ...], section: tuple[object, ...], told: tuple[object, ...]
) -> tuple[tuple[object, ...], list[tuple[str, tuple[object, ...]]], bool]:
    """An answer that reaches a group of content tabs (its last block announces the
    first tab, or it reached into the first tab) goes on with every tab: a tab group
    is the alternatives of one answer, each for the case its name says ("CentOS",
    "npm"), never one tab's steps alone. Each tab is labelled by its name ("CLI: `x`",
    "CentOS:" and its steps) while all fits on a card. Returns the answer and, when the
    tabs do not fit together but each fits whole on a card of its own (as a solution's
    commands do), the tabs (each then answers the question for its case),
    and whether the tabs' blocks were chosen to fit whole; an answer meeting no tab
    group is returned as it is. ``told``: every block of the question's section (its
    lists too, which ``section`` leaves out)."""
    at = next((n for n, b in enumerate(answer[:-1]) if _tab_label(b)), None)
    first = answer[at + 1] if at is not None else None
    if at is not None and isinstance(first, Code):
        reached = _every_tab_code(answer, section, at, first)
        if reached != answer:
            return reached, [], False
    at = next((n for n, b in enumerate(answer) if _tab_name(b)), None)
    if at is None and not (
        len(told) > len(answer) and told[: len(answer)] == answer and _tab_name(told[len(answer)])
    ):
        return answer, [], False
    at = len(answer) if at is None else at
    if told[:at] != answer[:at]:
        return answer, [], False
    tabs = _tab_group(told, at)
    if not tabs:
        return answer, [], False
    reached = (*answer[:at], *_tab_ways(tabs))
    if sum(len(_block_text(b)) for b in reached) <= ANSWER_CHARS:
        return reached, [], True
    if any(sum(len(_block_text(b)) for b in body) > _EXERCISE_CHARS for _, body in tabs):
        # A tab too long to keep whole (a whole configuration file): a card cut short
        # of it would be wrong, so the answer stays what it was.
        return answer, [], False
    return answer[:at], tabs, False


def _told(block: Question, section: tuple[object, ...]) -> tuple[object, ...]:
    """Every block of a question heading's section in order: its answer and the blocks
    after it (lists included), then the section's blocks past those."""
    told = (*block.answer, *block.more)
    if not told:
        return section
    last = next((n for n in range(len(section) - 1, -1, -1) if section[n] == told[-1]), None)
    return told if last is None else (*told, *section[last + 1 :])


def _tab_notes(
    ctx: Context, index: int, question: str, tabs: list[tuple[str, tuple[object, ...]]]
) -> tuple[Note, ...]:
    """One card per content tab when the tabs do not fit on one card together: the
    question asked for the tab's case ("How do I install X (macOS)?"; the tab's name is
    a condition of the answer, never a term to define), the tab's blocks whole on the
    back, as a solution's commands are."""
    parent = ctx.place(index)
    slug = slugify(question)
    base = parent if parent.endswith(f"/{slug}") or parent == slug else f"{parent}/{slug}"
    asked = question.rstrip().removesuffix("?").rstrip()
    notes: list[Note] = []
    for label, body in tabs:
        back = _answer_text(body, _EXERCISE_CHARS, whole=True, question=question)
        if back.strip():
            notes.append(
                FactNote(
                    id=f"{base}/{slugify(label)}",
                    type=NoteType.FACT,
                    front=f"{asked} ({label})?",
                    back=back,
                    tags=ctx.tags(index),
                    origin=ctx.origin(index),
                )
            )
    return tuple(notes)


def _every_tab_code(
    answer: tuple[object, ...], section: tuple[object, ...], at: int, first: Code
) -> tuple[object, ...]:
    """An answer that reached the code of one content tab ("CLI" and its command) goes
    on with the other tabs right after it ("YAML" and its setting), each tab's code
    alone, while all fits on a card."""
    end = next((n + 1 for n, b in enumerate(section) if b is answer[-1]), None)
    if end is None or answer[-1] is not first:
        return answer  # the tab's code must be where the answer stops
    tabs: list[tuple[str, Code]] = [(_tab_label(answer[at]), first)]
    while end + 1 < len(section) and _tab_label(section[end]):
        code = section[end + 1]
        if not isinstance(code, Code):
            break
        tabs.append((_tab_label(section[end]), code))
        end += 2
    if len(tabs) < 2:
        return answer
    ways = _tab_ways([(label, (code,)) for label, code in tabs])
    reached = (*answer[:at], *ways)
    if sum(len(_block_text(b)) for b in reached) > ANSWER_CHARS:
        return answer
    return reached


def _more_of_section(ctx: Context, index: int, block: Question) -> tuple[object, ...]:
    """The blocks after a question heading's answer to the end of its section (its
    ``more`` holds only the first few): a list written one paragraph an item runs on
    past them. ``more`` itself for any other question."""
    if block.kind != "heading" or not block.more:
        return block.more
    section = _section_blocks(ctx, index)
    for at, found in enumerate(section):
        if found is block.more[0]:
            return section[at:]
    return block.more


_SNIPPET_LABEL_WORDS = 3  # "Format:", "Example:", "Default port:", "Commands:"


def _snippet_label(block: object) -> bool:
    """Whether ``block`` is a short label ending in ":" ("Commands:", "Use Cases:"),
    never one naming an aside ("Note:", "Tip:"): what it labels is no part of the answer."""
    text = clean(block.text).strip() if isinstance(block, Paragraph) else ""
    aside = bool(_KIND_ONLY_LABEL.match(text.rstrip(":").strip())) and not _EXAMPLE_LABEL.match(
        text
    )
    return text.endswith(":") and len(text.split()) <= _SNIPPET_LABEL_WORDS and not aside


_SNIPPET_LINES = 2  # lines of code that finish any answer ("Format:" and one line)


def _labelled_part(label: object, part: object, *, ways: bool = True) -> bool:
    """Whether ``label`` and ``part`` are one labelled part of an answer: a short label
    and the code or list it labels. Code of more lines than a snippet only for a
    question asking a way (``ways``: "How do you list all containers?" is answered by
    its commands; "What is a Namespace?" by its definition, not a manifest)."""
    if not _snippet_label(label):
        return False
    if isinstance(part, Code):
        lines = len(part.text.strip().splitlines())
        return lines > 0 and (ways or lines <= _SNIPPET_LINES)
    return isinstance(part, ListBlock) and bool(part.items)


def _with_labelled_snippets(
    answer: tuple[object, ...], section: tuple[object, ...], limit: int, question: str
) -> tuple[object, ...]:
    """A one-paragraph answer with the labelled code or lists right after it ("Use the
    `docker ps` command." then "Commands:" over ``docker ps`` and ``docker ps -a``;
    "An SELinux context defines security labeling." then "Format:" and "Example:"),
    or an answer that is itself one such part ("Steps:" over a command, then "Check:"
    over a list): the parts finish the answer (the one-line lead names the command,
    the code shows the case the question asks), and go on its back, each whole, while
    they fit. The answer as it is when no such part follows or none fits."""
    if len(answer) == 1 and isinstance(answer[0], Paragraph) and not _snippet_label(answer[0]):
        opening: tuple[object, ...] = answer
    elif len(answer) == 2 and _labelled_part(answer[0], answer[1]):
        opening = answer
    else:
        return answer
    # Where the answer stops in its section (code an answer took in may no longer
    # stand there as a block of its own).
    at = 0
    for block in opening:
        if at < len(section) and section[at] == block:
            at += 1
    if at == 0 and len(opening) > 1:
        return answer  # the parts must go on right where the answer stops
    kept = list(opening)
    size = sum(len(_block_text(b)) for b in kept)
    ways = bool(_HOW.search(question) or _ASKS_ACTION.search(question))
    while at + 1 < len(section) and _labelled_part(section[at], section[at + 1], ways=ways):
        label, part = section[at], section[at + 1]
        more = len(_block_text(label)) + len(_block_text(part))
        if size + more > limit:
            break
        kept.extend((label, part))
        size += more
        at += 2
    return tuple(kept) if len(kept) > len(opening) else answer


def _section_blocks(ctx: Context, index: int) -> tuple[object, ...]:
    """The blocks of a question heading's own section, up to the next heading."""
    headings = ctx.items[index].headings
    blocks: list[object] = []
    for item in ctx.items[index + 1 :]:
        if item.headings != headings or isinstance(item.block, Question):
            break
        blocks.append(item.block)
    return tuple(blocks)


# A lead-in that announces the ways to do something ("We have couple options:",
# "There are two ways to do this:").
_WAYS_LEAD = re.compile(
    r"\b(?:options?|ways|approaches|methods|alternatives|choices)\b[^.!?]*:$", re.IGNORECASE
)


def _options_below(ctx: Context, index: int) -> tuple[object, ...]:
    """A question heading whose own section ends on a lead-in to the ways it can be
    done ("We have couple options:") and whose sub-headings are those ways ("Using
    Kustomize patches", "Using Kustomize variable substitution"): the lead-in and the
    ways, by their titles (each sub-section's own blocks make their own cards). ()
    when the section does not end so, or fewer than two sub-sections follow, or one of
    them asks a question of its own."""
    section = _section_blocks(ctx, index)
    if not section or not isinstance(section[-1], Paragraph):
        return ()
    lead = clean(section[-1].text).replace("\n", " ").strip()
    # "and we want to … We have couple options:": a sentence the code above broke off
    # is read from its last sentence, which announces the ways.
    said = lead if lead[:1].isupper() else _SENTENCE_END.split(lead)[-1].strip()
    if not said[:1].isupper() or not _WAYS_LEAD.search(said):
        return ()
    headings = ctx.items[index].headings
    level = len(headings)
    titles: dict[int, str] = {}
    for item in ctx.items[index + 1 + len(section) :]:
        if item.headings[:level] != headings or len(item.headings) <= level:
            break
        part = item.headings[level]
        title = clean_heading(part.text).strip()
        if question_text(title) or not title:
            return ()
        titles.setdefault(part.line, title)
    if len(titles) < _FEW_WAYS:
        return ()
    listed = ListBlock(ordered=False, items=tuple(titles.values()), line=section[-1].line)
    return (replace(section[-1], text=said, label="", line_terms=()), listed)


_FEW_WAYS = 2


# A sentence that only announces an example: "Here is the configuration file for a Pod
# …", "… this example shows how to configure …", "The following manifest …".
_EXAMPLE_ANNOUNCED = re.compile(
    r"(?:^|[.:]\s+|,\s+)(?:here (?:is|are)|this example shows|the following "
    r"(?:example|file|manifest|configuration))\b",
    re.IGNORECASE,
)


_ANNOUNCING_SENTENCES = 2  # a paragraph this short that announces an example says no more


def _carries_what_it_announces(opening: str, back: str, answer: tuple[object, ...]) -> bool:
    """Whether a back opening with an announcement ("Here are the steps to …:") goes on
    with what it announces: the lead-in ends in ":" and a block after it is on the back
    whole (a list cut to what each item names may have lost what it says). The caller
    asks it only of an answer read from its first block: one reached past a first
    paragraph ("Use X instead." then "If you really want Y, here are 3 ways:") would
    leave that paragraph, the answer, off the card."""
    if not opening.rstrip().endswith(":"):
        return False
    rest = back[len(opening) :]
    return any((text := _block_text(b)) and text in rest for b in answer[1:])


# A paragraph's last sentence that announces an example of what it describes ("…, see
# the following example:", "Example:", "Consider this setup:"), not an instruction.
_SETS_UP_EXAMPLE = re.compile(
    r"(?:\b(?:see|consider|take) the following\b|\bfor (?:example|instance)\b|"
    r"^(?:an? |the )?example\b|\bexample\s*:$|\bas (?:an )?(?:example|illustration)\b)",
    re.IGNORECASE,
)
# A set-up showing the symptom the question is about ("Log messages may appear like
# the following:", "You might see an error like:"): the printed lines after it are what
# the reader already saw; the answer is the prose past them.
_SHOWS_SYMPTOM = re.compile(
    r"\b(?:(?:may|might|will|would|can|could|should)\s+(?:appear|look)\s+(?:something\s+)?like"
    r"|you\s+(?:may|might|will|would|could)\s+(?:see|get|notice)\b"
    r"|(?:appears?|looks?)\s+(?:something\s+)?like\s+(?:this|the\s+following))",
    re.IGNORECASE,
)
# What a FAQ says when it recommends what to do: the answer a set-up leads to.
_RECOMMENDS = re.compile(
    r"\b(?:you should|you (?:can|could|may) (?!see\b|notice\b|tell\b|observe\b|imagine\b|"
    r"think\b|expect\b)[a-z]+|we recommend|(?:it is|it's) "
    r"(?:recommended|enough|best|better)|the (?:solution|fix|workaround|remedy) is|"
    r"to (?:fix|solve|avoid|work around|prevent) (?:this|that|it)|(?:can|could) be "
    r"(?:solved|fixed|avoided|prevented|worked around)|the (?:best|simplest|easiest|"
    r"recommended) way|instead,? (?:use|you)|make sure)\b",
    re.IGNORECASE,
)
# A paragraph that tells what to do before its example ("Set `x` in the config, for
# example:", "You can pass a flag:"): an answer with its example, no set-up.
_INSTRUCTS = re.compile(
    r"^(?:\w+ly,?\s+)?(?:set|use|add|run|install|create|call|pass|put|import|enable|"
    r"disable|configure|write|define|specify|wrap|register|include|declare|change|"
    r"replace|remove|load|edit|apply|try)\b|\byou (?:can|could|need to|must|have to|may)\b",
    re.IGNORECASE,
)
# A question asking what to do (how, what should), which a recommendation answers.
_ASKS_WHAT_TO_DO = re.compile(
    r"^(?:[^?]*: )?(?:how (?:do|can|should|would) (?:i|you|we|one)|how to|what should)\b",
    re.IGNORECASE,
)
# A question asking why: the reason after an example is no recommendation to find.
_ASKS_WHY = re.compile(r"^(?:[^?]*: )?why\b", re.IGNORECASE)
# What the set-up itself would say if it answered a "why": a reason.
_GIVES_A_REASON = re.compile(r"\b(?:because|since|so that|in order to|the reason)\b", re.I)


def _sets_up_example(answer: tuple[object, ...]) -> bool:
    """Whether an answer opens with a set-up: a paragraph whose last sentence ends by
    announcing an example ("… see the following example:") right over its code, and
    which recommends nothing itself (the answer comes after the example)."""
    if len(answer) < 2 or not isinstance(answer[0], Paragraph) or not isinstance(answer[1], Code):
        return False
    text = _block_text(answer[0])
    if not text.endswith(":") or _RECOMMENDS.search(text) or _INSTRUCTS.search(text):
        return False
    last = _SENTENCE_END.split(text)[-1]
    return bool(_SETS_UP_EXAMPLE.search(last) or _SHOWS_SYMPTOM.search(last))


def _answer_after_example(
    question: str,
    answer: tuple[object, ...],
    more: tuple[object, ...],
    section: tuple[object, ...],
) -> tuple[object, ...] | None:
    """The answer to a question whose first paragraph only sets up the problem and its
    example ("there are two situations when this is not always the case …, see the
    following example:" and the code): the first paragraph after the example that
    recommends what to do ("you should …", "we recommend …", "Luckily, this is not
    needed:" over items saying "it is enough to …") and what follows it; the whole
    section when it is short enough for a card. ``()`` when the answer cannot be told
    from the set-up and the section is too long to be the card whole; None when the
    answer is no set-up."""
    if not _sets_up_example(answer):
        return None
    if not _ASKS_WHAT_TO_DO.match(question) and not (
        _ASKS_WHY.match(question) and not _GIVES_A_REASON.search(_block_text(answer[0]))
    ):
        return None  # "What is X? X does … For example:": the example illustrates it
    # (The section's blocks past the example: a question heading holds its first blocks
    # and the prose and code after them, some of which are no items of their own.)
    shown = max(getattr(b, "line", 0) for b in answer[:2])
    by_line = {getattr(b, "line", 0): b for b in (*answer, *more, *section)}
    rest = tuple(by_line[line] for line in sorted(by_line) if line > shown)
    section = (*answer[:2], *rest)
    if not rest:
        return None  # the example ends the section: the set-up and example are all
    if _SHOWS_SYMPTOM.search(_block_text(answer[0])) and isinstance(rest[0], Paragraph):
        return rest  # the symptom is the question's; what follows it answers
    whole = "\n".join(t for b in section if (t := _block_text(b)))
    if len(whole) <= ANSWER_CHARS:
        return section  # short enough: the set-up, its example and the answer together
    if _ASKS_WHAT_TO_DO.match(question):
        for at, block in enumerate(rest):
            if not isinstance(block, Paragraph):
                continue
            text = _block_text(block)
            if not text[:1].isupper():
                continue  # the rest of a sentence the example's code broke off
            unit: list[object] = [block]
            if text.endswith(":") and at + 1 < len(rest):
                unit.append(rest[at + 1])  # a lead-in: what it introduces recommends
            if any(_RECOMMENDS.search(_block_text(b)) for b in unit):
                return rest[at:]
    return _prose_past_outputs(section)


# "…, for example:" ending a paragraph whose example the card leaves out.
_EXAMPLE_LEAD_END = re.compile(r"[,;]?\s*(?:for example|for instance|e\.g\.)\s*:$", re.I)


def _printed_session(block: object) -> bool:
    """A fence of prompted commands and what they printed ("$ kubectl get …" and its
    table): output the prose around it reads, no part of a card's answer."""
    if not isinstance(block, Code):
        return False
    lines = [line for line in block.text.splitlines() if line.strip()]
    prompted = [line for line in lines if line.startswith("$ ")]
    return bool(prompted) and len(prompted) < len(lines)


def _prose_past_outputs(section: tuple[object, ...]) -> tuple[object, ...]:
    """A long answer alternating prose and what its commands printed (paragraph, a
    "$ …" session and its output, paragraph, session, …): its paragraphs answer, the
    outputs only show; the paragraphs (a trailing "for example:" cut) while they fit
    on a card, ``()`` when the answer has any other block or its first paragraph alone
    does not fit."""
    fences = [b for b in section if isinstance(b, Code)]
    if not fences or not all(_printed_session(b) for b in fences):
        return ()
    if not all(isinstance(b, Paragraph | Code) for b in section):
        return ()
    kept: list[object] = []
    size = 0
    for block in section:
        if not isinstance(block, Paragraph):
            continue
        text = _block_text(block)
        cut = _EXAMPLE_LEAD_END.sub(".", text)
        if cut.endswith(":") or _leads_output(block):
            continue  # a lead-in to output alone: nothing without it
        size += len(cut)
        if size > ANSWER_CHARS:
            break
        kept.append(replace(block, text=cut) if cut != text else block)
    first = next(b for b in section if isinstance(b, Paragraph | Code))
    if not kept or getattr(kept[0], "line", -1) != getattr(first, "line", 0):
        return ()  # the opening is no paragraph the card keeps: no answer told
    return tuple(kept)


# The question a FAQ's error heading asks (see ``markdown._error_heading_question``).
_ASKS_A_FIX = re.compile(r"^(?:[^`]*: )?(?:[Hh]ow do you fix|[Ww]hat causes) `")


# "It does not meet the needs of C++ users in at least three ways." / "… for the
# following reasons:": the answer is the reasons the list after it gives.
_REASONS_FOLLOW = re.compile(
    r"\b(?:in\s+(?:at\s+least\s+)?(?:two|three|four|five|six|several|\d+)\s+(?:ways|respects)"
    r"|for\s+(?:the\s+following|these|several|(?:two|three|four|five)\s+)\s*reasons"
    r"|(?:main|primary|key)\s+(?:differences|reasons)\s+are)\s*[.:]$",
    re.IGNORECASE,
)


def _reasons_listed(answer: tuple[object, ...], more: tuple[object, ...]) -> tuple[object, ...]:
    """An answer whose last sentence announces reasons ("… in at least three ways.",
    "Our primary differences are:") and a list of bold-led reasons right after it
    (``- **Binary vs Source**. NuGet is designed …``): the back is the lead-in and
    each reason by its label and first sentence, the rest of each paragraph left out
    so that every reason fits (reasons that fit whole stay whole)."""
    lead_in = answer
    reasons: object = more[0] if more else None
    if len(answer) >= 2 and isinstance(answer[-1], ListBlock):
        # The list already answers under its lead-in: it is shortened in place.
        lead_in, reasons = answer[:-1], answer[-1]
    last = lead_in[-1] if lead_in else None
    if not (
        isinstance(last, Paragraph)
        and _REASONS_FOLLOW.search(" ".join(last.text.split()))
        and isinstance(reasons, ListBlock)
        and len(reasons.items) >= 2
    ):
        return answer
    whole = len(last.text) + sum(len(item) for item in reasons.items)
    if whole <= ANSWER_CHARS:
        return answer  # the reasons fit whole
    items: list[str] = []
    for item, term in zip(reasons.items, reasons.terms or ("",) * len(reasons.items), strict=True):
        text = " ".join(item.split())
        if not term or not text.startswith(term):
            return answer  # a reason without its bold label
        rest = text[len(term) :].lstrip(".:—–- ").strip()
        if not rest:
            return answer
        first = SENTENCE_GAP.split(rest, maxsplit=1)[0]
        items.append(f"{term}: {first}")
    listed = ListBlock(ordered=False, items=tuple(items), line=reasons.line, terms=reasons.terms)
    return (*lead_in, listed)


def _topic_of_page(ctx: Context, question: str) -> str:
    """A topic heading asked because an "Answer" sub-heading answers it ("## Side
    tables" › "### Answer"; the question is the topic and "?") named with the page's
    title, as the deck's other fronts asking a topic are ("Memory: side tables?"): the
    topic alone ("autoreleasepool?") may not say what it is about. A topic naming the
    title's words already ("How Swift handles memory" under "Memory") is asked alone."""
    title = " ".join(ctx.title.split())
    if not title or _bare_words(title) <= _bare_words(question):
        return question
    return f"{title}: {_lower_word(question)}"


def author_question(ctx: Context, index: int) -> Made:
    """A question the author wrote (``<details><summary>``, a question heading, a bold
    question line, an exercise with its hidden solution): the front is the author's
    question, the back its answer; other phrasings the author gives join the front.
    An exercise is asked under its section ("Deployments: Check how the rollout is
    going"): a task such as "See its logs" means nothing without it. A question with no
    subject of its own ("Is this cloud native?", "Can I monitor machines?") is asked of
    the name its parent section or the document's questions ask about. A question
    heading whose answer opens with a walkthrough's narrative ("If you get here, …",
    "Let's check …") makes no card. A question
    without an answer makes no card, and neither does one whose answer only points
    elsewhere ("See the comparison page.", a bare URL)."""
    block = ctx.items[index].block
    if not isinstance(block, Question):
        return None
    question = _DIFFICULTY.sub("", clean(block.text).replace("\n", " ")).strip()
    question = ending_on_question_mark(question)
    if block.kind == "bold" and BARE_ASK.match(question):
        # "**Why?**" under "### Disable profiling": the label asks about its heading.
        question = _asked_of_heading(question, ctx.nearest_heading(index) or ctx.title)
        if not question:
            return ()
    if block.topic:
        question = _topic_of_page(ctx, question)
    if block.kind == "quiz":
        return _quiz_note(ctx, index, block, question)
    marked = (
        _marked_quiz(
            block, question, _section_blocks(ctx, index) if block.kind == "heading" else ()
        )
        if block.kind in ("heading", "bold")
        else None
    )
    if marked is not None:
        return _quiz_note(ctx, index, marked, question) if marked.answer else ()
    lettered = _lettered_quiz(block, question) if block.kind == "exercise" else None
    if lettered is not None:
        return _quiz_note(ctx, index, lettered, lettered.text)
    if block.kind == "heading" and is_navigation_heading(question):
        # "What's Next?" over the pages to read on asks the reader, not the subject.
        return Skipped(Skip.NAVIGATION)
    if block.kind == "heading":
        block = _labelled_parts(block)
    if block.kind != "exercise":
        own_section = _section_blocks(ctx, index) if block.kind == "heading" else ()
        block = _past_an_aside(_past_a_labelled_opening(block, own_section))
    if block.kind == "heading" and not block.hidden:
        past = _past_the_above(block)
        if past is None:
            return ()
        block = past
    if block.kind == "heading" and not block.hidden and block.answer:
        block = _past_an_example_aside(block, ANSWER_CHARS, _section_blocks(ctx, index))
    whole = block.kind == "exercise" or block.hidden
    # A fix is a solution: its commands stay whole like an exercise's ("remove the
    # certificates and restart the runner: `…`"); cut to what each cause names, the
    # card would ask how to fix and answer only why.
    limit = _EXERCISE_CHARS if whole or _ASKS_A_FIX.match(question) else ANSWER_CHARS
    answer: tuple[object, ...] = block.answer
    if _ASKS_WHERE_TO_GO.search(question) and _answered_by_links(answer):
        return Skipped(Skip.POINTER)
    if block.more and _only_pointers("\n".join(_block_text(b) for b in answer)):
        # "First, see the previous answer." then "Secondly, …": the answer goes on.
        answer = block.more[:1]
    ways = _numbered_ways(block.answer)
    after_example = (
        _answer_after_example(question, block.answer, block.more, _section_blocks(ctx, index))
        if block.kind == "heading" and not ways and not block.hidden
        else None
    )
    if after_example == ():
        # A set-up and its example, the answer somewhere in a long section after it:
        # no card rather than one whose back is the problem instead of its answer,
        # unless the section ends on the ways its sub-sections give.
        after_example = _options_below(ctx, index) or ()
        if not after_example:
            return ()
    answer = ways or after_example or _reaching_the_answer(question, answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind != "exercise":
        answer = _past_the_setup(question, answer, block.more)
    if not ways and answer == block.answer:
        answer = _lines_after_lead_in(answer, _more_of_section(ctx, index, block))
    if not ways and answer == block.answer:
        answer = _past_the_requirements(answer, block.more)
    if not ways and answer == block.answer and _listed_below(question, answer, block.listed):
        # The preamble says nothing the question asks: the lead-in and its list answer.
        answer = block.listed
    elif not ways and answer == block.answer and _fixed_below(question, answer, block.listed):
        # "What does X mean and how do I fix it?": the first paragraph says what it
        # means, the lead-in and its list how to fix it; the answer is both.
        answer = (*answer, *block.listed)
    if (
        not ways
        and answer == block.answer
        and _COMPARES.search(question)
        and _leads_into(block.more[:1], block.listed)
    ):
        # "How does X compare to Y?": "Y is another tool like X." then "Here's a list of
        # differences:" and the list: the first paragraph only introduced Y; the lead-in
        # right after it brings the differences the question asks for.
        answer = (*answer, *block.listed)
    if not ways and answer == block.answer and block.more and _ASKS_A_FIX.match(question):
        # "How do you fix `<error>`?" over a FAQ's error heading: the cause opens the
        # section and the fix (its command) or the other causes follow; the answer is
        # the whole section, within the answer's cap.
        answer = (*answer, *block.more)
    fixed = (
        _fix_after_cause(question, answer, _section_blocks(ctx, index)[len(answer) :])
        if not ways and answer == block.answer and block.kind == "heading"
        else answer
    )
    if fixed != answer:
        # "Cannot connect to X. Is the daemon running?": an error message as heading,
        # its cause, then "This can be fixed by …:" and the fixes; the card asks the fix.
        answer, limit = fixed, _EXERCISE_CHARS
        question = f'How do you fix "{question}"?'
    if not ways:
        answer = _reasons_listed(answer, block.more if answer == block.answer else ())
    if not ways and answer == block.answer and block.more:
        answer = _past_a_short_answer(answer, block.more)
    if not ways and answer == block.answer:
        answer = _verdict_after_hedge(answer, block.more)
    if not ways and answer == block.answer and block.kind == "heading":
        answer = _announced_after(
            answer, _section_blocks(ctx, index)[len(answer) :], limit, question
        )
    if (
        not ways
        and answer == block.answer
        and block.more
        and isinstance(answer[-1], Paragraph)
        and isinstance(block.more[0], Paragraph)
        and _same_case_opening(answer[-1].text, block.more[0].text)
    ):
        # "If you are using a manifest, …" then "If you are using classic mode, …": each
        # case is half of the answer.
        answer = (*answer, block.more[0])
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _other_for_case(answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _unsaid_verdict(question, answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _both_sides(question, answer, block.more)
    if not ways and answer == block.answer and block.more:
        answer = _labelled_parts_announced(answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _announced_code(answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _example_shown(question, answer, block.more, limit)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _other_alternative(question, answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _code_names_it(question, answer, block.more)
    if not ways and answer == block.answer and not block.more and block.kind == "heading":
        answer = _labelled_list_below(ctx, index, answer)
    if not ways and answer == block.answer and block.kind == "heading":
        answer = _shows_what_it_needs(answer, _section_blocks(ctx, index)[len(answer) :])
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _further_steps(question, answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _second_task(question, answer, block.more)
    split_steps = False
    if block.kind == "heading" and not ways and answer == block.answer:
        steps = _split_numbered_steps(answer, _section_blocks(ctx, index))
        if steps == ():
            return ()
        split_steps = steps != answer
        answer = steps
    if block.kind == "heading" and not ways and answer == block.answer:
        labelled = _labelled_fences(answer, _section_blocks(ctx, index))
        split_steps = labelled != answer
        answer = labelled
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _added_requirements(question, answer, block.more)
    if not ways and answer == block.answer and block.more:
        answer = _rule_after_answer(answer, block.more)
    if block.kind == "heading" and not ways:
        answer = _procedure_steps(answer, _section_blocks(ctx, index))
    tabs: list[tuple[str, tuple[object, ...]]] = []
    if block.kind == "heading" and not ways:
        answer, tabs, fitted = _every_tab(
            answer, _section_blocks(ctx, index), _told(block, _section_blocks(ctx, index))
        )
        # Every tab (each whole) was chosen to fit on the card.
        split_steps = split_steps or fitted
    if tabs:
        return _tab_notes(ctx, index, question, tabs)
    if block.kind == "heading" and not ways and not split_steps:
        fenced = _every_announced_fence(answer, _section_blocks(ctx, index), limit)
        if fenced != answer:
            answer, split_steps = fenced, len(fenced) > len(answer)
    # Whole steps (or every fence a lead-in announces) were chosen to fit on a card:
    # each stays whole.
    parted = split_steps
    if block.kind == "details" and not ways and answer == block.answer:
        answer = _label_heading_parts(question, answer)
        # Its parts were chosen to fit on a card: each stays whole.
        parted = answer != block.answer
    sub_sections = (
        _sub_section_parts(answer)
        if block.kind == "details" and not ways and answer == block.answer
        else None
    )
    if sub_sections is not None:
        answer, parted = sub_sections, True
    if block.kind == "details" and not ways and answer == block.answer:
        answer = _first_titled_part(question, answer)
    told = (*block.answer, *block.more)
    if (
        block.kind == "heading"
        and not ways
        and len(answer) >= 2
        and isinstance(answer[-1], Code)
        and isinstance(answer[-2], Paragraph)
        and _EXAMPLE_LABEL.match(_block_text(answer[-2]))
        and told[: len(answer)] == answer
    ):
        # "Example:" and its command reached: the values it works out go with it.
        worked = _with_worked_values(answer, told[len(answer) :])
        if sum(len(_block_text(b)) for b in worked) <= limit:
            answer = worked
    answer = _step_after_code(answer, told, limit)
    if block.kind == "heading" and not ways and answer == block.answer:
        answer = _with_labelled_snippets(answer, _section_blocks(ctx, index), limit, question)
    back = _answer_text(
        answer,
        limit,
        whole=whole or parted,
        parts_asked=_several_parts(question),
        reach=answer != block.answer or bool(ways) or block.bounded,
        question=question,
    )
    if not back.strip() and block.kind != "exercise" and not whole and not ways:
        # A lead-in and the paragraph it announces, no rule above having read them as
        # a list or its parts: the paragraph is what the lead-in promised.
        announced = _announced_paragraph(block.answer, block.more)
        if announced:
            back = _answer_text(announced, limit, reach=True, question=question)
    if block.kind != "exercise" and not whole and not ways and not parted:
        # The cause is on the back, the fix further down the answer: both.
        fix = _fix_further_on(question, (*block.answer, *block.more), back)
        if fix:
            back = _answer_text(fix, limit, reach=True, question=question) or back
    if block.kind == "heading" and not whole and not ways and not parted:
        # The opening says what the named things share; their sub-sections, what each is.
        back = _named_parts_below(ctx, index, question, back) or back
    if block.kind != "exercise":
        whole_answer = (
            _section_blocks(ctx, index) if block.kind == "heading" else block.answer + block.more
        )
        back = _compared_parts(question, whole_answer) or back
    if block.kind == "heading" and not whole and not ways and not parted:
        question, back = _follow_up_answered(question, back, _section_blocks(ctx, index))
        question, back = _listed_in_table(question, back, _section_blocks(ctx, index))
    answered = "\n".join(t for b in answer if (t := _block_text(b)))
    addressed = ("://" in back or "://" in answered) and not _more_than_lead_ins(
        _without_bare_urls(answered)
    )
    back = _without_bare_urls(back)
    if (addressed and not _more_than_lead_ins(back)) or (back.strip() and _only_pointers(back)):
        # Links alone (under a lead-in such as "Explanation:"), or sentences sending the
        # reader elsewhere: the answer is not on the page.
        return Skipped(Skip.POINTER)
    if not question or not back.strip():
        return _why_no_answer(block.answer)
    if _BARE_YES.match(back) and not _ASKS_YES_OR_NO.match(question):
        # "Yes!" left of "Yes! Read the guide." answers only a question asked yes or no.
        return Skipped(Skip.POINTER)
    first = next((b for b in block.answer if _block_text(b)), None)
    if isinstance(first, Paragraph) and not _without_bare_urls(_block_text(first)):
        # Answered by an address: what follows it answers something else.
        return Skipped(Skip.POINTER)
    opening = back.split("\n", 1)[0]
    if (
        len(_SENTENCE_END.split(opening)) <= _ANNOUNCING_SENTENCES
        and _EXAMPLE_ANNOUNCED.search(opening)
        and not any(isinstance(b, Code) for b in answer)
        and not (
            answer[:1] == block.answer[:1] and _carries_what_it_announces(opening, back, answer)
        )
    ):
        # "… uses a GET request. Here is the configuration file …": a short paragraph
        # announcing an example the card does not carry; a longer one says more.
        return ()
    if (
        block.kind == "heading"
        and not block.hidden
        and (
            (
                isinstance(first, Paragraph)
                and _NARRATIVE.match(back)
                and not _EXAMPLE_OPENING.match(back)
            )
            or _walkthrough_check(ctx, index, question, back)
            or _task_step(question, (*block.answer, *block.more))
        )
    ):
        # A troubleshooting walkthrough's step: the heading is a check the reader runs,
        # answered by the session that follows, not by a fact a card could hold -
        # unless its section says how to check and what the result means.
        checked = (
            _check_note(ctx, index, question)
            if _walkthrough_check(ctx, index, question, back)
            else None
        )
        ways_below = () if checked else _options_below(ctx, index)
        if not ways_below:
            return checked or Skipped(Skip.WALKTHROUGH_CHECK)
        # "Let's assume we have …", its example, "We have couple options:" and one
        # sub-section per option: the set-up is no walkthrough; the options answer.
        back = _answer_text(ways_below, limit, reach=True, question=question)
    slug = slugify(question)
    question = _without_lone_number(ctx, block, question)
    # (After the id is made: the note keeps the id the author's whole question gives.)
    question = _definition_asked(question, back, block)
    question = _of_the_page(ctx, question)
    # A question heading is the block's own nearest heading: its id is its section's.
    parent = ctx.place(index) if block.kind == "heading" else ctx.subplace(index)
    note_id = parent if parent.endswith(f"/{slug}") or parent == slug else f"{parent}/{slug}"
    if block.kind == "heading" and block.number:
        # "Question 8. What is the output of the following code?": the author's number
        # tells apart the questions asked in the same words (never a counter).
        # Numbering that restarts in each subsection ("Functions", "Scopes") is told
        # apart by the subsection the question heading sits in.
        numbered = slugify(f"{block.number} {question}")
        above = [t for t in ctx.heading_texts(index) if t][1:-1]
        if above:
            parent = f"{ctx.place(index)}/{slugify(subject_of(above[-1]))}"
        note_id = numbered if parent == slug else f"{parent}/{numbered}"
    if block.kind == "heading" and "\n" not in back:
        # "What is RAM ? What is a thread ? What is a Pthread ?" answered part by part,
        # "RAM (…): …" first: this card answers the first question only (the other
        # parts make cards of their own, each asking its question); the id stays.
        question = question_of_label(question, back.partition(": ")[0]) or question
    # Several tasks before one solution ("Questions:" and a list): the card asks them all.
    tasks = "\n".join(t for b in block.shown if (t := _block_text(b)))
    # An exercise heading with the code it asks about ("Create a function `batches`",
    # its example calls): the heading asks, the code is shown under it.
    # (A quiz's program, a short "answer options" line and the options in code shows
    # code too: the line only labels the code after it.)
    shows_code = (
        bool(block.shown)
        and isinstance(block.shown[0], Code)
        and all(
            isinstance(b, Code) or (isinstance(b, Paragraph) and len(b.text.split()) <= 6)
            for b in block.shown
        )
    )
    several = block.kind == "exercise" and "\n" in tasks and not shows_code
    # (Only the task's first sentence names what it works on: "… The struct should
    # also serialize back to the same format" leans on its own first sentence, and
    # "Build a timer with these parts:" on its own list.)
    if (
        block.kind == "exercise"
        and not (several and question.rstrip().endswith(":"))
        and not shows_code  # "this code" is the code the card shows
        and _refers_back(_SENTENCE_END.split(question)[0])
    ):
        # "Wait till it's done": the task is asked after the one that made its object.
        made = _made_before(ctx, index)
        if not made:
            return ()
        question = f"{tasks}\n(after: {made})" if several else f"{question} (after: {made})"
    elif several:
        question = tasks
    if block.kind == "exercise":
        # "#### Exercise 6" only numbers the task: the headings above it say what the
        # task is about ("### Deployments"), never its number.
        titles = [
            t
            for t in ctx.heading_texts(index)
            if t and not EXERCISE_NUMBER_ONLY.match(" ".join(t.split()))
        ]
        # (Under no heading but its own number, the task is about the page's topic.)
        numbered_only = not titles and any(ctx.heading_texts(index))
        section = titles[0] if titles else ""
        if numbered_only:
            section = subject_of(clean_heading(ctx.topic))
        nearest = titles[-1] if titles else ""
        if block.shown and not shows_code and nearest and nearest != section:
            # "### 05-01. Pod Metrics Question", its task bullets, the solution: the
            # task's own heading titles it (the chapter above titles every task).
            title = _EXERCISE_NUMBER.sub("", without_estimate(nearest)).strip().rstrip(".").strip()
            section = _EXERCISE_MARK.sub("", title).strip() or section
        if block.number:
            # "**1.1** List `/usr/share` …" of a page of solved tasks: a task naming
            # what it works on (a code span) asks alone; else its section's subject
            # ("File Listing", without "Section 1:") says what it is about.
            section = "" if "`" in question else subject_of(section)
        if section and slugify(section) != slug:
            question = f"{section}:\n{question}" if several else f"{section}: {question}"
    elif block.kind == "heading" and (asked := _asked_by_sub_questions(ctx, index)):
        # "## How do I use Yarn?" answered only by "### Does it work with Yarn 2?" and
        # its siblings: the parent question is what the sub-question goes on from.
        if _bare_words(asked) - _bare_words(question):
            question = f"{asked} {question}"
    elif _leans_on_parent(question):
        subject = _question_subject(ctx, index, block.kind == "heading")
        if not subject and _asking_only(question):
            # "## What Can Go Wrong?" on a page about OperatorGroups: the page's.
            subject = ctx.page_subject or ("" if generic_title(ctx.title)[0] else ctx.title)
        if subject and subject.lower() not in question.lower():
            question = f"{subject}: {question}"
    asked_by_summary = block.kind == "details" and block.hidden
    if asked_by_summary and tasks and _BARE_EXERCISE_LABEL.match(question):
        # "> ## Challenge" over the task: the label says nothing the task does not; the
        # task alone asks (with the code it shows).
        if not any(isinstance(b, Code) for b in block.shown) and _PROVIDED_CODE.search(tasks):
            # "The loop we just provided …": the code above the box, or no card.
            shown_above = ctx.items[index - 1].block if index else None
            if not isinstance(shown_above, Code) or not shown_above.text.strip():
                return ()
            tasks = f"{_block_text(shown_above)}\n{tasks}"
        question = tasks
        tasks = ""
    if asked_by_summary and tasks and all(isinstance(b, Paragraph) for b in block.shown):
        task = _statement_task(question, tasks, back)
        if task is not None:
            # "> ## Many members" over "You can pick many members in one line.": the
            # box states, it asks nothing; only what it says one can do is a task.
            if not task:
                return ()
            question, tasks = task, ""
    if (block.kind == "heading" or shows_code or asked_by_summary) and tasks:
        # "What is the output of the following code?" shows that code on the front (a
        # summary's code and options too).
        question = f"{question}\n{tasks}"
    if block.also:
        others = "; ".join(clean(a).replace("\n", " ") for a in block.also)
        question = f"{question}\n(also asked as: {others})"
    shown = [b for b in block.answer if _block_text(b)]
    only_lists = bool(shown) and all(isinstance(b, ListBlock) for b in shown)
    note = FactNote(
        id=note_id,
        type=NoteType.LIST if only_lists else NoteType.FACT,
        front=question,
        back=back,  # already card text; code keeps its indentation
        tags=ctx.tags(index),
        origin=ctx.origin(index),
    )
    # A request the answer sends to a Service of the document is a scenario as well.
    return (note, *_request_notes(ctx, index, _document(ctx)))


# A challenge's prompt that only states ("You can choose data from many members in one
# line.", "Alternately, you can use X.", "Yet another option is Y.") opens on a subject;
# a task opens on its verb, asks ("…?"), or tells the reader what to do ("you should",
# "you need to", "your task").
_PROMPT_CONNECTIVE = (
    r"(?:(?:alternatively|alternately|also|additionally|similarly|likewise|instead),?\s+)?"
)
_STATED_PROMPT = re.compile(
    rf"^{_PROMPT_CONNECTIVE}(?:you|we|it|it's|there|this|these|those|the|a|an|one|each|every|all|"
    r"some|most|many|yet another|another)\b"
    r"(?!.*\b(?:should|must|need to|needs to|have to|has to|will need|are asked|task)\b)",
    re.IGNORECASE,
)
# "You can (also) X." / "It is also possible to X.": what one can do, asked "How do you X?".
_CAN_DO = re.compile(
    rf"^{_PROMPT_CONNECTIVE}(?:you can|you could|it is possible to|it's possible to)\s+(?:also\s+)?"
    r"(?P<task>.+?)\.?$",
    re.IGNORECASE,
)
# A solution that only shows a copy ("Here's the changed recipe:"): no answer in words.
_SHOWN_ONLY = re.compile(r"^(?:here(?:'s| is| are)|below is|this is what|see)\b", re.IGNORECASE)
# Verbs of a lesson box's title a task may open on, past the action verbs of steps
# ("Reading data using xarray" → "How do you read data using xarray?").
_LESSON_VERBS = frozenset(
    {"read", "load", "plot", "choose", "select", "combine", "compute", "calculate", "split"}
)


def _statement_task(title: str, prompt: str, back: str) -> str | None:
    """A challenge whose prompt states with no ask: asked as the task its title names
    ("Reading data using X" → "How do you read data using X?") or, failing that, as what
    its one sentence says one can do ("You can X." → "How do you X?"), when the
    solution's first sentence answers in words (not a pointer, not "Here's the changed
    recipe:"); "" (no card) for any other statement; None when the prompt asks or sets
    a task (a question, an instruction, "you should …")."""
    text = clean(prompt).replace("\n", " ").strip()
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    if not sentences or "?" in text or not all(_STATED_PROMPT.match(s) for s in sentences):
        return None
    opening = _SENTENCE_END.split(back.split("\n", 1)[0].strip())
    said = opening[0].strip() if opening else ""
    if not said or _only_pointers(said) or _SHOWN_ONLY.match(said):
        return ""
    task = _how_to_gerund(title, _LESSON_VERBS)
    if task:
        return task
    can = _CAN_DO.match(sentences[0]) if len(sentences) == 1 else None
    return f"How do you {can.group('task')}?" if can else ""
