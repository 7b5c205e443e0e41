import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';
import { submitRouting } from './support/cases';

const BUREAU = '东岳县人力资源和社会保障局';

/**
 * The routing dialog's pickers speak the county's words: the units the category's routing rule names come
 * first, 人社局 (the short name, not part of the full name) finds the human-resources bureau, and a search that
 * finds nothing says so in Chinese.
 */
describe("the routing picker in the county's own words", () => {
  const office = backOfficeFor();
  let target: { id: string; number: string; suggested: string[] };

  beforeAll(async () => {
    const token = await office.stack.login('staff');
    const res = await office.stack.gql<{
      cases: { nodes: { id: string; number: string; routingSuggestions: { name: string }[] }[] };
    }>(
      '{ cases(first: 100, filter: { status: [REGISTERED] }) { nodes { id number routingSuggestions { name } } } }',
      {},
      token,
    );
    // A case whose rule names other units: the bureau is then found by the search, not by the suggestions.
    const found = res.data!.cases.nodes.find(
      (c) => c.routingSuggestions.length > 0 && !c.routingSuggestions.some((u) => u.name === BUREAU),
    )!;
    target = { id: found.id, number: found.number, suggested: found.routingSuggestions.map((u) => u.name) };
  });

  it('offers the rule’s units first, finds 人社局 by its short name and says 无匹配项 for nonsense', async () => {
    const page = await office.login('staff');
    await page.goto(office.screen(`/cases/${target.id}/show`));
    await page.getByTestId('case-number').filter({ hasText: target.number }).waitFor();
    await page.getByTestId('case-actions').getByRole('button', { name: '交办', exact: true }).click();
    const dialog = page.getByRole('dialog');

    const lead = dialog.getByLabel('牵头单位');
    await lead.click();
    const listbox = page.getByRole('listbox');
    await expect
      .poll(() => listbox.locator('.MuiAutocomplete-groupLabel').allInnerTexts())
      .toEqual(['分流规则建议', '其他单位']);
    const options = await listbox.getByRole('option').allInnerTexts();
    expect(options.slice(0, target.suggested.length).map((o) => o.replace(/（.*）$/, ''))).toEqual(target.suggested);
    await office.screenshot('cases-routing-suggestions');

    await lead.fill('人社局');
    const bureau = page.getByRole('option', { name: `${BUREAU}（人社局）`, exact: true });
    await bureau.click();
    expect(await lead.inputValue()).toBe(`${BUREAU}（人社局）`);

    const coUnits = dialog.getByLabel('协办单位');
    await coUnits.fill('无此单位qqq');
    await expect.poll(() => page.locator('.MuiAutocomplete-noOptions').innerText()).toBe('无匹配项');
    await office.checkpoint('cases-routing-no-match');
    await coUnits.fill('');
    await coUnits.press('Escape');

    await submitRouting(page, '拖欠工资，属县人社局职责', BUREAU);
  });
});
