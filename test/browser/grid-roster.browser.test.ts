import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { addDays, monthPeriod, weekdayIndex } from '../../admin/src/grid/roster/rosterTime';
import { todayInShanghai } from '../../admin/src/format/time';
import { backOfficeFor } from './support/back-office';

const GENERATE = 'mutation($input: GenerateDutyMonthInput!) { generateDutyMonth(input: $input) { id } }';
const CALENDAR = 'query($from: DateTime!, $to: DateTime!) { dutyCalendar(from: $from, to: $to) }';

describe('the duty roster', () => {
  const office = backOfficeFor();
  /** Six people with different names: office hours, noon, two for nights, weekend days, weekend leader. */
  let people: { id: string; name: string }[];
  const month = todayInShanghai().slice(0, 7);
  const period = monthPeriod(month);

  beforeAll(async () => {
    const token = await office.stack.login('admin');
    const res = await office.stack.gql<{ persons: { nodes: { id: string; name: string }[] } }>(
      'query { persons(first: 60, orderBy: { field: NAME }) { nodes { id name } } }',
      {},
      token,
    );
    const seen = new Set<string>();
    people = (res.data?.persons.nodes ?? [])
      .filter((p) => p.name.length >= 2 && !seen.has(p.name) && seen.add(p.name))
      .slice(0, 6);
    expect(people).toHaveLength(6);
  });

  async function pick(dialog: Locator, label: string, name: string) {
    // A required input's label ends with an asterisk.
    const input = dialog.getByLabel(new RegExp(`^${label}\\s*\\*?$`));
    await input.click();
    await input.fill(name);
    await office.page.getByRole('option', { name, exact: true }).first().click();
  }

  it('lets centre staff generate a month from a rule and shows its shifts in the month view', async () => {
    const page = await office.login('staff');
    await page.getByRole('menuitem', { name: '值班表' }).click();
    await page.getByTestId('duty-month').waitFor();
    await page.getByTestId('roster-gaps').waitFor(); // nothing is rostered yet
    await page.getByRole('button', { name: '按规则生成' }).click();
    const dialog = page.getByTestId('generate-dialog');
    await dialog.getByText('按轮值规则生成一个月的值班').waitFor();
    const [office1, noon, night1, night2, weekend, leader] = people.map((p) => p.name) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    await pick(dialog, '工作时间值班人员', office1);
    await pick(dialog, '午间值班人员', noon);
    await pick(dialog, '夜间值班人员', night1);
    await pick(dialog, '夜间值班人员', night2);
    await pick(dialog, '周末白班人员', weekend);
    await pick(dialog, '周末带班领导', leader);
    await dialog.getByRole('button', { name: '按规则生成' }).click();
    await page.getByText('已生成本月值班').waitFor();
    await page.getByTestId('roster-ok').waitFor();

    const token = await office.stack.login('staff');
    const calendar = await office.stack.gql<{ dutyCalendar: string }>(
      CALENDAR,
      { from: period.from, to: period.to },
      token,
    );
    const events = calendar.data!.dutyCalendar.match(/BEGIN:VEVENT/g)?.length ?? 0;
    expect(events).toBeGreaterThan(100);
    await expect.poll(() => page.getByTestId('duty-shift').count()).toBe(events);
    await expect.poll(() => page.getByTestId('duty-month').innerText()).toContain(office1);
    await office.checkpoint('grid-roster-generated');

    await page.getByRole('button', { name: '周视图' }).click();
    await page.getByTestId('duty-week').waitFor();
    await expect.poll(() => page.getByTestId('duty-week').innerText()).toContain(night1);
    await office.checkpoint('grid-roster-week');
    await page.getByRole('button', { name: '月视图' }).click();
  });

  it('shows a conflict when leave falls on shifts, and refuses a removal that would leave a gap', async () => {
    const { page } = office;
    await page.getByTestId('duty-month').waitFor();
    let day = `${month}-01`;
    while (weekdayIndex(day) > 4) day = addDays(day, 1);
    const officer = people[0]!;

    await page.getByRole('button', { name: '登记请假' }).click();
    const dialog = page.getByTestId('leave-dialog');
    await pick(dialog, '人员', officer.name);
    await dialog.getByLabel('开始时间').fill(`${day}T00:00`);
    await dialog.getByLabel('结束时间').fill(`${day}T23:00`);
    await dialog.getByLabel('事由').fill('病假');
    await dialog.getByRole('button', { name: '提交' }).click();
    await page.getByText('已登记请假').waitFor();
    const conflicts = page.getByTestId('roster-conflicts');
    await conflicts.waitFor();
    await expect.poll(() => conflicts.innerText()).toContain(`请假期间排班：${officer.name}`);
    // Both office-hours halves of that day are outlined on the calendar.
    const marked = page.getByTestId(`duty-day-${day}`).locator('[data-testid=duty-shift][data-conflict=true]');
    await expect.poll(() => marked.count()).toBe(2);

    // Removing the noon shift of that day would leave 12:00–14:00 uncovered: the API refuses and says why.
    await page.getByTestId(`duty-day-${day}`).locator('[data-testid=duty-shift]', { hasText: '午间' }).click();
    const edit = page.getByTestId('edit-shift-dialog');
    await edit.getByRole('button', { name: '删除班次' }).click();
    await page.getByText('未保存：此修改会造成排班冲突或值班空档', { exact: false }).waitFor();
    await office.checkpoint('grid-roster-conflict');
    await edit.getByRole('button', { name: '取消' }).click();

    // The next month has no roster yet: its whole span is listed as a gap.
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => page.getByTestId('roster-gaps').innerText()).toContain('无人值班');
    await office.checkpoint('grid-roster-gap');
  });

  it('hides generating from an auditor and a partner, and the API refuses them', async () => {
    const page = await office.login('auditor');
    await page.getByRole('menuitem', { name: '值班表' }).click();
    await page.getByTestId('duty-month').waitFor();
    await expect.poll(() => page.getByTestId('duty-shift').count()).toBeGreaterThan(100);
    expect(await page.getByRole('button', { name: '按规则生成' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '登记请假' }).count()).toBe(0);
    await office.checkpoint('grid-roster-auditor');

    const input = {
      month,
      workHours: [people[0]!.id],
      noon: [people[1]!.id],
      night: [people[2]!.id, people[3]!.id],
      weekendDay: [people[4]!.id],
      weekendLeaders: [people[5]!.id],
      replace: true,
    };
    for (const username of ['auditor', 'partner', 'leader']) {
      const refused = await office.stack.gql(GENERATE, { input }, await office.stack.login(username));
      expect(refused.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
    }

    await office.login('partner');
    await page.getByRole('menuitem').first().waitFor();
    expect(await page.getByRole('menuitem', { name: '值班表' }).count()).toBe(0);
    await office.checkpoint('grid-roster-partner');
  });
});
