import { describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

describe('the side menu', () => {
  const office = backOfficeFor();

  it("groups an administrator's screens by domain, each with its lists and workflows", async () => {
    await office.login('admin');
    const menu = office.menu();
    for (const heading of ['诉求办理', '人员与人才库', '网格与排班', '救助资金'])
      await menu.getByText(heading, { exact: true }).waitFor();
    for (const item of [
      '登记',
      '案件',
      '时限预警',
      '人员',
      '人才库成员',
      '批量导入',
      '值班表',
      '网格树',
      '救助基金',
      '救助申请',
      '救助审批',
    ]) {
      await menu.getByRole('menuitem', { name: item, exact: true }).waitFor();
    }
    await office.checkpoint('menu-admin');
  });

  it('shows a leader the relief funds it may read', async () => {
    await office.login('leader');
    const menu = office.menu();
    for (const item of ['救助基金', '救助申请', '救助统计'])
      await menu.getByRole('menuitem', { name: item, exact: true }).waitFor();
    await office.screenshot('menu-leader');
  });

  it('shows a mediator only what a mediator may use', async () => {
    await office.login('mediator');
    const menu = office.menu();
    await menu.getByRole('menuitem', { name: '数据看板' }).waitFor();
    const items = await menu.getByRole('menuitem').allInnerTexts();
    expect(items).not.toContain('登记');
    expect(items).not.toContain('救助基金');
    expect(items).toContain('案件');
    await office.checkpoint('menu-mediator');
  });
});
