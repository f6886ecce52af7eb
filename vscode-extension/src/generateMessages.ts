// What the Word generation says before and after: a report with errors is asked about with the safe answer first
// (it becomes a draft marked as such, and the first error is named); a result with warnings says so.

export interface Problem {
  line: number; // 0-based, as VS Code's ranges
  message: string;
}

export const SHOW_PROBLEMS = '查看问题';
export const GENERATE_DRAFT = '仍然生成草稿';

/** The modal question for a report with errors: the message and its detail. */
export function errorQuestion(errors: Problem[]): { message: string; detail: string } {
  const first = [...errors].sort((a, b) => a.line - b.line)[0];
  return {
    message: `报告中有 ${errors.length} 个错误。仍要生成吗？`,
    detail: `生成的将是草稿：每页页眉标明“草稿：报告尚有 ${errors.length} 个错误，不得发布”。\n第一个错误（第 ${first.line + 1} 行）：${first.message}`,
  };
}

/** The message after generating. */
export function generatedMessage(file: string, draft: boolean, warnings: number): string {
  const what = draft ? `已生成草稿 ${file}（报告中有错误，文档已标为草稿）` : `已生成 ${file}`;
  return warnings > 0 ? `${what}。报告中还有 ${warnings} 个警告，请在“问题”面板中核对。` : what;
}
