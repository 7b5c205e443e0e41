import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenarios, startCaseScenarios } from './support';

/**
 * The one input rule for people's data at intake, through the gateway as the back office calls it: phones,
 * identity numbers and names are taken as people type them, and a refusal names the field (under the
 * argument the caller used) with a stable reason a screen can put in its own words.
 */
let s: Scenarios;

beforeAll(async () => {
  s = await startCaseScenarios();
});
afterAll(() => s?.stack.stop());

const REGISTER = `mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id trackingCode } }`;

const caseInput = (contactPhone: string) => ({
  channel: 'VISIT',
  categoryId: s.ids.subCategories[0]!,
  title: '拖欠工资',
  description: '工地拖欠工资三个月。',
  petitionerIds: [s.ids.persons[0]!],
  gridUnitId: s.ids.grid,
  contactPhone,
});

const countCases = async () =>
  (await s.must<{ cases: { totalCount: number } }>('{ cases(first: 0) { totalCount } }', {}, s.staff)).cases.totalCount;

describe('intake takes phones, identity numbers and names as people type them', () => {
  it('registers a case with the contact phone 138-0531-2468, kept as its 11 digits', async () => {
    const { registerCase } = await s.must<{ registerCase: { id: string; trackingCode: string } }>(
      REGISTER,
      { i: caseInput('138-0531-2468') },
      s.staff,
    );
    const tracked = await s.stack.gql<{ trackCase: { number: string } | null }>(
      'query($c: String!) { trackCase(trackingCode: $c, phoneLast4: "2468") { number } }',
      { c: registerCase.trackingCode },
    );
    expect(tracked.data?.trackCase).not.toBeNull();
  });

  it('registers a petitioner typed with a spaced phone, a lower-case x and full-width spaces, in one form', async () => {
    const { registerPerson } = await s.must<{
      registerPerson: { name: string; phone: string; nationalId: string };
    }>(
      'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { name phone nationalId } }',
      { i: { name: '\u3000李\u3000建国 ', phone: '+86 138 0531 2469', nationalId: '37132219850101006x' } },
      s.staff,
    );
    expect(registerPerson).toEqual({ name: '李 建国', phone: '13805312469', nationalId: '37132219850101006X' });
  });

  it('refuses a contact phone that is no phone, naming the field and the reason, and writes nothing', async () => {
    const before = await countCases();
    const res = await s.stack.gql(REGISTER, { i: { ...caseInput('12345'), title: '' } }, s.staff);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
      fields: [
        { field: 'input.title', reason: 'REQUIRED', params: {} },
        { field: 'input.contactPhone', reason: 'PHONE_FORMAT', params: {} },
      ],
    });
    expect(await countCases()).toBe(before);
  });

  it('names a refused identity number with its reason', async () => {
    const res = await s.stack.gql(
      'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }',
      { i: { name: '王五', nationalId: '371322198501010031' } },
      s.staff,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.nationalId',
      fields: [{ field: 'input.nationalId', reason: 'NATIONAL_ID_CHECKSUM', params: {} }],
    });
  });
});

describe('a refusal raised by a service names the field under the argument the caller used', () => {
  it.each([
    ['request', 'UpdateCaseRulesInput'],
    ['input', 'CaseRulesInput'],
  ])('%s.yellowDays when called with `%s`', async (argument, type) => {
    const res = await s.stack.gql(
      `mutation($v: ${type}!) { updateCaseRules(${argument}: $v) { yellowDays } }`,
      { v: { blueDays: 5, yellowDays: 9 } },
      s.admin,
    );
    expect(res.errors?.[0]?.message).toMatch(new RegExp(`^${argument}\\.yellowDays `));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: `${argument}.yellowDays`,
      fields: [{ field: `${argument}.yellowDays`, reason: 'TOO_LARGE', params: { max: 5 } }],
    });
  });
});
