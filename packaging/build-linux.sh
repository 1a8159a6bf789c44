#!/usr/bin/env bash
# Build the self-contained Linux artifact and smoke-test it.
#
#   bash packaging/build-linux.sh            # -> packaging/build/proposaleditor-VERSION-linux-ARCH.tar.gz
#
# PyInstaller runs in its own virtual environment under packaging/build/ (git-ignored), with the
# project installed there, so the build never touches the developer's Python. The tarball holds
# the PyInstaller folder, the desktop entry, AppStream metainfo, MIME type and icons, and
# install.sh. The smoke test unpacks the tarball, installs it into a scratch prefix and runs the
# installed programs with an emptied environment (no PATH, no Python variables).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BUILD="$HERE/build"
VENV="$BUILD/venv"
PYTHON=${PYTHON:-python3}
APP_ID=org.proposaleditor.ProposalEditor

VERSION=$("$PYTHON" "$HERE/project_version.py")
ARCH=$(uname -m)
NAME="proposaleditor-$VERSION-linux-$ARCH"
echo "== ProposalEditor $VERSION ($ARCH)"

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check "pyinstaller>=6.5" -e "$ROOT"

echo "== PyInstaller"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" "$HERE/pyinstaller/proposaleditor.spec"

echo "== tarball"
STAGE="$BUILD/stage/$NAME"
rm -rf "$BUILD/stage"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/mime/packages"
cp -R "$BUILD/dist/proposaleditor" "$STAGE/proposaleditor"
cp "$HERE/linux/install.sh" "$STAGE/install.sh"
chmod +x "$STAGE/install.sh"
cp "$HERE/linux/$APP_ID.desktop" "$STAGE/share/applications/"
cp "$HERE/linux/$APP_ID.metainfo.xml" "$STAGE/share/metainfo/"
cp "$HERE/linux/proposaleditor-mime.xml" "$STAGE/share/mime/packages/$APP_ID.xml"
ICONS="$ROOT/src/proposaleditor/resources/icons"
for size in 16 32 48 64 128 256 512; do
  for kind in apps mimetypes; do mkdir -p "$STAGE/share/icons/hicolor/${size}x${size}/$kind"; done
  cp "$ICONS/proposaleditor-$size.png" "$STAGE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  cp "$ICONS/proposaleditor-$size.png" \
    "$STAGE/share/icons/hicolor/${size}x${size}/mimetypes/application-x-proposaleditor.png"
done
mkdir -p "$STAGE/share/icons/hicolor/scalable/apps"
cp "$ICONS/proposaleditor.svg" "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
TARBALL="$BUILD/$NAME.tar.gz"
tar -C "$BUILD/stage" -czf "$TARBALL" "$NAME"

echo "== smoke test of the tarball"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
tar -C "$SCRATCH" -xzf "$TARBALL"
"$SCRATCH/$NAME/install.sh" --prefix "$SCRATCH/prefix"
"$PYTHON" "$HERE/smoke_test.py" "$SCRATCH/prefix/bin" --version "$VERSION" --out "$BUILD/smoke"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$SCRATCH/prefix/share/applications/$APP_ID.desktop"
fi

echo "== done"
du -sh "$BUILD/dist/proposaleditor" | sed 's/\t/  unpacked: /'
du -h "$TARBALL" | sed 's/\t/  tarball: /'
