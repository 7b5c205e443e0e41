import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Gives the open routing dialog (交办) its reason and submits it, then waits for the case's timeline to show the
 * routing to `unit`; answers that timeline entry.
 */
export async function submitRouting(page: Page, reason: string, unit: string): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('理由').fill(reason);
  await dialog.getByRole('button', { name: '提交' }).click();
  await dialog.waitFor({ state: 'detached' });
  const routed = page.getByTestId('case-timeline').locator('li[data-kind="ROUTED"]');
  await routed.waitFor();
  await expect.poll(() => routed.innerText()).toContain(unit);
  return routed;
}
