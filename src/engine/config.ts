/**
 * What the engine needs from the organisation's policy, after validation and defaults
 * (src/policy turns the JSON file into this; the engine never reads the file itself).
 */
import type { SeveritySetting } from './types';
import type { SenderProfile } from './model';
import type { FirstNameTable } from './greeting/first-name-table';

export type SignatureField = 'name' | 'position' | 'office' | 'department' | 'address' | 'phone' | 'email' | 'registry' | 'notice';

export const SIGNATURE_FIELDS: readonly SignatureField[] = ['name', 'position', 'office', 'department', 'address', 'phone', 'email', 'registry', 'notice'];

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export type Organization = {
  name?: string;
  address?: string;
  registry?: string;
  phone?: string;
  email?: string;
  website?: string;
  /** The organisation's own bank accounts (fees): never reported as personal data. */
  accounts: string[];
};

export type OnSendBlock = 'errors' | 'warnings' | 'never';

export type EngineConfig = {
  organization: Organization;
  internalDomains: string[];
  signature: { required: SignatureField[]; notice?: string };
  rules: Record<string, RuleSetting>;
  /** The office's own standard: its name, where to read it, and the citation per rule id. */
  standard?: { name: string; url?: string; refs: Record<string, string> };
  onSend: { block: OnSendBlock; failOpen: boolean };
  /** Shared and department mailboxes (lower-case address -> its fields), see sender.ts. */
  mailboxes?: Readonly<Record<string, SenderProfile>>;
  /**
   * The first-name table the greeting rules read: the PESEL register's whole table where the caller
   * loaded it (first-names.txt beside the add-in, or from the package); by default the compact one.
   * Not a policy field: src/policy/first-names.ts loads it beside the policy.
   */
  firstNames?: FirstNameTable;
};

export const DEFAULT_CONFIG: EngineConfig = {
  organization: { accounts: [] },
  internalDomains: [],
  signature: { required: ['name', 'position', 'office', 'department', 'address', 'phone'] },
  rules: {},
  onSend: { block: 'errors', failOpen: true },
};
