/** A rate (0…1) as a percentage with one decimal; a dash when the API has none (nothing to rate). */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** A change (fraction) with its sign: `+12.5%`, `-3.0%`; a dash when there is nothing to compare with. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';
  return `${change > 0 ? '+' : ''}${(change * 100).toFixed(1)}%`;
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat('zh-CN').format(n);
}

/** Fen to a yuan number for a chart's scale (charts need numbers; cards show exact money with formatFen). */
export function fenToNumber(fen: string): number {
  return Number(BigInt(fen)) / 100;
}
