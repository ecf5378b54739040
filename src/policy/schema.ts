/**
 * The organisation's policy file (SPEC § 3), as a zod schema: parse, don't validate.
 * zod/mini keeps the launch-event bundle small (full zod would cost ~22 KB gzip there).
 */
import * as z from 'zod/mini';
import { SIGNATURE_FIELDS } from '../engine/config';

const severity = z.enum(['off', 'info', 'warning', 'error']);

export const ruleSettingSchema = z.union([
  severity,
  z.tuple([severity]),
  z.tuple([severity, z.record(z.string(), z.unknown())]),
]);

const domain = z.string().check(
  z.regex(/^@?([a-z0-9-]+\.)+[a-z]{2,}$/i, { error: 'must be a domain such as powiat.example.pl' }),
);

export const policySchema = z.strictObject({
  $schema: z.optional(z.string()),
  organization: z.optional(
    z.strictObject({
      name: z.optional(z.string()),
      address: z.optional(z.string()),
      registry: z.optional(z.string()),
      phone: z.optional(z.string()),
      email: z.optional(z.string()),
      website: z.optional(z.string()),
      accounts: z.optional(z.array(z.string())),
    }),
  ),
  internalDomains: z.optional(z.array(domain)),
  signature: z.optional(
    z.strictObject({
      required: z.optional(z.array(z.enum(SIGNATURE_FIELDS as [string, ...string[]]))),
      notice: z.optional(z.string().check(z.maxLength(2000))),
    }),
  ),
  rules: z.optional(z.record(z.string(), ruleSettingSchema)),
  onSend: z.optional(
    z.strictObject({
      block: z.optional(z.enum(['errors', 'warnings', 'never'])),
      failOpen: z.optional(z.boolean()),
    }),
  ),
});

export type PolicyFile = z.infer<typeof policySchema>;
