#!/usr/bin/env bash
# A platform's .vsix that brings its own Java: a runtime made by jlink from the modules jdeps finds for the server
# jar plus those it loads reflectively (zip file system, EC crypto, charsets, locale data), in jre/ for the
# package only, then `vsce package --target`. The universal .vsix (npm run package) carries no runtime.
# Usage: package-platform.sh TARGET JLINK [JMODS]
#   TARGET  a vsce target: linux-x64, win32-x64, darwin-arm64, …
#   JLINK   the jlink to run; JMODS the target platform's jmods folder (of the same Java version as that jlink),
#           or empty for the running JDK's own modules (a JDK 24+ without jmods links from its run-time image)
set -euo pipefail
target="$1"
jlink="$2"
jmods="${3:-}"
cd "$(dirname "$0")/.."
modules=java.base,java.compiler,java.desktop,java.management,java.naming,java.security.jgss,java.sql,java.xml.crypto,jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.charsets,jdk.localedata
major="$("$jlink" --version | cut -d. -f1)"
compress=2
if [ "$major" -ge 21 ]; then compress=zip-6; fi
args=(--add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress="$compress" --output jre)
if [ -n "$jmods" ]; then args=(--module-path "$jmods" "${args[@]}"); fi
rm -rf jre
trap 'rm -rf jre' EXIT # never left for the next universal package to pick up
"$jlink" "${args[@]}"
jre/bin/java -version 2>&1 | head -1
mkdir -p target
vsce package --target "$target" --no-dependencies --allow-missing-repository --skip-license --no-rewrite-relative-links \
  -o "target/nianbao-$target.vsix"
