'use strict';
// Pushwoosh Remote API 1.3 through the npm pushwoosh-client: new PushwooshClient(appCode,
// authToken, {host}) where host is the API's /json root (the option its README documents for the
// base URL). The client exposes no statistics method of its own; it sends every call through its
// public sendRequest(method, {request: {auth, ...}}) and reads the answer with parseResponse, so
// the statistics calls go the same way, as a user of the library would write them.
const PushwooshClient = require('pushwoosh-client');
const checks = require('./check')('pushwoosh/npm-pushwoosh-client');

const code = 'CLI1-00000001-00000001';
const client = new PushwooshClient('CLI01-APP01', 'clients-pw-token', { host: `${process.env.EMULATOR_URL}/json` });

function call(method, request) {
  return new Promise((resolve) => {
    client.sendRequest(method, { request: Object.assign({ auth: client.authToken }, request) },
      (error, response, body) => {
        if (error) {
          resolve({ error });
          return;
        }
        client.parseResponse(response, body, (parseError, result) => resolve({ error: parseError, result }));
      });
  });
}

(async () => {
  const log = await call('getMessageLog', { message_code: code });
  if (log.error) {
    checks.fail('getMessageLog', String(log.error));
  } else {
    checks.equal('getMessageLog actions in time order', log.result.data.map((row) => `${row.platform}:${row.action}`),
      ['android:sent', 'ios:sent', 'android:delivered', 'android:opened']);
    checks.equal('getMessageLog message id and status', [log.result.data[0].message_id, log.result.data[1].status],
      [4242, 'error']);
    checks.equal('getMessageLog last page', log.result.pagination_token, '');
  }

  const paged = await call('getMessageLog', { message_code: code, limit: 3 });
  const rest = paged.result && await call('getMessageLog', { message_code: code, limit: 3,
    pagination_token: paged.result.pagination_token });
  checks.equal('getMessageLog pages of 3', [paged.result && paged.result.data.length,
    rest && rest.result && rest.result.data.length], [3, 1]);

  const totals = await call('totalsByIntervals', { message_code: code });
  if (totals.error) {
    checks.fail('totalsByIntervals', String(totals.error));
  } else {
    checks.equal('totalsByIntervals rows', totals.result.metrics.map((row) => [row.timestamp, row.platform, row.sends,
      row.opens, row.deliveries, row.errors]), [
      ['2024-08-03 15:00:00', 1, '1', '0', '0', '1'],
      ['2024-08-03 15:00:00', 3, '1', '0', '1', '0'],
      ['2024-08-03 16:00:00', 3, '0', '1', '0', '1']]);
    checks.equal('totalsByIntervals conversion', totals.result.conversion, { sends: '2', opens: '1', events: [] });
  }

  // A refusal is the 1.3 argument error, which the client hands back as a result.
  const unknown = await call('totalsByIntervals', { message_code: 'NOPE-00000000-00000000' });
  checks.equal('unknown message is an argument error', unknown.result,
    { description: 'Argument error', detail: 'message NOPE-00000000-00000000 not found', code: 210 });
  checks.done();
})();
