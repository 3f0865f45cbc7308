import areas from '../../content/areas.json';

/** Where a technician meets a failure; articles are grouped and searched by it (content/areas.json). */
export interface Area {
  id: string;
  label: string;
  description: string;
}

export const AREAS: readonly Area[] = areas;

export function areaLabel(id: string): string {
  return AREAS.find((a) => a.id === id)?.label ?? id;
}
