import { z } from 'zod';

/** A JSON Schema object as the OpenAPI document holds it. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (2020-12, OpenAPI 3.1's dialect) of what a zod schema accepts: the request side (`io: 'input'`),
 * so fields with defaults are optional as a client sees them. Refinements have no JSON Schema form and are left
 * out; a route that relies on one says so in its description.
 */
export function requestSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return jsonSchema;
}

/** The JSON Schema of what the server answers with (`io: 'output'`). */
export function replySchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  return jsonSchema;
}

/** OpenAPI query parameters, one per field of a zod object schema, with each field's description lifted up. */
export function queryParameters(schema: z.ZodObject): Record<string, unknown>[] {
  const { properties = {}, required = [] } = requestSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...fieldSchema }]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    ...(typeof description === 'string' ? { description } : {}),
    schema: fieldSchema,
  }));
}

/**
 * Reply components, one per named zod schema, generated together so that a schema nested in another (a group in
 * an event, an event's settings) becomes a `$ref` to its own component instead of a copy. Like `replySchema`, the
 * output side: objects are closed (`additionalProperties: false`), as zod strips unknown keys.
 */
export function replyComponents<Name extends string>(schemas: Record<Name, z.ZodType>): Record<Name, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries<z.ZodType>(schemas)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { io: 'output', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  const components = {} as Record<Name, JsonSchema>;
  for (const name of Object.keys(schemas) as Name[]) {
    const { $schema: _dialect, $id: _id, ...jsonSchema } = generated.schemas[name] ?? {};
    components[name] = jsonSchema;
  }
  return components;
}
