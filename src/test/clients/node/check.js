'use strict';
// PASS/FAIL lines in the suite's format; the runner counts them.
const assert = require('node:assert');

module.exports = function checks(client) {
  let failed = 0;
  return {
    equal(name, actual, expected) {
      try {
        assert.deepStrictEqual(actual, expected);
        console.log(`PASS ${client}: ${name}`);
      } catch (e) {
        this.fail(name, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
      }
    },
    fail(name, reason) {
      failed++;
      console.log(`FAIL ${client}: ${name}: ${reason}`);
    },
    done() {
      process.exitCode = failed ? 1 : 0;
    },
  };
};
