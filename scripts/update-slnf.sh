#!/usr/bin/env bash
# Regenerates PartnershipHub.Local.slnf: every project of the solution except the AppHost, whose Aspire
# hosting packages are not served on every package source. Run it after adding a project to the .sln.
# (Reads the .sln as text: `dotnet sln list` would need the AppHost's SDK to load it.)
set -euo pipefail
cd "$(dirname "$0")/.."
{
  printf '{\n  "solution": {\n    "path": "PartnershipHub.sln",\n    "projects": [\n'
  grep -E '^Project\(.*\.csproj"' PartnershipHub.sln \
    | sed -E 's/^[^=]*= "[^"]*", "([^"]*)".*/\1/' \
    | grep -v '^AppHost\\' | sort \
    | sed 's/\\/\\\\/g; s/.*/      "&"/' | paste -sd, - | sed 's/,/,\n/g'
  printf '\n    ]\n  }\n}\n'
} > PartnershipHub.Local.slnf
echo "PartnershipHub.Local.slnf: $(grep -c csproj PartnershipHub.Local.slnf) projects"
