import { describe, expect, it } from 'vitest';
import { dashboardEn } from '../../admin/src/dashboard/messages.en';
import { dashboardZh } from '../../admin/src/dashboard/messages.zh';
import type { Messages } from '../../admin/src/module';

const keys = (m: Messages, prefix = ''): string[] =>
  Object.entries(m)
    .flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))
    .sort();

describe("the dashboard's words", () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(keys(dashboardEn)).toEqual(keys(dashboardZh));
    const leaves = (m: Messages): string[] =>
      Object.values(m).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));
    expect([...leaves(dashboardZh), ...leaves(dashboardEn)].filter((v) => v.trim() === '')).toEqual([]);
  });
});
