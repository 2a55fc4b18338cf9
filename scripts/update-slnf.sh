#!/usr/bin/env bash
# Regenerates PartnershipHub.Local.slnf: every project of the solution except the AppHost, whose Aspire
# hosting packages are not served on every package source. Run it after `dotnet sln add`.
set -euo pipefail
cd "$(dirname "$0")/.."
{
  printf '{\n  "solution": {\n    "path": "PartnershipHub.sln",\n    "projects": [\n'
  dotnet sln PartnershipHub.sln list | grep -E '\.csproj$' | grep -v '^AppHost/' | sort | sed 's/\//\\\\/g; s/.*/      "&"/' | paste -sd, - | sed 's/,/,\n/g'
  printf '    ]\n  }\n}\n'
} > PartnershipHub.Local.slnf
echo "PartnershipHub.Local.slnf: $(grep -c csproj PartnershipHub.Local.slnf) projects"
