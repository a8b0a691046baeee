/**
 * Text for XML and HTML written by hand (SVG flowcharts and posters, citation markup, redirect
 * pages): & < > " ' escaped, and the characters XML 1.0 cannot hold dropped (control characters
 * other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF).
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
