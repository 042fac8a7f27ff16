#!/usr/bin/env bash
# Offline checks of the Azure deployment files: compiles and lints main.bicep with the Bicep
# CLI (which knows the resource types and API versions it uses), and checks that
# main.parameters.json only sets parameters the template declares, with the right types and
# allowed values. Last line: "N passed, M failed"; exit 1 if M > 0.
#
#   bash deploy/azure/check.sh
#
# The Bicep CLI comes from `bicep` on PATH, or $BICEP, or else the NuGet package
# Azure.Bicep.CommandLine.linux-x64 (pinned below), restored once with `dotnet restore`
# into ~/.cache/coverage-bot/bicep (needs the .NET SDK and the NuGet registry once).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bicep_version="0.49.2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() {
  failed=$((failed + 1))
  echo "FAIL $1"
  if [[ -n "${2:-}" ]]; then sed 's/^/     | /' <<<"$2"; fi
}

find_bicep() {
  if [[ -n "${BICEP:-}" ]]; then echo "$BICEP"; return; fi
  if command -v bicep >/dev/null; then command -v bicep; return; fi
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/coverage-bot/bicep"
  local exe="$cache/packages/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
  if [[ ! -x "$exe" ]]; then
    mkdir -p "$cache"
    # A throwaway project outside the repository, so the repository's build settings and
    # central package versions do not apply to it.
    cat >"$cache/BicepCli.proj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$bicep_version]" />
  </ItemGroup>
</Project>
EOF
    (cd "$cache" && dotnet restore BicepCli.proj --packages "$cache/packages" >"$cache/restore.log" 2>&1) || {
      cat "$cache/restore.log" >&2
      return 1
    }
    chmod +x "$exe"
  fi
  echo "$exe"
}

if bicep="$(find_bicep)" && [[ -x "$bicep" ]]; then
  pass "Bicep CLI available ($("$bicep" --version 2>&1 | head -1))"
else
  fail "Bicep CLI available" "set BICEP=/path/to/bicep or put bicep on PATH"
  echo "$passed passed, $failed failed"
  exit 1
fi

if out="$("$bicep" build "$here/main.bicep" --outfile "$tmp/main.json" 2>&1)"; then
  pass "main.bicep compiles"
else
  fail "main.bicep compiles" "$out"
fi

# lint prints nothing when there is nothing to say; any warning counts as a failure here
out="$("$bicep" lint "$here/main.bicep" 2>&1)"
status=$?
if [[ $status -eq 0 && -z "$out" ]]; then pass "main.bicep lints clean (no warnings)"; else fail "main.bicep lints clean (no warnings)" "$out"; fi

if [[ -f "$tmp/main.json" ]]; then
  out="$(python3 - "$tmp/main.json" "$here/main.parameters.json" <<'PY' 2>&1
import json, sys
template = json.load(open(sys.argv[1]))
params = json.load(open(sys.argv[2]))
declared = template["parameters"]
problems = []
kinds = {"string": str, "securestring": str, "bool": bool, "int": int, "array": list, "object": dict, "secureobject": dict}
for name, entry in params.get("parameters", {}).items():
    if name not in declared:
        problems.append(f"{name}: not a parameter of main.bicep")
        continue
    decl = declared[name]
    if "value" not in entry:
        problems.append(f"{name}: has no value (Key Vault references are fine too, but none is used here)")
        continue
    value = entry["value"]
    want = kinds[decl["type"].lower()]
    if not isinstance(value, want) or (want is int and isinstance(value, bool)):
        problems.append(f"{name}: {type(value).__name__} given, {decl['type']} expected")
    if "allowedValues" in decl and value not in decl["allowedValues"]:
        problems.append(f"{name}: {value!r} is not one of {decl['allowedValues']}")
    if decl["type"].lower().startswith("secure"):
        problems.append(f"{name}: a secret does not belong in a committed parameters file")
for name, decl in declared.items():
    if "defaultValue" not in decl and name not in params.get("parameters", {}):
        problems.append(f"{name}: required and not set")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
)"
  if [[ $? -eq 0 ]]; then pass "main.parameters.json matches the template's parameters"; else fail "main.parameters.json matches the template's parameters" "$out"; fi

  out="$(python3 - "$tmp/main.json" <<'PY' 2>&1
import json, sys
t = json.load(open(sys.argv[1]))
resources = t["resources"]
resources = resources.values() if isinstance(resources, dict) else resources
found = {(r["type"], r.get("apiVersion")) for r in resources}
channels = {r["properties"]["channelName"] for r in resources if r["type"] == "Microsoft.BotService/botServices/channels"}
want = {("Microsoft.Web/serverfarms", "2023-12-01"), ("Microsoft.Web/sites", "2023-12-01"),
        ("Microsoft.BotService/botServices", "2022-09-15")}
problems = [f"missing {t} @ {v}" for t, v in sorted(want - found)]
problems += [f"missing channel {c}" for c in sorted({"MsTeamsChannel", "SlackChannel", "DirectLineChannel"} - channels)]
secure = [n for n, p in t["parameters"].items() if p["type"].lower() == "securestring"]
for n in ("microsoftAppPassword", "slackClientId", "slackClientSecret", "slackSigningSecret", "slackVerificationToken"):
    if n not in secure:
        problems.append(f"{n} is not @secure()")
site = next(r for r in resources if r["type"] == "Microsoft.Web/sites")
settings = site["properties"]["siteConfig"]["appSettings"]
for n in ("MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "ChatBot__ArticlesPath", "ChatBot__IndexPath"):
    if f"'{n}'" not in settings:
        problems.append(f"app setting {n} missing")
for o in ("botEndpoint", "webAppUrl"):
    if o not in t.get("outputs", {}):
        problems.append(f"output {o} missing")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
)"
  if [[ $? -eq 0 ]]; then
    pass "template has the plan, web app, bot, three channels, secure secrets, app settings and outputs"
  else
    fail "template has the plan, web app, bot, three channels, secure secrets, app settings and outputs" "$out"
  fi
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
