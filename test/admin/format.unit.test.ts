import { describe, expect, it } from 'vitest';
import { fenToYuan, formatFen, yuanToFen } from '../../admin/src/format/money';
import { formatDate, formatDateTime, shanghaiLocalToIso, todayInShanghai } from '../../admin/src/format/time';

describe('money on screen', () => {
  it.each([
    ['123456789', '¥1,234,567.89'],
    ['5', '¥0.05'],
    ['-100', '-¥1.00'],
    ['900719925474099312', '¥9,007,199,254,740,993.12'],
    [null, ''],
  ])('shows integer fen (%s) as yuan with grouping, exactly: %j', (fen, shown) => {
    expect(formatFen(fen)).toBe(shown);
  });

  it('reads what a person types in yuan into fen, and refuses what is not money', () => {
    expect(yuanToFen('1,234.5')).toBe('123450');
    expect(yuanToFen('¥ 20')).toBe('2000');
    expect(yuanToFen('0.07')).toBe('7');
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('-5')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(fenToYuan('123450')).toBe('1234.50');
  });
});

describe('times in Beijing', () => {
  it('shows an instant in Asia/Shanghai whatever the runner’s zone', () => {
    expect(formatDateTime('2026-11-23T16:30:00Z')).toBe('2026/11/24 00:30');
  });

  it('keeps a calendar day as it is', () => {
    expect(formatDate('2026-11-23')).toBe('2026/11/23');
  });

  it('knows which day it is in Beijing and reads Beijing wall time', () => {
    expect(todayInShanghai(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
    expect(shanghaiLocalToIso('2026-11-24T08:00')).toBe('2026-11-24T00:00:00.000Z');
  });
});
