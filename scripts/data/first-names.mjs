#!/usr/bin/env node
// Regenerates the first-name tables from the PESEL register's CSVs in scripts/data/sources/ (see
// sources/README.md): src/engine/rules/data/first-names.txt (every name: the table served beside the
// add-in and read by the command line) and src/engine/rules/data/first-names.ts (the compact cut the
// bundles carry). The derivation is TypeScript (scripts/data/pesel-first-names.ts, which the tests
// import), bundled with esbuild first (scripts/support/import-ts.mjs). `--check`
// writes nothing and exits 1 when a committed table is not what the sources give (for CI). No
// network: the sources are committed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, root } from '../support/import-ts.mjs';

const check = process.argv.includes('--check');
const FEMALE = 'scripts/data/sources/pesel-imiona-zenskie-imie-pierwsze.csv';
const MALE = 'scripts/data/sources/pesel-imiona-meskie-imie-pierwsze.csv';
const COMPACT = 'src/engine/rules/data/first-names.ts';
const REGISTER = 'src/engine/rules/data/first-names.txt';

const derive = await importTs("export * from './scripts/data/pesel-first-names';");
const read = (file) => readFileSync(join(root, file));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const [female, male] = [read(FEMALE), read(MALE)];
const names = derive.registerNames(derive.parseRegisterCsv(female.toString('utf8'), 'KOBIETA'), derive.parseRegisterCsv(male.toString('utf8'), 'MĘŻCZYZNA'));
const source = { female: FEMALE, male: MALE, femaleSha256: sha256(female), maleSha256: sha256(male) };
const outputs = [
  [COMPACT, derive.renderModule(derive.compactEntries(names), source)],
  [REGISTER, derive.renderRegisterFile(derive.registerEntries(names), source)],
];
for (const [file, text] of outputs) {
  const target = join(root, file);
  if (check) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error(`${file} is not what the sources give: run node scripts/data/first-names.mjs`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, text);
    console.log(`${file}: ${text.length} characters`);
  }
}
