#!/usr/bin/env bash
# Remakes the README's review and lessons page screenshots: a filled-in Chaos Day (in-memory Jira) rendered as publish --preview
# renders it, photographed in headless Chromium. Usage: docs/review-screenshots.sh [TEAMS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
teams="${1:-3}"
out="target/sample-previews/$teams"
mvn -B -q test-compile >/dev/null
cp="target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$cp" io.chaosday.workflow.SamplePreviews "$out" "$teams"
shoot() { # page file, png, height
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,"$3" \
    --screenshot="$2" "file://$PWD/$out/$1" >/dev/null 2>&1
  echo "wrote $2"
}
if [ "$teams" = 3 ]; then
  shoot 00.html docs/lessons-page.png 1150
  shoot 01.html docs/review-page.png 2280
else
  for f in "$out"/*.html; do shoot "$(basename "$f")" "$out/$(basename "$f" .html).png" 2600; done
fi
