/**
 * /estado-de-traducciones/ in both languages lists every review a speaker has made of the site's
 * translations (who, when), and nothing else; while there is none, it says so rather than showing
 * an empty table.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check';
import { translatableEntries, translationRows } from '../../src/lib/content/translation-status';
import { readPage } from '../support/dist';

const { entries } = checkContent(join(import.meta.dirname, '..', '..', 'content'));
const reviewed = translationRows(translatableEntries(entries, 'es'), ['qu']).filter((r) => r.review);

describe.each([
  ['/estado-de-traducciones/', 'Todavía ninguna persona hablante ha revisado una traducción'],
  ['/qu/estado-de-traducciones/', 'Manaraqmi mayqin rimaqpas t’ikrayta qhawarqanchu'],
])('%s', (path, none) => {
  const html = readPage(path);

  it('has a section on reviews by speakers', () => {
    expect(html).toMatch(/<h2 id="revisiones"[^>]*>[^<]+<\/h2>/);
  });

  it('lists exactly the reviewed translations, with reviewer and date, or says there are none', () => {
    const rows = [...html.matchAll(/<tr data-review data-entry="([^"]+)" data-lang="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(rows.sort()).toEqual(reviewed.map((r) => `${r.collection}/${r.id}:${r.lang}`).sort());
    for (const r of reviewed) expect(html).toContain(`<td>${r.review?.by}</td>`);
    if (reviewed.length === 0) expect(html).toContain(none);
    else expect(html).not.toContain(none);
  });
});
