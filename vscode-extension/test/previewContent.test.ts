import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { PreviewContent } from '../src/previewContent';

const a = 'file:///w/a.nianbao';
const b = 'file:///w/b.nianbao';

test('switching to a report never shown shows a neutral state at once, not the report shown before', () => {
  const content = new PreviewContent(a);
  const asked = content.begin();
  assert.equal(content.accept(asked, { html: '<h1>A</h1>', css: '' })?.type, 'render');
  assert.deepEqual(content.switchTo(b, 'b.nianbao'), { type: 'loading', source: b, name: 'b.nianbao' });
});

test('a rendering of the report shown before that arrives after the switch is dropped', () => {
  const content = new PreviewContent(a);
  const askedForA = content.begin();
  content.switchTo(b, 'b.nianbao');
  assert.equal(content.accept(askedForA, { html: '<h1>A</h1>' }), undefined);
  const askedForB = content.begin();
  assert.deepEqual(content.accept(askedForB, { html: '<h1>B</h1>', errors: 2 }),
    { type: 'render', html: '<h1>B</h1>', css: undefined, errors: 2, source: b });
});

test('an older rendering of the same report is dropped when a newer one was asked for', () => {
  const content = new PreviewContent(a);
  const first = content.begin();
  const second = content.begin();
  assert.equal(content.accept(first, { html: 'old' }), undefined);
  assert.equal(content.accept(second, { html: 'new' })?.type, 'render');
});

test('switching back shows that report\'s last rendering at once', () => {
  const content = new PreviewContent(a);
  content.accept(content.begin(), { html: '<h1>A</h1>', errors: 1 });
  content.switchTo(b, 'b.nianbao');
  assert.deepEqual(content.switchTo(a, 'a.nianbao'), { type: 'render', html: '<h1>A</h1>', css: undefined, errors: 1, source: a });
});

test('a syntax error keeps the last good rendering under a banner that says so', () => {
  const content = new PreviewContent(a);
  assert.deepEqual(content.accept(content.begin(), { syntaxError: '第 3 行：语法错误' }), { type: 'banner', message: '第 3 行：语法错误' });
  content.accept(content.begin(), { html: 'good' });
  assert.deepEqual(content.accept(content.begin(), { syntaxError: '第 3 行：语法错误' }),
    { type: 'banner', message: '第 3 行：语法错误——下面是上次正确时的样子' });
});
