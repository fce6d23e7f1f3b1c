/*
 * The downtime list refreshes itself when the stops awaiting a reason change (awaiting.js tells),
 * unless the operator has a stop open in the picker or has ticked stops to merge.
 */
(function () {
  'use strict';
  window.taktlineStopsChanged = function () {
    if (document.getElementById('picker')) {
      return;
    }
    if (document.querySelector('input[name="merge"]:checked')) {
      return;
    }
    if (typeof window.refreshStops === 'function') {
      window.refreshStops();
    }
  };
}());
