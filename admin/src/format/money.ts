const grouped = new Intl.NumberFormat('zh-CN', { useGrouping: true });

/** Money travels as integer fen in a string (`"123456"`); shown as `¥1,234.56`. */
export function formatFen(fen: string | number | bigint | null | undefined): string {
  if (fen === null || fen === undefined || fen === '') return '';
  const value = BigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}¥${grouped.format(abs / 100n)}.${String(abs % 100n).padStart(2, '0')}`;
}

/** A yuan amount typed by a person (`"1234.5"`) to integer fen (`"123450"`); null when it is not money. */
export function yuanToFen(input: string | number | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  const text = String(input)
    .trim()
    .replace(/[,，¥￥\s]/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return String(BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0') || '0'));
}

export function fenToYuan(fen: string | null | undefined): string {
  if (!fen) return '';
  const value = BigInt(fen);
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
