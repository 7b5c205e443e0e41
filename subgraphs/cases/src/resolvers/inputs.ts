import { CHANNELS, CLOSURE_OUTCOMES, HANDLING_MODES, LEGAL_CHANNELS, SATISFACTIONS } from '@onedoor/db/cases';
import { optionalText, phone, refusal, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';
import type { AppointmentKind, HandlingStepKind, MediationOutcome } from '../generated/resolvers';

/**
 * What each cases mutation accepts, checked before its service runs (a refusal names the field).
 * Enum values the schema alone defines are checked by GraphQL already; `schemaEnum` only types them.
 */
const schemaEnum = <T extends string>() => z.custom<T>((value) => typeof value === 'string');
const reason = text(2000);
/** Whether the citizen sees the text in `trackCase`; defaults to true. */
const shownToCitizen = z
  .boolean()
  .nullish()
  .transform((v) => v ?? true);

/** Every transition names the case and the version its caller last read (spread into each input). */
const caseRef = { caseId: uuid(), expectedVersion: z.number().int().min(1) };

const attachment = z.object({
  name: text(255),
  mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a media type such as image/jpeg'),
  sizeBytes: z.number().int().min(0).max(2_000_000_000),
  checksum: z.string().regex(/^[0-9a-f]{64}$/i, 'must be a SHA-256 checksum, 64 hex digits'),
  storageKey: text(500),
});

export const registerCaseInput = z.object({
  channel: z.enum(CHANNELS),
  categoryId: uuid(),
  title: text(200),
  description: text(10_000),
  petitionerIds: z
    .array(uuid())
    .min(1, 'name at least one petitioner')
    .max(500, 'at most 500 named petitioners')
    .refine((ids) => new Set(ids).size === ids.length, refusal('DUPLICATE_ITEM', 'a petitioner is listed twice')),
  headCount: z.number().int().min(1, 'must be at least 1').max(100_000).nullish(),
  gridUnitId: uuid(),
  contactPhone: phone(),
  receivedAt: z.date().nullish(),
  externalOrderNumber: optionalText(64),
  assigningBody: optionalText(200),
  assigningDeadlineAt: z.date().nullish(),
  proxyAgentId: uuid().nullish(),
  representativeIds: z.array(uuid()).nullish(),
  attachments: z.array(attachment).max(50, 'at most 50 attachments').nullish(),
  lawRelated: z.boolean().nullish(),
  legalChannel: z.enum(LEGAL_CHANNELS).nullish(),
  crossLevel: z.boolean().nullish(),
});

export const routeCaseInput = z.object({
  ...caseRef,
  leadUnitId: uuid(),
  otherUnitIds: z
    .array(uuid())
    .max(20)
    .nullish()
    .transform((v) => v ?? []),
  reason,
});
export const objectToRoutingInput = z.object({ ...caseRef, unitId: uuid(), reason });
export const acceptCaseInput = z.object({ ...caseRef, note: optionalText(2000) });
export const declineCaseInput = z.object({ ...caseRef, reason, properChannel: optionalText(200) });
export const handOverToLegalChannelInput = z.object({
  ...caseRef,
  legalChannel: z.enum(LEGAL_CHANNELS),
  receivingUnitId: uuid(),
  reason,
});

export const recordHandlingStepInput = z.object({
  ...caseRef,
  step: schemaEnum<HandlingStepKind>(),
  note: text(5000),
  appointmentKind: schemaEnum<AppointmentKind>().nullish(),
  scheduledAt: z.date().nullish(),
  place: optionalText(200),
  attendees: z.array(text(100)).max(50).nullish(),
  mediationOutcome: schemaEnum<MediationOutcome>().nullish(),
  dueAt: z.date().nullish(),
});
export const setHandlingModeInput = z.object({
  ...caseRef,
  mode: z.enum(HANDLING_MODES),
  ownerId: uuid().nullish(),
  workFund: z.bigint().nullish(),
  reason,
});
export const assignMediatorInput = z.object({ ...caseRef, mediatorId: uuid() });
export const extendDeadlineInput = z.object({
  ...caseRef,
  days: z.number().int().min(1, 'must be at least 1 day'),
  reason,
});
export const urgeCaseInput = z.object({ ...caseRef, note: text(2000) });
export const replyToCaseInput = z.object({ ...caseRef, text: text(10_000), public: shownToCitizen });

export const recordFollowUpInput = z.object({
  ...caseRef,
  satisfaction: z.enum(SATISFACTIONS),
  note: optionalText(2000),
});
export const reviewClosureInput = z.object({
  ...caseRef,
  decision: z.enum(['CLOSE', 'SEND_BACK']),
  outcome: z.enum(CLOSURE_OUTCOMES).nullish(),
  reason: optionalText(2000),
});
/** Re-examination and review both reopen the case one level up, at a named body, on the petitioner's grounds. */
export const requestReopeningInput = z.object({ ...caseRef, unitId: uuid(), reason });
export const giveOpinionInput = z.object({ ...caseRef, text: text(10_000), public: shownToCitizen });
export const recordHearingInput = z.object({
  ...caseRef,
  days: z.number().int().min(1).max(365),
  note: optionalText(2000),
});

const days = z.number().int().min(0).max(3650).nullish();
export const updateCaseRulesInput = z
  .object({
    registerDays: days,
    acceptDays: days,
    firstTimeDays: days,
    handleDays: days,
    maxExtensionDays: days,
    objectionWorkingDays: days,
    reexaminationRequestDays: days,
    reexaminationDays: days,
    reviewRequestDays: days,
    reviewDays: days,
    repeatLookbackDays: days,
    groupHeadCount: z.number().int().min(2).max(10_000).nullish(),
    blueDays: days,
    yellowDays: days,
  })
  .transform((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)));
export const setCalendarDayInput = z.object({
  date: z.string(),
  kind: z.enum(['HOLIDAY', 'WORKDAY']),
  name: text(100),
});
export const removeCalendarDayArgs = z.object({ date: z.string() });
export const importCalendarInput = z.object({
  format: z.enum(['CSV', 'ICALENDAR']),
  content: text(1_000_000),
  source: text(200),
  years: z.array(z.number().int().min(2000).max(2100)).max(20).nullish(),
});

export const createCategoryInput = z.object({ code: text(32), name: text(100), parentId: uuid().nullish() });
export const renameCategoryArgs = z.object({ id: z.string(), name: text(100) });
export const deactivateCategoryArgs = z.object({ id: z.string() });
