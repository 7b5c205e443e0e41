/** Colours of the warning chip and the board, from MUI's palette so they read in both themes. */
export const WARNING_HUES: Record<string, string> = {
  NONE: '#9e9e9e',
  BLUE: '#1976d2',
  YELLOW: '#ed6c02',
  RED: '#d32f2f',
};
