/**
 * The files of each protocol version (PDF, BibTeX, RIS, CSL-JSON) and its citations. Each file is
 * made once per build and kept, so the page that links to it can show its real size and the
 * endpoint that serves it returns the same bytes.
 */
import { defaultLocale, htmlLang, type Locale, locales, useMarkedStrings, useStrings } from '../i18n';
import { formatCitation, toBibtex, toCslJson, toRis, type CitationInput } from '../lib/protocols/citations';
import type { PdfJob } from '../lib/pdf/jobs';
import { dateKey, isApproved, statusKey } from '../lib/protocols/standing';
import { makePdf } from '../lib/pdf/pool';
import type { Section } from '../lib/markdown/sections';
import { siteUrl } from '../site';
import { localizePath } from '../lib/routes/urls';
import { allVersions, type ProtocolVersion } from './protocols';
import * as routes from '../lib/routes/routes';

export const AUTHOR = 'Alianza CPC';

/**
 * The citation data of a version, or of one of its sections. A translation is cited at its own
 * address; a fallback page (Spanish text) and the reference files cite the Spanish version.
 */
export function citationInput(v: ProtocolVersion, section?: Section, spanish = false): CitationInput {
  const own = !spanish && !v.page.isFallback;
  const data = own ? v.page.entry.data : v.page.source.data;
  const locale: Locale = own ? v.page.locale : defaultLocale;
  const url = new URL(localizePath(routes.protocolVersion(v.slug, v.version), locale), siteUrl).href;
  return {
    title: data.title,
    version: v.version,
    issued: data.effective,
    url,
    author: AUTHOR,
    language: locales[locale].htmlLang,
    sample: !isApproved(data),
    section: section ? { number: section.number, title: section.title, url: `${url}#${section.anchor}` } : undefined,
  };
}

export interface Citations {
  apa: string;
  iso690: string;
}

export function citationsOf(v: ProtocolVersion, section?: Section): Citations {
  const input = citationInput(v, section);
  return { apa: formatCitation(input, 'apa'), iso690: formatCitation(input, 'iso690') };
}

/** Reference files describe the Spanish version, whatever the page's language. */
export const bibtexOf = (v: ProtocolVersion) => toBibtex(citationInput(v, undefined, true));
export const risOf = (v: ProtocolVersion) => toRis(citationInput(v, undefined, true));
export const cslJsonOf = (v: ProtocolVersion) => toCslJson(citationInput(v, undefined, true));

const pdfs = new Map<string, Promise<Uint8Array>>();

/** The PDF of a version in the page's language (its own text, or the Spanish one). */
export function pdfOf(v: ProtocolVersion): Promise<Uint8Array> {
  const job = pdfJob(v);
  const key = `${job.input.lang}:${v.slug}:${v.version}`;
  let pdf = pdfs.get(key);
  if (!pdf) {
    pdf = makePdf(job);
    pdfs.set(key, pdf);
  }
  return pdf;
}

/** What the PDF of a version is made from. */
function pdfJob(v: ProtocolVersion): PdfJob & { kind: 'protocol' } {
  const locale: Locale = v.page.isFallback ? defaultLocale : v.page.locale;
  const t = useStrings(locale);
  // Labels that give their meaning in Spanish mark it, and the PDF sets it as Spanish (its /Lang).
  const marked = useMarkedStrings(locale);
  const data = v.page.entry.data;
  return {
    kind: 'protocol',
    input: {
      title: data.title,
      shortTitle: data.shortTitle,
      version: v.version,
      statusLabel: isApproved(data) ? t(statusKey(v.status, data)) : `${marked('protocol.sampleStatus')} · ${t(statusKey(v.status, data))}`,
      effective: data.effective,
      lang: htmlLang(locale),
      permalink: citationInput(v).url,
      notice: isApproved(data) ? undefined : marked('protocols.sampleAll'),
      sampleLabel: isApproved(data) ? undefined : marked('protocol.sampleStatus'),
      draftLabel: locale !== defaultLocale && data.translation === 'draft' ? marked('protocol.pdfDraft') : undefined,
      outline: v.outline,
      strings: {
        version: t('protocol.version'),
        effective: marked(dateKey(data)),
        status: t('protocol.status'),
        contents: t('protocol.toc'),
        page: t('protocol.pdfPage'),
        permalink: t('protocol.permalink'),
        qr: t('protocol.pdfQr'),
      },
      dateLocale: locales[locale].intl,
      author: AUTHOR,
    },
  };
}

/** The PDFs of every version of every protocol (a fallback page's is the Spanish one's, made once). */
export const protocolPdfJobs = (): PdfJob[] => allVersions().map(({ version }) => pdfJob(version));
