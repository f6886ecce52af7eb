// The server's workspace commands as the extension calls them: ids, arguments and results in one place.
// The Java side is language.ide's org.nianbao.ide.commands.NianbaoCommands (the preview's answer: ide.preview.
// PreviewRendering); test/protocol.test.ts checks the two.

/** The commands the server offers (workspace/executeCommand). */
export const SERVER_COMMANDS = {
  generateDocx: 'nianbao.generateDocx',
  reportSkeleton: 'nianbao.reportSkeleton',
  previewHtml: 'nianbao.previewHtml',
  importReport: 'nianbao.importReport',
  /** Run by the language client after the quick fix 说明原因… (the cursor to the reason); the extension never calls it. */
  reasonCursor: 'nianbao.reasonCursor',
} as const;

/** nianbao.generateDocx [uri, options]: force past errors; outputDirectory instead of beside the report. */
export interface GenerateOptions {
  force: boolean;
  outputDirectory?: string;
}
export const GENERATE_OPTION_KEYS: readonly (keyof GenerateOptions)[] = ['force', 'outputDirectory'];
export type GenerateArguments = [uri: string, options: GenerateOptions];

/** Where the document went (errors > 0 when forced), or why it was not written (errors when refused for them). */
export type GenerateResult = { path: string; errors: number } | { error: string; errors?: number };
export const GENERATE_RESULT_KEYS = ['path', 'errors', 'error'] as const;

/**
 * nianbao.reportSkeleton [organ, year, lastYearsUri?, targetUri?]: a new report's text (with last year's report:
 * referring to it relative to the target, its 结转下年 carried over), or {error}.
 */
export type SkeletonArguments = [organ: string, year: string, lastYearsUri?: string, targetUri?: string];
export type SkeletonResult = string | { error: string };

/** nianbao.previewHtml [uri]: the page's article and style, or where the first syntax error is, or {error}. */
export type PreviewArguments = [uri: string];
export type PreviewResult = {
  html?: string; css?: string; errors?: number; syntaxError?: string; line?: number; error?: string;
};
export const PREVIEW_RESULT_KEYS = ['html', 'css', 'errors', 'syntaxError', 'line', 'error'] as const;

/** nianbao.importReport [uri, {overwrite}]: a published report (.docx, .doc, .html, .txt) imported beside it. */
export type ImportArguments = [uri: string, options: { overwrite: boolean }];
export const IMPORT_OPTION_KEYS = ['overwrite'] as const;
/**
 * The new file and what differs from the form; or {error, exists, path} when that file (or a picture it would write)
 * is there and not overwritten.
 */
export type ImportResult = { path?: string; warnings?: string[]; error?: string; exists?: boolean; blankForm?: boolean };
export const IMPORT_RESULT_KEYS = ['path', 'warnings', 'error', 'exists', 'blankForm'] as const;

/** What sends a request to the server: the language client. */
export interface RequestSender {
  sendRequest(method: string, params: unknown): Promise<unknown>;
}

function execute(client: RequestSender, command: string, args: unknown[]): Promise<unknown> {
  return client.sendRequest('workspace/executeCommand', { command, arguments: args });
}

export async function generateDocx(client: RequestSender, args: GenerateArguments): Promise<GenerateResult | undefined> {
  return await execute(client, SERVER_COMMANDS.generateDocx, args) as GenerateResult | undefined;
}

export async function previewHtml(client: RequestSender, args: PreviewArguments): Promise<PreviewResult> {
  return await execute(client, SERVER_COMMANDS.previewHtml, args) as PreviewResult;
}

export async function reportSkeleton(client: RequestSender, args: SkeletonArguments): Promise<SkeletonResult> {
  return await execute(client, SERVER_COMMANDS.reportSkeleton, args) as SkeletonResult;
}

export async function importReport(client: RequestSender, args: ImportArguments): Promise<ImportResult | undefined> {
  return await execute(client, SERVER_COMMANDS.importReport, args) as ImportResult | undefined;
}
