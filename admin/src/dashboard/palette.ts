/** Colours for chart series: distinguishable, calm, and in a fixed order so a channel keeps its colour. */
export const PALETTE = [
  '#1565c0',
  '#2e7d32',
  '#ef6c00',
  '#6a1b9a',
  '#00838f',
  '#c62828',
  '#558b2f',
  '#ad1457',
  '#4527a0',
  '#f9a825',
  '#37474f',
  '#8d6e63',
] as const;

export const colour = (i: number): string => PALETTE[i % PALETTE.length]!;
