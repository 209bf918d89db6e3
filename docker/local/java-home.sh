#!/usr/bin/env bash
# Prints the home of a JDK >= 21 (the backend compiles to Java 21 bytecode; Keycloak 26
# needs 21+). Order: $JAVA_HOME if it is 21+, Temurin 25 under /usr/lib/jvm, any other
# JDK 21+ under /usr/lib/jvm (newest first), the `java` on PATH. Fails with advice otherwise.
set -euo pipefail

major() { # JDK home -> major version (0 if unknown)
  local home="$1" v=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || { echo 0; return; }
  [ -f "$home/release" ] && v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
  [ -n "$v" ] || v="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
  echo "${v:-0}"
}

JVM_DIR="${DMS_JVM_DIR:-/usr/lib/jvm}"
candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
for d in "$JVM_DIR"/temurin-25*; do [ -d "$d" ] && candidates+=("$d"); done
while IFS= read -r d; do candidates+=("$d"); done < <(ls -d "$JVM_DIR"/*-2[1-9]* "$JVM_DIR"/*-[3-9][0-9]* 2>/dev/null | sort -rV)
if command -v javac >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
fi

seen=""
for home in "${candidates[@]}"; do
  m="$(major "$home")"
  seen="$seen  $home (Java ${m/#0/?})"$'\n'
  if [ "$m" -ge 21 ]; then echo "$home"; exit 0; fi
done

{
  echo "error: no JDK >= 21 found (the backend and Keycloak need Java 21 or newer)."
  [ -n "$seen" ] && printf 'checked:\n%s' "$seen"
  echo "Install one (e.g. Temurin 21/25, or Debian's openjdk-21-jdk) or point JAVA_HOME at it."
} >&2
exit 1
