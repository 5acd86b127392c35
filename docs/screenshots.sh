#!/usr/bin/env bash
# Renders the screenshots shown in the README into docs/screenshots/: the Chaos Day page's and the
# Confluence settings page's Velocity templates with sample data, AUI 9's stylesheet (from npm) and the
# page's own script, in headless Chromium. Outside Jira, so without Jira's header, project sidebar or
# administration menu around them.
set -euo pipefail
cd "$(dirname "$0")/.."

aui=target/aui
if [ ! -f "$aui/node_modules/@atlassian/aui/dist/aui/aui-prototyping.css" ]; then
  mkdir -p "$aui"
  npm install --prefix "$aui" --no-audit --no-fund --ignore-scripts @atlassian/aui@9.13.6 >/dev/null
fi
mvn -B -q test -Dtest='ChaosDayPageBrowserTest,ConfluenceSettingsBrowserTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dchaosday.aui.css="$PWD/$aui/node_modules/@atlassian/aui/dist/aui/aui-prototyping.css" \
  -Dchaosday.screenshots="$PWD/docs/screenshots"
ls docs/screenshots
