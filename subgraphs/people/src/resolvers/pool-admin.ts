import { defineMutation, requireRole } from '@onedoor/subgraph-kit';
import type { Resolvers } from '../generated/resolvers';
import { AVAILABILITY_EDITORS, POOL_MANAGERS } from '../roles';
import { exportPool } from '../services/export-pool';
import { importPool } from '../services/import-pool';
import { importProgress } from '../services/import-progress';
import * as memberships from '../services/membership-changes';
import { addPoolMember } from '../services/pools';
import * as inputs from './inputs';

/** Managing the pools: members, status, availability, certifications, outcomes, CSV import and export. */
export const poolAdminResolvers: Resolvers = {
  Query: {
    exportPool: (_, { pool }, ctx) => {
      requireRole(ctx.viewer, POOL_MANAGERS, 'exportPool');
      return exportPool({ ctx, pool });
    },
    poolImportProgress: (_, { progressKey }, ctx) => {
      const viewer = requireRole(ctx.viewer, POOL_MANAGERS, 'poolImportProgress');
      return importProgress.read(viewer.accountId, progressKey);
    },
  },
  Mutation: {
    addPoolMember: defineMutation({
      roles: POOL_MANAGERS,
      input: inputs.addPoolMember,
      run: addPoolMember,
    }),
    changeMediatorStatus: defineMutation({
      roles: POOL_MANAGERS,
      input: inputs.changeMediatorStatus,
      run: memberships.changeMediatorStatus,
    }),
    setMediatorWeekdays: defineMutation({
      roles: AVAILABILITY_EDITORS,
      input: inputs.setMediatorWeekdays,
      run: memberships.setMediatorWeekdays,
    }),
    addAvailabilityException: defineMutation({
      roles: AVAILABILITY_EDITORS,
      input: inputs.addAvailabilityException,
      run: memberships.addAvailabilityException,
    }),
    addCertification: defineMutation({
      roles: POOL_MANAGERS,
      input: inputs.addCertification,
      run: memberships.addCertification,
    }),
    recordMediationOutcome: defineMutation({
      roles: POOL_MANAGERS,
      input: inputs.recordMediationOutcome,
      run: memberships.recordMediationOutcome,
    }),
    importPool: defineMutation({
      roles: POOL_MANAGERS,
      input: inputs.importPool,
      run: importPool,
    }),
  },
};
