'use strict';
// The REST part of @rocket.chat/sdk: the server comes from ROCKETCHAT_URL (the library's setting
// for the base URL), api.login({username, password}) keeps the token, api.get(endpoint, data)
// builds the query and sends the auth headers.
const { api } = require('@rocket.chat/sdk');
// The library logs every request to the console; the suite's output keeps to its checks.
require('@rocket.chat/sdk/dist/lib/log').silence();
const checks = require('./check')('rocketchat/npm-sdk-rest');

(async () => {
  try {
    const login = await api.login({ username: 'clients-dash', password: 'rc-pass' });
    checks.equal('login', [login.status, login.data.userId], ['success', 'clients-rc-user']);
    const sent = await api.get('engagement-dashboard/messages/messages-sent',
      { start: '2023-05-24T00:00:00.000Z', end: '2023-05-30T23:59:59.999Z' });
    checks.equal('messages-sent days', sent.days, [{ day: '2023-05-30T00:00:00.000Z', messages: 5 },
      { day: '2023-05-29T00:00:00.000Z', messages: 3 }]);
    checks.equal('messages-sent period and yesterday', [sent.period, sent.yesterday],
      [{ count: 8, variation: 8 }, { count: 3, variation: 2 }]);
  } catch (error) {
    checks.fail('calls', String(error && error.message || error));
  }
  checks.done();
})();
