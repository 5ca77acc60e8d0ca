"""How long erasing one person takes on a large database, rebuild (VACUUM) included.

Run: ``PYTHONPATH=. python benchmarks/bench_erasure.py [MEGABYTES]`` (default 100). Builds the
demo, pads the file with stored images up to the size asked, erases one person with their
diplomas and prints the time of the erasing transaction and of each scrub step.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from app.db import open_database
from app.models import Person, StoredImage
from app.services import demo, privacy_erase


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        with open_database(str(path)) as db:
            with db.write() as session:
                demo.create_demo(session)
            for _ in range(megabytes):
                with db.write() as session:
                    session.add(
                        StoredImage(
                            mime_type="image/png", data=os.urandom(1 << 20), sha256="0" * 64
                        )
                    )
            privacy_erase.scrub(db, rebuild=False)
            size = path.stat().st_size / 1e6
            with db.read() as session:
                person_id = session.scalars(select(Person.id)).first()
                assert person_id is not None
                impact = privacy_erase.erasure_impact(session, person_id, with_diplomas=True)
            started = time.perf_counter()
            with db.write() as session:
                privacy_erase.erase_person(session, person_id, confirmed=impact)
            erased = time.perf_counter() - started
            started = time.perf_counter()
            privacy_erase.scrub(db, rebuild=False)
            checkpoint = time.perf_counter() - started
            started = time.perf_counter()
            privacy_erase.scrub(db)
            rebuild = time.perf_counter() - started
        print(
            f"file {size:.0f} MB: erase {erased * 1000:.0f} ms, "
            f"checkpoint {checkpoint * 1000:.0f} ms, "
            f"checkpoint + VACUUM + checkpoint {rebuild:.2f} s"
        )


if __name__ == "__main__":
    main()
