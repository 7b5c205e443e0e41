import type { Executor } from '@onedoor/db';
import { type CaseRow, FINISHED_STATUSES } from '@onedoor/db/cases';
import { conflict } from '@onedoor/subgraph-kit';
import { applyTransition, type TransitionCall } from './transition';

/**
 * The hook where an urge will notify the unit urged, once notifications (issue 16) exist: a row in their
 * outbox, written on `tx` so that an urge rolled back notifies nobody. Until then nothing is sent, and
 * nothing pretends to be; the URGED entry on the timeline is the whole record of the urge.
 */
function notifyUnitOfUrge(_call: { tx: Executor; row: CaseRow; note: string }): Promise<void> {
  return Promise.resolve();
}

/**
 * Urging a case on (催办): a supervisor presses the lead unit (before routing, the centre itself) with a note.
 * It records an URGED entry on the timeline and changes no status or deadline; a finished case is not urged.
 */
export function urgeCase({ ctx, input }: TransitionCall<{ note: string }>) {
  return applyTransition({ ctx, input, kind: 'URGED' }, ({ row }) => {
    if (FINISHED_STATUSES.includes(row.status)) {
      throw conflict(
        `Case ${row.number} is finished (${row.status}): there is nothing left to urge. A new matter is a new case.`,
        { field: 'input.caseId', status: row.status },
      );
    }
    return {
      data: { note: input.note, organisationId: row.responsibleOrganisationId },
      after: (tx, updated) => notifyUnitOfUrge({ tx, row: updated, note: input.note }),
    };
  });
}
