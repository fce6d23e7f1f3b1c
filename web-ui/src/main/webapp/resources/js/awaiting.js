/*
 * The header's count of stops awaiting a reason, kept current by the plant's 'awaiting' events.
 * On the downtime page, a change refreshes the list (unless a stop is open in the picker).
 */
(function () {
  'use strict';
  var badge = document.getElementById('awaitingBadge');
  if (!badge || !window.EventSource) {
    return;
  }
  var template = document.getElementById('awaitingTemplate').textContent;
  var state = { events: 0, awaiting: null, newest: null };
  window.taktlineAwaiting = state;

  function show(count) {
    badge.textContent = template.replace('{0}', String(count));
    badge.classList.toggle('none', count === 0);
  }

  function connect() {
    var source = new EventSource(badge.getAttribute('data-events'));
    source.addEventListener('awaiting', function (event) {
      var data = JSON.parse(event.data);
      var changed = state.awaiting !== null
          && (data.awaiting !== state.awaiting || data.newest !== state.newest);
      state.events += 1;
      state.awaiting = data.awaiting;
      state.newest = data.newest;
      show(data.awaiting);
      if (changed && typeof window.taktlineStopsChanged === 'function') {
        window.taktlineStopsChanged(data);
      }
    });
    source.addEventListener('signedOut', function () {
      source.close();
      window.location.reload();
    });
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        window.setTimeout(connect, 5000);
      }
    };
  }
  connect();
}());
