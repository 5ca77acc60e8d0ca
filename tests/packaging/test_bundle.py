"""Smoke test of a built bundle: the frozen program, started as a coordinator would start it.

Runs only when ``KOHORT_BUNDLE`` names what ``python packaging/build.py`` made: the
``Kohort`` folder, the ``.tar.gz`` (unpacked here first) or ``Kohort.app``. The bundle is
never built inside the test run (``.ci/run`` builds it, then runs this module).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
import pytest
from babel.dates import format_date

from app import APP_NAME, __version__
from tests.pdf_text import read, squashed

BUNDLE = os.environ.get("KOHORT_BUNDLE", "")
if not BUNDLE:
    pytest.skip(
        "no bundle to smoke-test: build one with `python packaging/build.py` and set "
        "KOHORT_BUNDLE to packaging/dist/Kohort (or the .tar.gz)",
        allow_module_level=True,
    )

LINUX = sys.platform.startswith("linux")
# The size the issue aims for, measured as `du -sh` does (MiB); Linux only.
LINUX_SIZE_BUDGET = 160 * 2**20
TIMEOUT = 180  # seconds for one command: generous on a busy 2-core machine


@dataclass(frozen=True)
class Bundle:
    root: Path  # the folder (or .app) a coordinator installs
    cli: Path  # the command line: same as `kohort` from pip
    gui: Path  # what a double-click starts


def _unpack(archive: Path, into: Path) -> Path:
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar")  # keeps the symbolic links, refuses odd paths
    (folder,) = into.iterdir()
    return folder


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    path = Path(BUNDLE).resolve()
    assert path.exists(), f"KOHORT_BUNDLE={BUNDLE} does not exist: build it first"
    if path.name.endswith(".tar.gz"):
        path = _unpack(path, tmp_path_factory.mktemp("unpacked"))
    if path.suffix == ".app":
        program = path / "Contents" / "MacOS" / "kohort"
        return Bundle(path, program, program)
    if sys.platform == "win32":
        return Bundle(path, path / "kohort-cli.exe", path / f"{APP_NAME}.exe")
    return Bundle(path, path / "kohort", path / "kohort")


def _environment(**extra: str) -> dict[str, str]:
    """This test's environment (conftest points XDG_* at a temp folder), headless."""
    env = {k: v for k, v in os.environ.items() if k != "KOHORT_DB"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env | extra


def kohort(bundle: Bundle, *args: str | Path) -> str:
    """Run the bundle's command line; what it printed, once it succeeded."""
    done = subprocess.run(
        [str(bundle.cli), *map(str, args)],
        capture_output=True,
        timeout=TIMEOUT,
        env=_environment(),
    )
    out, err = (stream.decode("utf-8", errors="replace") for stream in (done.stdout, done.stderr))
    assert done.returncode == 0, f"kohort {args} exited {done.returncode}: {err}{out}"
    return out


def kohort_json(bundle: Bundle, *args: str | Path) -> Any:
    return json.loads(kohort(bundle, *args, "--json"))


@dataclass(frozen=True)
class Demo:
    db: Path
    completed: str  # the in-house cohort: every session held, diplomas due
    running: str  # the cross-municipal one, half-way


@pytest.fixture
def demo(bundle: Bundle, tmp_path: Path) -> Demo:
    """The demo, created by the bundle in a database that did not exist."""
    path = tmp_path / "fresh" / "kohort.sqlite3"
    created = kohort_json(bundle, "--db", path, "demo")
    assert created["created"] is True
    first, *_, last = created["cohort_ids"]
    return Demo(path, str(first), str(last))


def test_version_is_the_apps(bundle: Bundle) -> None:
    assert kohort(bundle, "--version").strip() == f"kohort {__version__}"


def _fonts_of(page: Any) -> list[Any]:
    """The fonts a page draws with (a composite font's descendants stand for it)."""
    found = []
    for ref in page["/Resources"]["/Font"].values():
        font = ref.get_object()
        descendants = [d.get_object() for d in font.get("/DescendantFonts", [])]
        found.extend(descendants or [font])
    return found


def test_diplomas_from_a_clean_database(bundle: Bundle, demo: Demo, tmp_path: Path) -> None:
    people = kohort_json(bundle, "--db", demo.db, "participants", "--cohort", demo.completed)
    eligible = [p["name_as_printed"] for p in people if p["eligible"]]
    assert len(eligible) >= 5, "the demo's first cohort has held all its sessions"
    out = tmp_path / "diplom.pdf"

    kohort(
        bundle,
        "--db",
        demo.db,
        "diplomas",
        "--cohort",
        demo.completed,
        "--out",
        out,
        "--no-checklist",
    )

    pdf = read(out.read_bytes())
    assert len(pdf.pages) == len(eligible)  # one diploma each, nobody else
    texts = [squashed(page.extract_text()) for page in pdf.pages]
    for name in eligible:
        assert sum(squashed(name) in text for text in texts) == 1, name
    for page in pdf.pages:
        for font in _fonts_of(page):
            descriptor = font["/FontDescriptor"]
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]


def test_signin_sheet_dates_in_swedish(bundle: Bundle, demo: Demo, tmp_path: Path) -> None:
    """Babel's Swedish calendar data made it into the bundle."""
    meeting = kohort_json(bundle, "--db", demo.db, "sessions", "--cohort", demo.completed)[0]
    out = tmp_path / "sign-in.pdf"

    kohort(bundle, "--db", demo.db, "signin-sheet", "--session", str(meeting["id"]), "--out", out)

    text = read(out.read_bytes()).pages[0].extract_text().lower()
    day = dt.date.fromisoformat(meeting["date"])
    assert format_date(day, "EEEE d MMMM", locale="sv_SE") in text  # "torsdag 6 november"


def test_the_command_line_speaks_swedish_and_finnish(bundle: Bundle) -> None:
    """The compiled catalogues of app/ (app/locale/*/LC_MESSAGES/kohort.mo) are in the bundle."""
    assert "lista omgångar" in kohort(bundle, "--lang", "sv", "--help")
    assert "luettele ryhmät" in kohort(bundle, "--lang", "fi", "--help")


UNREACHABLE = "postgresql://nobody@127.0.0.1:1/x"  # port 1: nothing listens there


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "kohort: Kohort cannot reach the database server of " + UNREACHABLE),
        ("sv", "kohort: Kohort når inte databasservern för " + UNREACHABLE),
    ],
)
def test_a_server_that_cannot_be_reached_is_said_so(bundle: Bundle, lang: str, said: str) -> None:
    """psycopg and its libpq are in the bundle: the answer is the server's, not an
    ImportError or a missing library."""
    done = subprocess.run(
        [str(bundle.cli), "--lang", lang, "--db", UNREACHABLE, "cohorts"],
        capture_output=True,
        timeout=TIMEOUT,
        env=_environment(),
    )
    err = done.stderr.decode("utf-8", errors="replace")
    assert done.returncode == 1 and err.startswith(said), err
    assert "Error" not in err and "Traceback" not in err


def test_the_demo_on_a_team_database(bundle: Bundle, request: pytest.FixtureRequest) -> None:
    """The bundle connects to a PostgreSQL server (its own psycopg and libpq), creates the
    demo there and lists it."""
    from tests.conftest import server_copy

    for location in server_copy(request, "empty"):
        assert kohort_json(bundle, "--db", location, "demo")["created"] is True
        cohorts = kohort_json(bundle, "--db", location, "cohorts")
        assert {c["program"]["code"] for c in cohorts} == {"FL", "LEC"}


def test_import_of_an_excel_list(bundle: Bundle, demo: Demo, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Deltagarlista, hösten"])
    sheet.append([])
    sheet.append(["Förnamn", "Efternamn", "E-post", "Organisation", "Mobil"])
    sheet.append(["Ingrid", "Ödegård", "ingrid.odegard@ale.se", "Ale kommun", 701234567])
    sheet.append(["Juhani", "Mäkelä", "juhani.makela@vaasa.fi", "Vaasan kaupunki", None])
    path = tmp_path / "deltagare.xlsx"
    book.save(path)

    result = kohort_json(bundle, "--db", demo.db, "import", path, "--cohort", demo.running)

    assert result["errors"] == []
    assert (result["created"], result["enrolled"]) == (2, 2)
    people = kohort_json(bundle, "--db", demo.db, "participants", "--cohort", demo.running)
    assert {"Ödegård", "Mäkelä"} <= {p["last_name"] for p in people}


def test_an_older_database_is_backed_up_and_upgraded(bundle: Bundle, tmp_path: Path) -> None:
    """The migration scripts travel as files in the bundle, and Alembic finds them there."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from app.db import alembic_config

    revisions = [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
    if len(revisions) < 2:
        pytest.skip("one migration only: the clean-database tests already run it")
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revisions[-1])  # the first one
    engine.dispose()

    assert "no problems found" in kohort(bundle, "--db", path, "check")

    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (revisions[0],)
    finally:
        con.close()
    assert len(list((tmp_path / "backups").glob("old-before-upgrade-*.sqlite3"))) == 1


@pytest.mark.skipif(not LINUX, reason="the XDG folders are this test's own only on Linux")
def test_data_goes_to_the_user_data_folder(bundle: Bundle) -> None:
    kohort_json(bundle, "demo")  # no --db, no KOHORT_DB
    expected = platformdirs.user_data_path(APP_NAME, appauthor=False) / "kohort.sqlite3"
    assert expected.is_file()
    assert str(expected).startswith(os.environ["XDG_DATA_HOME"])


def start_window(bundle: Bundle, db: Path, tmp_path: Path, **env: str) -> None:
    """Start the window as a double-click would, see it open ``db`` and keep running."""
    log_file = platformdirs.user_log_path(APP_NAME, appauthor=False) / "kohort.log"
    log_before = log_file.stat().st_size if log_file.exists() else 0
    stderr = tmp_path / "stderr.txt"
    with stderr.open("wb") as err:
        window = subprocess.Popen(
            [str(bundle.gui), "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=_environment(**env),
        )
        try:
            deadline = time.monotonic() + TIMEOUT
            while not _opened(_log_since(log_file, log_before), db):
                assert window.poll() is None, f"the window closed: {stderr.read_text()}"
                assert time.monotonic() < deadline, "the window did not open its database"
                time.sleep(0.2)
            time.sleep(3)  # the first refresh runs on the worker thread
            assert window.poll() is None, f"the window closed: {stderr.read_text()}"
        finally:
            window.kill()
            window.wait(timeout=30)
    output = stderr.read_text(errors="replace") + _log_since(log_file, log_before)
    alarms = ("Traceback", "ERROR", "qt.qpa.plugin", "Cannot load library", "Could not")
    assert [line for line in output.splitlines() if any(a in line for a in alarms)] == []


@pytest.mark.parametrize("with_demo", [False, True], ids=["empty", "demo"])
def test_window_starts_offscreen(bundle: Bundle, tmp_path: Path, with_demo: bool) -> None:
    db = tmp_path / "gui.sqlite3"
    if with_demo:  # else it opens on the offer to create the demo
        kohort_json(bundle, "--db", db, "demo")
    start_window(bundle, db, tmp_path)


@pytest.fixture
def x_display() -> Iterator[str]:
    """A virtual X11 screen (Xvfb), for the xcb platform plugin and its libraries."""
    xvfb = shutil.which("Xvfb")
    if not LINUX or xvfb is None:
        pytest.skip("needs Linux with Xvfb (apt-get install xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_window_starts_on_x11(bundle: Bundle, demo: Demo, tmp_path: Path, x_display: str) -> None:
    start_window(bundle, demo.db, tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=x_display)


def _opened(log: str, db: Path) -> bool:
    """The log says the window opened ``db`` (by name: Windows may spell the folder apart)."""
    return any(" opened " in line and line.endswith(db.name) for line in log.splitlines())


def _log_since(path: Path, offset: int) -> str:
    if not path.exists():
        return ""
    with path.open("rb") as log:
        log.seek(offset)
        return log.read().decode("utf-8", errors="replace")


@pytest.mark.skipif(not LINUX, reason="ELF libraries")
def test_every_qt_library_a_binary_links_to_is_in_the_bundle(bundle: Bundle) -> None:
    """Leaving a plugin's library out is the classic frozen-Qt crash; find it here first."""
    objdump = shutil.which("objdump")
    if objdump is None:
        pytest.skip("objdump (binutils) is not installed")
    files = [p for p in bundle.root.rglob("*") if p.is_file() and not p.is_symlink()]
    present = {p.name for p in bundle.root.rglob("*") if p.exists()}  # not a dangling link
    missing = {}
    for path in files:
        if ".so" not in path.name and path != bundle.cli:
            continue
        dump = subprocess.run([objdump, "-p", str(path)], capture_output=True, text=True).stdout
        needed = [row.split()[1] for row in dump.splitlines() if row.strip().startswith("NEEDED")]
        lost = [
            n
            for n in needed
            if n.startswith(("libQt6", "libpyside6", "libshiboken6", "libicu", "libpython"))
            and n not in present
        ]
        if lost:
            missing[str(path.relative_to(bundle.root))] = lost
    assert missing == {}


@pytest.mark.skipif(not LINUX, reason="the Linux bundle's size")
def test_linux_bundle_stays_small(bundle: Bundle) -> None:
    size = sum(p.lstat().st_size for p in bundle.root.rglob("*") if not p.is_dir())
    assert size <= LINUX_SIZE_BUDGET, f"{size / 2**20:.0f} MiB"


@pytest.mark.skipif(not LINUX, reason="install.sh is the Linux installer")
def test_install_script_installs_and_uninstalls(bundle: Bundle, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _environment(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))

    def install(*args: str) -> str:
        done = subprocess.run(
            ["sh", str(bundle.root / "install.sh"), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=TIMEOUT,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert f"Kohort {__version__} is installed" in install()

    program = home / ".local" / "bin" / "kohort"
    version = subprocess.run([program, "--version"], capture_output=True, text=True, env=env)
    assert version.stdout.strip() == f"kohort {__version__}"
    share = home / ".local" / "share"
    entry = (share / "applications" / "kohort.desktop").read_text(encoding="utf-8")
    assert f'Exec="{home}/.local/opt/kohort/kohort"' in entry
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "kohort.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "kohort.svg").is_file()

    install("--uninstall")
    assert not program.exists() and not program.is_symlink()
    assert not (home / ".local" / "opt" / "kohort").exists()
    assert not (share / "applications" / "kohort.desktop").exists()
