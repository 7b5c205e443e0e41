/**
 * Enum values in a fixed order, so a channel or a fund kind keeps its colour whatever the period.
 */
export const CHANNEL_ORDER = [
  'VISIT',
  'PHONE',
  'ONLINE',
  'HOTLINE_12345',
  'LETTER',
  'WECHAT',
  'GRID_REPORT',
  'SMS',
  'VIDEO',
  'LEADER_MAILBOX',
  'ASSIGNED_BY_SUPERIOR',
  'PROXY_AGENT',
] as const;

/** The position of a value in its order (unknown values last), for a stable colour. */
export const rankOf = (order: readonly string[], value: string): number => {
  const i = order.indexOf(value);
  return i < 0 ? order.length : i;
};
