// The web interface in Debian's chromium, headless, driven by playwright-core
// (run by tests/integration/web_browser.sh, which starts dgate with the
// corpus of web_ui_corpus.py stored):
//
//   node browser.mjs URL CORPUS_DIR OUT_DIR READER:PASSWORD
//
// Searches, opens a study, checks the viewer's pixels in screenshots against
// the corpus's pattern while scrolling slices and frames, windows and zooms,
// uploads a file and finds it, downloads a study's ZIP (to OUT_DIR/study.zip,
// which the shell script opens), deletes a series (cancelled first), an
// image and a study after the confirmation; a reader's page offers neither.
// Then, as a peer that is not loopback (a forwarder that connects to dgate
// from 127.0.0.2): 401 without a login, and with the login of a user with
// the read role only the search and the viewer work and the buttons of the
// other roles are hidden.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const [base, corpusDir, outDir, login] = process.argv.slice(2);
const corpus = JSON.parse(fs.readFileSync(path.join(corpusDir, 'corpus.json'), 'utf8'));
const [alice, bob] = corpus.stored;
const carol = corpus.upload;
const [ct, mf] = alice.series;
// Every rectangle bright in some slice of the CT series, in some frame of
// the multi-frame image.
const markers = ct.instances.flatMap((i) => i.bright[0]);
const bands = mf.instances[0].bright.flat();

function check(ok, what) {
  if (!ok) throw new Error(what);
}

function step(what) {
  console.log(`browser: ${what}`);
}


const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
  headless: true,
});
const errors = [];

async function newPage(options = {}) {
  const viewport = { width: 1200, height: 900 };
  const context = await browser.newContext({ acceptDownloads: true, viewport, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

// The grey level (0..255, the mean of R, G, B) of a screenshot at points
// given as fractions of its width and height: the PNG is decoded by the
// browser itself.
async function greyAt(page, png, points) {
  return page.evaluate(
    async ({ b64, points }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const img = await createImageBitmap(blob);
      const c = new OffscreenCanvas(img.width, img.height);
      const x = c.getContext('2d');
      x.drawImage(img, 0, 0);
      return points.map(([fx, fy]) => {
        const d = x.getImageData(Math.floor(fx * img.width), Math.floor(fy * img.height), 1, 1).data;
        return (d[0] + d[1] + d[2]) / 3;
      });
    },
    { b64: png.toString('base64'), points },
  );
}

const centreOf = ([r0, c0, r1, c1], inst) => [(c0 + c1) / 2 / inst.columns, (r0 + r1) / 2 / inst.rows];

// The canvas shows frame `frame` (0-based) of instance `inst`: the centres
// of its bright rectangles bright, those of the `others` (rectangles bright
// elsewhere in the series) and a corner dark.
async function expectImage(page, inst, frame, others, what) {
  const bright = inst.bright[frame];
  const dark = others.filter((o) => !bright.some((b) => JSON.stringify(b) === JSON.stringify(o)));
  const points = [...bright.map((r) => centreOf(r, inst)), ...dark.map((r) => centreOf(r, inst)), [0.98, 0.98]];
  const png = await page.locator('#v-canvas').screenshot();
  const grey = await greyAt(page, png, points);
  for (let i = 0; i < points.length; i++) {
    const want = i < bright.length ? 'bright' : 'dark';
    const ok = want === 'bright' ? grey[i] > 200 : grey[i] < 50;
    check(ok, `${what}: at ${points[i].map((v) => v.toFixed(2))} grey ${grey[i]}, expected ${want}`);
  }
}

async function waitSlice(page, n) {
  await page.locator(`#v-canvas[data-slice="${n}"]`).waitFor({ state: 'attached' });
}

async function searchRows(page, fill) {
  const form = page.locator('#search-form');
  await page.goto(`${base}/#search`);
  await page.locator('body[data-ready="yes"]').waitFor({ state: 'attached' });
  // No search of the page's own running (the list it shows at first).
  await page.locator('#studies:not([data-busy])').waitFor({ state: 'attached' });
  const table = page.locator('#studies');
  const shown = Math.max(
    Number((await table.getAttribute('data-searches')) || 0),
    Number((await table.getAttribute('data-failed')) || 0),
  );
  await form.evaluate((f) => f.reset());
  for (const [id, value] of Object.entries(fill)) await form.locator(`#${id}`).fill(value);
  await form.locator('#q-submit').click();
  await page.waitForFunction((n) => {
    const t = document.getElementById('studies').dataset;
    return Math.max(Number(t.searches || 0), Number(t.failed || 0)) > n && !t.busy;
  }, shown);
  const failed = Number(await table.getAttribute('data-failed')) > shown;
  check(!failed, `the search failed: ${await page.locator('#message').textContent()}`);
  return page.locator('#studies tbody tr');
}

async function expectStudies(page, fill, studies) {
  const rows = await searchRows(page, fill);
  const got = (await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.study))).sort();
  const want = studies.map((s) => s.uid).sort();
  check(JSON.stringify(got) === JSON.stringify(want), `search ${JSON.stringify(fill)}: ${got}, expected ${want}`);
  return rows;
}

// ---- As a loopback user: every role. ----
const page = await newPage();

step('status page');
await page.goto(`${base}/#status`);
await page.locator('#status-list dd[data-key="AE title"]').waitFor();
const fact = (key) => page.locator(`dd[data-key="${key}"]`).textContent();
const status = await (await page.request.get(`${base}/api/status`)).json();
check((await fact('AE title')) === 'CONQUESTSRV1', 'the status page has no AE title');
check((await fact('Version')) === status.version, 'the status page has no version');
check((await fact('DICOM port')) === String(status.port), 'the status page has no DICOM port');
check((await fact('Database')).startsWith(status.database.backend), 'the status page has no database');
const stored = corpus.stored.flatMap((s) => s.series.flatMap((se) => se.instances)).length;
check((await fact('Instances')) === String(stored), 'the status page count of instances');
check((await fact('Studies')) === String(corpus.stored.length), 'the status page count of studies');
if (status.connections) check((await fact('DICOM associations now')) === '0', 'the status page associations');
const mags = await page.locator('#status-mag tbody tr td').allTextContents();
check(mags[0] === 'MAG0' && mags[1] === status.mag[0].path, `the status page's MAG device: ${mags}`);
check(await page.locator('#nav-upload').isVisible(), 'the upload link is hidden from a local user');

step('search by name, ID, date range, modality, accession');
const rows = await expectStudies(page, { 'q-name': 'WEBTEST^ALI' }, [alice]);
const cells = await rows.first().locator('td').allTextContents();
const want = [
  alice.patient_name,
  alice.patient_id,
  '1970-01-01',
  '2024-01-15',
  alice.description,
  'CT\\OT',
  alice.accession,
];
check(cells[0] === want[0] && cells[1] === want[1] && cells[2] === want[2] && cells[3] === want[3], `row ${cells}`);
check(cells[4] === want[4] && cells[6] === want[6], `row ${cells}`);
check(cells[5].split(', ').sort().join('\\') === want[5], `modalities ${cells[5]}`);
check(cells[7] === '2' && cells[8] === '6', `series and images ${cells[7]} ${cells[8]}`);
await expectStudies(page, { 'q-id': 'WEB002' }, [bob]);
await expectStudies(page, { 'q-from': '2023-01-01', 'q-to': '2023-12-31' }, [bob]);
await expectStudies(page, { 'q-from': '2024-01-01' }, [alice]);
await expectStudies(page, { 'q-modality': 'mr' }, [bob]);
await expectStudies(page, { 'q-accession': 'ACC001' }, [alice]);
await expectStudies(page, { 'q-name': 'NOBODY' }, []);
await expectStudies(page, {}, [alice, bob]);

step('a study: its series');
await (await expectStudies(page, { 'q-name': 'WEBTEST^ALICE' }, [alice])).locator('a.open').click();
const cards = page.locator('#series figure.series');
await cards.nth(alice.series.length - 1).waitFor();
check((await cards.count()) === alice.series.length, 'not every series is shown');
check((await page.locator('#study-title').textContent()).includes(alice.patient_id), 'the study title');
step('their thumbnails');
for (const se of alice.series) {
  const img = page.locator(`figure[data-series="${se.uid}"] img`);
  await page.waitForFunction((e) => e && e.complete, await img.elementHandle());
  check((await img.evaluate((e) => e.naturalWidth)) > 0, `series ${se.number} has no thumbnail`);
}

step('the viewer: slices by wheel, arrow key and slider');
await page.locator(`figure[data-series="${ct.uid}"] a.open`).click();
await waitSlice(page, 1);
check((await page.locator('#v-slice').getAttribute('max')) === String(ct.instances.length), 'the slider');
await expectImage(page, ct.instances[0], 0, markers, 'slice 1');
await page.locator('#v-stage').hover();
await page.mouse.wheel(0, 100);
await waitSlice(page, 2);
await expectImage(page, ct.instances[1], 0, markers, 'slice 2 (wheel)');
await page.keyboard.press('ArrowDown');
await waitSlice(page, 3);
await expectImage(page, ct.instances[2], 0, markers, 'slice 3 (arrow key)');
await page.locator('#v-slice').fill('5');
await waitSlice(page, 5);
await expectImage(page, ct.instances[4], 0, markers, 'slice 5 (slider)');
await page.locator('#v-stage').focus();
await page.keyboard.press('ArrowUp');
await waitSlice(page, 4);
await expectImage(page, ct.instances[3], 0, markers, 'slice 4 (arrow up)');

step('window by numbers and by drag; zoom');
check((await page.locator('#v-center').inputValue()) === String(corpus.window[0]), 'the image window centre');
check((await page.locator('#v-width').inputValue()) === String(corpus.window[1]), 'the image window width');
await page.locator('#v-center').fill('3000');
await page.locator('#v-width').fill('10');
await page.locator('#v-apply').click();
await page.locator('#v-canvas[data-src*="window=3000,10,linear"]').waitFor({ state: 'attached' });
await expectImage(page, { ...ct.instances[3], bright: [[]] }, 0, markers, 'a window above every value');
await page.locator('#v-reset').click();
await page.locator('#v-canvas:not([data-src*="window="])').waitFor({ state: 'attached' });
await expectImage(page, ct.instances[3], 0, markers, 'the image window again');
const box = await page.locator('#v-stage').boundingBox();
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
await page.mouse.down();
await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 + 50, { steps: 5 });
await page.mouse.up();
const dragged = Number(await page.locator('#v-width').inputValue());
check(dragged > corpus.window[1], `a drag to the right did not widen the window: ${dragged}`);
const centre = Number(await page.locator('#v-center').inputValue());
check(centre > corpus.window[0], `a drag down did not raise the centre: ${centre}`);
await page.locator(`#v-canvas[data-src*="window="]`).waitFor({ state: 'attached' });
const w0 = (await page.locator('#v-canvas').boundingBox()).width;
await page.locator('#v-zoom-in').click();
const w1 = (await page.locator('#v-canvas').boundingBox()).width;
check(Math.abs(w1 / w0 - 1.25) < 0.02, `zoom in: ${w0} to ${w1}`);
await page.locator('#v-fit').click();

step('a multi-frame image, frame by frame');
await page.locator('#v-back').click();
await page.locator(`figure[data-series="${mf.uid}"] a.open`).click();
await waitSlice(page, 1);
check((await page.locator('#v-slice').getAttribute('max')) === String(mf.instances[0].frames), 'one slice a frame');
await expectImage(page, mf.instances[0], 0, bands, 'frame 1');
await page.keyboard.press('ArrowDown');
await waitSlice(page, 2);
check((await page.locator('#v-canvas').getAttribute('data-src')).endsWith('/frames/2/rendered'), 'frame 2 URL');
await expectImage(page, mf.instances[0], 1, bands, 'frame 2');
await page.keyboard.press('End');
await waitSlice(page, 3);
await expectImage(page, mf.instances[0], 2, bands, 'frame 3');

step('upload a file, find it by search');
await page.goto(`${base}/#upload`);
await page.locator('#u-files').setInputFiles(path.join(corpusDir, 'upload.dcm'));
await page.locator('#u-submit').click();
const up = carol.series[0].instances[0];
await page.locator('#u-result tr.stored').waitFor();
const storedRow = await page.locator('#u-result tr.stored td').allTextContents();
check(storedRow[0] === 'upload.dcm' && storedRow[2] === up.sop, `the stored row: ${storedRow}`);
check((await page.locator('#u-result tr.refused').count()) === 0, 'the upload was refused');
await expectStudies(page, { 'q-name': 'WEBTEST^CAROL' }, [carol]);

step('a refused upload shows why');
await page.goto(`${base}/#upload`);
const junk = { name: 'not.dcm', mimeType: 'application/dicom', buffer: Buffer.from('not DICOM at all') };
await page.locator('#u-files').setInputFiles(junk);
await page.locator('#u-submit').click();
await page.locator('#u-result tr.refused').waitFor();
check((await page.locator('#u-result tr.stored').count()) === 0, 'a file that is not DICOM was stored');
const refusedRow = await page.locator('#u-result tr.refused td').allTextContents();
check(refusedRow[0] === 'not.dcm' && /^0x[0-9A-F]{4}/.test(refusedRow[3]), `the refused row: ${refusedRow}`);
check((await page.locator('#message').textContent()).includes('0 of 1 file stored'), 'the upload message');

step('download a study as ZIP');
const zipRows = await expectStudies(page, { 'q-id': alice.patient_id }, [alice]);
const [download] = await Promise.all([page.waitForEvent('download'), zipRows.first().locator('a.zip').click()]);
check(!(await download.failure()), `the download failed: ${await download.failure()}`);
await download.saveAs(path.join(outDir, 'study.zip'));

step('delete a series: cancelled, then confirmed');
await page.goto(`${base}/#study/${encodeURIComponent(alice.uid)}`);
const doomed = page.locator(`figure[data-series="${mf.uid}"]`);
await doomed.waitFor();
await doomed.locator('button.delete').click();
await page.locator('#confirm[open]').waitFor();
const question = await page.locator('#confirm-text').textContent();
check(question.includes(mf.uid), `the confirmation does not name the series: ${question}`);
let deletes = 0;
page.on('request', (q) => (deletes += q.method() === 'DELETE' ? 1 : 0));
await page.locator('#confirm-cancel').click();
await page.locator('#confirm:not([open])').waitFor({ state: 'attached' });
check((await doomed.count()) === 1, 'a cancelled delete removed the series');
const seriesUrl = `${base}/dicom-web/studies/${alice.uid}/series`;
check((await (await page.request.get(seriesUrl)).json()).length === 2, 'a cancelled delete deleted');
check(deletes === 0, 'a cancelled delete sent a DELETE');
await doomed.locator('button.delete').click();
const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE');
await page.locator('#confirm-ok').click();
check((await deleted).ok(), 'DELETE failed');
await doomed.waitFor({ state: 'detached' });
const left = await (await page.request.get(seriesUrl)).json();
check(left.length === 1 && left[0]['0020000E'].Value[0] === ct.uid, 'the series is still there');

// Confirm the dialog a delete button opened; the DELETE must succeed.
async function confirmDelete(button) {
  await button.click();
  await page.locator('#confirm[open]').waitFor();
  const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE');
  await page.locator('#confirm-ok').click();
  check((await deleted).ok(), 'DELETE failed');
}

step('delete an image from the viewer');
await page.goto(`${base}/#viewer/${encodeURIComponent(alice.uid)}/${encodeURIComponent(ct.uid)}`);
await waitSlice(page, 1);
await page.keyboard.press('End');
await waitSlice(page, ct.instances.length);
await confirmDelete(page.locator('#v-delete'));
await page.locator(`#v-slice[max="${ct.instances.length - 1}"]`).waitFor({ state: 'attached' });
const rest = await (await page.request.get(`${base}/dicom-web/studies/${alice.uid}/instances`)).json();
const sops = rest.map((i) => i['00080018'].Value[0]).sort();
check(JSON.stringify(sops) === JSON.stringify(ct.instances.slice(0, -1).map((i) => i.sop).sort()), `left: ${sops}`);
await expectImage(page, ct.instances[ct.instances.length - 2], 0, markers, 'the slice before the deleted one');

step('delete a study from the search list');
const uploaded = await expectStudies(page, { 'q-id': carol.patient_id }, [carol]);
await confirmDelete(uploaded.first().locator('button.delete'));
await page.locator(`#studies tr[data-study="${carol.uid}"]`).waitFor({ state: 'detached' });
const gone = await (await page.request.get(`${base}/dicom-web/studies?PatientID=${carol.patient_id}`)).text();
check(gone.trim() === '' || JSON.parse(gone).length === 0, `the deleted study is still found: ${gone}`);

await page.context().close();

// ---- The page of a user with the read role only, /api/whoami answered by
// the test (the server's own refusal is web_basic.sh's): nothing offered
// that the role does not allow. ----
step('a reader sees no upload or delete');
const faked = await newPage();
await faked.route('**/api/whoami', (r) => r.fulfill({ json: { user: 'viewer', roles: ['read'] } }));
await faked.goto(`${base}/#search`);
await faked.locator('body[data-ready="yes"]').waitFor({ state: 'attached' });
await faked.locator('#studies tbody tr').first().waitFor();
check((await faked.locator('#user').textContent()) === 'user viewer', 'the page does not name the user');
check(!(await faked.locator('#nav-upload').isVisible()), 'upload is offered to a reader');
check((await faked.locator('#studies a.zip').count()) > 0, 'ZIP is not offered to a reader');
check((await faked.locator('#studies button.delete').count()) === 0, 'study delete is offered to a reader');
await faked.goto(`${base}/#upload`);
check(!(await faked.locator('#upload').isVisible()), 'the upload page is shown to a reader');
await faked.goto(`${base}/#study/${encodeURIComponent(alice.uid)}`);
await faked.locator('#series figure.series').first().waitFor();
check(!(await faked.locator('#study-delete').isVisible()), 'study delete is offered to a reader');
check((await faked.locator('#series button.delete').count()) === 0, 'series delete is offered to a reader');
await faked.locator(`figure[data-series="${ct.uid}"] a.open`).click();
await waitSlice(faked, 1);
check(!(await faked.locator('#v-delete').isVisible()), 'image delete is offered to a reader');
await faked.context().close();

// ---- As a peer that is not loopback: through a forwarder from 127.0.0.2. ----
step('from 127.0.0.2: a login is required');
const target = new URL(base);
const forwarder = net.createServer((c) => {
  const up = net.connect({ host: target.hostname, port: Number(target.port), localAddress: '127.0.0.2' });
  c.pipe(up).pipe(c);
  up.on('error', () => c.destroy());
  c.on('error', () => up.destroy());
});
await new Promise((ok) => forwarder.listen(0, '127.0.0.1', ok));
const remote = `http://127.0.0.1:${forwarder.address().port}`;
const anonymous = await newPage();
// Headless chromium, with no one to ask for a login, ends the navigation
// at the 401 (ERR_INVALID_AUTH_CREDENTIALS) or shows it.
const refused = await anonymous.goto(`${remote}/`).catch((e) => e);
check(
  refused instanceof Error ? refused.message.includes('ERR_INVALID_AUTH_CREDENTIALS') : refused.status() === 401,
  `no login from 127.0.0.2: ${refused instanceof Error ? refused.message : refused.status()}`,
);
const asked = await anonymous.request.get(`${remote}/`);
check(asked.status() === 401, `GET / from 127.0.0.2 without a login: ${asked.status()}`);
check(/^Basic realm=/.test(asked.headers()['www-authenticate'] || ''), 'the 401 does not ask for Basic');
const api = await anonymous.request.get(`${remote}/dicom-web/studies`);
check(api.status() === 401, `QIDO from 127.0.0.2 without a login: ${api.status()}`);
await anonymous.context().close();

step('from 127.0.0.2 with a login of the read role');
const [username, password] = login.split(':');
const reader = await newPage({ httpCredentials: { username, password } });
const ok = await reader.goto(`${remote}/`);
check(ok.status() === 200, `with a login: ${ok.status()}`);
await reader.locator('body[data-ready="yes"]').waitFor({ state: 'attached' });
check((await reader.locator('#user').textContent()).includes(username), 'the page does not name the user');
const rr = reader.locator('#studies tbody tr');
await rr.first().waitFor();
check((await rr.count()) === 2, 'the reader does not see the two studies left');
check(!(await reader.locator('#nav-upload').isVisible()), 'upload is offered to a reader');
check((await reader.locator('#studies button.delete').count()) === 0, 'delete is offered to a reader');
await reader.goto(`${remote}/#study/${encodeURIComponent(alice.uid)}`);
await reader.locator('#series figure.series').first().waitFor();
check(!(await reader.locator('#study-delete').isVisible()), 'study delete is offered to a reader');
check((await reader.locator('#series button.delete').count()) === 0, 'series delete is offered to a reader');
await reader.locator(`figure[data-series="${ct.uid}"] a.open`).click();
await waitSlice(reader, 1);
await expectImage(reader, ct.instances[0], 0, markers, 'slice 1 through the forwarder');
await reader.context().close();
forwarder.close();

await browser.close();
check(errors.length === 0, `errors in the page: ${errors.join('; ')}`);
console.log('browser: ok');
