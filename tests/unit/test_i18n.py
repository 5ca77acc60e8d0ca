"""The app/ catalogues: complete, in step with the source, and the language chosen right."""

from __future__ import annotations

import gettext
import re
import string
from io import BytesIO

import pytest
from babel.messages.catalog import Catalog, Message

from app import i18n, i18n_tools
from app.i18n import _, interface_language, ngettext, set_language

TRANSLATED = ("sv", "fi")
# %-style (argparse's own words) and {name}/{name!r}/{name:,} (Kohort's) placeholders
_PERCENT = re.compile(r"%(?:\([a-z_]+\))?[sdr]")


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted: ``{name}`` fields as written and ``%(n)s``."""
    fields = [
        "{" + name + ("!" + conv if conv else "") + (":" + spec if spec else "") + "}"
        for _text, name, spec, conv in string.Formatter().parse(text)
        if name is not None
    ]
    return sorted(fields + _PERCENT.findall(text.replace("%%", "")))


def forms(message: Message) -> tuple[list[str], list[str]]:
    ids = list(message.id) if isinstance(message.id, tuple) else [message.id]
    strings = list(message.string) if isinstance(message.string, tuple) else [message.string]
    return ids, strings


def problems(catalog: Catalog) -> list[str]:
    """What is wrong with a catalogue: untranslated or fuzzy messages, lost placeholders."""
    found = []
    for message in catalog:
        if not message.id:
            continue
        ids, strings = forms(message)
        if message.fuzzy or not all(strings):
            found.append(f"untranslated: {ids[0]!r}")
            continue
        wanted = placeholders(ids[0])
        for text in strings:
            if placeholders(text) != wanted:
                found.append(f"placeholders differ: {ids[0]!r} -> {text!r}")
    return found


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_with_the_same_placeholders(code: str) -> None:
    catalog = i18n_tools.read(code)
    assert len(catalog) > 300
    assert problems(catalog) == []


def test_the_check_finds_a_missing_translation_and_a_dropped_placeholder() -> None:
    catalog = Catalog(locale="sv")
    catalog.add("There is no cohort with id {cohort_id}.", "Det finns ingen omgång.")
    catalog.add("A cohort needs a name.", "")
    catalog.add("argument %(argument_name)s: %(message)s", "argumentet %(message)s")
    catalog.add(("{n} day", "{n} days"), ("{n} dag", "några dagar"))
    assert len(problems(catalog)) == 4


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_catalogues_hold_exactly_the_messages_in_the_source(code: str) -> None:
    """Fails when a message was added, changed or removed in app/ without
    `python -m app.i18n_tools update` (and a translation)."""
    source = {m.id for m in i18n_tools.extract() if m.id}
    catalogue = {m.id for m in i18n_tools.read(code) if m.id}
    assert sorted(map(str, source - catalogue)) == []  # not in the catalogue yet
    assert sorted(map(str, catalogue - source)) == []  # no longer in the source


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_committed_mo_files_match_the_po_files(code: str) -> None:
    """Fails when a .po was edited without `python -m app.i18n_tools compile`."""
    committed = i18n_tools.po_path(code).with_suffix(".mo").read_bytes()
    fresh = i18n_tools.compiled(i18n_tools.read(code))
    as_read = gettext.GNUTranslations(BytesIO(committed))._catalog  # type: ignore[attr-defined]
    expected = gettext.GNUTranslations(BytesIO(fresh))._catalog  # type: ignore[attr-defined]
    assert as_read == expected


def test_the_catalogues_are_package_data() -> None:
    """A wheel built from a clean clone carries the catalogues."""
    import tomllib
    from pathlib import Path

    pyproject = tomllib.loads(
        (Path(i18n.__file__).parent.parent / "pyproject.toml").read_text("utf-8")
    )
    patterns = pyproject["tool"]["setuptools"]["package-data"]["*"]
    assert "*.mo" in patterns and "*.po" in patterns


@pytest.mark.parametrize(
    ("cli", "environ", "expected"),
    [
        ("fi", {"KOHORT_LANG": "sv", "LANG": "en_GB.UTF-8"}, "fi"),
        (None, {"KOHORT_LANG": "sv", "LANG": "fi_FI.UTF-8"}, "sv"),
        (None, {"KOHORT_LANG": "", "LANG": "fi_FI.UTF-8"}, "fi"),
        (None, {"LANG": "sv_SE.UTF-8"}, "sv"),
        (None, {"LANG": "sv_FI.UTF-8"}, "sv"),
        (None, {"LANG": "fi_FI.UTF-8"}, "fi"),
        (None, {"LANG": "de_DE.UTF-8"}, "en"),
        (None, {"LANG": "C.UTF-8"}, "en"),
        (None, {}, "en"),
        # POSIX order: LC_ALL over LC_MESSAGES over LANG
        (None, {"LC_ALL": "fi_FI.UTF-8", "LC_MESSAGES": "sv_SE", "LANG": "en_US"}, "fi"),
        (None, {"LC_MESSAGES": "sv_SE@euro", "LANG": "fi_FI"}, "sv"),
        (None, {"LC_ALL": "", "LANG": "sv_SE"}, "sv"),
        (None, {"KOHORT_LANG": "de"}, "en"),
    ],
)
def test_interface_language(cli: str | None, environ: dict[str, str], expected: str) -> None:
    assert interface_language(cli, environ) == expected


def test_set_language_translates_and_english_is_the_source() -> None:
    set_language("sv")
    assert _("A cohort needs a name.") == "En omgång behöver ett namn."
    set_language("fi")
    assert _("A cohort needs a name.") == "Ryhmä tarvitsee nimen."
    set_language("en")
    assert _("A cohort needs a name.") == "A cohort needs a name."


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [
        ("sv", "Utfärdade 1 nytt diplom.", "Utfärdade 2 nya diplom."),
        ("fi", "Myönnettiin 1 uusi todistus.", "Myönnettiin 2 uutta todistusta."),  # partitive
        ("en", "Issued 1 new diploma.", "Issued 2 new diplomas."),
    ],
)
def test_plural_forms(code: str, one: str, two: str) -> None:
    set_language(code)
    issued = [
        ngettext("Issued {n} new diploma.", "Issued {n} new diplomas.", n).format(n=n)
        for n in (1, 2)
    ]
    assert issued == [one, two]
