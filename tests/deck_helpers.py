"""Deck texts and strategies the deck-reading tests share: the bundled and corpus
decks as the writer writes them, notes of any text, and mutations of written text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from quizkit.deckfile import (
    Ask,
    ClozeNote,
    Deck,
    FactNote,
    NoteType,
    Origin,
    ScenarioNote,
    dumps_deck,
)

ROOT = Path(__file__).resolve().parent.parent


def bundled_and_corpus_texts() -> list[tuple[str, str]]:
    from quizkit.build import build_decks

    corpus = ROOT / "tests" / "fixtures" / "corpus"
    texts = [(p.name, p.read_text("utf-8")) for p in sorted((ROOT / "decks").glob("*.yaml"))]
    built = build_decks(sorted(corpus.glob("*.md")), root=corpus)
    return texts + [(deck.slug, dumps_deck(deck)) for deck in built]


# Any text but NUL and lone surrogates (the checks refuse those, whoever reads
# them), and but YAML 1.1's line breaks NEL, LS and PS: the writer leaves those
# raw in some styles, and the reader leaves such text to the parser.
any_char = st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00\x85\u2028\u2029")
note_text = st.text(any_char, min_size=1).filter(lambda s: not s.isspace())
multi_line = (
    st.lists(st.text(any_char, max_size=12), min_size=2, max_size=5)
    .map("\n".join)
    .filter(lambda s: not s.isspace())
)
note_ids = st.from_regex(
    r"[a-z0-9][a-z0-9._-]{0,8}(/[a-z0-9][a-z0-9._-]{0,8}){0,2}", fullmatch=True
)
any_text = note_text | multi_line
tag_lists = st.lists(st.text(any_char, min_size=1, max_size=8), max_size=3).map(tuple)
origins = st.none() | st.builds(
    Origin, note_text, st.text(any_char, max_size=10), st.none() | st.integers(0, 10**9)
)
# Every note class with any text: the writer does not check, so neither do these.
writer_notes = st.lists(
    st.builds(
        FactNote,
        id=note_ids,
        type=st.sampled_from([NoteType.FACT, NoteType.TIP, NoteType.RULE, NoteType.LIST]),
        front=any_text,
        back=any_text,
        tags=tag_lists,
        reverse=st.booleans(),
        origin=origins,
    )
    | st.builds(ClozeNote, id=note_ids, text=any_text, tags=tag_lists, origin=origins)
    | st.builds(
        ScenarioNote,
        id=note_ids,
        ask=st.sampled_from(list(Ask)),
        prompt=any_text,
        manifests=any_text,
        request=st.dictionaries(st.sampled_from(["from", "to", "protocol"]), any_text),
        service=st.text(any_char, max_size=10),
        seed=st.none() | st.integers(0, 10**12),
        tags=tag_lists,
        origin=origins,
    ),
    max_size=5,
)


MUTATIONS = " \n-:#&*!|>'\"[]{},%@`~x0\\é\t\r"
mutation = st.tuples(st.integers(0, 10_000), st.integers(0, 4), st.text(MUTATIONS, max_size=4))
WRITTEN = dumps_deck(
    Deck(
        slug="w",
        title="Written",
        notes=(
            FactNote(id="a", type=NoteType.FACT, front="F: 'q'", back="line\n  two\n", tags=("t",)),
            FactNote(
                id="b",
                type=NoteType.TIP,
                front=" lead",
                back="x\n\n",
                reverse=True,
                origin=Origin("d.md", "S", 3),
            ),
            FactNote(id="c", type=NoteType.RULE, front="é \u2029", back="80"),
        ),
    )
)


def mutated(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each edit of ``mutation`` applied: at an offset, cut some
    characters and insert others."""
    for at, cut, insert in edits:
        at %= len(text) + 1
        text = text[:at] + insert + text[at + cut :]
    return text
