"""Two coordinators issuing diplomas of one programme at the same moment on a team database
(two real connections to a PostgreSQL server): serial numbers stay unique and without gaps —
the second waits for the first's transaction and numbers after it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from app.db import Database, open_database
from app.services.diploma_register import issue_diplomas
from tests.conftest import AFTER_DEMO, server_copy
from tests.unit.test_diploma_service import _prepare, _split


@pytest.fixture
def location(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from server_copy(request, "demo")


def test_two_coordinators_issuing_at_once_get_serials_in_turn(location: str) -> None:
    first, second = open_database(location), open_database(location)
    try:
        with first.write() as session:
            cohort_id = _prepare(session).id
            eligible, _ = _split(session, cohort_id)
        assert len(eligible) >= 6
        issued_first = threading.Event()
        release_first = threading.Event()
        serials: dict[str, list[str]] = {}
        errors: list[BaseException] = []

        def issue(name: str, db: Database, chosen: list[int], hold: bool) -> None:
            try:
                with db.write() as session:
                    done = issue_diplomas(session, cohort_id, chosen, today=AFTER_DEMO)
                    serials[name] = [d.serial for d in done]
                    if hold:  # the first coordinator's transaction is still open
                        issued_first.set()
                        release_first.wait(30)
            except BaseException as exc:  # noqa: BLE001 — reported by the test below
                errors.append(exc)
                issued_first.set()

        one = threading.Thread(target=issue, args=("first", first, eligible[:3], True))
        two = threading.Thread(target=issue, args=("second", second, eligible[3:6], False))
        one.start()
        assert issued_first.wait(30)
        two.start()
        time.sleep(1.0)  # let the second reach its serials while the first still holds them
        assert "second" not in serials  # it waits for the first's transaction
        release_first.set()
        one.join(30)
        two.join(30)
        assert errors == []
        prefix = serials["first"][0].rsplit("-", 1)[0]
        assert serials["first"] == [f"{prefix}-{n:03d}" for n in (1, 2, 3)]
        assert serials["second"] == [f"{prefix}-{n:03d}" for n in (4, 5, 6)]
    finally:
        first.close()
        second.close()
