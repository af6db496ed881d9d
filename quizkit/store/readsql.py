"""The read path's statements as SQLite text. Generated: do not edit.

Written by ``python -m quizkit.store.readgen`` from the store's SQLAlchemy
statements (:mod:`quizkit.store.statements`), compiled for SQLite; a test keeps
this file equal to a fresh compile. Each entry: the SQL with ``:name``
parameters, the fixed parameters as stored, the caller's parameters and their
kinds.
"""

# ruff: noqa: E501

from __future__ import annotations

from typing import Final

# fmt: off
STATEMENTS: Final[dict[str, tuple[str, dict[str, object], dict[str, str]]]] = {
    'any_deck': (
        'SELECT decks.id \n'
        'FROM decks\n'
        ' LIMIT :param_1 OFFSET :param_2',
        {'param_1': 1, 'param_2': 0},
        {},
    ),
    'learner_by_name': (
        'SELECT learners.id, learners.name, learners.new_per_day, learners.timezone, learners.created_at \n'
        'FROM learners \n'
        'WHERE learners.name = :b_name',
        {},
        {'b_name': 'str'},
    ),
    'deck_by_slug': (
        'SELECT decks.id \n'
        'FROM decks \n'
        'WHERE decks.slug = :b_slug',
        {},
        {'b_slug': 'str'},
    ),
    'next': (
        'SELECT cards.id AS card_id, cards."key" AS card_key, cards.ord, notes."key" AS note_key, notes.type, notes.front, notes.back, notes.tags, notes.payload, decks.slug, review_states.card_id AS state_card_id, review_states.relearn, review_states.last_study_day \n'
        'FROM cards JOIN notes ON notes.id = cards.note_id JOIN decks ON decks.id = cards.deck_id LEFT OUTER JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.id = coalesce((SELECT cards.id \n'
        'FROM cards JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND review_states.relearn IS 1 AND review_states.last_study_day = :today AND review_states.last_review_at <= :ready_by ORDER BY review_states.last_review_at, cards.id\n'
        ' LIMIT :param_1 OFFSET :param_2), (SELECT cards.id \n'
        'FROM cards JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND review_states.due <= :today AND NOT (review_states.relearn IS 1 AND review_states.last_study_day = :today) AND (cards.fingerprint NOT IN (SELECT cards.fingerprint \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0))) AND (cards.note_id NOT IN (SELECT cards.note_id \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0))) ORDER BY review_states.due, cards.deck_id, cards.position, cards.ord\n'
        ' LIMIT :param_3 OFFSET :param_4), (SELECT per_deck.first \n'
        'FROM (SELECT (SELECT candidate.id \n'
        'FROM cards AS candidate LEFT OUTER JOIN review_states ON review_states.card_id = candidate.id AND review_states.learner_id = :learner_id \n'
        'WHERE candidate.retired IS 0 AND review_states.card_id IS NULL AND CASE WHEN (review_states.card_id IS NULL) THEN NOT (EXISTS (SELECT 1 \n'
        'FROM cards AS seen \n'
        'WHERE seen.fingerprint = candidate.fingerprint AND (EXISTS (SELECT 1 \n'
        'FROM review_log \n'
        'WHERE review_log.card_id = seen.id AND review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0)))) END = 1 AND CASE WHEN (review_states.card_id IS NULL) THEN NOT (EXISTS (SELECT 1 \n'
        'FROM cards AS seen \n'
        'WHERE seen.note_id = candidate.note_id AND (EXISTS (SELECT 1 \n'
        'FROM review_log \n'
        'WHERE review_log.card_id = seen.id AND review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0)))) END = 1 AND candidate.deck_id = deck.id AND candidate.position >= coalesce((SELECT CASE WHEN (new_card_marks.day = :today) THEN new_card_marks.day_position ELSE new_card_marks.position END AS anon_1 \n'
        'FROM new_card_marks \n'
        'WHERE new_card_marks.deck_id = deck.id AND new_card_marks.learner_id = :learner_id), :coalesce_1) ORDER BY candidate.position, candidate.ord\n'
        ' LIMIT :param_5 OFFSET :param_6) AS first, deck.id AS id \n'
        'FROM decks AS deck\n'
        ' LIMIT :param_7 OFFSET :param_8) AS per_deck \n'
        'WHERE per_deck.first IS NOT NULL AND (SELECT count(*) AS count_1 \n'
        'FROM review_states \n'
        'WHERE review_states.learner_id = :learner_id AND review_states.introduced_on = :today) < :new_limit ORDER BY CASE WHEN (per_deck.id > coalesce((SELECT met.deck_id \n'
        'FROM review_log JOIN cards AS met ON met.id = review_log.card_id \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.kind = :kind_1 AND review_log.undone IS 0 ORDER BY review_log.id DESC\n'
        ' LIMIT :param_9 OFFSET :param_10), :coalesce_2)) THEN :param_11 ELSE :param_12 END, per_deck.id\n'
        ' LIMIT :param_13 OFFSET :param_14), (SELECT cards.id \n'
        'FROM cards JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND review_states.relearn IS 1 AND review_states.last_study_day = :today ORDER BY review_states.last_review_at, cards.id\n'
        ' LIMIT :param_1 OFFSET :param_15))',
        {'coalesce_1': 0, 'coalesce_2': 0, 'kind_1': 'new', 'param_1': 1, 'param_10': 0, 'param_11': 0, 'param_12': 1, 'param_13': 1, 'param_14': 0, 'param_15': 0, 'param_2': 0, 'param_3': 1, 'param_4': 0, 'param_5': 1, 'param_6': 0, 'param_7': -1, 'param_8': 0, 'param_9': 1},
        {'learner_id': 'int', 'new_limit': 'int', 'ready_by': 'datetime', 'today': 'date'},
    ),
    'count_due': (
        'SELECT count(*) AS count_1 \n'
        'FROM review_states JOIN cards ON cards.id = review_states.card_id \n'
        'WHERE review_states.learner_id = :learner_id AND cards.retired IS 0 AND review_states.due <= :today AND NOT (review_states.relearn IS 1 AND review_states.last_study_day = :today) AND (cards.fingerprint NOT IN (SELECT cards.fingerprint \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0))) AND (cards.note_id NOT IN (SELECT cards.note_id \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0)))',
        {},
        {'learner_id': 'int', 'today': 'date'},
    ),
    'count_repeat': (
        'SELECT count(*) AS count_1 \n'
        'FROM review_states JOIN cards ON cards.id = review_states.card_id \n'
        'WHERE review_states.learner_id = :learner_id AND cards.retired IS 0 AND review_states.relearn IS 1 AND review_states.last_study_day = :today',
        {},
        {'learner_id': 'int', 'today': 'date'},
    ),
    'count_unseen': (
        'SELECT count(*) AS count_1 \n'
        'FROM cards LEFT OUTER JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND review_states.card_id IS NULL AND (cards.fingerprint NOT IN (SELECT cards.fingerprint \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0))) AND (cards.note_id NOT IN (SELECT cards.note_id \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0)))',
        {},
        {'learner_id': 'int', 'today': 'date'},
    ),
    'next_by_deck': (
        'SELECT cards.id AS card_id, cards."key" AS card_key, cards.ord, notes."key" AS note_key, notes.type, notes.front, notes.back, notes.tags, notes.payload, decks.slug, review_states.card_id AS state_card_id, review_states.relearn, review_states.last_study_day \n'
        'FROM cards JOIN notes ON notes.id = cards.note_id JOIN decks ON decks.id = cards.deck_id LEFT OUTER JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.id = coalesce((SELECT cards.id \n'
        'FROM cards JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND cards.deck_id = :deck_id AND review_states.relearn IS 1 AND review_states.last_study_day = :today AND review_states.last_review_at <= :ready_by ORDER BY review_states.last_review_at, cards.id\n'
        ' LIMIT :param_1 OFFSET :param_2), (SELECT cards.id \n'
        'FROM cards JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND cards.deck_id = :deck_id AND review_states.due <= :today AND NOT (review_states.relearn IS 1 AND review_states.last_study_day = :today) AND (cards.fingerprint NOT IN (SELECT cards.fingerprint \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0))) AND (cards.note_id NOT IN (SELECT cards.note_id \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0))) ORDER BY review_states.due, cards.deck_id, cards.position, cards.ord\n'
        ' LIMIT :param_3 OFFSET :param_4), (SELECT per_deck.first \n'
        'FROM (SELECT (SELECT candidate.id \n'
        'FROM cards AS candidate LEFT OUTER JOIN review_states ON review_states.card_id = candidate.id AND review_states.learner_id = :learner_id \n'
        'WHERE candidate.retired IS 0 AND review_states.card_id IS NULL AND CASE WHEN (review_states.card_id IS NULL) THEN NOT (EXISTS (SELECT 1 \n'
        'FROM cards AS seen \n'
        'WHERE seen.fingerprint = candidate.fingerprint AND (EXISTS (SELECT 1 \n'
        'FROM review_log \n'
        'WHERE review_log.card_id = seen.id AND review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0)))) END = 1 AND CASE WHEN (review_states.card_id IS NULL) THEN NOT (EXISTS (SELECT 1 \n'
        'FROM cards AS seen \n'
        'WHERE seen.note_id = candidate.note_id AND (EXISTS (SELECT 1 \n'
        'FROM review_log \n'
        'WHERE review_log.card_id = seen.id AND review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0)))) END = 1 AND candidate.deck_id = deck.id AND candidate.position >= coalesce((SELECT CASE WHEN (new_card_marks.day = :today) THEN new_card_marks.day_position ELSE new_card_marks.position END AS anon_1 \n'
        'FROM new_card_marks \n'
        'WHERE new_card_marks.deck_id = deck.id AND new_card_marks.learner_id = :learner_id), :coalesce_1) ORDER BY candidate.position, candidate.ord\n'
        ' LIMIT :param_5 OFFSET :param_6) AS first, deck.id AS id \n'
        'FROM decks AS deck \n'
        'WHERE deck.id = :deck_id\n'
        ' LIMIT :param_7 OFFSET :param_8) AS per_deck \n'
        'WHERE per_deck.first IS NOT NULL AND (SELECT count(*) AS count_1 \n'
        'FROM review_states \n'
        'WHERE review_states.learner_id = :learner_id AND review_states.introduced_on = :today) < :new_limit ORDER BY CASE WHEN (per_deck.id > coalesce((SELECT met.deck_id \n'
        'FROM review_log JOIN cards AS met ON met.id = review_log.card_id \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.kind = :kind_1 AND review_log.undone IS 0 ORDER BY review_log.id DESC\n'
        ' LIMIT :param_9 OFFSET :param_10), :coalesce_2)) THEN :param_11 ELSE :param_12 END, per_deck.id\n'
        ' LIMIT :param_13 OFFSET :param_14), (SELECT cards.id \n'
        'FROM cards JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND cards.deck_id = :deck_id AND review_states.relearn IS 1 AND review_states.last_study_day = :today ORDER BY review_states.last_review_at, cards.id\n'
        ' LIMIT :param_1 OFFSET :param_15))',
        {'coalesce_1': 0, 'coalesce_2': 0, 'kind_1': 'new', 'param_1': 1, 'param_10': 0, 'param_11': 0, 'param_12': 1, 'param_13': 1, 'param_14': 0, 'param_15': 0, 'param_2': 0, 'param_3': 1, 'param_4': 0, 'param_5': 1, 'param_6': 0, 'param_7': -1, 'param_8': 0, 'param_9': 1},
        {'deck_id': 'int', 'learner_id': 'int', 'new_limit': 'int', 'ready_by': 'datetime', 'today': 'date'},
    ),
    'count_due_by_deck': (
        'SELECT count(*) AS count_1 \n'
        'FROM review_states JOIN cards ON cards.id = review_states.card_id \n'
        'WHERE review_states.learner_id = :learner_id AND cards.retired IS 0 AND cards.deck_id = :deck_id AND review_states.due <= :today AND NOT (review_states.relearn IS 1 AND review_states.last_study_day = :today) AND (cards.fingerprint NOT IN (SELECT cards.fingerprint \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0))) AND (cards.note_id NOT IN (SELECT cards.note_id \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0)))',
        {},
        {'deck_id': 'int', 'learner_id': 'int', 'today': 'date'},
    ),
    'count_repeat_by_deck': (
        'SELECT count(*) AS count_1 \n'
        'FROM review_states JOIN cards ON cards.id = review_states.card_id \n'
        'WHERE review_states.learner_id = :learner_id AND cards.retired IS 0 AND cards.deck_id = :deck_id AND review_states.relearn IS 1 AND review_states.last_study_day = :today',
        {},
        {'deck_id': 'int', 'learner_id': 'int', 'today': 'date'},
    ),
    'count_unseen_by_deck': (
        'SELECT count(*) AS count_1 \n'
        'FROM cards LEFT OUTER JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND cards.deck_id = :deck_id AND review_states.card_id IS NULL AND (cards.fingerprint NOT IN (SELECT cards.fingerprint \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0))) AND (cards.note_id NOT IN (SELECT cards.note_id \n'
        'FROM cards \n'
        'WHERE cards.id IN (SELECT review_log.card_id \n'
        'FROM review_log \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.undone IS 0)))',
        {},
        {'deck_id': 'int', 'learner_id': 'int', 'today': 'date'},
    ),
    'introduced': (
        'SELECT count(*) AS count_1 \n'
        'FROM review_states \n'
        'WHERE review_states.learner_id = :learner_id AND review_states.introduced_on = :today',
        {},
        {'learner_id': 'int', 'today': 'date'},
    ),
}
# fmt: on
