/**
 * The phone numbers a page may offer to call, with what each is for: every phone fact of the
 * registry that is callable (a number announced but not known to work, `callable: false`, never
 * is), labelled with its hotline's few words where a hotline has that number ("Llamar a 1818 ·
 * denunciar trata"). For text ./link.ts cannot reach (src/lib/phones/in-text.ts).
 */
import { allFacts } from './facts';
import { hotlinesIn } from './chrome';
import { valueTexts } from '../lib/facts/registry';
import type { CallableNumber } from '../lib/phones/in-text';
import { useStrings, type Locale } from '../i18n';

const digits = (s: string) => s.replace(/\D/g, '');

export function callableNumbers(locale: Locale): CallableNumber[] {
  const t = useStrings(locale);
  const hotlines = hotlinesIn(locale);
  const numbers = new Set(
    allFacts.filter((f) => f.kind === 'phone' && f.callable !== false).flatMap((f) => valueTexts(f)).map((v) => v.trim()),
  );
  return [...numbers].map((number) => {
    const line = hotlines.find((h) => digits(h.number) === digits(number));
    return { number, label: `${t('hotlines.call')} ${number}${line ? ` · ${line.label}` : ''}` };
  });
}
