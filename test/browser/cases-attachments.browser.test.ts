import { accessLogTable } from '@onedoor/db/audit';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { JPEG, pdfSaying, WINDOWS_EXE } from '../support/files';
import { backOfficeFor } from './support/back-office';

interface CaseRef {
  id: string;
  number: string;
}

/** Evidence on the case page: uploaded with its progress, refused when it is no photo or document, previewed inline. */
describe('attachments on the case page (附件)', () => {
  const office = backOfficeFor();
  let target: CaseRef;

  beforeAll(async () => {
    const token = await office.tokenFor('staff');
    const res = await office.stack.gql<{ cases: { nodes: CaseRef[] } }>(
      '{ cases(first: 1, filter: { status: [IN_HANDLING] }) { nodes { id number } } }',
      {},
      token,
    );
    target = res.data!.cases.nodes[0]!;
  });

  const upload = async (name: string, mimeType: string, bytes: Uint8Array) => {
    const { page } = office;
    await page.getByTestId('attachments').getByRole('button', { name: '上传附件' }).click();
    const dialog = page.getByTestId('attachment-upload');
    await dialog.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
    await dialog.getByTestId('attachment-chosen').getByText(name).waitFor();
    await dialog.getByRole('button', { name: '上传', exact: true }).click();
    return dialog;
  };

  it('centre staff upload a photo and a letter; both are listed and on the timeline', async () => {
    const page = await office.login('staff');
    await page.goto(office.screen(`/cases/${target.id}/show`));
    await page.getByTestId('case-number').filter({ hasText: target.number }).waitFor();
    const panel = page.getByTestId('attachments');
    await panel.getByText('暂无附件').waitFor();

    const photo = await upload('欠条照片.jpg', 'image/jpeg', JPEG);
    await photo.waitFor({ state: 'hidden' });
    await panel.getByTestId('attachment-row').filter({ hasText: '欠条照片.jpg' }).waitFor();
    const letter = await upload('单位回函.pdf', 'application/pdf', pdfSaying('Reply of the employer'));
    await letter.waitFor({ state: 'hidden' });
    await panel.getByTestId('attachment-row').filter({ hasText: '单位回函.pdf' }).waitFor();

    const attached = page.getByTestId('case-timeline').locator('li[data-kind="FILE_ATTACHED"]');
    await expect.poll(() => attached.count()).toBe(2);
    expect(await attached.first().innerText()).toContain('附件：欠条照片.jpg');
    await office.checkpoint('cases-attachments-listed', { pageErrors: true });
  });

  it('refuses a program renamed .jpg in the dialog, in Chinese, and attaches nothing', async () => {
    const { page } = office;
    const dialog = await upload('现场照片.jpg', 'image/jpeg', WINDOWS_EXE);
    const refusal = dialog.getByTestId('attachment-refusal');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('文件类型不被接受');
    await office.checkpoint('cases-attachments-refused');
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await page.getByTestId('attachment-row').count()).toBe(2);
  });

  it('another role previews the photo and the PDF inline; only the file opened is in the access log', async () => {
    const page = await office.login('leader');
    await page.goto(office.screen(`/cases/${target.id}/show`));
    const rows = page.getByTestId('attachment-row');
    await rows.filter({ hasText: '欠条照片.jpg' }).waitFor();
    const before = await office.stack.db
      .select()
      .from(accessLogTable)
      .where(eq(accessLogTable.entityType, 'CaseAttachment'));

    await rows.filter({ hasText: '欠条照片.jpg' }).getByRole('button', { name: '预览' }).click();
    const preview = page.getByTestId('attachment-preview');
    const image = preview.locator('img');
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(16);
    await office.checkpoint('cases-attachments-photo-preview', { pageErrors: true });
    const after = await office.stack.db
      .select()
      .from(accessLogTable)
      .where(eq(accessLogTable.entityType, 'CaseAttachment'));
    expect(after.length - before.length).toBe(1);
    await preview.getByRole('button', { name: '关闭' }).click();

    await rows.filter({ hasText: '单位回函.pdf' }).getByRole('button', { name: '预览' }).click();
    const frame = page.getByTestId('attachment-preview').locator('iframe');
    await frame.waitFor();
    // The PDF is shown from a local copy of its bytes: the same bytes the gateway stored.
    const shown = await frame.evaluate(async (el) => {
      const src = (el as unknown as { src: string }).src;
      const blob = await (await fetch(src)).blob();
      return { scheme: src.split(':')[0], type: blob.type, start: await blob.slice(0, 5).text() };
    });
    expect(shown).toEqual({ scheme: 'blob', type: 'application/pdf', start: '%PDF-' });
  });
});
