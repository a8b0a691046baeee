/**
 * The facts registry as the rest of the site reads it: facts by id, their value in a language,
 * the keys the content check compares text with, and which registry file a new fact goes in.
 * Pure TypeScript: the facts come in as plain data (from the content check or from src/data/).
 */
import { defaultLocale, type Locale } from '../../i18n/locales';
import type { LocalizedText } from '../../schemas/data';
import type { FactKind } from '../../schemas/facts';
import { keysOf, type ClaimKind } from './scan';

/** A fact as this module needs it: the parsed entry of content/facts/<file>.yaml. */
export interface FactLike {
  id: string;
  kind: FactKind;
  value: string | LocalizedText;
  verified: Date;
}

/** The registry file where a new fact of each kind the content check reads belongs. */
export const REGISTRY_FILES: Record<ClaimKind, string> = {
  phone: 'content/facts/lineas.yaml',
  law: 'content/facts/normas.yaml',
  amount: 'content/facts/montos.yaml',
};

/** What a kind is called in a message to an editor. */
export const KIND_NAMES: Record<FactKind, string> = {
  phone: 'a phone number',
  hours: 'the hours of a service',
  cost: 'the cost of a call',
  law: 'a law or decree',
  article: 'an article of a law',
  amount: 'an amount',
  date: 'a date',
  name: 'the name of an institution',
  other: 'a fact',
};

/** The fact's value in a language: its own text there, else the Spanish one. */
export function valueIn(fact: Pick<FactLike, 'value'>, locale: Locale): string {
  return typeof fact.value === 'string' ? fact.value : (fact.value[locale] ?? fact.value[defaultLocale]);
}

/** Every text of a value (one per language it is written in). */
export const valueTexts = (fact: Pick<FactLike, 'value'>): string[] =>
  typeof fact.value === 'string' ? [fact.value] : Object.values(fact.value).filter((v): v is string => typeof v === 'string');

/** The keys (./scan.ts) the registry holds, each with the id of a fact that holds it. */
export function heldKeys(facts: readonly FactLike[]): Map<string, string> {
  const held = new Map<string, string>();
  for (const fact of facts) {
    for (const text of valueTexts(fact)) for (const key of keysOf(text, fact.kind)) if (!held.has(key)) held.set(key, fact.id);
  }
  return held;
}

/** Finds facts by id; throws on an unknown one (the content check has already refused it). */
export function factIndex<F extends FactLike>(facts: readonly F[]): (id: string, from: string) => F {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return (id, from) => {
    const fact = byId.get(id);
    if (!fact) throw new Error(`${from} names the fact "${id}", which is not in content/facts/: add it there, or use an existing id`);
    return fact;
  };
}
