import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, LanguageClientOptions, ServerOptions, State,
} from 'vscode-languageclient/node';
import { findJava, JavaProbe } from './java';
import { EMPTY_PARAGRAPH_CONTEXT, isEmptyParagraphLine } from './paragraphs';
import { errorQuestion, generatedMessage, GENERATE_DRAFT, SHOW_PROBLEMS } from './generateMessages';
import { RestartPolicy } from './restartPolicy';
import { archiveFileName, classDataSharing, leftoverFiles, makeArchive, processAlive, Sharing } from './classDataSharing';
import { effectiveMode, HINT_MODES, hintMode, visibleHints } from './columnHints';
import { DiagnosticsHold, TypingPause } from './typingHold';
import { openSettingCommand } from './settings';
import { Preview, RenderAnswer } from './preview';
import { generateDocx, importReport as importOnServer, previewHtml, reportSkeleton } from './protocol';
import { serverArgs, serverEnvironment, splitArgs } from './serverCommand';
import { commandTarget, generateArguments, isYear, lastYearsCandidates, reportYear, reportFileName, resolveOutputDirectory } from './targets';

let client: LanguageClient | undefined;
/** Why the server is not running, when it could not be started (no usable Java). */
let notStarted: string | undefined;

/** A clean exit (code 0, as on a deliberate stop or restart) is no error: the library logs every exit as one. */
class NianbaoClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification: boolean | 'force' = 'force'): void {
    if (/^Server process exited with code 0\.?$/.test(message)) {
      this.info('语言服务器已退出（退出码 0）');
      return;
    }
    super.error(message, data, showNotification);
  }
}

/** The command that opens a setting where it applies: a machine setting of a remote window is on the Remote tab. */
function openSetting(id: string): Thenable<unknown> {
  const { command, args } = openSettingCommand(vscode.env.remoteName, id);
  return vscode.commands.executeCommand(command, ...args);
}

/** "The server is not running", and why when that is known. */
function notRunning(what: string): string {
  return `Nianbao 语言服务器未运行，${what}。` + (notStarted ? `原因：${notStarted}` : '');
}
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;
const restarts = new RestartPolicy();

const probe: JavaProbe = {
  isExecutable(file) {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  version(executable) {
    return new Promise(resolve => {
      cp.execFile(executable, ['-version'], { timeout: 10000 }, (error, stdout, stderr) => {
        resolve(error && !stderr ? undefined : `${stderr}${stdout}`);
      });
    });
  },
};

function setStatus(text: string, tooltip: string, error = false): void {
  status.text = text;
  status.tooltip = tooltip;
  status.backgroundColor = error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  status.show();
}

async function startServer(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('nianbao');
  const java = await findJava(config.get<string | null>('java.home'), process.env, process.platform, probe,
    context.asAbsolutePath('jre'));
  if (!java.ok) {
    notStarted = java.message;
    setStatus('$(error) Nianbao', java.message, true);
    const choice = await vscode.window.showErrorMessage(java.message, '打开设置');
    if (choice) {
      await openSetting('nianbao.java.home');
    }
    return;
  }
  notStarted = undefined;
  if (java.settingProblem) {
    const message = `设置 nianbao.java.home 不可用：${java.settingProblem}。现在使用 ${java.source} 中的 Java ${java.version}（${java.executable}）。`;
    output.appendLine(`警告：${message}`);
    void vscode.window.showWarningMessage(message, '打开设置').then(c => c && openSetting('nianbao.java.home'));
  }
  const jar = context.asAbsolutePath(path.join('server', 'nianbao.jar'));
  const vmargs = config.get<string>('server.vmargs');
  output.appendLine(`启动语言服务器：Java ${java.version}（${java.source}：${java.executable}），参数 ${vmargs ?? ''}`);
  const sharing = sharingFor(context, java.executable, splitArgs(vmargs));
  const serverOptions: ServerOptions = {
    command: java.executable,
    args: serverArgs(jar, vmargs, sharing.args),
    options: { env: serverEnvironment(process.env, process.platform) },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'nianbao' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.nianbao') },
    outputChannel: output,
    middleware: {
      provideInlayHints: async (document, range, token, next) => {
        const mode = effectiveMode(hintMode(vscode.workspace.getConfiguration('nianbao', document).get('inlayHints.columns')),
          preview?.visible ?? false);
        if (mode === 'off') {
          return [];
        }
        // answered once typing pauses: till then the hints on screen stay (a newer edit cancels this request)
        if (!await typingPause.paused(document.uri.toString(), Date.now, ms => new Promise(r => setTimeout(r, ms)),
          () => token.isCancellationRequested)) {
          return [];
        }
        const hints = await next(document, range, token);
        return hints ? visibleHints(hints, mode, vscode.languages.getDiagnostics(document.uri).map(d => d.range)) : hints;
      },
      handleDiagnostics: (uri, diagnostics, next) =>
        diagnosticsHold.received(uri.toString(), diagnostics, d => next(uri, d), Date.now()),
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        if (restarts.shouldRestart(Date.now())) {
          output.appendLine('语言服务器意外退出，正在重新启动……');
          return { action: CloseAction.Restart };
        }
        const message = '语言服务器多次意外退出，已停止重启。请查看服务器日志，修正后运行“Nianbao: Restart Language Server”。';
        setStatus('$(error) Nianbao', message, true);
        void vscode.window.showErrorMessage(message, '查看日志').then(c => c && output.show());
        return { action: CloseAction.DoNotRestart };
      },
    },
  };
  client = new NianbaoClient('nianbao', 'Nianbao 年报', serverOptions, clientOptions);
  client.onDidChangeState(e => {
    if (e.newState === State.Running) {
      setStatus('$(check) Nianbao', `语言服务器运行中（Java ${java.version}，${java.source}）`);
    } else if (e.newState === State.Starting) {
      setStatus('$(sync~spin) Nianbao', '语言服务器启动中……');
    } else {
      setStatus('$(circle-slash) Nianbao', '语言服务器已停止');
    }
  });
  setStatus('$(sync~spin) Nianbao', '语言服务器启动中……');
  await client.start();
  if (sharing.kind === 'record') {
    const { classList, archive } = sharing;
    recordedClassList = classList;
    // once the editor is idle: the list then holds what start-up and the first checks loaded
    setTimeout(() => {
      void makeArchive(java.executable, jar, classList, archive).then(made => {
        output.appendLine(made ? `已生成类数据共享存档（下次启动更快）：${archive}` : '警告：未能生成类数据共享存档，下次启动时再试');
        fs.rmSync(classList, { force: true });
        recordedClassList = undefined;
      });
    }, ARCHIVE_DELAY_MS);
  }
}

const ARCHIVE_DELAY_MS = 60_000;

/** The class list this window's server writes until the archive is made; removed at the latest when the window closes. */
let recordedClassList: string | undefined;

function removeClassList(): void {
  if (recordedClassList) {
    fs.rmSync(recordedClassList, { force: true });
    recordedClassList = undefined;
  }
}

/** Lists and half-made archives of windows that closed too early (or crashed) before theirs was made. */
function removeLeftovers(folder: string): void {
  try {
    for (const name of leftoverFiles(fs.readdirSync(folder), processAlive)) {
      fs.rmSync(path.join(folder, name), { force: true });
    }
  } catch {
    // nothing to clean, or the folder is not there yet
  }
}

function sharingFor(context: vscode.ExtensionContext, javaExecutable: string, vmargs: string[]):
  Sharing & { archive: string } {
  try {
    const folder = context.globalStorageUri.fsPath;
    fs.mkdirSync(folder, { recursive: true });
    removeLeftovers(folder);
    const real = fs.realpathSync(javaExecutable);
    const version = String(context.extension.packageJSON.version ?? '0');
    const archive = path.join(folder, archiveFileName(version, real, fs.statSync(real).mtimeMs));
    return { ...classDataSharing(archive, fs.existsSync(archive), vmargs), archive };
  } catch (e) {
    output.appendLine(`警告：不使用类数据共享（CDS）：${e instanceof Error ? e.message : String(e)}`);
    return { kind: 'none', args: [], archive: '' };
  }
}

async function stopServer(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop().catch(() => undefined);
  }
}

async function restartServer(context: vscode.ExtensionContext): Promise<void> {
  restarts.reset();
  await stopServer();
  serverReady = startServer(context);
  await serverReady;
}

async function generate(argument: unknown): Promise<void> {
  const target = commandTarget(argument, vscode.window.activeTextEditor?.document.uri);
  if (!target) {
    void vscode.window.showWarningMessage('请先打开或选中一个 .nianbao 报告文件。');
    return;
  }
  if (!client || client.state !== State.Running) {
    void vscode.window.showErrorMessage(notRunning('无法生成 Word 文档'));
    return;
  }
  const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === target.toString());
  if (document?.isDirty) {
    await document.save();
  }
  const diagnostics = vscode.languages.getDiagnostics(target);
  const errors = diagnostics.filter(d => d.severity === vscode.DiagnosticSeverity.Error);
  let force = false;
  if (errors.length > 0) {
    const question = errorQuestion(errors.map(e => ({ line: e.range.start.line, message: e.message })));
    // the first button is the dialog's default: the safe one
    const choice = await vscode.window.showWarningMessage(question.message, { modal: true, detail: question.detail },
      SHOW_PROBLEMS, GENERATE_DRAFT);
    if (choice === SHOW_PROBLEMS) {
      await showFirstProblem(target, errors);
    }
    if (choice !== GENERATE_DRAFT) {
      return;
    }
    force = true;
  }
  const warnings = diagnostics.filter(d => d.severity === vscode.DiagnosticSeverity.Warning).length;
  // a file opened on its own (no folder): a relative output directory is beside the report
  const folder = vscode.workspace.getWorkspaceFolder(target)?.uri.fsPath ?? path.dirname(target.fsPath);
  const outputDirectory = resolveOutputDirectory(
    vscode.workspace.getConfiguration('nianbao').get<string | null>('output.directory'), folder, path.join, path.isAbsolute);
  const running = client;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: '正在生成 Word 文档……' },
    () => generateDocx(running, generateArguments({ uri: target.toString(), force, outputDirectory })));
  if (!result || !('path' in result)) {
    void vscode.window.showErrorMessage(`生成失败：${result?.error ?? '语言服务器没有返回结果'}`);
    return;
  }
  const docx = vscode.Uri.file(result.path);
  const message = generatedMessage(path.basename(result.path), force, warnings);
  const notify = warnings > 0 || force ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  if (vscode.env.remoteName || vscode.env.uiKind === vscode.UIKind.Web) {
    // opening a file of the remote machine from the browser breaks the page (code-server): show it in the explorer,
    // whose context menu offers 下载… there
    const choice = await notify(`${message}（在资源管理器中右键该文件可下载）`, '在资源管理器中显示');
    if (choice) {
      await vscode.commands.executeCommand('revealInExplorer', docx);
    }
    return;
  }
  const choice = await notify(message, '打开', '在文件夹中显示');
  if (choice === '打开') {
    await vscode.env.openExternal(docx);
  } else if (choice === '在文件夹中显示') {
    await vscode.commands.executeCommand('revealFileInOS', docx);
  }
}

/** The Problems panel, and the cursor on the report's first error. */
async function showFirstProblem(target: vscode.Uri, errors: vscode.Diagnostic[]): Promise<void> {
  const first = [...errors].sort((a, b) => a.range.start.compareTo(b.range.start))[0];
  const editor = await vscode.window.showTextDocument(target, { selection: first.range });
  editor.revealRange(first.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** Sets the context key that lets Enter end a run of paragraphs on an empty "| " line. */
function updateParagraphContext(editor: vscode.TextEditor | undefined): void {
  let empty = false;
  if (editor && editor.document.languageId === 'nianbao' && editor.selections.length === 1 && editor.selection.isEmpty) {
    const at = editor.selection.active;
    empty = isEmptyParagraphLine(editor.document.lineAt(at.line).text, at.character);
  }
  if (empty !== paragraphContext) {
    paragraphContext = empty;
    void vscode.commands.executeCommand('setContext', EMPTY_PARAGRAPH_CONTEXT, empty);
  }
}

let paragraphContext = false;

/** Enter on an empty "| " line: the bar goes, the line stays, and the run of paragraphs ends there. */
async function endParagraphs(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return;
  }
  const line = editor.document.lineAt(editor.selection.active.line);
  if (!isEmptyParagraphLine(line.text, editor.selection.active.character)) {
    await vscode.commands.executeCommand('default:type', { text: '\n' });
    return;
  }
  await editor.edit(edit => edit.delete(line.range));
}

/** Shift+Enter: a new line without the "| " that Enter would continue with. */
async function plainNewLine(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    await editor.edit(edit => editor.selections.forEach(s => edit.replace(s, '\n')));
    editor.revealRange(editor.selection);
  }
}

/** Nianbao: Column Hints…: switches nianbao.inlayHints.columns (user settings) without looking for the setting. */
async function chooseColumnHints(): Promise<void> {
  const config = vscode.workspace.getConfiguration('nianbao');
  const current = hintMode(config.get('inlayHints.columns'));
  const items = HINT_MODES.map(m => ({ ...m, description: m.mode === current ? '当前' : undefined }));
  const picked = await vscode.window.showQuickPick(items, { title: '表格数值前的列名提示', placeHolder: '在哪些行上显示列名' });
  if (picked && picked.mode !== current) {
    await config.update('inlayHints.columns', picked.mode, vscode.ConfigurationTarget.Global);
  }
}

/** Asks the editor for the column hints again (after the setting or, for "errors", the diagnostics changed). */
function refreshInlayHints(): void {
  const feature = client?.getFeature('textDocument/inlayHint');
  for (const editor of vscode.window.visibleTextEditors) {
    feature?.getProvider(editor.document)?.onDidChangeInlayHints.fire();
  }
}

const typingPause = new TypingPause();
const diagnosticsHold = new DiagnosticsHold<vscode.Diagnostic[]>();

function typed(e: vscode.TextDocumentChangeEvent): void {
  if (e.document.languageId !== 'nianbao' || e.contentChanges.length === 0) {
    return;
  }
  const now = Date.now();
  typingPause.changed(e.document.uri.toString(), now);
  diagnosticsHold.changed(e.document.uri.toString(), now);
}

function closed(document: vscode.TextDocument): void {
  typingPause.forget(document.uri.toString());
  diagnosticsHold.forget(document.uri.toString());
}

let preview: Preview | undefined;

/** The server's start (or its failure), which a preview restored at start-up waits for. */
let serverReady: Promise<void> = Promise.resolve();

async function renderPreview(uri: string): Promise<RenderAnswer | undefined> {
  await serverReady.catch(() => undefined);
  if (!client || client.state !== State.Running) {
    return Promise.resolve({ error: notRunning('无法预览') });
  }
  return previewHtml(client, [uri]);
}

/** Opens (or shows) the preview beside the editor of a report, at a source line if given. */
async function openPreview(document: vscode.TextDocument | undefined, line?: number, table = false): Promise<void> {
  if (!document || document.languageId !== 'nianbao') {
    void vscode.window.showWarningMessage('请先打开一个 .nianbao 报告文件。');
    return;
  }
  if (preview) {
    preview.show(document, line, table);
    return;
  }
  preview = Preview.open(document, renderPreview, vscode.ViewColumn.Beside, previewClosed, refreshInlayHints);
  refreshInlayHints();
  if (line !== undefined) {
    preview.show(document, line, table);
  }
}

function previewClosed(): void {
  preview = undefined;
  refreshInlayHints();
}

/** After a window reload: the preview VS Code kept, showing the report it showed (its page's state). */
async function revivePreview(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
  const source = typeof state === 'object' && state && 'source' in state ? (state as { source: unknown }).source : undefined;
  const document = typeof source === 'string'
    ? await vscode.workspace.openTextDocument(vscode.Uri.parse(source)).then(d => d, () => undefined) : undefined;
  if (!document || preview) {
    panel.dispose();
    return;
  }
  preview = Preview.revive(panel, document, renderPreview, previewClosed, refreshInlayHints);
}

/** The code lens over a table: the preview at that table, the table flashed. */
async function openPreviewAt(uri: unknown, line: unknown): Promise<void> {
  if (typeof uri !== 'string' || typeof line !== 'number') {
    return;
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  await openPreview(document, line, true);
}

async function newReport(): Promise<void> {
  const organ = await vscode.window.showInputBox({ prompt: '发布机关全称', placeHolder: '如：某县某镇人民政府', ignoreFocusOut: true });
  if (!organ) {
    return;
  }
  const defaultYear = reportYear(new Date());
  const year = await vscode.window.showInputBox({
    prompt: '报告年度', value: defaultYear, ignoreFocusOut: true,
    validateInput: v => (isYear(v) ? undefined : '请输入四位年份，如 2024'),
  });
  if (!year) {
    return;
  }
  if (!client || client.state !== State.Running) {
    void vscode.window.showErrorMessage(notRunning('无法创建报告'));
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const file = folder ? vscode.Uri.joinPath(folder, reportFileName(organ, year.trim())) : undefined;
  const lastYear = await pickLastYearsReport(organ, year.trim());
  if (lastYear === null) {
    return;
  }
  const text = await reportSkeleton(client, [organ, year.trim(), lastYear?.toString() ?? '', file?.toString() ?? '']);
  if (typeof text !== 'string') {
    void vscode.window.showErrorMessage(`无法创建报告：${text.error}`);
    return;
  }
  if (file) {
    const exists = await vscode.workspace.fs.stat(file).then(() => true, () => false);
    if (!exists) {
      await vscode.workspace.fs.writeFile(file, Buffer.from(text, 'utf8'));
      await vscode.window.showTextDocument(file);
      return;
    }
  }
  const document = await vscode.workspace.openTextDocument({ language: 'nianbao', content: text });
  await vscode.window.showTextDocument(document);
}

/**
 * Last year's report when the workspace has one (then asked: referring to it fills this year's 上年结转 from its
 * 结转下年, as `nianbao new --previous` does); undefined for none, null when the clerk cancelled.
 */
async function pickLastYearsReport(organ: string, year: string): Promise<vscode.Uri | undefined | null> {
  const files = await vscode.workspace.findFiles('**/*.nianbao', '**/node_modules/**', 500);
  const candidates = lastYearsCandidates(files, organ, year);
  if (candidates.length === 0) {
    return undefined;
  }
  const none = { label: '不引用上年报告', description: '上年结转填 0', uri: undefined as vscode.Uri | undefined };
  const items = [...candidates.map(uri => ({
    label: vscode.workspace.asRelativePath(uri), description: '引用上年报告：上年结转取它的结转下年', uri,
  })), none];
  const picked = await vscode.window.showQuickPick(items, { title: `${year} 年度报告：上年（${Number(year) - 1} 年）的报告`, ignoreFocusOut: true });
  return picked ? picked.uri : null;
}

const NEW_REPORT = '新建年度报告（New Annual Report）';

/** Imports a published report (Word, web page, text) beside it as a .nianbao file, and opens that file. */
async function importPublishedReport(resource?: vscode.Uri): Promise<void> {
  let source = resource;
  if (!source) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false, openLabel: '导入',
      filters: { '已发布的年度报告': ['docx', 'doc', 'html', 'htm', 'txt', 'md', 'pdf'] },
    });
    source = picked?.[0];
  }
  if (!source) {
    return;
  }
  if (!client || client.state !== State.Running) {
    void vscode.window.showErrorMessage(notRunning('无法导入'));
    return;
  }
  const running = client;
  const uri = source.toString();
  const request = (overwrite: boolean) => vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: '正在导入……' },
    () => importOnServer(running, [uri, { overwrite }]));
  let result = await request(false);
  if (result?.exists && result.path) {
    const choice = await vscode.window.showWarningMessage(
      `${path.basename(result.path)} 已存在。覆盖它吗？`, { modal: true }, '覆盖');
    if (choice !== '覆盖') {
      if (result.path.endsWith('.nianbao')) {
        await vscode.window.showTextDocument(vscode.Uri.file(result.path));
      }
      return;
    }
    result = await request(true);
  }
  if (!result || !result.path || result.error) {
    void vscode.window.showErrorMessage(`导入失败：${result?.error ?? '语言服务器没有返回结果'}`);
    return;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(result.path));
  if (result.blankForm) {
    // the template as published: every cell blank, hundreds of problems that say nothing about a report
    const choice = await vscode.window.showInformationMessage(
      `${path.basename(source.fsPath)} 是空白的全国统一格式（表格中没有一个数字），不是已填写的年度报告。要新建本机关的年度报告吗？`,
      NEW_REPORT);
    if (choice === NEW_REPORT) {
      await vscode.commands.executeCommand('nianbao.newReport');
    }
    return;
  }
  const warnings = result.warnings ?? [];
  if (warnings.length > 0) {
    output.appendLine(`导入 ${source.fsPath}：`);
    warnings.forEach(w => output.appendLine(`  ${w}`));
    const choice = await vscode.window.showWarningMessage(
      `已导入。原文有 ${warnings.length} 处与格式不同或需核对（已照印保留）。`, '查看');
    if (choice === '查看') {
      output.show();
    }
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Nianbao 年报');
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = 'nianbao.showServerLog';
  context.subscriptions.push(output, status,
    vscode.commands.registerCommand('nianbao.generateWordDocument', generate),
    vscode.commands.registerCommand('nianbao.newReport', newReport),
    vscode.commands.registerCommand('nianbao.importPublishedReport', importPublishedReport),
    vscode.commands.registerCommand('nianbao.restartServer', () => restartServer(context)),
    vscode.commands.registerCommand('nianbao.showServerLog', () => output.show()),
    vscode.commands.registerCommand('nianbao.openPreviewAt', openPreviewAt),
    vscode.commands.registerCommand('nianbao.chooseColumnHints', chooseColumnHints),
    vscode.commands.registerCommand('nianbao.endParagraphs', endParagraphs),
    vscode.commands.registerCommand('nianbao.plainNewLine', plainNewLine),
    vscode.workspace.onDidChangeTextDocument(typed),
    vscode.workspace.onDidCloseTextDocument(closed),
    vscode.window.onDidChangeTextEditorSelection(e => updateParagraphContext(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(updateParagraphContext),
    vscode.commands.registerCommand('nianbao.openPreviewToSide',
      (uri?: vscode.Uri) => uri instanceof vscode.Uri
        ? vscode.workspace.openTextDocument(uri).then(d => openPreview(d))
        : openPreview(vscode.window.activeTextEditor?.document)),
    { dispose: () => preview?.dispose() },
    vscode.window.registerWebviewPanelSerializer(Preview.viewType, { deserializeWebviewPanel: revivePreview }),
    { dispose: removeClassList },
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('nianbao.java.home') || e.affectsConfiguration('nianbao.server.vmargs')) {
        void restartServer(context);
      } else if (e.affectsConfiguration('nianbao.inlayHints.columns')) {
        refreshInlayHints();
      }
    }),
    vscode.languages.onDidChangeDiagnostics(() => {
      if (effectiveMode(hintMode(vscode.workspace.getConfiguration('nianbao').get('inlayHints.columns')),
        preview?.visible ?? false) === 'errors') {
        refreshInlayHints();
      }
    }));
  // a preview VS Code restores after a reload asks for its rendering while the server still starts: it waits for this
  serverReady = startServer(context);
  await serverReady;
}

export function deactivate(): Thenable<void> | undefined {
  const stopping = client?.stop();
  // the server may still write to the list while it stops: remove it after
  return stopping ? stopping.then(removeClassList, removeClassList) : (removeClassList(), undefined);
}
