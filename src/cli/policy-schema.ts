/**
 * The policy file's JSON Schema, from the zod schema itself (zod 4's toJSONSchema works on
 * zod/mini schemas), so the schema editors see can never drift from what the add-in accepts.
 */
import * as z from 'zod/mini';
import { policySchema } from '../policy';

export function policyJsonSchema(title: string): Record<string, unknown> {
  const generated = z.toJSONSchema(policySchema) as Record<string, unknown>;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title, ...generated };
}
