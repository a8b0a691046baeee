// Shared writing helpers of the benchmark's synthetic content (bench/content.mjs): a seeded PRNG,
// so the same N always gives the same files, and the small builders every kind of entry uses
// (picking from a word bank, paragraphs, lists, a body of numbered sections, frontmatter).

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same numbers, in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @template T
 * @param {() => number} rand
 * @param {readonly T[]} list
 * @returns {T}
 */
export const pick = (rand, list) => /** @type {T} */ (list[Math.floor(rand() * list.length)]);
export const between = (rand, min, max) => min + Math.floor(rand() * (max - min + 1));
/** Fisher–Yates, with the seeded PRNG. */
function shuffle(rand, items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
export const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);
export const words = (s) => s.split(/\s+/).filter(Boolean).length;
export const yamlString = (s) => JSON.stringify(s);
export const pad = (n, width = 4) => String(n).padStart(width, '0');

export const paragraph = (rand, sentence, min, max) => Array.from({ length: between(rand, min, max) }, () => sentence(rand)).join(' ');
const list = (rand, sentence, numbered) =>
  Array.from({ length: between(rand, 3, 5) }, (_, i) => `${numbered ? `${i + 1}.` : '-'} ${sentence(rand)}`).join('\n');

/**
 * A body of `##` sections (some with `###` subsections) of about `target` words.
 * @returns {{ text: string, sections: string[] }} the Markdown and its section numbers ("1", "1.2")
 */
export function sectionedBody(rand, target, { sentence, titles, subtitles, intro }) {
  const parts = [intro];
  const sections = [];
  let count = words(intro);
  const add = (block) => {
    parts.push(block);
    count += words(block);
  };
  const usedTitles = shuffle(rand, titles);
  for (let n = 1; count < target; n++) {
    add(`## ${usedTitles[(n - 1) % usedTitles.length]}`);
    sections.push(String(n));
    add(paragraph(rand, sentence, 3, 6));
    if (rand() < 0.35) add(list(rand, sentence, rand() < 0.4));
    if (rand() < 0.5) {
      const subs = between(rand, 1, 3);
      for (let s = 1; s <= subs && count < target; s++) {
        add(`### ${subtitles[(n + s) % subtitles.length]}`);
        sections.push(`${n}.${s}`);
        add(rand() < 0.3 ? list(rand, sentence, false) : paragraph(rand, sentence, 2, 5));
      }
    }
  }
  return { text: parts.join('\n\n'), sections };
}

/** A day between 2025-03-01 and 2026-10-31 (before the build's today), YYYY-MM-DD. */
export function pastDay(rand) {
  const start = Date.UTC(2025, 2, 1);
  const end = Date.UTC(2026, 9, 31);
  return new Date(start + Math.floor(rand() * ((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

export function frontmatter(lines) {
  return `---\n${lines.filter((l) => l !== undefined).join('\n')}\n---\n\n`;
}

/**
 * The source every entry cites. It names the benchmark's old path (scripts/bench.mjs) on purpose:
 * the same N must keep giving the same files as when docs/performance.md's figures were measured.
 */
export const SOURCE = [
  'sources:',
  '  - title: "Texto de ejemplo generado por scripts/bench.mjs"',
  '    document: "Generado automáticamente para la prueba de rendimiento; no es una fuente real"',
];

