import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Change, ChangeType, CriticalityLevel, diff, type TypeOfChangeType } from '@graphql-inspector/core';
import {
  buildSchema,
  getNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  printSchema,
  type GraphQLNamedType,
  // The CommonJS build on purpose: graphql-inspector's ESM build imports `graphql` the way Node resolves it (CommonJS),
  // while Vite would hand this file the ESM build; two copies of graphql refuse each other's schemas.
} from 'graphql/index.js';
import { composeSupergraph } from '../src/compose';

export const releasedPath = fileURLToPath(new URL('./released.graphql', import.meta.url));
export const releaseInfoPath = fileURLToPath(new URL('./release.json', import.meta.url));

/** `gateway/contract/release.json`: which release `released.graphql` is. */
export interface ReleaseInfo {
  version: string;
  released: string;
  commit: string;
}

export function readReleased(): { sdl: string; info: ReleaseInfo } {
  return {
    sdl: readFileSync(releasedPath, 'utf8'),
    info: JSON.parse(readFileSync(releaseInfoPath, 'utf8')) as ReleaseInfo,
  };
}

const FEDERATION_INTERNAL = /^(join__|link__)|^link$/;

/**
 * The schema partners see, as SDL: the supergraph without federation's `join__`/`link__` types and directives.
 * Printing through graphql-js drops the applied `@join__*` directives too (it prints only `@deprecated` and
 * `@specifiedBy`), so a diff sees the API alone, not which subgraph serves what. A string, so callers holding
 * another copy of graphql can use it.
 */
export function apiSdl(supergraphSdl: string): string {
  // `@inaccessible` would hide elements from partners; nothing uses it yet, so refuse it rather than check a wider API.
  if (/@inaccessible\b/.test(supergraphSdl)) throw new Error('apiSdl() does not drop @inaccessible elements yet.');
  const config = buildSchema(supergraphSdl).toConfig();
  const schema = new GraphQLSchema({
    ...config,
    types: config.types.filter((type) => !FEDERATION_INTERNAL.test(type.name)),
    directives: config.directives.filter((directive) => !FEDERATION_INTERNAL.test(directive.name)),
    astNode: undefined,
    extensionASTNodes: [],
  });
  return printSchema(schema);
}

/**
 * Changed defaults are only DANGEROUS to graphql-inspector, yet an operation a partner already sends would keep
 * validating and silently mean something else; that breaks the promise as surely as a removal, so they fail.
 * Every other DANGEROUS change (an added enum value, optional argument or union member) is an addition, which the
 * policy allows: it is reported, and partners read about it in the changelog.
 */
const FAILING_DANGEROUS = new Set<TypeOfChangeType>([
  ChangeType.FieldArgumentDefaultChanged,
  ChangeType.InputFieldDefaultValueChanged,
]);

/** One change graphql-inspector found, typed by its kind. */
export type ContractChange = Change<TypeOfChangeType>;

export interface ContractReport {
  /** Breaking changes to what the released contract promises: the check fails on any. */
  refused: ContractChange[];
  /** Breaking, but only to what the released contract had already deprecated: allowed in the next major release. */
  retired: ContractChange[];
  /** Additions partners may need to handle (a new enum value, a new optional argument): reported, allowed. */
  dangerous: ContractChange[];
  /** Additions, deprecations and description changes. */
  safe: ContractChange[];
}

/** Compares a supergraph (or an API schema) with the released one under the deprecation policy of docs/API.md. */
export async function checkContract(releasedSdl: string, currentSdl: string): Promise<ContractReport> {
  const released = buildSchema(apiSdl(releasedSdl));
  // diff() is typed loosely (`Change<any>`); every change it returns is of one of ChangeType's kinds.
  const changes = (await diff(released, buildSchema(apiSdl(currentSdl)))) as ContractChange[];
  const retiring = deprecatedOnly(released);
  const report: ContractReport = { refused: [], retired: [], dangerous: [], safe: [] };
  for (const change of changes) {
    const level = change.criticality.level;
    if (level === CriticalityLevel.Breaking) {
      report[touchesDeprecated(released, retiring, change.path) ? 'retired' : 'refused'].push(change);
    } else if (level === CriticalityLevel.Dangerous) {
      report[FAILING_DANGEROUS.has(change.type) ? 'refused' : 'dangerous'].push(change);
    } else report.safe.push(change);
  }
  return report;
}

/**
 * Whether a change's path (`Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`, `Input.field`) runs through
 * something the released contract deprecated, or through a type that only deprecated fields and arguments reach
 * (so the input type of a deprecated mutation may go with it).
 */
function touchesDeprecated(released: GraphQLSchema, retiring: ReadonlySet<string>, path: string | undefined): boolean {
  const [typeName, member, argument] = (path ?? '').split('.');
  if (!typeName) return false;
  if (retiring.has(typeName)) return true;
  const type = released.getType(typeName);
  if (!member || !type) return false;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member];
    if (!field) return false;
    if (field.deprecationReason != null) return true;
    const arg = 'args' in field && argument ? field.args.find((a) => a.name === argument) : undefined;
    return arg?.deprecationReason != null;
  }
  return isEnumType(type) && type.getValue(member)?.deprecationReason != null;
}

/** Names of the types no partner can reach from the root types without passing something deprecated. */
function deprecatedOnly(schema: GraphQLSchema): Set<string> {
  const reached = new Set<string>();
  const visit = (type: GraphQLNamedType | null | undefined) => {
    if (!type || reached.has(type.name)) return;
    reached.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason != null) continue;
        visit(getNamedType(field.type));
        for (const arg of field.args) if (arg.deprecationReason == null) visit(getNamedType(arg.type));
      }
      if (isInterfaceType(type)) for (const impl of schema.getPossibleTypes(type)) visit(impl);
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (field.deprecationReason == null) visit(getNamedType(field.type));
    } else if (isUnionType(type)) for (const member of type.getTypes()) visit(member);
  };
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) visit(root);
  return new Set(Object.keys(schema.getTypeMap()).filter((name) => !reached.has(name) && !name.startsWith('__')));
}

const lines = (changes: ContractChange[]) => changes.map((c) => `  - ${c.path ?? '(schema)'}: ${c.message}`).join('\n');

/** A report a developer can act on: what fails and why, then what is allowed. */
export function formatReport(report: ContractReport, version: string): string {
  const parts: string[] = [];
  if (report.refused.length)
    parts.push(
      `${report.refused.length} change(s) break operations partners may send against the released contract ${version}` +
        ' (add and deprecate instead; remove only what a released version had already deprecated):\n' +
        lines(report.refused),
    );
  if (report.retired.length)
    parts.push(`Removed or retyped after deprecation in ${version} (a major release):\n${lines(report.retired)}`);
  if (report.dangerous.length) parts.push(`Additions partners may need to handle:\n${lines(report.dangerous)}`);
  parts.push(`${report.safe.length} safe change(s) (additions, deprecations, descriptions).`);
  return parts.join('\n\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { sdl, info } = readReleased();
  const report = await checkContract(sdl, composeSupergraph());
  console.log(`Contract check against the released contract ${info.version} (${info.commit}):\n`);
  console.log(formatReport(report, info.version));
  if (report.refused.length) process.exitCode = 1;
}
