/**
 * Microsoft's JSON schema for the unified manifest, as shipped in @microsoft/app-manifest: the
 * version the manifest names (manifestVersion), read from node_modules, so validation needs no
 * network. The schemas are draft-04 (hence ajv-draft-04), with "uri" formats (ajv-formats).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const schemas = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams');

export function schemaFile(version: string, name = 'MicrosoftTeams.schema.json'): string {
  return path.join(schemas, `v${version}`, name);
}

function validator(file: string) {
  // unicodeRegExp off: the localization schema's patterns are not valid with the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}

/** Each schema violation as "path: message" (empty when valid). */
export function schemaProblems(manifest: { manifestVersion?: string; [key: string]: unknown }, name?: string, version = manifest.manifestVersion ?? ''): string[] {
  const validate = validator(schemaFile(version, name));
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}`);
}
