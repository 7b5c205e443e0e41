import { beforeEach, describe, expect, it } from 'vitest';
import {
  apiErrorsOf,
  apiFieldErrorsOf,
  describeProblems,
  fieldErrorsOf,
  toHttpError,
  type Translate,
} from '../../admin/src/data/errors';
import { createI18nProvider } from '../../admin/src/i18n';

/** The back office's catalogues (the shared ones: errors and common words), in the language asked for. */
const i18n = createI18nProvider([]);
const translate: Translate = (key, options) => i18n.translate(key, options);
const speak = async (locale: 'zh' | 'en') => {
  await i18n.changeLocale(locale);
};

/** A field error as react-admin shows it under its input (ra-core's ValidationError). */
function shown(error: string): string {
  const prefix = '@@react-admin@@';
  if (!error.startsWith(prefix)) return translate(error, { _: error });
  const { message, args } = JSON.parse(error.slice(prefix.length)) as { message: string; args: object };
  return translate(message, { _: message, ...args });
}

const refusal = (extensions: Record<string, unknown>, message = 'input.contactPhone: must be a mainland mobile') =>
  toHttpError({ graphQLErrors: [{ message, extensions }] }, translate);

const PHONE = {
  code: 'BAD_USER_INPUT',
  field: 'input.contactPhone',
  fields: [{ field: 'input.contactPhone', reason: 'PHONE_FORMAT', params: {} }],
};

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

beforeEach(() => speak('zh'));

describe('server errors in the back office', () => {
  it('puts a field problem under the form field it names, in the language on screen', async () => {
    const error = refusal(PHONE);
    expect(error.status).toBe(400);
    const underField = fieldErrorsOf(error)!.contactPhone!;
    expect(shown(underField)).toBe('请填写 11 位手机号或带区号的固定电话，如 138-0531-2468、0539-1234567');
    await speak('en');
    expect(shown(underField)).toBe(
      'Enter an 11-digit mobile or a landline with its area code, e.g. 138-0531-2468 or 0539-1234567',
    );
  });

  it('words each reason with its parameters, money as yuan', async () => {
    const error = refusal(
      {
        code: 'CONFLICT',
        field: 'input.amount',
        fields: [
          { field: 'request.note', reason: 'TOO_LONG', params: { max: 2000 } },
          {
            field: 'input.amount',
            reason: 'PER_PERSON_YEARLY_CAP',
            params: { capFen: '500000', committedFen: '120050' },
          },
        ],
      },
      'Fund X pays one person at most ¥5000.00 a year.',
    );
    const errors = fieldErrorsOf(error)!;
    expect(shown(errors.note!)).toBe('不能超过 2000 个字');
    expect(shown(errors.amount!)).toBe('超过每人每年上限 ¥5,000.00（本年已批 ¥1,200.50）');
    await speak('en');
    expect(shown(errors.amount!)).toBe('Over the yearly cap of ¥5,000.00 per person (¥1,200.50 approved this year)');
  });

  it('never shows the API’s English on a Chinese screen: a reason it does not know is a generic word', async () => {
    const error = refusal(
      {
        code: 'BAD_USER_INPUT',
        field: 'input.note',
        fields: [{ field: 'input.note', reason: 'SOMETHING_NEW', params: {} }],
      },
      'input.note: a rule of a later release.',
    );
    expect(shown(fieldErrorsOf(error)!.note!)).toBe('填写有误，请核对');
    expect(error.message).toBe('填写有误，请核对');
    await speak('en');
    expect(shown(fieldErrorsOf(error)!.note!)).toBe('a rule of a later release.');
  });

  it('names each refused field by the label the screen shows it with, in the notification', async () => {
    const errors = apiErrorsOf({
      graphQLErrors: [
        {
          message: 'input.title: must not be empty',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'input.title',
            fields: [
              { field: 'input.title', reason: 'REQUIRED', params: {} },
              { field: 'input.contactPhone', reason: 'PHONE_FORMAT', params: {} },
            ],
          },
        },
      ],
    });
    const label = (field: string) => (field === 'contactPhone' ? 'onedoor.common.none' : undefined);
    expect(describeProblems(errors, translate, label)).toBe(
      '必填；无：请填写 11 位手机号或带区号的固定电话，如 138-0531-2468、0539-1234567',
    );
    await speak('en');
    expect(describeProblems(errors, translate, label)).toBe(
      'Required; None: Enter an 11-digit mobile or a landline with its area code, e.g. 138-0531-2468 or 0539-1234567',
    );
  });

  it('says what a refusal without fields means, the API’s words only in English', async () => {
    const stale = { code: 'CONFLICT', currentVersion: 4 };
    const message = 'Case 2026-000123 changed since you read it (version 3, now 4). Reload it and try again.';
    expect(refusal(stale, message).message).toBe('与记录的当前状态冲突，请刷新后重试');
    expect(fieldErrorsOf(refusal(stale, message))).toBe(undefined);
    await speak('en');
    expect(refusal(stale, message).message).toBe(message);
  });

  it('shows an error on one item of a list input on the list input too', () => {
    const error = refusal({
      code: 'BAD_USER_INPUT',
      field: 'input.otherUnitIds.1',
      fields: [
        { field: 'input.otherUnitIds.1', reason: 'NOT_FOUND', params: {} },
        { field: 'input.days', reason: 'TOO_LARGE', params: { max: 30 } },
      ],
    });
    const errors = fieldErrorsOf(error)!;
    expect(Object.keys(errors).sort()).toEqual(['days', 'otherUnitIds', 'otherUnitIds.1']);
    expect(shown(errors.otherUnitIds!)).toBe('找不到所选记录，请重新选择');
    expect(shown(errors.days!)).toBe('不能大于 30');
    expect(Object.keys(apiFieldErrorsOf(error)!).sort()).toEqual(['days', 'otherUnitIds.1']);
    expect(fieldErrorsOf(toHttpError({ graphQLErrors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }))).toBe(
      undefined,
    );
  });

  it('reads a field named without a reason (an older server) as INVALID, under either argument', () => {
    const errors = apiErrorsOf({
      networkError: {
        statusCode: 400,
        result: {
          errors: [
            {
              message: 'Variable "$r" got invalid value',
              extensions: { code: 'BAD_USER_INPUT', field: 'request.note' },
            },
          ],
        },
      },
    });
    expect(errors).toEqual([
      {
        message: 'Variable "$r" got invalid value',
        code: 'BAD_USER_INPUT',
        field: 'note',
        fields: [{ field: 'note', reason: 'INVALID', params: {} }],
      },
    ]);
    expect(CJK.test(describeProblems(errors, translate))).toBe(true);
  });

  it('turns an expired session into 401 so the user is signed out, and a refusal into 403', () => {
    expect(
      toHttpError({ graphQLErrors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] }).status,
    ).toBe(401);
    expect(toHttpError({ graphQLErrors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }).status).toBe(403);
  });

  it('says when the server cannot be reached', () => {
    const error = toHttpError({ networkError: { message: 'Failed to fetch' } }, translate);
    expect(error.status).toBe(503);
    expect(error.message).toBe('无法连接服务器');
  });
});
