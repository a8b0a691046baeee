import { describe, expect, it } from 'vitest';
import { downloadName, localeFromParam, localeParam, localizePath, parsePath, telHref } from '../../src/lib/routes/urls';
import { formatDate, formatPartialDate, newest, setiembre } from '../../src/lib/text/format';

describe('paths in each language', () => {
  it('serves Spanish at the root and Quechua under /qu/', () => {
    expect(localizePath('/socios/oit/', 'es')).toBe('/socios/oit/');
    expect(localizePath('/socios/oit/', 'qu')).toBe('/qu/socios/oit/');
    expect(localizePath('/', 'qu')).toBe('/qu/');
  });

  it('reads the language back from a path', () => {
    expect(parsePath('/qu/socios/oit/')).toEqual({ locale: 'qu', route: '/socios/oit/' });
    expect(parsePath('/qu')).toEqual({ locale: 'qu', route: '/' });
    expect(parsePath('/quechua/')).toEqual({ locale: 'es', route: '/quechua/' });
  });

  it('maps languages to the [...locale] route parameter and back', () => {
    expect(localeParam('es')).toBeUndefined();
    expect(localeParam('qu')).toBe('qu');
    expect(localeFromParam(undefined)).toBe('es');
    expect(localeFromParam('qu')).toBe('qu');
    expect(() => localeFromParam('en')).toThrow('Unknown language in the URL: "en"');
  });

  it('names a download after what it is, in its language, whatever its address', () => {
    expect(downloadName('/protocolos/ruta-de-derivacion/v2.0.pdf')).toBe('alianza-cpc_ruta-de-derivacion_v2.0.pdf');
    expect(downloadName('/qu/protocolos/ruta-de-derivacion/v2.0.pdf')).toBe('alianza-cpc_ruta-de-derivacion_v2.0_qu.pdf');
    expect(downloadName('/regiones/loreto/servicios.csv')).toBe('alianza-cpc_loreto_servicios.csv');
    expect(downloadName('/calendario.ics')).toBe('alianza-cpc_calendario.ics');
  });

  it('dials only the digits of a number as written', () => {
    expect(telHref('0-800-15170')).toBe('tel:080015170');
    expect(telHref('105')).toBe('tel:105');
  });
});

describe('dates for readers', () => {
  const day = new Date('2017-06-15T00:00:00Z');
  it('writes a day in Spanish words', () => {
    expect(formatDate(day, 'es')).toBe('15 de junio de 2017');
  });
  it('writes timeline dates of a year, a month or a day', () => {
    expect(formatPartialDate('2022', 'es')).toBe('2022');
    expect(formatPartialDate('2017-10', 'es')).toBe('octubre de 2017');
    expect(formatPartialDate('2024-10-21', 'es')).toBe('21 de octubre de 2024');
  });
  it('writes the ninth month as Peru does, "setiembre", whatever Intl prints', () => {
    expect(formatDate(new Date('2026-09-23T00:00:00Z'), 'es')).toBe('23 de setiembre de 2026');
    expect(formatPartialDate('2023-09', 'es')).toBe('setiembre de 2023');
    expect(setiembre('23 de septiembre; Septiembre')).toBe('23 de setiembre; Setiembre');
  });
  it('finds the newest date', () => {
    expect(newest([day, new Date('2020-01-01'), new Date('2019-01-01')])?.getUTCFullYear()).toBe(2020);
    expect(newest([])).toBeUndefined();
  });
});
