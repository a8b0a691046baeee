/**
 * LEEME.html (and README.html, the same page): what a person who opens the USB stick sees first
 * beside index.html. In every language: what the folder is, the date of the copy and where the
 * site is kept up to date, and a link to the home page of each language.
 */
import { defaultLocale, htmlLang, localeCodes, locales, useStrings } from '../../i18n';
import { formatDate } from '../text/format';
import { localizePath } from '../routes/urls';
import * as routes from '../routes/routes';
import { fileOfPath } from './paths';
import { escapeXml } from '../text/xml';

export function readmePage(date: Date, siteUrl: string, has: (file: string) => boolean): string {
  const sections = localeCodes.map((locale) => {
    const t = useStrings(locale);
    const home = fileOfPath(localizePath(routes.home, locale), has);
    if (!home) throw new Error(`offline copy: the home page of ${locales[locale].name} is not in the copy, so LEEME.html cannot link to it`);
    const [before = '', after = ''] = t('offlineCopy.line').replace('{date}', formatDate(date, locale)).split('{url}');
    return `<section lang="${htmlLang(locale)}"><h2>${escapeXml(t('offlineCopy.title'))}</h2><p>${escapeXml(t('offlineCopy.intro'))}</p><p class="home"><a href="${escapeXml(home)}" hreflang="${htmlLang(locale)}">${escapeXml(t('offlineCopy.home'))}</a></p><p>${escapeXml(before)}<a href="${escapeXml(siteUrl)}/" rel="noreferrer noopener">${escapeXml(siteUrl)}</a>${escapeXml(after)}</p></section>`;
  });
  const first = useStrings(defaultLocale);
  return `<!DOCTYPE html><html lang="${htmlLang(defaultLocale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${escapeXml(first('offlineCopy.title'))}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.5}section{border-bottom:1px solid #999;padding-bottom:1rem}.home a{font-size:1.3rem;font-weight:bold}</style></head><body><h1>Alianza CPC</h1>${sections.join('')}</body></html>\n`;
}
