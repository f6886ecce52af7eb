import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorQuestion, generatedMessage } from '../src/generateMessages';

test('the question for a report with errors says it will be a marked draft and names the first error', () => {
  const q = errorQuestion([
    { line: 40, message: '合计不符：应为 43' },
    { line: 7, message: '正文段落要以“| ”开头' },
  ]);
  assert.equal(q.message, '报告中有 2 个错误。仍要生成吗？');
  assert.match(q.detail, /草稿：报告尚有 2 个错误，不得发布/);
  assert.match(q.detail, /第一个错误（第 8 行）：正文段落要以“\| ”开头$/);
});

test('after generating, warnings and a draft are said', () => {
  assert.equal(generatedMessage('a.docx', false, 0), '已生成 a.docx');
  assert.match(generatedMessage('a.docx', false, 3), /^已生成 a\.docx。报告中还有 3 个警告/);
  assert.match(generatedMessage('a.docx', true, 0), /^已生成草稿 a\.docx/);
});
