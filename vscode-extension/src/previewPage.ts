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
@keyframes flash { from { background-color: #fff3a0; } to { background-color: transparent; } }
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
let revealLine = 0;
function reveal(line, flash) {
  let best = null;
  for (const element of report.querySelectorAll('[data-line]')) {
    const at = Number(element.dataset.line);
    if (at <= line && (!best || at >= Number(best.dataset.line))) best = element;
  }
  if (best) {
    best.scrollIntoView({ block: 'center' });
    if (flash) { best.classList.remove('flash'); void best.offsetWidth; best.classList.add('flash'); }
  }
}
window.addEventListener('message', event => {
  const message = event.data;
  if (message.type === 'render') {
    const y = window.scrollY;
    if (message.css && style.textContent !== message.css) style.textContent = message.css;
    report.innerHTML = message.html;
    banner.className = '';
    document.body.dataset.errors = String(message.errors);
    window.scrollTo(0, y);
  } else if (message.type === 'banner') {
    banner.textContent = message.message;
    banner.className = 'shown';
  } else if (message.type === 'reveal') {
    revealLine = message.line;
    reveal(message.line, false);
  }
});
report.addEventListener('click', event => {
  const element = event.target.closest('[data-line]');
  if (element) vscode.postMessage({ type: 'click', line: Number(element.dataset.line) });
});
</script>
</body>
</html>`;
}
