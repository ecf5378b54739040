/**
 * The organisation's policy file (SPEC § 3), as a schema: parse, don't validate. Valibot, not
 * zod: the same schema runs inside the launch-event bundle (30 KB gzip budget), where valibot
 * costs about 3 KB and zod/mini about 9 KB for this schema (measured with esbuild + gzip -9).
 */
import * as v from 'valibot';
import { SIGNATURE_FIELDS } from '../engine/config';

const severity = v.picklist(['off', 'info', 'warning', 'error'], 'must be "off", "info", "warning" or "error"');

export const ruleSettingSchema = v.union(
  [severity, v.strictTuple([severity]), v.strictTuple([severity, v.record(v.string(), v.unknown())])],
  'must be a severity ("off", "info", "warning", "error") or [severity, { options }]',
);

const domain = v.pipe(v.string(), v.regex(/^@?([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/, 'must be a domain such as powiat.example.pl'));

const text = v.string('must be a string');

export const policySchema = v.strictObject(
  {
    $schema: v.optional(text),
    organization: v.optional(
      v.strictObject(
        {
          name: v.optional(text),
          address: v.optional(text),
          registry: v.optional(text),
          phone: v.optional(text),
          email: v.optional(text),
          website: v.optional(text),
          accounts: v.optional(v.array(text, 'must be a list of account numbers')),
        },
        'must be an object with name, address, registry, phone, email, website, accounts',
      ),
    ),
    internalDomains: v.optional(v.array(domain, 'must be a list of domains')),
    signature: v.optional(
      v.strictObject(
        {
          required: v.optional(v.array(v.picklist(SIGNATURE_FIELDS, `must be one of ${SIGNATURE_FIELDS.join(', ')}`), 'must be a list of fields')),
          notice: v.optional(v.pipe(text, v.maxLength(2000, 'must be at most 2000 characters'))),
        },
        'must be an object with required and notice',
      ),
    ),
    rules: v.optional(v.record(v.string(), ruleSettingSchema, 'must be an object of rule settings')),
    // The office's own correspondence standard, cited under each finding in the task pane.
    standard: v.optional(
      v.strictObject(
        {
          name: v.pipe(text, v.minLength(1, 'must not be empty'), v.maxLength(300, 'must be at most 300 characters')),
          url: v.optional(v.pipe(text, v.url('must be a web address such as https://bip.example.pl/standard'), v.startsWith('https://', 'must start with https://'))),
          refs: v.optional(v.record(v.string(), v.pipe(text, v.maxLength(200, 'must be at most 200 characters')), 'must be an object of rule id: citation')),
        },
        'must be an object with name, url, refs',
      ),
    ),
    onSend: v.optional(
      v.strictObject(
        {
          block: v.optional(v.picklist(['errors', 'warnings', 'never'], 'must be "errors", "warnings" or "never"')),
          failOpen: v.optional(v.boolean('must be true or false')),
        },
        'must be an object with block and failOpen',
      ),
    ),
  },
  'must be an object with organization, internalDomains, signature, rules, standard, onSend',
);

export type PolicyFile = v.InferOutput<typeof policySchema>;
