#!/usr/bin/env node
// Offline checks of a Teams app package for Coverage Bot.
//
//   node validate.js <coverage-bot.zip | folder with manifest.json> [--expect-bot-id GUID]
//   node validate.js --newest-schema     prints the newest Teams manifest version bundled
//
// Checks the zip layout, the manifest against the Teams JSON schema named by its "$schema"
// (loaded from the schemas bundled in @microsoft/app-manifest, never from the network), a few
// rules the schema leaves out, and the icons (PNG, sizes, outline white on transparent).
// Prints one "ok - ..." or "not ok - ..." line per check, the reasons indented below, and
// exits 0 when everything passed, 1 when a check failed, 2 on bad usage.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { AppManifestUtils } = require("@microsoft/app-manifest");

const SCHEMA_ROOT = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build",
  "json-schemas",
  "teams"
);
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const ICON_SIZES = { color: 192, outline: 32 };

// ---------------------------------------------------------------- results

const results = [];
function check(name, problems) {
  const list = (Array.isArray(problems) ? problems : [problems]).filter(Boolean);
  results.push({ name, problems: list });
  console.log(`${list.length ? "not ok" : "ok"} - ${name}`);
  for (const p of list) console.log(`    ${p}`);
  return list.length === 0;
}

// ---------------------------------------------------------------- schemas

function bundledTeamsVersions() {
  return fs
    .readdirSync(SCHEMA_ROOT)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .filter((d) => fs.existsSync(path.join(SCHEMA_ROOT, d, "MicrosoftTeams.schema.json")))
    .map((d) => d.slice(1))
    .sort((a, b) => {
      const [a1, a2] = a.split(".").map(Number);
      const [b1, b2] = b.split(".").map(Number);
      return a1 - b1 || a2 - b2;
    });
}

// The official URL is https://developer.microsoft.com/[locale/]json-schemas/teams/vX.Y/MicrosoftTeams.schema.json
function schemaVersionFromUrl(url) {
  const m = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/i.exec(
    url || ""
  );
  return m ? m[1] : undefined;
}

// ---------------------------------------------------------------- zip

// Reads a plain (non-ZIP64, unencrypted) zip: returns [{name, data}] in central directory order.
function readZip(buf) {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file (no end of central directory record)");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new Error("ZIP64 archives are not supported");
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("corrupt central directory");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw new Error(`${name}: encrypted entries are not supported`);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    let data;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = zlib.inflateRawSync(raw);
    else throw new Error(`${name}: unsupported compression method ${method}`);
    if (data.length !== size) throw new Error(`${name}: size mismatch after decompression`);
    entries.push({ name, data });
  }
  return entries;
}

// ---------------------------------------------------------------- png

function pngInfo(buf) {
  const SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIG)) throw new Error("not a PNG file");
  if (buf.toString("latin1", 12, 16) !== "IHDR") throw new Error("PNG does not start with IHDR");
  const info = {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    bitDepth: buf[24],
    colorType: buf[25],
    interlace: buf[28],
    hasTrns: false,
    idat: [],
  };
  for (let p = 8; p + 8 <= buf.length; ) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString("latin1", p + 4, p + 8);
    if (type === "tRNS") info.hasTrns = true;
    if (type === "IDAT") info.idat.push(buf.subarray(p + 8, p + 8 + len));
    if (type === "IEND") break;
    p += 12 + len;
  }
  // colour types 4 (grey + alpha) and 6 (RGBA) carry alpha; others only via a tRNS chunk
  info.hasAlpha = info.colorType === 4 || info.colorType === 6 || info.hasTrns;
  return info;
}

// Decodes 8-bit, non-interlaced grey/RGB/grey+alpha/RGBA images into RGBA pixels.
function pngPixels(info) {
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[info.colorType];
  if (!channels || info.bitDepth !== 8 || info.interlace !== 0) {
    throw new Error(
      `cannot decode colour type ${info.colorType}, bit depth ${info.bitDepth}, interlace ${info.interlace}`
    );
  }
  const data = zlib.inflateSync(Buffer.concat(info.idat));
  const stride = info.width * channels;
  if (data.length !== (stride + 1) * info.height) throw new Error("PNG image data has the wrong length");
  const rgba = Buffer.alloc(info.width * info.height * 4);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < info.height; y++) {
    const filter = data[y * (stride + 1)];
    const line = Buffer.from(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let add;
      if (filter === 0) add = 0;
      else if (filter === 1) add = a;
      else if (filter === 2) add = b;
      else if (filter === 3) add = (a + b) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else throw new Error(`unknown PNG filter type ${filter}`);
      line[i] = (line[i] + add) & 0xff;
    }
    for (let x = 0; x < info.width; x++) {
      const s = x * channels;
      const d = (y * info.width + x) * 4;
      const grey = channels <= 2;
      rgba[d] = line[s];
      rgba[d + 1] = grey ? line[s] : line[s + 1];
      rgba[d + 2] = grey ? line[s] : line[s + 2];
      rgba[d + 3] = channels === 2 ? line[s + 1] : channels === 4 ? line[s + 3] : 255;
    }
    prev = line;
  }
  return rgba;
}

// ---------------------------------------------------------------- package checks

function loadPackage(input) {
  const files = new Map();
  if (fs.statSync(input).isDirectory()) {
    for (const name of fs.readdirSync(input)) {
      const full = path.join(input, name);
      if (fs.statSync(full).isFile()) files.set(name, fs.readFileSync(full));
    }
    check("package folder has manifest.json", files.has("manifest.json") ? [] : "manifest.json is missing");
    return { files, isZip: false };
  }
  let entries;
  try {
    entries = readZip(fs.readFileSync(input));
  } catch (e) {
    check("package is a readable zip", e.message);
    return { files, isZip: true };
  }
  check("package is a readable zip", []);
  const problems = [];
  for (const { name, data } of entries) {
    if (name.includes("/") || name.includes("\\")) problems.push(`entry '${name}' is not at the zip root`);
    else if (files.has(name)) problems.push(`entry '${name}' appears twice`);
    else files.set(name, data);
  }
  if (!files.has("manifest.json")) problems.push("manifest.json is not at the zip root");
  check("zip has manifest.json at its root and no folders", problems);
  return { files, isZip: true };
}

async function validateManifest(files, expectBotId) {
  const raw = files.get("manifest.json");
  if (!raw) return undefined;
  let manifest;
  const parseProblems = [];
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) parseProblems.push("starts with a UTF-8 byte order mark");
  const text = raw.toString("utf8");
  try {
    manifest = JSON.parse(text.replace(/^\uFEFF/, ""));
    if (!manifest || typeof manifest !== "object" || Array.isArray(manifest)) parseProblems.push("is not a JSON object");
  } catch (e) {
    parseProblems.push(`is not valid JSON: ${e.message}`);
  }
  if (!check("manifest.json is a UTF-8 JSON object", parseProblems.map((p) => `manifest.json ${p}`))) return undefined;

  const placeholders = [...new Set(text.match(/\$\{\{[^}]*\}\}/g) || [])];
  check(
    "manifest has no unfilled ${{...}} placeholders",
    placeholders.map((p) => `unfilled placeholder ${p} (run package.sh)`)
  );

  const schemaVersion = schemaVersionFromUrl(manifest.$schema);
  const schemaProblems = [];
  let schemaFile;
  if (!schemaVersion) {
    schemaProblems.push(`$schema '${manifest.$schema}' is not an official Teams manifest schema URL`);
  } else {
    schemaFile = path.join(SCHEMA_ROOT, `v${schemaVersion}`, "MicrosoftTeams.schema.json");
    if (!fs.existsSync(schemaFile)) {
      schemaProblems.push(
        `schema v${schemaVersion} is not bundled with @microsoft/app-manifest (bundled: ${bundledTeamsVersions().join(", ")})`
      );
      schemaFile = undefined;
    }
    if (manifest.manifestVersion !== schemaVersion) {
      schemaProblems.push(`manifestVersion '${manifest.manifestVersion}' does not match $schema v${schemaVersion}`);
    }
  }
  check("$schema names a bundled Teams schema matching manifestVersion", schemaProblems);

  if (schemaFile) {
    // Pass the schema ourselves so validateAgainstSchema never goes to the network.
    const schema = JSON.parse(
      fs.readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b")
    );
    const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
    check(`manifest matches the Teams v${schemaVersion} JSON schema`, errors.map((e) => e.trim()));
  } else {
    check("manifest matches the Teams JSON schema", "no bundled schema to validate against (see above)");
  }

  // Rules Teams enforces on upload that the JSON schema does not express (v1.30 only limits
  // the length of "version").
  check(
    "version is MAJOR.MINOR.PATCH",
    SEMVER.test(String(manifest.version)) ? [] : `version '${manifest.version}' is not MAJOR.MINOR.PATCH`
  );
  const bots = Array.isArray(manifest.bots) ? manifest.bots : [];
  const botProblems = [];
  if (bots.length !== 1) botProblems.push(`expected exactly one bot, found ${bots.length}`);
  for (const bot of bots) {
    if (!GUID.test(String(bot.botId))) botProblems.push(`botId '${bot.botId}' is not a GUID`);
    else if (expectBotId && bot.botId.toLowerCase() !== expectBotId.toLowerCase()) {
      botProblems.push(`botId is ${bot.botId}, expected ${expectBotId}`);
    }
  }
  check("the package declares one bot with a GUID bot id" + (expectBotId ? " (the expected one)" : ""), botProblems);
  return manifest;
}

function validateIcons(files, manifest, isZip) {
  const icons = (manifest && manifest.icons) || {};
  for (const kind of ["color", "outline"]) {
    const name = icons[kind];
    const size = ICON_SIZES[kind];
    const label = `${kind} icon is a ${size}x${size} PNG`;
    if (typeof name !== "string" || !files.has(name)) {
      check(label, `icons.${kind} '${name}' is not in the package${isZip ? " root" : " folder"}`);
      continue;
    }
    let info;
    try {
      info = pngInfo(files.get(name));
    } catch (e) {
      check(label, `${name}: ${e.message}`);
      continue;
    }
    check(
      label,
      info.width === size && info.height === size ? [] : `${name} is ${info.width}x${info.height}`
    );
    if (kind !== "outline") continue;
    if (!check("outline icon has an alpha channel", info.hasAlpha ? [] : `${name} has no alpha (colour type ${info.colorType}, no tRNS)`)) {
      continue;
    }
    let pixels;
    try {
      pixels = pngPixels(info);
    } catch (e) {
      check("outline icon is white on transparent", `${name}: ${e.message}`);
      continue;
    }
    let transparent = 0;
    let coloured = 0;
    let visible = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] === 0) transparent++;
      else {
        visible++;
        if (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255) coloured++;
      }
    }
    const problems = [];
    if (transparent === 0) problems.push(`${name} has no transparent pixels`);
    if (visible === 0) problems.push(`${name} is fully transparent`);
    if (coloured) problems.push(`${name} has ${coloured} visible pixels that are not white`);
    check("outline icon is white on transparent", problems);
  }
  if (isZip) {
    const expected = new Set(["manifest.json", icons.color, icons.outline]);
    const extra = [...files.keys()].filter((n) => !expected.has(n));
    check("zip holds only manifest.json and its icons", extra.map((n) => `unexpected entry '${n}'`));
  }
}

// ---------------------------------------------------------------- main

async function main(argv) {
  const args = [...argv];
  if (args[0] === "--newest-schema") {
    const versions = bundledTeamsVersions();
    console.log(versions[versions.length - 1]);
    return 0;
  }
  let expectBotId;
  const at = args.indexOf("--expect-bot-id");
  if (at >= 0) {
    expectBotId = args[at + 1];
    args.splice(at, 2);
    if (!GUID.test(String(expectBotId))) {
      console.error("--expect-bot-id needs a GUID");
      return 2;
    }
  }
  if (args.length !== 1 || args[0].startsWith("-")) {
    console.error("usage: node validate.js <package.zip | folder> [--expect-bot-id GUID]");
    console.error("       node validate.js --newest-schema");
    return 2;
  }
  const input = args[0];
  if (!fs.existsSync(input)) {
    console.error(`no such file or folder: ${input}`);
    return 2;
  }
  console.log(`# validating ${input}`);
  const { files, isZip } = loadPackage(input);
  const manifest = await validateManifest(files, expectBotId);
  if (manifest) validateIcons(files, manifest, isZip);
  const failed = results.filter((r) => r.problems.length).length;
  console.log(`# ${results.length - failed} of ${results.length} checks passed`);
  return failed || results.length === 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(2);
  }
);
