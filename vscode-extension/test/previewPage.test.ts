import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { shell } from '../src/previewPage';

test('the preview page loads nothing from elsewhere and runs only what carries its nonce', () => {
  const page = shell('abc123');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'nonce-abc123'/);
  assert.match(csp, /style-src 'nonce-abc123'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
  assert.doesNotMatch(page, /(src|href)="https?:/);
  for (const tag of page.match(/<(script|style)\b[^>]*>/g) ?? []) {
    assert.match(tag, /nonce="abc123"/, tag);
  }
  assert.doesNotMatch(page, /\sstyle="/, 'no inline style attributes (the policy would block them)');
});

test('the page stays paper-white whatever the theme', () => {
  assert.match(shell('n'), /html, body \{ background: #e8e8e6 !important; color: #000;/);
});
