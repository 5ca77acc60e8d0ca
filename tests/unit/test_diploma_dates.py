"""A diploma's PDF is dated the day it was issued (noon UTC, so every time zone reads the
same day); the ceremony file the day it is printed."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.db import Database
from app.services import diploma_listing, diploma_output
from diplomas.diploma import diploma_pdf
from tests.unit.test_diploma_golden import golden_recipes
from tests.unit.test_diploma_service import ISSUE_DATE, _fl, _issue_eligible, fl  # noqa: F401


def _dates(pdf: bytes) -> tuple[dt.datetime | None, dt.datetime | None]:
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    return meta.creation_date, meta.modification_date


def _noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)


def test_an_issued_diploma_is_dated_its_issue_date(fl: Database) -> None:  # noqa: F811
    issued = _issue_eligible(fl, 2)
    with fl.read() as session:
        pdfs = [diploma_listing.issued_pdf(session, d.id) for d in issued]
    assert {d.issue_date for d in issued} == {ISSUE_DATE}
    for pdf in pdfs:
        assert _dates(pdf) == (_noon(ISSUE_DATE), _noon(ISSUE_DATE))
    with fl.read() as session:  # the date is part of the recipe: a rebuild is the same file
        assert diploma_listing.issued_pdf(session, issued[0].id) == pdfs[0]


def test_the_ceremony_file_is_dated_the_day_it_is_printed(
    fl: Database,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _issue_eligible(fl, 3)
    printed = dt.date(2027, 1, 15)

    class Today(dt.date):
        @classmethod
        def today(cls) -> Today:
            return cls(printed.year, printed.month, printed.day)

    monkeypatch.setattr(diploma_output.dt, "date", Today)
    with fl.read() as session:
        cohort_id = _fl(session).id
        ceremony, ids = diploma_output.ceremony_pdf(session, cohort_id)
        selected = diploma_output.frozen_pdfs(session, ids[:2])
    assert len(ids) == 3
    assert _dates(ceremony) == (_noon(printed), _noon(printed))
    assert _dates(selected) == (_noon(printed), _noon(printed))


def test_a_design_stored_before_the_issue_date_was_kept_draws_as_before() -> None:
    design, content = golden_recipes()["classic-landscape-sv-margin"]
    assert design.issued == ""
    created, _ = _dates(diploma_pdf(design, content))
    assert created is not None and created.date() == dt.date(2000, 1, 1)  # ReportLab's fixed
