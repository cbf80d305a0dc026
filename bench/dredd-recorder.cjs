/**
 * Dredd hook for the contract bench: writes every transaction Dredd built
 * (sent or skipped, with the status it expected and the one it got) to the
 * file named by SPECLOOM_DREDD_RECORD, so the bench counts what Dredd
 * covered the same way it counts its own engine.
 */
const { writeFileSync } = require('node:fs');
const hooks = require('hooks');

hooks.afterAll((transactions, done) => {
  const record = transactions.map((transaction) => ({
    method: transaction.request.method.toUpperCase(),
    resource: transaction.origin.resourceName,
    expected: String(transaction.expected.statusCode),
    actual: transaction.real ? transaction.real.statusCode : undefined,
    skipped: transaction.skip === true,
    status: transaction.test ? transaction.test.status : undefined,
  }));
  writeFileSync(process.env.SPECLOOM_DREDD_RECORD, JSON.stringify(record));
  done();
});
