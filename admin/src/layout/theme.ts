import { defaultTheme } from 'react-admin';

/** react-admin's default theme with a Chinese-first font stack. */
export const theme = {
  ...defaultTheme,
  typography: {
    fontFamily: [
      '"PingFang SC"',
      '"Microsoft YaHei"',
      '"Noto Sans CJK SC"',
      '"Source Han Sans SC"',
      'Roboto',
      'sans-serif',
    ].join(','),
  },
};
