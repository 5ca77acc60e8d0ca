"""What goes into the Kohort bundle and what stays out: the rules kohort.spec applies.

Plain functions over destination paths (``PySide6/Qt/plugins/platforms/libqxcb.so``), so
they can be tested without PyInstaller and read in one place. The bundle keeps what Kohort
uses — Qt Core/Gui/Widgets, QtPdf and its widgets, printing, SVG icons — and leaves out the
rest of Qt (QML/Quick, Designer, WebEngine, 3D, Multimedia…), plugins for platforms a desktop
never uses, the Qt and Babel translations of languages Kohort does not speak.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Qt for Python modules Kohort imports (tests/packaging checks ui/ imports no others).
QT_MODULES_USED = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtSvg"}
)

# The languages of Kohort's documents (app.domain.Language) and of a future UI translation.
LANGUAGES = ("sv", "en", "fi")

# Python packages nothing in Kohort needs at run time (some are pulled in by optional imports).
EXCLUDED_PACKAGES = (
    "tkinter",
    "_tkinter",
    "test",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "ensurepip",
    "pip",
    "setuptools",
    "pkg_resources",
    "IPython",
    "numpy",
    "pytest",
    "hypothesis",
    "sqlalchemy.testing",
    "fontTools",  # pypdf uses it when present, for text extraction Kohort never does
    "readline",
    # hashlib falls back to its built-in SHA-256 and MD5. Python's ssl stays in: psycopg
    # imports it (for libcrypto's set-up) before it loads its libpq, which encrypts a team
    # database's connection itself.
    "_hashlib",
    # Pillow reads the PNG and JPEG logos and signatures; its other codecs and bridges stay out.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
)

# The Qt plugins a widgets app loads, by type, and which of each type (file names without
# "lib", Qt's "q" and the extension: libqxcb.so is "xcb"; None: all). Every other type (sqldrivers,
# qmltooling, tls, networkinformation, egldeviceintegrations, generic input…) stays out.
PLUGINS: dict[str, tuple[str, ...] | None] = {
    # a desktop (X11, Wayland, Windows, macOS), and offscreen/minimal for headless runs
    "platforms": ("xcb", "wayland", "windows", "cocoa", "offscreen", "minimal"),
    # the desktop portal gives native file dialogs on GNOME and KDE; not GTK 3, whose plugin
    # would load the build machine's cairo, pango and GLib next to the user's GTK
    "platformthemes": ("xdgdesktopportal",),
    # compose: dead keys (å ä ö on X11); ibus: input methods. Not the QML virtual keyboard.
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    # SVG (the icon), JPEG (logos and signatures), ICO; PNG is built into QtGui
    "imageformats": ("svg", "jpeg", "ico"),
    "iconengines": None,
    "styles": None,  # Windows' native look
    "printsupport": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,  # window frames on GNOME's Wayland
    "wayland-shell-integration": ("xdg-shell",),  # the shell every desktop compositor speaks
}

# Qt libraries only the left-out modules and plugins use, by name on every OS
# (libQt6Quick.so.6, Qt6Quick.dll, QtQuick.framework).
_UNUSED_QT_LIBRARY = re.compile(
    r"Qt6?(Quick|Qml|Designer|Help|UiTools|Test|Sql|WaylandCompositor|WaylandEgl|EglFS|"
    r"EglFs|Labs|Lottie|VirtualKeyboard|Multimedia|WebEngine|WebChannel|WebSockets|3D|"
    r"Charts|DataVisualization|Graphs|Positioning|Location|Sensors|SerialPort|Bluetooth|Nfc|"
    r"RemoteObjects|Scxml|StateMachine|TextToSpeech|SpatialAudio|HttpServer|NetworkAuth|"
    r"ShaderTools|PdfQuick|SvgWidgets|Concurrent|Xml|WlShellIntegration)"
)


# System libraries that must come from the user's machine, not the build machine's: CUPS
# speaks to the local print server (and would bring GnuTLS, Avahi and Kerberos along).
SYSTEM_LIBRARIES = ("libcups.so",)


def file_version(release: str) -> str:
    """Windows wants four numbers: 0.1.0 is 0.1.0.0 (a suffix such as .dev1 is dropped)."""
    numbers = [part for part in release.split(".") if part.isdigit()][:4]
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def excluded_modules(available_qt_modules: Iterable[str]) -> list[str]:
    """Python modules to leave out: unused Qt for Python modules and unneeded packages."""
    unused_qt = sorted(f"PySide6.{m}" for m in available_qt_modules if m not in QT_MODULES_USED)
    return [*unused_qt, *EXCLUDED_PACKAGES]


def _qt_plugin(parts: tuple[str, ...]) -> tuple[str, str] | None:
    """(plugin type, file name) for a file in Qt's plugin folder, else None."""
    if "plugins" in parts and parts[0] == "PySide6":
        i = parts.index("plugins")
        if len(parts) == i + 3:
            return parts[i + 1], parts[i + 2]
    return None


def _plugin_kept(plugin_type: str, file_name: str) -> bool:
    if plugin_type not in PLUGINS:
        return False
    wanted = PLUGINS[plugin_type]
    stem = re.sub(r"^(lib)?q?", "", file_name.split(".")[0])
    return wanted is None or stem in wanted


def _translation_kept(file_name: str) -> bool:
    """Qt's own translations (qtbase_sv.qm…): only the base ones, in Kohort's languages."""
    match = re.fullmatch(r"(\w+?)_([a-z]{2})(_[A-Z]{2})?\.qm", file_name)
    return match is not None and match[1] == "qtbase" and match[2] in LANGUAGES


def _babel_locale_kept(file_name: str) -> bool:
    """Babel's CLDR data (32 MB for 1000 locales): root and Kohort's languages only."""
    stem = file_name.removesuffix(".dat")
    return stem == "root" or stem.split("_")[0] in LANGUAGES


def keep(destination: str) -> bool:
    """Whether a file collected by the analysis goes into the bundle, by where it would go."""
    path = PurePosixPath(destination.replace("\\", "/"))
    parts = path.parts
    name = path.name
    plugin = _qt_plugin(parts)
    if plugin is not None:
        return _plugin_kept(*plugin)
    if parts[:1] == ("PySide6",):
        if "translations" in parts:
            return _translation_kept(name)
        if "qml" in parts:
            return False
        if any(_UNUSED_QT_LIBRARY.search(part) for part in parts[1:]):
            return False
    elif name.startswith(("libQt6", "Qt6")) and _UNUSED_QT_LIBRARY.search(name):
        return False  # the links to them beside the executable
    if name.startswith(SYSTEM_LIBRARIES):
        return False
    if parts[:2] == ("babel", "locale-data"):
        return _babel_locale_kept(name)
    return True


def _is_prunable(destination: str) -> bool:
    """A shared library collected only because something links to it (not libpython)."""
    folder, _, name = destination.rpartition("/")
    return folder in ("", "PySide6/Qt/lib") and not name.startswith("libpython")


def unreachable_libraries(
    binaries: Iterable[tuple[str, str, str]], needed: Callable[[str], Iterable[str]]
) -> set[str]:
    """Destinations of the libraries nothing in the bundle links to any more, and links to them.

    ``binaries`` are PyInstaller's (destination, source, type) entries after ``keep`` left
    plugins out; ``needed(source)`` names the libraries a binary links to (ELF NEEDED).
    What a left-out plugin alone pulled in (cairo and pango for the GTK 3 theme) goes with
    it. The roots are everything else: Python extension modules, Qt plugins and libpython,
    which the bootloader loads itself.
    """
    entries = list(binaries)
    links = {_name(d): _name(s) for d, s, kind in entries if kind == "SYMLINK"}
    libraries = {_name(d): s for d, s, kind in entries if kind != "SYMLINK" and _is_prunable(d)}
    todo = [s for d, s, kind in entries if kind != "SYMLINK" and not _is_prunable(d)]
    reached: set[str] = set()
    while todo:
        for needed_name in needed(todo.pop()):
            name = links.get(needed_name, needed_name)
            if name in libraries and name not in reached:
                reached.add(name)
                todo.append(libraries[name])
    gone = set(libraries) - reached
    return {
        d
        for d, s, kind in entries
        if (_is_prunable(d) and _name(d) in gone) or (kind == "SYMLINK" and _name(s) in gone)
    }


def _name(destination: str) -> str:
    return PurePosixPath(destination).name
