/**
 * Finds, in text as an editor wrote it, the claims the facts registry must hold: phone numbers,
 * numbers of laws and decrees ("Ley N°", "D. S. N°", "D. L.", "R. M."), and amounts in S/ or US$.
 * Each claim gets a key that does not depend on how it is written ("Ley Nº 28950", "Ley N.° 28950"
 * and "Ley 28950" are all "Ley 28950"), so text and registry are compared by key.
 *
 * Phone numbers are found where text reads as one: a toll-free 0-800 number, a mobile number,
 * a number with an area code, a tel: link, or a short number after a word that introduces one
 * ("Línea 1818", "llama al 105", "Central 111") or before the Quechua "yupay" ("105 yupayman").
 * A number alone ("en 2017", "433 centros") is not a phone number.
 */

export type ClaimKind = 'phone' | 'law' | 'amount';

export interface Claim {
  kind: ClaimKind;
  /** The claim as compared with the registry: "phone 080015170", "law Ley 28950", "amount US$ 5 millones". */
  key: string;
  /** The claim as written. */
  text: string;
  /** 1-based line in the text scanned. */
  line: number;
}

const NUM = String.raw`(?:(?:N\s?\.?\s?[°º]|Nro\.?|No\.|n[uú]m\.)\s?)?`;

/** Laws and decrees: the key's prefix, and a pattern whose group 1 is the number. */
const LAWS: { prefix: string; pattern: RegExp }[] = [
  // A bill ("Proyecto de Ley 5712/2023-CR") is not a law.
  { prefix: 'Ley', pattern: new RegExp(String.raw`(?<!Proyecto de )\b[Ll]ey\s+${NUM}(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/])`, 'g') },
  { prefix: 'DS', pattern: new RegExp(String.raw`(?:\bD\.\s?S\.|\bDS\b|\b[Dd]ecreto [Ss]upremo)\s*${NUM}(\d+-\d{4}-[A-Z]+(?:-[A-Z]+)?)`, 'g') },
  { prefix: 'DL', pattern: new RegExp(String.raw`(?:\bD\.\s?L(?:eg)?\.|\bDL\b|\b[Dd]ecreto [Ll]egislativo)\s*${NUM}(\d+)(?![\d/-])`, 'g') },
  { prefix: 'RM', pattern: new RegExp(String.raw`(?:\bR\.\s?M\.|\bRM\b|\b[Rr]esoluci[oó]n [Mm]inisterial)\s*${NUM}(\d+-\d{2,4}-[A-Z]+(?:-[A-Z]+)?)`, 'g') },
];

/** An amount: its currency, then its number in groups of three (thousands) or as a decimal, then its scale. */
const AMOUNT = /(?<![\w/])(S\/|US\$)\s?(?:(\d{1,3}(?:[.,\s]\d{3})+)|(\d+(?:[.,]\d+)?))(?:\s+(millones|millón|millon|mil millones|mil|millions?))?\b/g;

const PHONES: RegExp[] = [
  // Toll-free: 0-800-15170, 0800-2-3232.
  /(?<![\d-])0[\s-]?800[\s-]?\d(?:[\s-]?\d){3,5}(?![\d-])/g,
  // Mobile: 987 654 321.
  /(?<![\d-])9\d{2}[\s-]?\d{3}[\s-]?\d{3}(?![\d-])/g,
  // With a country or area code: +51 1 234 5678, (01) 234-5678, (084) 123456.
  /\+51[\s-]?\d(?:[\s-]?\d){7,8}(?![\d-])/g,
  /\(0?\d{1,2}\)\s?\d{3}[\s-]?\d{3,4}(?![\d-])/g,
  // tel: links.
  /tel:(\+?[\d-]+)/g,
];

/** Words after which a short number is a phone number; group 1 is the number. */
const SHORT_PHONES: RegExp[] = [
  /\b(?:[Ll][ií]nea|LÍNEA|[Cc]entral(?: de [Ee]mergencias)?|[Cc]hat|[Ll]lam(?:a|e|en|ar|ando)(?: gratis)? al?|[Mm]arc(?:a|ar|ando)(?: el)?|[Tt]el[eé]fono|[Tt]el\.|[Nn][uú]mero(?: de tel[eé]fono)?)\s+(?:(?:N\s?[°º]|n[uú]mero)\s?)?#?(\d{3,5})(?![\d.,/-]?\d)/g,
  // Quechua: "105 yupayman waqyay" (call the number 105).
  /(?<![\d.,/-])(\d{3,5})\s+yupay/gi,
];

const digits = (value: string) => value.replace(/\D/g, '');

/** The key of a phone number: its digits. */
export const phoneKey = (number: string) => `phone ${digits(number)}`;

/** The key of an amount: thousands however grouped ("1 000", "1,000", "1.000": 1000), a decimal comma as a point ("1,7": 1.7). */
function amountKey(currency: string, grouped: string | undefined, decimal: string, scale: string | undefined): string {
  const n = grouped === undefined ? decimal.replace(/,/g, '.') : digits(grouped);
  const s = scale === undefined ? '' : /mil millones/i.test(scale) ? ' mil millones' : /^mil$/i.test(scale) ? ' mil' : ' millones';
  return `amount ${currency} ${n}${s}`;
}

/** Blanks out web addresses, whose digits are not claims (a news item's number, a page id). */
const withoutAddresses = (line: string) => line.replace(/\bhttps?:\/\/\S+/g, (m) => ' '.repeat(m.length));

/** A claim with where it stands in its line: for a phone, the number itself ("1818" of "Línea 1818"). */
export interface PlacedClaim extends Claim {
  start: number;
  end: number;
}

/** The claims of one line, with their places. Law and amount matches are blanked before phones are sought. */
export function placedClaims(raw: string, line = 1): PlacedClaim[] {
  let text = withoutAddresses(raw);
  const found: PlacedClaim[] = [];
  const take = (kind: ClaimKind, key: string, match: RegExpExecArray, number = match[0].trim()) => {
    const start = match.index + match[0].lastIndexOf(number);
    found.push({ kind, key, text: match[0].trim(), line, start, end: start + number.length });
    text = text.slice(0, match.index) + ' '.repeat(match[0].length) + text.slice(match.index + match[0].length);
  };
  for (const { prefix, pattern } of LAWS) {
    // "Ley 9.143" and "Ley 9143" are one law; a decree's number keeps its year and sector.
    for (const m of [...text.matchAll(pattern)]) take('law', `law ${prefix} ${prefix === 'Ley' || prefix === 'DL' ? digits(m[1] ?? '') : (m[1] ?? '')}`, m);
  }
  for (const m of [...text.matchAll(AMOUNT)]) take('amount', amountKey(m[1] ?? '', m[2], m[3] ?? '', m[4]), m);
  for (const pattern of PHONES) {
    for (const m of [...text.matchAll(pattern)]) take('phone', phoneKey(m[1] ?? m[0]), m);
  }
  for (const pattern of SHORT_PHONES) {
    // The number ends the match (what follows it is a lookahead), so its last occurrence is it.
    for (const m of [...text.matchAll(pattern)]) take('phone', phoneKey(m[1] ?? ''), m, m[1] ?? '');
  }
  return found;
}

/** The claims of one line. */
export function scanLine(raw: string, line = 1): Claim[] {
  return placedClaims(raw, line).map(({ kind, key, text, line: at }) => ({ kind, key, text, line: at }));
}

/**
 * The claims of a whole file. `format` says which lines are YAML, whose comment lines (notes to
 * editors, never shown) are skipped: every line of a .yaml file, the frontmatter of an .mdx file.
 */
export function scanFile(text: string, format: 'yaml' | 'mdx'): Claim[] {
  const lines = text.split(/\r?\n/);
  let frontmatter = format === 'mdx' && lines[0] === '---';
  const claims: Claim[] = [];
  lines.forEach((line, i) => {
    if (format === 'mdx' && frontmatter && i > 0 && line === '---') {
      frontmatter = false;
      return;
    }
    const yaml = format === 'yaml' || frontmatter;
    if (yaml && /^\s*#/.test(line)) return;
    claims.push(...scanLine(line, i + 1));
  });
  return claims;
}

/** The keys a value of the registry holds: the claims in it, or, for a phone number, its digits. */
export function keysOf(value: string, kind: string): string[] {
  if (kind === 'phone') return [phoneKey(value)];
  return scanLine(value).map((c) => c.key);
}
