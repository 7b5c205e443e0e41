import { hasRole } from '../../auth/roles';
import { NoticeKind } from '../../generated/enums';
import { SUPERVISORS } from '../roles';

/** What the case page knows of a case that decides which notices it offers to issue. */
export interface NoticeFacts {
  level: number;
  units: readonly unknown[];
  timeline: readonly { kind: string }[];
}

/**
 * The kinds of notice the case page offers, as the API would take them: each once its moment has come (an
 * acceptance, a refusal, a routing, a reply, an opinion at its level), the mediation papers always (they carry
 * their own text), the supervision letter to supervisors. The API refuses anything else anyway.
 */
export function issuableKinds(facts: NoticeFacts, roles: readonly string[]): NoticeKind[] {
  const happened = new Set(facts.timeline.map((e) => e.kind));
  const due: Record<NoticeKind, boolean> = {
    ACCEPTANCE: happened.has('ACCEPTED'),
    NON_ACCEPTANCE: happened.has('NOT_ACCEPTED'),
    TRANSFER: facts.units.length > 0,
    REPLY: happened.has('REPLIED'),
    REEXAMINATION_OPINION: happened.has('OPINION_GIVEN') && facts.level >= 1,
    REVIEW_OPINION: happened.has('OPINION_GIVEN') && facts.level >= 2,
    MEDIATION_AGREEMENT: true,
    FACT_CONFIRMATION: true,
    SUPERVISION_LETTER: hasRole(roles, SUPERVISORS),
  };
  return NoticeKind.filter((kind) => due[kind]);
}

/** Which of the issuing form's own inputs a kind uses besides its kind. */
export function noticeInputsOf(kind: NoticeKind | undefined) {
  return {
    text: !!kind && !['ACCEPTANCE', 'NON_ACCEPTANCE', 'TRANSFER'].includes(kind),
    textRequired: kind === 'MEDIATION_AGREEMENT' || kind === 'FACT_CONFIRMATION',
    reasonAndChannel: kind === 'NON_ACCEPTANCE',
    answerDueOn: kind === 'SUPERVISION_LETTER',
  };
}
