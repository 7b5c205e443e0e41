/** Fen as yuan for messages people read: 123456n → "¥1234.56". */
export function formatYuan(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}¥${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
