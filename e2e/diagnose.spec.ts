import fs from 'node:fs';
import { dropFiles, expect, fixture, readFixture, test } from './fixtures';

const ARTICLE = 'Task sequences fail after a ConfigMgr 2007 site is restored onto a rebuilt server';

test.describe('diagnosing a pasted log', () => {
  for (const [phase, step] of [['phase2', 'run-cryptimportkey-as-system']] as const) {
    test(`the KB 2509330 ${phase} excerpt ranks the founding article first and its fix link lands on the step`, async ({ page }) => {
      await page.goto('./');
      await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', `${phase}.log`));
      await page.getByRole('button', { name: 'Diagnose' }).click();

      const results = page.locator('[data-verdict]');
      await expect(results).toHaveAttribute('data-verdict', 'match');
      const first = page.getByRole('list', { name: 'Matching articles, best first' }).getByRole('article').first();
      await expect(first.getByRole('heading', { level: 3 })).toHaveText(ARTICLE);

      // The evidence shows the technician's own lines, with the matched text marked.
      const evidence = first.getByRole('list', { name: 'Evidence lines' });
      await expect(evidence.locator('mark').first()).toBeVisible();
      await expect(evidence.getByRole('button', { name: /^line \d+$/ }).first()).toBeVisible();

      await first.getByRole('link', { name: /Import the keys with CryptImportKey\.exe/ }).click();
      await expect(page).toHaveURL(new RegExp(`/kb/articles/naa-srvacct-restore-key-mismatch/#${step}$`));
      const target = page.locator(`li#${step}`);
      await expect(target).toBeInViewport();
      expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    });
  }

  test('the KB 2509330 phase1 excerpt shows the two NAA articles tied, with the tree question that tells them apart', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', 'phase1.log'));
    await page.getByRole('button', { name: 'Diagnose' }).click();
    const cards = page.getByRole('list', { name: 'Matching articles, best first' }).getByRole('article');
    await expect(cards.getByRole('heading', { level: 3 })).toContainText([/Network Access Account|restored onto a rebuilt server/, /Network Access Account|restored onto a rebuilt server/]);
    await expect(page.getByRole('heading', { level: 3, name: ARTICLE })).toBeVisible();
    const tie = cards.first().getByTestId('tie');
    await expect(tie).toContainText('equally well');
    await tie.getByRole('link', { name: /restored from a backup onto a reinstalled Windows/ }).click();
    await expect(page).toHaveURL(/\/kb\/troubleshoot\/\?path=winpe\.naa-not-read\.shown$/);
    await expect(page.getByRole('group', { name: /restored from a backup onto a reinstalled Windows/ })).toBeVisible();
  });

  test('a line that only resembles an article is offered as reading, never as the diagnosis', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Paste log lines').fill('Parsing Policy Body.\nFailed to get client identity (80072ee7)\n');
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await expect(page.getByRole('heading', { name: 'No known issue matches' })).toBeVisible();
    const reading = page.getByRole('list', { name: 'Related reading' });
    await expect(reading).toContainText('Line 2 of your log resembles a line this article quotes');
    await expect(reading).toContainText('Failed to get client identity (800');
  });

  test('an evidence line opens the lines around it', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', 'phase2.log'));
    await page.getByRole('button', { name: 'Diagnose' }).click();
    const line = page.getByRole('list', { name: 'Evidence lines' }).first().getByRole('button', { name: /^line \d+$/ }).first();
    const number = (await line.textContent())!.replace('line ', '');
    await line.click();
    await expect(page.getByRole('list', { name: `Lines around line ${number}` })).toContainText('signature varification failed');
  });
});

test.describe('diagnosing dropped files', () => {
  test('a healthy real SMSTS.log dropped on the page gets "no known issue" and its codes decoded', async ({ page }) => {
    await page.goto('./');
    const file = 'ErnestoLeon87__log_reader__smsts.log';
    await dropFiles(page, [{ name: file, bytes: fs.readFileSync(fixture('logs', file)) }]);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'none');
    await expect(page.getByRole('heading', { name: 'No known issue matches' })).toBeVisible();
    const codes = page.getByRole('table');
    await expect(codes.getByRole('row', { name: /0x80070005/ })).toContainText('Access is denied');
  });

  test('several files dropped at once are diagnosed as one case', async ({ page }) => {
    await page.goto('./');
    await dropFiles(page, [
      { name: 'smsts-1.log', bytes: fs.readFileSync(fixture('kb2509330', 'phase2.cmtrace.log')) },
      { name: 'smsts-2.log', bytes: fs.readFileSync(fixture('logs', 'brackdk04__hello-world__smsts.log')) },
    ]);
    await expect(page.getByRole('list', { name: 'Files to diagnose' }).getByRole('listitem')).toHaveCount(2);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    const first = page.getByRole('list', { name: 'Matching articles, best first' }).getByRole('article').first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(ARTICLE);
    await expect(first.getByRole('list', { name: 'Evidence lines' })).toContainText('smsts-1.log:');
  });

  test('a UTF-16 LE file chosen with the file picker is decoded and diagnosed', async ({ page }) => {
    await page.goto('./');
    const text = readFixture('kb2509330', 'phase2.cmtrace.log');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await page.getByLabel('choose files').setInputFiles({ name: 'smsts.log', mimeType: 'text/plain', buffer: utf16 });
    await page.getByRole('button', { name: 'Diagnose' }).click();
    const first = page.getByRole('list', { name: 'Matching articles, best first' }).getByRole('article').first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(ARTICLE);
    await expect(first.getByRole('list', { name: 'Evidence lines' })).toContainText('signature varification failed');
  });
});

test('a result speaks the technician\'s language: confidence in words and why, the numbers only on demand', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', 'phase2.log'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const card = page.getByRole('list', { name: 'Matching articles, best first' }).getByRole('article').first();
  await expect(card).toContainText('Very likely');
  await expect(card).toContainText(/Your log has (a line|\d lines) that only this problem prints/);
  const details = card.locator('details');
  await expect(details.getByText(/^Score /)).toBeHidden();
  const upFront = await card.evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelector('details')?.remove();
    return clone.innerText;
  });
  expect(upFront).not.toMatch(/score \d|decisive|supporting|HRESULT=8009100e\//i);
  await details.locator('summary').click();
  await expect(details).toContainText(/Score \d/);
});

test('evidence lines read like CMTrace: time and component shown, errors in red', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', 'phase2.cmtrace.log'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const evidence = page.getByRole('list', { name: 'Evidence lines' }).first().getByRole('listitem').first();
  await expect(evidence).toContainText('TSMBootstrap');
  await expect(evidence).toHaveAttribute('data-severity', 'error');
  await expect(evidence).toHaveClass(/bg-red-50/);
  await expect(evidence).not.toContainText('<![LOG[');
});
