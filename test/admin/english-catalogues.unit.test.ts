import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonEn } from '../../admin/src/i18n/common';
import type { Messages } from '../../admin/src/module';

const SRC = join(import.meta.dirname, '..', '..', 'admin', 'src');

/** Chinese characters, and the full-width punctuation of a Chinese sentence (：，。、（）；《》 and the rest). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * Where Chinese belongs on an English screen: a language named in its own words, and values the data itself
 * holds (the pool CSV takes 专职/兼职; members' languages are recorded as the county writes them).
 */
const DATA = new Set([
  'onedoor.language.zh',
  // Examples of what a county types: its organisations' Chinese short names and aliases.
  'onedoor.grid.orgs.shortNameHint',
  'onedoor.grid.orgs.aliasesHint',
  'onedoor.people.import.hints.fullTime',
  'onedoor.people.import.hints.languages',
  'onedoor.people.member.languagesHint',
]);

const englishFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? englishFiles(join(dir, entry.name))
      : entry.name.endsWith('.en.ts')
        ? [join(dir, entry.name)]
        : [],
  );

const leaves = (m: Messages, prefix = ''): [string, string][] =>
  Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}.`)));

async function englishCatalogues(): Promise<Record<string, Messages>> {
  const catalogues: Record<string, Messages> = { 'i18n/common.ts commonEn': commonEn };
  for (const file of englishFiles(SRC)) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports))
      if (value && typeof value === 'object' && !Array.isArray(value))
        catalogues[`${relative(SRC, file)} ${name}`] = value as Messages;
  }
  return catalogues;
}

describe('the English catalogues', () => {
  it('are every *.en.ts of the back office and the English of i18n/common.ts', async () => {
    const names = Object.keys(await englishCatalogues());
    expect(names).toEqual(
      expect.arrayContaining([
        'i18n/common.ts commonEn',
        'i18n/errors.en.ts errorsEn',
        'cases/messages.en.ts casesEn',
        'people/messages.en.ts peopleEn',
        'grid/messages.en.ts gridEn',
        'funds/messages.en.ts fundsEn',
        'dashboard/messages.en.ts dashboardEn',
      ]),
    );
  });

  it('hold no Chinese characters and no Chinese punctuation, but in data', async () => {
    const found = Object.entries(await englishCatalogues()).flatMap(([catalogue, messages]) =>
      leaves(messages)
        .filter(([key, text]) => CJK.test(text) && !DATA.has(key))
        .map(([key, text]) => `${catalogue}: ${key} = ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('would catch a colon or a bracket of a Chinese sentence', () => {
    for (const text of ['By：', '（lead）', 'a，b', 'done。', 'x、y', '经办人'])
      expect(CJK.test(text), text).toBe(true);
    expect(CJK.test('By: Wang (lead), done; ¥5,000.00 – 12:00 "ok"')).toBe(false);
  });
});
