import { useEffect } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/**
 * The browser's own words follow the language on screen: the tab's title from the catalogue and the
 * page's `lang` (screen readers, fonts), which index.html can only set to Chinese.
 */
export function DocumentLanguage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  useEffect(() => {
    document.title = translate('onedoor.title');
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [translate, locale]);
  return null;
}
