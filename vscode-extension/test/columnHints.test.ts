import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { effectiveMode, HINT_MODES, hintMode, visibleHints } from '../src/columnHints';

const hint = (line: number) => ({ position: { line } });
const range = (start: number, end = start) => ({ start: { line: start }, end: { line: end } });

test('all shows every hint, off none, errors only those on lines with a problem', () => {
  const hints = [hint(3), hint(3), hint(4), hint(9)];
  assert.deepEqual(visibleHints(hints, 'all', []), hints);
  assert.deepEqual(visibleHints(hints, 'off', [range(3)]), []);
  assert.deepEqual(visibleHints(hints, 'errors', [range(3)]), [hint(3), hint(3)]);
  assert.deepEqual(visibleHints(hints, 'errors', [range(8, 9)]), [hint(9)]);
  assert.deepEqual(visibleHints(hints, 'errors', []), []);
});

test('an unknown or missing setting value means the default, only rows with a problem', () => {
  assert.equal(hintMode(undefined), 'all');
  assert.equal(hintMode('all'), 'all');
  assert.equal(hintMode('bogus'), 'all');
});

test('the mode picker offers every mode of the setting, the default first', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8'));
  const setting = pkg.contributes.configuration.properties['nianbao.inlayHints.columns'];
  assert.deepEqual(HINT_MODES.map(m => m.mode).sort(), [...setting.enum].sort());
  assert.equal(HINT_MODES[0].mode, setting.default);
  assert.equal(hintMode(undefined), setting.default);
});

test('with the preview beside the editor, hints on every row become hints on rows with a problem', () => {
  assert.equal(effectiveMode('all', true), 'errors');
  assert.equal(effectiveMode('all', false), 'all');
  assert.equal(effectiveMode('off', true), 'off');
  assert.equal(effectiveMode('errors', false), 'errors');
});
