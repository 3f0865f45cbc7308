import { DiagnosePanel } from '@/components/diagnose-panel';
import { getKbAsset } from '@/lib/kb';
import { kbAssetPath, withBasePath } from '@/lib/urls';

export default function HomePage() {
  return (
    <div>
      <h1 className="text-2xl font-semibold">Which known problem is in this log?</h1>
      <p className="mt-2 max-w-3xl text-slate-600">
        Paste lines from a failing ConfigMgr log or drop the files. You get the matching article, the lines of your log that prove it, and a link to the step
        that fixes it. The log is read in this browser and never leaves it.
      </p>
      <div className="mt-6">
        <DiagnosePanel kbUrl={withBasePath(kbAssetPath(getKbAsset().file))} />
      </div>
    </div>
  );
}
