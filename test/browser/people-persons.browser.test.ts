import { describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';
import { nationalId, withWrongCheckDigit } from './support/people';

const REGISTER = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';
const FIND = 'query($f: PersonFilter) { persons(filter: $f) { totalCount nodes { id name mergedFrom { id } } } }';

describe('persons', () => {
  const office = backOfficeFor();
  const admin = () => office.tokenFor('admin');

  it('registering shows the server error next to the national id and saves nothing until it is right', async () => {
    const page = await office.login('staff');
    await page.getByRole('menuitem', { name: '人员', exact: true }).click();
    await page.locator('tbody tr').first().waitFor();
    await office.checkpoint('people-persons-list');
    await page.goto(office.screen('/persons/create'));
    const good = nationalId('37132919880512921');
    const bad = withWrongCheckDigit(good);
    await page.locator('input[name="name"]').fill('登记测试人');
    await page.locator('input[name="nationalId"]').fill(bad);
    await page.getByRole('checkbox', { name: '老年人' }).check();
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.ra-input-nationalId').getByText('身份证号校验位不符，可能有数字输错，请核对证件').waitFor();
    const none = await office.stack.gql<{ persons: { totalCount: number } }>(
      FIND,
      { f: { search: '登记测试人' } },
      await admin(),
    );
    expect(none.data?.persons.totalCount).toBe(0);
    await office.checkpoint('people-register-error');

    await page.locator('input[name="nationalId"]').fill(good);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL((url) => /#\/persons\/[^/]+\/show/.test(url.hash));
    await page.getByText('老年人').waitFor();
    expect(await page.getByRole('button', { name: '开通账号' }).count()).toBe(0);

    await page.getByRole('button', { name: '加入人才库' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '服务网格' }).fill('柳林');
    await page.getByRole('option', { name: '柳林镇' }).click();
    await dialog.getByRole('button', { name: '加入人才库' }).click();
    await page.waitForURL((url) => /#\/mediators\/[^/]+\/show/.test(url.hash));
    await page.getByText('人民调解员库').first().waitFor();
    await page.getByText('柳林镇').first().waitFor();
    await office.expectClean();
  });

  it("a petitioner's page lists their cases with links to the case pages", async () => {
    const { page } = office;
    const found = await office.stack.gql<{
      cases: { nodes: { number: string; petitioners: { id: string; name: string }[] }[] };
    }>('query { cases(first: 1) { nodes { number petitioners { id name } } } }', {}, await admin());
    const kase = found.data!.cases.nodes[0]!;
    await page.goto(office.screen(`/persons/${kase.petitioners[0]!.id}/show`));
    await page.getByRole('heading', { name: '本人的案件' }).waitFor();
    const row = page.getByRole('cell', { name: kase.number });
    await row.waitFor();
    await office.checkpoint('people-person-show');
    await row.click();
    await page.waitForURL((url) => /#\/cases\/[^/]+\/show/.test(url.hash));
    // A fresh page: the cases module's screens are not this file's subject.
    await page.goto(office.screen('/'));
    await page.reload();
  });

  it('probable duplicates are grouped with the reason and merged after a confirmation', async () => {
    const { page } = office;
    for (const address of ['临沭县城关街道一号', null]) {
      await office.stack.gql(REGISTER, { input: { name: '重复测试人', phone: '13900009999', address } }, await admin());
    }
    await page.getByRole('menuitem', { name: '疑似重复人员' }).click();
    const group = page.getByTestId('duplicate-group').filter({ hasText: '重复测试人' });
    await group.getByText('姓名和电话相同').waitFor();
    expect(await group.locator('tbody tr').count()).toBe(2);
    await group.getByRole('button', { name: '合并到保留记录' }).click();
    await page.getByText('将 1 条重复记录合并到“重复测试人”').waitFor();
    // The dialog fades in: the screenshot waits until it is fully shown.
    await expect
      .poll(() =>
        page
          .locator('.MuiDialog-container')
          .evaluate(
            (e) =>
              (globalThis as unknown as { getComputedStyle(el: Element): { opacity: string } }).getComputedStyle(e)
                .opacity,
          ),
      )
      .toBe('1');
    await office.checkpoint('people-duplicates-confirm');
    await page.getByRole('button', { name: '确认' }).click();
    await expect
      .poll(() => page.getByTestId('duplicate-group').filter({ hasText: '重复测试人' }).count(), { timeout: 10_000 })
      .toBe(0);
    const merged = await office.stack.gql<{ persons: { nodes: { mergedFrom: { id: string }[] }[] } }>(
      FIND,
      { f: { search: '重复测试人' } },
      await admin(),
    );
    expect(merged.data?.persons.nodes.map((n) => n.mergedFrom.length)).toEqual([1]);
    expect(await office.missingTranslations()).toEqual([]);
  });
  it("an administrator opens an account for a person, sees the server's password rule, then disables the account", async () => {
    const { page } = office;
    await office.signOut();
    await office.login('admin');
    const found = await office.stack.gql<{ persons: { nodes: { id: string }[] } }>(
      FIND,
      { f: { search: '登记测试人' } },
      await admin(),
    );
    await page.goto(office.screen(`/persons/${found.data!.persons.nodes[0]!.id}/show`));
    await page.getByRole('button', { name: '开通账号' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="username"]').fill('dengji.test');
    await dialog.locator('input[name="password"]').fill('short');
    await dialog.getByRole('checkbox', { name: '调解员' }).check();
    await dialog.getByRole('button', { name: '开通账号' }).click();
    await dialog.locator('.ra-input-password').getByText('至少 10 个字符').waitFor();
    await dialog.locator('input[name="password"]').fill('a-long-enough-password');
    await dialog.getByRole('button', { name: '开通账号' }).click();
    await page.waitForURL((url) => /#\/accounts\/[^/]+$/.test(url.hash));
    await page.getByRole('cell', { name: 'dengji.test' }).waitFor();
    await page.getByText('调解员').waitFor();
    await page.getByRole('button', { name: '停用' }).click();
    await page.getByRole('button', { name: '启用' }).waitFor();
    expect(await page.getByRole('row', { name: /已停用/ }).innerText()).toContain('是');
    await office.checkpoint('people-account');
    const refused = await office.stack.login('dengji.test', 'a-long-enough-password').then(
      () => 'signed in',
      (e: Error) => e.message,
    );
    expect(refused).toContain('failed');
  });
});
