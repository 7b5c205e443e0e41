import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';
import { dayFromToday, nationalId } from './support/people';

const REGISTER = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';
const ADD = 'mutation($input: AddPoolMemberInput!) { addPoolMember(input: $input) { id } }';
const STATUS = 'mutation($input: ChangeMediatorStatusInput!) { changeMediatorStatus(input: $input) { id } }';

describe('the pool members list', () => {
  const office = backOfficeFor();
  const admin = () => office.tokenFor('admin');
  const member = async (name: string, body17: string, expiresOn: string) => {
    const person = await office.stack.gql<{ registerPerson: { id: string } }>(
      REGISTER,
      { input: { name, nationalId: nationalId(body17) } },
      await admin(),
    );
    const added = await office.stack.gql<{ addPoolMember: { id: string } }>(
      ADD,
      {
        input: {
          personId: person.data!.registerPerson.id,
          pool: 'PEOPLES_MEDIATOR',
          specialties: ['traffic'],
          certifications: [{ name: '人民调解员证', expiresOn }],
        },
      },
      await admin(),
    );
    expect(added.errors).toBeUndefined();
    return added.data!.addPoolMember.id;
  };

  beforeAll(async () => {
    await member('证书将到期', '37132919660708911', dayFromToday(30));
    await member('证书已过期', '37132919670809912', dayFromToday(-10));
    const suspended = await member('已暂停成员', '37132919680910913', dayFromToday(400));
    await office.stack.gql(
      STATUS,
      { input: { mediatorId: suspended, status: 'SUSPENDED', reason: '测试' } },
      await admin(),
    );
  });

  it('filtered by specialty and status shows only matching members, with certificate expiry warnings', async () => {
    const page = await office.login('staff');
    await page.goto(
      office.screen(`/mediators?perPage=50&filter=${encodeURIComponent(JSON.stringify({ pool: 'PEOPLES_MEDIATOR' }))}`),
    );
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('combobox', { name: '专业领域' }).click();
    await page.getByRole('option', { name: '交通事故' }).click();
    await page.getByRole('combobox', { name: '状态' }).click();
    await page.getByRole('option', { name: '在册' }).click();

    const api = await office.stack.gql<{ mediators: { totalCount: number } }>(
      'query { mediators(filter: { pool: PEOPLES_MEDIATOR, specialty: "traffic", status: ACTIVE }) { totalCount } }',
      {},
      await admin(),
    );
    const expected = Math.min(api.data!.mediators.totalCount, 50);
    expect(expected).toBeGreaterThan(2);
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10_000 }).toBe(expected);
    const rows = page.locator('tbody tr');
    for (let i = 0; i < expected; i++) {
      expect(await rows.nth(i).locator('td').nth(2).innerText()).toBe('在册');
      expect(await rows.nth(i).locator('td').nth(3).innerText()).toContain('交通事故');
    }
    expect(await page.getByRole('cell', { name: '已暂停成员' }).count()).toBe(0);
    const soon = page
      .locator('tr', { has: page.getByRole('cell', { name: '证书将到期', exact: true }) })
      .locator('[data-expiry]');
    expect(await soon.getAttribute('data-expiry')).toBe('soon');
    expect(await soon.innerText()).toContain('即将到期');
    expect(await soon.innerText()).toContain('剩 30 天');
    const expired = page
      .locator('tr', { has: page.getByRole('cell', { name: '证书已过期', exact: true }) })
      .locator('[data-expiry]');
    expect(await expired.getAttribute('data-expiry')).toBe('expired');
    expect(await expired.innerText()).toContain('已过期');
    await office.checkpoint('people-mediators-filtered');
  });

  it('a member page shows certificates, availability, performance and the actions of the role', async () => {
    const { page } = office;
    await page.getByRole('cell', { name: '证书将到期', exact: true }).click();
    await page.waitForURL((url) => /#\/mediators\/[^/]+\/show/.test(url.hash));
    await page.getByText('即将到期').first().waitFor();
    for (const action of ['变更状态', '添加证书', '设置每周可用日', '登记请假/不可用'])
      await page.getByRole('button', { name: action }).waitFor();

    await page.getByRole('button', { name: '登记请假/不可用' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '类型' }).click();
    await page.getByRole('option', { name: '请假' }).click();
    await dialog.locator('input[name="from"]').fill(dayFromToday(5));
    await dialog.locator('input[name="to"]').fill(dayFromToday(3));
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('须晚于开始', { exact: true }).waitFor();
    await dialog.locator('input[name="to"]').fill(dayFromToday(7));
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: '可用时间' }).click();
    await page.getByRole('cell', { name: '请假' }).waitFor();
    await office.checkpoint('people-mediator-show');

    await page.getByRole('tab', { name: '业绩与工作量' }).click();
    await page.getByText('在办案件数').waitFor();
    await page.getByRole('tab', { name: '状态记录' }).click();
    await page.getByRole('cell', { name: '在册' }).first().waitFor();
    await office.expectClean();
  });

  it('the pool overview shows the size by specialty and township and the coverage gaps', async () => {
    const { page } = office;
    await page.getByRole('menuitem', { name: '人才库概况' }).click();
    await page.getByTestId('coverage-summary').waitFor();
    await page.getByText('按镇街（在册）').waitFor();
    expect(Number(await page.getByTestId('onedoor.people.pools.active').innerText())).toBeGreaterThan(100);
    await office.checkpoint('people-pool-overview');
  });
});
