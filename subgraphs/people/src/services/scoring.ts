import type { PerformanceRow } from '@onedoor/db/people';
import type { WorkloadSource } from './workload';

export type MatchFactor = 'SPECIALTY' | 'COVERAGE' | 'AVAILABILITY' | 'WORKLOAD' | 'RESOLUTION_RATE' | 'SATISFACTION';

/** How much each factor counts; they add up to 1. Specialty and place matter most, past results least. */
export const WEIGHTS: Record<MatchFactor, number> = {
  SPECIALTY: 0.35,
  COVERAGE: 0.25,
  AVAILABILITY: 0.15,
  WORKLOAD: 0.15,
  RESOLUTION_RATE: 0.05,
  SATISFACTION: 0.05,
};
/** Open cases at which the workload factor reaches zero. */
export const FULL_LOAD = 10;

export interface ScoreFactor {
  factor: MatchFactor;
  weight: number;
  value: number;
  note: string;
}

export interface Place {
  id: string;
  /** Units above the place. */
  ancestorIds: readonly string[];
}

export interface CandidateFacts {
  id: string;
  specialties: readonly string[];
  gridUnitIds: readonly string[];
  available: boolean;
  performance: PerformanceRow | undefined;
}

export interface MatchCriteria {
  specialty: string | null;
  place: Place | null;
  date: string;
  /** Units above each unit a candidate serves (to see whether it lies inside the place). */
  ancestorsOf: (unitId: string) => readonly string[];
}

export interface Scored<T> {
  candidate: T;
  score: number;
  factors: ScoreFactor[];
}

const factor = (f: MatchFactor, value: number, note: string): ScoreFactor => ({
  factor: f,
  weight: WEIGHTS[f],
  value: Math.round(value * 1000) / 1000,
  note,
});

function coverage(c: CandidateFacts, m: MatchCriteria): ScoreFactor {
  if (!m.place) return factor('COVERAGE', 0, 'No place given.');
  const place = m.place;
  if (c.gridUnitIds.includes(place.id)) return factor('COVERAGE', 1, 'Serves the grid unit where the matter arose.');
  if (c.gridUnitIds.some((u) => place.ancestorIds.includes(u)))
    return factor('COVERAGE', 0.8, 'Serves a unit above the place (its township or village).');
  if (c.gridUnitIds.some((u) => m.ancestorsOf(u).includes(place.id)))
    return factor('COVERAGE', 0.6, 'Serves a unit inside the place.');
  return factor('COVERAGE', 0, 'Serves no unit at or around the place.');
}

function pastResults(p: PerformanceRow | undefined): ScoreFactor[] {
  if (!p || p.casesMediated === 0) {
    return [
      factor('RESOLUTION_RATE', 0.5, 'No mediation recorded yet: counted as average.'),
      factor('SATISFACTION', 0.5, 'No rating yet: counted as average.'),
    ];
  }
  const rate = p.casesResolved / p.casesMediated;
  return [
    factor('RESOLUTION_RATE', rate, `${p.casesResolved} of ${p.casesMediated} mediations resolved.`),
    p.satisfaction === null
      ? factor('SATISFACTION', 0.5, 'No rating yet: counted as average.')
      : factor('SATISFACTION', (p.satisfaction - 1) / 4, `Average satisfaction ${p.satisfaction.toFixed(1)} of 5.`),
  ];
}

/** The factors known without asking the cases subgraph; workload is filled in later. */
export function scoreWithoutWorkload(c: CandidateFacts, m: MatchCriteria): ScoreFactor[] {
  const specialty = !m.specialty
    ? factor('SPECIALTY', 0, 'No specialty asked for.')
    : c.specialties.includes(m.specialty)
      ? factor('SPECIALTY', 1, `Has the specialty ${m.specialty}.`)
      : factor('SPECIALTY', 0, `Lacks the specialty ${m.specialty}.`);
  const availability = c.available
    ? factor('AVAILABILITY', 1, `Available on ${m.date}.`)
    : factor('AVAILABILITY', 0, `Not available on ${m.date} (not a usual weekday, or on leave or blocked).`);
  return [
    specialty,
    coverage(c, m),
    availability,
    factor('WORKLOAD', 0, 'Not yet asked.'),
    ...pastResults(c.performance),
  ];
}

export function workloadFactor(open: number | undefined): ScoreFactor {
  if (open === undefined) return factor('WORKLOAD', 0.5, 'Open cases unknown: counted as half-loaded.');
  return factor('WORKLOAD', Math.max(0, 1 - open / FULL_LOAD), `${open} open case${open === 1 ? '' : 's'}.`);
}

const total = (factors: readonly ScoreFactor[]) =>
  Math.round(factors.reduce((s, f) => s + f.weight * f.value, 0) * 1000) / 1000;

/**
 * Ranks candidates, asking for workload only as far down the list as it can still change the top
 * `first`: a candidate whose score without workload, plus the most workload can add, stays below
 * the `first`-th final score cannot enter the result. Ties go to the earlier member.
 */
export async function rankCandidates<T extends { id: string }>(options: {
  candidates: { candidate: T; factors: ScoreFactor[] }[];
  first: number;
  workload: WorkloadSource;
  batch?: number;
}): Promise<Scored<T>[]> {
  const batch = options.batch ?? 25;
  const pending = options.candidates
    .map((c, order) => ({ ...c, order, partial: total(c.factors) }))
    .sort((a, b) => b.partial - a.partial || a.order - b.order);
  const done: (Scored<T> & { order: number })[] = [];
  const byFinal = (a: { score: number; order: number }, b: { score: number; order: number }) =>
    b.score - a.score || a.order - b.order;
  let next = 0;
  while (next < pending.length) {
    const slice = pending.slice(next, next + batch);
    next += slice.length;
    const open = await options.workload.openCases(slice.map((s) => s.candidate.id));
    for (const s of slice) {
      const factors = s.factors.map((f) => (f.factor === 'WORKLOAD' ? workloadFactor(open.get(s.candidate.id)) : f));
      done.push({ candidate: s.candidate, factors, score: total(factors), order: s.order });
    }
    done.sort(byFinal);
    const cutoff = done[options.first - 1]?.score;
    const best = pending[next];
    if (cutoff !== undefined && (!best || best.partial + WEIGHTS.WORKLOAD < cutoff)) break;
  }
  return done.slice(0, options.first).map(({ order: _order, ...s }) => s);
}
