/**
 * The policy file's JSON Schema, generated from the valibot schema itself, so the schema that
 * editors complete against can never drift from what the add-in accepts.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { policySchema } from '../policy';

export function policyJsonSchema(title: string): Record<string, unknown> {
  const generated = toJsonSchema(policySchema, { errorMode: 'throw' }) as Record<string, unknown>;
  return { ...generated, $schema: 'http://json-schema.org/draft-07/schema#', title };
}
