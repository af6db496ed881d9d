"""Definitions: glossary lists and paragraphs that open with a bold or code term
and a separator, and the list that finishes a bold term's definition."""

from __future__ import annotations

import re

from quizkit.build.markdown import ListBlock, Paragraph, Table, question_text
from quizkit.build.text import clean, slugify, subject_of
from quizkit.notes import Note, NoteType

from .common import (
    _ACTION_VERBS,
    _KIND_ONLY_LABEL,
    _LEANING_OPENING,
    LETTER_GROUP,
    Context,
    _asked_subject,
    _entity_name,
    _fact,
    _question,
    _sentence,
    _symptom_checks,
    announced_kind,
    bold_title,
    is_generic_label,
    label_under_question,
    question_of_label,
)
from .lists import (
    _GOES_ON_FROM_LIST,
    _LEAD_IN_GENERIC,
    _headings_asked,
    _kind_of_list,
    _names_no_owner,
    _next_in_section,
    _owner_of_kind,
    _page_owner,
    _restates,
    _term_facts,
)
from .tips import _tip

_TERM_SEPARATOR = re.compile(r"^\s*(?:[:—–]|-(?=\s)|:)\s*")


def _term_entry(term: str, text: str) -> tuple[str, str] | None:
    """``**Term** — definition`` / ``**Term:** definition`` / ```term`: definition``
    split in two; None when the text does not open with its term and a separator."""
    term = term.strip()
    text = text.strip()
    if not term or not text.startswith(term):
        return None
    rest = text[len(term) :]
    label = term.rstrip(":").strip()
    if term.endswith(":"):
        definition = rest.strip()
    else:
        match = _TERM_SEPARATOR.match(rest)
        if match is None or not match.group(0).strip():
            return None
        definition = rest[match.end() :].strip()
    # "Adversary Model (resources, capabilities, intent, …)": a term's parenthesised
    # qualifier lengthens it without making it a sentence.
    if not definition or not label or len(_PARENTHESES.sub("", label).split()) > 8:
        return None
    return label, definition


_PARENTHESES = re.compile(r"\([^()]*\)")
# After a bold term, a dash glued to the definition ("**Informal Benchmarking** -A
# performance test …") or no separator at all ("**Sector** The smallest unit …"): the
# bold alone parts term and definition when the list's other items are definitions.
_LOOSE_SEPARATOR = re.compile(r"^\s*[-–—]?\s*(?=[A-Z])")
_LOOSE_DEFINITION_WORDS = 3  # fewer words after the term are a label's tail, no definition


def _loose_entry(term: str, text: str) -> tuple[str, str] | None:
    """An item of a glossary list read with the bold term as its only separator (see
    :data:`_LOOSE_SEPARATOR`); None when the item does not open on its bold term or
    what follows is no sentence."""
    term = term.strip()
    text = text.strip()
    if not term or not text.startswith(term):
        return None
    rest = text[len(term) :]
    match = _LOOSE_SEPARATOR.match(rest)
    if match is None or not rest[:1].isspace():
        return None
    definition = rest[match.end() :].strip()
    if len(definition.split()) < _LOOSE_DEFINITION_WORDS:
        return None
    return _term_entry(term, f"{term}: {definition}")


# A bold label numbering a step or asking ("**Step 2**", "**Question 3**", "**Q:**",
# "**Answer**"): the text after it is no definition of it.
_STEP_LABEL = re.compile(
    r"(?:^(?:step|part|phase|question|q|a|ans|answer|solution|exercise|task)\b|\d[.):]?$)",
    re.IGNORECASE,
)


def _own_line_allowed(ctx: Context, index: int) -> bool:
    """Whether a bold label alone on the first line of paragraph ``index`` can title
    that paragraph alone: the next block of its section is no unlabelled paragraph
    going on under the same label (a content tab's body, "**Single filesystem**" over
    three paragraphs, is more than its first paragraph says)."""
    after = ctx.items[index + 1] if index + 1 < len(ctx.items) else None
    return not (
        after is not None
        and after.headings == ctx.items[index].headings
        and isinstance(after.block, Paragraph)
        and not after.block.label
    )


# Verbs telling the reader what to do next, not said of a term: "Select", "Click", "See".
_READER_VERBS = frozenset({"select", "choose", "pick", "click", "see", "read", "refer", "go"})
_OWN_LINE_DEFINITION_LINES = 3  # more lines under a bold label are output or a body


def _paragraph_entries(block: Paragraph, own_line: bool = False) -> list[tuple[str, str]] | None:
    """The terms a paragraph opening on a bold term defines, each with its definition:
    one for ``**Term**: definition``, one per line when each of its lines opens on its
    own bold term (``**Resource**: …`` then ``**Resource group**: …`` on the next
    line, the author's line break its only separator: never one definition running
    into the next), and one for a bold label alone on the paragraph's first line with
    its definition on the lines under it (``**Hybrid resources**`` then "Customized
    threat intelligence …") when ``own_line`` (see :func:`_own_line_allowed`). A line
    opening on no term goes on from the one above it. None when the paragraph opens on
    no term."""
    if not block.label or block.label.startswith("`"):
        return None
    lines = block.text.split("\n")
    terms = block.line_terms
    if (
        len(terms) == len(lines)
        and sum(1 for t in terms if t) >= 2
        # "**Q:** …" then "**A:** …": a question and its answer, never two terms
        and not any(_STEP_LABEL.search(clean(t).strip(" :")) for t in terms if t)
    ):
        entries: list[tuple[str, str]] = []
        for term, line in zip(terms, lines, strict=True):
            entry = _term_entry(term, line) if term else None
            if entry is not None:
                entries.append(entry)
            elif entries:
                entries[-1] = (entries[-1][0], f"{entries[-1][1]} {line.strip()}".strip())
            else:
                entries = []
                break
        if len(entries) >= 2:
            return entries
    entry = _term_entry(block.label, block.text.replace("\n", " "))
    if entry is not None:
        return [entry]
    label = block.label.strip()
    rest = block.text[len(label) :] if block.text.startswith(label) else ""
    opening = rest.split()[0].lower() if rest.split() else ""
    if (
        own_line
        and 2 <= len(lines) <= _OWN_LINE_DEFINITION_LINES + 1
        # "**Default**" then "Select one of the tabs.": an instruction, no definition
        # ("Use it for:" over a list only hands over to the list)
        and (opening not in _ACTION_VERBS | _READER_VERBS or rest.rstrip().endswith(":"))
        and lines[0].strip() == label
        and rest.strip()
        and not label.endswith((".", "?", "!"))
        and len(label.split()) <= _OWN_LINE_LABEL_WORDS
        and not _STEP_LABEL.search(clean(label))
    ):
        # "**Hybrid resources**" on its own line, what it is on the next ones.
        return [(label, rest.replace("\n", " ").strip())]
    return None


_OWN_LINE_LABEL_WORDS = 5  # a bold line longer than this is a sentence, no term


# "**UPS systems: Uninterruptable power supplies" with its closing "**" forgotten: the
# term and its definition all the same.
_UNCLOSED_TERM = re.compile(r"^\*\*([^*:\n]{1,60}):\s+(?!\*)(\S.*)$", re.DOTALL)


# A lead-in stating a condition that the items make up together ("The operator stops
# when both of the following conditions are met", "… if any of the following is true",
# "… when the following conditions hold"): a condition word, then "all/both/any … of
# the following" or "the following conditions", at the lead-in's end.
_JOINT_CONDITION = re.compile(
    r"\b(?:when|whenever|if|unless|until|once|only\s+if|as\s+long\s+as)\b.*?"
    r"(?:\b(?:all|both|any|each|either|one|none)\s+of\s+(?:the\s+)?(?:following|these|below)"
    r"|\bthe\s+following\s+(?=conditions?\b|criteria\b))"
    r"(?:\s+(?:conditions?|criteria|requirements?))?"
    r"(?:\s+(?:are|is)\s+(?:met|true|satisfied|fulfilled)|\s+holds?|\s+appl(?:y|ies))?\s*$",
    re.IGNORECASE,
)


# Of a long glossary list, the share of items that must have the term/definition shape
# for the list to be read as definitions item by item: one odd item ("**Sector** The
# smallest unit …", a group term over a sub-list) is the author's slip, and a whole
# letter's terms are not lost for it.
_ODD_ITEMS_SHARE = 4  # at most one item in four may be odd
_ODD_ITEMS_FROM = 8  # a shorter list is read whole: all its items define, or none


def _glossary_entries(block: ListBlock) -> list[tuple[str, str]] | None:
    """The terms a list defines, each with its definition, item by item: every item
    opening on its term and a separator, or (a long list, most of whose items do) the
    items that have that shape, an odd one read with its bold term as the separator
    (:func:`_loose_entry`) or left out. None when the list is no glossary."""
    entries: list[tuple[str, str]] = []
    odd: list[int] = []
    for number, (term, item) in enumerate(zip(block.terms, block.items, strict=True)):
        entry = _term_entry(term, item)
        unclosed = None if entry is not None or term else _UNCLOSED_TERM.match(item.strip())
        if unclosed is not None:
            entry = (unclosed.group(1).strip(), unclosed.group(2).strip())
        if entry is None:
            odd.append(number)
            continue
        entries.append(entry)
    if not odd:
        return entries
    if len(block.items) < _ODD_ITEMS_FROM or _ODD_ITEMS_SHARE * len(odd) > len(block.items):
        return None
    entries = []
    for term, item in zip(block.terms, block.items, strict=True):
        entry = _term_entry(term, item) or _loose_entry(term, item)
        if entry is None and not term:
            unclosed = _UNCLOSED_TERM.match(item.strip())
            if unclosed is not None:
                entry = (unclosed.group(1).strip(), unclosed.group(2).strip())
        if entry is not None:
            entries.append(entry)
    return entries


def glossary_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list whose items all open with a bold or code term and a separator
    (``- **Term** — definition``, ``- **Term:** definition``, ``- `term`: definition``):
    a fact per term, "<section>: <term>?"."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or len(block.terms) != len(block.items):
        return None
    if len(block.items) < 2 and not (
        # "### Q" over "* **QoS:** Quality of Service": a letter of an alphabetical
        # glossary holding one term is still a glossary.
        block.items and LETTER_GROUP.match(ctx.nearest_heading(index))
    ):
        return None
    entries = _glossary_entries(block)
    if entries is None:
        return None
    if all(_restates(term, text) for term, text in entries):
        return None  # the terms themselves are what the list gives: a list card
    label = ctx.lead_in(index)
    if label and _JOINT_CONDITION.search(label):
        # "… stops when both of the following conditions are met:" over "1. **Latest
        # generation processed** - …": the bold leads name conditions that hold together,
        # no terms; the whole list answers the lead-in (a list card of its own).
        return None
    if label and _defines_own_term(ctx, index):
        label = ""  # "**Purpose:** Container storage" above: its own fact, not the list's
    checks = _symptom_checks(ctx, index, label, entries)
    if checks is not None:
        return checks
    if 3 * sum(_claims(term) for term, _ in entries) >= 2 * len(entries):
        return _claims_list(ctx, index, label, entries)
    offered = _OFFERS.match(label) if label else None
    if offered is not None:
        return _offer_list(ctx, index, offered, entries)
    kinds = _KINDS_LEAD_IN.match(label) if label else None
    if kinds is not None:
        return _kinds_facts(ctx, index, kinds, entries)
    aspect = _compared_aspect(ctx, index, entries)
    if aspect:
        return _aspect_facts(ctx, index, aspect, entries)
    group = ctx.group_label(index)
    if group:
        return _term_facts(ctx, index, group, entries)
    section = ctx.section_name(index)
    asks = _headings_asked(ctx, index)
    announced = announced_kind(label) if label else ""
    if announced and not any(q for _, q in asks):
        # "Here are the key Kubernetes components explained in a single line:": the
        # lead-in names what the terms are, better than a section that only files
        # them ("Advanced-Level Questions", or a page's tail after a "---").
        return _term_facts(ctx, index, announced, entries)
    if (
        len(asks) >= 2
        and asks[-2][1]
        and not asks[-1][1]
        and section == subject_of(asks[-1][0])
        and len(section.split()) <= _KIND_WORDS
    ):
        # "Features" right under "What is Docker Init …?": a kind of list, named by
        # the question it answers part of, as a repeated heading is by its parent.
        section = f"{section} ({_asked_subject(asks[-2][1])})"
    generic = any(g in f" {label.lower()}" for g in _LEAD_IN_GENERIC)
    if (
        label
        and len(label.split()) <= _LEAD_IN_CLAUSE_WORDS
        and not generic
        and not _POINTING.match(label)
        and _STATING_LEAD_IN.search(label)
        and not _LEANING_OPENING.match(label)  # "This means:", "In short, …"
        and not _GOES_ON_FROM_LIST.match(label)  # "Either way there is a cost:"
        and not any(q for _, q in asks)
    ):
        # "After submission, maintainers will review:" over "**Security** — …": the
        # statement the items finish names neither what is reviewed nor where; the
        # section and the page's title say it: "Verification Process (Workflow
        # Publishing Guide) — after submission, maintainers will review: Security?".
        where = ctx.section_name(index)
        title = ctx.title or ctx.topic
        if (
            title
            and where
            and len(where.split()) <= _TITLED_SECTION_WORDS
            and title.casefold() not in where.casefold()
        ):
            where = f"{where} ({title})"
        first = label.split()[0]
        if first.istitle() and first not in ctx.proper_names:
            label = f"{label[:1].lower()}{label[1:]}"
        stated = f"{where} — {label}" if where else label
        if len(stated.split()) <= _STATED_FRONT_WORDS:
            return _term_facts(ctx, index, stated, entries)
    if label and len(label.split()) <= 6 and not generic and not _POINTING.match(label):
        questions = [q for _, q in asks if q]
        nearest = ctx.nearest_heading(index)
        if nearest != ctx.top_heading(index) and _PROBLEM_HEADING.search(nearest):
            # "Cache performance is slower than expected" › "Common causes and
            # solutions:": a FAQ's problem, stated, is what the labels answer.
            questions.append(nearest)
        section = _label_of_question(label, questions)
        if not questions and section == label and label == bold_title(ctx, index):
            section = _owned_title(ctx, index, label)
    # "Design principles" over "**Portable** - …": principles of what, the page says.
    return _term_facts(ctx, index, _owner_of_kind(ctx, index, section), entries)


_ASPECT_WORDS = 4  # a longer heading is a statement, not an aspect two things differ in


def _compared_aspect(ctx: Context, index: int, entries: list[tuple[str, str]]) -> str:
    """The aspect a list of the page's compared things sets side by side ("###
    Flexibility" over "**Helm**: High …" and "**Kustomize**: High …", the page comparing
    them in a table): the heading, when every term is one of the compared names, no
    lead-in names the list, and the heading is a short topic, neither one of the names
    (a "Helm Features" list is Helm's), a question nor a kind of section
    ("Introduction"); "" otherwise."""
    compared = {name.casefold() for name in ctx.compared}
    if len(compared) < 2 or ctx.lead_in(index):
        return ""
    if ctx.items[index].headings[: len(ctx.compared_under)] != ctx.compared_under:
        return ""
    if not all(_entity_name(term).strip("`").casefold() in compared for term, _ in entries):
        return ""
    aspect = subject_of(ctx.nearest_heading(index)).strip().rstrip(":")
    if (
        not aspect
        or question_text(aspect)
        or is_generic_label(aspect)
        or len(aspect.split()) > _ASPECT_WORDS
        or any(re.search(rf"\b{re.escape(name)}\b", aspect, re.I) for name in compared)
    ):
        return ""
    # A table row asking the same aspect ("Flexibility | High | High") says it too:
    # the list keeps its own question rather than ask the table's with another answer.
    for item in ctx.items:
        table = item.block
        if isinstance(table, Table) and any(
            row and _entity_name(row[0]).casefold() == aspect.casefold() for row in table.rows
        ):
            return ""
    return aspect


def _aspect_facts(
    ctx: Context, index: int, aspect: str, entries: list[tuple[str, str]]
) -> tuple[Note, ...]:
    """A fact per compared thing, asked as the page's comparison table asks its cells:
    "Helm: core philosophy?" → what the list says of Helm (the id stays the list's)."""
    notes: list[Note] = []
    for term, text in entries:
        notes.extend(
            _fact(
                ctx,
                index,
                f"{ctx.subplace(index)}/{slugify(term)}",
                _question(term, aspect, ctx.proper_names),
                _sentence(text, ctx.commands),
            )
        )
    return tuple(notes)


def _stems(text: str) -> set[str]:
    """The words of ``text`` by their first five letters ("upgrade", "upgrades",
    "upgrading" alike): enough to tell that two phrases name the same thing."""
    return {w.lower()[:5] for w in re.findall(r"\w{2,}", text)}


def _defines_own_term(ctx: Context, index: int) -> bool:
    """Whether the paragraph right above block ``index`` is a bold term with its own
    definition ("**Purpose:** Container and artifact storage"), not ending on a colon
    that hands over to the block: it says nothing of what the block lists."""
    before = ctx.items[index - 1].block if index else None
    if not isinstance(before, Paragraph) or before.text.rstrip().endswith(":"):
        return False
    entries = _paragraph_entries(before, _own_line_allowed(ctx, index - 1))
    return bool(entries) and not bold_title(ctx, index)


def _owned_title(ctx: Context, index: int, title: str) -> str:
    """A bold title over a list of terms ("**Machine Types:**" over "**E2:** …",
    "**Azure Native**" over "**Azure PaaS**: …") with the thing its heading names
    before it: the title names only a part or kind of that thing, and asked alone
    ("Machine Types: E2?", "Azure Native: Azure PaaS?") the card does not say whose.
    "Compute Engine machine types" for a kind of list, "Microsoft Defender for Cloud ›
    Azure Native" for a name; unchanged when the title names the thing already or the
    heading names none (a question, "Tips", "Installing X")."""
    texts = [t for t in ctx.heading_texts(index) if t]
    if not texts:
        return title
    name = subject_of(texts[-1])
    if (
        _names_no_owner(name)
        or name.split()[0].lower().endswith("ing")  # "Upgrading": a task, no thing
        or _kind_of_list(name, ctx.proper_names)  # "Common Predefined Roles" › "**GKE**"
    ):
        return title
    owner = re.sub(r"^(?:the|a|an)\s+(?=\S+\s)", "", _entity_name(name), flags=re.I)
    if _stems(owner) & _stems(title):
        return title  # "Cloud VPN types" under "Cloud VPN": the title names it
    if _kind_of_list(title, ctx.proper_names):
        return f"{owner} {title.lower()}"
    return f"{owner} › {title}"


# "Services that support AZs have these categories", "Storage accounts come in the
# following tiers": a lead-in naming the kinds its terms are of, and whose.
_KINDS_LEAD_IN = re.compile(
    r"^(?P<owner>\S.{2,60}?)\s+(?:has|have|come\s+in|comes\s+in|fall\s+into|falls\s+into|"
    r"(?:is|are)\s+(?:divided|split|grouped)\s+into)\s+"
    r"(?:these|the\s+following|(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]))\s+"
    r"(?P<kind>types|kinds|categories|classes|tiers|levels|modes|flavou?rs|forms|variants)$",
    re.IGNORECASE,
)
_GLOSS_WORDS = 6  # a definition this short only glosses its term: the set is the fact


def _kinds_facts(
    ctx: Context, index: int, kinds: re.Match[str], entries: list[tuple[str, str]]
) -> tuple[Note, ...]:
    """Terms under a lead-in naming their kind ("Services that support AZs have these
    categories:" over "**Zonal service**: Pins to a zone", …), asked as the kinds of
    their owner ("categories of services that support AZs"), never as the lead-in's
    sentence. When every definition is a gloss of a few words, one ``list`` card holds
    them all: the set is what the author introduced, and "Non-regional?" → "HA in an
    Azure geography." alone defines nothing."""
    owner = kinds.group("owner").strip()
    first = owner.split()[0]
    if first.istitle() and first not in ctx.proper_names:
        owner = f"{owner[:1].lower()}{owner[1:]}"
    asked = f"{kinds.group('kind').lower()} of {owner}"
    where = ctx.section_name(index).rstrip("?").rstrip()
    if all(len(text.split()) <= _GLOSS_WORDS for _, text in entries):
        back = "\n".join(
            f"• {clean(term)}: {_sentence(text, ctx.commands)}" for term, text in entries
        )
        note_id = f"{ctx.subplace(index)}/{slugify(asked)}"
        front = f"{where}: {asked}?" if where else f"{asked[:1].upper()}{asked[1:]}?"
        return _fact(ctx, index, note_id, front, back, kind=NoteType.LIST)
    return _term_facts(ctx, index, f"{where} — {asked}" if where else asked, entries)


_LEAD_IN_CLAUSE_WORDS = 12  # a longer lead-in makes too long a front: the section asks
_TITLED_SECTION_WORDS = 3  # a short section name ("Review") takes the page's title after it
_STATED_FRONT_WORDS = 16  # section and lead-in together; a longer one asks as before
# A lead-in that is a clause ("After submission, maintainers will review", "Once a
# recipe is submitted, the editors check"), not a label naming a kind of list
# ("Benefits", "Common causes and solutions").
_STATING_LEAD_IN = re.compile(
    r",\s|\b(?:will|would|can|could|should|must|may|is|are|was|were|do|does|has|have)\b",
    re.IGNORECASE,
)


_PROBLEM_HEADING = re.compile(
    r"^(?!.*\?$)(?=(?:\S+\s+){2,})(?:.*\s)?(?:is|are|isn't|aren't|can't|cannot|won't|"
    r"doesn't|don't|fails?|failing|i'm\s+getting|keeps?)\s",
    re.IGNORECASE,
)


_KIND_LABEL_WORDS = 4  # "Benefits", "Common causes and solutions"
# "Explain BGP (Border Gateway Protocol) and its role …", "Describe DMZ and its purpose":
# the name an explain/describe question is about.
_EXPLAIN = re.compile(
    r"^(?:explain|describe|define|discuss)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?!(?:the\s+)?(?:difference|differences|relationship)\b)"
    r"([^()?.,]+?)(?:\s*\([^)]*\))?(?:\s+and\b.*|\s*[.?]?)$",
    re.IGNORECASE,
)


def _label_of_question(label: str, questions: list[str]) -> str:
    """A list's short label ("Benefits", "Common causes") inside the answer to a
    question heading, qualified by what the question asks about ("VLAN benefits"),
    else by the question itself ("Common causes (How would you troubleshoot …)"): a
    kind of list names nothing on a front alone. A label already naming the subject
    ("VLAN types") or not under a question stays as it is."""
    # (A step number, "8. Advanced diagnostics", and an aside, "Traffic priorities
    # (typical)", are no words of the kind.)
    words = re.sub(r"^\d+[.)]\s+|\s*\([^)]*\)", "", label).split()
    if not questions or not words or len(words) > _KIND_LABEL_WORDS:
        return label
    if not _titled_kind(words) and any(
        not w[:1].isalpha() or any(c.isupper() for c in w) for w in [words[0][1:], *words[1:]]
    ):
        return label  # "Round Robin", "IP Hash": a name in title case, not a kind of list
    question = " ".join(clean(questions[-1]).split())
    subject = _asked_subject(question)
    if subject == question and (explained := _EXPLAIN.match(question)):
        subject = explained.group(1).strip()
    if subject != question:
        subject = re.sub(r"\s*\([^)]*\)", "", subject).strip()  # "QoS (Quality of Service)"
    if subject != question and len(subject.split()) <= _KIND_LABEL_WORDS:
        named = {w.lower().rstrip("s") for w in re.findall(r"\w{2,}", subject)}
        if named & {w.lower().rstrip("s") for w in re.findall(r"\w{2,}", label)}:
            return label
        kind = label.lower() if _titled_kind(words) else f"{label[:1].lower()}{label[1:]}"
        return f"{subject} {kind}"
    return f"{label} ({question.rstrip('?.').rstrip()})"


_KIND_WORDS = 2  # a heading this short under a question names a kind of list ("Features")

# "Key Concepts", "Main Features", "Benefits": a kind of list in title case, no name (a
# ranking word at most before a plural kind).
_LIST_KIND = re.compile(
    r"^(?:concepts|types|features|benefits|advantages|disadvantages|commands|components|"
    r"differences|characteristics|principles|points|uses|limitations|drawbacks|pros|cons|"
    r"categories|kinds|strategies|practices|takeaways|considerations|requirements|"
    r"responsibilities|functions|capabilities)$",
    re.IGNORECASE,
)
_RANKING = frozenset(
    {"key", "main", "common", "core", "basic", "important", "major", "primary", "essential"}
)


def _titled_kind(words: list[str]) -> bool:
    """Whether a title-case label only names a kind of list ("Key Concepts")."""
    return bool(_LIST_KIND.match(words[-1])) and all(w.lower() in _RANKING for w in words[:-1])


# A lead-in that opens on a pronoun ("Its main goals are:", "Their benefits:") leans on
# the heading above for what it is about: it names nothing on a front alone.
_POINTING = re.compile(r"^(?:its|their|it|they|these|those|this|his|her)\b", re.IGNORECASE)


# "**Solution:**", "**Answer**": the label of an exercise's answer, never a term.
_SOLUTION_LABEL = re.compile(r"^(?:solutions?|answers?)$", re.IGNORECASE)
# "**Scenario**: Service is not accessible", "**Objective**: …": a label that sets up
# a problem or an exercise, no term: "<section>: Scenario?" asks nothing and its value
# is no fact (the section's steps or solution answer it, in cards of their own). A
# symptom or a use case is no such label: what a named problem looks like, what a named
# kind is for, is a fact about the heading's subject.
_PROBLEM_LABEL = re.compile(
    r"^(?:(?:the\s+)?(?:scenario|problem|objectives?|task|goal|context|situation|challenge)"
    r"(?:\s+\d+)?)$",
    re.IGNORECASE,
)
# "**Expected behavior**: …" then "**Actual behavior**: …": the two halves of one
# misconception or bug report, asked as one card (what actually happens?).
_EXPECTED_LABEL = re.compile(r"^expected(?:\s+(?:behaviou?r|results?|outcome|output))?$", re.I)
_ACTUAL_LABEL = re.compile(r"^actual(?:\s+(?:behaviou?r|results?|outcome|output))?$", re.I)


def definition_paragraph(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A paragraph that opens with a bold term and a separator (``**Term**: definition``,
    ``**Term** — definition``): a fact, "<section>: <term>?"."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or not block.label or block.label.startswith("`"):
        return None
    entries = _paragraph_entries(block, _own_line_allowed(ctx, index))
    if entries is None:
        return None
    if len(entries) > 1:
        # One term per line: a fact each, the last one finishing on the list below it.
        notes: list[Note] = []
        for n, entry in enumerate(entries):
            notes.extend(_defined(ctx, index, entry, finishes=n == len(entries) - 1))
        return tuple(notes)
    return _defined(ctx, index, entries[0], finishes=True)


# A label that is a sentence announcing what follows ("There is one important
# distinction regarding X:", "Here are two caveats:"): the question it states.
_THERE_IS = re.compile(
    r"^(?:there|here)\s*(?P<verb>is|are|'s)\s+(?P<what>\w.*?)\s*[:.]?$", re.IGNORECASE
)
# "Example", "Example 2", "For example", "E.g.": a paragraph's label naming it an example.
_EXAMPLE_LABEL = re.compile(r"^(?:for\s+)?(?:examples?|instance|e\.\s?g\.?)(?:\s+\d+)?$", re.I)


def _labelled_paragraph(ctx: Context, index: int, label: re.Pattern[str]) -> str | None:
    """The text of the paragraph at ``index`` when it is in the same section and opens
    on one term whose name ``label`` matches; None otherwise."""
    if not 0 <= index < len(ctx.items):
        return None
    block = ctx.items[index].block
    if not isinstance(block, Paragraph):
        return None
    entries = _paragraph_entries(block)
    if entries is None or len(entries) != 1:
        return None
    term, text = entries[0]
    return text if label.match(clean(term).strip(" :")) else None


def _expected_actual(ctx: Context, index: int, term: str, text: str) -> tuple[Note, ...] | None:
    """An "**Expected behavior**: X" paragraph right over "**Actual behavior**: Y": one
    card asking what actually happens when one expects X (the expectation on the front,
    the actual behaviour on the back); the expectation's paragraph makes no card of its
    own. None when ``term`` is neither half of such a pair."""
    name = clean(term).strip(" :")
    same = ctx.items[index].headings
    if _EXPECTED_LABEL.match(name):
        after = index + 1
        if (
            after < len(ctx.items)
            and ctx.items[after].headings == same
            and _labelled_paragraph(ctx, after, _ACTUAL_LABEL) is not None
        ):
            return ()
        return None
    if not _ACTUAL_LABEL.match(name) or index == 0 or ctx.items[index - 1].headings != same:
        return None
    expected = _labelled_paragraph(ctx, index - 1, _EXPECTED_LABEL)
    if expected is None:
        return None
    expectation = clean(expected).replace("\n", " ").strip()
    if not expectation.endswith((".", "!", "?", '"', "”")):
        expectation += "."
    front = f"{ctx.section_name(index)}: expected: {expectation} What actually happens?"
    back = _sentence(text, ctx.commands)
    return _fact(ctx, index, f"{ctx.subplace(index)}/{slugify(term)}", front, back)


def _defined(
    ctx: Context, index: int, entry: tuple[str, str], *, finishes: bool
) -> tuple[Note, ...]:
    """The fact of one term a paragraph defines (see :func:`definition_paragraph`);
    ``finishes`` when the term is the paragraph's last, which a list below finishes."""
    term, text = entry
    if _SOLUTION_LABEL.match(clean(term).strip(" :")):
        # "**Solution:** `[cbr]at`" no exercise rule took: it answers the task above
        # it, which "<section>: Solution?" would not show.
        return ()
    if _PROBLEM_LABEL.match(clean(term).strip(" :")):
        return ()
    pair = _expected_actual(ctx, index, term, text)
    if pair is not None:
        return pair
    if _EXAMPLE_LABEL.match(clean(term).strip(" :")):
        # "**Example:** When my instance goes down 3 times, …": the rule above applied to
        # made-up values; a cloze of one of them teaches nothing, no other card is its.
        return ()
    if _KIND_ONLY_LABEL.match(clean(term).strip(" :")):
        # "**Note:** …", "**Warning:** …": a label naming the kind of block, not a term
        # ("<section>: Note?" asks nothing): a note, asked for what it says.
        note_id = f"{ctx.subplace(index)}/{slugify(clean(term))}"
        heading = ctx.nearest_heading(index)
        subject = ctx.section_subject(index) if is_generic_label(heading) else heading or ctx.topic
        return _tip(ctx, index, note_id, text, subject)
    listed = _list_after_lead_in(ctx, index) if finishes else None
    announced = _THERE_IS.match(clean(term).strip())
    if announced:
        # "**There is one important distinction regarding X:**" over its paragraph: a
        # sentence announcing what follows, no term; asked as the question it states.
        verb = announced.group("verb").lower().replace("'s", "is")
        front = f"What {verb} {announced.group('what')}?"
        back = _sentence(text, ctx.commands)
        if listed is not None:
            back += "\n" + "\n".join(f"• {clean(i).replace(chr(10), ' ')}" for i in listed.items)
        return _fact(ctx, index, f"{ctx.subplace(index)}/{slugify(term)}", front, back)
    if listed is not None:
        # "**field** - … This field has two possible values:" and the values: one fact,
        # the list finishing the definition's last sentence.
        values = "\n".join(f"• {clean(item).replace(chr(10), ' ')}" for item in listed.items)
        note_id = f"{ctx.subplace(index)}/{slugify(term)}"
        front = f"{ctx.section_name(index).rstrip('?').rstrip()}: {term}?"
        return _fact(ctx, index, note_id, front, f"{_sentence(text, ctx.commands)}\n{values}")
    asked = _asked_of_label(ctx, index, term)
    if asked:
        if _restates(term, text):
            return ()
        note_id = f"{ctx.subplace(index)}/{slugify(term)}"  # the id it always had
        return _fact(ctx, index, note_id, asked, _sentence(text, ctx.commands))
    field = _field_front(ctx, index, term, text)
    if field and not _restates(term, text):
        return _fact(
            ctx,
            index,
            f"{ctx.subplace(index)}/{slugify(term)}",
            field,
            _sentence(text, ctx.commands),
        )
    glossed = _GLOSSED_TERM.match(clean(term).strip())
    if glossed is not None and len(glossed.group("gloss").split()) <= _LABEL_GLOSS_WORDS:
        # "**Duplicate ACKS: isolated loss**" over what they indicate: the term and
        # what it amounts to, run into one label. Asked whole, "Section: Duplicate ACKS:
        # isolated loss?" is a chain of labels holding half its answer; the term is
        # asked, and what it amounts to opens the back.
        gloss = glossed.group("gloss")
        told = f"{gloss[:1].upper()}{gloss[1:]}. {_sentence(text, ctx.commands)}"
        return _fact(
            ctx,
            index,
            f"{ctx.subplace(index)}/{slugify(term)}",
            f"{ctx.section_name(index).rstrip('?').rstrip()}: {glossed.group('term')}?",
            told,
        )
    return _term_facts(ctx, index, ctx.section_name(index), [entry])


# A bold term and a short gloss of it after a colon ("Duplicate ACKS: isolated loss",
# "Timeout: much more serious"): a few words each, no number ("Step 1: Install",
# "Option A: Helm" number or letter their part) and no sentence.
_GLOSSED_TERM = re.compile(
    r"^(?P<term>[A-Za-z][A-Za-z/&'-]+(?: [A-Za-z][A-Za-z/&'-]+){0,3}): "
    r"(?P<gloss>[a-z][\w/&'-]*(?: [\w/&'-]+)*)$"
)
_LABEL_GLOSS_WORDS = 4


# A definition naming its term as a setting of something ("The `path` field represents
# …", "This option sets …"): the kind of setting the term is.
_SETTING_KINDS = (
    "field|option|parameter|property|attribute|argument|setting|key|flag|variable|directive"
)
_NAMES_SETTING = re.compile(
    rf"^(?:the|this)\s+(?:(?P<code>`[^`\n]+`)|(?P<word>[\w.-]+))\s+(?P<kind>{_SETTING_KINDS})\b",
    re.IGNORECASE,
)


def _field_front(ctx: Context, index: int, term: str, text: str) -> str:
    """The front of a bold term its definition names as a setting ("**path**: The
    `path` field represents …" under "### HTTP"): "<owner>: `path` field?", the owner
    being the section, with the page's subject before it when the section does not name
    it ("Antrea Layer 7 NetworkPolicy, HTTP"): "HTTP: path?" says neither that a field is
    asked nor of what. "" for any other definition."""
    found = _NAMES_SETTING.match(clean(text).strip()) if "`" not in term else None
    if found is None:
        found = _NAMES_SETTING.match(text.strip())
    if found is None:
        return ""
    named = (found.group("code") or found.group("word") or "").strip("`")
    if _plain_term(named) != _plain_term(term):
        return ""  # "The `host` field" under **path**: another setting, no definition
    section = ctx.section_name(index).rstrip("?").rstrip()
    page = _page_owner(ctx)
    said = {w.lower().rstrip("s") for w in re.findall(r"\w{2,}", section)}
    if page and not said & {w.lower().rstrip("s") for w in re.findall(r"\w{2,}", page)}:
        section = f"{page}, {section}"
    return f"{section}: `{named}` {found.group('kind').lower()}?"


def _plain_term(term: str) -> str:
    return re.sub(r"[^a-z0-9]", "", clean(term).lower())


def _asked_of_label(ctx: Context, index: int, term: str) -> str:
    """The front of a labelled part ("**Thread:** …") of the answer to the author's
    question heading above it: the one question of several the label names ("What is a
    thread?"), else the question asked of the label ("How do you check disk space usage
    (ncdu Command)?"); "" under any other heading. Glued after the question ("What is
    RAM ? What is a thread ?: Thread?", "Define X.: Shell?") it reads as no sentence."""
    heading = ctx.nearest_heading(index)
    asked = question_text(heading) if heading else ""
    if not asked:
        return ""
    section = ctx.section_name(index)
    if clean(section).rstrip("?.").strip() != clean(asked).rstrip("?.").strip():
        return ""  # the section is named otherwise (a repeated heading and its parent)
    return question_of_label(asked, term) or label_under_question(asked, term)


def _list_after_lead_in(ctx: Context, index: int) -> ListBlock | None:
    """The list right after a paragraph (same headings) whose text ends in a lead-in
    colon; None when there is none."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or not block.text.rstrip().endswith(":"):
        return None
    after = _next_in_section(ctx, index, ListBlock)
    return after if after is not None and after.items else None


def defined_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list finishing a bold term's definition ("**field** - … This field has two
    possible values:"): it joins that definition's fact, never a note of its own."""
    if not isinstance(ctx.items[index].block, ListBlock) or index == 0:
        return None
    before = ctx.items[index - 1].block
    if not isinstance(before, Paragraph) or not before.label or before.label.startswith("`"):
        return None
    entries = _paragraph_entries(before, _own_line_allowed(ctx, index - 1))
    if not entries or _KIND_ONLY_LABEL.match(clean(entries[-1][0]).strip(" :")):
        return None
    if _list_after_lead_in(ctx, index - 1) is not ctx.items[index].block:
        return None
    return ()


# Verbs a benefit or feature states, in the third person ("Prevents Service Overload",
# "Reduces Infrastructure Costs"): a term opening on one is a claim, not a name.
_CLAIM_VERBS = frozenset(
    {
        "prevent",
        "protect",
        "ensure",
        "reduce",
        "improve",
        "provide",
        "enable",
        "support",
        "allow",
        "help",
        "make",
        "increase",
        "decrease",
        "simplify",
        "lower",
        "speed",
        "boost",
        "eliminate",
        "minimize",
        "minimise",
        "maximize",
        "maximise",
        "offer",
        "keep",
        "avoid",
        "cut",
        "save",
        "scale",
        "guarantee",
        "detect",
        "block",
        "stop",
        "enforce",
        "isolate",
        "automate",
        "accelerate",
        "optimize",
        "optimise",
        "strengthen",
        "streamline",
        "lets",
        "gives",
        "brings",
        "delivers",
        "handles",
        "manages",
        "integrates",
        "works",
    }
)
_CLAIMING = _CLAIM_VERBS | _ACTION_VERBS  # built once: every bold item label asks
_CLAIM_WORDS = 2  # a claim names what it does to something: a verb and its object


def _claims(term: str) -> bool:
    """A bold item label that is a claim ("Prevents Service Overload", "Ensures Fair
    Usage"): a verb in the third person and what it acts on, not a term to define."""
    words = clean(term).split()
    if len(words) < _CLAIM_WORDS:
        return False
    first = words[0].lower()
    stems = {first[:-1], first[:-2]} if first.endswith("es") else {first[:-1]}
    return first.endswith("s") and not first.endswith("ss") and bool(stems & _CLAIMING)


# "Dragonfly Swarm offers:", "Argo Workflows provides:": a named product and a verb of
# offering, over its features. The name in capitals (or code): "The platform offers"
# names nothing a front could ask of.
_OFFERS = re.compile(
    r"^(?P<who>(?:[A-Z][\w.+-]*|`[^`]+`)(?:\s+(?:[A-Z][\w.+-]*|`[^`]+`)){0,3})\s+"
    r"(?P<verb>offers|provides|includes|features|brings|delivers|comes with|gives you)$"
)
_OFFER_VERBS = {"comes with": "come with", "gives you": "give you"}


def _offer_list(
    ctx: Context, index: int, offered: re.Match[str], entries: list[tuple[str, str]]
) -> tuple[Note, ...]:
    """A product's features under its lead-in ("Dragonfly Swarm offers:" over "**High
    Availability**: Built-in failover for zero downtime."): each explanation only sells
    its label ("Real-time insights into cluster performance."), so a card per label
    ("Dragonfly Swarm offers: High Availability?") asks for a slogan; the labels together
    are what the product offers: one ``list`` card, "What does Dragonfly Swarm offer?"."""
    verb = offered.group("verb")
    verb = _OFFER_VERBS.get(verb, verb[:-1])
    front = f"What does {offered.group('who')} {verb}?"
    back = "\n".join(f"• {clean(term)}: {_sentence(text, ctx.commands)}" for term, text in entries)
    note_id = f"{ctx.subplace(index)}/{slugify(offered.group(0))}"
    return _fact(ctx, index, note_id, front, back, kind=NoteType.LIST)


def _claims_list(
    ctx: Context, index: int, label: str, entries: list[tuple[str, str]]
) -> tuple[Note, ...]:
    """Items stating claims ("**Prevents Service Overload:** Ensures API stability …"):
    the labels are the knowledge and each explanation only supports its label, so one
    ``list`` card holds them all, asked with the list's label of the page or section
    ("Protecting Services with Rate Limiting: key benefits?"); a card per label would ask
    "Key Benefits: Prevents Service Overload?", which no one could answer."""
    nearest = ctx.nearest_heading(index)
    asked = bool(question_text(nearest)) or not nearest
    subject = (ctx.title or ctx.topic) if asked else ctx.section_subject(index)
    kind = label.rstrip(":").strip() if label and len(label.split()) <= _KIND_LABEL_WORDS else ""
    front = f"{subject}: {(kind or 'key points').lower()}?" if subject else f"{kind or nearest}?"
    back = "\n".join(f"• {clean(term)}: {_sentence(text, ctx.commands)}" for term, text in entries)
    note_id = f"{ctx.subplace(index)}/{slugify(kind or 'claims')}"
    return _fact(ctx, index, note_id, front, back, kind=NoteType.LIST)
