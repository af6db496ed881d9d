"""Reference pages of plugin types or extension points: three or more sibling
sections each defining one ("### QueueSort" / "These plugins are used to sort Pods
…"): what the point is for, or when its plugins are called. Reference pages with one
section per named entry ("## `HTTP_PORT`" over its description and labelled fields):
what the entry is or does."""

from __future__ import annotations

import re

from quizkit.build.markdown import Code, Heading, Paragraph, Question, Table
from quizkit.build.text import clean, clean_heading, slugify
from quizkit.notes import FactNote, Note, NoteType

from .common import _ACTION_VERBS, Context, _fact
from .glossary import _NO_TERM, _POINTER_SENTENCE, _QUOTED_GAP, _TERM_WORDS, _TITLE_TAIL
from .questions import _POINTER, ANSWER_CHARS
from .scenarios import _LABELLED_CODE_LINES, _code_label

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


# ---------------------------------------- a reference page of named entries

# A heading that is one identifier: a code span ("`HTTP_PORT`", "`spec.replicas`") or
# a bare name that a word would not be ("ONE_CLIENT_CDN_URL", "log.level", "--verbose").
_ENTRY_CODE = re.compile(r"^`([^`\s]+)`$")
_ENTRY_BARE = re.compile(r"^-{0,2}[A-Za-z_][\w.-]*$")
_ENTRY_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
# A label keeping its capitals on the front: an acronym or a name inside ("TLS Port").
_KEEP_CASE = re.compile(r"[A-Z]{2}|`")
_ENTRY_SIBLINGS = 3  # entries under one parent, at one level: a reference page
# A description opening on what the entry does: a verb ("Sets the port …", "Enables
# …") or the case it acts in ("If set to `true`, …", "When set, …").
_DOES_OPENING = re.compile(r"^(?:if|when|whether)\b|^\w+(?<![su])s\s", re.I)
# A paragraph speaking to the reader ("If you need support for …, open an issue"):
# advice about the page, no description of the entry.
_TO_READER = re.compile(r"^(?:(?:if|when|once|before|after)\s+)?you\b", re.I)
# A paragraph saying only when the entry is needed ("The `oauth_config` is required when
# the SASL mechanism is …"): a condition, no answer to "What is it?"; left to the clozes.
_WHEN_NEEDED = re.compile(
    r"^(?:the\s+)?\S+(?:\s+\w+)?\s+(?:is|are)\s+(?:only\s+)?"
    r"(?:required|optional|needed|mandatory|ignored)\b",
    re.I,
)


def _describes_act(text: str) -> bool:
    """Whether a description opens on the entry's act, so "What does X do?" asks it:
    a verb, as an instruction ("Start the proxy server.") or said of the entry
    ("Sets the port …"), or the case it acts in ("If set to `true`, …")."""
    first = text.split(" ", 1)[0].lower()
    return bool(_DOES_OPENING.match(text)) or first in _ACTION_VERBS | _REFERENCE_VERBS


# Verbs a command or option reference opens its descriptions on, beyond the shell's
# actions (``_ACTION_VERBS``): "Toggle proxy routing", "Send a heartbeat", "Specify …".
_REFERENCE_VERBS = frozenset(
    {
        *("toggle", "scan", "send", "reverse", "enroll", "specify", "display", "return"),
        *("execute", "manage", "reset", "sync", "validate", "query", "submit", "register"),
        *("migrate", "convert", "format", "publish", "trigger", "override", "define"),
        *("determine", "control", "limit", "bind", "listen", "emit", "print", "read"),
        *("write", "skip", "force", "ignore", "include", "exclude", "override", "retry"),
    }
)


def _entry_name(ctx: Context, heading: Heading) -> str:
    """The identifier a heading names, as code ("`HTTP_PORT`"), else ""."""
    text = " ".join(heading.text.split())
    coded = _ENTRY_CODE.match(text)
    if coded:
        return f"`{coded.group(1)}`"
    if _ENTRY_BARE.match(text) and (any(c in text for c in "_.") or text.startswith("-")):
        return f"`{text}`"
    if _ENTRY_WORD.match(text) and ctx.opening(heading).startswith(f"`{text}` "):
        # "### schedulerName" over "`schedulerName` indicates …": the page itself writes
        # the heading's word as code, a field or state name however plain it looks.
        return f"`{text}`"
    return ""


def _entry_siblings(ctx: Context, headings: tuple[Heading, ...]) -> int:
    """How many sibling sections of ``headings`` (same parent, same level) are headed
    by an identifier."""
    parent, level = headings[:-1], headings[-1].level
    seen: set[Heading] = set()
    for item in ctx.items:
        own = item.headings
        same_level = len(own) == len(headings) and own[:-1] == parent
        if same_level and own[-1].level == level and _entry_name(ctx, own[-1]):
            seen.add(own[-1])
    return len(seen)


def _prose(block: object) -> bool:
    """Whether a block is a paragraph of prose: sentences, not a bold label ("**Runs
    In**"), a link line or a flag line ("⚠️ Required In Production")."""
    if not isinstance(block, Paragraph) or block.pointer or block.heading or block.tab:
        return False
    text = clean(block.text).replace("\n", " ").strip()
    if block.label and clean(block.label).strip() == text:
        return False
    return text.endswith((".", ")")) and len(text.split()) >= _TERM_WORDS


def entry_description(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """The description of one entry of a reference page: three or more sibling sections
    each headed by an identifier ("## `HTTP_PORT`", "### log.level"), their first
    paragraph of prose (after the entry's labelled checklists or flag lines) saying
    what it is or does. "What is `ONE_CLIENT_CDN_URL`?" → "Fully qualified base path
    URL where …", or "What does `HTTP_PORT` do?" when the description opens on its act
    ("Sets the port …", "If set to `true`, …"); sentences sending the reader elsewhere
    ("See the Dotenv documentation …") are left out."""
    item = ctx.items[index]
    headings = item.headings
    if not headings or not _prose(item.block) or not isinstance(item.block, Paragraph):
        return None
    name = _entry_name(ctx, headings[-1])
    if not name:
        return None
    for before in reversed(ctx.items[:index]):
        if before.headings != headings:
            break
        if _prose(before.block) or isinstance(before.block, Question | Code | Table):
            # Not the entry's description: it comes first, past labelled checklists
            # and flag lines only; prose after an example is about the example.
            return None
    if _entry_siblings(ctx, headings) < _ENTRY_SIBLINGS:
        return None
    text = clean(item.block.text).replace("\n", " ").strip()
    if _TO_READER.match(text) or _WHEN_NEEDED.match(text):
        return None
    sentences = [
        s
        for s in _QUOTED_GAP.split(text)
        if s and not _POINTER_SENTENCE.match(s) and not _POINTER.match(s)
    ]
    while sentences and sentences[-1].endswith(":"):
        sentences.pop()  # a lead-in to what the page shows next
    if not sentences:
        return None
    back = ""
    for sentence in sentences:
        if back and len(back) + len(sentence) >= ANSWER_CHARS:
            break
        back = f"{back} {sentence}".strip()
    owner = _entry_owner(ctx, headings, name)
    where = f" in {owner}" if owner else ""
    front = f"What does {name} do{where}?" if _describes_act(back) else f"What is {name}{where}?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/description", front, back)


# A parent heading that only says its sections are fields ("Key Fields", "Parameters"):
# the page's subject owns them, the label adds nothing.
_FIELDS_LABEL = re.compile(
    r"^(?:(?:key|main|common|basic|important|all|other|optional|required)\s+)?"
    r"(?:fields?|keys?|parameters?|options?|settings?|properties|attributes?|arguments?|"
    r"variables?|configuration|spec(?:ification)?|reference)$",
    re.IGNORECASE,
)
# An environment variable's name ("`HTTP_PORT`", "`ONE_CLIENT_CDN_URL`"): a name of its
# own, asked as it stands.
_OWN_NAME = re.compile(r"^`[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+`$")
_OWNER_LABEL_WORDS = 2
# A title naming the kind of reference, not its owner ("CLI Reference", "Configuration
# Options"): "What does `serve` do in CLI Reference?" says no more than the name alone.
_REFERENCE_TITLE = re.compile(
    r"\b(?:reference|settings|options|configuration|config|parameters|variables|commands?|"
    r"flags|fields|properties|attributes|keys|api|cli)$",
    re.IGNORECASE,
)


def _entry_owner(ctx: Context, headings: tuple[Heading, ...], name: str) -> str:
    """What an entry named ``name`` belongs to, for its front: the page's subject
    ("Volcano Job"), with a short parent label that sorts the entries ("Volcano Job
    status" over "### `pending`"); "" for a name of its own or a page naming nothing.
    A field named `queue` or a state `pending` is some page's; asked alone, any."""
    subject = ctx.page_subject or ctx.title
    if not subject or _OWN_NAME.match(name) or _REFERENCE_TITLE.search(subject):
        return ""
    parents = [clean_heading(h.text) for h in headings[:-1]]
    label = parents[-1] if parents else ""
    if (
        not label
        or label == subject
        or len(label.split()) > _OWNER_LABEL_WORDS
        or not label.replace(" ", "").isalpha()
        or _FIELDS_LABEL.match(label)
    ):
        return subject
    return f"{subject} {label if label.split()[0] in ctx.proper_names else label.lower()}"


# A label over an example of the entry, not a field of it: an example's value is the
# author's pick, nothing to recall.
_EXAMPLE_LABEL = re.compile(r"\b(?:examples?|samples?|usage|output|e\.g)\b", re.I)


def entry_field(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A labelled code block of one entry of a reference page (see
    :func:`entry_description`): "**Default Value**" over "HTTP_METRICS_PORT=3005" is a
    field of the entry, "`HTTP_METRICS_PORT`: default value?" → the block as written
    (its conditions, "# if NODE_ENV=development", kept). An "**Example**" block is the
    author's pick of a value: no card."""
    item = ctx.items[index]
    block = item.block
    if not isinstance(block, Code) or index < 1 or not item.headings:
        return None
    if ctx.items[index - 1].headings != item.headings:
        return None
    label = _code_label(ctx, index - 1)
    name = _entry_name(ctx, item.headings[-1])
    if not label or not name or _EXAMPLE_LABEL.search(label):
        return None
    code = block.text.strip("\n")
    if not code.strip() or len(code.splitlines()) > _LABELLED_CODE_LINES:
        return None
    if _entry_siblings(ctx, item.headings) < _ENTRY_SIBLINGS:
        return None
    field = label if _KEEP_CASE.search(label) else label.lower()
    return (
        FactNote(
            id=f"{ctx.subplace(index)}/{slugify(label)}",
            type=NoteType.FACT,
            front=f"{name}: {field}?",
            # As written: its lines and indentation are the value.
            back="\n".join(line.rstrip() for line in code.splitlines()),
            tags=ctx.tags(index),
            origin=ctx.origin(index),
        ),
    )
