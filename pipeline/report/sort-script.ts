// The HTML report's only script: click a column header to sort its table (again to
// reverse). Allowed by its SHA-256 in the page's Content-Security-Policy; no inline
// event handlers, no network.

import { createHash } from 'node:crypto';

export const SORT_SCRIPT = `document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, column) {
    th.tabIndex = 0;
    th.title = 'Sort by this column';
    function sort() {
      var body = table.tBodies[0];
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var key = function (row) {
        var cell = row.cells[column];
        var v = cell.getAttribute('data-value');
        return v !== null && v !== '' && !isNaN(Number(v)) ? Number(v) : cell.textContent.trim().toLowerCase();
      };
      Array.prototype.slice.call(body.rows).sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      }).forEach(function (row) { body.appendChild(row); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
  });
});`;

export const SORT_SCRIPT_HASH = `sha256-${createHash('sha256').update(SORT_SCRIPT).digest('base64')}`;
