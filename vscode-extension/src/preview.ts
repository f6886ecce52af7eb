// The live preview: the report as the server renders it (the same renderer as `generate --format html`), in a
// webview beside the editor. Follows typing (debounced), the cursor (scrolls to the element of the source line),
// and clicks (moves the cursor to the clicked element's source). A report with syntax errors keeps the last good
// rendering under a banner. Strict Content-Security-Policy: no remote resources, script and style only by nonce.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { PreviewResult } from './protocol';
import { PreviewContent } from './previewContent';
import { shell } from './previewPage';

export type RenderAnswer = PreviewResult;
export type Render = (uri: string) => Promise<RenderAnswer | undefined>;

const REFRESH_DELAY_MS = 300;

export class Preview implements vscode.Disposable {
  private static readonly viewType = 'nianbao.preview';
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly content: PreviewContent;
  private timer: NodeJS.Timeout | undefined;

  private constructor(private document: vscode.TextDocument, private readonly render: Render, column: vscode.ViewColumn,
    private readonly onDispose: () => void) {
    this.content = new PreviewContent(document.uri.toString());
    this.panel = vscode.window.createWebviewPanel(Preview.viewType, title(document), { viewColumn: column, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true });
    this.panel.webview.html = shell(randomBytes(16).toString('base64'));
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage(message => this.received(message)),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document.uri.toString() === this.document.uri.toString()) {
          this.schedule();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection(e => {
        if (e.textEditor.document.uri.toString() === this.document.uri.toString() && e.kind !== undefined) {
          void this.panel.webview.postMessage({ type: 'reveal', line: e.selections[0].active.line + 1 });
        }
      }),
      vscode.window.onDidChangeActiveTextEditor(editor => {
        if (editor && editor.document.languageId === 'nianbao' && editor.document !== this.document) {
          this.switchTo(editor.document);
        }
      }));
    void this.panel.webview.postMessage(this.content.switchTo(this.content.current, name(document)));
    this.schedule(0);
  }

  static open(document: vscode.TextDocument, render: Render, column: vscode.ViewColumn, onDispose: () => void): Preview {
    return new Preview(document, render, column, onDispose);
  }

  /** Shows the preview of a report; at a source line (1-based in the page), or at the table of the part there. */
  show(document: vscode.TextDocument, line?: number, table = false): void {
    if (document.uri.toString() !== this.document.uri.toString()) {
      this.switchTo(document);
    }
    this.panel.reveal(undefined, true);
    if (line !== undefined) {
      void this.panel.webview.postMessage({ type: 'reveal', line: line + 1, table, flash: table });
    }
  }

  /** At once the other report's last rendering or a neutral state, never the report shown before. */
  private switchTo(document: vscode.TextDocument): void {
    this.document = document;
    this.panel.title = title(document);
    void this.panel.webview.postMessage(this.content.switchTo(document.uri.toString(), name(document)));
    this.schedule(0);
  }

  private schedule(delay = REFRESH_DELAY_MS): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const asked = this.content.begin();
    const answer = await this.render(asked.uri).catch(e => ({ error: String(e) }) as RenderAnswer);
    const message = this.content.accept(asked, answer);
    if (message) {
      void this.panel.webview.postMessage(message);
    }
  }

  private async received(message: { type?: string; line?: number }): Promise<void> {
    if (message.type === 'click' && typeof message.line === 'number') {
      const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.document.uri.toString());
      const shown = await vscode.window.showTextDocument(this.document, { viewColumn: editor?.viewColumn ?? vscode.ViewColumn.One });
      const position = new vscode.Position(Math.max(0, message.line - 1), 0);
      shown.selection = new vscode.Selection(position, position);
      shown.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.disposables.forEach(d => d.dispose());
    this.disposables.length = 0;
    this.panel.dispose();
    this.onDispose();
  }
}

function name(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() ?? '';
}

function title(document: vscode.TextDocument): string {
  return `预览 ${name(document)}`;
}
