import { type DocumentNode, gql } from '@apollo/client';
import type {
  CreateParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  UpdateParams,
} from 'react-admin';

/** One GraphQL operation for one react-admin call, and how to read its answer. */
export interface BuiltQuery {
  query: DocumentNode;
  variables?: Record<string, unknown>;
  parseResponse(response: { data: Record<string, unknown> }): unknown;
}

/**
 * How one react-admin resource maps onto the gateway's own operations. Written out per resource,
 * never guessed from names: a call a resource does not list is refused with a clear error.
 */
export interface ResourceQueries {
  getList?: (params: GetListParams) => BuiltQuery;
  getOne?: (params: GetOneParams) => BuiltQuery;
  getMany?: (params: GetManyParams) => BuiltQuery;
  getManyReference?: (params: GetManyReferenceParams) => BuiltQuery;
  create?: (params: CreateParams) => BuiltQuery;
  update?: (params: UpdateParams) => BuiltQuery;
  delete?: (params: DeleteParams) => BuiltQuery;
}

type Row = Record<string, unknown>;

interface ConnectionOptions {
  /** The Query field returning an `XConnection { nodes pageInfo totalCount }`. */
  field: string;
  /** The fields selected on each node (must include `id`). */
  fields: string;
  /** GraphQL type of the filter argument (`CaseFilter`), when the field takes one. */
  filterType?: string;
  /** react-admin's filter values to the API's filter input; undefined keys are dropped. */
  filter?(values: Record<string, unknown>): Record<string, unknown>;
  /** GraphQL type of the `orderBy` argument and how react-admin's sort field maps onto it. */
  order?: { type: string; fields: Record<string, string> };
  /** Extra arguments, declared `name: Type` → value. */
  extra?(values: Record<string, unknown>): { declare: string; pass: string; variables: Record<string, unknown> } | null;
}

/** A paged list over a connection, paged with `first`/`offset` so react-admin can jump to any page. */
export function connectionList(options: ConnectionOptions): (params: GetListParams) => BuiltQuery {
  return (params) => {
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const filterValues = (params.filter ?? {}) as Record<string, unknown>;
    const declares = ['$first: Int', '$offset: Int'];
    const passes = ['first: $first', 'offset: $offset'];
    const variables: Record<string, unknown> = { first: perPage, offset: (page - 1) * perPage };
    if (options.filterType) {
      declares.push(`$filter: ${options.filterType}`);
      passes.push('filter: $filter');
      variables.filter = compact(options.filter ? options.filter(filterValues) : {});
    }
    const sortField = params.sort?.field ? options.order?.fields[params.sort.field] : undefined;
    if (options.order && sortField) {
      declares.push(`$orderBy: ${options.order.type}`);
      passes.push('orderBy: $orderBy');
      variables.orderBy = { field: sortField, direction: params.sort?.order === 'ASC' ? 'ASC' : 'DESC' };
    }
    const extra = options.extra?.(filterValues);
    if (extra) {
      declares.push(extra.declare);
      passes.push(extra.pass);
      Object.assign(variables, extra.variables);
    }
    return {
      query: gql(
        `query List(${declares.join(', ')}) { list: ${options.field}(${passes.join(', ')}) { totalCount nodes { ${options.fields} } } }`,
      ),
      variables,
      parseResponse: ({ data }) => {
        const list = data.list as { totalCount: number; nodes: Row[] };
        return { data: list.nodes, total: list.totalCount };
      },
    };
  };
}

/** One record by id through a `field(id: ID!)` query. */
export function byId(field: string, fields: string): (params: GetOneParams) => BuiltQuery {
  return (params) => ({
    query: gql(`query One($id: ID!) { one: ${field}(id: $id) { ${fields} } }`),
    variables: { id: String(params.id) },
    parseResponse: ({ data }) => {
      if (!data.one) throw new Error(`ra.notification.item_doesnt_exist`);
      return { data: data.one };
    },
  });
}

/** Several records by id in one request: one aliased `field(id:)` per id, batched by the gateway's loaders. */
export function manyById(field: string, fields: string): (params: GetManyParams) => BuiltQuery {
  return (params) => {
    const ids = params.ids.map(String);
    if (ids.length === 0) return { query: gql('query None { __typename }'), parseResponse: () => ({ data: [] }) };
    const declares = ids.map((_, i) => `$id${i}: ID!`).join(', ');
    const selections = ids.map((_, i) => `r${i}: ${field}(id: $id${i}) { ${fields} }`).join(' ');
    return {
      query: gql(`query Many(${declares}) { ${selections} }`),
      variables: Object.fromEntries(ids.map((id, i) => [`id${i}`, id])),
      parseResponse: ({ data }) => ({ data: ids.map((_, i) => data[`r${i}`]).filter(Boolean) }),
    };
  };
}

/** A mutation taking `input: XInput!` and returning the record. */
export function mutation(
  field: string,
  inputType: string,
  fields: string,
  input: (data: Record<string, unknown>, id?: unknown) => Record<string, unknown>,
) {
  return (params: { data: Record<string, unknown>; id?: unknown }): BuiltQuery => ({
    query: gql(`mutation Save($input: ${inputType}!) { saved: ${field}(input: $input) { ${fields} } }`),
    variables: { input: input(params.data, params.id) },
    parseResponse: ({ data }) => ({ data: data.saved }),
  });
}

/** Drops undefined, null and empty-string values so an unset filter means "any". */
export function compact(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

/** A single value or a list, as the API's list filters expect. */
export function asList(value: unknown): unknown[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return Array.isArray(value) ? (value as unknown[]) : [value];
}
