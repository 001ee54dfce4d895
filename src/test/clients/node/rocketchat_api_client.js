'use strict';
// Rocket.Chat's REST client @rocket.chat/api-client: new RestClient({baseUrl}), credentials set
// with setCredentials({'X-User-Id', 'X-Auth-Token'}), then client.get('/v1/...', params).
const { RestClient } = require('@rocket.chat/api-client');
const checks = require('./check')('rocketchat/npm-api-client');

const client = new RestClient({ baseUrl: process.env.EMULATOR_URL });
client.setCredentials({ 'X-User-Id': 'clients-rc-user', 'X-Auth-Token': 'clients-rc-token' });
const range = { start: '2023-05-24T00:00:00.000Z', end: '2023-05-30T23:59:59.999Z' };

(async () => {
  try {
    const sent = await client.get('/v1/engagement-dashboard/messages/messages-sent', range);
    checks.equal('messages-sent', sent, {
      days: [{ day: '2023-05-30T00:00:00.000Z', messages: 5 }, { day: '2023-05-29T00:00:00.000Z', messages: 3 }],
      period: { count: 8, variation: 8 },
      yesterday: { count: 3, variation: 2 },
      success: true,
    });
    const origin = await client.get('/v1/engagement-dashboard/messages/origin', range);
    checks.equal('origin', origin, {
      origins: [{ t: 'c', messages: 5 }, { t: 'd', messages: 3 }, { t: 'p', messages: 0 }, { t: 'l', messages: 0 }],
      success: true,
    });
    const top = await client.get('/v1/engagement-dashboard/messages/top-five-popular-channels', range);
    checks.equal('top five', top.channels.map((channel) => [channel.name, channel.t, channel.messages]),
      [['general', 'c', 5], ['alice-bob', 'd', 3]]);
  } catch (error) {
    checks.fail('calls', String(error));
  }
  try {
    client.setCredentials({ 'X-User-Id': 'clients-rc-user', 'X-Auth-Token': 'wrong' });
    await client.get('/v1/engagement-dashboard/messages/messages-sent', range);
    checks.fail('wrong token', 'no error');
  } catch (error) {
    // The client rejects with the fetch Response of a failed call.
    const response = (typeof Response !== 'undefined' && error instanceof Response) ? error : null;
    const body = response ? await response.json() : {};
    checks.equal('wrong token', [response && response.status, body.message],
      [401, 'You must be logged in to do this.']);
  }
  checks.done();
})();
