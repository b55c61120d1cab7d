#!/usr/bin/env bash
# Copies the README's screenshots from the last browser test run (modules/app/target/screenshots) to docs/screenshots/,
# each under a stable name, and shrinks any PNG over 300 KB (Java's ImageIO, ShrinkPng.java beside this script).
# Take them first, e.g.:
#   mvn -B -ntp verify -pl modules/app -am -Dit.test=AccessibilityIT,PortalScreensIT,GroupScreensIT -Dtest=none \
#       -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dledernett.uberjar.skip=true
# Usage: bash deploy/docs/update-screenshots.sh [screenshots folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
from="${1:-modules/app/target/screenshots}"
to=docs/screenshots
max_bytes=$((300 * 1024))
mkdir -p "$to"

# README name <- the name the browser tests give it (AccessibilityIT: screen-<role>-<page>[-<parameter>]; the screen
# tests: their own names).
shots=(
    "sign-in:screen-anonymous-login"
    "admin-start:screen-staff-admin-index"
    "groups:screen-staff-admin-groups-index"
    "group:screen-staff-admin-groups-group-id"
    "find-adviser:group-find-adviser"
    "meeting-room:screen-adviser-admin-meetings-meeting-id"
    "municipality:screen-staff-admin-municipalities-municipality-number"
    "portal-contact:portal-contact"
    "portal-group:portal-group"
    "portal-leader:portal-leader"
    "portal-challenge:screen-participant-portal-meeting-id"
    "management-figures:screen-staff-admin-reports-figures"
    "notifications:notifications"
    "invitations:invitations"
    "api-docs:api-docs"
)
missing=0
for shot in "${shots[@]}"; do
    name="${shot%%:*}" source="$from/${shot#*:}.png"
    # AccessibilityIT shows each page in one of the three languages in turn; "-nn"/"-en" names the others.
    for language in nn en; do
        [[ -f "$source" ]] || source="$from/${shot#*:}-$language.png"
    done
    [[ -f "$source" ]] || source="$from/${shot#*:}.png"
    if [[ ! -f "$source" ]]; then
        echo "missing: $source (run the test class that takes it)" >&2
        missing=$((missing + 1))
        continue
    fi
    cp "$source" "$to/$name.png"
    if (( $(stat -c %s "$to/$name.png") > max_bytes )); then
        java deploy/docs/ShrinkPng.java "$to/$name.png" "$max_bytes"
    fi
    echo "$to/$name.png: $(( $(stat -c %s "$to/$name.png") / 1024 )) KB"
done
(( missing == 0 )) || { echo "$missing screenshot(s) missing" >&2; exit 1; }
