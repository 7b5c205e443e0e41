import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import type { AdminModule, Messages } from '../module';
import { attachmentsEn } from '../shared/attachments/messages.en';
import { attachmentsZh } from '../shared/attachments/messages.zh';
import { commonEn, commonZh } from './common';
import { errorsEn } from './errors.en';
import { errorsZh } from './errors.zh';
import { raChinese } from './ra-chinese';

export function deepMerge(target: Messages, source: Messages): Messages {
  const out: Messages = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key];
    out[key] = typeof value === 'object' && typeof existing === 'object' ? deepMerge(existing, value) : value;
  }
  return out;
}

export function catalogues(modules: readonly AdminModule[]): { zh: Messages; en: Messages } {
  return {
    zh: modules.reduce(
      (all, m) => deepMerge(all, m.messages.zh),
      deepMerge(deepMerge(deepMerge(raChinese as unknown as Messages, commonZh), errorsZh), attachmentsZh),
    ),
    en: modules.reduce(
      (all, m) => deepMerge(all, m.messages.en),
      deepMerge(deepMerge(deepMerge(englishMessages as unknown as Messages, commonEn), errorsEn), attachmentsEn),
    ),
  };
}

/** Translation keys asked for but missing, on the page's global object; the browser tests assert it stays empty. */
const missing = globalThis as { __onedoorMissingTranslations?: string[] };

function recordMissing(key: string): string {
  // react-admin probes `resources.<name>.fields.<field>` and `*.empty` keys with a default of its own.
  (missing.__onedoorMissingTranslations ??= []).push(key);
  return key;
}

/**
 * Polyglot's own rule for Chinese always takes the first form; ours takes the first form for one and
 * the second for many, so a phrase that names the single record can differ from the bulk one.
 */
const PLURAL_RULES = {
  pluralTypes: { oneOrMany: (n: number) => (n === 1 ? 0 : 1) },
  pluralTypeToLanguages: { oneOrMany: ['zh', 'en'] },
};

/** Chinese first, English switchable; the choice is remembered by react-admin's store. */
export function createI18nProvider(modules: readonly AdminModule[]) {
  const { zh, en } = catalogues(modules);
  return polyglotI18nProvider(
    (locale) => (locale === 'en' ? en : zh) as unknown as TranslationMessages,
    'zh',
    [
      { locale: 'zh', name: '中文' },
      { locale: 'en', name: 'English' },
    ],
    { allowMissing: false, onMissingKey: recordMissing, pluralRules: PLURAL_RULES },
  );
}
