import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { z } from 'zod';
import type { Resolvers } from '../generated/resolvers';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
/** A linear ring: at least four positions, the last the same as the first (RFC 7946 3.1.6). */
const ring = z
  .array(position)
  .min(4)
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], 'a ring must end where it starts');
const polygon = z.array(ring).min(1);
const area = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
]);

/** Checked by the mutation's input schema, so a bad boundary is refused naming the field like any other input. */
export const geoJsonArea = area;

function literalValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalValue(f.value)]));
    case Kind.LIST:
      return ast.values.map(literalValue);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.STRING:
    case Kind.ENUM:
      return ast.value;
    case Kind.BOOLEAN:
      return ast.value;
    default:
      return null;
  }
}

/**
 * Boundaries of grid units as GeoJSON. The scalar passes values through: a coercion error here would
 * reach the gateway as an HTTP 400 without the field, so the input schema (`geoJsonArea`) checks them.
 */
const GeoJSON = new GraphQLScalarType({
  name: 'GeoJSON',
  description:
    'A GeoJSON geometry (RFC 7946): here a Polygon or MultiPolygon of [longitude, latitude] positions (WGS 84).',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: literalValue,
});

/** The scalar as its own resolver part. */
export const geoJsonResolvers: Resolvers = { GeoJSON };
