/**
 * The `node --test` reporter of `npm test` (the Node suite in `test/node/`): one line per test,
 * a failure in full, then a last line that counts, like web-test-runner's.
 */
export default async function* summary(source) {
  const count = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if (data?.details?.type === 'suite') continue;
    if (type === 'test:pass') {
      const skipped = data.skip !== undefined || data.todo !== undefined;
      count[skipped ? 'skipped' : 'passed']++;
      yield `${skipped ? '-' : '✓'} ${data.name}\n`;
    } else if (type === 'test:fail') {
      count.failed++;
      const error = data.details?.error;
      yield `✗ ${data.name}\n${error?.cause?.stack ?? error?.stack ?? error}\n`;
    } else if (type === 'test:stderr' || type === 'test:stdout') {
      yield data.message;
    }
  }
  yield `node --test: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`;
}
