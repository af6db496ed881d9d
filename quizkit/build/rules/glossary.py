"""Glossaries: a section of three or more sibling headings, each a short term over
one short paragraph defining it ("### Data Lake" / "A storage repository that …"), or
a page titled as a glossary whose top-level headings are its terms ("What is Access
Token in Backstage?")."""

from __future__ import annotations

import re
from collections import Counter

from quizkit.build.markdown import Code, Heading, ListBlock, Paragraph
from quizkit.build.text import SENTENCE_GAP, clean, clean_heading, slugify
from quizkit.notes import Note

from .common import _ACTION_VERBS, _GENERIC_TITLES, LETTER_GROUP, Context, _fact, action_verb_of

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
# The number ordering a file among its siblings ("08 Glossary"): no word of its title.
_ORDINAL = re.compile(r"^\d+\s+")
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


def _term_heading(text: str, *, any_case: bool = False) -> bool:
    """A heading reading as a term: "Data Lake", "CQRS", "Rate Limiting"; never an
    action ("Install Docker"), a gerund lead ("Using the API") or a question. On a page
    that says it is a glossary (``any_case``) a term may be written in lower case
    ("big data", "cgroups"), as dictionaries write their entries."""
    text = _TERM_QUALIFIER.sub("", text)
    words = text.split()
    if not 1 <= len(words) <= _TERM_WORDS or _NO_TERM.search(text):
        return False
    first = words[0].casefold()
    # "gRPC", "iOS": a lower-case opening with a capital inside is a name too.
    named = words[0][:1].isupper() or any(c.isupper() for c in words[0][1:])
    return first not in _ACTION_VERBS and not _action_gerund(first) and (named or any_case)


# Gerunds that open a how-to or a kind of section rather than name a practice.
_SECTION_GERUNDS = frozenset(
    {"getting", "using", "working", "understanding", "learning", "introducing", "setting"}
)


def _action_gerund(word: str) -> bool:
    """ "Installing", "Configuring", "Getting": a gerund of an action, opening a how-to
    ("Installing Docker"); never one naming a practice ("Networking", "Caching",
    "Branching Strategies", "Currying"), which is a term like any noun."""
    return word in _SECTION_GERUNDS or bool(action_verb_of(word))


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
    if len(headings) < 2:
        # A page with no title of its own is named by its file ("glossary.md").
        title = ctx.title or _ORDINAL.sub("", ctx.file_title)
        page = _GLOSSARY_TITLE.match(_TITLE_TAIL.sub("", title).strip())
        if page is None:
            return None
    term = clean_heading(headings[-1].text)
    if not _term_heading(term, any_case=page is not None):
        return None
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
    terms = {
        h: b for h, b in sections.items() if _term_heading(clean_heading(h.text), any_case=True)
    }
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


# -- glossaries by their shape ------------------------------------------------------
#
# A page of terms whose title never says "glossary" ("Functional Programming Jargon",
# "Dictionary"): most sibling headings of one level are terms and each opens on a
# definition, often a fragment ("## Arity" / "The number of arguments a function
# takes."), then examples, notes and further reading.

# A heading naming two things or comparing them ("Architecture vs. Design",
# "Throughput and Latency"): no one term.
_NOT_ONE_TERM = re.compile(r"\b(?:vs\.?|versus|and|or)(?=\s|$)|[&/]", re.I)
# Other names after the term ("Accessor Method, Getter"): the first one is the term.
_ALIASES = re.compile(r",\s.*$")
# A definition written as a fragment whose subject is the term: a noun phrase ("The
# number of arguments a function takes.", "a class that can only be extended …"), a
# gerund ("Transforming a function …") or a bare noun and its relative clause ("Object
# whose `map` doesn't …", "Properties that are shared …").
_FRAGMENT_OPEN = re.compile(
    r"^(?:(?:an?|the|any|anything|one|something)\s|[a-z]{3,}ing\s|"
    r"[a-z][\w-]*\s+(?:whose|that|which|who|where)\s)",
    re.I,
)
# A heading of one gerund ("Currying", "Sharding"): a practice's name.
_ONE_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
# A fragment's head, before its first relative clause, holds no verb of its own: "The
# page browser … is built from …" and "The `tls` Secret type is for …" state facts
# about something; "The point up to which a stream is believed complete" defines.
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b", re.I)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|can|cannot|could|will|would|should|must|may|"
    r"might|does|do|did)\b|n't\b",
    re.I,
)
# Words opening a clause, not a noun: "Now that we have …", "So that …".
_NO_NOUN = frozenset({"now", "so", "such", "given", "provided", "except", "even", "only", "just"})
# Words ending in "ing" that open no gerund phrase ("During the build, …").
_NO_GERUND = frozenset({"during", "nothing", "string", "strings", "thing", "things", "bring"})
# "When an application is composed of …, truths about it can be derived …".
_WHEN_OPEN = re.compile(r"^when\s+(?!you\b|we\b|i\b)", re.I)
# "When instant loading is enabled, clicks on …": what a setting does once switched on,
# a feature's behaviour, no definition of it.
_WHEN_SWITCHED = re.compile(
    r"^when\s+[^,]{1,80}?\s+(?:is|are)\s+(?:enabled|disabled|activated|deactivated|set|"
    r"configured|turned\s+(?:on|off)|installed|used|specified|omitted)\b",
    re.I,
)
# A sentence defining the term by name: "A closure is a scope …", "Lifting is when
# …", "Partially applying a function means …", "Arity refers to …".
_DEFINED_AS = re.compile(
    r"^(?:(?:an?|the)\s+)?(?P<name>[^,;:.]{1,60}?)\s+(?:(?:is|are)\s+(?:an?|the|one|any|"
    r"when|where)\b|means\b|refers\s+to\b|denotes\b)",
    re.I,
)
# "… the part of the code yet to run is known as a continuation", "… is said to be
# referentially transparent": the term named after its definition.
_NAMED_AS = re.compile(
    r"\b(?:is|are)\s+(?:said\s+to\s+(?:be|have)|known\s+as|called)\s+(?P<name>.+)$", re.I
)
# "A function is pure if …", "A function is idempotent if …": the term's adjective.
_QUALIFIED_AS = re.compile(
    r"^(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are)\s+(?P<name>[\w-]+)\s+(?:if|when)\b", re.I
)
_STEM = 5  # letters of a term's word another form of it shares ("idempotence", "idempotent")
# Defined terms that make a glossary of a group of sections whose title does not say
# so: fewer is a page of topics as often as a glossary (a section of several blocks is
# weaker evidence than glossary_headings' one paragraph per term); three under a term
# of a glossary ("Constant" over "Constant Function", "Constant Functor", "Constant
# Monad"), as the glossary around them already reads as one.
_SHAPED_TERMS = 8
_SUB_TERMS = 3
# The word of a title saying the page lists terms ("Functional Programming Jargon"):
# the rest of the title is what the terms belong to.
_GLOSSARY_WORD = re.compile(
    r"\s*\b(?:jargon|glossary|dictionary|lexicon|terminology|vocabulary|terms|definitions|"
    r"words|buzzwords|explained|demystified|cheat\s?sheet)\b",
    re.I,
)
# "Child Process is an important concept in …": what the term is worth, not what it is.
_RATES_IT = re.compile(
    r"\b(?:is|are)\s+(?:an?\s+|the\s+)?(?:very\s+|most\s+)?(?:important|basic|key|core|"
    r"fundamental|common|useful|popular|essential|central|big)\s+(?:concept|idea|topic|part)",
    re.I,
)
_POSSESSIVE = re.compile(r"\S+['’]s?")
# A sentence announcing the example or code below the definition ("Below is an example
# of …", "Here is how …", "The following shows …"): it points on, defining nothing.
_ANNOUNCING = re.compile(
    r"^(?:below\b|here\s+(?:is|are)\b|the\s+following\b|following\s+is\b|"
    r"(?:an?\s+|for\s+)?examples?\s*(?:is|are|below|:|$))",
    re.I,
)
# The example a definition points to ("A curried function that ignores its second
# argument:" over its code): shown under it when this short.
_EXAMPLE_LINES = 12


def _shaped_term(heading: Heading) -> str:
    """The term a heading names ("Higher-Order Functions (HOF)", "Accessor Method" of
    "Accessor Method, Getter"), "" when it names none (see :func:`_term_heading`)."""
    term = _ALIASES.sub("", clean_heading(heading.text)).strip()
    if _NOT_ONE_TERM.search(term):
        return ""
    if _term_heading(term):
        return term
    # One gerund alone names a practice ("Currying", "Sharding"); with an object it is
    # an action ("Using the API"), which :func:`_term_heading` turns away.
    core = _TERM_QUALIFIER.sub("", term)
    if _ONE_GERUND.fullmatch(core) and not _NO_TERM.search(core):
        return term
    return ""


def _names_term(text: str, term: str) -> bool:
    """Whether ``text`` names ``term`` in some form: one of its words of four letters or
    more, or another word sharing its first letters ("Lifting" for "Lift",
    "idempotent" for "Idempotence")."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]{4,}", _TERM_QUALIFIER.sub("", term))]
    said = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
    return any(s.startswith(w[:_STEM]) for w in words for s in said)


def _defines(sentence: str, term: str) -> bool:
    """Whether the first sentence of a term's section defines it: by name ("A closure
    is a scope …", "Lifting is when …", "… is known as a continuation") or as a fragment
    whose subject is the term ("The number of arguments a function takes.", "When an
    application is composed of …")."""
    if _WHEN_OPEN.match(sentence):
        return not _WHEN_SWITCHED.match(sentence)
    for pattern in (_DEFINED_AS, _QUALIFIED_AS):
        named = pattern.match(sentence)
        if named and _names_term(named["name"], term):
            return True
    named = _NAMED_AS.search(sentence)
    if named and _names_term(named["name"], term):
        return True
    first = sentence.split(" ", 1)[0].casefold()
    core = _TERM_QUALIFIER.sub("", term)
    # A lower-case opening is a fragment by the author's own hand ("simplification by
    # focusing on …", "the percentage of time a system is up"): it goes on from the term.
    lower = sentence[:1].islower()
    return (
        (lower or bool(_FRAGMENT_OPEN.match(sentence)))
        and first not in _NO_GERUND
        and first not in _NO_NOUN
        and (lower or not _FINITE.search(_RELATIVE.split(sentence, 1)[0]))
        and not re.search(rf"\b{re.escape(core)}\b", sentence, re.I)
    )


def _shaped_gloss(block: object, term: str) -> str:
    """The definition a term's section opens with (see :func:`_defines`): the first
    paragraph without its pointers to other pages, or its first sentence when the
    paragraph runs long; "" when it is no definition."""
    if not isinstance(block, Paragraph) or not term:
        return ""
    if block.label or block.step or block.heading or "\n\n" in block.text:
        return ""
    text = clean(block.text).replace("\n", " ").strip()
    sentences = [s for s in _QUOTED_GAP.split(text) if s and not _POINTER_SENTENCE.match(s)]
    if not sentences:
        return ""
    first = sentences[0]
    opening = first.split(" ", 1)[0].casefold()
    if (
        _NO_GLOSS.match(first)
        or _ALIAS_GLOSS.match(first)
        or _INSTRUCTING_GLOSS.match(first)
        or opening in _ACTION_VERBS
        or _RATES_IT.search(first)
        or not _defines(first, term)
    ):
        return ""
    if any(s.split(" ", 1)[0].casefold() in _ACTION_VERBS for s in sentences[1:]):
        return ""  # "… Add the following lines to `mkdocs.yml`:": a how-to's step
    # "Below is an example of compose in Rust.": what follows the definition, not it.
    sentences = [first, *(s for s in sentences[1:] if not _ANNOUNCING.match(s))]
    sentences[-1] = _POINTER_TAIL.sub("", sentences[-1])
    kept = " ".join(sentences)
    if len(kept.split()) > _GLOSS_WORDS or len(sentences) > _GLOSS_SENTENCES:
        kept = first
    if len(kept.split()) > _GLOSS_WORDS or not kept.endswith((".", ":")):
        return ""
    if opening == term.split(" ", 1)[0].casefold() and not kept.startswith(term.split(" ", 1)[0]):
        # "scrum is a flavor of …" under "Scrum": the term as its heading writes it.
        kept = term.split(" ", 1)[0] + kept[len(opening) :]
    elif re.match(r"[a-z]+(?:[,;]?\s)", kept):
        # A dictionary's lower-case fragment ("a class that …") reads as a sentence.
        kept = kept[:1].upper() + kept[1:]
    return kept


def _shaped_group(ctx: Context, index: int, parent: tuple[Heading, ...]) -> dict[Heading, str]:
    """The definitions of the terms heading the sections under ``parent`` (the group
    ``index`` sits in), by heading; none unless the group reads as a glossary: eight
    terms or more each opening on its definition (three under a term of a glossary, any
    under a letter of an alphabetical list), and two thirds of the sections so."""
    known = ctx._glossary_groups.get(parent)
    if known is not None:
        return known
    start = index
    while start > 0 and ctx.items[start - 1].headings[: len(parent)] == parent:
        start -= 1
    end = index
    while end + 1 < len(ctx.items) and ctx.items[end + 1].headings[: len(parent)] == parent:
        end += 1
    # The sections by their own heading, whatever its level: a term written one level
    # off ("### Term" among "#### Term"s) is still one of them.
    firsts: dict[Heading, object] = {}
    for sibling in ctx.items[start : end + 1]:
        if len(sibling.headings) <= len(parent):
            continue  # prose right under the parent, before the terms
        own = sibling.headings[len(parent)]
        if own not in firsts:
            # A section opening on a sub-heading opens on no definition of its own.
            firsts[own] = sibling.block if len(sibling.headings) == len(parent) + 1 else None
    defined: dict[Heading, str] = {}
    for heading, block in firsts.items():
        gloss = _shaped_gloss(block, _shaped_term(heading))
        if gloss:
            defined[heading] = gloss
    least = _SHAPED_TERMS
    if ctx.alphabetical(parent):
        least = 1  # an alphabetical list ("## X" over its one term) is a glossary's own shape
    elif parent and parent[-1] in _shaped_group(ctx, index, parent[:-1]):
        least = _SUB_TERMS
    if len(defined) < least or 3 * len(defined) < 2 * len(firsts):
        defined = {}
    ctx._glossary_groups[parent] = defined
    return defined


def _group_subject(ctx: Context, parent: tuple[Heading, ...]) -> tuple[str, bool]:
    """What a group of terms belongs to, and whether that is a field of the page (asked
    in brackets, as :func:`glossary_headings` does) rather than its subject: the parent
    section ("Morphism"); for terms grouped by letter or under "Glossary", what the
    section above says; for terms at the top, or under a heading that titles the list
    ("functional programming jargon in rust"), that title without its word for a list
    of terms ("Functional Programming Jargon" → "Functional Programming")."""
    if not parent:
        return _listed_subject(_TITLE_TAIL.sub("", ctx.title).strip()), False
    field = clean_heading(parent[-1].text)
    if _GLOSSARY_HEADING.match(field) or LETTER_GROUP.match(field):
        return _group_subject(ctx, parent[:-1])
    if _GLOSSARY_WORD.search(field):
        return _listed_subject(field), False
    return field, True


def _listed_subject(title: str) -> str:
    """A list of terms' title without its word for one ("Jargon", "Dictionary"); ""
    when only its owner is left ("Jake's Dictionary")."""
    subject = " ".join(_GLOSSARY_WORD.sub("", title, count=1).split())
    return "" if _POSSESSIVE.fullmatch(subject) else subject


def _plural_term(term: str, prose: str) -> bool:
    """Whether a term is a plural ("Side effects", "Contracts"): its last word ends in
    "s" and the page writes it without ("a side effect", "a contract"), unlike "Lens"."""
    core = _TERM_QUALIFIER.sub("", term).split()[-1]
    if not core.endswith("s") or core.endswith(("ss", "us", "is")) or len(core) < 4:
        return False
    single = core[:-3] + "y" if core.endswith("ies") else core[:-1]
    return re.search(rf"\b{re.escape(single)}\b", prose, re.I) is not None


def glossary_shaped(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A glossary known by its shape, whatever its title: most sibling sections of one
    level are terms, each opening on its definition, then examples and notes
    ("## Arity" / "The number of arguments a function takes." / code):
    "What is Arity in Functional Programming?" → the definition, with the short example
    it points to ("… like this:"). Glossaries the title names, and sections of
    one-paragraph terms, stay :func:`glossary_headings`' to card."""
    item = ctx.items[index]
    block = item.block
    headings = item.headings
    if not headings or not isinstance(block, Paragraph):
        return None
    # The section's first block: none before it under the same heading.
    if index > 0 and ctx.items[index - 1].headings == headings:
        return None
    parent = headings[:-1]
    defined = _shaped_group(ctx, index, parent)
    back = defined.get(headings[-1], "")
    if not back or _GLOSSARY_TITLE.match(_TITLE_TAIL.sub("", ctx.title).strip()):
        return None
    if glossary_headings(ctx, index) is not None:
        return None  # the rules before it card this block as they always have
    if back.endswith(":"):
        after = ctx.items[index + 1] if index + 1 < len(ctx.items) else None
        if (
            after is not None
            and after.headings == headings
            and isinstance(after.block, Code)
            and after.block.text.strip()
            and len(after.block.text.strip("\n").splitlines()) <= _EXAMPLE_LINES
        ):
            code = "\n".join(line.rstrip() for line in after.block.text.strip("\n").splitlines())
            back = f"{back}\n{code}"
        else:
            # The example is gone or too long to show: the sentences before its lead-in.
            sentences = SENTENCE_GAP.split(back)
            if len(sentences) < 2:
                return None
            back = " ".join(sentences[:-1])
    term = _shaped_term(headings[-1])
    subject, field = _group_subject(ctx, parent)
    if parent and field and re.search(rf"\b{re.escape(subject)}\b", term, re.I):
        # "Constant Function" under "Constant": the section above says more.
        subject, field = _group_subject(ctx, parent[:-1])
    verb = "are" if _plural_term(term, ctx.prose()) else "is"
    if not subject or re.search(rf"\b{re.escape(subject)}\b", term, re.I):
        front = f"What {verb} {term}?"
    elif field:
        front = f"What {verb} {term} ({subject})?"  # as glossary_headings asks its fields
    else:
        front = f"What {verb} {term} in {subject}?"  # as glossary pages ask of their product
    return _fact(ctx, index, f"{ctx.subplace(index)}/what-is", front, back)


# A concept page's opening sentence naming its title as its subject: "Preconditions
# allow for …" under "Preconditions", "Build matrices help you …" under "Build matrix".
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
# Words after the subject that say it is no subject of its own: "Preconditions of a
# rule …", "Build matrix and parallelism …".
_NOT_A_VERB = frozenset(
    {
        "of", "and", "or", "in", "for", "with", "to", "on", "at", "by", "from", "that",
        "which", "who", "as", "vs", "versus", "page", "section", "guide", "documentation",
    }
)  # fmt: skip
# Sentences leaning on the one before ("They are powerful …", "This …", "However, …").
_LEANS_BACK = re.compile(
    r"^(?:it|its|they|their|this|these|that|those|such|here|however|also|but|so|then|"
    r"for example|for instance|e\.g\.)\b",
    re.IGNORECASE,
)
_LEAD_WORDS = 60
_LEAD_MIN_WORDS = 7  # "A kettle boils water.": too little to be what the page explains
_CODE_SPAN = re.compile(r"(`+)[^`]+?\1")
_LEAD_SENTENCES = 3


def _plural_forms(word: str) -> set[str]:
    """``word`` and its plural or singular as English writes it: matrix/matrices,
    policy/policies, class/classes, rule/rules."""
    w = word.casefold()
    forms = {w, w + "s", w + "es"}
    if w.endswith(("ix", "ex")):
        forms.add(w[:-2] + "ices")
    if w.endswith("y"):
        forms.add(w[:-1] + "ies")
    if w.endswith("ices"):
        forms.update({w[:-4] + "ix", w[:-4] + "ex"})
    if w.endswith("ies"):
        forms.add(w[:-3] + "y")
    if w.endswith("es"):
        forms.add(w[:-2])
    if w.endswith("s"):
        forms.add(w[:-1])
    return forms


def _title_subject(title: str, sentence: str) -> str:
    """The words ``sentence`` opens on that name the page's ``title`` (its last word
    maybe in the other number, an article before it allowed), when a verb follows them:
    "Build matrices" of "Build matrices help you …" under "Build matrix"; "" otherwise."""
    term = title.split()
    body = _ARTICLE.sub("", sentence)
    article = sentence[: len(sentence) - len(body)]
    words = body.split()
    if len(words) <= len(term):
        return ""
    said = words[: len(term)]
    if [w.casefold() for w in said[:-1]] != [w.casefold() for w in term[:-1]]:
        return ""
    if said[-1].casefold() not in _plural_forms(term[-1]):
        return ""
    after = words[len(term)]
    if not after.isalpha() or not after.islower() or after in _NOT_A_VERB:
        return ""
    return article + " ".join(said)


def page_definition(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A concept page's opening paragraph that says what its title is: under
    "Preconditions", "Preconditions allow for more fine-grained selection of resources
    than … Preconditions consist of one or more expressions …" → "What are
    preconditions?" → those sentences (up to three, while none leans on the one before,
    at most 60 words). The title must be a term (one to four words, no page kind such as
    "Overview" or "FAQ") that the page also writes in lower case (a concept; a product's
    README opening "Loomwork schedules …" makes none), and the paragraph the page's
    first prose, before any heading: the page is about that term, so the term alone
    names what is asked."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or ctx.items[index].headings:
        return None
    if any(isinstance(ctx.items[i].block, Paragraph) for i in range(index)):
        return None
    title = clean_heading(ctx.title).strip()
    if not title or len(title.split()) > _TERM_WORDS or _NO_TERM.search(title):
        return None
    if title.casefold() in _GENERIC_TITLES:
        return None
    text = clean(block.text).replace("\n", " ").strip()
    sentences = [s for s in SENTENCE_GAP.split(text) if s]
    if not sentences or not sentences[0].endswith((".", "!")):
        return None
    subject = _title_subject(title, sentences[0])
    if not subject or not _LEAD_MIN_WORDS <= len(sentences[0].split()) <= _LEAD_WORDS:
        return None
    kept = [sentences[0]]
    for sentence in sentences[1:_LEAD_SENTENCES]:
        if _LEANS_BACK.match(sentence) or not sentence.endswith((".", "!")):
            break
        if len(" ".join([*kept, sentence]).split()) > _LEAD_WORDS:
            break
        kept.append(sentence)
    bare = _ARTICLE.sub("", subject)
    article = subject[: len(subject) - len(bare)].lower()
    lower, capital = _written(ctx, bare)
    if not lower:
        return None  # a product's name ("Loomwork schedules …"): its README, no concept
    if capital <= lower:
        bare = bare.lower()  # "preconditions"; a kind the page capitalises stays: "Job"
    # "Preconditions allow", "Build matrices help": a bare plural is asked as one.
    last = bare.split()[-1].casefold()
    plural = not article and last.endswith("s") and not last.endswith("ss")
    front = f"What {'are' if plural else 'is'} {article}{bare}?"
    return _fact(ctx, index, f"intro/{slugify(title)}", front, " ".join(kept))


def _written(ctx: Context, term: str) -> tuple[int, int]:
    """How often the page's prose writes ``term`` (in either number) in lower case, and
    how often with its capital inside a sentence: lower case means a concept the page
    explains, not a product's name; mostly capitalised inside sentences ("the Job
    tracks …"), a kind the page names as such."""
    *head, last = term.lower().split()
    forms = "|".join(sorted(map(re.escape, _plural_forms(last))))
    found = re.compile(rf"\b{''.join(re.escape(w) + ' ' for w in head)}(?:{forms})\b", re.I)
    lower = capital = 0
    for item in ctx.items:
        block = item.block
        if isinstance(block, ListBlock):
            text = " ".join(block.items)
        elif isinstance(block, Paragraph):
            text = block.text
        else:
            continue
        # A command's name in code (`loomwork serve`) is no common noun.
        prose = clean(_CODE_SPAN.sub(" ", text)).replace("\n", " ")
        for match in found.finditer(prose):
            if match.group(0).islower():
                lower += 1
            elif re.search(r"[\w,;)] $", prose[: match.start()]):
                capital += 1
    return lower, capital
