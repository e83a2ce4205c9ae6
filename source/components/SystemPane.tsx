// The engine itself: version, host, counts, storage, and disk usage as `docker system df` shows it.
import { Table } from '@alcalzone/ink-table';
import { Box, Text } from 'ink';
import { formatBytes } from '../render/format.js';
import { inert } from '../render/sanitize.js';
import { fitWidth } from '../render/text.js';
import type { State } from '../store/state.js';
import { useTheme } from './ThemeContext.js';

export function systemFacts(state: State, endpoint: string): [string, string][] {
  const { info } = state.system;
  const version = state.engine.version;
  if (!info) return [];
  return [
    ['Engine', `${info.serverVersion} (API ${version?.apiVersion ?? '?'}) on ${info.name}`],
    ['Endpoint', endpoint],
    [
      'Host',
      `${info.os} · kernel ${info.kernel} · ${info.arch} · ${info.cpus} CPUs · ${formatBytes(info.memTotal)}`,
    ],
    [
      'Containers',
      `${info.containers} (${info.running} running, ${info.paused} paused, ${info.stopped} stopped) · ${info.images} images`,
    ],
    [
      'Storage',
      `${info.storageDriver} in ${info.rootDir} · logging ${info.loggingDriver} · cgroup ${info.cgroup}`,
    ],
    ['Swarm', info.swarmManager ? `${info.swarm} (manager)` : info.swarm],
    ...info.warnings.slice(0, 2).map((w): [string, string] => ['Warning', w]),
  ];
}

export function SystemPane({
  state,
  endpoint,
  width,
  height,
}: {
  state: State;
  endpoint: string;
  width: number;
  height: number;
}) {
  const theme = useTheme();
  const facts = systemFacts(state, endpoint);
  const { disk, error } = state.system;
  const diskRows = (disk?.rows ?? []).map((r) => ({
    TYPE: r.type,
    TOTAL: r.total,
    ACTIVE: r.active,
    SIZE: formatBytes(r.size),
    RECLAIMABLE: `${formatBytes(r.reclaimable)} (${r.size ? Math.round((r.reclaimable / r.size) * 100) : 0}%)`,
  }));
  // the table needs 3 + 2 lines per row; leave it out when the terminal is too short for it
  const tableFits = diskRows.length > 0 && facts.length + 2 + 3 + diskRows.length * 2 <= height;
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {facts.length === 0 && (
        <Text color={error ? theme.error : theme.muted} wrap="truncate">
          {fitWidth(
            `  ${error ? `cannot read the engine's info: ${inert(error)}` : 'asking the engine…'}`,
            width,
          )}
        </Text>
      )}
      {facts.map(([k, v]) => (
        <Text key={k} wrap="truncate">
          <Text color={theme.muted}>{fitWidth(`  ${k}`, 13)}</Text>
          {fitWidth(inert(v), Math.max(0, width - 13))}
        </Text>
      ))}
      {tableFits && (
        <Box flexDirection="column" marginTop={1} marginLeft={2}>
          <Table data={diskRows} />
        </Box>
      )}
    </Box>
  );
}
