"""Definitions: glossary lists and paragraphs that open with a bold or code term
and a separator, and the list that finishes a bold term's definition."""

from __future__ import annotations

import re

from quizkit.build.markdown import ListBlock, Paragraph, question_text
from quizkit.build.text import clean, slugify, subject_of
from quizkit.notes import Note, NoteType

from .common import (
    _ACTION_VERBS,
    _KIND_ONLY_LABEL,
    _LEANING_OPENING,
    Context,
    _asked_subject,
    _fact,
    _sentence,
    _symptom_checks,
    is_generic_label,
    label_under_question,
    question_of_label,
)
from .lists import (
    _GOES_ON_FROM_LIST,
    _LEAD_IN_GENERIC,
    _headings_asked,
    _next_in_section,
    _owner_of_kind,
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
    if not definition or not label or len(label.split()) > 8:
        return None
    return label, definition


def glossary_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list whose items all open with a bold or code term and a separator
    (``- **Term** — definition``, ``- **Term:** definition``, ``- `term`: definition``):
    a fact per term, "<section>: <term>?"."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or len(block.items) < 2:
        return None
    if len(block.terms) != len(block.items):
        return None
    entries: list[tuple[str, str]] = []
    for term, item in zip(block.terms, block.items, strict=True):
        entry = _term_entry(term, item)
        if entry is None:
            return None
        entries.append(entry)
    if all(_restates(term, text) for term, text in entries):
        return None  # the terms themselves are what the list gives: a list card
    label = ctx.lead_in(index)
    checks = _symptom_checks(ctx, index, label, entries)
    if checks is not None:
        return checks
    if 3 * sum(_claims(term) for term, _ in entries) >= 2 * len(entries):
        return _claims_list(ctx, index, label, entries)
    section = ctx.section_name(index)
    asks = _headings_asked(ctx, index)
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
    # "Design principles" over "**Portable** - …": principles of what, the page says.
    return _term_facts(ctx, index, _owner_of_kind(ctx, index, section), entries)


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
    if any(not w[:1].isalpha() or any(c.isupper() for c in w) for w in [words[0][1:], *words[1:]]):
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
        return f"{subject} {label[:1].lower()}{label[1:]}"
    return f"{label} ({question.rstrip('?.').rstrip()})"


_KIND_WORDS = 2  # a heading this short under a question names a kind of list ("Features")


# A lead-in that opens on a pronoun ("Its main goals are:", "Their benefits:") leans on
# the heading above for what it is about: it names nothing on a front alone.
_POINTING = re.compile(r"^(?:its|their|it|they|these|those|this|his|her)\b", re.IGNORECASE)


# "**Solution:**", "**Answer**": the label of an exercise's answer, never a term.
_SOLUTION_LABEL = re.compile(r"^(?:solutions?|answers?)$", re.IGNORECASE)


def definition_paragraph(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A paragraph that opens with a bold term and a separator (``**Term**: definition``,
    ``**Term** — definition``): a fact, "<section>: <term>?"."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or not block.label or block.label.startswith("`"):
        return None
    entry = _term_entry(block.label, block.text.replace("\n", " "))
    if entry is None:
        return None
    term, text = entry
    if _SOLUTION_LABEL.match(clean(term).strip(" :")):
        # "**Solution:** `[cbr]at`" no exercise rule took: it answers the task above
        # it, which "<section>: Solution?" would not show.
        return ()
    if _KIND_ONLY_LABEL.match(clean(term).strip(" :")):
        # "**Note:** …", "**Warning:** …": a label naming the kind of block, not a term
        # ("<section>: Note?" asks nothing): a note, asked for what it says.
        note_id = f"{ctx.subplace(index)}/{slugify(clean(term))}"
        heading = ctx.nearest_heading(index)
        subject = ctx.section_subject(index) if is_generic_label(heading) else heading or ctx.topic
        return _tip(ctx, index, note_id, text, subject)
    listed = _list_after_lead_in(ctx, index)
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
    return _term_facts(ctx, index, ctx.section_name(index), [entry])


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
    entry = _term_entry(before.label, before.text.replace("\n", " "))
    if entry is None or _KIND_ONLY_LABEL.match(clean(entry[0]).strip(" :")):
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
