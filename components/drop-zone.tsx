'use client';

import { useId, useState } from 'react';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES } from '@/lib/log/limits';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Accepts one or more log files by drag and drop or by the file picker. */
export function DropZone({ files, onFiles, onRemove }: { files: File[]; onFiles: (files: File[]) => void; onRemove: (index: number) => void }) {
  const [over, setOver] = useState(false);
  const inputId = useId();
  return (
    <div>
      <div
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          onFiles([...e.dataTransfer.files]);
        }}
        className={`rounded border-2 border-dashed p-4 text-center text-sm ${over ? 'border-blue-600 bg-blue-50' : 'border-slate-300 bg-white'}`}
      >
        Drop log files or a .zip of logs here (several at once is fine), or{' '}
        {/* The input comes first, so that its keyboard focus can ring the label that stands for it. */}
        <input
          id={inputId}
          type="file"
          multiple
          accept=".log,.lo_,.txt,.zip,text/plain,application/zip"
          className="peer sr-only"
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <label htmlFor={inputId} className="cursor-pointer rounded font-medium text-blue-700 underline peer-focus-visible:ring-2 peer-focus-visible:ring-blue-500">
          choose files
        </label>
        <p className="mt-1 text-xs text-slate-500">
          Up to {MAX_FILE_BYTES / 1024 / 1024} MB a file and {MAX_TOTAL_BYTES / 1024 / 1024} MB in all. Files are read in this browser only.
        </p>
      </div>
      {files.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm" aria-label="Files to diagnose">
          {files.map((file, i) => (
            <li key={`${file.name}-${i}`} className="flex items-center gap-2">
              <span className="font-mono">{file.name}</span>
              <span className="text-slate-500">{formatSize(file.size)}</span>
              <button type="button" onClick={() => onRemove(i)} className="text-xs text-red-700 hover:underline" aria-label={`Remove ${file.name}`}>
                remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
