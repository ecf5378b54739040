/**
 * The organisation's policy file (SPEC § 3), as a schema: parse, don't validate. Valibot, not
 * zod: the same schema runs inside the launch-event bundle (60 KB gzip budget), where valibot
 * costs about 3 KB and zod/mini about 9 KB for this schema (measured with esbuild + gzip -9).
 * Every message is a message id (texts in src/engine/i18n/{pl,en}/policy.ts), so a problem is
 * told in the reader's language; validate-core.ts adds the data (a limit, a field name).
 */
import * as v from 'valibot';
import { SIGNATURE_FIELDS } from '../engine/config';

const severity = v.picklist(['off', 'info', 'warning', 'error'], 'policy.severity');

export const ruleSettingSchema = v.union(
  [severity, v.strictTuple([severity]), v.strictTuple([severity, v.record(v.string(), v.unknown())])],
  'policy.ruleSetting',
);

const domain = v.pipe(v.string(), v.regex(/^@?([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/, 'policy.domain'));

const text = v.string('policy.notText');

const field = v.pipe(text, v.maxLength(200, 'policy.tooLong'));

/** A shared or department mailbox's own signature fields; what it leaves out stays the clerk's. */
const mailbox = v.strictObject(
  { name: v.optional(field), position: v.optional(field), department: v.optional(field), phone: v.optional(field), email: v.optional(field), room: v.optional(field) },
  'policy.mailbox',
);

const mailboxAddress = v.pipe(v.string(), v.email('policy.mailboxAddress'));

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
          accounts: v.optional(v.array(text, 'policy.accounts')),
        },
        'policy.organization',
      ),
    ),
    internalDomains: v.optional(v.array(domain, 'policy.domains')),
    signature: v.optional(
      v.strictObject(
        {
          required: v.optional(v.array(v.picklist(SIGNATURE_FIELDS, 'policy.signatureField'), 'policy.signatureFields')),
          notice: v.optional(v.pipe(text, v.maxLength(2000, 'policy.tooLong'))),
        },
        'policy.signature',
      ),
    ),
    rules: v.optional(v.record(v.string(), ruleSettingSchema, 'policy.rules')),
    // The office's own correspondence standard, cited under each finding in the task pane.
    standard: v.optional(
      v.strictObject(
        {
          name: v.pipe(text, v.minLength(1, 'policy.standardName'), v.maxLength(300, 'policy.tooLong')),
          url: v.optional(v.pipe(text, v.url('policy.standardUrl'), v.startsWith('https://', 'policy.standardUrl'))),
          refs: v.optional(v.record(v.string(), v.pipe(text, v.maxLength(200, 'policy.tooLong')), 'policy.standardRefs')),
        },
        'policy.standard',
      ),
    ),
    onSend: v.optional(
      v.strictObject(
        {
          block: v.optional(v.picklist(['errors', 'warnings', 'never'], 'policy.block')),
          failOpen: v.optional(v.boolean('policy.boolean')),
        },
        'policy.onSend',
      ),
    ),
    mailboxes: v.optional(v.record(mailboxAddress, mailbox, 'policy.mailboxes')),
  },
  'policy.root',
);

export type PolicyFile = v.InferOutput<typeof policySchema>;
