// Inspect a container: its document, its environment and its processes, as tabs of one view.
import { classifyError, describeError } from '../docker/errors.js';
import { documentLines, envLines } from '../render/inspectLines.js';
import { selectedContainer } from '../store/selectors.js';
import type { InspectView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';
import { say } from './containerTargets.js';

export async function inspect(ctx: ActionContext): Promise<void> {
  const container = selectedContainer(ctx.getState());
  if (!container) return say(ctx, 'no container selected', 'error');
  try {
    const details = await ctx.client.inspectContainer(container.id);
    const tabs = {
      inspect: documentLines(details.raw),
      env: envLines(details.env),
      top: [details.running ? 'reading the processes…' : `${details.name} is not running: no processes`],
    };
    const view: InspectView = {
      kind: 'inspect',
      containerId: details.id,
      name: details.name,
      tab: 'inspect',
      tabs,
      lines: tabs.inspect,
      top: 0,
      search: '',
      searching: false,
    };
    ctx.dispatch({ type: 'view/push', view });
  } catch (error) {
    say(ctx, `inspecting ${container.name} failed: ${describeError(classifyError(error))}`, 'error');
  }
}
