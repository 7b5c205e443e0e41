import { beforeAll, describe, expect, it } from 'vitest';
import { backOfficeFor } from './support/back-office';
import {
  helperTextOf,
  type IntakeChoices,
  intakeChoices,
  type Language,
  pickCategory,
  pickPlace,
} from './support/intake';

const PHONE_REFUSED = {
  zh: '请填写 11 位手机号或带区号的固定电话，如 138-0531-2468、0539-1234567',
  en: 'Enter an 11-digit mobile or a landline with its area code, e.g. 138-0531-2468 or 0539-1234567',
};
const WORDS = {
  zh: { newPetitioner: '新建信访人', register: '登记' },
  en: { newPetitioner: 'New petitioner', register: 'Register' },
};

/**
 * Intake forgives how people type (issue 19, point 3): the contact phone is taken from the petitioner's,
 * `138-0531-2468` is a phone, and a refused input is said in the user's language with the field named as
 * the form names it; in English, labels carry no Chinese punctuation and the menu and titles are English.
 */
describe('intake takes people’s data as typed and says what it refuses in the user’s language', () => {
  const office = backOfficeFor();
  let adminToken: string;
  let choices: IntakeChoices;

  beforeAll(async () => {
    adminToken = await office.stack.login('admin');
    choices = await intakeChoices(office.stack, adminToken);
  });

  const contactPhone = () => office.page.locator('input[name="contactPhone"]');
  const mainPhone = () => office.page.locator('input[name="petitioners.0.phone"]');
  const notification = () => office.page.locator('.MuiSnackbarContent-message').last();
  const countCases = async () =>
    (await office.stack.gql<{ cases: { totalCount: number } }>('{ cases(first: 0) { totalCount } }', {}, adminToken))
      .data!.cases.totalCount;

  /** A new petitioner, a category, a title and a place: everything but the contact phone. */
  async function fillIntake(name: string, phone: string, language: Language = 'zh') {
    const { page } = office;
    await page.goto(office.screen('/cases/intake'));
    await page.getByRole('button', { name: WORDS[language].newPetitioner }).click();
    await page.locator('input[name="petitioners.0.name"]').fill(name);
    await mainPhone().fill(phone);
    await pickCategory(page, choices, language);
    await page.locator('input[name="title"]').fill('拖欠工资');
    await page.locator('textarea[name="description"]').fill('工地拖欠工资三个月');
    await pickPlace(page, choices, 4, { language });
  }

  const register = (language: Language = 'zh') =>
    office.page.getByRole('button', { name: WORDS[language].register, exact: true }).click();

  async function registeredCase() {
    await office.page.waitForURL((url) => /^#\/cases\/[0-9a-f-]{36}\/show$/.test(url.hash));
    const id = /#\/cases\/([0-9a-f-]{36})\/show/.exec(office.page.url())![1]!;
    const read = await office.stack.gql<{
      case: { trackingCode: string; petitioners: { name: string; phone: string }[] };
    }>('query($id: ID!) { case(id: $id) { trackingCode petitioners { name phone } } }', { id }, adminToken);
    return read.data!.case;
  }

  const trackedBy = async (trackingCode: string, phoneLast4: string) =>
    (
      await office.stack.gql<{ trackCase: { number: string } | null }>(
        'query($c: String!, $p: String!) { trackCase(trackingCode: $c, phoneLast4: $p) { number } }',
        { c: trackingCode, p: phoneLast4 },
      )
    ).data?.trackCase ?? null;

  it('fills the contact phone from the petitioner’s and registers a case with 138-0531-2468 typed there', async () => {
    const { page } = office;
    await office.login('staff');
    await page.goto(office.screen('/cases/intake'));
    await page.getByRole('button', { name: '新建信访人' }).click();
    await page.locator('input[name="petitioners.0.name"]').fill('李建国');
    await mainPhone().fill('139 1234 0007');
    await expect.poll(() => contactPhone().inputValue()).toBe('139 1234 0007');

    // Typed by staff, the contact phone is theirs: a later change of the petitioner's phone leaves it.
    await contactPhone().fill('138-0531-2468');
    await mainPhone().fill('139-1234-0008');
    await pickCategory(page, choices);
    expect(await contactPhone().inputValue()).toBe('138-0531-2468');
    await page.locator('input[name="title"]').fill('拖欠工资');
    await page.locator('textarea[name="description"]').fill('工地拖欠工资三个月');
    await pickPlace(page, choices, 4);
    await office.screenshot('intake-input-phones');
    await register();

    const saved = await registeredCase();
    expect(saved.petitioners).toEqual([{ name: '李建国', phone: '13912340008' }]);
    expect(await trackedBy(saved.trackingCode, '2468')).not.toBeNull();
    await office.checkpoint('intake-input-registered');
  });

  it('says in Chinese why a contact phone is refused, naming the field as the form does, and saves nothing', async () => {
    const { page } = office;
    const before = await countCases();
    await fillIntake('王秀英', '13912340009');
    await contactPhone().fill('0531-246');
    await register();

    await expect.poll(() => helperTextOf(page, 'input[name="contactPhone"]')).toBe(PHONE_REFUSED.zh);
    await expect.poll(() => notification().innerText()).toContain(`联系电话（用于查询进度）：${PHONE_REFUSED.zh}`);
    expect(await notification().innerText()).not.toMatch(/[A-Za-z]/);
    expect(page.url()).toContain('#/cases/intake');
    expect(await countCases()).toBe(before);
    await office.checkpoint('intake-input-refused-zh');
  });

  it('says it in English in English mode, whose menu, titles and labels are English', async () => {
    const { page } = office;
    await page.goto(office.screen('/'));
    await page.locator('header button[aria-haspopup="true"]', { hasText: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await office.menu().getByRole('menuitem', { name: 'Dashboard', exact: true }).waitFor();
    await expect.poll(() => page.title()).toBe('OneDoor one-stop dispute resolution centre');
    expect(await page.locator('#react-admin-title').innerText()).toBe('Dashboard');

    const before = await countCases();
    await fillIntake('Ahmat Tursun', '13912340010', 'en');
    await contactPhone().fill('0531-246');
    await register('en');
    await expect.poll(() => helperTextOf(page, 'input[name="contactPhone"]')).toBe(PHONE_REFUSED.en);
    await expect
      .poll(() => notification().innerText())
      .toContain(`Not done: Invalid input (Contact phone (for progress tracking): ${PHONE_REFUSED.en})`);
    expect(await countCases()).toBe(before);
    await office.checkpoint('intake-input-refused-en');

    // Accepted once it is a phone; the case page's words are joined with English punctuation.
    await contactPhone().fill('+86 138 0531 2470');
    await register('en');
    const saved = await registeredCase();
    expect(await trackedBy(saved.trackingCode, '2470')).not.toBeNull();
    await page
      .getByText(/^By: \S/)
      .first()
      .waitFor();
    expect(await page.getByText(/By：/).count()).toBe(0);
    await office.checkpoint('intake-input-case-en');

    await page.locator('header button[aria-haspopup="true"]', { hasText: 'English' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await office.menu().getByRole('menuitem', { name: '数据看板', exact: true }).waitFor();
  });
});
