"""Prose under a heading that compares two things ("Zustand vs Redux"): a fact
asking how they differ or are alike."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from quizkit.build.markdown import ListBlock, Located, Paragraph
from quizkit.build.text import clean, slugify
from quizkit.notes import Note

from .common import _SENTENCE_END, Context, _fact, _question

# A heading that compares its section's subject with one other thing: "State model
# (vs Redux)", "Zustand vs. Redux", "Comparison with Jotai", "Compared to MobX".
_VS_ASIDE = re.compile(r"^(?P<topic>.*?)\s*\(\s*(?:vs\.?|versus)\s+(?P<other>[^()]+?)\s*\)$", re.I)
_VS_PAIR = re.compile(r"^(?P<one>.+?)\s+(?:vs\.?|versus)\s+(?P<other>.+)$", re.I)
_COMPARED_WITH = re.compile(
    r"^(?:comparison|compared|comparing)\s+(?:with|to|against)\s+(?P<other>.+)$", re.I
)
# A name a heading compares: one to four words, the first capitalized or code
# ("Redux", "React Router", "`useState`"); never "other libraries".
_COMPARED_NAME = re.compile(r"^[`A-Z0-9][^\s,;:]*(?:\s+[^\s,;:]+){0,3}$")
# Words that state a difference or a likeness between two named things.
_CONTRAST = re.compile(
    r"\b(?:however|whereas|while|unlike|but|instead of|in contrast|on the other hand|"
    r"than|compared (?:to|with)|differ\w*|does not|doesn't|do not|don't|similar\w*|"
    r"both|alike|likewise|neither)\b",
    re.I,
)
# A sentence opening that contrasts it with the sentence before ("However, …").
_CONTRAST_OPENING = re.compile(
    r"^(?:however|but|whereas|while|in contrast|on the other hand|unlike|instead)\b", re.I
)
# A capitalized word, maybe a name ("Zustand", "Next.js", "C++").
_CAPITALIZED = re.compile(r"(?<![\w.`-])[A-Z][\w.+#-]*[\w+#]")
# A sentence opening on what the one before said ("It was designed …"): no answer's start.
_OPENS_ON_BEFORE = re.compile(
    r"^(?:it|its|this|that|these|those|they|such|however|but|also|finally|additionally|"
    r"moreover|furthermore|still|yet)\b",
    re.I,
)
# A sentence only sending the reader elsewhere ("For specific metrics, check out this
# benchmark."): no part of the difference.
_POINTS_ELSEWHERE = re.compile(r"\b(?:check out|refer to|see (?:the|this|our)|read more)\b", re.I)
# Contrast words that only announce a comparison ("… differ", "… are similar").
_ONLY_ANNOUNCES = re.compile(r"(?:(?:differ\w*|similar\w*|alike|compared (?:to|with))\s*)+", re.I)
_ACRONYM = re.compile(r"^[A-Z]{2,5}s?$")
_OWN_BLOCKS = 3  # comparison blocks that name the page's own subject at least
# The authors speaking ("we believe …", "our guide"): their stance, no fact of either.
_FIRST_PERSON_WORD = re.compile(r"\b(?:[Ww]e(?:'ve|'re|'d|'ll)?|[Oo]urs?|us|I(?:'m|'ve|'d)?)\b")
_COMPARISON_SENTENCES = 3  # a paragraph this short is one answer as a whole
_COMPARISON_WORDS = 80
_COMPARISON_NAMES = 4  # words of a compared name at most


@dataclass(frozen=True)
class _Compared:
    """What a comparison heading says of the blocks under it: the topic compared (""
    when the heading names only the pair), the other thing and, when the heading names
    it too, the page's own subject ("" when only the prose names it)."""

    topic: str
    other: str
    own: str = ""


def _comparison_heading(texts: tuple[str, ...], title: str) -> _Compared | None:
    """The nearest of ``texts`` (headings, outermost first) that compares two things; a
    deeper heading under it names the topic ("Zustand vs Redux" › "State model"). On a
    page ``title``d as a comparison ("Comparison with Other Frameworks"), an outermost
    heading that is only a name ("AngularJS (Angular 1)") is the other thing."""
    for depth in range(len(texts) - 1, -1, -1):
        text = clean(texts[depth]).replace("\n", " ").strip()
        deeper = clean(texts[-1]).strip() if depth < len(texts) - 1 else ""
        found = _VS_ASIDE.match(text)
        if found:
            compared = _Compared(deeper or found.group("topic"), found.group("other"))
        elif found := _COMPARED_WITH.match(text):
            compared = _Compared(deeper, found.group("other"))
        elif found := _VS_PAIR.match(text):
            if re.search(r"\b(?:vs\.?|versus)\s", found.group("other"), re.I):
                return None  # three or more things: no one pair
            compared = _Compared(deeper, found.group("other"), found.group("one"))
        else:
            continue
        names = [n for n in (compared.other, compared.own) if n]
        if not all(_COMPARED_NAME.match(n) for n in names):
            return None
        return compared
    if texts and _COMPARISON_PAGE.search(title):
        name = _NAME_ASIDE.sub("", clean(texts[0]).replace("\n", " ")).strip()
        if _BARE_NAME.match(name):
            deeper = clean(texts[-1]).strip() if len(texts) > 1 else ""
            return _Compared(deeper, name)
    return None


# A page comparing its subject with others: "Comparison", "Comparisons with Other
# Tools", "Meilisearch compared to alternatives", "X vs Y".
_COMPARISON_PAGE = re.compile(r"\bcompar(?:ison|isons|ed)\b|\bvs\.?(?=\s)|\bversus\b", re.I)
# A heading that is only a name: one to three capitalized words ("Ember", "React
# Native", "Angular"), never a phrase ("Detailed comparisons").
_BARE_NAME = re.compile(r"^[A-Z0-9][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*){0,2}$")
# What a name's heading adds in brackets: "AngularJS (Angular 1)".
_NAME_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def _written_in(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` as the heading writes it (whole words): the
    "Templates" of "JSX vs Templates" is no name where the prose says "templates"."""
    bare = name.strip("`")
    # "React" is not written in "React Native": a capitalized word after it makes
    # another name.
    found = re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-]|\s+[A-Z][a-z])", text)
    return found is not None


def _comparison_names(ctx: Context) -> Counter[str]:
    """Per name of the prose under the page's comparison headings (a capitalized word
    written inside a sentence there at least once, or alone in bold as a label): in
    how many of those blocks it is written. The page's own subject is the one they
    name most ("Zustand"). Counted once per document: every paragraph of its
    comparison sections asks."""
    last = _COMPARISON_NAMES_OF[0] if _COMPARISON_NAMES_OF else None
    if last is not None and last[0] is ctx.items:
        return last[1]
    names: set[str] = set()
    blocks: list[str] = []
    for index, item in enumerate(ctx.items):
        block = item.block
        if (
            not isinstance(block, Paragraph)
            or _comparison_heading(ctx.heading_texts(index), ctx.title) is None
        ):
            continue
        text = clean(block.text).replace("\n", " ")
        blocks.append(text)
        if block.label and clean(block.label) == text:
            names.add(text)
            continue
        for sentence in _SENTENCE_END.split(text):
            names.update(m.group() for m in _CAPITALIZED.finditer(sentence) if m.start() > 0)
    counts = Counter(name for text in blocks for name in names if _written_in(text, name))
    _COMPARISON_NAMES_OF[:] = [(ctx.items, counts)]
    return counts


# The last document's comparison names (its blocks, their counts): one entry.
_COMPARISON_NAMES_OF: list[tuple[tuple[Located, ...], Counter[str]]] = []


def _own_subject(ctx: Context, other: str) -> str:
    """The thing compared with ``other`` when only the prose names it: the name most of
    the page's comparison blocks write (besides ``other``), when the title names it or
    three of those blocks do; "" when none or a tie. The prose must then write it."""
    counts = _comparison_names(ctx)
    # An acronym ("API", "RFC") is a thing both sides have more often than a product
    # the page is about: a name in words wins a tie with one.
    scored = sorted(
        ((n, not _ACRONYM.match(name), name) for name, n in counts.items() if name != other),
        reverse=True,
    )
    if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
        return ""
    own = scored[0][2]
    # A name written once or twice ("in Kubernetes") is where the compared thing
    # lives, not the thing itself.
    if scored[0][0] < _OWN_BLOCKS and not _written_in(ctx.title, own):
        return ""
    return own


def _contrast_window(sentences: list[str], one: str, other: str) -> list[str]:
    """The sentences of a paragraph that state how ``one`` and ``other`` differ or are
    alike: the whole paragraph when short, else the first sentence (with the next one
    when that contrasts with it: "X and Y are similar. However, …") naming both with a
    contrast word; [] when none."""

    def fits(window: list[str]) -> bool:
        text = " ".join(window)
        if _OPENS_ON_BEFORE.match(window[0]) or _FIRST_PERSON_WORD.search(text):
            return False
        return (
            _written_in(text, one)
            and _written_in(text, other)
            and _CONTRAST.search(text) is not None
        )

    words = sum(len(s.split()) for s in sentences)
    if len(sentences) <= _COMPARISON_SENTENCES and words <= _COMPARISON_WORDS:
        return sentences if fits(sentences) else []
    for at, sentence in enumerate(sentences):
        if not (_written_in(sentence, one) or _written_in(sentence, other)):
            continue
        if fits([sentence]) and _ONLY_ANNOUNCES.fullmatch(" ".join(_CONTRAST.findall(sentence))):
            # "X and Y are configured differently." only announces: the sentences
            # after it (up to one leaning back on what was said) say how.
            window = [sentence]
            for after in sentences[at + 1 : at + _COMPARISON_SENTENCES]:
                if _OPENS_ON_BEFORE.match(after):
                    break
                window.append(after)
            return window if len(window) > 1 else []
        pair = sentences[at : at + 2]
        if len(pair) == 2 and _CONTRAST_OPENING.match(pair[1]) and fits(pair):
            return pair
        if fits([sentence]):
            return [sentence]
        if fits(pair):
            return pair
    return []


def comparison_prose(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """Prose under a heading comparing two things ("State Model (vs Redux)", "Zustand
    vs Redux", "Comparison with Jotai") that states how they differ or are alike
    ("Zustand and Redux are quite similar …. However, Redux requires …; Zustand does
    not."): "State Model: Zustand vs Redux?" → those sentences. The page's own subject,
    when the heading names only the other thing, is the name the page's comparison
    prose shares most. Bold labels over code ("**Zustand**" / "**Redux**") make none:
    whole programs side by side are no card."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or block.label or block.step or block.heading:
        return None
    compared = _comparison_heading(ctx.heading_texts(index), ctx.title)
    if compared is None:
        return None
    own, other, back = _comparison_answer(ctx, index, compared)
    if not back:
        return None
    # One question per section: a later paragraph that compares the same pair again
    # would ask it twice with another answer.
    for before in range(index - 1, -1, -1):
        if ctx.items[before].headings != ctx.items[index].headings:
            break
        if _comparison_answer(ctx, before, compared)[2]:
            return None
    pair = f"{own} vs {other}"
    topic = compared.topic.strip()
    front = f"{topic}: {pair}?" if topic else f"How do {own} and {other} compare?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/{slugify(pair)}", front, back) or None


def _comparison_answer(ctx: Context, index: int, compared: _Compared) -> tuple[str, str, str]:
    """(own subject, other thing, the sentences comparing them) of a paragraph under a
    comparison heading; empty strings when it compares nothing."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or block.label or block.step or block.heading:
        return ("", "", "")
    text = clean(block.text).replace("\n", " ").strip()
    if not text or text.endswith(":"):
        return ("", "", "")  # a lead-in to the code below
    sentences = [
        s.strip()
        for s in _SENTENCE_END.split(text)
        if s.strip() and not _POINTS_ELSEWHERE.search(s)
    ]
    if not sentences:
        return ("", "", "")  # it only sends the reader elsewhere
    other = compared.other.strip()
    own = compared.own.strip() or _own_subject(ctx, other)
    if not own:
        return ("", "", "")
    window = _contrast_window(sentences, own, other)
    return (own, other, " ".join(window)) if window else ("", "", "")


# The author's verdict on one aspect of a comparison: "**Winner: vind** - Built-in UI
# makes management much easier", "**Verdict:** Helm, for packaging".
_VERDICT_LABEL = re.compile(
    r"^(?:(?:the\s+)?winner|verdict|best (?:choice|pick|option)|our pick|bottom line)"
    r"\s*:?\s*(?P<name>[^:]*?)\s*:?$",
    re.IGNORECASE,
)
_VERDICT_REASON = re.compile(r"^[\s:\u2013\u2014-]+")
_ASPECT_NUMBER = re.compile(r"^\d+(?:\.\d+)*[.)]?\s+")


def verdict_line(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A comparison's verdict line ("**Winner: vind** - Built-in UI makes management
    much easier") under an aspect's section ("### 1. User Interface", its products'
    own sub-headings inside): "User Interface: which is better, vind or KinD?" → "vind:
    built-in UI makes …", never the label as a term ("KinD (User Interface): Winner:
    vind?"). The pair is the page's compared entities, or its title's "A vs B"."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or not block.label:
        return None
    verdict = _VERDICT_LABEL.match(clean(block.label).strip())
    if verdict is None:
        return None
    text = clean(block.text).replace("\n", " ").strip()
    name = verdict.group("name").strip()
    said = text[len(clean(block.label).strip()) :] if text.startswith(clean(block.label)) else ""
    reason = _VERDICT_REASON.sub("", said).strip()
    if not name:
        # "**Verdict:** Helm, for packaging": the name opens the text after the label.
        name, _, reason = reason.partition(",") if "," in reason else (reason, "", "")
        name, reason = name.strip(), reason.strip()
    pair = _compared_pair(ctx)
    names = {n.lower() for n in pair}
    aspect = next(
        (
            _ASPECT_NUMBER.sub("", heading).strip()
            for heading in reversed(ctx.heading_texts(index))
            if heading and heading.strip().lower() not in names
        ),
        "",
    )
    if not name or not aspect or len(pair) < 2:
        return ()  # a verdict without what it compares asks nothing
    front = f"{aspect}: which is better, {' or '.join(pair)}?"
    back = f"{name}: {reason}" if reason else name
    return _fact(ctx, index, f"{ctx.subplace(index)}/verdict", front, back) or None


def _compared_pair(ctx: Context) -> tuple[str, ...]:
    """The two things the page compares: its comparison table's entities, or the names
    of its title's "A vs B" (before any ":" subtitle)."""
    if len(ctx.compared) == 2:
        return ctx.compared
    title = clean(ctx.title).split(":")[0].strip()
    found = _VS_PAIR.match(title)
    if found is None:
        return ()
    pair = (found.group("one").strip(), found.group("other").strip())
    return pair if all(_COMPARED_NAME.match(n) for n in pair) else ()


def compared_side_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """One side of a compared aspect: under "### 1. User Interface", a "#### vind" and a
    "#### KinD" heading (the page's pair) each over a list of labelled points
    ("**Built-in Web UI**: …"). The list answers for its thing on that aspect, as the
    page's comparison table asks: "vind: user interface?" → the points, never each
    label as a riddle ("vind (User Interface): Built-in Web UI?")."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or len(block.items) < 2:
        return None
    pair = _compared_pair(ctx)
    headings = [h for h in ctx.heading_texts(index) if h]
    if len(pair) < 2 or len(headings) < 2:
        return None
    side = next((name for name in pair if name.lower() == headings[-1].strip().lower()), "")
    if not side:
        return None
    aspect = _ASPECT_NUMBER.sub("", headings[-2]).strip()
    if not aspect or aspect.lower() in {name.lower() for name in pair}:
        return None
    front = _question(side, aspect, ctx.proper_names)
    back = "\n".join(f"\u2022 {' '.join(item.split())}" for item in block.items)
    return _fact(ctx, index, f"{ctx.subplace(index)}/{slugify(side)}", front, back) or None
