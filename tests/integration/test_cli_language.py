"""The command line speaks Swedish, Finnish or English: --lang, then KOHORT_LANG, then the
system's locale."""

from __future__ import annotations

import pytest

from tests.integration.test_cli import run


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("sv", "ID  PROGRAM  OMGÅNG  START  SLUT  STATUS  DELTAGARE  TRÄFFAR"),
        ("fi", "TUNNISTE  OHJELMA  RYHMÄ  ALKAA  PÄÄTTYY  TILA  OSALLISTUJIA  TAPAAMISIA"),
        ("en", "ID  PROGRAMME  COHORT  START  END  STATUS  PARTICIPANTS  SESSIONS"),
    ],
)
def test_cohorts_on_an_empty_database(
    lang: str,
    header: str,
    empty_location: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KOHORT_LANG", lang)
    code, out, err = run(capsys, "--db", empty_location, "cohorts")
    assert (code, out, err) == (0, header + "\n", "")


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("sv", "kohort: Det finns ingen omgång med id 99.\n"),
        ("fi", "kohort: Ryhmää, jonka tunniste on 99, ei ole.\n"),
        ("en", "kohort: There is no cohort with id 99.\n"),
    ],
)
def test_a_missing_cohort(
    lang: str,
    message: str,
    empty_location: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KOHORT_LANG", lang)
    code, out, err = run(capsys, "--db", empty_location, "sessions", "--cohort", "99")
    assert (code, out, err) == (1, "", message)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("sv", ["användning: kohort", "flaggor:", "lista omgångar", "visa den här hjälptexten"]),
        ("fi", ["käyttö: kohort", "valitsimet:", "luettele ryhmät", "näytä tämä ohje"]),
        ("en", ["usage: kohort", "options:", "list cohorts", "show this help message"]),
    ],
)
def test_help(
    lang: str, words: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOHORT_LANG", lang)
    code, out, _err = run(capsys, "--help")
    assert code == 0
    assert [w for w in words if w not in out] == []


def test_lang_option_wins_over_the_environment(
    empty_location: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOHORT_LANG", "sv")
    code, _out, err = run(
        capsys, "--lang", "fi", "--db", empty_location, "sessions", "--cohort", "9"
    )
    assert code == 1 and "Ryhmää, jonka tunniste on 9, ei ole." in err
    # after the command too, like --db
    code, _out, err = run(
        capsys, "sessions", "--cohort", "9", "--db", empty_location, "--lang", "en"
    )
    assert code == 1 and "There is no cohort with id 9." in err


def test_the_system_locale_decides_without_kohort_lang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KOHORT_LANG")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    code, _out, err = run(capsys, "sessions")
    # argparse's own error, in Swedish, and Kohort's pointer to --help
    assert code == 2
    assert "följande argument krävs: --cohort" in err and "(se kohort sessions --help)" in err


@pytest.mark.parametrize(
    "args", [["--lang", "de", "cohorts"], ["cohorts", "--lang", "de"], ["cohorts", "--lang"]]
)
def test_a_wrong_lang_option_is_a_usage_error_in_the_environments_language(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOHORT_LANG", "sv")
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.startswith("kohort") and "--lang" in err and "(se kohort" in err


def test_the_design_reads_in_swedish_and_its_json_stays_the_same(
    demo_location: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOHORT_LANG", "sv")
    code, text, _err = run(capsys, "--db", demo_location, "design", "--cohort", "1")
    assert code == 0
    assert "Utfärdandedatum:  (dagen då diplomet utfärdas)" in text
    assert "Logotyp:          ingen" in text and "Undertecknare:" in text
    # the names the window's design editor shows, not the stored keys
    assert "Mall:             Klassisk (ram och ornament)" in text
    assert "Orientering:      A4 liggande" in text and "Dokumentspråk:    Svenska" in text
    assert "landscape" not in text and "classic" not in text
    code, shown, _err = run(capsys, "--db", demo_location, "design", "--cohort", "1", "--json")
    assert code == 0
    assert '"issue_date": "(the day of issue)"' in shown and '"logo": "none"' in shown
    assert '"template": "classic"' in shown and '"orientation": "landscape"' in shown
    monkeypatch.setenv("KOHORT_LANG", "fi")
    code, text, _err = run(capsys, "--db", demo_location, "design", "--cohort", "1")
    assert code == 0 and "A4 vaaka" in text and "Klassinen" in text and "landscape" not in text


@pytest.mark.parametrize(("lang", "rate"), [("sv", "5/5 (100\u00a0%)"), ("en", "5/5 (100%)")])
def test_attendance_rates_are_written_the_languages_way(
    lang: str,
    rate: str,
    demo_location: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KOHORT_LANG", lang)
    code, text, _err = run(capsys, "--db", demo_location, "participants", "--cohort", "1")
    assert code == 0 and rate in text
