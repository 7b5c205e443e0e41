import { POOL_CSV_HEADER } from '../enums';
import type { ImportRejection } from '../operations';

const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The empty import file: the header the API expects (ImportPoolInput.csv), in export order. */
export function templateCsv(): string {
  return `${POOL_CSV_HEADER}\r\n`;
}

/** The refused rows as CSV, with translated headers. */
export function rejectionsCsv(
  rows: readonly ImportRejection[],
  translate: (key: string) => string,
  columnLabel: (field: string) => string,
): string {
  const lines = [
    ['onedoor.people.import.line', 'onedoor.people.import.field', 'onedoor.people.import.reason']
      .map((k) => cell(translate(k)))
      .join(','),
  ];
  for (const r of rows) lines.push([String(r.line), columnLabel(r.field), r.reason].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Data rows in a CSV text (non-empty lines after the header; quoted line breaks are rare in pool files). */
export function countDataRows(text: string): number {
  return Math.max(text.split(/\r?\n/).filter((l) => l.trim() !== '').length - 1, 0);
}

/** A whole file read as UTF-8 text in the browser. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** How far an import is, 0–100, from the phase and the row counts the server reports. */
export function progressPercent(p: {
  phase: string;
  totalRows: number;
  validatedRows: number;
  writtenRows: number;
}): number {
  if (p.phase === 'DONE' || p.phase === 'FAILED') return 100;
  const total = Math.max(p.totalRows, 1);
  if (p.phase === 'VALIDATING') return Math.round((p.validatedRows / total) * 40);
  if (p.phase === 'CHECKING_REFERENCES') return 45;
  return 50 + Math.round((p.writtenRows / total) * 50);
}
