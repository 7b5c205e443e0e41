import { type DocumentNode, Kind, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { issuableKinds, noticeInputsOf } from '../../admin/src/cases/notices/kinds';
import * as operations from '../../admin/src/cases/notices/operations';
import { apiSchema } from './support/api-schema';

const isDocument = (v: unknown): v is DocumentNode =>
  !!v && typeof v === 'object' && (v as DocumentNode).kind === Kind.DOCUMENT;

describe('the notice screens ask the gateway only what the API offers', () => {
  const schema = apiSchema();
  const all = Object.entries(operations).filter((e): e is [string, DocumentNode] => isDocument(e[1]));

  it('finds the documents', () => {
    expect(all.map(([name]) => name).sort()).toEqual(
      [
        'CASE_NOTICES',
        'ISSUE_NOTICE',
        'NOTICE_LINK',
        'NOTICE_PLACEHOLDERS',
        'NOTICE_PREVIEW',
        'NOTICE_SETTINGS',
        'NOTICE_TEMPLATES',
        'NOTICE_TEMPLATE_HISTORY',
        'UPDATE_NOTICE_SETTINGS',
        'UPDATE_NOTICE_TEMPLATE',
      ].sort(),
    );
  });

  for (const [name, doc] of all) {
    it(`${name} is valid against the committed API`, () => {
      expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
    });
  }
});

describe('which notices the case page offers to issue', () => {
  const timeline = (...kinds: string[]) => kinds.map((kind) => ({ kind }));

  it('offers a decision notice once its decision is on the timeline, and the transfer once routed', () => {
    const registered = { level: 0, units: [], timeline: timeline('REGISTERED') };
    expect(issuableKinds(registered, ['HANDLER'])).toEqual(['MEDIATION_AGREEMENT', 'FACT_CONFIRMATION']);
    const accepted = { level: 0, units: [{}], timeline: timeline('REGISTERED', 'ROUTED', 'ACCEPTED') };
    expect(issuableKinds(accepted, ['HANDLER'])).toEqual([
      'ACCEPTANCE',
      'TRANSFER',
      'MEDIATION_AGREEMENT',
      'FACT_CONFIRMATION',
    ]);
    const declined = { level: 0, units: [], timeline: timeline('REGISTERED', 'NOT_ACCEPTED') };
    expect(issuableKinds(declined, ['CENTRE_STAFF'])).toEqual([
      'NON_ACCEPTANCE',
      'MEDIATION_AGREEMENT',
      'FACT_CONFIRMATION',
      'SUPERVISION_LETTER',
    ]);
  });

  it('offers the reply once replied, each opinion at its level, and the supervision letter to supervisors only', () => {
    const reviewed = {
      level: 2,
      units: [{}],
      timeline: timeline(
        'ROUTED',
        'ACCEPTED',
        'REPLIED',
        'REEXAMINATION_REQUESTED',
        'OPINION_GIVEN',
        'REVIEW_REQUESTED',
        'OPINION_GIVEN',
      ),
    };
    expect(issuableKinds(reviewed, ['LEADER'])).toEqual([
      'ACCEPTANCE',
      'TRANSFER',
      'REPLY',
      'REEXAMINATION_OPINION',
      'REVIEW_OPINION',
      'MEDIATION_AGREEMENT',
      'FACT_CONFIRMATION',
      'SUPERVISION_LETTER',
    ]);
    expect(issuableKinds({ ...reviewed, level: 1 }, ['HANDLER'])).not.toContain('REVIEW_OPINION');
    expect(issuableKinds(reviewed, ['HANDLER'])).not.toContain('SUPERVISION_LETTER');
  });

  it('asks each kind for what it takes beyond the case', () => {
    expect(noticeInputsOf('ACCEPTANCE')).toEqual({
      text: false,
      textRequired: false,
      reasonAndChannel: false,
      answerDueOn: false,
    });
    expect(noticeInputsOf('NON_ACCEPTANCE').reasonAndChannel).toBe(true);
    expect(noticeInputsOf('MEDIATION_AGREEMENT')).toMatchObject({ text: true, textRequired: true });
    expect(noticeInputsOf('REPLY')).toMatchObject({ text: true, textRequired: false });
    expect(noticeInputsOf('SUPERVISION_LETTER')).toMatchObject({ text: true, answerDueOn: true });
  });
});
