/**
 * Tables of a tagged PDF with header cells: facts side by side (labels over values, TH scope
 * Column) and the rows of a lesson's steps. Rules are artifacts; a row never breaks across pages.
 */
import { BODY, MARGIN_X, QUIET_COLOR, WIDTH, type TextStyle } from './layout';
import type { TaggedPdf } from './writer';

const LABEL: TextStyle = { size: 8.5, bold: true, color: QUIET_COLOR };
const PAD = 5;

/** Labels over values, in ruled cells across the text width: level, grades, duration… */
export function factsTable(pdf: TaggedPdf, parent: PDFKit.PDFStructureElement, facts: [string, string][]): void {
  const { doc } = pdf;
  const cell = WIDTH / facts.length;
  const inner = cell - 2 * PAD;
  const labels = Math.max(...facts.map(([label]) => pdf.heightOf(label, LABEL, inner)));
  const values = Math.max(...facts.map(([, value]) => pdf.heightOf(value, BODY, inner)));
  const height = labels + values + 2 * PAD + 2;
  pdf.room(height);
  const top = doc.y;
  pdf.artifact(() => {
    doc.lineWidth(0.75).strokeColor(QUIET_COLOR);
    doc.moveTo(MARGIN_X, top).lineTo(MARGIN_X + WIDTH, top).stroke();
    doc.moveTo(MARGIN_X, top + height).lineTo(MARGIN_X + WIDTH, top + height).stroke();
    for (let i = 0; i <= facts.length; i++) doc.moveTo(MARGIN_X + i * cell, top).lineTo(MARGIN_X + i * cell, top + height).stroke();
  });
  const table = pdf.element(parent, 'Table');
  const head = pdf.element(table, 'TR');
  facts.forEach(([label], i) => {
    pdf.text(head, 'TH', label, LABEL, { x: MARGIN_X + i * cell + PAD, width: inner }, {}, top + PAD);
  });
  head.end();
  const row = pdf.element(table, 'TR');
  facts.forEach(([, value], i) => {
    pdf.text(row, 'TD', value, BODY, { x: MARGIN_X + i * cell + PAD, width: inner }, {}, top + PAD + labels + 2);
  });
  row.end();
  table.end();
  doc.y = top + height + 12;
}

export interface StepRow {
  title: string;
  text: string[];
  minutes: string;
}

const MINUTES_WIDTH = 70;
const stepHeight = (pdf: TaggedPdf, row: StepRow, width: number) =>
  pdf.heightOf(row.title, { ...BODY, bold: true }, width) + row.text.reduce((sum, t) => sum + 2 + pdf.heightOf(t, BODY, width), 0) + 8;

/** The height of the steps' header row and first step: what must fit under the heading before them. */
export function stepsLead(pdf: TaggedPdf, rows: StepRow[]): number {
  return pdf.use(LABEL) + 7 + stepHeight(pdf, rows[0] ?? { title: '', text: [], minutes: '' }, WIDTH - MINUTES_WIDTH - 8);
}

/** The steps: a header row (Paso | Duración), then each step, its title in bold, its minutes on the right. */
export function stepsTable(pdf: TaggedPdf, parent: PDFKit.PDFStructureElement, header: [string, string], rows: StepRow[]): void {
  const { doc } = pdf;
  const minutesWidth = MINUTES_WIDTH;
  const textWidth = WIDTH - minutesWidth - 8;
  const rule = (y: number, width = 0.5) => pdf.artifact(() => doc.moveTo(MARGIN_X, y).lineTo(MARGIN_X + WIDTH, y).lineWidth(width).stroke(QUIET_COLOR));
  const table = pdf.element(parent, 'Table');
  const headRow = () => {
    const y = doc.y;
    const tr = pdf.element(table, 'TR');
    pdf.text(tr, 'TH', header[0], LABEL, { x: MARGIN_X, width: textWidth }, { }, y);
    pdf.text(tr, 'TH', header[1], LABEL, { x: MARGIN_X + textWidth + 8, width: minutesWidth }, { align: 'right' }, y);
    tr.end();
    doc.y += 3;
    rule(doc.y, 0.75);
    doc.y += 4;
  };
  const rowHeight = (row: StepRow) => stepHeight(pdf, row, textWidth);
  pdf.room(stepsLead(pdf, rows));
  headRow();
  for (const row of rows) {
    const height = rowHeight(row);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      headRow();
    }
    const y = doc.y;
    const tr = pdf.element(table, 'TR');
    const cell = pdf.element(tr, 'TD');
    pdf.text(cell, 'P', row.title, { ...BODY, bold: true }, { x: MARGIN_X, width: textWidth }, {}, y);
    for (const part of row.text) {
      doc.y += 2;
      pdf.text(cell, 'P', part, BODY, { x: MARGIN_X, width: textWidth });
    }
    cell.end();
    const bottom = doc.y;
    pdf.text(tr, 'TD', row.minutes, BODY, { x: MARGIN_X + textWidth + 8, width: minutesWidth }, { align: 'right' }, y);
    tr.end();
    doc.y = bottom + 4;
    rule(doc.y);
    doc.y += 4;
  }
  table.end();
  doc.y += 8;
}

/** Writing lines across the text width, `gap` points apart (artifacts: nothing to read). */
export function writingLines(pdf: TaggedPdf, count: number, gap: number, x = MARGIN_X): void {
  const { doc } = pdf;
  const top = doc.y;
  pdf.artifact(() => {
    for (let i = 1; i <= count; i++) doc.moveTo(x, top + i * gap).lineTo(MARGIN_X + WIDTH, top + i * gap).lineWidth(0.5).stroke(QUIET_COLOR);
  });
  doc.y = top + count * gap + 4;
}

