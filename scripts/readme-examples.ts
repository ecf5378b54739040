/**
 * The README's command-line examples are real output, and stay so: each ```console block is a
 * session of `$ npx etykieta …` commands, each followed by what it printed (stdout, then stderr)
 * and optionally `$ echo $?` with its exit code. A line `…` stands for lines left out. The test
 * (test/docs/readme-examples.test.ts) renders every block anew from the CLI and compares;
 * `npm run docs:readme` writes the rendering back after a deliberate change.
 */
export type CliResult = { code: number; stdout: string; stderr: string };
export type RunCli = (argv: string[]) => Promise<CliResult>;

const COMMAND = '$ npx etykieta ';
const EXIT = '$ echo $?';
const ELISION = '…';

type Step = { argv: string[]; output: string[]; exit: boolean };

function parseSession(lines: readonly string[]): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith(COMMAND)) {
      steps.push({ argv: line.slice(COMMAND.length).split(' ').filter(Boolean), output: [], exit: false });
    } else if (line === EXIT) {
      const last = steps[steps.length - 1];
      if (!last) throw new Error('README: `$ echo $?` before any command');
      last.exit = true;
      i++; // the code itself is rendered anew
    } else if (steps.length > 0 && !steps[steps.length - 1].exit) {
      steps[steps.length - 1].output.push(line);
    } else if (line.trim() !== '') {
      throw new Error(`README: console line outside an etykieta command: ${line}`);
    }
  }
  for (const s of steps) while (s.output.length > 0 && s.output[s.output.length - 1] === '') s.output.pop();
  return steps;
}

/** What a step prints now, keeping the README's elision: as many lines before and after `…`. */
function renderOutput(expected: readonly string[], result: CliResult): string[] {
  const actual = `${result.stdout}${result.stderr}`.replace(/\n+$/, '').split('\n');
  const cut = expected.indexOf(ELISION);
  if (cut < 0) return actual;
  const before = cut;
  const after = expected.length - cut - 1;
  if (actual.length <= before + after + 1) return actual;
  return [...actual.slice(0, before), ELISION, ...actual.slice(actual.length - after)];
}

async function renderSession(lines: readonly string[], run: RunCli): Promise<string[]> {
  const out: string[] = [];
  const steps = parseSession(lines);
  for (const [n, step] of steps.entries()) {
    const result = await run(step.argv);
    out.push(`${COMMAND}${step.argv.join(' ')}`, ...renderOutput(step.output, result));
    if (step.exit) out.push(EXIT, String(result.code));
    if (n < steps.length - 1) out.push('');
  }
  return out;
}

/** The README with every console block rendered from the CLI as it is now. */
export async function renderReadmeExamples(readme: string, run: RunCli): Promise<string> {
  const lines = readme.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (lines[i] !== '```console') continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error('README: unterminated console block');
    out.push(...(await renderSession(lines.slice(i + 1, end), run)), '```');
    i = end;
  }
  return out.join('\n');
}

/** How many commands the README's console blocks run (the test checks they are not silently empty). */
export function countReadmeExamples(readme: string): number {
  return readme.split('\n').filter((l) => l.startsWith(COMMAND)).length;
}
