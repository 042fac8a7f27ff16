#!/usr/bin/env bash
# Tests for the Teams app package: builds it with a test bot id, validates it offline, and
# checks that broken packages are rejected. Last line: "N passed, M failed"; exit 1 if M > 0.
#
#   bash bot-manifest/test.sh
#
# Needs bash, python3 and node/npm. Runs `npm ci` in validate/ (from the committed lock file)
# when validate/node_modules is missing; nothing else is installed.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
validate_dir="$here/validate"
zip="$here/build/coverage-bot.zip"
test_id="0f8fad5b-d9cb-469f-a165-70867728950e"
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

# check NAME COMMAND...: passes when the command exits 0
check() {
  local name="$1" out
  shift
  if out="$("$@" 2>&1)"; then pass "$name"; else fail "$name" "$out"; fi
}

# rejects NAME EXPECTED_TEXT COMMAND...: passes when the command fails and mentions EXPECTED_TEXT
rejects() {
  local name="$1" expected="$2" out
  shift 2
  if out="$("$@" 2>&1)"; then
    fail "$name" "accepted, but should have been rejected:"$'\n'"$out"
  elif ! grep -qF -- "$expected" <<<"$out"; then
    fail "$name" "rejected, but without mentioning '$expected':"$'\n'"$out"
  else
    pass "$name"
  fi
}

validator() { node "$validate_dir/validate.js" "$@"; }

# a package folder from the built manifest and icons, with the manifest changed by a python
# statement on `m`
bad_package() {
  local dir="$tmp/$1" statement="$2"
  mkdir -p "$dir"
  cp "$here/color.png" "$here/outline.png" "$dir/"
  python3 - "$here/build/manifest.json" "$dir/manifest.json" "$statement" <<'PY'
import json, sys
src, dst, statement = sys.argv[1:4]
m = json.load(open(src, encoding="utf-8"))
exec(statement)
json.dump(m, open(dst, "w", encoding="utf-8"), indent=2)
PY
  echo "$dir"
}

# ------------------------------------------------------------------ setup
if [[ ! -d "$validate_dir/node_modules/@microsoft/app-manifest" ]]; then
  check "npm ci in validate/" npm ci --prefix "$validate_dir" --no-audit --no-fund
fi

# ------------------------------------------------------------------ sources
check "icons are what icons/make_icons.py draws (reproducible)" bash -c '
  python3 "$1/icons/make_icons.py" "$2/icons" >/dev/null &&
  cmp "$1/color.png" "$2/icons/color.png" && cmp "$1/outline.png" "$2/icons/outline.png"' _ "$here" "$tmp"

newest="$(validator --newest-schema 2>&1)"
check "manifest.json uses the newest bundled Teams schema (v$newest)" python3 -c '
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
want = sys.argv[2]
assert m["manifestVersion"] == want, (m["manifestVersion"], want)
assert f"/teams/v{want}/MicrosoftTeams.schema.json" in m["$schema"], m["$schema"]
' "$here/manifest.json" "$newest"

# ------------------------------------------------------------------ package.sh
rejects "package.sh refuses a bot id that is not a GUID" "not a GUID" "$here/package.sh" "not-a-guid"
check "... and leaves no package behind" test ! -e "$zip"
rejects "package.sh refuses to run without a bot id" "no bot app id" env -u BOT_APP_ID "$here/package.sh"
rejects "package.sh refuses an APP_VERSION that is not x.y.z" "APP_VERSION" env APP_VERSION=1.0 "$here/package.sh" "$test_id"

check "package.sh builds the package (id from BOT_APP_ID)" env BOT_APP_ID="$test_id" "$here/package.sh"
cp "$zip" "$tmp/first.zip" 2>/dev/null
check "package.sh builds the package (id as argument)" "$here/package.sh" "$test_id"
check "the package is byte-for-byte reproducible" cmp "$tmp/first.zip" "$zip"

# ------------------------------------------------------------------ the built package
out="$(validator "$zip" --expect-bot-id "$test_id" 2>&1)"
status=$?
while IFS= read -r line; do
  case "$line" in
    "ok - "*) pass "validator: ${line#ok - }" ;;
    "not ok - "*) fail "validator: ${line#not ok - }" ;;
    "    "*) echo "     | ${line#    }" ;;
  esac
done <<<"$out"
if [[ $status -eq 0 ]]; then pass "validator accepts the built package"; else fail "validator accepts the built package" "exit status $status"; fi

check "the bot is in personal, team and groupChat with example commands and help" python3 -c '
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
assert m["name"]["short"] == "Coverage Bot", m["name"]
bot = m["bots"][0]
assert set(bot["scopes"]) == {"personal", "team", "groupChat"}, bot["scopes"]
titles = [c["title"] for l in bot["commandLists"] for c in l["commands"]]
for t in ("help", "what did Putin say about collusion?", "who said \"I hold both countries responsible\"?"):
    assert t in titles, (t, titles)
for l in bot["commandLists"]:
    assert set(l["scopes"]) <= set(bot["scopes"]), l["scopes"]
' "$here/build/manifest.json"

# ------------------------------------------------------------------ broken packages are rejected
rejects "validator rejects a manifest without a bot id" "botId" \
  validator "$(bad_package no-bot-id 'del m["bots"][0]["botId"]')"
rejects "validator rejects a bot id that is not a GUID" "botId" \
  validator "$(bad_package bad-bot-id 'm["bots"][0]["botId"] = "coverage-bot"')"
rejects "validator rejects a version that is not x.y.z" "version '1.0'" \
  validator "$(bad_package bad-version 'm["version"] = "1.0"')"
rejects "validator rejects a manifestVersion that does not match \$schema" "manifestVersion" \
  validator "$(bad_package bad-manifest-version 'm["manifestVersion"] = "1.99"')"
rejects "validator rejects an unknown top-level property" "additional properties" \
  validator "$(bad_package extra-property 'm["botEndpoint"] = "https://example.com/api/messages"')"
rejects "validator rejects a short description over 80 characters" "/description/short" \
  validator "$(bad_package long-description 'm["description"]["short"] = "x" * 81')"
rejects "validator rejects a developer URL that is not http(s)" "/developer/privacyUrl" \
  validator "$(bad_package bad-url 'm["developer"]["privacyUrl"] = "example.com/privacy"')"
rejects "validator rejects a \$schema it does not bundle" "not bundled" \
  validator "$(bad_package unknown-schema 'm["$schema"] = m["$schema"].replace("v1.30", "v9.99"); m["manifestVersion"] = "9.99"')"
rejects "validator rejects the unfilled template" "unfilled placeholder" validator "$here"

dir="$(bad_package opaque-outline 'pass')"
cp "$here/color.png" "$dir/outline.png"
rejects "validator rejects an outline icon without transparency (and of the wrong size)" "has no alpha" validator "$dir"

dir="$(bad_package swapped-icons 'm["icons"]["color"], m["icons"]["outline"] = "outline.png", "color.png"')"
rejects "validator rejects icons of the wrong size" "is 32x32" validator "$dir"

rejects "validator rejects a zip with the files in a folder" "not at the zip root" validator "$(
  python3 - "$zip" "$tmp/nested.zip" <<'PY'
import sys, zipfile
src, dst = sys.argv[1:3]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        zout.writestr("coverage-bot/" + info.filename, zin.read(info))
print(dst)
PY
)"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
