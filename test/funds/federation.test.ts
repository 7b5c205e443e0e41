import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEntities, expectFieldRefusedToMediator, type FundsServer, startFundsServer } from './funds-server';
import { ok, propose, reliefTeam } from './relief';

let server: FundsServer;
let officer: string;
const caseIds: string[] = [];
beforeAll(async () => {
  server = await startFundsServer();
  officer = (await reliefTeam(server)).officer;
  const fund = await server.openFund(1_000_000n);
  for (let i = 0; i < 20; i += 1) {
    const caseId = server.addCase();
    caseIds.push(caseId);
    await propose(server, officer, fund.id, String(100 + i), { caseId });
  }
});
afterAll(() => server?.stop());

describe("relief applications on the cases subgraph's Case", () => {
  it('Case.reliefApplications for 20 cases costs one statement, each with its own application', async () => {
    server.counter.reset();
    const res = ok(
      await caseEntities<{ reliefApplications: { amount: string; status: string; case: { id: string } }[] }>(
        server,
        caseIds,
        'reliefApplications { amount status case { id } }',
        officer,
      ),
    );
    expect(res._entities.map((c) => c.reliefApplications.map((a) => a.amount))).toEqual(
      caseIds.map((_, i) => [String(100 + i)]),
    );
    expect(res._entities.every((c) => c.reliefApplications[0]!.case.id === c.id)).toBe(true);
    expect(server.counter.touching('funds')).toHaveLength(1);
  });

  it('a mediator gets null and FORBIDDEN on the field only', async () => {
    await expectFieldRefusedToMediator(server, caseIds[0]!, 'reliefApplications', '{ id }');
  });
});
