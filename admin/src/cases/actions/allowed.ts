import { hasRole, type Role } from '../../auth/roles';
import { APPROVERS, CENTRE, OBJECTORS_FOR_ANY_UNIT, STEP_RECORDERS, SUPERVISORS, WORKERS } from '../roles';
import type { TransitionName } from '../operations';

/**
 * Which case actions the page offers, mirroring subgraphs/cases: the roles each mutation requires
 * (../roles.ts) and the statuses its transition starts from (subgraphs/cases/src/services).
 * The API refuses anything else anyway; the page only stops offering what would be refused.
 */
const WORKING = ['ACCEPTED', 'IN_HANDLING', 'REEXAMINING', 'REVIEWING'];
/** Where a case is not finished: every status but closed, not accepted and handed over. */
const UNFINISHED = ['REGISTERED', 'ROUTED', ...WORKING, 'REPLIED', 'FOLLOWED_UP'];

export interface CaseFacts {
  status: string;
  level: number;
  units: { lead: boolean; unit: { id: string } }[];
  timeline: { kind: string }[];
  clock: { objectionWindowEndsAt: string | null };
}

interface Rule {
  roles: readonly Role[];
  from: string[];
  /** Further conditions the API checks that the page can know in advance. */
  when?: (c: CaseFacts, viewer: Viewer) => boolean;
}

export interface Viewer {
  roles: readonly string[];
  organisationId: string | null;
}

/** Units on whose behalf the viewer may object: any routed unit for the centre's staff, else only their own. */
export function objectingUnits(c: CaseFacts, viewer: Viewer): string[] {
  const units = c.units.map((u) => u.unit.id);
  if (hasRole(viewer.roles, OBJECTORS_FOR_ANY_UNIT)) return units;
  return units.filter((id) => id === viewer.organisationId);
}

export const RULES: Record<TransitionName, Rule> = {
  routeCase: { roles: CENTRE, from: ['REGISTERED', 'ROUTED'] },
  objectToRouting: {
    roles: WORKERS,
    from: ['ROUTED'],
    when: (c, v) => !!c.clock.objectionWindowEndsAt && objectingUnits(c, v).length > 0,
  },
  acceptCase: { roles: WORKERS, from: ['ROUTED'] },
  declineCase: { roles: WORKERS, from: ['REGISTERED', 'ROUTED'] },
  handOverToLegalChannel: { roles: CENTRE, from: ['REGISTERED', 'ROUTED', 'ACCEPTED'] },
  recordHandlingStep: { roles: STEP_RECORDERS, from: WORKING },
  // Changing the handling mode needs a leader picked among persons: not offered on this page yet.
  setHandlingMode: { roles: [], from: [] },
  assignMediator: { roles: CENTRE, from: ['ROUTED', ...WORKING] },
  extendDeadline: {
    roles: APPROVERS,
    from: ['ACCEPTED', 'IN_HANDLING'],
    when: (c) => !c.timeline.some((e) => e.kind === 'EXTENDED'),
  },
  replyToCase: { roles: WORKERS, from: ['ACCEPTED', 'IN_HANDLING'] },
  recordFollowUp: { roles: CENTRE, from: ['REPLIED'] },
  reviewClosure: { roles: APPROVERS, from: ['FOLLOWED_UP'] },
  requestReexamination: { roles: CENTRE, from: ['REPLIED', 'FOLLOWED_UP', 'CLOSED'], when: (c) => c.level === 0 },
  requestReview: { roles: CENTRE, from: ['CLOSED'], when: (c) => c.level === 1 },
  giveOpinion: { roles: APPROVERS, from: ['REEXAMINING', 'REVIEWING'] },
  recordHearing: { roles: APPROVERS, from: ['REEXAMINING', 'REVIEWING'] },
  urgeCase: { roles: SUPERVISORS, from: UNFINISHED },
};

/** Whether the viewer may urge this case on (催办): the board offers it on each row, the case page among its actions. */
export function mayUrge(status: string, viewer: Pick<Viewer, 'roles'>): boolean {
  return RULES.urgeCase.from.includes(status) && hasRole(viewer.roles, RULES.urgeCase.roles);
}

/** The actions this viewer may take on this case now, in the order of the case's lifecycle. */
export function allowedActions(c: CaseFacts, viewer: Viewer): TransitionName[] {
  return (Object.keys(RULES) as TransitionName[]).filter((name) => {
    const rule = RULES[name];
    return rule.from.includes(c.status) && hasRole(viewer.roles, rule.roles) && (rule.when?.(c, viewer) ?? true);
  });
}
