#!/usr/bin/env bash
# Build the Teams app package (the zip you upload to Teams) for Coverage Bot.
#
#   bot-manifest/package.sh <bot-app-id>
#   BOT_APP_ID=<bot-app-id> bot-manifest/package.sh
#
# <bot-app-id> is the Microsoft App ID (client id of the Entra app registration) of the
# Azure Bot resource; it must be a GUID. It replaces ${{BOT_APP_ID}} in manifest.json.
# Optional: APP_VERSION=1.0.1 overrides "version" (Teams wants a higher version for an
# update of an app that is already uploaded); it must be MAJOR.MINOR.PATCH.
#
# Writes bot-manifest/build/manifest.json (the filled manifest, for inspection) and
# bot-manifest/build/coverage-bot.zip with manifest.json, color.png and outline.png at the
# zip root. Needs only bash and python3 (standard library); installs nothing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out_dir="$here/build"
zip_path="$out_dir/coverage-bot.zip"
# A failed run must not leave an older package behind that looks like its result.
rm -f "$zip_path" "$out_dir/manifest.json"

usage() {
  echo "usage: $0 <bot-app-id>   (or set BOT_APP_ID; optional APP_VERSION=x.y.z)" >&2
}

if [[ $# -gt 1 ]]; then
  usage
  exit 2
fi
bot_app_id="${1:-${BOT_APP_ID:-}}"
if [[ -z "$bot_app_id" ]]; then
  echo "error: no bot app id given" >&2
  usage
  exit 2
fi
guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$bot_app_id" =~ $guid_re ]]; then
  echo "error: bot app id '$bot_app_id' is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)" >&2
  exit 2
fi
app_version="${APP_VERSION:-}"
if [[ -n "$app_version" && ! "$app_version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]]; then
  echo "error: APP_VERSION '$app_version' is not MAJOR.MINOR.PATCH" >&2
  exit 2
fi

command -v python3 >/dev/null || { echo "error: python3 is required" >&2; exit 2; }

mkdir -p "$out_dir"

python3 - "$here" "$out_dir" "$zip_path" "$bot_app_id" "$app_version" <<'PY'
import json
import os
import re
import sys
import zipfile

src, out_dir, zip_path, bot_app_id, app_version = sys.argv[1:6]

with open(os.path.join(src, "manifest.json"), encoding="utf-8") as f:
    text = f.read()
if "${{BOT_APP_ID}}" not in text:
    sys.exit("error: manifest.json has no ${{BOT_APP_ID}} placeholder to fill")
text = text.replace("${{BOT_APP_ID}}", bot_app_id)
left = sorted(set(re.findall(r"\$\{\{[^}]*\}\}", text)))
if left:
    sys.exit("error: manifest.json still has unfilled placeholders: " + ", ".join(left))
manifest = json.loads(text)
if app_version:
    manifest["version"] = app_version
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"

icons = [manifest["icons"]["color"], manifest["icons"]["outline"]]
for icon in icons:
    if "/" in icon or "\\" in icon or not os.path.isfile(os.path.join(src, icon)):
        sys.exit(f"error: icon '{icon}' must be a file next to manifest.json")

with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
    f.write(text)

# Fixed timestamps and order: the same inputs give the same zip.
def add(zf, name, data):
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)

tmp = zip_path + ".tmp"
with zipfile.ZipFile(tmp, "w") as zf:
    add(zf, "manifest.json", text.encode("utf-8"))
    for icon in icons:
        with open(os.path.join(src, icon), "rb") as f:
            add(zf, icon, f.read())
os.replace(tmp, zip_path)
print(f"wrote {zip_path} (bot id {bot_app_id}, version {manifest['version']})")
PY
