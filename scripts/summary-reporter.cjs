/**
 * Counts for the closing line CI reads: "N passed, N failed". A suite that fails before running
 * any test (syntax error, failing beforeAll) counts as one failure, so it can never look green.
 * Under `npm test` (scripts/test.mjs) the counts go to a file and test.mjs prints the line last,
 * after jest's own summary; a bare `npx jest` prints it here.
 */
const { writeFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const brokenSuites = results.testResults.filter((s) => s.testExecError || (s.failureMessage && s.numFailingTests === 0)).length;
    const counts = { passed: results.numPassedTests, failed: results.numFailedTests + brokenSuites, skipped: results.numPendingTests + results.numTodoTests };
    if (process.env.ETYKIETA_SUMMARY_FILE) writeFileSync(process.env.ETYKIETA_SUMMARY_FILE, JSON.stringify(counts));
    else process.stdout.write(`\n${summaryLine(counts)}\n`);
  }
}

function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

module.exports = SummaryReporter;
module.exports.summaryLine = summaryLine;
