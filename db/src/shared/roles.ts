/** The roles of a staff account (see docs/DESIGN.md, Identity and trust); every subgraph checks them. */
export const ROLES = [
  'ADMIN',
  'CENTRE_STAFF',
  'LEADER',
  'HANDLER',
  'MEDIATOR',
  'PARTNER',
  'FUND_OFFICER',
  'FUND_APPROVER',
  'AUDITOR',
] as const;
export type Role = (typeof ROLES)[number];
