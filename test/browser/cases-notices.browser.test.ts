import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';

interface PaperCase {
  id: string;
  number: string;
  notices: { kind: string; number: string; version: number; sha256: string }[];
}
const PAPERS = 'id number notices { kind number version sha256 }';

/**
 * Written notices on the case page and their templates: accepting a case issues its 受理告知书, which opens inline
 * with its checksum verified; a notice is issued from the panel; an admin edits a template with a preview and
 * saves it as a new version.
 */
describe('written notices in the back office', () => {
  const office = backOfficeFor();
  let staffToken: string;

  const papers = async (id: string) => {
    const res = await office.stack.gql<{ case: PaperCase }>(
      `query($id: ID!) { case(id: $id) { ${PAPERS} } }`,
      { id },
      staffToken,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.case;
  };

  beforeAll(async () => {
    staffToken = await office.stack.login('staff');
  });

  it('accepting a case issues its acceptance notice, which opens inline with its checksum verified', async () => {
    const routed = await office.stack.gql<{ cases: { nodes: PaperCase[] } }>(
      `{ cases(first: 1, filter: { status: [ROUTED] }) { nodes { ${PAPERS} } } }`,
      {},
      staffToken,
    );
    const c = routed.data!.cases.nodes[0]!;
    expect(c.notices).toEqual([]);
    const page = await office.login('staff');
    await page.goto(office.screen(`/cases/${c.id}/show`));
    await page.getByTestId('case-number').filter({ hasText: c.number }).waitFor();
    const panel = page.getByTestId('case-notices');
    await panel.getByText('尚未出具书面文书').waitFor();
    await panel.getByTestId('written-notice-clock').getByText('尚未书面告知').waitFor();

    await page.getByTestId('case-actions').getByRole('button', { name: '受理', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.waitFor({ state: 'detached' });

    const [notice] = (await papers(c.id)).notices;
    expect(notice).toMatchObject({ kind: 'ACCEPTANCE', version: 1 });
    const row = panel.getByTestId('notice-row').filter({ hasText: notice!.number });
    await row.getByText('受理告知书').waitFor();
    await expect.poll(() => panel.getByTestId('written-notice-clock').innerText()).toContain('受理告知书出具');

    await row.getByRole('button', { name: '查看' }).click();
    const viewer = page.getByTestId('notice-viewer');
    await viewer.getByTestId('notice-checksum').waitFor();
    expect(await viewer.getByTestId('notice-checksum').innerText()).toContain(
      `文件校验值与登记一致（SHA-256 ${notice!.sha256.slice(0, 16)}）`,
    );
    expect(await viewer.getByTestId('pdf-frame').getAttribute('src')).toMatch(/^blob:/);
    expect(await viewer.getByRole('link', { name: '下载' }).getAttribute('download')).toBe(
      `受理告知书 ${notice!.number}.pdf`,
    );
    await office.checkpoint('cases-notice-opened');
    await viewer.getByRole('button', { name: '关闭' }).click();
    await viewer.waitFor({ state: 'detached' });

    // Issued from the panel: the transfer notice, which opens at once; the acceptance notice again as version 2.
    await panel.getByRole('button', { name: '出具文书' }).click();
    const issue = page.getByTestId('issue-notice');
    await issue.getByRole('combobox', { name: '文书种类' }).click();
    await page.getByRole('option', { name: '转送（交办）告知书' }).click();
    await issue.getByRole('button', { name: '提交' }).click();
    await page.getByTestId('notice-viewer').getByTestId('notice-checksum').waitFor();
    await page.getByTestId('notice-viewer').getByRole('button', { name: '关闭' }).click();

    await panel.getByRole('button', { name: '出具文书' }).click();
    await issue.getByRole('button', { name: '提交' }).click(); // the first kind offered: the acceptance notice
    await page.getByTestId('notice-viewer').getByTestId('notice-checksum').waitFor();
    await page.getByTestId('notice-viewer').getByRole('button', { name: '关闭' }).click();

    const after = await papers(c.id);
    expect(after.notices.map((n) => [n.kind, n.version])).toEqual([
      ['ACCEPTANCE', 1],
      ['TRANSFER', 1],
      ['ACCEPTANCE', 2],
    ]);
    await expect.poll(() => panel.getByTestId('notice-row').count()).toBe(3);
    await panel.getByTestId('notice-row').filter({ hasText: '第 2 版' }).waitFor();
    await office.checkpoint('cases-notices-panel', { pageErrors: true });
  });

  it('an admin edits a template with a preview and saves it as a new version', async () => {
    const page = await office.login('admin');
    // Straight to the screen: the admin's landing dashboard is slow to settle on this machine; the menu links it.
    await page.goto(office.screen('/notice-templates'));
    await office.menu().getByRole('menuitem', { name: '文书模板' }).waitFor();
    const screen = page.getByTestId('notice-templates');
    await screen.getByRole('button', { name: '督办函' }).click();
    await screen.getByRole('heading', { name: '督办函 · 第 1 版' }).waitFor();

    const body = screen.locator('textarea[name="body"]');
    await body.fill(`${await body.inputValue()}\n\n（试行文本）案件 {{caseNumber}} 由 {{unit}} 办理。`);
    await screen.getByRole('button', { name: '预览' }).click();
    await expect
      .poll(() => screen.getByTestId('notice-preview-text').innerText())
      .toMatch(/（试行文本）案件 \d{4}-000001 由 县人力资源和社会保障局 办理。/);
    expect(await screen.getByTestId('pdf-frame').getAttribute('src')).toMatch(/^blob:/);

    await screen.getByRole('button', { name: '保存为新版本' }).click();
    await screen.getByRole('heading', { name: '督办函 · 第 2 版' }).waitFor();
    const history = screen.getByTestId('notice-template-history');
    await history.getByText('现行').waitFor();
    expect(await history.locator('tbody tr').count()).toBe(2);
    const templates = await office.stack.gql<{ noticeTemplates: { version: number; body: string }[] }>(
      '{ noticeTemplates(kind: SUPERVISION_LETTER) { version body } }',
      {},
      staffToken,
    );
    expect(templates.data!.noticeTemplates[0]).toMatchObject({ version: 2 });
    expect(templates.data!.noticeTemplates[0]!.body).toContain('（试行文本）');
    await office.checkpoint('cases-notice-templates', { pageErrors: true });
  });
});
