// What the preview's page is told to show, and when: never another report's content. Switching to another report
// shows that report's last rendering at once (or a neutral "rendering" state), and an answer that arrives for the
// report shown before (or for an older edit) is dropped. No VS Code API here, so the rules are unit-tested.
import { PreviewResult } from './protocol';

export type PageMessage =
  | { type: 'render'; html: string; css?: string; errors: number; source: string }
  | { type: 'loading'; source: string; name: string }
  | { type: 'banner'; message: string };

const REMEMBERED = 8;

export class PreviewContent {
  private uri: string;
  private ticket = 0;
  private readonly last = new Map<string, Extract<PageMessage, { type: 'render' }>>();

  constructor(uri: string) {
    this.uri = uri;
  }

  get current(): string {
    return this.uri;
  }

  /** Another report: what to show until its rendering arrives; renderings under way are outdated from now on. */
  switchTo(uri: string, name: string): PageMessage {
    this.uri = uri;
    this.ticket++;
    return this.last.get(uri) ?? { type: 'loading', source: uri, name };
  }

  /** A rendering is asked for the current report: its ticket. */
  begin(): { ticket: number; uri: string } {
    return { ticket: ++this.ticket, uri: this.uri };
  }

  /** The answer to a rendering: what to post, or nothing when it is outdated (another report, or a newer edit). */
  accept(asked: { ticket: number; uri: string }, answer: PreviewResult | undefined): PageMessage | undefined {
    if (asked.ticket !== this.ticket || asked.uri !== this.uri || !answer) {
      return undefined;
    }
    if (answer.html !== undefined) {
      const message = { type: 'render' as const, html: answer.html, css: answer.css, errors: answer.errors ?? 0, source: asked.uri };
      this.last.delete(asked.uri);
      this.last.set(asked.uri, message);
      if (this.last.size > REMEMBERED) {
        this.last.delete(this.last.keys().next().value as string);
      }
      return message;
    }
    const reason = answer.syntaxError ?? answer.error ?? '无法预览';
    return { type: 'banner', message: this.last.has(asked.uri) ? `${reason}——下面是上次正确时的样子` : reason };
  }
}
