/**
 * What every page shows around its own text: the hotlines and the partners in the footer.
 * Read once per build.
 */
import { execFileSync } from 'node:child_process';
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { entriesIn } from './localized';
import { defaultLocale } from '../i18n/locales';
import { valueIn, valueTexts } from '../lib/facts/registry';
import { allFacts, fact } from './facts';
import type { CallableNumber } from '../lib/phones/in-text';
import { useStrings } from '../i18n';

export interface HotlineView {
  id: string;
  name: string;
  number: string;
  purpose: string;
  /** What to call it for in a few words ("denunciar trata"); its name when the entry has none. */
  label: string;
  emergency: boolean;
  /** Id of the registry fact that holds the number (its anchor on /fuentes/). */
  numberFact: string;
  /** When the number was last verified (the date of its fact). */
  verified: Date;
  hours?: string | undefined;
  cost?: string | undefined;
  /**
   * What a caller should know beyond the number, from the registry: the note of the number's
   * fact (a limit: "confirmed in 2013") and the statement and note of each fact the line names in
   * `notes` (an announced change). `lang` is set when the text is in another language than asked.
   */
  notes: { fact: string; text: string; lang?: Locale | undefined }[];
}

type Fact = ReturnType<typeof fact>;

/**
 * The notes of a line in a language: its number's limit, then each named fact's statement and
 * limit. A note is given in one language: the page's when all its texts are translated, else
 * whole in Spanish (and marked so).
 */
function notesIn(number: Fact, named: Fact[], locale: Locale): HotlineView['notes'] {
  const parts = [{ fact: number, texts: [number.note] }, ...named.map((f) => ({ fact: f, texts: [f.statement, f.note] }))];
  return parts.flatMap(({ fact: f, texts }) => {
    const present = texts.filter((t) => t !== undefined) as Partial<Record<Locale, string>>[];
    if (present.length === 0) return [];
    const lang = present.every((t) => t[locale]) ? locale : defaultLocale;
    return [{ fact: f.id, text: present.map((t) => t[lang] ?? '').join(' '), lang: lang === locale ? undefined : lang }];
  });
}

/** The hotlines in their order, with the number, hours and cost their facts hold (content/facts/lineas.yaml). */
const hotlines = (await getCollection('hotlines'))
  .map((h) => {
    const from = `content/data/hotlines.yaml (${h.data.id})`;
    const numberFact = fact(h.data.number.id, from);
    return {
      ...h.data,
      number: valueIn(numberFact, defaultLocale),
      numberFact,
      namedNotes: (h.data.notes ?? []).map((n) => fact(n.id, from)),
      hours: h.data.hours && fact(h.data.hours.id, from),
      cost: h.data.cost && fact(h.data.cost.id, from),
    };
  })
  .sort((a, b) => a.order - b.order);

/** Made once per language: every page shows the hotlines. */
const viewsByLocale = new Map<Locale, HotlineView[]>();

/** The national hotlines in their order, with their text in the page's language. */
export function hotlinesIn(locale: Locale): HotlineView[] {
  let views = viewsByLocale.get(locale);
  if (!views) {
    views = hotlines.map((h) => ({
      id: h.id,
      name: h.name[locale] ?? h.name[defaultLocale],
      number: h.number,
      purpose: h.purpose[locale] ?? h.purpose[defaultLocale],
      label: h.label?.[locale] ?? h.label?.[defaultLocale] ?? (h.name[locale] ?? h.name[defaultLocale]),
      emergency: h.emergency,
      numberFact: h.numberFact.id,
      verified: h.numberFact.verified,
      hours: h.hours && valueIn(h.hours, locale),
      cost: h.cost && valueIn(h.cost, locale),
      notes: notesIn(h.numberFact, h.namedNotes, locale),
    }));
    viewsByLocale.set(locale, views);
  }
  return views;
}

export const allHotlines = hotlines;

/** Partners for the footer: short name and slug, in order. */
export async function footerPartners(locale: Locale): Promise<{ slug: string; name: string }[]> {
  return (await entriesIn('partners', locale))
    .sort((a, b) => a.entry.data.order - b.entry.data.order)
    .map((p) => ({ slug: p.slug, name: p.entry.data.shortName }));
}

/**
 * The day the site's sources last changed (the last git commit), shown as "última actualización"
 * on pages made only of interface text and data. Undefined outside a git checkout.
 * SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) fixes it, so two builds of
 * different commits can be compared byte for byte (npm run compare:builds).
 */
export const siteUpdated: Date | undefined = (() => {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch) {
    const date = new Date(Number(epoch) * 1000);
    if (!/^\d+$/.test(epoch) || Number.isNaN(date.getTime())) throw new Error(`SOURCE_DATE_EPOCH="${epoch}" is not a number of seconds since 1970`);
    return new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`);
  }
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const date = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? undefined : date;
  } catch {
    return undefined;
  }
})();

/**
 * The phone numbers a page may offer to call, with what each is for: every phone fact of the
 * registry that is callable (a number announced but not known to work, `callable: false`, never
 * is), labelled with its hotline's few words where a hotline has that number ("Llamar a 1818 ·
 * denunciar trata"). For text src/lib/phones/link.ts cannot reach (src/lib/phones/in-text.ts).
 */
export function callableNumbers(locale: Locale): CallableNumber[] {
  const t = useStrings(locale);
  const digits = (s: string) => s.replace(/\D/g, '');
  const lines = hotlinesIn(locale);
  const numbers = new Set(allFacts.filter((f) => f.kind === 'phone' && f.callable !== false).flatMap((f) => valueTexts(f)).map((v) => v.trim()));
  return [...numbers].map((number) => {
    const line = lines.find((h) => digits(h.number) === digits(number));
    return { number, label: `${t('hotlines.call')} ${number}${line ? ` · ${line.label}` : ''}` };
  });
}
