/** /calendario.ics: the campaign days, repeating every year (iCalendar, made with the `ics` package). */
import { calendarIcs } from '../lib/calendar-ics';
import { calendarDays } from '../data/directory';
import { es } from '../i18n/es';
import { siteUrl } from '../site';

export function GET() {
  const days = calendarDays.map((d) => ({
    id: d.id,
    day: d.day,
    name: d.name.es,
    description: d.description.es,
    url: new URL(`/calendario/#${d.id}`, siteUrl).href,
  }));
  const body = calendarIcs(days, { calendarName: `${es['site.name']}: ${es['calendar.title']}`, firstYear: 2026 });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
