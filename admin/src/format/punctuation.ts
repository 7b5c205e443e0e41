/** The back office's `translate` (react-admin's `useTranslate`). */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/*
 * Words joined on screen with the punctuation of the language on screen (i18n/common.ts): Chinese uses
 * full-width marks, English its own; a screen never writes either itself.
 */

/** `text（note）` in Chinese, `text (note)` in English; the text alone when there is no note. */
export const aside = (translate: Translate, text: string, note?: string | null): string =>
  note ? translate('onedoor.common.aside', { text, note }) : text;

/** `label：value` in Chinese, `label: value` in English. */
export const labelled = (translate: Translate, label: string, value: string | number): string =>
  translate('onedoor.common.labelled', { label, value });
