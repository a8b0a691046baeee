#!/usr/bin/env node
// npm run new:version -- <slug> [--major]
// Copies the newest version of content/protocols/<slug>/ to the next version number (1.2 → 1.3,
// or 2.0 with --major) as a draft to edit: status "borrador", today's dates, an empty changelog.
// Published versions are never edited; every change is a new version. Translations are not
// copied: they are made again from the new Spanish text.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
const parse = (v) => v.split('.').map(Number);
const versions = readdirSync(dir)
  .filter((name) => /^\d+\.\d+$/.test(name))
  .sort((a, b) => parse(a)[0] - parse(b)[0] || parse(a)[1] - parse(b)[1]);
const newest = versions.at(-1);
if (!newest) fail(`${dir}/ has no version folder like "1.0" to copy`);
const [maj, min] = parse(newest);
const next = major ? `${maj + 1}.0` : `${maj}.${min + 1}`;
const target = join(dir, next);
if (existsSync(target)) fail(`${target}/ already exists`);

const source = join(dir, newest, 'es.mdx');
if (!existsSync(source)) fail(`${source} is missing: the Spanish text is the source of every version`);
const today = new Date().toISOString().slice(0, 10);
const set = (text, key, value) => {
  const line = new RegExp(`^${key}:.*$`, 'm');
  return line.test(text) ? text.replace(line, `${key}: ${value}`) : text.replace(/^---\r?\n/, `---\n${key}: ${value}\n`);
};
let text = readFileSync(source, 'utf8');
text = set(text, 'version', `"${next}"`);
text = set(text, 'status', 'borrador');
text = set(text, 'effective', today);
text = set(text, 'updated', today);
text = set(text, 'changelog', '"Escribe en una línea qué cambia en esta versión."');
cpSync(join(dir, newest), target, { recursive: true, filter: (path) => !/[\\/](?!es\.)[a-z]{2,3}\.mdx?$/.test(path) });
writeFileSync(join(target, 'es.mdx'), text);
console.log(`Created ${target}/es.mdx from version ${newest}, as a draft (status: borrador).
Edit it and write its changelog. When it is approved, set "status: vigente" and its "effective"
date: from that day the site shows it as the version in force. Then run "npm run registry" and commit.`);
