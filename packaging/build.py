"""Build the Kohort bundle for the OS this runs on, and the file a coordinator downloads.

    pip install -e '.[packaging]'
    python packaging/build.py              # into packaging/dist (git ignores it)

Linux: ``Kohort/`` (the program ``kohort``, ``install.sh``, a menu entry and icons) and
``kohort-VERSION-linux-ARCH.tar.gz``. Windows: ``Kohort/`` (``Kohort.exe``, the window;
``kohort-cli.exe``, the command line) zipped, and an installer when NSIS's ``makensis`` is
installed. macOS: ``Kohort.app``, in a disk image (or a zip without ``hdiutil``).
The version comes from ``app.__version__``, like everything else that names one.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

from bundle_rules import file_version

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ICONS = ROOT / "resources" / "icons"
LINUX_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def tree_size(path: Path) -> int:
    """Bytes on disk of a folder's files, links counted once (as ``du`` does, roughly)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def run_pyinstaller(dist: Path, work: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("build.py: PyInstaller is missing; install it with: pip install -e '.[packaging]'")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(HERE / "kohort.spec")]
    subprocess.run(command, check=True, cwd=ROOT)


def add_linux_desktop_files(bundle: Path) -> None:
    """install.sh, the menu entry and the icon theme's sizes, beside the program."""
    shutil.copy2(HERE / "linux" / "install.sh", bundle / "install.sh")
    applications = bundle / "share" / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "linux" / "kohort.desktop", applications / "kohort.desktop")
    hicolor = bundle / "share" / "icons" / "hicolor"
    for size in LINUX_ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / f"kohort-{size}.png", folder / "kohort.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / "kohort.svg", hicolor / "scalable" / "apps" / "kohort.svg")


def linux_archive(bundle: Path, name: str) -> Path:
    archive = bundle.parent / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=name)  # symbolic links stay links
    return archive


def _program_files_makensis() -> str | None:
    for variable in ("ProgramFiles(x86)", "ProgramFiles"):
        candidate = Path(os.environ.get(variable, "")) / "NSIS" / "makensis.exe"
        if os.environ.get(variable) and candidate.is_file():
            return str(candidate)
    return None


def windows_archives(bundle: Path, name: str, release: str) -> list[Path]:
    archive = bundle.parent / f"{name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zipped:
        for path in sorted(bundle.rglob("*")):
            zipped.write(path, Path(name) / path.relative_to(bundle))
    made = [archive]
    makensis = shutil.which("makensis") or _program_files_makensis()
    if makensis is None:
        print("build.py: makensis (NSIS) not found, so no installer; the zip is complete.")
        return made
    # Not "setup" in the name: Windows would apply its installer heuristics to it.
    installer = bundle.parent / f"{name}-installer.exe"
    subprocess.run(
        [
            makensis,
            "-V2",
            f"-DVERSION={release}",
            f"-DFILEVERSION={file_version(release)}",
            f"-DSOURCE={bundle}",
            f"-DOUTFILE={installer}",
            f"-DICON={ICONS / 'kohort.ico'}",
            str(HERE / "windows" / "kohort.nsi"),
        ],
        check=True,
    )
    return [*made, installer]


def macos_archive(dist: Path, name: str) -> Path:
    app = dist / "Kohort.app"
    if shutil.which("hdiutil"):
        image = dist / f"{name}.dmg"
        image.unlink(missing_ok=True)
        subprocess.run(
            ["hdiutil", "create", "-volname", "Kohort", "-srcfolder", str(app)]
            + ["-format", "UDZO", "-ov", str(image)],
            check=True,
        )
        return image
    archive = dist / f"{name}.zip"
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)], check=True)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=HERE / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=HERE / "build", help="PyInstaller's cache")
    parser.add_argument("--no-archive", action="store_true", help="only the bundle folder")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    release = version()
    machine = platform.machine().lower().replace("amd64", "x86_64")

    started = time.monotonic()
    run_pyinstaller(dist, work)
    bundle = dist / "Kohort"
    archives: list[Path] = []
    if sys.platform == "win32":
        if not args.no_archive:
            archives = windows_archives(bundle, f"kohort-{release}-windows-{machine}", release)
    elif sys.platform == "darwin":
        bundle = dist / "Kohort.app"
        if not args.no_archive:
            archives = [macos_archive(dist, f"kohort-{release}-macos-{machine}")]
    else:
        add_linux_desktop_files(bundle)
        if not args.no_archive:
            archives = [linux_archive(bundle, f"kohort-{release}-linux-{machine}")]
    seconds = time.monotonic() - started

    summary = {
        "version": release,
        "bundle": str(bundle),
        "bundle_mb": round(tree_size(bundle) / 1e6, 1),
        "archives": {str(a): round(a.stat().st_size / 1e6, 1) for a in archives},
        "build_seconds": round(seconds),
    }
    (dist / "build-info.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
