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
  static readonly viewType = 'nianbao.preview';
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly content: PreviewContent;
  private timer: NodeJS.Timeout | undefined;

  private constructor(private document: vscode.TextDocument, private readonly render: Render,
    panel: vscode.WebviewPanel, private readonly onDispose: () => void, onVisibility: () => void) {
    this.content = new PreviewContent(document.uri.toString());
    this.panel = panel;
    this.panel.title = title(document);
    this.panel.webview.options = OPTIONS;
    this.panel.webview.html = shell(randomBytes(16).toString('base64'));
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.onDidChangeViewState(() => onVisibility()),
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

  static open(document: vscode.TextDocument, render: Render, column: vscode.ViewColumn, onDispose: () => void,
    onVisibility: () => void): Preview {
    const panel = vscode.window.createWebviewPanel(Preview.viewType, title(document), { viewColumn: column, preserveFocus: true },
      { ...OPTIONS, retainContextWhenHidden: true });
    return new Preview(document, render, panel, onDispose, onVisibility);
  }

  /** The panel VS Code restored after a reload (its webview serializer), showing the report it showed. */
  static revive(panel: vscode.WebviewPanel, document: vscode.TextDocument, render: Render, onDispose: () => void,
    onVisibility: () => void): Preview {
    return new Preview(document, render, panel, onDispose, onVisibility);
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
    let cancelled = false;
    const answer = await this.render(asked.uri).catch(e => {
      cancelled = isCancellation(e);
      return { error: String(e) } as RenderAnswer;
    });
    if (cancelled) {
      // the server gave the request up for a newer edit (or a file written beside): ask again, show no error
      this.schedule();
      return;
    }
    const message = this.content.accept(asked, answer);
    if (message) {
      void this.panel.webview.postMessage(message);
    }
  }

  private async received(message: { type?: string; line?: number; offset?: number }): Promise<void> {
    if (message.type === 'click' && typeof message.line === 'number') {
      const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.document.uri.toString());
      const shown = await vscode.window.showTextDocument(this.document, { viewColumn: editor?.viewColumn ?? vscode.ViewColumn.One });
      // the offset of the clicked cell's value, if it still stands on the line the page knows
      const at = typeof message.offset === 'number' ? shown.document.positionAt(message.offset) : undefined;
      const position = at && at.line === message.line - 1 ? at : new vscode.Position(Math.max(0, message.line - 1), 0);
      shown.selection = new vscode.Selection(position, position);
      shown.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  /** Whether the preview is on screen (beside the editor). */
  get visible(): boolean {
    return this.panel.visible;
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

/** LSP's RequestCancelled (-32800), as the language client rejects a request the server cancelled. */
function isCancellation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && ((error as { code?: unknown }).code === -32800
    || /has been cancelled/.test(String((error as { message?: unknown }).message)));
}

const OPTIONS: vscode.WebviewOptions = { enableScripts: true, localResourceRoots: [] };

function name(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() ?? '';
}

function title(document: vscode.TextDocument): string {
  return `预览 ${name(document)}`;
}
