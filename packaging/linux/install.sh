#!/bin/sh
# Install Kohort for the current user (no root needed), from the folder this script is in:
# the program to ~/.local/opt/kohort, the `kohort` command to ~/.local/bin, and a menu
# entry with its icon. Run it again to update; `./install.sh --uninstall` removes Kohort
# (never your data: that stays in ~/.local/share/Kohort).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
opt="$HOME/.local/opt/kohort"
bin="$HOME/.local/bin"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
sizes="16 24 32 48 64 128 256 512"

remove() {
    rm -rf "$opt"
    rm -f "$bin/kohort" "$share/applications/kohort.desktop"
    for size in $sizes; do rm -f "$share/icons/hicolor/${size}x${size}/apps/kohort.png"; done
    rm -f "$share/icons/hicolor/scalable/apps/kohort.svg"
}

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    refresh_menus
    echo "Kohort is uninstalled. Your data is still in $share/Kohort."
    exit 0
fi

if [ ! -x "$here/kohort" ] || [ ! -d "$here/_internal" ]; then
    echo "install.sh: run me from the unpacked Kohort folder (it has kohort and _internal)." >&2
    exit 1
fi

if [ "$here" != "$opt" ]; then
    remove
    mkdir -p "$opt"
    cp -a "$here/." "$opt/"
fi
mkdir -p "$bin" "$share/applications"
ln -sf "$opt/kohort" "$bin/kohort"
sed "s|^Exec=kohort|Exec=\"$opt/kohort\"|" "$here/share/applications/kohort.desktop" \
    >"$share/applications/kohort.desktop"
cp -a "$here/share/icons" "$share/"
refresh_menus

echo "Kohort $("$opt/kohort" --version | cut -d' ' -f2) is installed: find it in your"
echo "applications menu, or run: $bin/kohort"
case ":$PATH:" in
*":$bin:"*) ;;
*) echo "($bin is not on your PATH; add it there to type just: kohort)" ;;
esac
