import { describe, expect, it } from 'vitest';
import { apiErrorsOf, apiFieldErrorsOf, fieldErrorsOf, toHttpError } from '../../admin/src/data/errors';

describe('server errors in the back office', () => {
  it('puts a field error under the form field it names', () => {
    const error = toHttpError({
      graphQLErrors: [
        {
          message: 'Phone must have 11 digits.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.petitioners.0.phone' },
        },
      ],
    });
    expect(error.status).toBe(400);
    expect(error.message).toBe('Phone must have 11 digits.');
    expect(fieldErrorsOf(error)).toEqual({ 'petitioners.0.phone': 'Phone must have 11 digits.' });
  });

  it('shows an error on one item of a list input on the list input too', () => {
    const error = toHttpError({
      graphQLErrors: [
        { message: 'Unknown unit.', extensions: { code: 'BAD_USER_INPUT', field: 'input.otherUnitIds.1' } },
        { message: 'Too many days.', extensions: { code: 'BAD_USER_INPUT', field: 'input.days' } },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({
      'otherUnitIds.1': 'Unknown unit.',
      days: 'Too many days.',
      otherUnitIds: 'Unknown unit.',
    });
    expect(apiFieldErrorsOf(error)).toEqual({ 'otherUnitIds.1': 'Unknown unit.', days: 'Too many days.' });
    expect(fieldErrorsOf(toHttpError({ graphQLErrors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }))).toBe(
      undefined,
    );
  });

  it('reads errors of a refused request (HTTP 400) as well as of an answered one', () => {
    const errors = apiErrorsOf({
      networkError: {
        statusCode: 400,
        result: {
          errors: [{ message: 'Variable "$input" got invalid value', extensions: { code: 'BAD_USER_INPUT' } }],
        },
      },
    });
    expect(errors).toEqual([{ message: 'Variable "$input" got invalid value', code: 'BAD_USER_INPUT', field: null }]);
  });

  it('turns an expired session into 401 so the user is signed out, and a refusal into 403', () => {
    expect(
      toHttpError({ graphQLErrors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] }).status,
    ).toBe(401);
    expect(toHttpError({ graphQLErrors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }).status).toBe(403);
  });

  it('says when the server cannot be reached', () => {
    const error = toHttpError({ networkError: { message: 'Failed to fetch' } });
    expect(error.status).toBe(503);
    expect(error.message).toBe('Failed to fetch');
  });
});
