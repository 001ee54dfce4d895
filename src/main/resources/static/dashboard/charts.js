/*
 * Bar charts as plain SVG, shipped with the emulator (no CDN, no build step). Each chart
 * keeps its numbers on the bars (data-value) and in a table under "Numbers", so screen
 * readers and tests read exactly what is drawn.
 */
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var COLORS = ['#2357c6', '#e0832b', '#1f9d8a', '#9b4dca', '#c23b5a', '#6b7a8f'];

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, String(attrs[key])); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function niceMax(value) {
    if (value <= 0) { return 1; }
    var power = Math.pow(10, Math.floor(Math.log(value) / Math.LN10));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * power >= value) { return steps[i] * power; }
    }
    return 10 * power;
  }

  /**
   * spec: {id, title, labels: [..], series: [{name, values: [..]}]}; draws grouped bars.
   */
  function bars(container, spec) {
    var block = document.createElement('div');
    block.className = 'chart-block';
    block.id = spec.id;
    var title = document.createElement('div');
    title.className = 'chart-title';
    title.textContent = spec.title;
    block.appendChild(title);
    var width = 560, height = 190, left = 44, right = 8, top = 10, bottom = 34;
    var max = 0;
    spec.series.forEach(function (s) { s.values.forEach(function (v) { if (v > max) { max = v; } }); });
    // At least 4, so small counts get whole-number ticks.
    var top_ = Math.max(4, niceMax(max));
    var total = spec.series.map(function (s) { return s.name + ' ' + s.values.reduce(function (a, b) { return a + b; }, 0); });
    var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      'aria-label': spec.title + ': ' + total.join(', ') });
    var plotW = width - left - right, plotH = height - top - bottom;
    [0, 0.5, 1].forEach(function (f) {
      var y = top + plotH - f * plotH;
      el('line', { x1: left, x2: width - right, y1: y, y2: y, stroke: '#e3e7ee' }, svg);
      var t = el('text', { x: left - 4, y: y + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#5b6577' }, svg);
      t.textContent = String(Math.round(top_ * f));
    });
    var n = Math.max(1, spec.labels.length);
    var groupW = plotW / n;
    var barW = Math.max(1, (groupW * 0.8) / spec.series.length);
    var every = Math.ceil(n / 12);
    spec.labels.forEach(function (label, i) {
      spec.series.forEach(function (s, j) {
        var v = s.values[i] || 0;
        var h = plotH * v / top_;
        var rect = el('rect', { x: left + i * groupW + groupW * 0.1 + j * barW, y: top + plotH - h, width: barW,
          height: h, fill: COLORS[j % COLORS.length], 'data-series': s.name, 'data-label': label, 'data-value': v }, svg);
        var tip = el('title', {}, rect);
        tip.textContent = s.name + ', ' + label + ': ' + v;
      });
      if (i % every === 0) {
        var text = el('text', { x: left + i * groupW + groupW / 2, y: height - bottom + 13, 'text-anchor': 'middle',
          'font-size': 10, fill: '#5b6577' }, svg);
        text.textContent = label;
      }
    });
    var lx = left;
    spec.series.forEach(function (s, j) {
      el('rect', { x: lx, y: height - 12, width: 10, height: 10, fill: COLORS[j % COLORS.length] }, svg);
      var t = el('text', { x: lx + 14, y: height - 3, 'font-size': 11, fill: '#1d2430' }, svg);
      t.textContent = s.name;
      lx += 24 + s.name.length * 6.5;
    });
    block.appendChild(svg);
    block.appendChild(table(spec));
    container.appendChild(block);
    return block;
  }

  function table(spec) {
    var details = document.createElement('details');
    var summary = document.createElement('summary');
    summary.textContent = 'Numbers';
    details.appendChild(summary);
    var t = document.createElement('table');
    t.className = 'compact chart-data';
    var head = document.createElement('tr');
    ['', ].concat(spec.series.map(function (s) { return s.name; })).forEach(function (name) {
      var th = document.createElement('th');
      th.setAttribute('scope', 'col');
      th.textContent = name;
      head.appendChild(th);
    });
    t.appendChild(head);
    spec.labels.forEach(function (label, i) {
      var tr = document.createElement('tr');
      var th = document.createElement('th');
      th.setAttribute('scope', 'row');
      th.textContent = label;
      tr.appendChild(th);
      spec.series.forEach(function (s) {
        var td = document.createElement('td');
        td.textContent = String(s.values[i] || 0);
        tr.appendChild(td);
      });
      t.appendChild(tr);
    });
    details.appendChild(t);
    return details;
  }

  window.EmulatorCharts = { bars: bars };
}());
