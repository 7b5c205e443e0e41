import { EXCEPTION_KINDS, MEMBERSHIP_STATUSES, POOLS, type Role } from '@onedoor/db';
import { optionalText, parseInput, requireRole, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { PeopleContext } from '../context';
import { exportPool } from '../services/export-pool';
import { importPool } from '../services/import-pool';
import { importProgress } from '../services/import-progress';
import {
  addAvailabilityException,
  addCertification,
  addPoolMember,
  changeMediatorStatus,
  recordMediationOutcome,
  setMediatorWeekdays,
} from '../services/pools';

const MANAGERS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF'];
/** Mediators keep their own availability; the service refuses anyone else's. */
const AVAILABILITY_EDITORS: readonly Role[] = ['ADMIN', 'CENTRE_STAFF', 'MEDIATOR'];

const weekday = z
  .number()
  .int()
  .min(1, 'weekdays are 1 (Monday) to 7 (Sunday)')
  .max(7, 'weekdays are 1 (Monday) to 7 (Sunday)');
const certification = z.object({ name: text(100), expiresOn: z.string().nullish() });
const addMemberSchema = z.object({
  personId: uuid(),
  pool: z.enum(POOLS),
  fullTime: z.boolean().nullish(),
  specialties: z.array(text(50)).max(20).nullish(),
  languages: z.array(text(50)).max(20).nullish(),
  studio: optionalText(100),
  organisationId: uuid().nullish(),
  gridUnitIds: z.array(uuid()).max(200).nullish(),
  joinedOn: z.string().nullish(),
  weekdays: z.array(weekday).nullish(),
  certifications: z.array(certification).max(20).nullish(),
});
const statusSchema = z.object({ mediatorId: uuid(), status: z.enum(MEMBERSHIP_STATUSES), reason: text(500) });
const weekdaysSchema = z.object({ mediatorId: uuid(), weekdays: z.array(weekday) });
const exceptionSchema = z.object({
  mediatorId: uuid(),
  kind: z.enum(EXCEPTION_KINDS),
  from: z.string(),
  to: z.string(),
  note: optionalText(200),
});
const certSchema = z.object({ mediatorId: uuid(), certification });
const outcomeSchema = z.object({
  mediatorId: uuid(),
  caseId: uuid(),
  resolved: z.boolean(),
  satisfaction: z.number().int().min(1, 'is 1 to 5').max(5, 'is 1 to 5').nullish(),
  concludedAt: z.date().nullish(),
});
const importSchema = z.object({
  pool: z.enum(POOLS),
  csv: z.string().min(1, 'must not be empty'),
  mode: z.enum(['ALL_OR_NOTHING', 'VALID_ROWS_ONLY']).nullish(),
  progressKey: optionalText(100),
});

type Args = { input: unknown };

export const poolAdminResolvers = {
  Query: {
    exportPool: (_: unknown, args: { pool: (typeof POOLS)[number] }, ctx: PeopleContext) => {
      requireRole(ctx.viewer, MANAGERS, 'exportPool');
      return exportPool(ctx, args.pool);
    },
    poolImportProgress: (_: unknown, args: { progressKey: string }, ctx: PeopleContext) => {
      const viewer = requireRole(ctx.viewer, MANAGERS, 'poolImportProgress');
      return importProgress.read(viewer.accountId, args.progressKey);
    },
  },
  Mutation: {
    addPoolMember: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireRole(ctx.viewer, MANAGERS, 'addPoolMember');
      return addPoolMember(ctx, parseInput(addMemberSchema, args.input));
    },
    changeMediatorStatus: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireRole(ctx.viewer, MANAGERS, 'changeMediatorStatus');
      return changeMediatorStatus(ctx, parseInput(statusSchema, args.input));
    },
    setMediatorWeekdays: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireRole(ctx.viewer, AVAILABILITY_EDITORS, 'setMediatorWeekdays');
      return setMediatorWeekdays(ctx, parseInput(weekdaysSchema, args.input));
    },
    addAvailabilityException: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireRole(ctx.viewer, AVAILABILITY_EDITORS, 'addAvailabilityException');
      return addAvailabilityException(ctx, parseInput(exceptionSchema, args.input));
    },
    addCertification: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireRole(ctx.viewer, MANAGERS, 'addCertification');
      return addCertification(ctx, parseInput(certSchema, args.input));
    },
    recordMediationOutcome: (_: unknown, args: Args, ctx: PeopleContext) => {
      requireRole(ctx.viewer, MANAGERS, 'recordMediationOutcome');
      return recordMediationOutcome(ctx, parseInput(outcomeSchema, args.input));
    },
    importPool: (_: unknown, args: Args, ctx: PeopleContext) => {
      const viewer = requireRole(ctx.viewer, MANAGERS, 'importPool');
      const { progressKey, ...input } = parseInput(importSchema, args.input);
      const report = progressKey
        ? (p: Parameters<typeof importProgress.report>[2]) => importProgress.report(viewer.accountId, progressKey, p)
        : undefined;
      return importPool(ctx, { ...input, mode: input.mode ?? 'ALL_OR_NOTHING' }, report);
    },
  },
};
