// Keys in the logs view: looked up in the keymap (views: ['logs']), acting on the view (state) and on its
// log session (buffers, streams): move, follow, windows, search and filter, copy (OSC 52), save.
import type { Key } from 'ink';
import { copyToClipboard } from '../clipboard.js';
import { editLine } from '../input/editLine.js';
import { keyName } from '../input/keyName.js';
import { type LogsCommand, lookup } from '../keymap.js';
import { allLines, indexOf, linesBetween } from '../logs/lines.js';
import { cursorIndex, follow, moveTo, scrollBy } from '../logs/navigate.js';
import { logSessions } from '../logs/registry.js';
import { lineAsText, saveLines } from '../logs/save.js';
import { compilePattern } from '../logs/search.js';
import type { Entries, LogSession } from '../logs/session.js';
import { WINDOW_KEYS } from '../logs/windows.js';
import { count } from '../render/format.js';
import type { LogsView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';

const CONTEXTS = [0, 2, 5];

/** The lines the view shows now (the same query the view renders with). */
export function viewEntries(session: LogSession, view: LogsView): Entries {
  const { pattern, inverted } = filterPattern(view.prompt === 'filter' ? view.draft : view.filter);
  return session.entries({
    hidden: view.hidden,
    filter: pattern,
    invert: view.invert !== inverted,
    context: view.context,
  });
}

/** A filter is a regex; a leading ! keeps the lines that do not match (like less's &!). */
export function filterPattern(text: string) {
  const inverted = text.startsWith('!');
  return { ...compilePattern(inverted ? text.slice(1) : text), inverted };
}

function say(ctx: ActionContext, text: string, level: 'info' | 'error' = 'info'): undefined {
  ctx.dispatch({ type: 'status/set', status: { level, text } });
  return undefined;
}

function promptKey(view: LogsView, input: string, key: Key, ctx: ActionContext, session?: LogSession): void {
  const update = (v: LogsView) => ctx.dispatch({ type: 'view/update', view: v });
  if (key.escape) {
    update({ ...view, prompt: undefined, searching: false, draft: '' });
    return;
  }
  if (key.return) {
    const { error } = view.prompt === 'filter' ? filterPattern(view.draft) : compilePattern(view.draft);
    if (error) return; // the prompt shows why; nothing typed is lost
    if (view.prompt === 'filter') {
      update({ ...view, prompt: undefined, searching: false, filter: view.draft, draft: '' });
      return;
    }
    const next = { ...view, prompt: undefined, searching: false, search: view.draft, draft: '' };
    if (!session || !view.draft) {
      update(next);
      return;
    }
    // from the newest line when following (the latest match is the one that matters), else forward
    update(jump(next, session, view.follow ? -1 : 1, ctx, true) ?? next);
    return;
  }
  const draft = editLine(view.draft, input, key);
  if (draft !== undefined) update({ ...view, draft });
}

/** The next (1) or previous (-1) line matching the search, from the cursor, wrapping around. */
function jump(view: LogsView, session: LogSession, direction: 1 | -1, ctx: ActionContext, fromEnd = false) {
  const { pattern, error } = compilePattern(view.search);
  if (error || !pattern) return undefined;
  const { lines } = viewEntries(session, view);
  const n = lines.length;
  if (n === 0) return undefined;
  const start = fromEnd ? n : cursorIndex(lines, view);
  for (let step = 1; step <= n; step++) {
    const i = (((start + direction * step) % n) + n) % n;
    if (lines.matches(i, pattern)) return moveTo(lines, view, i, ctx.viewHeight);
  }
  say(ctx, `no line matches /${view.search}`, 'error');
  return undefined;
}

export function logsViewKey(view: LogsView, input: string, key: Key, ctx: ActionContext): void {
  const session = logSessions.get(view.session);
  if (view.prompt) {
    promptKey(view, input, key, ctx, session);
    return;
  }
  const name = keyName(input, key);
  const binding = lookup(name, ctx.getState().pane, { view: 'logs' });
  if (!binding) return;
  const command = binding.command as LogsCommand;
  const update = (v: LogsView) => ctx.dispatch({ type: 'view/update', view: v });
  if (command === 'logs.close') {
    ctx.dispatch({ type: 'view/pop' });
    return;
  }
  if (!session) return;
  const { lines } = viewEntries(session, view);
  const height = Math.max(1, ctx.viewHeight);
  const at = cursorIndex(lines, view);
  const merged = session.sources.length > 1;
  const asShown = { timestamps: view.timestamps, names: merged, shown: true };

  const next = ((): LogsView | undefined => {
    switch (command) {
      case 'logs.down':
        return moveTo(lines, view, at + 1, height);
      case 'logs.up':
        return moveTo(lines, view, at - 1, height);
      case 'logs.pageDown':
        return scrollBy(lines, view, height, height);
      case 'logs.pageUp':
        return scrollBy(lines, view, -height, height);
      case 'logs.halfDown':
        return scrollBy(lines, view, Math.ceil(height / 2), height);
      case 'logs.halfUp':
        return scrollBy(lines, view, -Math.ceil(height / 2), height);
      case 'logs.top':
        return moveTo(lines, view, 0, height);
      case 'logs.bottom':
        return follow(view);
      case 'logs.follow':
        if (view.follow) return moveTo(lines, view, at, height);
        return follow(view);
      case 'logs.timestamps':
        return { ...view, timestamps: !view.timestamps };
      case 'logs.wrap':
        return { ...view, wrap: !view.wrap };
      case 'logs.window': {
        const window = WINDOW_KEYS[name];
        if (!window || window === view.window) return undefined;
        session.setWindow(window);
        return { ...follow(view), window, mark: undefined };
      }
      case 'logs.search':
        return { ...view, prompt: 'search', searching: true, draft: '' };
      case 'logs.filter':
        return { ...view, prompt: 'filter', searching: true, draft: view.filter };
      case 'logs.invert':
        if (!view.filter) return say(ctx, 'no filter to invert: & sets one');
        return { ...view, invert: !view.invert };
      case 'logs.context': {
        const next = CONTEXTS[(CONTEXTS.indexOf(view.context) + 1) % CONTEXTS.length]!;
        say(ctx, `${next} line${next === 1 ? '' : 's'} of context around filter matches`);
        return { ...view, context: next };
      }
      case 'logs.next':
      case 'logs.previous': {
        if (!view.search) return say(ctx, 'no search: / starts one');
        return jump(view, session, command === 'logs.next' ? 1 : -1, ctx);
      }
      case 'logs.visual': {
        if (view.mark !== undefined) return { ...view, mark: undefined };
        const line = lines.at(at);
        if (!line) return undefined;
        say(ctx, 'range: move to its end, then y copies it (esc cancels)');
        return { ...moveTo(lines, view, at, height), mark: line.uid };
      }
      case 'logs.copy': {
        if (at < 0) return say(ctx, 'nothing to copy yet', 'error');
        let from = at;
        let to = at;
        if (view.mark !== undefined) {
          const m = indexOf(lines, view.mark);
          if (m >= 0) [from, to] = m < at ? [m, at] : [at, m];
        }
        const text = linesBetween(lines, from, to)
          .map((l) => lineAsText(l, session, asShown))
          .join('\n');
        const { bytes, cut } = copyToClipboard(text);
        const n = to - from + 1;
        say(
          ctx,
          `copied ${n === 1 ? 'the line' : `${n} lines`} (${count(bytes)} bytes) to the clipboard${cut ? ', cut to fit' : ''}`,
        );
        return { ...view, mark: undefined };
      }
      case 'logs.copyId': {
        const src = session.sources[lines.at(at)?.src ?? 0];
        if (!src?.id) return say(ctx, 'the container is not known yet', 'error');
        copyToClipboard(`${src.name} ${src.id}`);
        return say(ctx, `copied ${src.name} ${src.id.slice(0, 12)} to the clipboard`);
      }
      case 'logs.save': {
        if (lines.length === 0) return say(ctx, 'nothing to save yet', 'error');
        const names = session.sources.map((s) => s.name).join('+');
        const text = `${allLines(lines)
          .map((l) => lineAsText(l, session, { ...asShown, shown: false }))
          .join('\n')}\n`;
        saveLines(names, text).then(
          (path) => say(ctx, `saved ${count(lines.length)} lines to ${path}`),
          (error: unknown) =>
            say(
              ctx,
              `could not save the logs: ${error instanceof Error ? error.message : String(error)}`,
              'error',
            ),
        );
        return;
      }
      case 'logs.hide': {
        if (!merged) return say(ctx, 'only one container here: h hides one of merged logs');
        const src = session.sources[lines.at(at)?.src ?? -1];
        if (!src) return undefined;
        const id = src.id ?? src.target;
        if (view.hidden.length + 1 >= session.sources.length)
          return say(ctx, 'the last shown container stays');
        say(ctx, `hiding ${src.name} (H shows every container)`);
        return { ...view, hidden: [...view.hidden, id] };
      }
      case 'logs.showAll':
        return { ...view, hidden: [] };
      case 'logs.clear':
        if (view.mark !== undefined) return { ...view, mark: undefined };
        if (view.filter) return { ...view, filter: '', invert: false };
        if (view.search) return { ...view, search: '' };
        ctx.dispatch({ type: 'view/pop' });
        return undefined;
      default:
        return undefined;
    }
  })();
  if (next) update(next);
}
