/**
 * The organisation's policy file (SPEC § 3), as a schema: parse, don't validate. Valibot, not
 * zod: the same schema runs inside the launch-event bundle (60 KB gzip budget), where valibot
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

const field = v.pipe(text, v.maxLength(200, 'must be at most 200 characters'));

/** A shared or department mailbox's own signature fields; what it leaves out stays the clerk's. */
const mailbox = v.strictObject(
  { name: v.optional(field), position: v.optional(field), department: v.optional(field), phone: v.optional(field), email: v.optional(field), room: v.optional(field) },
  'must be an object with name, position, department, phone, email, room',
);

const mailboxAddress = v.pipe(v.string(), v.email('must be an e-mail address such as sekretariat@gmina.example.pl'));

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
    onSend: v.optional(
      v.strictObject(
        {
          block: v.optional(v.picklist(['errors', 'warnings', 'never'], 'must be "errors", "warnings" or "never"')),
          failOpen: v.optional(v.boolean('must be true or false')),
        },
        'must be an object with block and failOpen',
      ),
    ),
    mailboxes: v.optional(v.record(mailboxAddress, mailbox, 'must be an object of mailbox addresses and their signature fields')),
  },
  'must be an object with organization, internalDomains, signature, rules, onSend, mailboxes',
);

export type PolicyFile = v.InferOutput<typeof policySchema>;
