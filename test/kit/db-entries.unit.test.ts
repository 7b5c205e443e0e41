import * as shared from '@onedoor/db';
import * as cases from '@onedoor/db/cases';
import * as people from '@onedoor/db/people';
import { describe, expect, it } from 'vitest';

describe('the database package entries', () => {
  it("keep each domain's tables out of the shared entry, so a subgraph names the domain it reads", () => {
    expect(Object.keys(shared).filter((name) => name.endsWith('Table'))).toEqual([]);
    expect(Object.keys(cases)).toContain('casesTable');
    expect(Object.keys(people)).toContain('personsTable');
    expect(Object.keys(cases)).not.toContain('personsTable');
  });
});
