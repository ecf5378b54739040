import type { ArgsProblem } from '../args';
import { EXIT_USAGE, PROGRAM, type CliContext } from '../context';

/** An option the command does not know, or one without its value: one line, exit 2. */
export function usageProblem(problem: ArgsProblem, ctx: CliContext): number {
  ctx.fail(ctx.t(problem.kind, { name: problem.option, program: PROGRAM }));
  return EXIT_USAGE;
}
