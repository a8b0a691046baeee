#!/usr/bin/env node
// npm run new:version -- <slug> [--major]
// Copies the newest version of content/protocols/<slug>/ to the next version number (1.2 → 1.3,
// or 2.0 with --major) as a draft to edit: status "borrador", today's dates, an empty changelog.
// Published versions are never edited; every change is a new version. Translations are not
// copied: they are made again from the new Spanish text. The rules live in
// src/lib/protocols/new-version.mjs, which the editor's "Nueva versión" button follows too.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copiedToNewVersion, draftText, nextVersion } from '../src/lib/protocols/new-version.mjs';

const args = process.argv.slice(2);
const slug = args.find((a) => !a.startsWith('--'));
const major = args.includes('--major');
const contentDir = process.env.CONTENT_DIR ?? 'content';
const fail = (message) => {
  console.error(`new:version: ${message}`);
  process.exit(1);
};

if (!slug) fail('say which protocol: npm run new:version -- <slug>  (a folder of content/protocols/)');
const dir = join(contentDir, 'protocols', slug);
if (!existsSync(dir)) {
  const known = existsSync(join(contentDir, 'protocols')) ? readdirSync(join(contentDir, 'protocols')).join(', ') : 'none';
  fail(`there is no protocol "${slug}" in ${join(contentDir, 'protocols')}/ (there are: ${known})`);
}
const found = nextVersion(readdirSync(dir), major);
if (!found) fail(`${dir}/ has no version folder like "1.0" to copy`);
const { newest, next } = found;
const target = join(dir, next);
if (existsSync(target)) fail(`${target}/ already exists`);

const source = join(dir, newest, 'es.mdx');
if (!existsSync(source)) fail(`${source} is missing: the Spanish text is the source of every version`);
const text = draftText(readFileSync(source, 'utf8'), next, new Date().toISOString().slice(0, 10));
cpSync(join(dir, newest), target, { recursive: true, filter: copiedToNewVersion });
writeFileSync(join(target, 'es.mdx'), text);
console.log(`Created ${target}/es.mdx from version ${newest}, as a draft (status: borrador).
Edit it and write its changelog. When it is approved, set "status: vigente" and its "effective"
date: from that day the site shows it as the version in force. Then run "npm run registry" and commit.`);
