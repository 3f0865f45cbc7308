import { isKnownComponent } from './components';
import { hasComponentShape } from './plain';
import { gridTimestamp } from './time';

// Rows copied out of CMTrace/OneTrace: text<TAB>component<TAB>date-time<TAB>thread.
const COMPONENT_NAME = /^[A-Za-z_][\w.$-]{0,63}$/;
// "1456 (0x05B0)": the viewer shows the thread id in decimal and hex.
const THREAD_DECIMAL_AND_HEX = /^(\d+)\s*\(0x[0-9A-Fa-f]+\)$/;

export interface GridFields {
  text: string;
  component: string;
  time: string | null;
  thread: string | null;
}

function threadOf(column: string | undefined): string | null {
  const value = column?.trim() ?? '';
  if (value === '') return null;
  const m = THREAD_DECIMAL_AND_HEX.exec(value);
  return m === null ? value : m[1];
}

/**
 * Fields of a copied grid row, or null. With only two columns the second must be a known
 * component or have a component's shape, since "Name:<TAB>Value" lines are common; with three
 * or more the third must be empty or a date-time.
 */
export function parseGridLine(line: string): GridFields | null {
  const columns = line.split('\t');
  if (columns.length < 2) return null;
  const text = columns[0].trimEnd();
  const component = columns[1].trim();
  if (text.trim() === '' || !COMPONENT_NAME.test(component)) return null;
  if (columns.length === 2) {
    if (!isKnownComponent(component) && !hasComponentShape(component)) return null;
    return { text, component, time: null, thread: null };
  }
  const when = columns[2].trim();
  const time = when === '' ? null : gridTimestamp(when);
  if (when !== '' && time === null) return null;
  return { text, component, time, thread: threadOf(columns[3]) };
}
