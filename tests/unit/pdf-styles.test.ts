/**
 * src/lib/pdf/styles.ts: pdfmake's style lookup without its allocations gives pdfmake's own answer
 * to every question a protocol PDF, a kit PDF and a poster ask, and the PDFs are the same.
 */
import { describe, expect, it } from 'vitest';
import { makePdfHere } from '../../src/lib/pdf/jobs';
import { fastStyleLookup, type StyleContextStack } from '../../src/lib/pdf/styles';
import { SAMPLE_POSTER_JOB, SAMPLE_PROTOCOL_JOB } from '../support/pdf';

const protocol = SAMPLE_PROTOCOL_JOB;
const poster = SAMPLE_POSTER_JOB;

describe('pdfmake style lookup', () => {
  const { StyleContextStack, original } = fastStyleLookup();

  it('answers every question of real documents as pdfmake does', async () => {
    const fast = { getStyleProperty: StyleContextStack.getStyleProperty, getProperty: StyleContextStack.prototype.getProperty };
    let asked = 0;
    const differences: string[] = [];
    // While the PDFs are made, every question is answered both ways (pdfmake's way last, as it
    // pushes and pops the stack) and the answers compared.
    StyleContextStack.getStyleProperty = (item, stack, property, defaultValue) => {
      asked += 1;
      const mine = fast.getStyleProperty(item, stack, property, defaultValue);
      const theirs = original.getStyleProperty.call(StyleContextStack, item, stack, property, defaultValue);
      if (mine !== theirs && differences.length < 5) differences.push(`${property}: ${String(mine)} ≠ ${String(theirs)}`);
      return theirs;
    };
    StyleContextStack.prototype.getProperty = function (this: StyleContextStack, property: string) {
      asked += 1;
      const mine = fast.getProperty.call(this, property);
      const theirs = original.getProperty.call(this, property);
      if (mine !== theirs && differences.length < 5) differences.push(`stack ${property}: ${String(mine)} ≠ ${String(theirs)}`);
      return theirs;
    };
    try {
      for (const job of [protocol, poster]) await makePdfHere(job);
    } finally {
      StyleContextStack.getStyleProperty = fast.getStyleProperty;
      StyleContextStack.prototype.getProperty = fast.getProperty;
    }
    expect(differences).toEqual([]);
    expect(asked).toBeGreaterThan(1000);
  }, 30_000);

  it('gives the same PDF as pdfmake\'s own lookup', async () => {
    const fast = { getStyleProperty: StyleContextStack.getStyleProperty, getProperty: StyleContextStack.prototype.getProperty };
    const withFast = await makePdfHere(protocol);
    StyleContextStack.getStyleProperty = original.getStyleProperty;
    StyleContextStack.prototype.getProperty = original.getProperty;
    let withOriginal: Uint8Array;
    try {
      withOriginal = await makePdfHere(protocol);
    } finally {
      StyleContextStack.getStyleProperty = fast.getStyleProperty;
      StyleContextStack.prototype.getProperty = fast.getProperty;
    }
    expect(Buffer.from(withFast).equals(Buffer.from(withOriginal))).toBe(true);
  }, 30_000);

  it('reads a style\'s parents, the last first, and survives a loop', () => {
    const stack = Object.assign(Object.create(StyleContextStack.prototype) as StyleContextStack, {
      styleDictionary: { a: { extends: ['b', 'c'] }, b: { color: 'blue', extends: 'a' }, c: { color: 'cyan', fontSize: 9 }, d: { extends: 'd' } },
      styleOverrides: ['d', 'a'],
      defaultStyle: { font: 'Helvetica' },
    });
    for (const property of ['color', 'fontSize', 'font', 'bold']) {
      expect(stack.getProperty(property)).toBe(original.getProperty.call(stack, property));
      for (const item of [{ style: 'b' }, { style: ['c', 'b'] }, { section: true, style: 'b' }, 'text', { bold: true, style: { color: 'red' } }]) {
        expect(StyleContextStack.getStyleProperty(item, stack, property, 'none')).toBe(original.getStyleProperty.call(StyleContextStack, item, stack, property, 'none'));
      }
    }
    expect(stack.getProperty('color')).toBe('cyan');
  });
});
