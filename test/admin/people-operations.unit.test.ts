import { describe, expect, it } from 'vitest';
import { type DocumentNode, Kind, validate } from 'graphql';
import * as operations from '../../admin/src/people/operations';
import { peopleQueries } from '../../admin/src/people/queries';
import { apiSchema } from './support/api-schema';

/** The people screens' free-form calls and the register form's mutation, checked against the committed API. */
describe('people operations', () => {
  const schema = apiSchema();
  const documents = Object.entries(operations).filter(
    (e): e is [string, DocumentNode] => typeof e[1] === 'object' && e[1].kind === Kind.DOCUMENT,
  );

  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThan(10);
  });

  for (const [name, document] of documents) {
    it(`${name} is valid against the API`, () => {
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    });
  }

  it('registerPerson (the create form) is valid and drops empty fields', () => {
    const built = peopleQueries.persons!.create!({
      data: { name: '张三', phone: '', nationalId: ' ', vulnerabilities: ['ELDERLY'] },
    });
    expect(validate(schema, built.query).map((e) => e.message)).toEqual([]);
    expect(built.variables).toEqual({ input: { name: '张三', vulnerabilities: ['ELDERLY'] } });
  });
});
