/**
 * Line folding shared by iCalendar (RFC 5545 3.1) and vCard (RFC 6350 3.2): content lines of at
 * most 75 octets, continuation lines starting with a space, CRLF line breaks.
 */
export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Splits a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // An escape (a backslash and the next character) stays on one line, for careless unfolders.
  for (const [token] of line.matchAll(/\\.|./gsu)) {
    const size = Buffer.byteLength(token, 'utf8');
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += token;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}
