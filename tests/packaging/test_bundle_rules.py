"""What the bundle keeps and leaves out (packaging/bundle_rules.py), without building it."""

from __future__ import annotations

import ast
import configparser
from pathlib import Path

import pytest
from PIL import Image

from app.domain import Language
from tests.packaging.rules import ROOT, bundle_rules

keep = bundle_rules.keep


@pytest.mark.parametrize(
    "destination",
    [
        # Linux: X11, Wayland, and headless
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        # Windows and macOS
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        # the Qt libraries Kohort uses, wherever they sit
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6PdfWidgets.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",  # QtPdf links to it
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "libQt6Widgets.so.6",
        "PySide6/Qt6Pdf.dll",
        "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
        "PySide6/Qt/translations/qtbase_sv.qm",
        "PySide6/Qt/translations/qtbase_fi.qm",
        # Kohort's own files and the rest
        "resources/fonts/Lato-Regular.ttf",
        "resources/demo/demo.json",
        "app/migrations/versions/0001_initial_schema.py",
        "app/migrations/script.py.mako",
        "babel/locale-data/root.dat",
        "babel/locale-data/sv_SE.dat",
        "babel/locale-data/en_GB.dat",
        "babel/global.dat",
        "PIL/_imaging.cpython-311-x86_64-linux-gnu.so",
        "libpython3.11.so.1.0",
    ],
)
def test_what_kohort_uses_is_kept(destination: str) -> None:
    assert keep(destination)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqminimalegl.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/imageformats/libqwebp.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "PySide6/plugins/sqldrivers/qsqlite.dll",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Designer.so.6",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "libQt6Quick.so.6",  # the link beside the executable
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/qml/QtQuick/Controls/qmldir",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtmultimedia_sv.qm",
        "PySide6/Qt/translations/designer_sv.qm",
        "babel/locale-data/de.dat",
        "babel/locale-data/zh_Hant_HK.dat",
        "libcups.so.2",
    ],
)
def test_what_kohort_does_not_use_stays_out(destination: str) -> None:
    assert not keep(destination)


def test_babel_keeps_every_document_language() -> None:
    for language in Language:
        assert keep(f"babel/locale-data/{language.value}.dat"), language


def test_unused_qt_modules_are_excluded_and_used_ones_are_not() -> None:
    excluded = bundle_rules.excluded_modules({"QtCore", "QtPdf", "QtQuick", "QtWebEngineCore"})
    assert "PySide6.QtQuick" in excluded
    assert "PySide6.QtWebEngineCore" in excluded
    assert "PySide6.QtCore" not in excluded
    assert "PySide6.QtPdf" not in excluded


def _qt_modules_imported(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
                if node.module == "PySide6":
                    names = [f"PySide6.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found.update(n.split(".")[1] for n in names if n.startswith("PySide6."))
    return found


def test_the_bundle_has_every_qt_module_kohort_imports() -> None:
    """A Qt module imported in ui/ but left out of the bundle would crash only the bundle."""
    imported = set().union(*(_qt_modules_imported(ROOT / p) for p in ("ui", "app", "diplomas")))
    assert imported, "no Qt imports found: is this the Kohort tree?"
    assert imported <= bundle_rules.QT_MODULES_USED


def test_libraries_only_a_left_out_plugin_needed_go_with_it() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/q/libQt6XcbQpa.so.6", "BINARY"),
        ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libxcb.so.1", "/usr/lib/libxcb.so.1", "BINARY"),
        # what the GTK 3 theme (left out) pulled in
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/usr/lib/libpixman-1.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/q/libQt6Quick.so.6", "BINARY"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
    ]
    needed = {
        "/q/libqxcb.so": ["libQt6XcbQpa.so.6", "libxcb-cursor.so.0", "libc.so.6"],
        "/usr/lib/libxcb-cursor.so.0": ["libxcb.so.1"],
        "/usr/lib/libcairo.so.2": ["libpixman-1.so.0", "libxcb.so.1"],
    }
    gone = bundle_rules.unreachable_libraries(binaries, lambda source: needed.get(source, []))
    assert gone == {
        "libcairo.so.2",
        "libpixman-1.so.0",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "libQt6Quick.so.6",
    }


@pytest.mark.parametrize(
    ("release", "expected"), [("0.1.0", "0.1.0.0"), ("2.3", "2.3.0.0"), ("1.2.3.dev4", "1.2.3.0")]
)
def test_windows_file_version_has_four_numbers(release: str, expected: str) -> None:
    assert bundle_rules.file_version(release) == expected


ICONS = ROOT / "resources" / "icons"


def test_icons_come_in_the_sizes_each_os_needs() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"kohort-{size}.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            assert png.getpixel((0, 0)) == (0, 0, 0, 0), "corners are transparent"
    with Image.open(ICONS / "kohort.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    with Image.open(ICONS / "kohort.icns") as icns:
        assert icns.size == (1024, 1024)


def test_linux_menu_entry_names_the_program_and_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "linux" / "kohort.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Kohort"
    assert desktop["Exec"] == "kohort"  # install.sh writes the installed path here
    assert desktop["Icon"] == "kohort"
    assert desktop["StartupWMClass"] == "Kohort"  # Qt's window class: the application name
    assert desktop["Categories"].endswith(";")
