/** A QR code's modules, from qrcode-generator's public API (byte mode, the text as given). */
import qrcode from 'qrcode-generator';

export type QrEcc = 'L' | 'M' | 'Q' | 'H';

/** The dark modules, row by row (true = dark), of the smallest code that holds `text`. */
export function qrModules(text: string, ecc: QrEcc = 'M'): boolean[][] {
  const code = qrcode(0, ecc);
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  return Array.from({ length: count }, (_, row) => Array.from({ length: count }, (_, col) => code.isDark(row, col)));
}
