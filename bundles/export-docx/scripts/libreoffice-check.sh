#!/usr/bin/env bash
# Opens every exported DOCX in LibreOffice (headless), converts it to PDF and renders its first page
# to PNG, to show that the files open and look like official documents. Not run by CI (slow).
# Needs: apt-get install -y --no-install-recommends libreoffice-writer poppler-utils
# Usage: scripts/libreoffice-check.sh [dir-with-docx]   (default: target/exports, written by the tests)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
src="${1:-$here/target/exports}"
out="$here/target/libreoffice"
mkdir -p "$out"
shopt -s nullglob
files=("$src"/*.docx)
if [ ${#files[@]} -eq 0 ]; then
  echo "no .docx in $src: run 'mvn -B -o verify -pl bundles/export-docx -am' first" >&2
  exit 1
fi
# A profile of our own, so that a LibreOffice already running elsewhere is not disturbed.
profile="file:///tmp/thidua-lo-profile-$$"
status=0
for f in "${files[@]}"; do
  name="$(basename "$f" .docx)"
  start=$(date +%s%N)
  if ! libreoffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$out" "$f" >/dev/null 2>&1 \
      || [ ! -s "$out/$name.pdf" ]; then
    echo "FAIL $name: LibreOffice did not convert it" >&2
    status=1
    continue
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  pages=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ {print $2}')
  pdftoppm -png -r 60 -f 1 -l 2 "$out/$name.pdf" "$out/$name"
  echo "ok   $name: $pages pages, converted in ${ms} ms, first pages in $out/$name-1.png"
done
rm -rf "/tmp/thidua-lo-profile-$$"
exit $status
