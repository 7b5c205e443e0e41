import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

interface CaseState {
  id: string;
  number: string;
  version: number;
  status: string;
  timeline: { kind: string }[];
}
const CASE_STATE = 'id number version status timeline { kind }';

/** A bad action submission shows the server's field error and changes nothing; a role without the right sees no routing. */
describe('case page actions: server field errors and roles', () => {
  const office = backOfficeFor();
  let leaderToken: string;

  const caseState = async (id: string) => {
    const res = await office.stack.gql<{ case: CaseState }>(
      `query($id: ID!) { case(id: $id) { ${CASE_STATE} } }`,
      { id },
      leaderToken,
    );
    return res.data!.case;
  };

  beforeAll(async () => {
    leaderToken = await office.stack.login('leader');
  });

  it('shows the API refusing a too-long extension next to the days field and saves nothing', async () => {
    const res = await office.stack.gql<{ cases: { nodes: CaseState[] } }>(
      `{ cases(first: 20, filter: { status: [IN_HANDLING] }) { nodes { ${CASE_STATE} } } }`,
      {},
      leaderToken,
    );
    const before = res.data!.cases.nodes.find((c) => !c.timeline.some((e) => e.kind === 'EXTENDED'))!;
    const page = await office.login('leader');
    await page.goto(office.screen(`/cases/${before.id}/show`));
    await page.getByTestId('case-number').filter({ hasText: before.number }).waitFor();

    await page.getByTestId('case-actions').getByRole('button', { name: '延期', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('延长天数').fill('45');
    await dialog.getByLabel('理由').fill('需要补充调查取证');
    await dialog.getByRole('button', { name: '提交' }).click();

    const days = dialog.locator('.MuiFormControl-root', { has: page.locator('input[name="days"]') });
    await expect.poll(() => days.locator('.MuiFormHelperText-root').innerText()).toBe('不能大于 30');
    expect(await dialog.locator('input[name="days"]').getAttribute('aria-invalid')).toBe('true');

    const after = await caseState(before.id);
    expect(after.version).toBe(before.version);
    expect(after.timeline.map((e) => e.kind)).toEqual(before.timeline.map((e) => e.kind));
    await office.checkpoint('cases-extend-refused');
  });

  it('shows an auditor no routing on a registered case, and the API refuses it the auditor', async () => {
    const res = await office.stack.gql<{ cases: { nodes: CaseState[] } }>(
      `{ cases(first: 1, filter: { status: [REGISTERED] }) { nodes { ${CASE_STATE} } } }`,
      {},
      leaderToken,
    );
    const registered = res.data!.cases.nodes[0]!;
    const { page } = office;
    // A dialog left open by the previous test hides the rest of the page.
    const dialog = page.getByRole('dialog');
    if (await dialog.count()) {
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await office.signOut();
    await office.login('auditor');
    await page.goto(office.screen(`/cases/${registered.id}/show`));
    await page.getByTestId('case-number').filter({ hasText: registered.number }).waitFor();
    const actions = page.getByTestId('case-actions');
    await actions.getByText('当前状态下您没有可执行的操作').waitFor();
    expect(await actions.getByRole('button').count()).toBe(0);

    const organisations = await office.stack.gql<{ organisations: { nodes: { id: string }[] } }>(
      '{ organisations(first: 1) { nodes { id } } }',
      {},
      leaderToken,
    );
    const auditorToken = await office.stack.login('auditor');
    const refused = await office.stack.gql(
      'mutation($input: RouteCaseInput!) { routeCase(input: $input) { id } }',
      {
        input: {
          caseId: registered.id,
          expectedVersion: registered.version,
          leadUnitId: organisations.data!.organisations.nodes[0]!.id,
          reason: '试图交办',
        },
      },
      auditorToken,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await caseState(registered.id)).status).toBe('REGISTERED');
    await office.checkpoint('cases-auditor-no-actions');
  });
});
