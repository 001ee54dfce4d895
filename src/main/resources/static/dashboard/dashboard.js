/*
 * The emulator's dashboard. Plain script, no build step. It calls the control API with the
 * admin token (kept in sessionStorage) and the vendor APIs exactly as a vendor client
 * would, with the workspace's vendor credentials (the demo's published ones, fetched from
 * an admin-only endpoint, or those typed in), and shows each request with its secrets
 * masked, and its raw answer.
 */
(function () {
  'use strict';
  var TOKEN_KEY = 'statsEmulator.adminToken';
  var MASK = '\u2022\u2022\u2022\u2022';
  var state = { workspaces: [], workspace: null, credentials: null, range: null, seq: 0 };
  var STALE = 'stale';

  // Script errors, kept where tests (and curious users) can read them.
  window.dashboardErrors = [];
  window.addEventListener('error', function (e) { window.dashboardErrors.push(String(e.message)); });
  window.addEventListener('unhandledrejection', function (e) { window.dashboardErrors.push(String(e.reason)); });
  // When the page first showed numbers (performance.now(), ms since navigation start), for
  // the page tests' load time.
  window.dashboardTimings = {};
  function mark(name) {
    if (window.dashboardTimings[name] === undefined && window.performance && window.performance.now) {
      window.dashboardTimings[name] = Math.round(window.performance.now());
    }
  }

  function $(id) { return document.getElementById(id); }

  function token() { return window.sessionStorage.getItem(TOKEN_KEY); }

  /** One HTTP call; resolves {status, headers(name), text, json} whatever the status. */
  function call(method, url, options) {
    options = options || {};
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      var headers = options.headers || {};
      Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
      xhr.onload = function () {
        var json = null;
        try { json = JSON.parse(xhr.responseText); } catch (e) { json = null; }
        resolve({ status: xhr.status, text: xhr.responseText, json: json,
          header: function (name) { return xhr.getResponseHeader(name); } });
      };
      xhr.onerror = function () { reject(new Error('network error calling ' + url)); };
      xhr.send(options.body === undefined ? null : options.body);
    });
  }

  function control(method, path, body, contentType) {
    var headers = { 'Authorization': 'Bearer ' + token() };
    if (body !== undefined) { headers['Content-Type'] = contentType || 'application/json'; }
    return call(method, '/_emulator/v1' + path, { headers: headers,
      body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)) })
      .then(function (answer) {
        if (answer.status === 401) { signOut('The admin token was refused; enter it again.'); }
        return answer;
      });
  }

  function problem(answer) {
    if (answer.json && answer.json.detail) { return answer.json.detail; }
    return 'HTTP ' + answer.status;
  }

  // ---- admin token -------------------------------------------------------------------
  function signOut(message) {
    window.sessionStorage.removeItem(TOKEN_KEY);
    $('app').hidden = true;
    $('sign-in').hidden = false;
    $('sign-out').hidden = true;
    $('token-state').textContent = 'Not signed in';
    $('token-error').textContent = message || '';
    $('admin-token').focus();
  }

  function signIn(value) {
    window.sessionStorage.setItem(TOKEN_KEY, value);
    return control('GET', '/clock').then(function (answer) {
      if (answer.status !== 200) { return false; }
      $('sign-in').hidden = true;
      $('app').hidden = false;
      $('sign-out').hidden = false;
      $('token-state').textContent = 'Signed in (admin)';
      return start();
    });
  }

  // ---- clock -------------------------------------------------------------------------
  var clockNow = null;
  function showClock(answer) {
    if (answer.status !== 200) { $('clock-error').textContent = problem(answer); return; }
    $('clock-error').textContent = '';
    clockNow = answer.json.now;
    $('clock-now').textContent = answer.json.now;
    $('clock-state').textContent = answer.json.frozen ? 'frozen' : 'following the system clock';
  }
  function loadClock() { return control('GET', '/clock').then(showClock); }
  function freeze(iso) { return control('PUT', '/clock', { now: iso }).then(showClock); }

  // ---- workspaces --------------------------------------------------------------------
  function vendorsOf(ws) {
    var names = [];
    if (ws.tellody && ws.tellody.users && ws.tellody.users.length) { names.push('Tellody'); }
    if (ws.getresponse && ws.getresponse.apiKeys && ws.getresponse.apiKeys.length) { names.push('GetResponse'); }
    if (ws.rocketchat && ws.rocketchat.users && ws.rocketchat.users.length) { names.push('Rocket.Chat'); }
    if (ws.pushwoosh && ws.pushwoosh.tokens && ws.pushwoosh.tokens.length) { names.push('Pushwoosh'); }
    return names.join(', ') || '–';
  }

  /** The workspace named in the address (#workspace=id), so a view can be linked and reloaded. */
  function linkedWorkspace() {
    var match = /(?:^#|&)workspace=([^&]+)/.exec(window.location.hash || '');
    return match ? decodeURIComponent(match[1]) : null;
  }

  function linkWorkspace(id) {
    if (id && linkedWorkspace() !== id && window.history && window.history.replaceState) {
      window.history.replaceState(null, '', '#workspace=' + encodeURIComponent(id));
    }
  }

  function loadWorkspaces() {
    return control('GET', '/workspaces').then(function (answer) {
      if (answer.status !== 200) { return; }
      state.workspaces = answer.json;
      var select = $('workspace-select');
      var body = $('workspace-table').tBodies[0];
      select.innerHTML = '';
      body.innerHTML = '';
      answer.json.forEach(function (ws) {
        var option = document.createElement('option');
        option.value = ws.id;
        option.textContent = ws.id;
        select.appendChild(option);
        var tr = document.createElement('tr');
        [ws.id, ws.timezone, vendorsOf(ws)].forEach(function (text) {
          var td = document.createElement('td');
          td.textContent = text;
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      function known(id) { return id && answer.json.some(function (w) { return w.id === id; }) ? id : null; }
      var wanted = state.workspace || known(linkedWorkspace()) || known('demo') || (answer.json[0] && answer.json[0].id);
      if (wanted) { select.value = wanted; }
      state.workspace = select.value || null;
      linkWorkspace(state.workspace);
    });
  }

  // ---- generation (as a job) -----------------------------------------------------------
  function generate() {
    if (!state.workspace) { return Promise.resolve(); }
    var body = { days: Number($('gen-days').value), eventsPerDay: Number($('gen-volume').value),
      seed: Number($('gen-seed').value) };
    $('gen-start').disabled = true;
    $('gen-progress').setAttribute('value', '0');
    $('gen-status').textContent = 'Submitting…';
    return control('POST', '/workspaces/' + encodeURIComponent(state.workspace) + '/generate?async=true', body)
      .then(function (answer) {
        if (answer.status !== 202) {
          $('gen-status').textContent = 'Refused: ' + problem(answer);
          $('gen-start').disabled = false;
          return null;
        }
        return poll(answer.header('Location').replace('/_emulator/v1', ''));
      });
  }

  function poll(path) {
    return control('GET', path).then(function (answer) {
      var job = answer.json;
      $('gen-progress').setAttribute('value', String(job.progress));
      var text = job.state + ': ' + job.daysDone + '/' + job.daysTotal + ' days, ' + job.events + ' events';
      if (job.eventsPerSecond !== null && job.eventsPerSecond !== undefined) { text += ', ' + Math.round(job.eventsPerSecond) + ' events/s'; }
      if (job.state === 'running' && job.estimatedSecondsLeft !== null) { text += ', about ' + job.estimatedSecondsLeft + ' s left'; }
      if (job.state === 'succeeded') { text += ' (' + job.stored + ' stored)'; }
      if (job.state === 'failed') { text += ': ' + job.error; }
      $('gen-status').textContent = text;
      if (job.state === 'queued' || job.state === 'running') {
        return new Promise(function (resolve) { window.setTimeout(resolve, 400); }).then(function () { return poll(path); });
      }
      $('gen-start').disabled = false;
      return job.state === 'succeeded' ? showLenses() : null;
    });
  }

  // ---- ingest ------------------------------------------------------------------------
  function ingest() {
    var file = $('ingest-file').files[0];
    if (!file || !state.workspace) { $('ingest-status').textContent = 'Choose a file first.'; return Promise.resolve(); }
    return new Promise(function (resolve) {
      var reader = new FileReader();
      reader.onload = function () { resolve(reader.result); };
      reader.readAsText(file);
    }).then(function (text) {
      return control('POST', '/workspaces/' + encodeURIComponent(state.workspace) + '/events', text, 'application/x-ndjson');
    }).then(function (answer) {
      if (answer.status === 200) {
        $('ingest-status').textContent = 'Received ' + answer.json.received + ', stored ' + answer.json.stored
          + ', duplicates ' + answer.json.duplicates + '.';
        return showLenses();
      }
      var errors = (answer.json && answer.json.errors) ? answer.json.errors.slice(0, 5).map(function (e) {
        return e.index !== undefined ? '#' + e.index + ' ' + e.field + ': ' + e.message : JSON.stringify(e);
      }).join('; ') : '';
      $('ingest-status').textContent = 'Refused: ' + problem(answer) + (errors ? ' (' + errors + ')' : '');
      return null;
    });
  }

  // ---- credentials ---------------------------------------------------------------------
  function credentialsKey(ws) { return 'statsEmulator.credentials.' + ws; }

  function loadCredentials() {
    var saved = window.sessionStorage.getItem(credentialsKey(state.workspace));
    if (saved) { state.credentials = JSON.parse(saved); return Promise.resolve(state.credentials); }
    return control('GET', '/dashboard/credentials/' + encodeURIComponent(state.workspace)).then(function (answer) {
      state.credentials = answer.status === 200 ? answer.json : null;
      if (!state.credentials) { $('credentials').open = true; }
      return state.credentials;
    });
  }

  function saveCredentials() {
    var c = {
      tellody: { username: $('cred-tellody-user').value, password: $('cred-tellody-pass').value },
      getresponse: { apiKey: $('cred-gr-key').value },
      rocketchat: { userId: $('cred-rc-user').value, authToken: $('cred-rc-token').value },
      pushwoosh: { token: $('cred-pw-token').value, applications: [$('cred-pw-app').value] }
    };
    window.sessionStorage.setItem(credentialsKey(state.workspace), JSON.stringify(c));
    state.credentials = c;
    ['cred-tellody-pass', 'cred-gr-key', 'cred-rc-token', 'cred-pw-token'].forEach(function (id) { $(id).value = ''; });
    $('credentials').open = false;
  }

  // ---- range -------------------------------------------------------------------------
  function addDays(date, days) {
    var parts = date.split('-');
    var d = new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]) + days));
    return d.toISOString().substring(0, 10);
  }

  /** The range's instants in the workspace's zone, from the control API's stats. */
  function resolveRange(from, to) {
    return control('GET', '/workspaces/' + encodeURIComponent(state.workspace) + '/stats?type=sent&unit=day&from='
      + from + '&to=' + addDays(to, 1)).then(function (answer) {
      if (answer.status !== 200) { throw new Error(problem(answer)); }
      var buckets = answer.json.buckets;
      return { fromDate: from, toDate: to, from: Date.parse(answer.json.from), to: Date.parse(answer.json.to),
        lastDay: Date.parse(buckets[buckets.length - 1].start), timezone: answer.json.timezone };
    });
  }

  function defaultRange() {
    return control('GET', '/workspaces/' + encodeURIComponent(state.workspace) + '/stats?type=sent&unit=day')
      .then(function (answer) {
        if (answer.status !== 200) { return; }
        // The last seven whole local days: today is not over yet.
        var yesterday = addDays(answer.json.to.substring(0, 10), -2);
        $('range-to').value = yesterday;
        $('range-from').value = addDays(yesterday, -6);
      });
  }

  // ---- vendor calls, shown with secrets masked --------------------------------------------
  function showCall(lens, title, request, answer) {
    var calls = $(lens).querySelector('.calls');
    var details = document.createElement('details');
    details.className = 'call';
    var summary = document.createElement('summary');
    summary.textContent = title + ' \u2192 HTTP ' + answer.status;
    details.appendChild(summary);
    var req = document.createElement('pre');
    req.className = 'request';
    var lines = [request.method + ' ' + request.url];
    Object.keys(request.shownHeaders || {}).forEach(function (name) { lines.push(name + ': ' + request.shownHeaders[name]); });
    if (request.shownBody) { lines.push(''); lines.push(request.shownBody); }
    req.textContent = lines.join('\n');
    var raw = document.createElement('pre');
    raw.className = 'answer';
    var text = answer.json ? JSON.stringify(answer.json, null, 1) : answer.text;
    raw.textContent = text.length > 6000 ? text.substring(0, 6000) + '\n… (' + text.length + ' characters in all)' : text;
    var h1 = document.createElement('div'); h1.textContent = 'Request'; h1.className = 'chart-title';
    var h2 = document.createElement('div'); h2.textContent = 'Raw answer'; h2.className = 'chart-title';
    details.appendChild(h1); details.appendChild(req); details.appendChild(h2); details.appendChild(raw);
    calls.appendChild(details);
  }

  /** Vendor calls of one "Show": once a newer one starts, their answers are dropped, not mixed in. */
  function vendorFor(range) {
    return function (lens, title, method, url, headers, body, shownHeaders, shownBody) {
      if (range.seq !== state.seq) { return Promise.reject(new Error(STALE)); }
      return call(method, url, { headers: headers, body: body }).then(function (answer) {
        if (range.seq !== state.seq) { throw new Error(STALE); }
        showCall(lens, title, { method: method, url: url, shownHeaders: shownHeaders, shownBody: shownBody }, answer);
        return answer;
      });
    };
  }

  function lensStatus(lens, text, bad) {
    var status = $(lens).querySelector('.lens-status');
    status.textContent = text;
    status.className = 'lens-status' + (bad ? ' bad' : '');
  }

  function clearLens(lens) {
    $(lens).querySelector('.calls').innerHTML = '';
    Array.prototype.forEach.call($(lens).querySelectorAll('.chart'), function (c) { c.innerHTML = ''; });
  }

  function fail(lens, answer) {
    lensStatus(lens, 'The vendor API answered HTTP ' + answer.status + ': ' + answer.text.substring(0, 200), true);
    return null;
  }

  // Tellody: ping for the XSRF token, form login, ping again, then the reports. One flow at a
  // time: the browser has one Tellody session, and a login rotates its token, so an earlier
  // flow still in flight would spoil a newer one's token.
  var tellodyChain = Promise.resolve();
  function tellody(range) {
    var next = tellodyChain.then(function () { return tellodyFlow(range); });
    tellodyChain = next.catch(function () { return null; });
    return next;
  }

  function tellodyFlow(range) {
    var vendor = vendorFor(range);
    var lens = 'lens-tellody';
    var c = state.credentials && state.credentials.tellody;
    if (!c || !c.username) { lensStatus(lens, 'No Tellody credentials for this workspace.', true); return Promise.resolve(); }
    var base = '/CampaignCloud';
    var xsrf = null;
    function ping() {
      return vendor(lens, 'ping', 'GET', base + '/RememberMeController/ping', {}, undefined, {}, null)
        .then(function (answer) { xsrf = answer.header('X-XSRF-TOKEN'); return answer; });
    }
    function report(name, body) {
      var text = JSON.stringify(body);
      return vendor(lens, name, 'POST', base + '/Report/' + name, { 'X-XSRF-TOKEN': xsrf, 'Content-Type': 'application/json' },
        text, { 'Cookie': 'JSESSIONID=' + MASK, 'X-XSRF-TOKEN': MASK, 'Content-Type': 'application/json' }, text);
    }
    return ping().then(function () {
      var form = 'username=' + encodeURIComponent(c.username) + '&password=' + encodeURIComponent(c.password);
      return vendor(lens, 'login', 'POST', base + '/login',
        { 'X-XSRF-TOKEN': xsrf, 'Content-Type': 'application/x-www-form-urlencoded' }, form,
        { 'X-XSRF-TOKEN': MASK, 'Content-Type': 'application/x-www-form-urlencoded' },
        'username=' + encodeURIComponent(c.username) + '&password=' + MASK);
    }).then(function (login) {
      if (login.status !== 200) { return fail(lens, login); }
      return ping().then(function () {
        return report('UniqueCode', { from: range.from, to: range.to - 1, unit: 'day', dow: 0 });
      }).then(function (codes) {
        if (codes.status !== 200) { return fail(lens, codes); }
        var keys = ['EMAIL_SENT', 'SMS_SENT', 'URL', 'DL', 'VOUCHER', 'OPTOUT'];
        window.EmulatorCharts.bars($('chart-tellody-codes'), { id: 'tellody-codes',
          title: 'UniqueCode totals, ' + range.fromDate + ' to ' + range.toDate, labels: keys,
          series: [{ name: 'count', values: keys.map(function (k) { return Number(codes.json[k] || 0); }) }] });
        return report('ContactChart', { from: range.lastDay, to: range.to - 1, unit: 'hour', window: 'day', dow: 0 });
      }).then(function (chart) {
        if (!chart) { return null; }
        if (chart.status !== 200) { return fail(lens, chart); }
        var hours = chart.json.contactsAdded.map(function (v, i) { return String(i); });
        window.EmulatorCharts.bars($('chart-tellody-contacts'), { id: 'tellody-contacts',
          title: 'ContactChart by hour on ' + range.toDate, labels: hours,
          series: [{ name: 'contactsAdded', values: chart.json.contactsAdded },
            { name: 'contactsServed', values: chart.json.contactsServed },
            { name: 'contactsBlocked', values: chart.json.contactsBlocked }] });
        lensStatus(lens, 'Logged in as ' + c.username + '.');
        return null;
      });
    });
  }

  // GetResponse: get_messages of the range, then one JSON-RPC 2.0 batch of get_message_stats.
  function getresponse(range) {
    var vendor = vendorFor(range);
    var lens = 'lens-getresponse';
    var c = state.credentials && state.credentials.getresponse;
    if (!c || !c.apiKey) { lensStatus(lens, 'No GetResponse API key for this workspace.', true); return Promise.resolve(); }
    function rpc(title, payload) {
      var text = JSON.stringify(payload);
      var shown = text.split(JSON.stringify(c.apiKey)).join(JSON.stringify(MASK));
      return vendor(lens, title, 'POST', '/', { 'Content-Type': 'application/json' }, text,
        { 'Content-Type': 'application/json' }, shown);
    }
    var created = { FROM: range.fromDate, TO: range.toDate };
    return rpc('get_messages', { jsonrpc: '2.0', id: 1, method: 'get_messages',
      params: [c.apiKey, { type: 'newsletter', created_on: created }] }).then(function (answer) {
      if (!answer.json || !answer.json.result) { return fail(lens, answer); }
      var ids = Object.keys(answer.json.result).slice(-8);
      if (ids.length === 0) { lensStatus(lens, 'No newsletters created in this range.'); return null; }
      var batch = ids.map(function (id, i) {
        return { jsonrpc: '2.0', id: i + 2, method: 'get_message_stats',
          params: [c.apiKey, { message: id, grouping: 'daily', created_on: created }] };
      });
      return rpc('get_message_stats (batch of ' + ids.length + ')', batch).then(function (stats) {
        if (!Array.isArray(stats.json)) { return fail(lens, stats); }
        var byId = {};
        stats.json.forEach(function (a) { byId[a.id] = a.result || {}; });
        function sum(i, counter) {
          var periods = byId[i + 2] || {};
          return Object.keys(periods).reduce(function (t, p) { return t + Number(periods[p][counter] || 0); }, 0);
        }
        var labels = ids.map(function (id) {
          var m = answer.json.result[id];
          return (m.send_on || m.created_on || id).substring(5, 10);
        });
        window.EmulatorCharts.bars($('chart-getresponse'), { id: 'getresponse-stats',
          title: 'Newsletters created in the range (by send date): sent, opened, clicked', labels: labels,
          series: ['sent', 'opened', 'clicked'].map(function (counter) {
            return { name: counter, values: ids.map(function (id, i) { return sum(i, counter); }) };
          }) });
        $('chart-getresponse').setAttribute('data-messages', ids.join(','));
        lensStatus(lens, ids.length + ' newsletters.');
        return null;
      });
    });
  }

  // Rocket.Chat: the engagement dashboard's messages sent.
  function rocketchat(range) {
    var vendor = vendorFor(range);
    var lens = 'lens-rocketchat';
    var c = state.credentials && state.credentials.rocketchat;
    if (!c || !c.userId) { lensStatus(lens, 'No Rocket.Chat credentials for this workspace.', true); return Promise.resolve(); }
    var url = '/api/v1/engagement-dashboard/messages/messages-sent?start=' + new Date(range.from).toISOString()
      + '&end=' + new Date(range.to - 1).toISOString();
    return vendor(lens, 'messages-sent', 'GET', url, { 'X-User-Id': c.userId, 'X-Auth-Token': c.authToken }, undefined,
      { 'X-User-Id': c.userId, 'X-Auth-Token': MASK }, null).then(function (answer) {
      if (answer.status !== 200) { return fail(lens, answer); }
      var days = answer.json.days.slice().reverse();
      $('rc-period').textContent = String(answer.json.period.count);
      $('rc-period-variation').textContent = String(answer.json.period.variation);
      $('rc-yesterday').textContent = String(answer.json.yesterday.count);
      $('rc-yesterday-variation').textContent = String(answer.json.yesterday.variation);
      window.EmulatorCharts.bars($('chart-rocketchat'), { id: 'rocketchat-days', title: 'Messages per day',
        // A day is named by the UTC instant its local day starts at (21:00Z the day before in
        // Athens): half a day later is inside that local day, for any zone within +-12 hours.
        labels: days.map(function (d) { return new Date(Date.parse(d.day) + 43200000).toISOString().substring(5, 10); }),
        series: [{ name: 'messages', values: days.map(function (d) { return d.messages; }) }] });
      lensStatus(lens, 'As user ' + c.userId + '.');
      return null;
    });
  }

  function utc(ms) { return new Date(ms).toISOString().substring(0, 19).replace('T', ' '); }

  // Pushwoosh: the newest message of the range, its totals by interval, and the log of the last day.
  function pushwoosh(range) {
    var vendor = vendorFor(range);
    var lens = 'lens-pushwoosh';
    var c = state.credentials && state.credentials.pushwoosh;
    if (!c || !c.token) { lensStatus(lens, 'No Pushwoosh token for this workspace.', true); return Promise.resolve(); }
    var app = c.applications[0];
    function post(title, path, payload) {
      var text = JSON.stringify(payload);
      return vendor(lens, title, 'POST', '/api/v2/' + path, { 'Authorization': 'Api ' + c.token, 'Content-Type': 'application/json' },
        text, { 'Authorization': 'Api ' + MASK, 'Content-Type': 'application/json' }, text);
    }
    $('pushwoosh-log').tBodies[0].innerHTML = '';
    return post('messages:list', 'messages:list', { filters: { application: app,
      date_range: { date_from: new Date(range.from).toISOString().substring(0, 10), date_to: new Date(range.to - 1).toISOString().substring(0, 10) } },
      per_page: 1, page: 0 }).then(function (list) {
      if (list.status !== 200) { return fail(lens, list); }
      if (!list.json.items || list.json.items.length === 0) { lensStatus(lens, 'No messages of ' + app + ' in the range.'); return null; }
      var code = list.json.items[0].code;
      return post('totalsByIntervals', 'statistics/messages/totalsByIntervals', { message_code: code }).then(function (totals) {
        if (totals.status !== 200) { return fail(lens, totals); }
        var hours = [], sends = {}, opens = {};
        totals.json.metrics.forEach(function (m) {
          if (hours.indexOf(m.timestamp) < 0) { hours.push(m.timestamp); }
          sends[m.timestamp] = (sends[m.timestamp] || 0) + Number(m.sends);
          opens[m.timestamp] = (opens[m.timestamp] || 0) + Number(m.opens);
        });
        hours.sort();
        window.EmulatorCharts.bars($('chart-pushwoosh'), { id: 'pushwoosh-totals',
          title: 'Message ' + code + ' (of ' + list.json.total + ' in the range): sends and opens per UTC hour, all platforms',
          labels: hours.map(function (h) { return h.substring(5, 13); }),
          series: [{ name: 'sends', values: hours.map(function (h) { return sends[h]; }) },
            { name: 'opens', values: hours.map(function (h) { return opens[h]; }) }] });
        $('chart-pushwoosh').setAttribute('data-message', code);
        return post('getMessageLog', 'statistics/getMessageLog', { application_code: app,
          date_from: utc(range.lastDay), date_to: utc(range.to - 1000), limit: 10 });
      }).then(function (log) {
        if (!log) { return null; }
        if (log.status !== 200) { return fail(lens, log); }
        var body = $('pushwoosh-log').tBodies[0];
        log.json.data.forEach(function (row) {
          var tr = document.createElement('tr');
          [row.timestamp, row.action, String(row.platform), row.message_code].forEach(function (text) {
            var td = document.createElement('td');
            td.textContent = text;
            tr.appendChild(td);
          });
          body.appendChild(tr);
        });
        lensStatus(lens, 'Application ' + app + '.');
        return null;
      });
    });
  }

  // ---- latest calls, from the request journal ----------------------------------------------
  var VENDORS = { tellody: 'Tellody', getresponse: 'GetResponse', rocketchat: 'Rocket.Chat', pushwoosh: 'Pushwoosh' };
  var journalSeq = 0;

  function cell(tr, text, className) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) { td.className = className; }
    tr.appendChild(td);
    return td;
  }

  /**
   * The workspace's newest vendor calls, newest first. Only what the journal answers is
   * shown, and the journal masks every secret (headers, bodies, query credentials); the
   * page shows no header and no body of them at all.
   */
  function loadJournal() {
    if (!state.workspace) { return Promise.resolve(); }
    var ws = state.workspace;
    var seq = ++journalSeq;
    var query = '?limit=' + encodeURIComponent($('journal-limit').value);
    if ($('journal-vendor').value) { query += '&vendor=' + encodeURIComponent($('journal-vendor').value); }
    $('journal').setAttribute('data-journal', 'loading');
    $('journal-status').textContent = 'Loading…';
    return control('GET', '/workspaces/' + encodeURIComponent(ws) + '/journal' + query).then(function (answer) {
      if (seq !== journalSeq) { return; }
      $('journal-workspace').textContent = ws;
      var body = $('journal-table').tBodies[0];
      body.innerHTML = '';
      if (answer.status !== 200) {
        $('journal-status').textContent = 'Could not read the journal: ' + problem(answer);
        $('journal').setAttribute('data-journal', 'failed');
        return;
      }
      var entries = answer.json.entries.slice().reverse();
      entries.forEach(function (e) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-sequence', String(e.sequence));
        var time = cell(tr, e.wallTime.substring(11, 23).replace(/Z$/, ''));
        time.title = e.wallTime + ' (emulator clock: ' + e.emulatorTime + ')';
        cell(tr, VENDORS[e.vendor] || e.vendor);
        cell(tr, e.method);
        cell(tr, e.path + (e.query ? '?' + e.query : ''), 'path');
        cell(tr, String(e.status), e.status < 400 ? 'status-ok' : 'status-bad');
        cell(tr, e.durationMillis + ' ms');
        var fault = cell(tr, '');
        if (e.injected) {
          tr.className = 'injected';
          var badge = document.createElement('span');
          badge.className = 'badge fault';
          badge.textContent = e.injected;
          fault.appendChild(badge);
        }
        else {
          fault.textContent = '–';
        }
        body.appendChild(tr);
      });
      var text = answer.json.enabled
        ? (entries.length === 0 ? 'No vendor call recorded for ' + ws + ' yet.'
          : 'The newest ' + entries.length + ' of ' + answer.json.total + ' recorded calls.')
        : 'The request journal is off (emulator.journal.enabled=false): no calls are recorded.';
      $('journal-status').textContent = text;
      $('journal').setAttribute('data-journal', 'ready');
      mark('journal');
    });
  }

  function showLenses() {
    if (!state.workspace || !$('range-from').value || !$('range-to').value) { return Promise.resolve(); }
    var started = Date.now();
    var seq = ++state.seq;
    document.body.removeAttribute('data-lenses');
    $('range-status').textContent = 'Loading…';
    ['lens-tellody', 'lens-getresponse', 'lens-rocketchat', 'lens-pushwoosh'].forEach(clearLens);
    $('rc-period').textContent = '–';
    return loadCredentials().then(function () {
      return resolveRange($('range-from').value, $('range-to').value);
    }).then(function (range) {
      if (seq !== state.seq) { throw new Error(STALE); }
      range.seq = seq;
      state.range = range;
      return Promise.all([tellody(range), getresponse(range), rocketchat(range), pushwoosh(range)]).then(function () {
        if (seq !== state.seq) { return; }
        $('range-status').textContent = 'Shown in ' + (Date.now() - started) + ' ms (' + range.timezone + ')';
        document.body.setAttribute('data-lenses', 'ready');
        mark('lenses');
      });
    }).catch(function (error) {
      if (error.message === STALE || seq !== state.seq) { return; }
      $('range-status').textContent = 'Could not show the range: ' + error.message;
      document.body.setAttribute('data-lenses', 'failed');
    }).then(function () {
      // The calls the lenses just made, from the journal.
      return seq === state.seq ? loadJournal() : null;
    });
  }

  function start() {
    return Promise.all([loadClock(), loadWorkspaces()]).then(function () {
      return state.workspace ? defaultRange().then(showLenses) : null;
    });
  }

  function moveClock(seconds) {
    var base = clockNow ? Date.parse(clockNow) : Date.now();
    return freeze(new Date(base + seconds * 1000).toISOString());
  }

  function wire() {
    $('token-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var value = $('admin-token').value;
      $('admin-token').value = '';
      signIn(value).then(function (ok) { if (ok === false) { signOut('The admin token was refused.'); } });
    });
    $('sign-out').addEventListener('click', function () { signOut(''); });
    $('reload-workspaces').addEventListener('click', function () { loadWorkspaces().then(showLenses); });
    $('workspace-select').addEventListener('change', function () {
      state.workspace = $('workspace-select').value;
      state.credentials = null;
      linkWorkspace(state.workspace);
      defaultRange().then(showLenses);
    });
    $('clock-form').addEventListener('submit', function (e) { e.preventDefault(); freeze($('clock-input').value.trim()); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-move]'), function (button) {
      button.addEventListener('click', function () { moveClock(Number(button.getAttribute('data-move'))); });
    });
    $('clock-release').addEventListener('click', function () { control('DELETE', '/clock').then(showClock); });
    $('generate-form').addEventListener('submit', function (e) { e.preventDefault(); generate(); });
    $('ingest-form').addEventListener('submit', function (e) { e.preventDefault(); ingest(); });
    $('range-form').addEventListener('submit', function (e) { e.preventDefault(); showLenses(); });
    $('journal-form').addEventListener('submit', function (e) { e.preventDefault(); loadJournal(); });
    $('journal-limit').addEventListener('change', function () { loadJournal(); });
    $('journal-vendor').addEventListener('change', function () { loadJournal(); });
    $('credentials-form').addEventListener('submit', function (e) { e.preventDefault(); saveCredentials(); showLenses(); });
    if (token()) {
      signIn(token()).then(function (ok) { if (ok === false) { signOut('The saved admin token was refused.'); } });
    }
    else {
      signOut('');
    }
  }

  wire();
}());
