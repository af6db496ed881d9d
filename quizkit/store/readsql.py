"""The store's named statements as SQLite text. Generated: do not edit.

Written by ``python -m quizkit.store.readgen`` from the store's SQLAlchemy
statements (:mod:`quizkit.store.statements`), compiled for SQLite; a test keeps
this file equal to a fresh compile. Each entry: the SQL with ``:name``
parameters, the fixed parameters as stored, the caller's parameters and their
kinds, the result columns and the kinds of those read back converted.
"""

# ruff: noqa: E501

from __future__ import annotations

from typing import Final

# fmt: off
STATEMENTS: Final[
    dict[str, tuple[str, dict[str, object], dict[str, str], tuple[tuple[str, str], ...]]]
] = {
    'any_deck': (
        'SELECT decks.id \n'
        'FROM decks\n'
        ' LIMIT :param_1 OFFSET :param_2',
        {'param_1': 1, 'param_2': 0},
        {},
        (('id', ''),),
    ),
    'learner_by_name': (
        'SELECT learners.id, learners.name, learners.new_per_day, learners.timezone, learners.created_at \n'
        'FROM learners \n'
        'WHERE learners.name = :b_name',
        {},
        {'b_name': 'str'},
        (('id', ''), ('name', ''), ('new_per_day', ''), ('timezone', ''), ('created_at', 'datetime')),
    ),
    'deck_by_slug': (
        'SELECT decks.id \n'
        'FROM decks \n'
        'WHERE decks.slug = :b_slug',
        {},
        {'b_slug': 'str'},
        (('id', ''),),
    ),
    'card_and_state': (
        'SELECT cards.id AS card_id, cards.retired, cards.ord, notes.type, notes.front, notes.back, review_states.card_id AS state_card_id, review_states.repetitions, review_states.easiness_milli, review_states.interval, review_states.due, review_states.lapses, review_states.reviews, review_states.introduced_on, review_states.last_study_day, review_states.relearn \n'
        'FROM cards JOIN notes ON notes.id = cards.note_id LEFT OUTER JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :b_learner \n'
        'WHERE cards."key" = :b_key',
        {},
        {'b_key': 'str', 'b_learner': 'int'},
        (('card_id', ''), ('retired', 'bool'), ('ord', ''), ('type', ''), ('front', ''), ('back', ''), ('state_card_id', ''), ('repetitions', ''), ('easiness_milli', ''), ('interval', ''), ('due', 'date'), ('lapses', ''), ('reviews', ''), ('introduced_on', 'date'), ('last_study_day', 'date'), ('relearn', 'bool')),
    ),
    'insert_state': (
        'INSERT INTO review_states (learner_id, card_id, repetitions, easiness_milli, interval, due, lapses, reviews, introduced_on, last_study_day, last_review_at, relearn) VALUES (:learner_id, :card_id, :repetitions, :easiness_milli, :interval, :due, :lapses, :reviews, :introduced_on, :last_study_day, :last_review_at, :relearn)',
        {},
        {'card_id': 'int', 'due': 'date', 'easiness_milli': 'int', 'interval': 'int', 'introduced_on': 'date', 'lapses': 'int', 'last_review_at': 'datetime', 'last_study_day': 'date', 'learner_id': 'int', 'relearn': 'bool', 'repetitions': 'int', 'reviews': 'int'},
        (),
    ),
    'update_state': (
        'UPDATE review_states SET repetitions=:repetitions, easiness_milli=:easiness_milli, interval=:interval, due=:due, lapses=:lapses, reviews=:reviews, introduced_on=:introduced_on, last_study_day=:last_study_day, last_review_at=:last_review_at, relearn=:relearn WHERE review_states.learner_id = :b_learner AND review_states.card_id = :b_card',
        {},
        {'b_card': 'int', 'b_learner': 'int', 'due': 'date', 'easiness_milli': 'int', 'interval': 'int', 'introduced_on': 'date', 'lapses': 'int', 'last_review_at': 'datetime', 'last_study_day': 'date', 'relearn': 'bool', 'repetitions': 'int', 'reviews': 'int'},
        (),
    ),
    'insert_log': (
        'INSERT INTO review_log (learner_id, card_id, reviewed_at, study_day, kind, grade, response, correct, elapsed_ms, repetitions_before, easiness_milli_before, interval_before, repetitions_after, easiness_milli_after, interval_after, due_after, undone) VALUES (:learner_id, :card_id, :reviewed_at, :study_day, :kind, :grade, :response, :correct, :elapsed_ms, :repetitions_before, :easiness_milli_before, :interval_before, :repetitions_after, :easiness_milli_after, :interval_after, :due_after, :undone)',
        {},
        {'card_id': 'int', 'correct': 'bool', 'due_after': 'date', 'easiness_milli_after': 'int', 'easiness_milli_before': 'int', 'elapsed_ms': 'int', 'grade': 'int', 'interval_after': 'int', 'interval_before': 'int', 'kind': 'str', 'learner_id': 'int', 'repetitions_after': 'int', 'repetitions_before': 'int', 'response': 'str', 'reviewed_at': 'datetime', 'study_day': 'date', 'undone': 'bool'},
        (),
    ),
    'advance_marks': (
        'UPDATE new_card_marks SET position=coalesce((SELECT walker.position \n'
        'FROM cards AS walker LEFT OUTER JOIN review_states ON review_states.card_id = walker.id AND review_states.learner_id = :b_learner \n'
        'WHERE walker.retired IS 0 AND review_states.card_id IS NULL AND walker.deck_id = new_card_marks.deck_id AND walker.position >= new_card_marks.position ORDER BY walker.position, walker.ord\n'
        ' LIMIT :param_1 OFFSET :param_2), (SELECT coalesce(max(walker.position) + :max_1, :coalesce_2) AS coalesce_1 \n'
        'FROM cards AS walker \n'
        'WHERE walker.deck_id = new_card_marks.deck_id AND walker.retired IS 0)), day=:b_today, day_position=coalesce((SELECT walker.position \n'
        'FROM cards AS walker LEFT OUTER JOIN review_states ON review_states.card_id = walker.id AND review_states.learner_id = :b_learner \n'
        'WHERE walker.retired IS 0 AND review_states.card_id IS NULL AND CASE WHEN (review_states.card_id IS NULL) THEN NOT (EXISTS (SELECT 1 \n'
        'FROM cards AS seen \n'
        'WHERE seen.fingerprint = walker.fingerprint AND (EXISTS (SELECT 1 \n'
        'FROM review_log \n'
        'WHERE review_log.card_id = seen.id AND review_log.learner_id = :b_learner AND review_log.study_day = :b_today AND review_log.undone IS 0)))) END = 1 AND CASE WHEN (review_states.card_id IS NULL) THEN NOT (EXISTS (SELECT 1 \n'
        'FROM cards AS seen \n'
        'WHERE seen.note_id = walker.note_id AND (EXISTS (SELECT 1 \n'
        'FROM review_log \n'
        'WHERE review_log.card_id = seen.id AND review_log.learner_id = :b_learner AND review_log.study_day = :b_today AND review_log.undone IS 0)))) END = 1 AND walker.deck_id = new_card_marks.deck_id AND walker.position >= CASE WHEN (new_card_marks.day = :b_today) THEN new_card_marks.day_position ELSE new_card_marks.position END ORDER BY walker.position, walker.ord\n'
        ' LIMIT :param_3 OFFSET :param_4), (SELECT coalesce(max(walker.position) + :max_2, :coalesce_4) AS coalesce_3 \n'
        'FROM cards AS walker \n'
        'WHERE walker.deck_id = new_card_marks.deck_id AND walker.retired IS 0)), introduced_day=CASE WHEN (new_card_marks.introduced_day > :b_today) THEN new_card_marks.introduced_day ELSE :b_today END, introduced_count=CASE WHEN (new_card_marks.introduced_day > :b_today) THEN new_card_marks.introduced_count WHEN (new_card_marks.introduced_day = :b_today) THEN new_card_marks.introduced_count + :introduced_count_1 ELSE :param_5 END WHERE new_card_marks.learner_id = :b_learner AND new_card_marks.deck_id = (SELECT answered.deck_id \n'
        'FROM cards AS answered \n'
        'WHERE answered.id = :b_card)',
        {'coalesce_2': 0, 'coalesce_4': 0, 'introduced_count_1': 1, 'max_1': 1, 'max_2': 1, 'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 0, 'param_5': 1},
        {'b_card': 'int', 'b_learner': 'int', 'b_today': 'date'},
        (),
    ),
    'first_mark': (
        'INSERT INTO new_card_marks (deck_id, learner_id, position, day, day_position, introduced_day, introduced_count) SELECT answered.deck_id, :b_learner AS anon_1, coalesce((SELECT walker.position \n'
        'FROM cards AS walker LEFT OUTER JOIN review_states ON review_states.card_id = walker.id AND review_states.learner_id = :b_learner \n'
        'WHERE walker.retired IS 0 AND review_states.card_id IS NULL AND walker.deck_id = answered.deck_id AND walker.position >= :position_1 ORDER BY walker.position, walker.ord\n'
        ' LIMIT :param_1 OFFSET :param_2), (SELECT coalesce(max(walker.position) + :max_1, :coalesce_3) AS coalesce_2 \n'
        'FROM cards AS walker \n'
        'WHERE walker.deck_id = answered.deck_id AND walker.retired IS 0)) AS coalesce_1, :b_today AS anon_2, coalesce((SELECT walker.position \n'
        'FROM cards AS walker LEFT OUTER JOIN review_states ON review_states.card_id = walker.id AND review_states.learner_id = :b_learner \n'
        'WHERE walker.retired IS 0 AND review_states.card_id IS NULL AND CASE WHEN (review_states.card_id IS NULL) THEN NOT (EXISTS (SELECT 1 \n'
        'FROM cards AS seen \n'
        'WHERE seen.fingerprint = walker.fingerprint AND (EXISTS (SELECT 1 \n'
        'FROM review_log \n'
        'WHERE review_log.card_id = seen.id AND review_log.learner_id = :b_learner AND review_log.study_day = :b_today AND review_log.undone IS 0)))) END = 1 AND CASE WHEN (review_states.card_id IS NULL) THEN NOT (EXISTS (SELECT 1 \n'
        'FROM cards AS seen \n'
        'WHERE seen.note_id = walker.note_id AND (EXISTS (SELECT 1 \n'
        'FROM review_log \n'
        'WHERE review_log.card_id = seen.id AND review_log.learner_id = :b_learner AND review_log.study_day = :b_today AND review_log.undone IS 0)))) END = 1 AND walker.deck_id = answered.deck_id AND walker.position >= :position_2 ORDER BY walker.position, walker.ord\n'
        ' LIMIT :param_3 OFFSET :param_4), (SELECT coalesce(max(walker.position) + :max_2, :coalesce_6) AS coalesce_5 \n'
        'FROM cards AS walker \n'
        'WHERE walker.deck_id = answered.deck_id AND walker.retired IS 0)) AS coalesce_4, :b_today AS anon__1, :param_5 AS anon_3 \n'
        'FROM cards AS answered \n'
        'WHERE answered.id = :b_card',
        {'coalesce_3': 0, 'coalesce_6': 0, 'max_1': 1, 'max_2': 1, 'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 0, 'param_5': 1, 'position_1': 0, 'position_2': 0},
        {'b_card': 'int', 'b_learner': 'int', 'b_today': 'date'},
        (),
    ),
    'next': (
        'SELECT cards.id AS card_id, cards."key" AS card_key, cards.ord, notes."key" AS note_key, notes.type, notes.front, notes.back, notes.tags, notes.payload, decks.slug, review_states.card_id AS state_card_id, review_states.relearn, review_states.last_study_day \n'
        'FROM cards JOIN notes ON notes.id = cards.note_id JOIN decks ON decks.id = cards.deck_id LEFT OUTER JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.id = coalesce((SELECT cards.id \n'
        'FROM cards JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND review_states.relearn IS 1 AND review_states.last_study_day = :today AND review_states.last_review_at <= :ready_by ORDER BY review_states.last_review_at, review_states.card_id\n'
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
        'WHERE per_deck.first IS NOT NULL AND (SELECT CASE WHEN (max(new_card_marks.introduced_day) > :today) THEN (SELECT count(*) AS count_1 \n'
        'FROM review_states \n'
        'WHERE review_states.learner_id = :learner_id AND review_states.introduced_on = :today) ELSE coalesce(sum(CASE WHEN (new_card_marks.introduced_day = :today) THEN new_card_marks.introduced_count ELSE :param_9 END), :coalesce_2) END AS introduced \n'
        'FROM new_card_marks \n'
        'WHERE new_card_marks.learner_id = :learner_id) < :new_limit ORDER BY CASE WHEN (per_deck.id > coalesce((SELECT met.deck_id \n'
        'FROM review_log JOIN cards AS met ON met.id = review_log.card_id \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.kind = :kind_1 AND review_log.undone IS 0 ORDER BY review_log.id DESC\n'
        ' LIMIT :param_10 OFFSET :param_11), :coalesce_3)) THEN :param_12 ELSE :param_13 END, per_deck.id\n'
        ' LIMIT :param_14 OFFSET :param_15), (SELECT cards.id \n'
        'FROM cards JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND review_states.relearn IS 1 AND review_states.last_study_day = :today ORDER BY review_states.last_review_at, review_states.card_id\n'
        ' LIMIT :param_1 OFFSET :param_16))',
        {'coalesce_1': 0, 'coalesce_2': 0, 'coalesce_3': 0, 'kind_1': 'new', 'param_1': 1, 'param_10': 1, 'param_11': 0, 'param_12': 0, 'param_13': 1, 'param_14': 1, 'param_15': 0, 'param_16': 0, 'param_2': 0, 'param_3': 1, 'param_4': 0, 'param_5': 1, 'param_6': 0, 'param_7': -1, 'param_8': 0, 'param_9': 0},
        {'learner_id': 'int', 'new_limit': 'int', 'ready_by': 'datetime', 'today': 'date'},
        (('card_id', ''), ('card_key', ''), ('ord', ''), ('note_key', ''), ('type', ''), ('front', ''), ('back', ''), ('tags', ''), ('payload', ''), ('slug', ''), ('state_card_id', ''), ('relearn', 'bool'), ('last_study_day', 'date')),
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
        (('count', ''),),
    ),
    'count_repeat': (
        'SELECT count(*) AS count_1 \n'
        'FROM review_states JOIN cards ON cards.id = review_states.card_id \n'
        'WHERE review_states.learner_id = :learner_id AND cards.retired IS 0 AND review_states.relearn IS 1 AND review_states.last_study_day = :today',
        {},
        {'learner_id': 'int', 'today': 'date'},
        (('count', ''),),
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
        (('count', ''),),
    ),
    'next_by_deck': (
        'SELECT cards.id AS card_id, cards."key" AS card_key, cards.ord, notes."key" AS note_key, notes.type, notes.front, notes.back, notes.tags, notes.payload, decks.slug, review_states.card_id AS state_card_id, review_states.relearn, review_states.last_study_day \n'
        'FROM cards JOIN notes ON notes.id = cards.note_id JOIN decks ON decks.id = cards.deck_id LEFT OUTER JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.id = coalesce((SELECT cards.id \n'
        'FROM cards JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND cards.deck_id = :deck_id AND review_states.relearn IS 1 AND review_states.last_study_day = :today AND review_states.last_review_at <= :ready_by ORDER BY review_states.last_review_at, review_states.card_id\n'
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
        'WHERE per_deck.first IS NOT NULL AND (SELECT CASE WHEN (max(new_card_marks.introduced_day) > :today) THEN (SELECT count(*) AS count_1 \n'
        'FROM review_states \n'
        'WHERE review_states.learner_id = :learner_id AND review_states.introduced_on = :today) ELSE coalesce(sum(CASE WHEN (new_card_marks.introduced_day = :today) THEN new_card_marks.introduced_count ELSE :param_9 END), :coalesce_2) END AS introduced \n'
        'FROM new_card_marks \n'
        'WHERE new_card_marks.learner_id = :learner_id) < :new_limit ORDER BY CASE WHEN (per_deck.id > coalesce((SELECT met.deck_id \n'
        'FROM review_log JOIN cards AS met ON met.id = review_log.card_id \n'
        'WHERE review_log.learner_id = :learner_id AND review_log.study_day = :today AND review_log.kind = :kind_1 AND review_log.undone IS 0 ORDER BY review_log.id DESC\n'
        ' LIMIT :param_10 OFFSET :param_11), :coalesce_3)) THEN :param_12 ELSE :param_13 END, per_deck.id\n'
        ' LIMIT :param_14 OFFSET :param_15), (SELECT cards.id \n'
        'FROM cards JOIN review_states ON review_states.card_id = cards.id AND review_states.learner_id = :learner_id \n'
        'WHERE cards.retired IS 0 AND cards.deck_id = :deck_id AND review_states.relearn IS 1 AND review_states.last_study_day = :today ORDER BY review_states.last_review_at, review_states.card_id\n'
        ' LIMIT :param_1 OFFSET :param_16))',
        {'coalesce_1': 0, 'coalesce_2': 0, 'coalesce_3': 0, 'kind_1': 'new', 'param_1': 1, 'param_10': 1, 'param_11': 0, 'param_12': 0, 'param_13': 1, 'param_14': 1, 'param_15': 0, 'param_16': 0, 'param_2': 0, 'param_3': 1, 'param_4': 0, 'param_5': 1, 'param_6': 0, 'param_7': -1, 'param_8': 0, 'param_9': 0},
        {'deck_id': 'int', 'learner_id': 'int', 'new_limit': 'int', 'ready_by': 'datetime', 'today': 'date'},
        (('card_id', ''), ('card_key', ''), ('ord', ''), ('note_key', ''), ('type', ''), ('front', ''), ('back', ''), ('tags', ''), ('payload', ''), ('slug', ''), ('state_card_id', ''), ('relearn', 'bool'), ('last_study_day', 'date')),
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
        (('count', ''),),
    ),
    'count_repeat_by_deck': (
        'SELECT count(*) AS count_1 \n'
        'FROM review_states JOIN cards ON cards.id = review_states.card_id \n'
        'WHERE review_states.learner_id = :learner_id AND cards.retired IS 0 AND cards.deck_id = :deck_id AND review_states.relearn IS 1 AND review_states.last_study_day = :today',
        {},
        {'deck_id': 'int', 'learner_id': 'int', 'today': 'date'},
        (('count', ''),),
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
        (('count', ''),),
    ),
    'introduced': (
        'SELECT CASE WHEN (max(new_card_marks.introduced_day) > :today) THEN (SELECT count(*) AS count_1 \n'
        'FROM review_states \n'
        'WHERE review_states.learner_id = :learner_id AND review_states.introduced_on = :today) ELSE coalesce(sum(CASE WHEN (new_card_marks.introduced_day = :today) THEN new_card_marks.introduced_count ELSE :param_1 END), :coalesce_1) END AS introduced \n'
        'FROM new_card_marks \n'
        'WHERE new_card_marks.learner_id = :learner_id',
        {'coalesce_1': 0, 'param_1': 0},
        {'learner_id': 'int', 'today': 'date'},
        (('introduced', ''),),
    ),
}
# fmt: on
