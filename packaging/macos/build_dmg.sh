#!/usr/bin/env bash
# Check Factlane.app (made by PyInstaller from packaging/factlane.spec, with the document type
# from packaging/macos/Info.plist), sign it when an identity is given, and wrap it in a .dmg
# with a link to /Applications.
#
#   packaging/macos/build_dmg.sh dist/Factlane.app dist 0.1.0
#
# Optional environment:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: ..." to sign with (else PyInstaller's
#                         ad-hoc signature stays, which runs locally but Gatekeeper warns about)
#   MACOS_NOTARY_PROFILE  a `xcrun notarytool store-credentials` profile: notarize and staple
#   MACOS_NOTARY_KEYCHAIN the keychain that profile was stored in, when not the login keychain
set -euo pipefail

app=${1:?usage: build_dmg.sh APP OUTDIR VERSION}
outdir=${2:?usage: build_dmg.sh APP OUTDIR VERSION}
version=${3:?usage: build_dmg.sh APP OUTDIR VERSION}
app=${app%/}

say() { echo "build_dmg: $*"; }
die() { echo "build_dmg: $*" >&2; exit 1; }

[[ "$(uname -s)" == Darwin ]] || die "needs macOS (hdiutil, codesign, plutil)"
[[ -d "$app/Contents/MacOS" ]] || die "$app is not an app bundle; run packaging/build.py first"

plist="$app/Contents/Info.plist"
plutil -lint "$plist" >/dev/null || die "$plist is not a valid property list"
exe=$(/usr/libexec/PlistBuddy -c "Print :CFBundleExecutable" "$plist")
[[ -x "$app/Contents/MacOS/$exe" ]] || die "CFBundleExecutable $exe is not in Contents/MacOS"
ext=$(/usr/libexec/PlistBuddy -c "Print :CFBundleDocumentTypes:0:CFBundleTypeExtensions:0" "$plist")
[[ "$ext" == factlane ]] || die "the app does not declare the .factlane document type"
icon=$(/usr/libexec/PlistBuddy -c "Print :CFBundleIconFile" "$plist")
[[ -f "$app/Contents/Resources/$icon" ]] || die "the icon $icon is not in Contents/Resources"
bundle_version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$plist")
[[ "$bundle_version" == "$version" ]] || die "the app says version $bundle_version, not $version"

# The frozen app must start before it is shipped: the command line needs no window server.
"$app/Contents/MacOS/$exe" --version

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  say "signing with $MACOS_SIGN_IDENTITY"
  # Inside out: every Mach-O file (libraries, Qt framework binaries, the executable), then the
  # bundle, with the hardened runtime that notarization requires.
  while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q 'Mach-O'; then
      codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$file"
    fi
  done < <(find "$app/Contents" -type f -print0)
  codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$app"
fi
codesign --verify --deep --strict "$app" || die "the app's signature does not verify"

mkdir -p "$outdir"
dmg="$outdir/Factlane-$version-macos-$(uname -m).dmg"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/Factlane.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
say "creating $dmg"
hdiutil create -volname "Factlane $version" -srcfolder "$staging" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [[ -n "${MACOS_NOTARY_PROFILE:-}" ]]; then
  say "notarizing"
  notary_keychain=()
  [[ -n "${MACOS_NOTARY_KEYCHAIN:-}" ]] && notary_keychain=(--keychain "$MACOS_NOTARY_KEYCHAIN")
  xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" \
    ${notary_keychain[@]+"${notary_keychain[@]}"} --wait
  xcrun stapler staple "$dmg"
fi
say "$dmg $(du -h "$dmg" | cut -f1)"
