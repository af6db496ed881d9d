"""Export to Anki: an ``.apkg`` package written with genanki, repeatable every week.

What makes a re-export update instead of duplicate, in Anki's own importer terms:

- A note's GUID comes from its stable id (``deck/note-id``), never from its text, so
  Anki recognises an edited note as the same note. Anki replaces a note's fields
  only when the incoming note is newer than its copy, so notes carry the export's
  timestamp (default: now).
- Note types have fixed ids and, above all, fixed field and template *names*: Anki
  compares those names, and a note type whose names changed is imported as a new
  one whose notes then conflict with the old ones and are skipped. Never rename them.
- Decks are matched by name (the deck title) and get a stable id from the slug.
- Anki never changes the scheduling of a card it already has; only new cards take
  the scheduling written here.

One module per noun, as genanki has them:

- :mod:`quizkit.anki.fields`: field HTML, tags, GUIDs and deck ids (pure);
- :mod:`quizkit.anki.model`: the note types (ids, field names, templates, CSS);
- :mod:`quizkit.anki.note`: a note as it goes into the package;
- :mod:`quizkit.anki.package`: Anki's tables, the learner's scheduling and the
  deterministic zip, from plain values;
- :mod:`quizkit.anki.export`: :func:`export_collection`, which reads the store and
  calls the others.

The ``quizkit export anki`` command is :mod:`quizkit.cli.export`.
"""

from quizkit.anki.export import AnkiExport, export_collection
from quizkit.anki.fields import deck_id_for, note_guid, render_text
from quizkit.anki.model import CLOZE_MODEL_ID, FACT_MODEL_ID, SCENARIO_MODEL_ID
from quizkit.anki.package import COLLECTION_CREATED

__all__ = [
    "CLOZE_MODEL_ID",
    "COLLECTION_CREATED",
    "FACT_MODEL_ID",
    "SCENARIO_MODEL_ID",
    "AnkiExport",
    "deck_id_for",
    "export_collection",
    "note_guid",
    "render_text",
]
