#!/bin/sh
# Install ProposalEditor from the unpacked Linux tarball, for this user (default ~/.local) or
# system-wide (sudo ./install.sh --prefix /usr/local). Needs no Python: the bundle is
# self-contained. `./install.sh --uninstall [--prefix P]` removes what it installed.
set -eu

APP_ID=org.proposaleditor.ProposalEditor
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX="${HOME}/.local"
ACTION=install

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="$2"; shift 2 ;;
    --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
    --uninstall) ACTION=uninstall; shift ;;
    -h|--help) echo "usage: $0 [--prefix DIR] [--uninstall]"; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

LIBDIR="$PREFIX/lib/proposaleditor"
BINDIR="$PREFIX/bin"
SHARE="$PREFIX/share"

refresh_caches() {
  # Desktop menus, file associations and icons pick the change up; each tool is optional.
  command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
  command -v update-desktop-database >/dev/null && \
    update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null && \
    gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "$ACTION" = uninstall ]; then
  rm -rf "$LIBDIR"
  rm -f "$BINDIR/proposaleditor" "$BINDIR/proposaleditor-cli" \
        "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml" \
        "$SHARE/mime/packages/$APP_ID.xml"
  find "$SHARE/icons/hicolor" \( -name "$APP_ID.*" -o -name "application-x-proposaleditor.*" \) \
    -delete 2>/dev/null || true
  refresh_caches
  echo "removed ProposalEditor from $PREFIX"
  exit 0
fi

mkdir -p "$LIBDIR" "$BINDIR" "$SHARE"
rm -rf "$LIBDIR"
cp -R "$HERE/proposaleditor" "$LIBDIR"
ln -sf "$LIBDIR/proposaleditor" "$BINDIR/proposaleditor"
ln -sf "$LIBDIR/proposaleditor-cli" "$BINDIR/proposaleditor-cli"
cp -R "$HERE/share/." "$SHARE/"
# The menu entry starts the installed program even when $BINDIR is not on the session's PATH.
sed -i "s|^Exec=proposaleditor |Exec=\"$LIBDIR/proposaleditor\" |; s|^TryExec=.*|TryExec=$LIBDIR/proposaleditor|" \
  "$SHARE/applications/$APP_ID.desktop"
refresh_caches
echo "installed ProposalEditor in $PREFIX (run: $BINDIR/proposaleditor)"
