#!/usr/bin/env bash
# Regenerates PartnershipHub.Local.slnf: every project of the solution, the AppHost included, except the AppHost's
# own tests and the sweep, which start whole systems and run as steps of their own (scripts/test.sh). Run it after adding a
# project to the .sln. (Reads the .sln as text.)
set -euo pipefail
cd "$(dirname "$0")/.."
{
  printf '{\n  "solution": {\n    "path": "PartnershipHub.sln",\n    "projects": [\n'
  grep -E '^Project\(.*\.csproj"' PartnershipHub.sln \
    | sed -E 's/^[^=]*= "[^"]*", "([^"]*)".*/\1/' \
    | grep -v -e '^tests\\AppHost.Tests\\' -e '^tests\\Sweep.Tests\\' | sort \
    | sed 's/\\/\\\\/g; s/.*/      "&"/' | paste -sd, - | sed 's/,/,\n/g'
  printf '\n    ]\n  }\n}\n'
} > PartnershipHub.Local.slnf
echo "PartnershipHub.Local.slnf: $(grep -c csproj PartnershipHub.Local.slnf) projects"
