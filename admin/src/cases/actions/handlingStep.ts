import { shanghaiLocalToIso } from '../../format/time';

type Values = Record<string, unknown>;

/** Steps that take place at a time and place, with attendees. */
export const MEETINGS = ['APPOINTMENT', 'JOINT_RECEPTION', 'MEDIATION_SESSION'];

const instant = (v: unknown) => (typeof v === 'string' && v ? shanghaiLocalToIso(v) : null);

/** Only the fields of the chosen kind are sent; attendees are typed one per line (or separated by 、 or commas). */
export function handlingStepInput(v: Values): Values {
  const meeting = MEETINGS.includes(v.step as string);
  const attendees =
    typeof v.attendees === 'string'
      ? v.attendees
          .split(/[\n,，、]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  return {
    step: v.step,
    note: v.note,
    appointmentKind: v.step === 'APPOINTMENT' ? (v.appointmentKind ?? null) : null,
    mediationOutcome: v.step === 'MEDIATION_SESSION' ? (v.mediationOutcome ?? null) : null,
    dueAt: v.step === 'SUPERVISION_NOTICE' ? instant(v.dueAt) : null,
    scheduledAt: meeting ? instant(v.scheduledAt) : null,
    place: meeting ? (v.place ?? null) : null,
    attendees: meeting ? attendees : null,
  };
}
