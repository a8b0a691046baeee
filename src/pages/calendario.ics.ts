/** /calendario.ics: the campaign days, repeating every year (iCalendar, made with the `ics` package). */
import { calendarFile } from '../data/directory';

export function GET() {
  return new Response(calendarFile, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
