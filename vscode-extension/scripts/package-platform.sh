#!/usr/bin/env bash
# A platform's .vsix that brings its own Java: the runtime language.ide's build linked (its
# src/dist/jlink-runtime.sh, the same the command-line download with its own Java carries), copied into jre/ for
# the package only, then `vsce package --target`. The universal .vsix (npm run package) carries no runtime.
# Usage: package-platform.sh TARGET RUNTIME
#   TARGET   a vsce target: linux-x64, win32-x64, darwin-arm64, …
#   RUNTIME  the runtime folder for that platform (mvn -P bundled-java package makes language.ide/target/jre-TARGET)
set -euo pipefail
target="$1"
runtime="$2"
cd "$(dirname "$0")/.."
if [ ! -d "$runtime/bin" ]; then
  echo "package-platform.sh: no Java runtime in $runtime (mvn -B -P bundled-java package links it)" >&2
  exit 2
fi
rm -rf jre
trap 'rm -rf jre' EXIT # never left for the next universal package to pick up
cp -a "$runtime" jre
mkdir -p target
vsce package --target "$target" --no-dependencies --allow-missing-repository --skip-license --no-rewrite-relative-links \
  -o "target/nianbao-$target.vsix"
