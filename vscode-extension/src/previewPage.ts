// The preview's page in the webview: a shell that receives the server's rendering by message, so typing does not
// reload (and flicker) the page. Content-Security-Policy: nothing from elsewhere, script and style only with the nonce.
/** The page: the renderer's style arrives with the first rendering; everything by nonce, nothing from elsewhere. */
export function shell(nonce: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">
html, body { background: #e8e8e6 !important; color: #000; margin: 0; padding: 0; }
#banner { display: none; position: sticky; top: 0; z-index: 1; padding: .5em 1em; background: #fff4ce; color: #5c4400;
  border-bottom: 1px solid #e0c060; font: 13px/1.5 sans-serif; }
#banner.shown { display: block; }
.flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { background-color: #fff3a0; outline: 3px solid #e0b000; } to { background-color: transparent; outline: 3px solid transparent; } }
/* beside the editor (about 526 px with the sidebar open) the wide tables fit: smaller type, narrower cells, headers
   that wrap; what still does not fit scrolls under a scrollbar that can be seen */
@media (max-width: 720px) {
  #report .report { margin: 0 auto; padding: 1em .6em; }
  #report table.dense { min-width: 0; font-size: 7.5pt; }
  #report table.dense th, #report table.dense td { padding: .15em .1em; overflow-wrap: anywhere; }
}
#report .scroll { overflow-x: auto; scrollbar-width: auto; scrollbar-color: #8a8a8a #dcdcdc; }
#report .scroll::-webkit-scrollbar { height: 12px; }
#report .scroll::-webkit-scrollbar-track { background: #dcdcdc; }
#report .scroll::-webkit-scrollbar-thumb { background: #8a8a8a; border-radius: 6px; }
#report .loading { margin: 3em auto; text-align: center; color: #666; font: 14px/1.5 sans-serif; }
</style>
<style nonce="${nonce}" id="report-style"></style>
</head>
<body>
<div id="banner" role="status"></div>
<div id="report"></div>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
const report = document.getElementById('report');
const banner = document.getElementById('banner');
const style = document.getElementById('report-style');
let pending = null; // a reveal asked before the report's rendering arrived
// after a window reload VS Code restores the panel with this state (see the webview serializer)
function remember(source) { vscode.setState({ source }); }
function reveal(message) {
  let best = null;
  for (const element of report.querySelectorAll('[data-line]')) {
    const at = Number(element.dataset.line);
    // the first of a line's elements: a table row before its cells, so a wide table is not scrolled sideways
    if (at <= message.line && (!best || at > Number(best.dataset.line))) best = element;
  }
  if (!best) return false;
  // the code lens over a table: its part's heading at the top, the table under it flashed
  const target = (message.table && best.closest('section')?.querySelector('table')) || best;
  best.scrollIntoView({ block: message.table ? 'start' : 'center' });
  if (message.flash) { target.classList.remove('flash'); void target.offsetWidth; target.classList.add('flash'); }
  return true;
}
window.addEventListener('message', event => {
  const message = event.data;
  if (message.type === 'render') {
    const sameReport = document.body.dataset.source === message.source && document.body.dataset.state === 'shown';
    const y = window.scrollY;
    if (message.css && style.textContent !== message.css) style.textContent = message.css;
    report.innerHTML = message.html;
    banner.className = '';
    document.body.dataset.errors = String(message.errors);
    document.body.dataset.source = message.source;
    document.body.dataset.state = 'shown';
    remember(message.source);
    if (pending && reveal(pending)) pending = null;
    else window.scrollTo(0, sameReport ? y : 0);
  } else if (message.type === 'loading') {
    report.innerHTML = '';
    const note = document.createElement('p');
    note.className = 'loading';
    note.textContent = '正在生成 ' + message.name + ' 的预览……';
    report.appendChild(note);
    banner.className = '';
    document.body.dataset.source = message.source;
    document.body.dataset.state = 'loading';
  } else if (message.type === 'banner') {
    banner.textContent = message.message;
    banner.className = 'shown';
  } else if (message.type === 'reveal') {
    pending = document.body.dataset.state === 'shown' && reveal(message) ? null : message;
  }
});
report.addEventListener('click', event => {
  const element = event.target.closest('[data-line]');
  // a cell carries the offset of its value in the source: the cursor goes there, not to the start of the row
  if (element) vscode.postMessage({ type: 'click', line: Number(element.dataset.line),
    offset: element.dataset.offset === undefined ? undefined : Number(element.dataset.offset) });
});
</script>
</body>
</html>`;
}
