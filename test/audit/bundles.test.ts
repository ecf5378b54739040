/**
 * The audit's heavy dependencies (Vega, the Outlook file readers, the worker pool) belong to the
 * command line only: nothing the task pane, the preview or the launch-event file loads may reach
 * them. esbuild resolves each browser entry's whole import graph; no module of it may come from
 * those packages or from src/audit.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { REPO } from '../cli/run-cli';

const CLI_ONLY = /(^|\/)(src\/audit\/|node_modules\/(vega[^/]*|d3-[^/]*|pst-extractor|@kenjiuno|mbox-reader|piscina|cli-progress|csv-stringify)\/)/;

test.each(['src/taskpane/index.tsx', 'src/preview/preview.tsx', 'src/launchevent/launchevent.ts'])('%s does not load the audit or its dependencies', async (entry) => {
  const result = await build({
    entryPoints: [path.join(REPO, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    logLevel: 'silent',
    loader: { '.png': 'empty', '.svg': 'empty', '.css': 'empty', '.json': 'json' },
    define: { __PREVIEW_POLICY__: '""' },
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.length).toBeGreaterThan(50);
  expect(inputs.filter((i) => CLI_ONLY.test(i))).toEqual([]);
}, 60_000);
