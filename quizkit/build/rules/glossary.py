"""Glossaries: a section of three or more sibling headings, each a short term over
one short paragraph defining it ("### Data Lake" / "A storage repository that …"), or
a page titled as a glossary whose top-level headings are its terms ("What is Access
Token in Backstage?")."""

from __future__ import annotations

import re
from collections import Counter

from quizkit.build.markdown import Heading, Paragraph
from quizkit.build.text import SENTENCE_GAP, clean, clean_heading
from quizkit.notes import Note

from .common import _ACTION_VERBS, Context, _fact

_TERM_WORDS = 4  # a term heading: a short noun phrase
_GLOSS_WORDS = 60  # its definition: one short paragraph
_GLOSS_SENTENCES = 3
_GLOSSARY_HEADING = re.compile(
    r"^(?:glossary|terms|terminology|definitions|key terms|key concepts|concepts|vocabulary)$",
    re.IGNORECASE,
)
_TITLE_TAIL = re.compile(r"\s+(?:—|–|-|:)\s+.*$|:\s.*$")
# A first sentence opening on a subject and its verb: a statement, not a gloss.
# A relative clause before the verb ("An object that has …", "Anything that can …")
# makes a gloss of it: the verb is the clause's, the sentence has none of its own.
_STATEMENT = re.compile(
    r"^(?:an?|the)?\s*(?:(?!(?:that|which|who|whose|where)\b)[\w-]+\s+){1,4}?"
    r"(?:should|must|needs?|can|could|will|"
    r"would|may|is|are|was|were|has|have|does|do)\b",
    re.IGNORECASE,
)
_GLOSSARY_TERMS = 3  # sibling term headings that make a section a list of terms
# A heading that is no term: a question, a label, a number, a step or a lead-in.
_NO_TERM = re.compile(r"[?:!()`*\[]|^\d|\b(?:step|part|chapter|example|overview|summary)\b", re.I)
# A term's bracketed qualifier ("Component (catalog plugin)", "Owner (`spec.owner`)"):
# it says which of two namesakes is meant, so it stays on the front; the term is before it.
_TERM_QUALIFIER = re.compile(r"\s+\([^()?!]{1,40}\)$")
# A page whose title says it is a glossary ("Glossary", "Kubernetes Glossary",
# "Terminology", "Argo CD Core Concepts"): its top-level headings are the terms, and
# what the title names before that word is the product they belong to.
_GLOSSARY_TITLE = re.compile(
    r"^(?:(?P<product>.+?)\s+)??(?:(?:key|core|basic|main)\s+)?"
    r"(?:glossary|terminology|concepts|vocabulary)(?:\s+of\s+terms)?$",
    re.IGNORECASE,
)
# A sentence that only sends the reader elsewhere ("See the catalog docs for more
# information.", "For more details, see …") and a tail doing so ("…, see their docs
# for more information."): no part of the definition.
_POINTER_SENTENCE = re.compile(r"^(?:see\b|for more\b|for further\b|more (?:info|details)\b)", re.I)
_POINTER_TAIL = re.compile(r",\s*(?:see|refer to)\s+[^,;]*(?=\.$)", re.I)
# Where a sentence ends, a closing quote or bracket after its stop too ('… the question:
# "Are you who you claim to be?" See …'): a pointer sentence after a quote is its own.
_QUOTED_GAP = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+")
# A definition that only names another term ("Known as Software Templates.",
# "Alternative term for a User Role.", "Same as …"): a cross-reference, no gloss.
_ALIAS_GLOSS = re.compile(r"^(?:known as|alternative (?:term|name) for|same as|synonym)\b", re.I)
# A "definition" telling the writer or reader to do something ("Describe how a workflow
# …", "Explain that projects …", "Use this to …"): a placeholder or an instruction.
_INSTRUCTING_GLOSS = re.compile(
    r"^(?:describe|explain|define|clarify|note|summari[sz]e|mention|write|document|fill|add|"
    r"insert|use|run|install|check|set|todo|tbd)\b",
    re.I,
)
# A product a glossary's definitions keep naming: this many definitions at least, and
# twice as many as any other name.
_PRODUCT_MENTIONS = 3
_GLOSSARY_NAME = re.compile(r"(?<=[\w,;] )[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\b")
# A definition that leans on what came before or talks to the reader.
_NO_GLOSS = re.compile(r"^(?:it|this|that|these|they|you|we|see|for|in|on|note|here)\b", re.I)


def _term_heading(text: str) -> bool:
    """A heading reading as a term: "Data Lake", "CQRS", "Rate Limiting"; never an
    action ("Install Docker"), a gerund lead ("Using the API") or a question."""
    text = _TERM_QUALIFIER.sub("", text)
    words = text.split()
    if not 1 <= len(words) <= _TERM_WORDS or _NO_TERM.search(text):
        return False
    first = words[0].casefold()
    # "gRPC", "iOS": a lower-case opening with a capital inside is a name too.
    named = words[0][:1].isupper() or any(c.isupper() for c in words[0][1:])
    return first not in _ACTION_VERBS and not _action_gerund(first) and named


# Gerunds that open a how-to or a kind of section rather than name a practice.
_SECTION_GERUNDS = frozenset(
    {"getting", "using", "working", "understanding", "learning", "introducing", "setting"}
)


def _action_gerund(word: str) -> bool:
    """ "Installing", "Configuring", "Getting": a gerund of an action, opening a how-to
    ("Installing Docker"); never one naming a practice ("Networking", "Logging",
    "Branching Strategies", "Currying"), which is a term like any noun."""
    if not word.endswith("ing"):
        return False
    if word in _SECTION_GERUNDS:
        return True
    return any(
        word in (verb + "ing", verb + verb[-1] + "ing", verb[:-1] + "ing") for verb in _ACTION_VERBS
    )


def _gloss(block: object, term: str = "") -> bool:
    """A block that defines its heading's term: one short paragraph of prose whose
    first sentence is a gloss ("A storage repository that …", "Storing data as …"),
    never a statement about the term ("Caddy needs to be version 2.5.1 …", "A testing
    framework should not be slow.")."""
    if not isinstance(block, Paragraph) or block.label or "\n\n" in block.text:
        return False
    return _gloss_text(" ".join(block.text.split()), term)


def _gloss_text(text: str, term: str) -> bool:
    """:func:`_gloss` of a paragraph's text."""
    sentences = [s for s in SENTENCE_GAP.split(text) if s]
    term = _TERM_QUALIFIER.sub("", term)
    if term and sentences and re.search(rf"\b{re.escape(term)}\b", sentences[0], re.I):
        return False
    return (
        len(text.split()) <= _GLOSS_WORDS
        and len(sentences) <= _GLOSS_SENTENCES
        and not _NO_GLOSS.match(text)
        and not _STATEMENT.match(text)
        and text.endswith(".")
        and text[:1].isupper()
    )


def _page_gloss(block: object, term: str) -> str:
    """The definition a glossary page's term section opens with: its first paragraph
    without the sentences sending the reader elsewhere ("See the docs for more
    information."); a paragraph past the gloss's length gives its first sentence when
    that is a gloss. "" when it is no gloss or only names another term."""
    read = _plain_sentences(block)
    if read is None:
        return ""
    text, sentences = read
    if not sentences or _ALIAS_GLOSS.match(sentences[0]) or _INSTRUCTING_GLOSS.match(text):
        return ""
    sentences[-1] = _POINTER_TAIL.sub("", sentences[-1])
    text = " ".join(sentences)
    if _gloss_text(text, term):
        return text
    return sentences[0] if len(sentences) > 1 and _gloss_text(sentences[0], term) else ""


def _plain_sentences(block: object) -> tuple[str, list[str]] | None:
    """A one-paragraph block's text on one line and its sentences, without those that
    only send the reader elsewhere; None for any other block or a labelled paragraph."""
    if not isinstance(block, Paragraph) or block.label or "\n\n" in block.text:
        return None
    text = clean(block.text).replace("\n", " ").strip()
    return text, [s for s in _QUOTED_GAP.split(text) if s and not _POINTER_SENTENCE.match(s)]


def _glossary_product(definitions: list[str]) -> str:
    """The name a glossary's definitions keep naming ("Backstage"): in at least
    :data:`_PRODUCT_MENTIONS` of them and twice as many as any other name; "" if none."""
    counts: Counter[str] = Counter()
    for text in definitions:
        counts.update(set(_GLOSSARY_NAME.findall(text)))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _PRODUCT_MENTIONS:
        return ""
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return ""
    return ranked[0][0]


def glossary_headings(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A section that is a list of terms: three or more sibling headings, each a short
    noun phrase over one short paragraph defining it ("### Data Lake" / "A storage
    repository that …"): "What is Data Lake (Data Management)?" → the definition, the
    parent section naming the field the term belongs to. A section where most sibling
    headings are anything else (steps, questions, longer sections) is no glossary.
    A page titled as a glossary ("Glossary", "Terminology", "… Concepts") has its terms
    at the top level, with no parent: "What is Access Token in Backstage?" → the
    term's first paragraph, the product named by the title or by most definitions."""
    item = ctx.items[index]
    block = item.block
    headings = item.headings
    if not headings or not isinstance(block, Paragraph):
        return None
    page = None
    field_of_terms: str | None = None
    if len(headings) < 2:
        page = _GLOSSARY_TITLE.match(_TITLE_TAIL.sub("", ctx.title).strip())
        if page is None:
            field_of_terms = _glossary_shape(ctx)
            if not field_of_terms:
                return None
    term = clean_heading(headings[-1].text)
    if not _term_heading(term):
        return None
    if field_of_terms:
        return _shaped_glossary_note(ctx, index, term, field_of_terms)
    back = " ".join(block.text.split()) if page is None else _page_gloss(block, term)
    if not back or (page is None and not _gloss(block, term)):
        return None
    parent = headings[:-1]
    level = headings[-1].level
    # The sibling sections: the items under the same parent, by their own heading.
    start = index
    while start > 0 and ctx.items[start - 1].headings[: len(parent)] == parent:
        start -= 1
    end = index
    while end + 1 < len(ctx.items) and ctx.items[end + 1].headings[: len(parent)] == parent:
        end += 1
    sections: dict[Heading, list[object]] = {}
    for sibling in ctx.items[start : end + 1]:
        if len(sibling.headings) <= len(parent):
            continue  # prose right under the parent, before the terms
        own = sibling.headings[len(parent)]
        if own.level != level:
            return None
        sections.setdefault(own, []).append(
            sibling.block if len(sibling.headings) == len(parent) + 1 else None
        )
    if page is not None:
        return _glossary_page_note(ctx, index, term, back, sections, page.group("product"))
    terms = [
        h
        for h, blocks in sections.items()
        if len(blocks) == 1
        and _term_heading(clean_heading(h.text))
        and _gloss(blocks[0], clean_heading(h.text))
    ]
    # On a page titled as a glossary, sections group its terms ("## Containers" ›
    # "### Docker"): a group of one or two terms is still a list of terms.
    least = 1 if _GLOSSARY_TITLE.match(_TITLE_TAIL.sub("", ctx.title).strip()) else _GLOSSARY_TERMS
    if len(terms) < least or 3 * len(terms) < 2 * len(sections):
        return None
    if sections.get(headings[-1]) != [block]:
        return None  # more than the one paragraph under this term
    field = clean_heading(parent[-1].text)
    if _GLOSSARY_HEADING.match(field):
        # "## Glossary" names no field: the page's title does ("Azure Subnet Summary —
        # Context" → "Azure Subnet Summary").
        field = _TITLE_TAIL.sub("", ctx.title).strip()
    front = f"What is {term} ({field})?" if field else f"What is {term}?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/what-is", front, back)


def _glossary_page_note(
    ctx: Context,
    index: int,
    term: str,
    back: str,
    sections: dict[Heading, list[object]],
    product: str | None,
) -> tuple[Note, ...] | None:
    """The card of a glossary page's term (see :func:`glossary_headings`): the page
    must read as one, two thirds of its top-level sections term headings and most of
    them a single paragraph of prose; the term's section holds prose only, this
    paragraph first."""
    block = ctx.items[index].block
    terms = {h: b for h, b in sections.items() if _term_heading(clean_heading(h.text))}
    short = [b for b in terms.values() if len(b) == 1 and isinstance(b[0], Paragraph)]
    if (
        len(terms) < _GLOSSARY_TERMS
        or 3 * len(terms) < 2 * len(sections)
        or 2 * len(short) < len(terms)
    ):
        return None
    own = sections.get(ctx.items[index].headings[-1], [])
    if not own or own[0] is not block or not all(isinstance(b, Paragraph) for b in own):
        return None
    if not product:
        # Read from the sections' first paragraphs, as the sections themselves are: the
        # page is walked once per term, never once per term per paragraph.
        product = _glossary_product(
            [clean(b[0].text) for b in sections.values() if b and isinstance(b[0], Paragraph)]
        )
    if not product:
        return None  # "What is Sources?" names nothing a learner could answer about
    named = re.search(rf"\b{re.escape(product)}\b", term, re.I)
    front = f"What is {term}?" if named else f"What is {term} in {product}?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/what-is", front, back)


# A page is read as a glossary by its shape, whatever its title ("Functional Programming
# Jargon", "Cloud Words"): this many top-level term sections at least (fewer is a
# topic page as often as a glossary), two thirds of its
# top-level sections terms, and two thirds of those opening on a definition.
_SHAPED_TERMS = 8
# What such a title names after the field its terms belong to: no part of the field
# ("Functional Programming Jargon" -> "Functional Programming").
_GLOSSARY_NOUN = re.compile(
    r"\s+(?:jargon|glossary|terms|terminology|vocabulary|dictionary|lexicon|words|"
    r"definitions|buzzwords|explained|demystified|cheat\s?sheet)$",
    re.IGNORECASE,
)


def _glossary_shape(ctx: Context) -> str:
    """The field a page of top-level term sections belongs to, when the page reads as a
    glossary by its shape (see :data:`_SHAPED_TERMS`): its title without the word
    naming it a glossary. "" when the page is no glossary, or its title names nothing.
    Worked out once per page: every paragraph under a top-level heading asks."""
    cached = ctx._memo.get("glossary-shape")
    if isinstance(cached, str):
        return cached
    field = _GLOSSARY_NOUN.sub("", _TITLE_TAIL.sub("", ctx.title).strip())
    sections: dict[Heading, list[object]] = {}
    for item in ctx.items:
        if item.headings:
            sections.setdefault(item.headings[0], []).append(
                item.block if len(item.headings) == 1 else None
            )
    levels = {h.level for h in sections}
    terms = {h: blocks for h, blocks in sections.items() if _term_heading(clean_heading(h.text))}
    glossed = [
        h
        for h, blocks in terms.items()
        if blocks and _shaped_gloss(blocks[0], clean_heading(h.text))
    ]
    shaped = (
        bool(field)
        and len(levels) == 1
        and len(terms) >= _SHAPED_TERMS
        and 3 * len(terms) >= 2 * len(sections)
        and 3 * len(glossed) >= 2 * len(terms)
    )
    result = field if shaped else ""
    ctx._memo["glossary-shape"] = result
    return result


def _shaped_glossary_note(
    ctx: Context, index: int, term: str, field: str
) -> tuple[Note, ...] | None:
    """The card of a term on a page read as a glossary by its shape: "What is Arity in
    Functional Programming?" -> the definition its section opens with (the gloss; the
    examples and remarks after it are no part of it). Only the section's first block."""
    item = ctx.items[index]
    if index > 0 and ctx.items[index - 1].headings == item.headings:
        return None  # not the paragraph the term's section opens with
    back = _shaped_gloss(item.block, term)
    if not back:
        return None
    named = re.search(rf"\b{re.escape(field)}\b", term, re.I)
    front = f"What is {term}?" if named else f"What is {term} in {field}?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/what-is", front, back)


def _shaped_gloss(block: object, term: str) -> str:
    """The definition a term's section opens with on a page read as a glossary by its
    shape: a gloss as a glossary page's (:func:`_page_gloss`), else one naming its term
    (:func:`_copula_gloss`); "" when it opens on neither."""
    return _page_gloss(block, term) or _copula_gloss(block, term)


# "Child Process is an important concept in …": what the term is worth, not what it is.
_RATES_IT = re.compile(
    r"\b(?:is|are)\s+(?:an?\s+|the\s+)?(?:very\s+|most\s+)?(?:important|basic|key|core|"
    r"fundamental|common|useful|popular|essential|central|big)\s+(?:concept|idea|topic|part)",
    re.I,
)


def _copula_gloss(block: object, term: str) -> str:
    """A definition naming its own term first ("A closure is a scope which …", "Option
    is a sum type …"): on a page read as a glossary, the term's heading over it, it is
    the gloss. Its first sentences within the gloss's length; "" for anything else."""
    read = _plain_sentences(block)
    if read is None:
        return ""
    text, sentences = read
    term = _TERM_QUALIFIER.sub("", term)
    opening = rf"^(?:an?\s+|the\s+)?{re.escape(term)}s?\s+(?:is|are|means?|refers? to)\s+\S"
    if not re.match(opening, text, re.I) or _RATES_IT.search(text.split(".")[0]):
        return ""
    kept: list[str] = []
    for sentence in sentences[:_GLOSS_SENTENCES]:
        if len(" ".join([*kept, sentence]).split()) > _GLOSS_WORDS:
            break
        kept.append(sentence)
    back = " ".join(kept)
    return back if back.endswith(".") else ""
