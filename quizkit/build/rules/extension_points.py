"""Reference pages of plugin types or extension points: three or more sibling
sections each defining one ("### QueueSort" / "These plugins are used to sort Pods
…"): what the point is for, or when its plugins are called."""

from __future__ import annotations

import re

from quizkit.build.markdown import Heading, Paragraph
from quizkit.build.text import clean, clean_heading
from quizkit.notes import Note

from .common import Context, _fact
from .glossary import _NO_TERM, _POINTER_SENTENCE, _QUOTED_GAP, _TERM_WORDS, _TITLE_TAIL
from .questions import ANSWER_CHARS

# How a plugin type's or extension point's section opens: "These plugins are used to
# sort Pods …", "This extension point is called before …", "Permit plugins are invoked
# at …", "Used to …": what the type is for ("used to"/"used for") or when it runs.
_EXTENSION_SUBJECT = (
    r"(?:(?:these|such)\s+(?P<many>plugins|hooks|extensions)\s+are"
    r"|this\s+(?P<one>extension\s+point|hook|plugin\s+type)\s+is"
    r"|(?P<named>\S+)\s+(?P<kind>plugins|hooks)\s+are)\s+"
)
_EXTENSION_OPENING = re.compile(
    rf"^(?:{_EXTENSION_SUBJECT})?(?P<verb>used\s+(?:to|for)"
    r"|(?:called|invoked|run|executed)(?=\s+(?:prior|before|after|when|whenever|at|during|once|"
    r"right|immediately|on|if)\b))(?P<rest>\s.*)$",
    re.IGNORECASE,
)
# A sentence announcing the list below ("A permit plugin can do one of three things."):
# the list is its answer, not this paragraph.
_LIST_AHEAD = re.compile(r"\b(?:one of (?:the )?\w+ things|the following|as follows)\b", re.I)
_EXTENSION_SIBLINGS = 3  # sections opening so under one parent: a reference of plugin types
# A parent heading saying its sections are extension points, for the bare "Used to …".
_EXTENSION_PARENT = re.compile(r"\b(?:extension\s+points?|hooks?|plugins?|interfaces)\b", re.I)


def _extension_opening(block: object, name: str) -> re.Match[str] | None:
    """The opening of a section defining the extension point ``name``, or None."""
    if not isinstance(block, Paragraph) or block.label or block.step or block.heading:
        return None
    text = clean(block.text).replace("\n", " ").strip()
    match = _EXTENSION_OPENING.match(text)
    if match is None:
        return None
    named = match.group("named")
    if named is not None and named.casefold() != name.casefold():
        return None  # "Score plugins are …" under another heading: some other point
    return match


def extension_point(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """One of three or more sibling sections each defining an extension point or
    plugin type ("### QueueSort" / "These plugins are used to sort Pods in the
    scheduling queue. …"): "What is the QueueSort extension point for (<page>)?" →
    the section's first paragraph, its pronoun resolved to the name ("QueueSort plugins
    are used to …"); one opening on when the plugins run ("These plugins are called
    after the Filter phase …") asks "When are PostFilter plugins called (<page>)?"."""
    item = ctx.items[index]
    headings = item.headings
    if len(headings) < 2 or (index > 0 and ctx.items[index - 1].headings == headings):
        return None  # not the first block of its section
    name = clean_heading(headings[-1].text)
    if not name or len(name.split()) > _TERM_WORDS or _NO_TERM.search(name):
        return None
    match = _extension_opening(item.block, name)
    if match is None:
        return None
    parent = headings[:-1]
    bare = not (match.group("many") or match.group("one") or match.group("named"))
    parent_name = clean_heading(parent[-1].text)
    if bare and not _EXTENSION_PARENT.search(parent_name):
        return None  # a bare "Used to …" under a heading naming no extension points
    siblings = 0
    seen: set[Heading] = set()
    for position, sibling in enumerate(ctx.items):
        own = sibling.headings
        if len(own) != len(headings) or own[:-1] != parent or own[-1] in seen:
            continue
        seen.add(own[-1])
        if position > 0 and ctx.items[position - 1].headings == own:
            continue
        if _extension_opening(sibling.block, clean_heading(own[-1].text)):
            siblings += 1
    if siblings < _EXTENSION_SIBLINGS:
        return None
    hook = "hook" in (match.group("many") or match.group("one") or match.group("kind") or "")
    hook = hook or (bare and "hook" in parent_name.casefold())
    kind = "hook" if hook else "extension point"
    verb = match.group("verb").split()[0].lower()
    plural = "hooks" if hook else "plugins"
    subject = (
        f"{name} {plural} are"
        if match.group("many") or match.group("named")
        else f"The {name} {kind} is"
    )
    # The pronoun ("These plugins") gives way to the name the question asks about.
    text = f"{subject} {match.string[match.start('verb') :]}"
    sentences = [s for s in _QUOTED_GAP.split(text) if s and not _POINTER_SENTENCE.match(s)]
    while len(sentences) > 1 and (sentences[-1].endswith(":") or _LIST_AHEAD.search(sentences[-1])):
        sentences.pop()  # a lead-in to the list below
    back = " ".join(sentences)
    if len(back) > ANSWER_CHARS:
        back = sentences[0]
    page = _TITLE_TAIL.sub("", ctx.title).strip()
    where = f" ({page})" if page and name.casefold() not in page.casefold() else ""
    if verb == "used":
        front = f"What is the {name} {kind} for{where}?"
    elif match.group("many") or match.group("named"):
        front = f"When are {name} {plural} {verb}{where}?"
    else:
        front = f"When is the {name} {kind} {verb}{where}?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/extension-point", front, back)
