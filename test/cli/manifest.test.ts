import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, REPO } from './run-cli';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require('../../build/manifest.cjs');

const DEV = path.join(REPO, 'manifest.xml');
const devXml = readFileSync(DEV, 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'etykieta-manifest-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const PROD = write('prod.xml', productionManifest(devXml, 'https://addins.example.gov.pl/etykieta/', '1.2.0.0'));

describe('etykieta manifest validate', () => {
  test('the repository manifest is valid', async () => {
    const run = await runCli('manifest', 'validate', DEV);
    expect(run).toEqual({ code: 0, stdout: `${DEV}: manifest poprawny\n`, stderr: '' });
  });

  test('a production manifest made by the build passes with --production', async () => {
    const run = await runCli('manifest', 'validate', '--production', PROD, '--lang', 'en');
    expect(run).toEqual({ code: 0, stdout: `${PROD}: manifest is valid for production\n`, stderr: '' });
  });

  test('--production on the development manifest fails on every localhost URL', async () => {
    const run = await runCli('manifest', 'validate', DEV, '--production', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toContain(`etykieta: ${DEV}: invalid manifest: URL: production manifest points at localhost: https://localhost:3000/launchevent.js`);
    expect(lines).toContain(`etykieta: ${DEV}: invalid manifest: /OfficeApp/AppDomains: production manifest points at localhost: https://localhost:3000`);
    expect(lines.every((l) => l.includes('localhost'))).toBe(true);
  });

  test('a broken manifest: exit 2, one line per problem naming its path', async () => {
    const broken = write('broken.xml', devXml.replace(/<Id>[^<]+<\/Id>/, '<Id>etykieta</Id>').replace('SendMode="SoftBlock"', 'SendMode="Soft"'));
    const run = await runCli('manifest', 'validate', broken);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `etykieta: ${broken}: błędny manifest: /OfficeApp/Id: must be a GUID`,
      `etykieta: ${broken}: błędny manifest: /…/DesktopFormFactor/LaunchEvent[@Type=OnMessageSend]: SendMode must be one of PromptUser, SoftBlock, Block`,
    ]);
  });

  test('XML that is not well-formed is one problem, not a crash', async () => {
    const run = await runCli('manifest', 'validate', write('cut.xml', devXml.slice(0, 2000)), '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/invalid manifest: \/: not well-formed XML/);
  });

  test('an unreadable file: exit 2 with one line', async () => {
    const missing = path.join(dir, 'none.xml');
    const run = await runCli('manifest', 'validate', missing);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `etykieta: ${missing}: nie można odczytać pliku: plik nie istnieje\n` });
    expect((await runCli('manifest', 'validate', dir)).stderr).toMatch(/katalog|directory/);
  });

  test('usage errors: no file, no or unknown subcommand, unknown option', async () => {
    expect(await runCli('manifest', 'validate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/nie podano manifestu/) });
    expect(await runCli('manifest')).toMatchObject({ code: 2, stderr: expect.stringMatching(/brak podpolecenia: validate/) });
    expect(await runCli('manifest', 'check', DEV)).toMatchObject({ code: 2, stderr: expect.stringMatching(/nieznane podpolecenie „check”/) });
    expect(await runCli('manifest', 'validate', '--prod', DEV)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--prod/) });
  });

  test('--help in both languages names --production; the command is listed in etykieta --help', async () => {
    const en = await runCli('manifest', 'validate', '--help', '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: etykieta manifest validate FILE\.xml\.\.\. \[--production\]/);
    expect((await runCli('manifest', '--help')).stdout).toMatch(/--production {3}odrzuca też adresy localhost/);
    expect((await runCli('--help', '--lang', 'en')).stdout).toMatch(/\n {2}manifest +validates the add-in manifest/);
  });
});
