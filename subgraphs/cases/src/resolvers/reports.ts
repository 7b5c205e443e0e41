import { requireRole } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { READERS, REPORT_READERS } from '../roles';
import { deadlineBoard } from '../services/board';
import { optionalRef } from '../services/entity-refs';
import { caseStatistics, misroutingObjections } from '../services/statistics';

/** The deadline board, the statistics and the mis-routing objections, scoped to what the viewer may see. */
export const reportResolvers: Resolvers = {
  Query: {
    deadlineBoard(_, { unitId, minimum, orderBy }, ctx) {
      requireRole(ctx.viewer, REPORT_READERS, 'deadlineBoard');
      return deadlineBoard({ ctx, unitId, minimum, order: orderBy });
    },
    caseStatistics(_, { filter }, ctx) {
      requireRole(ctx.viewer, REPORT_READERS, 'caseStatistics');
      return caseStatistics({ ctx, filter });
    },
    misroutingObjections(_, { from, to }, ctx) {
      requireRole(ctx.viewer, READERS, 'misroutingObjections');
      return misroutingObjections({ ctx, from, to });
    },
  },
  DeadlineBoardRow: { unit: (row) => optionalRef('Organisation', row.unitId) },
};
