// Synthetic content for the build benchmark (bench/bench.mjs): protocols and kits with lessons,
// written as MDX into a copy of content/. The text is generic procedural prose assembled from word
// banks with a seeded PRNG, so the same N always gives the same files. It states no real-world
// fact (no numbers, laws, institutions or phone numbers), and every entry is marked
// `sample: true`. The Quechua is filler of the same shape, assembled the same way: a draft that
// only gives the Quechua index and pages realistic size. The entries are written by
// content/protocols.mjs, content/lessons.mjs and content/quechua.mjs, with content/text.mjs's
// helpers; this module decides how many of each and where they go.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kitFile, lessonFiles, LEVELS } from './content/lessons.mjs';
import { protocolFiles } from './content/protocols.mjs';
import { pad, pick, prng } from './content/text.mjs';

export { prng };

/** Lessons per generated kit (the site's own kits have four; larger kits make larger kit PDFs). */
export const LESSONS_PER_KIT = 10;

/**
 * Writes `count` synthetic entries into `contentDir` (a copy of content/): about half protocols,
 * half lessons in kits of LESSONS_PER_KIT; every second protocol and every second lesson also
 * gets a draft Quechua translation.
 * @param {string} contentDir
 * @param {number} count
 * @returns {{ protocols: number, lessons: number, kits: number, quechua: number, files: number, protocolWords: number[], lessonWords: number[] }}
 */
export function writeSyntheticContent(contentDir, count) {
  const rand = prng(0x5eed0000 + count);
  const folders = (sub) => {
    try {
      return readdirSync(join(contentDir, sub)).filter((n) => !n.includes('.')).sort();
    } catch {
      return [];
    }
  };
  const regions = folders('regions');
  const campaigns = folders('campaigns');
  const write = (path, text) => {
    mkdirSync(join(contentDir, path, '..'), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  };
  const stats = { protocols: 0, lessons: 0, kits: 0, quechua: 0, files: 0, protocolWords: [], lessonWords: [] };

  const protocolCount = Math.ceil(count / 2);
  const lessonCount = count - protocolCount;
  /** @type {{ slug: string, sections: string[] }[]} */
  const protocols = [];
  for (let i = 1; i <= protocolCount; i++) {
    const p = protocolFiles(rand, i, regions);
    write(`protocols/${p.slug}/1.0/es.mdx`, p.es);
    stats.files++;
    if (i % 2 === 0) {
      write(`protocols/${p.slug}/1.0/qu.mdx`, p.qu);
      stats.quechua++;
      stats.files++;
    }
    protocols.push({ slug: p.slug, sections: p.sections });
    stats.protocolWords.push(p.words);
  }
  stats.protocols = protocolCount;

  const kitCount = Math.ceil(lessonCount / LESSONS_PER_KIT);
  for (let k = 1; k <= kitCount; k++) {
    const level = LEVELS[(k - 1) % LEVELS.length] ?? 'primaria';
    const campaign = campaigns.length > 0 && k % 2 === 1 ? campaigns[(k - 1) % campaigns.length] : undefined;
    const kitSlug = `kit-de-ejemplo-${pad(k, 2)}`;
    write(`toolkits/${kitSlug}/es.mdx`, kitFile(rand, k, level, campaign));
    stats.files++;
    const first = (k - 1) * LESSONS_PER_KIT + 1;
    const last = Math.min(k * LESSONS_PER_KIT, lessonCount);
    for (let i = first; i <= last; i++) {
      const l = lessonFiles(rand, i, i - first + 1, level, pick(rand, protocols));
      write(`toolkits/${kitSlug}/lessons/${l.slug}/es.mdx`, l.es);
      stats.files++;
      if (i % 2 === 0) {
        write(`toolkits/${kitSlug}/lessons/${l.slug}/qu.mdx`, l.qu);
        stats.quechua++;
        stats.files++;
      }
      stats.lessonWords.push(l.words);
    }
  }
  stats.kits = kitCount;
  stats.lessons = lessonCount;
  return stats;
}
