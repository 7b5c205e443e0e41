import { describe, expect, it } from 'vitest';
import englishMessages from '../../admin/node_modules/ra-language-english/dist/index.js';
import { raChinese } from '../../admin/src/i18n/ra-chinese';

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, prefix = ''): Leaf[] {
  if (node === null || typeof node !== 'object') return [{ path: prefix, value: node }];
  return Object.entries(node).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/%\{([^}]+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

function pluralSeparators(text: string): number {
  return text.split('||||').length - 1;
}

const english = new Map(leaves(englishMessages).map((l) => [l.path, l.value]));
const chinese = new Map(leaves(raChinese).map((l) => [l.path, l.value]));

function englishText(path: string): string {
  const value = english.get(path);
  if (typeof value !== 'string') throw new Error(`English message ${path} is not a string`);
  return value;
}

function chineseText(path: string): string {
  const value = chinese.get(path);
  if (typeof value !== 'string') throw new Error(`Chinese message ${path} is not a string`);
  return value;
}

describe('Chinese translation of the react-admin messages', () => {
  it('has exactly the same keys as the English messages', () => {
    expect(english.size).toBeGreaterThan(100);
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('gives every key a non-empty text', () => {
    for (const [path, value] of chinese) {
      expect(typeof value, path).toBe('string');
      expect((value as string).length, path).toBeGreaterThan(0);
    }
  });

  it('keeps the same placeholders as the English text for each key', () => {
    for (const path of english.keys()) {
      expect(placeholders(chineseText(path)), path).toEqual(placeholders(englishText(path)));
    }
  });

  it('keeps the same number of plural forms as the English text', () => {
    for (const path of english.keys()) {
      expect(pluralSeparators(chineseText(path)), path).toBe(pluralSeparators(englishText(path)));
    }
  });

  it('leaves no text untranslated unless there are no English words in it', () => {
    for (const path of english.keys()) {
      const source = englishText(path);
      const wordsOutsidePlaceholders = /[A-Za-z]/.test(source.replace(/%\{[^}]+\}/g, ''));
      if (wordsOutsidePlaceholders) expect(chineseText(path), path).not.toBe(source);
    }
  });
});
