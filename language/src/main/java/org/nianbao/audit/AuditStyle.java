package org.nianbao.audit;

/** The audit page's style and its small script (sorting by any column, the "only with errors" filter). */
final class AuditStyle {

	static final String CSS = """
			/* Nianbao audit page */
			body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;font-size:15px;line-height:1.55;color:#1d1d1f;background:#f5f6f8}
			main{max-width:1200px;margin:0 auto;padding:1.2em 1.5em 3em}
			h1{font-size:1.6em;margin:.3em 0 .6em}
			h2{font-size:1.25em;margin:1.6em 0 .5em;border-bottom:2px solid #2f6db5;padding-bottom:.2em}
			h3{font-size:1.05em;margin:1.2em 0 .3em}
			.cards{display:flex;flex-wrap:wrap;gap:.8em;list-style:none;padding:0;margin:0}
			.cards li{background:#fff;border:1px solid #d8dce3;border-radius:6px;padding:.6em 1em;min-width:8em}
			.cards .number{font-size:1.9em;font-weight:bold;margin-right:.15em}
			.cards .what{display:block;color:#555}
			#count-with-errors .number,#count-late .number,#count-copied .number{color:#b3261e}
			#count-clean .number{color:#1b7a36}
			.note{color:#555}
			.scroll{overflow-x:auto}
			table{border-collapse:collapse;background:#fff;margin:.4em 0}
			caption{text-align:left;font-weight:bold;padding:.3em 0}
			th,td{border:1px solid #d0d4da;padding:.35em .55em;text-align:left;vertical-align:top}
			thead th{background:#eef1f6}
			td.num,.totals td{text-align:right;font-variant-numeric:tabular-nums}
			#reports{width:100%}
			#reports th{white-space:nowrap}
			#reports th button{background:none;border:0;padding:0;margin:0;font:inherit;font-weight:bold;color:inherit;cursor:pointer}
			#reports th button::after{content:" ↕";color:#999}
			#reports th[aria-sort=ascending] button::after{content:" ↑";color:#2f6db5}
			#reports th[aria-sort=descending] button::after{content:" ↓";color:#2f6db5}
			#reports tr.bad td:first-child{border-left:4px solid #b3261e}
			td.late{color:#b3261e;font-weight:bold}
			td.ok{color:#1b7a36}
			.file{color:#666;font-size:.85em}
			.alert{background:#fdecea;border-left:4px solid #b3261e;padding:.5em .8em;font-weight:bold}
			.charts{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}
			.chart{background:#fff;border:1px solid #d8dce3;border-radius:6px;margin:0;padding:.6em 1em;flex:1 1 480px;max-width:640px}
			.nowrap{white-space:nowrap}
			.panel{flex:0 1 auto}
			.panel table{margin:0}
			.chart figcaption{font-weight:bold;margin-bottom:.3em}
			.chart svg{width:100%;height:auto;font-family:inherit}
			.chart .label{font-size:13px;fill:#333}
			.chart .value{font-size:12px;fill:#333}
			.file-details ol{padding-left:1.5em}
			.file-details li{margin:.3em 0}
			.file-details li.error .severity{color:#fff;background:#b3261e;border-radius:3px;padding:0 .35em}
			.file-details li.warning .severity{color:#000;background:#f4c542;border-radius:3px;padding:0 .35em}
			pre{background:#f0f2f5;border:1px solid #dde1e6;padding:.3em .6em;margin:.25em 0;overflow-x:auto;white-space:pre}
			.reason{color:#1f5f99}
			#count-explained .number{color:#1f5f99}
			.measures th,.measures td.num{white-space:nowrap}
			#reports td:nth-last-child(2){min-width:18em}
			.measures td:last-child{color:#444;font-size:.92em}
			.ln{color:#888;display:inline-block;min-width:3em;user-select:none}
			@media print{.controls{display:none}body{background:#fff}main{max-width:none}}
			""";

	static final String SCRIPT = """
			(function () {
			  'use strict';
			  var table = document.getElementById('reports');
			  var body = table.tBodies[0];
			  var heads = table.tHead.rows[0].cells;
			  function key(cell) {
			    var sort = cell.getAttribute('data-sort');
			    var text = sort !== null ? sort : cell.textContent.trim();
			    if (sort === '') {
			      return null; // nothing to measure ("—"): last in either order
			    }
			    return text !== '' && !isNaN(text) ? Number(text) : text;
			  }
			  Array.prototype.forEach.call(heads, function (head, column) {
			    head.querySelector('button').addEventListener('click', function () {
			      var ascending = head.getAttribute('aria-sort') !== 'ascending';
			      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
			      head.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
			      var rows = Array.prototype.slice.call(body.rows);
			      rows.sort(function (a, b) {
			        var x = key(a.cells[column]);
			        var y = key(b.cells[column]);
			        if (x === null || y === null) {
			          return x === y ? 0 : x === null ? 1 : -1;
			        }
			        var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
			        return ascending ? order : -order;
			      });
			      rows.forEach(function (row) { body.appendChild(row); });
			    });
			  });
			  var only = document.getElementById('only-errors');
			  var shown = document.getElementById('shown');
			  function filter() {
			    var count = 0;
			    Array.prototype.forEach.call(body.rows, function (row) {
			      row.hidden = only.checked && row.getAttribute('data-errors') === '0';
			      count += row.hidden ? 0 : 1;
			    });
			    shown.textContent = (only.checked ? '有错误的 ' : '共 ') + count + ' 份';
			  }
			  only.addEventListener('change', filter);
			  filter();
			}());
			""";

	private AuditStyle() {
	}
}
