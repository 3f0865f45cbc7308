'use client';

import { useEffect } from 'react';

/**
 * A link to a resolution step lands with the heading of its procedure in view: when the step's
 * path heading and the step both fit on the screen, the page scrolls to the heading instead of
 * the step, so the technician sees which procedure the step belongs to. The step stays :target.
 */
export function TargetHeading() {
  useEffect(() => {
    const reveal = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const step = id ? document.getElementById(id) : null;
      const list = step?.tagName === 'LI' ? step.closest('ol.steps') : null;
      if (!step || !list) return;
      let heading = list.previousElementSibling;
      while (heading && !/^H[23]$/.test(heading.tagName)) heading = heading.previousElementSibling;
      if (!heading) return;
      const top = heading.getBoundingClientRect().top;
      const bottom = step.getBoundingClientRect().bottom;
      if (bottom - top < window.innerHeight * 0.9) heading.scrollIntoView({ block: 'start' });
    };
    // After the browser's own jump to the target.
    const onHash = () => requestAnimationFrame(reveal);
    requestAnimationFrame(reveal);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return null;
}
