import { describe, expect, it } from 'vitest';
import { toContainer } from '../../source/docker/containers.js';
import { COLUMN_GAP, type ColumnSpec, layoutColumns } from '../../source/render/columns.js';
import { CONTAINER_COLUMNS, containerCells } from '../../source/render/containerRow.js';
import { formatPorts, shortId } from '../../source/render/format.js';
import { inert } from '../../source/render/sanitize.js';
import { displayWidth, fitWidth, truncate } from '../../source/render/text.js';
import { scrollTop } from '../../source/render/window.js';
import { byName, recordedContainers } from './fixtures.js';
import { container } from './make.js';

describe('containerCells (k9s-style renderer test on recorded JSON)', () => {
  it('renders each recorded container into its row', () => {
    const rows = recordedContainers().map((c) => containerCells(toContainer(c)));
    expect(rows.find((r) => r.name === 'p-net')).toEqual({
      name: 'p-net',
      image: 'berth-test:latest',
      state: 'running',
      status: 'Up 10 seconds',
      ports: '127.0.0.1:18082→80',
    });
    expect(rows.find((r) => r.name === 'failed-job')).toMatchObject({
      state: 'exited',
      status: 'Exited (3) 3 seconds ago',
      ports: '',
    });
    expect(rows.find((r) => r.name === 'paused-one')?.status).toBe('Up 3 seconds (Paused)');
  });

  it('shows an image id without its sha256: prefix', () => {
    const c = toContainer({
      ...byName('p-none'),
      Image: 'sha256:eb205c159633d22dfed65230dc0cdc8018d02e2e4fec851c72b0b41227b64825',
    });
    expect(containerCells(c).image).toBe('eb205c159633d22dfed65230dc0cdc8018d02e2e4fec851c72b0b41227b64825');
  });

  it('makes control characters in names, images and status inert', () => {
    const c = container('x', 'running', {
      name: 'a\x1b]52;c;aGk=\x07b',
      image: 'img\x1b[2J',
      status: 'Up\r\n',
    });
    const cells = containerCells(c);
    for (const text of Object.values(cells)) expect(text).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
    expect(cells.name).toBe('a␛]52;c;aGk=␇b');
    expect(cells.image).toBe('img␛[2J');
  });

  it('has a column for every cell', () => {
    expect(CONTAINER_COLUMNS.map((c) => c.key).sort()).toEqual(
      Object.keys(containerCells(container('a'))).sort(),
    );
  });
});

describe('formatPorts', () => {
  it('writes published ports first, the address only when it is not any-address, udp marked', () => {
    expect(
      formatPorts([
        { privatePort: 443, type: 'tcp' },
        { ip: '0.0.0.0', privatePort: 80, publicPort: 8080, type: 'tcp' },
        { ip: '::', privatePort: 80, publicPort: 8080, type: 'tcp' },
        { ip: '127.0.0.1', privatePort: 53, publicPort: 5353, type: 'udp' },
      ]),
    ).toBe('8080→80, 127.0.0.1:5353→53/udp, 443');
    expect(formatPorts([])).toBe('');
  });
});

describe('shortId', () => {
  it('is the first 12 hex digits, without sha256:', () => {
    expect(shortId('sha256:eb205c159633d22dfed6')).toBe('eb205c159633');
    expect(shortId('948c47526071aa4cb46ae0bf')).toBe('948c47526071');
  });
});

describe('inert', () => {
  it('shows escape, C0, DEL and C1 controls as visible stand-ins', () => {
    expect(inert('\x1b[31mred')).toBe('␛[31mred');
    expect(inert('a\tb')).toBe('a b');
    expect(inert('\x00\x07\x08\r\n')).toBe('␀␇␈␍␊');
    expect(inert('\x7f')).toBe('␡');
    expect(inert('\x9b2J')).toBe('�2J');
    expect(inert('plain ünïcødé 日本')).toBe('plain ünïcødé 日本');
  });
});

describe('text fitting', () => {
  it('counts wide characters as two cells', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
  });

  it('truncates with an ellipsis to the width in cells', () => {
    expect(truncate('hello', 10)).toBe('hello');
    expect(truncate('hello world', 5)).toBe('hell…');
    expect(truncate('日本語テキスト', 5)).toBe('日本…');
    expect(displayWidth(truncate('日本語テキスト', 5))).toBeLessThanOrEqual(5);
    expect(truncate('x', 0)).toBe('');
  });

  it('pads or cuts to exactly the width, left or right aligned', () => {
    expect(fitWidth('ab', 5)).toBe('ab   ');
    expect(fitWidth('ab', 5, 'right')).toBe('   ab');
    expect(fitWidth('abcdef', 4)).toBe('abc…');
    expect(displayWidth(fitWidth('日本語', 5))).toBe(5);
  });
});

describe('layoutColumns', () => {
  const total = (cols: { width: number }[]) =>
    cols.reduce((s, c) => s + c.width, 0) + COLUMN_GAP * (cols.length - 1);

  it('uses the whole width when there is room, within each column’s max', () => {
    const cols = layoutColumns(CONTAINER_COLUMNS, 118);
    expect(cols.map((c) => c.key)).toEqual(['name', 'image', 'state', 'status', 'ports']);
    expect(total(cols)).toBe(118);
    for (const c of cols) {
      expect(c.width).toBeGreaterThanOrEqual(c.min);
      expect(c.width).toBeLessThanOrEqual(c.max ?? Number.POSITIVE_INFINITY);
    }
  });

  it('drops the least useful columns first on a narrow terminal', () => {
    // 80 columns less the selection marker: all five still fit
    expect(layoutColumns(CONTAINER_COLUMNS, 78)).toHaveLength(5);
    const at70 = layoutColumns(CONTAINER_COLUMNS, 70).map((c) => c.key);
    expect(at70).toEqual(['name', 'image', 'state', 'status']);
    const at40 = layoutColumns(CONTAINER_COLUMNS, 40).map((c) => c.key);
    expect(at40).toEqual(['name', 'image', 'state']);
    for (const w of [78, 60, 40, 20])
      expect(total(layoutColumns(CONTAINER_COLUMNS, w))).toBeLessThanOrEqual(w);
  });

  it('keeps one column even when nothing fits', () => {
    expect(layoutColumns(CONTAINER_COLUMNS, 5).map((c) => c.key)).toEqual(['name']);
  });

  it('stops growing when every flexible column is at its max', () => {
    const specs: ColumnSpec[] = [{ key: 'a', title: 'A', min: 3, max: 5, flex: 1, priority: 1 }];
    expect(layoutColumns(specs, 50)[0]!.width).toBe(5);
  });
});

describe('scrollTop', () => {
  it('shows from the top while everything fits', () => {
    expect(scrollTop(5, 3, 10, 8)).toBe(0);
  });

  it('moves only as far as needed to keep the selection in view', () => {
    expect(scrollTop(0, 9, 10, 40)).toBe(0);
    expect(scrollTop(0, 10, 10, 40)).toBe(1);
    expect(scrollTop(20, 25, 10, 40)).toBe(20);
    expect(scrollTop(20, 19, 10, 40)).toBe(19);
    expect(scrollTop(0, 39, 10, 40)).toBe(30);
  });

  it('pulls the window back when the list shrinks', () => {
    expect(scrollTop(30, 12, 10, 15)).toBe(5);
  });

  it('is 0 with no room', () => {
    expect(scrollTop(4, 4, 0, 10)).toBe(0);
  });
});
