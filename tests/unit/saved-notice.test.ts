/**
 * The line a page shown from the device carries ("Guardada en este equipo el …"): its date in each
 * language's own form, the undated line when the copy has no date, and where it goes in the page.
 * The worker using it: tests/e2e/offline.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { es } from '../../src/i18n/es';
import { qu } from '../../src/i18n/qu';
import { monthForms, savedNoticeText, withSavedNotice } from '../../src/lib/offline/saved-notice';
import { savedNoticeWords } from '../../src/integrations/service-worker';
import { formatDate } from '../../src/lib/text/format';

describe('saved-page notice', () => {
  const words = savedNoticeWords();

  test('each language writes the day a copy was saved as its pages write dates', () => {
    // Noon, so the day is the same in any time zone of the Americas the test machine may be in.
    for (const saved of ['2026-09-03T12:00:00Z', '2027-01-31T12:00:00Z', '2026-12-06T12:00:00Z']) {
      const header = new Date(saved).toUTCString();
      expect(savedNoticeText(words.es!, header)).toBe(es['offline.savedOn'].replace('{date}', formatDate(new Date(saved), 'es')));
      expect(savedNoticeText(words.qu!, header)).toBe(qu['offline.savedOn'].replace('{date}', formatDate(new Date(saved), 'qu')));
    }
    expect(savedNoticeText(words.es!, 'Thu, 03 Sep 2026 12:00:00 GMT')).toContain('el 3 de setiembre de 2026.');
  });

  test('a copy with no date, or a date that is not one, gets the line without a date', () => {
    expect(savedNoticeText(words.es!, null)).toBe(es['offline.savedUndated']);
    expect(savedNoticeText(words.qu!, 'ayer')).toBe(qu['offline.savedUndated']);
  });

  test('the notice goes first in <main>, its text escaped; a page without <main> is left as it is', () => {
    const page = '<body><header>x</header><main id="main" class="a"><h1>T</h1></main></body>';
    expect(withSavedNotice(page, 'Guardada <hoy> & ya')).toBe(
      '<body><header>x</header><main id="main" class="a"><p data-saved-notice role="note" class="my-2 border-l-4 border-slate-700 bg-slate-100 px-3 py-1.5 text-sm">Guardada &lt;hoy&gt; &amp; ya</p><h1>T</h1></main></body>',
    );
    expect(withSavedNotice('<body><p>x</p></body>', 'Guardada')).toBe('<body><p>x</p></body>');
  });

  test('a language whose dates show no digits is refused with the file to look at', () => {
    expect(monthForms(() => '15 de enero de 2000')[0]).toBe('{d} de enero de {y}');
    expect(() => monthForms(() => 'quince de enero')).toThrow(/src\/lib\/offline\/saved-notice\.ts/);
  });
});
