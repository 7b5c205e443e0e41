export const CASE_STATUSES = [
  'REGISTERED',
  'ROUTED',
  'ACCEPTED',
  'IN_HANDLING',
  'REPLIED',
  'FOLLOWED_UP',
  'CLOSED',
  'NOT_ACCEPTED',
  'HANDED_OVER',
  'REEXAMINING',
  'REVIEWING',
] as const;
export const CHANNELS = [
  'VISIT',
  'LETTER',
  'ONLINE',
  'PHONE',
  'SMS',
  'WECHAT',
  'VIDEO',
  'LEADER_MAILBOX',
  'HOTLINE_12345',
  'ASSIGNED_BY_SUPERIOR',
  'GRID_REPORT',
  'PROXY_AGENT',
] as const;
export const WARNING_COLOURS = ['NONE', 'BLUE', 'YELLOW', 'RED'] as const;
export const HANDLING_STEPS = [
  'MET_PETITIONER',
  'INVESTIGATED',
  'PROPOSED_SOLUTION',
  'APPOINTMENT',
  'JOINT_RECEPTION',
  'MEDIATION_SESSION',
  'SUPERVISION_NOTICE',
  'OTHER',
] as const;
export const APPOINTMENT_KINDS = ['NAMED', 'VIDEO', 'PHONE', 'ONLINE', 'LEADER'] as const;
export const MEDIATION_OUTCOMES = [
  'AGREEMENT',
  'FACT_CONFIRMATION',
  'JUDICIAL_CONFIRMATION_REQUESTED',
  'FAILED_TO_LITIGATION',
  'ADJOURNED',
] as const;
export const SATISFACTIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const;
export const CLOSURE_OUTCOMES = [
  'RESOLVED',
  'EXPLAINED_AND_ACCEPTED',
  'NOT_ACCEPTED_WITH_REASON',
  'HANDED_TO_LEGAL_CHANNEL',
  'WITHDRAWN',
] as const;
export const CLOSURE_DECISIONS = ['CLOSE', 'SEND_BACK'] as const;
export const LEGAL_CHANNELS = ['COURT_FILING', 'LABOR_ARBITRATION', 'ADMINISTRATIVE_RECONSIDERATION'] as const;
export const HANDLING_MODES = ['FIRST_TIME', 'REPEAT_TEAM', 'TASK_FORCE', 'LEADER_OWNED', 'LISTED_HARD_CASE'] as const;
export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'WORKDAY'] as const;

/** Colours of the warning chip and the board, from MUI's palette so they read in both themes. */
export const WARNING_HUES: Record<string, string> = {
  NONE: '#9e9e9e',
  BLUE: '#1976d2',
  YELLOW: '#ed6c02',
  RED: '#d32f2f',
};
