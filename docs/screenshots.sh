#!/usr/bin/env bash
# Renders the Chaos Day page's screenshots shown in the README into docs/screenshots/: the page's
# Velocity template with sample data, AUI 9's stylesheet (from npm) and the page's own script, in
# headless Chromium. Outside Jira, so without Jira's header and project sidebar around it.
set -euo pipefail
cd "$(dirname "$0")/.."

aui=target/aui
if [ ! -f "$aui/node_modules/@atlassian/aui/dist/aui/aui-prototyping.css" ]; then
  mkdir -p "$aui"
  npm install --prefix "$aui" --no-audit --no-fund --ignore-scripts @atlassian/aui@9.13.6 >/dev/null
fi
mvn -B -q test -Dtest=ChaosDayPageBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dchaosday.aui.css="$PWD/$aui/node_modules/@atlassian/aui/dist/aui/aui-prototyping.css" \
  -Dchaosday.screenshots="$PWD/docs/screenshots"
ls docs/screenshots
