import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles, type ZipFile } from '../../src/lib/kits/zip';

const DATE = new Date('2024-03-01T10:20:30Z');

/** Bytes that look like a PDF and do not shrink much: what a real PDF does when deflated again. */
function fakePdf(): Uint8Array {
  const bytes = new Uint8Array(4000);
  let seed = 7;
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = seed >> 16;
  }
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

const LEEME = 'Kit de prevención: niñas, niños y adolescentes\r\nImprime cada sesión en A4.\r\n';
const CSV = 'sesión,minutos\r\nSeñales de alerta,45\r\n'.repeat(20);

function files(): ZipFile[] {
  return [
    { name: 'LEEME.txt', data: LEEME },
    { name: 'kit-primaria.pdf', data: fakePdf() },
    { name: 'sesiones/01-señales-de-alerta.pdf', data: fakePdf() },
    { name: 'afiches/campaña.svg', data: `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(200)}</svg>` },
    { name: 'afiches/campaña.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
    { name: 'sesiones.csv', data: CSV },
  ];
}

interface LocalEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: number;
  /** The MS-DOS date and time fields. */
  time: number;
  date: number;
  /** Bytes in the archive, and once extracted. */
  compressedSize: number;
  size: number;
}

/** The local file headers, read one after the other from the start of the archive. */
function localEntries(zip: Uint8Array): LocalEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries: LocalEntry[] = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const compressedSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength)),
      method: view.getUint16(at + 8, true),
      time: view.getUint16(at + 10, true),
      date: view.getUint16(at + 12, true),
      compressedSize,
      size: view.getUint32(at + 22, true),
    });
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return entries;
}

describe('zipFiles', () => {
  const zip = zipFiles(files(), DATE);

  it('holds the files given, by name and in that order', () => {
    const names = files().map((f) => f.name);
    expect(Object.keys(unzipSync(zip))).toEqual(names);
    expect(localEntries(zip).map((e) => e.name)).toEqual(names);
  });

  it('gives back the same bytes and text, CRLF line ends and accents included', () => {
    const unzipped = unzipSync(zip);
    expect(strFromU8(unzipped['LEEME.txt']!)).toBe(LEEME);
    expect(unzipped['LEEME.txt']).toEqual(new TextEncoder().encode(LEEME));
    expect(strFromU8(unzipped['sesiones.csv']!)).toBe(CSV);
    expect(unzipped['kit-primaria.pdf']).toEqual(fakePdf());
    expect(unzipped['afiches/campaña.png']).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  });

  it('stores PDFs and images and deflates text', () => {
    const methods = Object.fromEntries(localEntries(zip).map((e) => [e.name, e.method]));
    expect(methods).toEqual({
      'LEEME.txt': 8,
      'kit-primaria.pdf': 0,
      'sesiones/01-señales-de-alerta.pdf': 0,
      'afiches/campaña.svg': 8,
      'afiches/campaña.png': 0,
      'sesiones.csv': 8,
    });
    const sizes = Object.fromEntries(localEntries(zip).map((e) => [e.name, e]));
    expect(sizes['kit-primaria.pdf']).toMatchObject({ compressedSize: 4000, size: 4000 });
    expect(sizes['sesiones.csv']!.compressedSize).toBeLessThan(sizes['sesiones.csv']!.size / 4);
  });

  it('dates every entry with the date given, read in UTC', () => {
    const dosDate = ((2024 - 1980) << 9) | (3 << 5) | 1;
    const dosTime = (10 << 11) | (20 << 5) | (30 >> 1);
    for (const entry of localEntries(zip)) expect(entry).toMatchObject({ date: dosDate, time: dosTime });
  });

  it('gives the same bytes for the same files and date', () => {
    expect(zipFiles(files(), DATE)).toEqual(zip);
    expect(zipFiles(files(), new Date('2025-01-15T00:00:00Z'))).not.toEqual(zip);
  });

  it('gives the same bytes in any time zone', () => {
    const zone = process.env['TZ'];
    try {
      for (const tz of ['America/Lima', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'UTC']) {
        process.env['TZ'] = tz; // Node reads it again on change
        expect(zipFiles(files(), DATE), tz).toEqual(zip);
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('accepts Buffers as they are', () => {
    const buffer = Buffer.from('%PDF-1.7 buffer');
    const unzipped = unzipSync(zipFiles([{ name: 'a.pdf', data: buffer }], DATE));
    expect(Buffer.from(unzipped['a.pdf']!).equals(buffer)).toBe(true);
  });

  it('refuses names that would be lost or land outside the folder, naming them', () => {
    const one = (name: string) => () => zipFiles([{ name: 'LEEME.txt', data: 'x' }, { name, data: 'y' }], DATE);
    expect(one('LEEME.txt')).toThrow('zipFiles: the name "LEEME.txt" appears twice: give each file its own name');
    expect(one('leeme.txt')).toThrow('the name "leeme.txt" is the same file as "LEEME.txt" on Windows');
    expect(one('../fuera.txt')).toThrow('the name "../fuera.txt" contains ".."');
    expect(one('sesiones/../../fuera.txt')).toThrow('"sesiones/../../fuera.txt" contains ".."');
    expect(one('/etc/kit.txt')).toThrow('the name "/etc/kit.txt" starts with "/"');
    expect(one('sesiones\\1.pdf')).toThrow('the name "sesiones\\1.pdf" contains "\\"');
    expect(one('')).toThrow('the name "" is empty');
    expect(one('2024')).toThrow('the name "2024" is only digits');
  });

  it('refuses a date a ZIP file cannot hold', () => {
    expect(() => zipFiles([], new Date('1970-01-01T00:00:00Z'))).toThrow(/between 1980 and 2099/);
    expect(() => zipFiles([], new Date('not a date'))).toThrow(/cannot be written in a ZIP file/);
  });
});
