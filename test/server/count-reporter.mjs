/**
 * Ends the output with the failed tests (browser, file, test, error) and one plain
 * "web-test-runner: N passed, N failed, N skipped" line, so that the tail of a CI log names them.
 */
export function countReporter() {
  const walk = (suite, path, acc, where) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else {
        acc.failed++;
        acc.failures.push(`${where} › ${[...path, t.name].join(' › ')}: ${t.error?.message ?? 'failed'}`);
      }
    }
    for (const s of suite?.suites ?? []) walk(s, [...path, s.name], acc, where);
    return acc;
  };
  return {
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const s of sessions) {
        const where = `${s.browser?.name ?? 'browser'} ${s.testFile.replace(process.cwd() + '/', '')}`;
        walk(s.testResults, [], acc, where);
        // a file that failed to load has no tests: count it as one failure
        if (!s.passed && (s.errors?.length ?? 0) > 0 && !s.testResults?.tests?.length && !s.testResults?.suites?.length) {
          acc.failed++;
          acc.failures.push(`${where}: ${s.errors.map((e) => e.message).join('; ')}`);
        }
      }
      process.once('exit', () => {
        for (const f of acc.failures) process.stdout.write(`FAILED ${f.slice(0, 600)}\n`);
        process.stdout.write(`web-test-runner: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`);
      });
    },
  };
}
