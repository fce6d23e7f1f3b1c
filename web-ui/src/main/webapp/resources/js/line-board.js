/*
 * The line's andon board, kept current by the line's server-sent events: 'station' the moment a
 * station changes state, 'snapshot' every second. Only textContent and classes are set: every text
 * that came from a user or a PLC stays text.
 */
(function () {
  'use strict';
  var root = document.getElementById('lineBoard');
  if (!root) {
    return;
  }
  var labels = {};
  Array.prototype.forEach.call(document.querySelectorAll('#labels [data-key]'), function (span) {
    labels[span.getAttribute('data-key')] = span.textContent;
  });
  // The server's clock minus ours, so that durations are the server's even on a screen whose clock is off.
  var offset = Number(root.getAttribute('data-at')) - Date.now();
  var seen = { snapshots: 0, stations: 0, lastStation: null };
  window.taktlineBoard = seen;

  function text(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = value === null || value === undefined ? '\u2014' : String(value);
    }
  }

  function signalClass(signal) {
    return 'signal-' + String(signal).toLowerCase().replace('_', '-');
  }

  function duration(sinceMillis) {
    var seconds = Math.max(0, Math.floor((Date.now() + offset - sinceMillis) / 1000));
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var rest = seconds % 60;
    var mm = (minutes < 10 && hours > 0 ? '0' : '') + minutes;
    return (hours > 0 ? hours + ':' : '') + mm + ':' + (rest < 10 ? '0' : '') + rest;
  }

  function tile(station) {
    var element = root.querySelector('.tile[data-station="' + Number(station.id) + '"]');
    if (!element) {
      return;
    }
    element.className = 'tile ' + signalClass(station.signal);
    element.setAttribute('data-state', station.state);
    element.setAttribute('data-since', station.since === null ? '' : String(station.since));
    element.querySelector('.tile-state').textContent = labels['state.' + station.state] || station.state;
  }

  function item(className, parts) {
    var li = document.createElement('li');
    li.className = className;
    parts.forEach(function (part) {
      var span = document.createElement('span');
      span.className = part[0];
      span.textContent = part[1] === null || part[1] === undefined ? '' : String(part[1]);
      li.appendChild(span);
    });
    return li;
  }

  function fill(ul, list, emptyKey, render) {
    while (ul.firstChild) {
      ul.removeChild(ul.firstChild);
    }
    if (list.length === 0) {
      var none = document.createElement('li');
      none.className = 'none';
      none.textContent = labels[emptyKey];
      ul.appendChild(none);
      return;
    }
    list.forEach(function (entry) {
      ul.appendChild(render(entry));
    });
  }

  function stops(list) {
    fill(document.getElementById('stops'), list, 'line.noStops', function (stop) {
      var li = item('', [
        ['stop-station', stop.station],
        ['stop-duration', ''],
        ['stop-reason', stop.reasonCode ? stop.reasonCode + ' \u00b7 ' + stop.reasonName : labels['line.noReason']],
        ['stop-fault', stop.faultCode === null || stop.faultCode === undefined ? '' : '#' + stop.faultCode]]);
      li.setAttribute('data-stop', String(stop.id));
      li.setAttribute('data-since', String(stop.since));
      return li;
    });
  }

  function calls(list) {
    var ul = document.getElementById('calls');
    var marked = {};
    list.forEach(function (call) {
      marked[call.stationId] = call.kind;
    });
    Array.prototype.forEach.call(root.querySelectorAll('.tile'), function (element) {
      var kind = marked[element.getAttribute('data-station')];
      element.classList.toggle('andon', !!kind);
    });
    fill(ul, list, 'line.noCalls', function (call) {
      var li = item('call call-' + call.state.toLowerCase(), [
        ['call-kind', labels['andon.kind.' + call.kind] || call.kind],
        ['call-station', call.station],
        ['stop-duration', ''],
        ['call-state', (labels['andon.state.' + call.state] || call.state)
            + (call.acknowledgedBy ? ' \u00b7 ' + call.acknowledgedBy : '')]]);
      li.setAttribute('data-call', String(call.id));
      li.setAttribute('data-since', String(call.since));
      return li;
    });
  }

  function snapshot(board) {
    offset = board.at - Date.now();
    // A snapshot made just before a station event can arrive after it: it never puts a tile back
    // to an older state than the one it shows.
    board.stations.forEach(function (station) {
      var element = root.querySelector('.tile[data-station="' + Number(station.id) + '"]');
      var shown = element ? Number(element.getAttribute('data-since') || 0) : 0;
      if (station.since === null || station.since >= shown) {
        tile(station);
      }
    });
    var shift = board.shift;
    text('shiftName', shift ? shift.name : '');
    text('shiftCrew', shift && shift.crew ? labels['line.crew'] + ' ' + shift.crew : '');
    text('shiftTime', shift ? shift.start + '\u2013' + shift.end + (shift.overtime ? ' \u00b7 ' + labels['line.overtime'] : '') : '');
    var f = board.figures || {};
    text('taktLeft', f.taktLeft === null || f.taktLeft === undefined ? null : Math.round(f.taktLeft));
    text('takt', f.taktSeconds === null || f.taktSeconds === undefined ? null : Math.round(f.taktSeconds));
    text('planned', f.planned);
    text('shouldBe', f.shouldBe);
    text('actual', f.actual);
    text('gap', f.gap);
    document.getElementById('gapFigure').className = 'figure gap ' + (f.behind ? 'behind' : 'on-plan');
    var problem = document.getElementById('problem');
    problem.textContent = board.problem ? labels['line.problem.' + board.problem] || board.problem : '';
    problem.className = 'problem' + (board.problem ? '' : ' is-hidden');
    stops(board.stops);
    calls(board.calls);
    tick();
  }

  function tick() {
    Array.prototype.forEach.call(root.querySelectorAll('[data-since]'), function (element) {
      var since = element.getAttribute('data-since');
      var target = element.querySelector('.tile-since, .stop-duration');
      if (target) {
        target.textContent = since ? duration(Number(since)) : '';
      }
    });
  }

  var connection = document.getElementById('connection');
  var events = new EventSource(root.getAttribute('data-events'));
  events.addEventListener('open', function () {
    connection.className = 'connection is-hidden';
  });
  events.addEventListener('error', function () {
    connection.className = 'connection';
  });
  events.addEventListener('snapshot', function (event) {
    seen.snapshots++;
    snapshot(JSON.parse(event.data));
  });
  events.addEventListener('station', function (event) {
    var station = JSON.parse(event.data);
    seen.stations++;
    seen.lastStation = { id: station.id, state: station.state, since: station.since, shownAt: Date.now() + offset };
    tile(station);
    tick();
  });
  // Signed out (link revoked) or the line removed: the page itself says what to do.
  ['signedOut', 'gone'].forEach(function (name) {
    events.addEventListener(name, function () {
      events.close();
      window.location.reload();
    });
  });
  tick();
  window.setInterval(tick, 1000);
})();
