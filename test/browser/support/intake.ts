import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestStack } from '../../support/stack';

export interface Named {
  id: string;
  name: string;
}

/** What an intake form needs picked from the demo county: a category with several sub-categories, a path down the grid. */
export interface IntakeChoices {
  category: { parent: Named; child: Named };
  /** The first unit at each level: county → township → work area → village → base grid. */
  chain: Named[];
}

export async function intakeChoices(stack: TestStack, token: string): Promise<IntakeChoices> {
  const cats = await stack.gql<{ categories: (Named & { children: Named[] })[] }>(
    '{ categories { id name children { id name } } }',
    {},
    token,
  );
  const parent = cats.data!.categories.find((c) => c.children.length > 1)!;
  const county = await stack.gql<{ gridUnits: { nodes: Named[] } }>(
    '{ gridUnits(filter: { level: COUNTY }) { nodes { id name } } }',
    {},
    token,
  );
  const chain = [county.data!.gridUnits.nodes[0]!];
  for (let depth = 1; depth <= 4; depth++) {
    const below = await stack.gql<{ gridUnits: { nodes: Named[] } }>(
      'query($p: ID) { gridUnits(filter: { parentId: $p }, first: 1) { nodes { id name } } }',
      { p: chain.at(-1)!.id },
      token,
    );
    chain.push(below.data!.gridUnits.nodes[0]!);
  }
  return { category: { parent, child: parent.children[1]! }, chain };
}

/** The intake pickers' words in each language of the back office. */
const WORDS = {
  zh: { parent: '事项大类', child: '事项小类', choosePlace: '选择发生地', expand: '展开', select: '选择' },
  en: {
    parent: 'Category',
    child: 'Sub-category',
    choosePlace: 'Choose the place',
    expand: 'Expand',
    select: 'Choose',
  },
} as const;
export type Language = keyof typeof WORDS;

export async function pickCategory(page: Page, { category }: IntakeChoices, language: Language = 'zh') {
  const words = WORDS[language];
  // Anchored: the sub-category's name ends in the required mark, and in English contains the category's.
  await page.getByRole('combobox', { name: new RegExp(`^${words.parent}`) }).click();
  await page.getByRole('option', { name: category.parent.name, exact: true }).click();
  await page.getByRole('combobox', { name: new RegExp(`^${words.child}`) }).click();
  await page.getByRole('option', { name: category.child.name, exact: true }).click();
}

/** Opens the grid tree down to `depth` and picks that unit; `whileOpen` runs with the tree open (a screenshot). */
export async function pickPlace(
  page: Page,
  { chain }: IntakeChoices,
  depth: number,
  { language = 'zh', whileOpen }: { language?: Language; whileOpen?: () => Promise<unknown> } = {},
) {
  const words = WORDS[language];
  await page.getByRole('button', { name: words.choosePlace }).click();
  for (const unit of chain.slice(1, depth))
    await page.getByRole('button', { name: `${words.expand} ${unit.name}`, exact: true }).click();
  await whileOpen?.();
  await page.getByRole('button', { name: `${words.select} ${chain[depth]!.name}`, exact: true }).click();
  await expect
    .poll(() => page.getByTestId('intake-grid-path').innerText())
    .toBe(
      chain
        .slice(0, depth + 1)
        .map((u) => u.name)
        .join(' / '),
    );
}

/** The text under an input: its helper, where react-admin shows a field's error. */
export async function helperTextOf(page: Page, input: string): Promise<string> {
  const helper = await page.locator(input).getAttribute('aria-describedby');
  return helper ? page.locator(`[id="${helper}"]`).innerText() : '';
}
