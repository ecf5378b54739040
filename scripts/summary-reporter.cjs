/**
 * Prints the closing line CI reads: "N passed, N failed". A suite that fails before running any
 * test (syntax error, failing beforeAll) counts as one failure, so it can never look green.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const brokenSuites = results.testResults.filter((s) => s.testExecError || (s.failureMessage && s.numFailingTests === 0)).length;
    const failed = results.numFailedTests + brokenSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
module.exports = SummaryReporter;
