import { yuanToFen } from '../format/money';

/** Fen to send for a typed yuan amount, or null when the field was left empty. */
export function fenOf(value: unknown): string | null {
  return value === null || value === undefined || value === '' ? null : yuanToFen(value as string);
}
