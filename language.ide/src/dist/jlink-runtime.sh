#!/usr/bin/env bash
# The one Java runtime recipe, for the command-line download with its own Java and the platform .vsix alike:
# jlink of the modules jdeps finds for nianbao.jar plus those it loads reflectively (zip file system, EC crypto,
# charsets, locale data). Usage: jlink-runtime.sh OUT JLINK [JMODS]
#   OUT    the runtime folder to write (bin/java inside)
#   JLINK  the jlink to run; JMODS the target platform's jmods folder (of the same Java version as that jlink),
#          or empty for the running JDK's own modules (a JDK 24+ without jmods links from its run-time image)
# A runtime already in OUT from the same jlink, jmods and modules is kept (jlink takes 40 s or more).
set -euo pipefail
out="$1"
jlink="$2"
jmods="${3:-}"
# jdeps --print-module-deps --ignore-missing-deps --multi-release 17 on the jar without its
# META-INF/versions/9/module-info.class (jdeps stops at it): the first nine; jdeps takes 35 s, so not every build
modules=java.base,java.compiler,java.desktop,java.management,java.naming,java.security.jgss,java.sql,java.xml.crypto,jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.charsets,jdk.localedata
major="$("$jlink" --version | cut -d. -f1)"
compress=2
if [ "$major" -ge 21 ]; then compress=zip-6; fi
args=(--add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress="$compress")
if [ -n "$jmods" ]; then args=(--module-path "$jmods" "${args[@]}"); fi
recipe="$(readlink -f "$jlink") $("$jlink" --version) ${args[*]}"
if [ -n "$jmods" ]; then recipe="$recipe $(ls -l --time-style=+%s "$jmods" | md5sum)"; fi
if [ -f "$out.recipe" ] && [ -x "$out/bin/java" ] && [ "$(cat "$out.recipe")" = "$recipe" ]; then
  echo "Java runtime $out: kept (same recipe)"
  exit 0
fi
rm -rf "$out" "$out.recipe"
mkdir -p "$(dirname "$out")"
"$jlink" "${args[@]}" --output "$out"
printf '%s' "$recipe" >"$out.recipe"
echo "Java runtime $out: $("$out/bin/java" -version 2>&1 | head -1), $(du -sh "$out" | cut -f1)"
