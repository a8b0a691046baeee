/**
 * The campaign calendar as an iCalendar file (RFC 5545) that readers subscribe to or import:
 * one all-day event a year for each date of content/data/calendar.yaml.
 *
 * The `ics` package builds and validates the events. Its output is then re-folded here, because
 * `ics` folds lines at 75 characters while RFC 5545 (3.1) counts 75 octets: a line with accents
 * ("Día", "niñas") would otherwise be too long in UTF-8.
 *
 * The output is deterministic (fixed DTSTAMP, stable UIDs, input order), so a rebuild with the
 * same data gives the same file and calendar apps see no spurious changes.
 */
import { createEvents, type EventAttributes } from 'ics';
import { CRLF, foldLine } from './content-lines';

/** One date of the campaign calendar, already in the reader's language. */
export interface CalendarDay {
  /** The entry's id, e.g. "dia-contra-la-trata"; it makes the event's UID. */
  id: string;
  /** Month and day, "MM-DD", repeated every year. */
  day: string;
  name: string;
  description: string;
  /** The absolute URL of the page that explains the day. */
  url: string;
}

export interface CalendarOptions {
  /** Shown by calendar apps as the calendar's name (X-WR-CALNAME). */
  calendarName: string;
  /** The year of the first occurrence; it also fixes DTSTAMP (`<firstYear>0101T000000Z`). */
  firstYear: number;
}

/** Names the program that made the file (PRODID, RFC 5545 3.7.3). */
export const CALENDAR_PRODUCT_ID = '-//Alianza CPC//Calendario de fechas//ES';

/** The domain part of every event's UID: `<id>@alianza-cpc`. */
export const CALENDAR_UID_DOMAIN = 'alianza-cpc';


/** An iCalendar file of the days, each an all-day event repeating every year. */
export function calendarIcs(days: CalendarDay[], options: CalendarOptions): string {
  const { calendarName, firstYear } = options;
  if (!Number.isInteger(firstYear) || firstYear < 1000 || firstYear > 9999) {
    throw new Error(`calendarIcs: firstYear must be a four-digit year, got ${String(firstYear)}`);
  }

  const seen = new Set<string>();
  const events = days.map((entry): EventAttributes => {
    if (seen.has(entry.id)) {
      throw new Error(`calendarIcs: the id "${entry.id}" appears twice; each day needs its own id (it makes the UID)`);
    }
    seen.add(entry.id);
    const [month, day] = monthDay(entry, firstYear);
    const next = new Date(Date.UTC(firstYear, month - 1, day + 1));
    const event = {
      uid: `${entry.id}@${CALENDAR_UID_DOMAIN}`,
      // Not in the package's types, but in its schema: without it DTSTAMP is "now".
      timestamp: `${firstYear}0101T000000Z`,
      title: oneLineBreakStyle(entry.name),
      description: `${oneLineBreakStyle(entry.description)}\n\n${entry.url}`,
      url: entry.url,
      start: [firstYear, month, day],
      end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
      recurrenceRule: 'FREQ=YEARLY',
      // An observance, not an appointment: it does not make the reader "busy".
      transp: 'TRANSPARENT',
    } satisfies EventAttributes & { timestamp: string };
    return event;
  });

  const { error, value } = createEvents(events, {
    productId: CALENDAR_PRODUCT_ID,
    calName: oneLineBreakStyle(calendarName),
  });
  if (error || !value) {
    throw new Error(`calendarIcs: the calendar could not be written: ${describeIcsError(error)}`);
  }
  return refold(value);
}

/** Reads "MM-DD" as [month, day], refusing a day that does not exist in `year`. */
function monthDay(entry: CalendarDay, year: number): [number, number] {
  const match = /^(\d{2})-(\d{2})$/.exec(entry.day);
  const month = Number(match?.[1]);
  const day = Number(match?.[2]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(
      `calendarIcs: "${entry.day}" (${entry.id}) is not a day of ${year}: write the month and day as "MM-DD", e.g. "07-30"`,
    );
  }
  return [month, day];
}

/**
 * `ics` escapes "\n" and "\r\n" as the two characters "\n", but would leave a lone "\r" raw,
 * which would break the line structure.
 */
function oneLineBreakStyle(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The messages of a validation error of `ics` (a yup ValidationError copied into a plain object). */
function describeIcsError(error: unknown): string {
  if (!error || typeof error !== 'object') return String(error ?? 'no output');
  const { errors, message, value } = error as { errors?: unknown; message?: unknown; value?: unknown };
  const details = Array.isArray(errors) && errors.length > 0 ? errors.map(String).join('; ') : String(message);
  const uid = value && typeof value === 'object' && 'uid' in value ? String(value.uid) : undefined;
  return uid ? `${details} (event ${uid})` : details;
}

/**
 * Unfolds the lines `ics` folded (CRLF + TAB) and folds them again at 75 octets, as RFC 5545 3.1
 * requires, with CRLF + SPACE and never inside a UTF-8 character.
 */
function refold(ics: string): string {
  const unfolded = ics.replace(/\r\n[\t ]/g, '');
  const lines = unfolded.split(CRLF);
  if (lines.at(-1) === '') lines.pop();
  return lines.map(foldLine).join(CRLF) + CRLF;
}

