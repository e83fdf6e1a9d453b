#!/usr/bin/env bash
# The "java" of `mvn javafx:run` while target/dhi-picker.jsa exists (profile cds-run in pom.xml).
# An AppCDS archive only applies to the class path it was dumped with, and javafx:run puts the
# target/classes directory first, which no archive can cover (the JVM would then drop the whole
# archive, the JDK's classes included). So while the jar that `mvn package` made is current (no
# compiled class or resource is newer; the compact catalog is rewritten by every build, and the
# JSON it comes from is compared instead), the wizard is started from the jar with its archive,
# exactly as the README's `java -XX:SharedArchiveFile=... -jar` line does; otherwise the command
# line the plugin built runs unchanged.
set -euo pipefail
dir=$(cd "$(dirname "$0")/.." && pwd)
jar="$dir/target/dhi-picker.jar"
jsa="$dir/target/dhi-picker.jsa"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ -f "$jar" ] && [ -f "$jsa" ] \
   && [ -z "$(find "$dir/target/classes" -type f -newer "$jar" ! -name dhi-catalog.bin -print -quit)" ]; then
  exec "$java" -XX:SharedArchiveFile="$jsa" -jar "$jar"
fi
echo "javafx:run: target/dhi-picker.jar is older than target/classes: running without the archive (mvn package makes a new one)" >&2
exec "$java" "$@"
