import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarIcs, type CalendarDay } from '../../src/lib/directory/calendar-ics';

const days: CalendarDay[] = [
  {
    id: 'dia-contra-la-trata',
    day: '07-30',
    name: 'Día Mundial contra la Trata de Personas',
    description: 'Jornada de las Naciones Unidas; se recuerda a niñas, niños y adolescentes, "sin excepción".',
    url: 'https://alianza-cpc.example/calendario/#dia-contra-la-trata',
  },
  {
    id: 'derechos-del-nino',
    day: '11-20',
    name: 'Día Universal del Niño, la Niña y el Adolescente — aniversario de la Convención sobre los Derechos del Niño',
    description: 'Primera línea.\nSegunda línea con acentos: señal, canción, corazón.',
    url: 'https://alianza-cpc.example/calendario/#derechos-del-nino',
  },
  {
    id: 'fin-de-ano',
    day: '12-31',
    name: 'Último día del año',
    description: 'Cruza al año siguiente.',
    url: 'https://alianza-cpc.example/calendario/#fin-de-ano',
  },
];

const options = { calendarName: 'Alianza CPC — fechas de campaña', firstYear: 2025 };

describe('calendarIcs', () => {
  const ics = calendarIcs(days, options);
  const calendar = ICAL.Component.fromString(ics);
  const events = calendar.getAllSubcomponents('vevent');

  it('names the calendar and the program that made it', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Alianza CPC/);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(options.calendarName);
  });

  it('writes one all-day event a year per day, with summary, description, URL and a stable UID', () => {
    expect(events).toHaveLength(days.length);
    days.forEach((day, i) => {
      const component = events[i]!;
      const event = new ICAL.Event(component);
      expect(event.uid).toBe(`${day.id}@alianza-cpc`);
      expect(event.summary).toBe(day.name);
      expect(event.description).toBe(`${day.description}\n\n${day.url}`);
      expect(component.getFirstPropertyValue('url')).toBe(day.url);

      // DTSTART;VALUE=DATE on firstYear-MM-DD, one day long.
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(`2025-${day.day}`);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(24 * 60 * 60);

      // Repeats every year.
      const rule = component.getFirstPropertyValue('rrule');
      expect(rule).toBeInstanceOf(ICAL.Recur);
      expect((rule as InstanceType<typeof ICAL.Recur>).freq).toBe('YEARLY');
      const occurrences = event.iterator();
      const dates = [occurrences.next(), occurrences.next(), occurrences.next()].map((t) => t?.toString());
      expect(dates).toEqual([`2025-${day.day}`, `2026-${day.day}`, `2027-${day.day}`]);

      // DTSTAMP is fixed, so rebuilding gives the same file.
      expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-01-01T00:00:00Z');
    });
  });

  it('ends the last day of the year on the first day of the next', () => {
    const last = new ICAL.Event(events[2]!);
    expect(last.endDate.toString()).toBe('2026-01-01');
  });

  it('marks the days with VALUE=DATE and the RRULE in the text itself', () => {
    expect(ics).toContain('DTSTART;VALUE=DATE:20250730\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20250731\r\n');
    expect(ics).toContain('RRULE:FREQ=YEARLY\r\n');
    expect(ics).toContain('UID:dia-contra-la-trata@alianza-cpc\r\n');
    expect(ics).toContain('DTSTAMP:20250101T000000Z\r\n');
  });

  it('is deterministic', () => {
    expect(calendarIcs(days, options)).toBe(ics);
  });

  it('ends every line with CRLF and folds lines at 75 octets without splitting a character', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    // The long summary, with accents, was folded (continuation lines start with a space).
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const summary = ics
      .replace(/\r\n /g, '')
      .split('\r\n')
      .find((line) => line.startsWith('SUMMARY:Día Universal'));
    expect(summary).toBe(`SUMMARY:${days[1]!.name.replace(/,/g, '\\,')}`);
  });

  it('escapes commas and semicolons in text', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('Jornada de las Naciones Unidas\\; se recuerda a niñas\\, niños');
    expect(unfolded).toContain('Primera línea.\\nSegunda línea');
  });

  it('writes an empty calendar when there are no days', () => {
    const empty = ICAL.Component.fromString(calendarIcs([], options));
    expect(empty.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(empty.getFirstPropertyValue('x-wr-calname')).toBe(options.calendarName);
  });

  it('refuses a day that does not exist, a repeated id or a bad year', () => {
    const bad = (day: string): CalendarDay => ({ ...days[0]!, day });
    expect(() => calendarIcs([bad('02-30')], options)).toThrow('"02-30" (dia-contra-la-trata) is not a day of 2025');
    expect(() => calendarIcs([bad('7-30')], options)).toThrow('is not a day of 2025');
    expect(() => calendarIcs([bad('02-29')], options)).toThrow('is not a day of 2025');
    expect(() => calendarIcs([bad('02-29')], { ...options, firstYear: 2024 })).not.toThrow();
    expect(() => calendarIcs([days[0]!, days[0]!], options)).toThrow('appears twice');
    expect(() => calendarIcs(days, { ...options, firstYear: 25 })).toThrow('four-digit year');
  });

  it('throws a clear error when the ics package refuses an event', () => {
    const broken = { ...days[0]!, url: 'not a url' };
    expect(() => calendarIcs([broken], options)).toThrow(
      /calendarIcs: the calendar could not be written: url must match .*\(event dia-contra-la-trata@alianza-cpc\)/,
    );
  });
});
