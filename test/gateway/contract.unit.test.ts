import { composeSupergraph } from '@onedoor/gateway';
import { type ASTVisitor, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSdl, checkContract, formatReport, readReleased } from '../../gateway/contract/check';
import { nextVersion } from '../../gateway/contract/release';

const released = readReleased();

/** The released API schema with one edit applied, as a later supergraph might differ from it. */
function releasedWith(visitor: ASTVisitor): string {
  return print(visit(parse(apiSdl(released.sdl)), visitor));
}

const withoutField = (typeName: string, fieldName: string): ASTVisitor => ({
  ObjectTypeDefinition: (node) =>
    node.name.value === typeName
      ? { ...node, fields: node.fields?.filter((field) => field.name.value !== fieldName) }
      : undefined,
});

const pathsOf = (changes: { path?: string }[]) => changes.map((change) => change.path);

describe('the contract partners rely on (gateway/contract/released.graphql)', () => {
  it('breaks nothing the released contract promises: additions and deprecations only (pnpm contract:check)', async () => {
    const report = await checkContract(released.sdl, composeSupergraph());
    expect(report.refused.length ? formatReport(report, released.info.version) : '').toBe('');
  });

  it('reads the released contract as partners see it, without federation internals', async () => {
    expect(apiSdl(released.sdl)).not.toMatch(/join__|link__|@link/);
    const report = await checkContract(released.sdl, released.sdl);
    expect([...report.refused, ...report.retired, ...report.dangerous, ...report.safe]).toEqual([]);
    expect(nextVersion(released.info.version, report)).toBeNull();
  });

  it('fails when a field that was never deprecated is removed, naming it', async () => {
    const report = await checkContract(released.sdl, releasedWith(withoutField('Query', 'trackCase')));
    expect(pathsOf(report.refused)).toEqual(['Query.trackCase']);
    expect(formatReport(report, '1.0.0')).toMatch(/break operations partners may send.*\n.*Query\.trackCase/);
  });

  it('lets a field deprecated in the released contract go, with the input type only it used, in a major release', async () => {
    const current = releasedWith({
      ...withoutField('Mutation', 'recordDisbursement'),
      InputObjectTypeDefinition: (node) => (node.name.value === 'RecordDisbursementInput' ? null : undefined),
    });
    const report = await checkContract(released.sdl, current);
    expect(report.refused).toEqual([]);
    expect(pathsOf(report.retired).sort()).toEqual(['Mutation.recordDisbursement', 'RecordDisbursementInput']);
    expect(nextVersion('1.0.0', report)).toBe('2.0.0');
  });
});

const OLD = /* GraphQL */ `
  type Query {
    case(id: ID!, legacyScope: String @deprecated(reason: "Ignored."), scope: String): Case
    cases(first: Int = 20): [Case!]!
    oldTotal: Int @deprecated(reason: "Use cases.")
    total: Int
  }
  type Mutation {
    recordFollowUp(input: FollowUpInput!): Case
    closeCase(input: CloseInput!): Case
  }
  type Case {
    id: ID!
    status: Status
    legacy: Legacy @deprecated(reason: "Use status.")
    also: Legacy
  }
  type Legacy {
    code: String
  }
  enum Status {
    OPEN
    CLOSED
    ARCHIVED @deprecated(reason: "Never set.")
  }
  input FollowUpInput {
    caseId: ID!
  }
  input CloseInput {
    caseId: ID!
  }
`;

async function judge(newSdl: string) {
  const report = await checkContract(OLD, newSdl);
  return { refused: pathsOf(report.refused), retired: pathsOf(report.retired), dangerous: pathsOf(report.dangerous) };
}

describe('the deprecation policy, change by change', () => {
  it('accepts a renamed <Mutation>Input as `request` beside the deprecated `input` (an addition, version 1.1.0)', async () => {
    const renamed = OLD.replace(
      'recordFollowUp(input: FollowUpInput!): Case',
      'recordFollowUp(input: FollowUpInput @deprecated(reason: "Use request."), request: RecordFollowUpInput): Case',
    ).concat('input RecordFollowUpInput { caseId: ID! }');
    expect(await judge(renamed)).toEqual({ refused: [], retired: [], dangerous: ['Mutation.recordFollowUp.request'] });
    expect(nextVersion('1.0.0', await checkContract(OLD, renamed))).toBe('1.1.0');
  });

  it('refuses removing an argument, enum value or input type still in use, and allows it once deprecated', async () => {
    const removed = OLD.replace(', legacyScope: String @deprecated(reason: "Ignored."), scope: String', '')
      .replace('ARCHIVED @deprecated(reason: "Never set.")', '')
      .replace('CLOSED\n', '');
    expect(await judge(removed)).toEqual({
      refused: ['Query.case.scope', 'Status.CLOSED'],
      retired: ['Query.case.legacyScope', 'Status.ARCHIVED'],
      dangerous: [],
    });
  });

  it('allows retyping only a deprecated field, and removing a type only while no live field returns it', async () => {
    const retyped = OLD.replace('oldTotal: Int', 'oldTotal: String').replace('total: Int', 'total: String');
    expect(await judge(retyped)).toMatchObject({ refused: ['Query.total'], retired: ['Query.oldTotal'] });
    const withoutLegacy = OLD.replace(/type Legacy \{[^}]*\}/, '').replace(/\n\s*(legacy|also): Legacy[^\n]*/g, '');
    expect(await judge(withoutLegacy)).toMatchObject({ refused: ['Legacy', 'Case.also'], retired: ['Case.legacy'] });
  });

  it('fails a changed default (old operations would silently mean something else), reports a new enum value', async () => {
    const changed = OLD.replace('first: Int = 20', 'first: Int = 50').replace('CLOSED', 'CLOSED\nREOPENED');
    expect(await judge(changed)).toEqual({
      refused: ['Query.cases.first'],
      retired: [],
      dangerous: ['Status.REOPENED'],
    });
  });

  it('releases description-only changes as a patch', async () => {
    const described = OLD.replace('type Legacy {', '"""Old codes."""\ntype Legacy {');
    expect(nextVersion('1.4.2', await checkContract(OLD, described))).toBe('1.4.3');
  });
});
