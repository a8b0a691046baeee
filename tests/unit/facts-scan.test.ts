/**
 * The facts scanner (src/lib/facts/scan.ts) and the registry check (src/lib/facts/check.ts): what
 * counts as a phone number, a law or decree number and an amount in an editor's text, in Spanish
 * and in Quechua, and what the content check says when the registry does not hold one.
 */
import { describe, expect, it } from 'vitest';
import { keysOf, scanFile, scanLine } from '../../src/lib/facts/scan';
import { factProblems } from '../../src/lib/facts/check';
import { heldKeys } from '../../src/lib/facts/registry';
import type { CheckedEntry } from '../../src/lib/content/problems';

const keys = (text: string) => scanLine(text).map((c) => c.key);

describe('phone numbers', () => {
  it('finds a short number after a word that introduces one, in Spanish', () => {
    expect(keys('Llama a la Línea 1818 o, en una emergencia, llama al 105.')).toEqual(['phone 1818', 'phone 105']);
    expect(keys('La Central de Emergencias 105 atiende en quechua; también la Central 111.')).toEqual(['phone 105', 'phone 111']);
    expect(keys('Marca el 1810 desde cualquier teléfono.')).toEqual(['phone 1810']);
  });

  it('finds a short number before "yupay", in Quechua', () => {
    expect(keys('Manchakuy kaqtinqa, 105 yupayman waqyay.')).toEqual(['phone 105']);
    expect(keys("MIMPpa Línea 1810 yupayninman willay.")).toEqual(['phone 1810']);
  });

  it('finds toll-free, mobile, area-code numbers and tel: links, whatever their grouping', () => {
    expect(keys('La línea gratuita es el 0-800-15170.')).toEqual(['phone 080015170']);
    expect(keys('Antes era el 0800-2-3232.')).toEqual(['phone 080023232']);
    expect(keys('Escribe al 984 123 456 o al 984-123-456.')).toEqual(['phone 984123456', 'phone 984123456']);
    expect(keys('Oficina: (084) 123456; desde fuera, +51 1 234 5678.')).toEqual(['phone 5112345678', 'phone 084123456']);
    expect(keys('[Llamar](tel:080015170)')).toEqual(['phone 080015170']);
  });

  it('leaves alone numbers that are not phone numbers: years, counts, decree numbers, addresses', () => {
    expect(keys('En 2017 se firmó; en 2021 hubo 1,448 denuncias y 433 centros.')).toEqual([]);
    expect(keys('Ver https://www.gob.pe/institucion/mininter/noticias/325032 y la resolución A/RES/68/192.')).toEqual([]);
    expect(keys('El Plan Nacional 2017-2021 (DS 017-2017-IN).')).toEqual(['law DS 017-2017-IN']);
  });
});

describe('laws and decrees', () => {
  it('reads every way of writing a number as one key', () => {
    for (const text of ['Ley N° 28950', 'Ley Nº 28950', 'Ley N.° 28950', 'ley 28950', 'Ley No. 28950']) expect(keys(text)).toEqual(['law Ley 28950']);
    expect(keys('la Ley 9.143 de Argentina')).toEqual(['law Ley 9143']);
    for (const text of ['DS N° 007-2023-IN', 'D. S. N° 007-2023-IN', 'D.S. 007-2023-IN', 'Decreto Supremo N° 007-2023-IN']) expect(keys(text)).toEqual(['law DS 007-2023-IN']);
    for (const text of ['D. L. N° 1297', 'DL 1297', 'Decreto Legislativo N° 1297']) expect(keys(text)).toEqual(['law DL 1297']);
    for (const text of ['R. M. N° 1218-85-ED', 'RM 1218-85-ED', 'Resolución Ministerial N° 1218-85-ED']) expect(keys(text)).toEqual(['law RM 1218-85-ED']);
  });

  it('does not take a bill for a law', () => {
    expect(keys('Proyecto de Ley 5712/2023-CR, que menciona la Ley N° 29918')).toEqual(['law Ley 29918']);
  });
});

describe('amounts', () => {
  it('reads soles and dollars, with or without a space, with a decimal comma or point', () => {
    expect(keys('al menos S/ 8 millones')).toEqual(['amount S/ 8 millones']);
    expect(keys('US$5 millones y US$ 5 millones')).toEqual(['amount US$ 5 millones', 'amount US$ 5 millones']);
    expect(keys('US$1,7 millones')).toEqual(keys('US$1.7 millones'));
    expect(keys('una multa de S/ 1,000')).toEqual(['amount S/ 1000']);
    // Thousands however grouped are one amount; a decimal comma is a point.
    expect(keys('S/ 1 000, S/ 1.000, S/ 1000 y S/ 1,000')).toEqual(['amount S/ 1000', 'amount S/ 1000', 'amount S/ 1000', 'amount S/ 1000']);
    expect(keys('US$1,7 millones o US$1.7 millones, no US$1,75 millones')).toEqual(['amount US$ 1.7 millones', 'amount US$ 1.7 millones', 'amount US$ 1.75 millones']);
  });

  it('does not read a path or a UN symbol as soles', () => {
    expect(keys('resolución A/RES/68/192')).toEqual([]);
  });
});

describe('a file', () => {
  it('gives each claim its line, and skips YAML comments (notes to editors) but not Markdown headings', () => {
    const mdx = '---\ntitle: "Línea 1818"\n# nota: antes era el 0800-2-3232\n---\n\n# Llama al 105\n\nTexto con US$5 millones.\n';
    expect(scanFile(mdx, 'mdx').map((c) => `${c.line}: ${c.key}`)).toEqual(['2: phone 1818', '6: phone 105', '8: amount US$ 5 millones']);
    const yaml = '# S/ 300 en un comentario\n- id: x\n  purpose: { es: "Llama al 105", qu: "105 yupayman waqyay" }\n';
    expect(scanFile(yaml, 'yaml').map((c) => `${c.line}: ${c.key}`)).toEqual(['3: phone 105', '3: phone 105']);
  });
});

describe('the registry check', () => {
  const fact = (id: string, kind: string, value: unknown, index = 0): CheckedEntry => ({
    collection: 'facts',
    id,
    file: 'content/facts/lineas.yaml',
    index,
    data: { id, kind, value, verified: new Date('2026-11-28T00:00:00Z') },
  });
  const registry = [fact('linea-1818-numero', 'phone', '1818'), fact('ley-28950', 'law', 'Ley N° 28950', 1), fact('horario', 'hours', { es: '24 horas' }, 2)];

  it('holds the keys of its values: digits for a phone, what the scanner reads for the rest', () => {
    expect([...heldKeys(registry.map((e) => e.data as never)).keys()]).toEqual(['phone 1818', 'law Ley 28950']);
    expect(keysOf('0-800-15170', 'phone')).toEqual(['phone 080015170']);
  });

  it('refuses a claim the registry lacks, naming the file, the line and the registry file to add it to', () => {
    const files = [{ file: 'content/news/x/es.mdx', format: 'mdx' as const, text: '---\ntitle: x\n---\n\nLlama a la Línea 1818 o a la Línea 1819, según la Ley N° 28950 y el DS N° 001-2099-IN.\n' }];
    expect(factProblems(registry, files)).toEqual([
      {
        file: 'content/news/x/es.mdx',
        field: 'line 5',
        message: 'states the law or decree "DS N° 001-2099-IN", which the facts registry does not hold: add it with its sources to content/facts/normas.yaml (docs/facts.md says how), or remove it from the text',
      },
      {
        file: 'content/news/x/es.mdx',
        field: 'line 5',
        message: 'states the phone number "Línea 1819", which the facts registry does not hold: add it with its sources to content/facts/lineas.yaml (docs/facts.md says how), or remove it from the text',
      },
    ]);
  });

  it('refuses a law or amount fact the scanner cannot read, and a hotline that names a fact of another kind', () => {
    const bad = fact('ley-rara', 'law', 'la ley de trata', 3);
    const hotline: CheckedEntry = { collection: 'hotlines', id: 'linea-1818', file: 'content/data/hotlines.yaml', index: 1, data: { number: { id: 'horario' } } };
    expect(factProblems([...registry, bad, hotline], [])).toEqual([
      {
        file: 'content/facts/lineas.yaml',
        field: '[3].value',
        message: 'is "la ley de trata", which does not read as a law or decree: write it as the pages do, e.g. "Ley N° 28950", "DS N° 007-2023-IN", "D. L. N° 1297" or "RM N° 1218-85-ED"',
      },
      {
        file: 'content/data/hotlines.yaml',
        field: '[1].number',
        message: 'names the fact "horario", which is the hours of a service, not a phone number: name a fact with "kind: phone" from content/facts/',
      },
    ]);
  });
});
