/**
 * /licencias/noto-sans.txt: the licence (SIL Open Font License 1.1) of Noto Sans, the font embedded
 * in every PDF of the site (src/lib/pdf/tagged/fonts.ts), as its package ships it. The OFL asks
 * that it travel with the font.
 */
import { readFileSync } from 'node:fs';
import { FONT_LICENCE, FONT_NAME } from '../../lib/pdf/tagged/fonts';

export function GET() {
  const text = `${FONT_NAME}: the font embedded in the PDFs of this site (from the @fontsource/noto-sans package).\n\n${readFileSync(FONT_LICENCE(), 'utf8')}`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
