import { describe, expect, it } from 'vitest';
import { isAvailableOn } from '../../subgraphs/people/src/services/availability';
import { parseCsv } from '../../subgraphs/people/src/services/csv';
import { createImportProgressStore } from '../../subgraphs/people/src/services/import-progress';
import {
  type CandidateFacts,
  type MatchCriteria,
  rankCandidates,
  scoreWithoutWorkload,
} from '../../subgraphs/people/src/services/scoring';
import type { WorkloadSource } from '../../subgraphs/people/src/services/workload';

const criteria: MatchCriteria = {
  specialty: 'family',
  place: { id: 'village', ancestorIds: ['county', 'township'] },
  date: '2026-03-02',
  ancestorsOf: (u) => (u === 'grid' ? ['county', 'township', 'village'] : []),
};
const facts = (id: string, over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  id,
  specialties: ['family'],
  gridUnitIds: ['village'],
  available: true,
  performance: undefined,
  ...over,
});

/** A workload source that records what it was asked, so the tests see how far down ranking looked. */
function fakeWorkload(open: Record<string, number>) {
  const asked: string[] = [];
  const source: WorkloadSource = {
    openCases: (ids) => {
      asked.push(...ids);
      return Promise.resolve(new Map(ids.filter((id) => id in open).map((id) => [id, open[id]!])));
    },
  };
  return { source, asked };
}

describe('scoring a candidate', () => {
  it('grades coverage: the place itself, a unit above it, a unit inside it, elsewhere', () => {
    const coverage = (gridUnitIds: string[]) => scoreWithoutWorkload(facts('x', { gridUnitIds }), criteria)[1]!.value;
    expect([coverage(['village']), coverage(['township']), coverage(['grid']), coverage(['elsewhere'])]).toEqual([
      1, 0.8, 0.6, 0,
    ]);
  });

  it('explains a missing specialty and unavailability', () => {
    const f = scoreWithoutWorkload(facts('x', { specialties: ['land'], available: false }), criteria);
    expect(f[0]).toMatchObject({ factor: 'SPECIALTY', value: 0, note: 'Lacks the specialty family.' });
    expect(f[2]).toMatchObject({ factor: 'AVAILABILITY', value: 0 });
  });
});

describe('ranking with workload from the cases subgraph', () => {
  const many = Array.from({ length: 100 }, (_, i) => facts(`m${i}`, { specialties: i < 3 ? ['family'] : ['land'] }));
  const candidates = many.map((c) => ({ candidate: c, factors: scoreWithoutWorkload(c, criteria) }));

  it('asks for workload only as far as it can change the result', async () => {
    const { source, asked } = fakeWorkload({});
    const top = await rankCandidates({ candidates, first: 2, workload: source, batch: 5 });
    expect(top.map((t) => t.candidate.id)).toEqual(['m0', 'm1']);
    expect(asked).toHaveLength(5);
  });

  it('a busy member drops below a free one, and the result equals ranking everyone', async () => {
    const open = { m0: 10, m1: 4, m2: 0 };
    const partial = await rankCandidates({ candidates, first: 3, workload: fakeWorkload(open).source, batch: 2 });
    const full = await rankCandidates({ candidates, first: 3, workload: fakeWorkload(open).source, batch: 1000 });
    expect(partial.map((t) => t.candidate.id)).toEqual(['m2', 'm1', 'm0']);
    expect(partial).toEqual(full);
    expect(partial[2]!.factors[3]).toMatchObject({ factor: 'WORKLOAD', value: 0, note: '10 open cases.' });
  });

  it('an unknown workload counts as half-loaded', async () => {
    const top = await rankCandidates({
      candidates: candidates.slice(0, 1),
      first: 1,
      workload: { openCases: () => Promise.resolve(new Map()) },
    });
    expect(top[0]!.factors[3]).toMatchObject({ value: 0.5, note: 'Open cases unknown: counted as half-loaded.' });
  });
});

describe('availability on a date', () => {
  it('needs a usual weekday and no leave covering the day', () => {
    const facts = { weekdays: [1, 2, 3], exceptions: [{ fromDate: '2026-03-03', toDate: '2026-03-04' }] };
    expect(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].map((d) => isAvailableOn(facts, d))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(isAvailableOn({ weekdays: [7], exceptions: [] }, '2026-03-08')).toBe(true);
  });
});

describe('reading CSV', () => {
  it('handles quotes, commas and line breaks inside quotes, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""",z\n"two\nlines",w\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'z'] },
      { line: 3, cells: ['two\nlines', 'w'] },
    ]);
  });
});

describe('import progress', () => {
  it('is kept per account and key, and forgotten after an hour', () => {
    let now = new Date('2026-03-02T00:00:00Z');
    const store = createImportProgressStore(() => now);
    store.report('a', 'k', { phase: 'WRITING', totalRows: 10, validatedRows: 10, writtenRows: 5 });
    expect(store.read('a', 'k')).toMatchObject({ phase: 'WRITING', writtenRows: 5 });
    expect(store.read('b', 'k')).toBeNull();
    now = new Date('2026-03-02T01:00:01Z');
    store.report('a', 'other', { phase: 'VALIDATING', totalRows: 1, validatedRows: 0, writtenRows: 0 });
    expect(store.read('a', 'k')).toBeNull();
  });
});
