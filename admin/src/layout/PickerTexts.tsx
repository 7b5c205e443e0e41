import { type ReactNode, useCallback } from 'react';
import { type Theme, ThemeProvider } from '@mui/material/styles';
import { useTranslate } from 'react-admin';

/**
 * The words of every autocomplete in the user's language: Material UI's own defaults ("No options",
 * "Loading…", the open, close and clear buttons' titles) are English, and react-admin leaves "No options" to
 * them. A picker that says something else still passes its own.
 */
export function PickerTexts({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const withTexts = useCallback(
    (outer: Theme): Theme => ({
      ...outer,
      components: {
        ...outer.components,
        MuiAutocomplete: {
          ...outer.components?.MuiAutocomplete,
          defaultProps: {
            ...outer.components?.MuiAutocomplete?.defaultProps,
            noOptionsText: translate('onedoor.picker.noOptions'),
            loadingText: translate('onedoor.picker.loading'),
            openText: translate('onedoor.picker.open'),
            closeText: translate('onedoor.picker.close'),
            clearText: translate('onedoor.picker.clear'),
          },
        },
      },
    }),
    [translate],
  );
  return <ThemeProvider theme={withTexts}>{children}</ThemeProvider>;
}
