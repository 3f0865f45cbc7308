import type { Confidence } from '@/lib/diagnose';

const STYLES: Record<Confidence, string> = {
  high: 'bg-green-100 text-green-800 border-green-300',
  medium: 'bg-amber-100 text-amber-800 border-amber-300',
  low: 'bg-slate-100 text-slate-700 border-slate-300',
};

const LABELS: Record<Confidence, string> = { high: 'Very likely', medium: 'Likely', low: 'Possible' };

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return <span className={`rounded border px-2 py-0.5 text-xs font-medium ${STYLES[confidence]}`}>{LABELS[confidence]}</span>;
}
