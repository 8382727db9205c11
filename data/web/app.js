// dgate's web interface: search (QIDO-RS), a study's series with thumbnails,
// an image viewer (/rendered), upload (STOW-RS), ZIP download, delete and
// the status page, against dgate's own routes only. Every value from the
// server reaches the page through textContent or an attribute, never as
// HTML. No framework and no build step: this file is what the browser runs.

const DICOMWEB = '/dicom-web';

// The attributes read from DICOM JSON (PS3.18 F.2), by keyword.
const TAG = {
  PatientName: '00100010',
  PatientID: '00100020',
  PatientBirthDate: '00100030',
  StudyDate: '00080020',
  AccessionNumber: '00080050',
  ModalitiesInStudy: '00080061',
  StudyDescription: '00081030',
  StudyInstanceUID: '0020000D',
  NumberOfStudyRelatedSeries: '00201206',
  NumberOfStudyRelatedInstances: '00201208',
  Modality: '00080060',
  SeriesDescription: '0008103E',
  SeriesInstanceUID: '0020000E',
  SeriesNumber: '00200011',
  NumberOfSeriesRelatedInstances: '00201209',
  SOPInstanceUID: '00080018',
  InstanceNumber: '00200013',
  NumberOfFrames: '00280008',
  WindowCenter: '00281050',
  WindowWidth: '00281051',
  FailureReason: '00081197',
  WarningReason: '00081196',
  FailedSOPSequence: '00081198',
  ReferencedSOPSequence: '00081199',
  ReferencedSOPInstanceUID: '00081155',
};

// STOW-RS failure and warning reasons (PS3.18 table I.2-2 and PS3.4 C.4.2.1.4).
const REASONS = {
  0x0110: 'processing failure',
  0x0112: 'no such object instance',
  0x0122: 'SOP Class not supported',
  0x0124: 'not authorized',
  0xa700: 'out of resources',
  0xa770: 'study does not match the URL',
  0xa900: 'data set does not match the SOP Class',
  0xb000: 'coercion of data elements',
  0xb006: 'elements discarded',
  0xb007: 'data set does not match the SOP Class',
  0xc000: 'cannot understand',
  0xc122: 'transfer syntax not supported',
};

const $ = (id) => document.getElementById(id);

// An element with attributes and children (strings become text nodes): the
// one way this file puts server data into the page.
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
  return e;
}

// The values of a keyword in a DICOM JSON dataset; a person name as its
// alphabetic group.
function values(ds, keyword) {
  const a = ds && ds[TAG[keyword]];
  if (!a || !Array.isArray(a.Value)) return [];
  return a.Value.map((v) => (v !== null && typeof v === 'object' && 'Alphabetic' in v ? v.Alphabetic : v));
}

function first(ds, keyword) {
  const v = values(ds, keyword);
  return v.length ? v[0] : '';
}

function dicomDate(s) {
  return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : s;
}

const enc = encodeURIComponent;
const studyPath = (study) => `${DICOMWEB}/studies/${enc(study)}`;
const seriesPath = (study, series) => `${studyPath(study)}/series/${enc(series)}`;
const instancePath = (study, series, sop) => `${seriesPath(study, series)}/instances/${enc(sop)}`;

function showMessage(text, kind = 'info') {
  const m = $('message');
  m.textContent = text;
  m.className = `message ${kind}`;
  m.hidden = !text;
}

// fetch that throws on an HTTP error, with the server's one-line reason.
async function request(url, options = {}) {
  const r = await fetch(url, options);
  if (!r.ok) {
    const text = (await r.text().catch(() => '')).trim();
    throw new Error(`${options.method || 'GET'} ${url}: ${r.status} ${r.statusText}${text ? ': ' + text : ''}`);
  }
  return r;
}

async function getJson(url) {
  const r = await request(url, { headers: { Accept: 'application/dicom+json, application/json' } });
  const text = await r.text();
  return text ? JSON.parse(text) : [];
}

// Every answer of a QIDO-RS search, asked a page at a time (a long series
// never meets the server's cap on one answer).
async function searchAll(url, page = 1000) {
  const all = [];
  for (;;) {
    const part = await getJson(`${url}&limit=${page}&offset=${all.length}`);
    all.push(...part);
    if (part.length < page) return all;
  }
}

// The roles /api/whoami gives this user; what they do not allow is hidden.
let roles = new Set();
const can = (role) => roles.has(role);

function applyRoles() {
  for (const e of document.querySelectorAll('[data-role]')) e.hidden = !can(e.dataset.role);
}

// A modal yes/no question (the <dialog> of index.html).
function confirmDialog(text) {
  const dialog = $('confirm');
  $('confirm-text').textContent = text;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.showModal();
  });
}

// Delete a study, series or image after the user confirms; true when done.
async function deleteResource(what, url) {
  if (!(await confirmDialog(`Delete ${what}? Its files and index rows are removed for good.`))) return false;
  try {
    await request(url, { method: 'DELETE' });
    showMessage(`Deleted ${what}.`);
    return true;
  } catch (e) {
    showMessage(e.message, 'error');
    return false;
  }
}

/* ---- Sections and the address bar ---- */

const SECTIONS = ['search', 'study', 'viewer', 'upload', 'status'];
// The search page lists every study the first time it is shown.
let searched = false;

function showSection(name) {
  for (const s of SECTIONS) $(s).hidden = s !== name;
  document.body.dataset.section = name;
}

// Pages answer in any order too: one whose address is no longer shown
// drops its answers (stale()).
let routeSeq = 0;

// #search, #study/UID, #viewer/STUDY/SERIES, #upload, #status.
async function route() {
  const [name, ...args] = location.hash.slice(1).split('/').map(decodeURIComponent);
  const seq = ++routeSeq;
  const stale = () => seq !== routeSeq;
  showMessage('');
  try {
    if (name === 'study' && args[0]) await openStudy(args[0], stale);
    else if (name === 'viewer' && args[1]) await openViewer(args[0], args[1], stale);
    else if (name === 'upload' && can('upload')) showSection('upload');
    else if (name === 'status') await openStatus(stale);
    else {
      showSection('search');
      if (!searched) {
        searched = true;
        await search();
      }
    }
  } catch (e) {
    if (!stale()) showMessage(e.message, 'error');
  }
}

/* ---- Search ---- */

const STUDY_FIELDS = ['00100030', '00081030', '00080061', '00201206', '00201208'];

function studyQuery(form) {
  const q = new URLSearchParams();
  const v = (name) => form.elements[name].value.trim();
  let name = v('PatientName');
  // A name without wildcards matches names that start with it, as people type.
  if (name && !/[*?]/.test(name)) name += '*';
  if (name) q.set('PatientName', name);
  if (v('PatientID')) q.set('PatientID', v('PatientID'));
  const from = v('from').replaceAll('-', '');
  const to = v('to').replaceAll('-', '');
  if (from || to) q.set('StudyDate', from === to ? from : `${from}-${to}`);
  if (v('ModalitiesInStudy')) q.set('ModalitiesInStudy', v('ModalitiesInStudy').toUpperCase());
  if (v('AccessionNumber')) q.set('AccessionNumber', v('AccessionNumber'));
  for (const f of STUDY_FIELDS) q.append('includefield', f);
  q.set('limit', '500');
  return q;
}

// Searches answer in any order; only the newest is shown. The table says
// while one runs (data-busy) and which was the last shown (data-searches)
// or the last that failed (data-failed).
let searchSeq = 0;

async function search() {
  const seq = ++searchSeq;
  const table = $('studies');
  table.dataset.busy = 'yes';
  try {
    const studies = await getJson(`${DICOMWEB}/studies?${studyQuery($('search-form'))}`);
    if (seq !== searchSeq) return;
    studies.sort((a, b) => String(first(b, 'StudyDate')).localeCompare(String(first(a, 'StudyDate'))));
    table.tBodies[0].replaceChildren(...studies.map(studyRow));
    $('studies-count').textContent = `${studies.length} ${studies.length === 1 ? 'study' : 'studies'}`;
    table.dataset.searches = String(seq);
  } catch (e) {
    table.dataset.failed = String(seq);
    throw e;
  } finally {
    if (seq === searchSeq) delete table.dataset.busy;
  }
}

function studyRow(ds) {
  const uid = first(ds, 'StudyInstanceUID');
  const pid = first(ds, 'PatientID');
  // A patient's name lists that patient's studies.
  const patient = el(
    'a',
    {
      href: '#search',
      class: 'patient',
      title: 'Every study of this patient',
      onclick: (ev) => {
        ev.preventDefault();
        const f = $('search-form');
        f.reset();
        f.elements.PatientID.value = pid;
        search().catch((e) => showMessage(e.message, 'error'));
      },
    },
    first(ds, 'PatientName'),
  );
  const actions = el(
    'td',
    { class: 'actions' },
    el('a', { href: `#study/${enc(uid)}`, class: 'button open' }, 'Open'),
    el('a', { href: `/api/studies/${enc(uid)}/zip`, class: 'button zip', download: `${uid}.zip` }, 'ZIP'),
  );
  if (can('delete')) {
    actions.append(
      el(
        'button',
        {
          class: 'danger delete',
          onclick: async () => {
            if (await deleteResource(`the study of ${first(ds, 'PatientName')} (${uid})`, studyPath(uid)))
              await search();
          },
        },
        'Delete',
      ),
    );
  }
  return el(
    'tr',
    { 'data-study': uid },
    el('td', {}, patient),
    el('td', {}, pid),
    el('td', {}, dicomDate(first(ds, 'PatientBirthDate'))),
    el('td', {}, dicomDate(first(ds, 'StudyDate'))),
    el('td', {}, first(ds, 'StudyDescription')),
    el('td', {}, values(ds, 'ModalitiesInStudy').join(', ')),
    el('td', {}, first(ds, 'AccessionNumber')),
    el('td', { class: 'num' }, first(ds, 'NumberOfStudyRelatedSeries')),
    el('td', { class: 'num' }, first(ds, 'NumberOfStudyRelatedInstances')),
    actions,
  );
}

/* ---- A study: its series with thumbnails ---- */

const SERIES_FIELDS = ['0008103E', '00200011', '00201209'];

async function openStudy(uid, stale) {
  showSection('study');
  $('study-title').textContent = 'Study';
  $('series').replaceChildren();
  const [study] = await getJson(`${DICOMWEB}/studies?StudyInstanceUID=${enc(uid)}&includefield=00081030`);
  if (stale()) return;
  if (!study) throw new Error(`No study ${uid}`);
  $('study-title').textContent = `${first(study, 'PatientName')} (${first(study, 'PatientID')})`;
  $('study-info').textContent = [
    dicomDate(first(study, 'StudyDate')),
    first(study, 'StudyDescription'),
    first(study, 'AccessionNumber') && `accession ${first(study, 'AccessionNumber')}`,
    uid,
  ]
    .filter(Boolean)
    .join(' · ');
  $('study-zip').href = `/api/studies/${enc(uid)}/zip`;
  $('study-zip').download = `${uid}.zip`;
  $('study-delete').onclick = async () => {
    if (await deleteResource(`this study (${uid})`, studyPath(uid))) {
      searched = false; // the list shown before may hold it
      location.hash = '#search';
    }
  };
  const q = new URLSearchParams(SERIES_FIELDS.map((f) => ['includefield', f]));
  const series = await getJson(`${studyPath(uid)}/series?${q}`);
  if (stale()) return;
  series.sort((a, b) => Number(first(a, 'SeriesNumber')) - Number(first(b, 'SeriesNumber')));
  $('series').replaceChildren(...series.map((s) => seriesCard(uid, s)));
}

function seriesCard(study, ds) {
  const uid = first(ds, 'SeriesInstanceUID');
  const count = first(ds, 'NumberOfSeriesRelatedInstances');
  const thumb = el('img', {
    src: `${seriesPath(study, uid)}/thumbnail`,
    alt: `Series ${first(ds, 'SeriesNumber')}`,
    loading: 'lazy',
  });
  thumb.addEventListener('error', () => thumb.replaceWith(el('div', { class: 'nothumb' }, 'no preview')), {
    once: true,
  });
  const card = el(
    'figure',
    { class: 'series', 'data-series': uid },
    el('a', { href: `#viewer/${enc(study)}/${enc(uid)}`, class: 'open' }, thumb),
    el(
      'figcaption',
      {},
      el('strong', {}, `${first(ds, 'Modality')} ${first(ds, 'SeriesNumber')}`),
      ' ',
      first(ds, 'SeriesDescription'),
      el('br'),
      `${count} ${count === 1 ? 'image' : 'images'}`,
    ),
  );
  if (can('delete')) {
    card.append(
      el(
        'button',
        {
          class: 'danger delete',
          onclick: async () => {
            if (await deleteResource(`series ${first(ds, 'SeriesNumber')} (${uid})`, seriesPath(study, uid)))
              card.remove();
          },
        },
        'Delete series',
      ),
    );
  }
  return card;
}

/* ---- The viewer ---- */

const INSTANCE_FIELDS = ['00280008', '00281050', '00281051'];
const CACHE_MAX = 64;

// The series shown: one entry per frame of each image, in instance order;
// the window typed or dragged (null: the image's own); zoom.
const view = {
  study: '',
  series: '',
  slices: [],
  index: 0,
  window: null,
  zoom: 1,
  fitPending: false,
  dirty: false,
  busy: false,
  cache: new Map(),
};

async function openViewer(study, series, stale) {
  showSection('viewer');
  Object.assign(view, { study, series, slices: [], index: 0, window: null });
  view.cache.clear();
  $('v-title').textContent = '';
  const q = new URLSearchParams(INSTANCE_FIELDS.map((f) => ['includefield', f]));
  const instances = await searchAll(`${seriesPath(study, series)}/instances?${q}`);
  if (stale()) return;
  instances.sort(
    (a, b) =>
      Number(first(a, 'InstanceNumber')) - Number(first(b, 'InstanceNumber')) ||
      String(first(a, 'SOPInstanceUID')).localeCompare(String(first(b, 'SOPInstanceUID'))),
  );
  // The window of each image: QIDO answers what the index holds, the
  // series metadata the rest.
  const metadata = new Map();
  if (instances.some((ds) => first(ds, 'WindowCenter') === '')) {
    try {
      for (const ds of await getJson(`${seriesPath(study, series)}/metadata`))
        metadata.set(first(ds, 'SOPInstanceUID'), ds);
    } catch (e) {
      showMessage(`No window from the metadata: ${e.message}`, 'error');
    }
    if (stale()) return;
  }
  for (const qido of instances) {
    const sop = first(qido, 'SOPInstanceUID');
    const meta = metadata.get(sop) || {};
    const pick = (k) => (first(qido, k) !== '' ? first(qido, k) : first(meta, k));
    const frames = Number(pick('NumberOfFrames')) || 1;
    for (let f = 1; f <= frames; f++) {
      const slice = { sop, number: first(qido, 'InstanceNumber'), frame: f, frames };
      view.slices.push({ ...slice, center: pick('WindowCenter'), width: pick('WindowWidth') });
    }
  }
  if (!view.slices.length) throw new Error('This series has no images.');
  $('v-title').textContent = `${instances.length} ${instances.length === 1 ? 'image' : 'images'}`;
  $('v-slice').max = view.slices.length;
  view.fitPending = true;
  setSlice(0);
  $('v-stage').focus();
}

function sliceUrl(s, window) {
  const base = instancePath(view.study, view.series, s.sop);
  const path = s.frames > 1 ? `${base}/frames/${s.frame}/rendered` : `${base}/rendered`;
  return window ? `${path}?window=${window.center},${window.width},linear` : path;
}

// The rendered PNG of a slice as a bitmap, fetched once (a few kept).
function loadBitmap(url) {
  let p = view.cache.get(url);
  if (!p) {
    p = request(url, { headers: { Accept: 'image/png' } })
      .then((r) => r.blob())
      .then((b) => createImageBitmap(b));
    p.catch(() => view.cache.delete(url));
    view.cache.set(url, p);
    if (view.cache.size > CACHE_MAX) view.cache.delete(view.cache.keys().next().value);
  }
  return p;
}

function setSlice(i) {
  view.index = Math.max(0, Math.min(view.slices.length - 1, i));
  const s = view.slices[view.index];
  $('v-slice').value = view.index + 1;
  $('v-position').textContent =
    `${view.index + 1} / ${view.slices.length}` +
    (s.frames > 1 ? ` (image ${s.number}, frame ${s.frame} of ${s.frames})` : ` (image ${s.number})`);
  if (!view.window) {
    $('v-center').value = s.center;
    $('v-width').value = s.width;
  }
  redraw();
}

// Draw what view says, one request at a time: changes made while an image
// loads (a drag, a fast wheel) are drawn once it is in, the newest only.
function redraw() {
  view.dirty = true;
  if (!view.busy) pump();
}

async function pump() {
  view.busy = true;
  while (view.dirty) {
    view.dirty = false;
    const index = view.index;
    const s = view.slices[index];
    if (!s) break;
    const url = sliceUrl(s, view.window);
    try {
      draw(await loadBitmap(url), index, url);
    } catch (e) {
      showMessage(e.message, 'error');
    }
  }
  view.busy = false;
  const next = view.slices[view.index + 1];
  if (next) loadBitmap(sliceUrl(next, view.window)).catch(() => {});
}

function draw(bitmap, index, url) {
  const canvas = $('v-canvas');
  if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
  }
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  if (view.fitPending) {
    view.fitPending = false;
    fit();
  } else {
    applyZoom();
  }
  // What is on the canvas, for whoever waits for it (the browser test).
  canvas.dataset.slice = String(index + 1);
  canvas.dataset.src = url;
}

function applyZoom() {
  const canvas = $('v-canvas');
  canvas.style.width = `${Math.round(canvas.width * view.zoom)}px`;
  canvas.style.height = `${Math.round(canvas.height * view.zoom)}px`;
  $('v-zoom').textContent = `${Math.round(view.zoom * 100)}%`;
}

function zoomBy(factor) {
  view.zoom = Math.max(0.05, Math.min(32, view.zoom * factor));
  applyZoom();
}

function fit() {
  const stage = $('v-stage');
  const canvas = $('v-canvas');
  const z = Math.min(stage.clientWidth / canvas.width, stage.clientHeight / canvas.height);
  view.zoom = Number.isFinite(z) && z > 0 ? z : 1;
  applyZoom();
}

function setWindow(center, width) {
  if (!Number.isFinite(center) || !Number.isFinite(width) || width < 1) {
    showMessage('The window needs a centre and a width of at least 1.', 'error');
    return;
  }
  view.window = { center: Math.round(center * 100) / 100, width: Math.round(width * 100) / 100 };
  $('v-center').value = view.window.center;
  $('v-width').value = view.window.width;
  redraw();
}

// The window a drag starts from: the one typed or dragged, else the image's
// own, else a guess wide enough to see something.
function currentWindow() {
  if (view.window) return view.window;
  const c = parseFloat($('v-center').value);
  const w = parseFloat($('v-width').value);
  return Number.isFinite(c) && Number.isFinite(w) ? { center: c, width: w } : { center: 128, width: 256 };
}

function setupViewer() {
  const stage = $('v-stage');
  $('v-back').addEventListener('click', () => (location.hash = `#study/${enc(view.study)}`));
  $('v-slice').addEventListener('input', (e) => setSlice(Number(e.target.value) - 1));
  $('v-apply').addEventListener('click', () =>
    setWindow(parseFloat($('v-center').value), parseFloat($('v-width').value)),
  );
  for (const id of ['v-center', 'v-width']) {
    $(id).addEventListener('keydown', (e) => {
      if (e.key === 'Enter') $('v-apply').click();
    });
  }
  $('v-reset').addEventListener('click', () => {
    view.window = null;
    setSlice(view.index);
  });
  $('v-zoom-in').addEventListener('click', () => zoomBy(1.25));
  $('v-zoom-out').addEventListener('click', () => zoomBy(0.8));
  $('v-fit').addEventListener('click', fit);
  $('v-delete').addEventListener('click', async () => {
    const s = view.slices[view.index];
    if (!s) return;
    if (!(await deleteResource(`image ${s.number} (${s.sop})`, instancePath(view.study, view.series, s.sop))))
      return;
    view.slices = view.slices.filter((x) => x.sop !== s.sop);
    if (!view.slices.length) {
      location.hash = `#study/${enc(view.study)}`;
      return;
    }
    $('v-slice').max = view.slices.length;
    setSlice(view.index);
  });
  stage.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      if (e.ctrlKey) zoomBy(e.deltaY < 0 ? 1.1 : 1 / 1.1);
      else setSlice(view.index + (e.deltaY > 0 ? 1 : -1));
    },
    { passive: false },
  );
  document.addEventListener('keydown', (e) => {
    if ($('viewer').hidden || e.target instanceof HTMLInputElement) return;
    const step = { ArrowDown: 1, ArrowRight: 1, PageDown: 10, ArrowUp: -1, ArrowLeft: -1, PageUp: -10 }[e.key];
    if (step) {
      e.preventDefault();
      setSlice(view.index + step);
    } else if (e.key === 'Home') setSlice(0);
    else if (e.key === 'End') setSlice(view.slices.length - 1);
  });
  // Drag: right widens the window, down raises its centre (darker image).
  stage.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    const start = { x: e.clientX, y: e.clientY, ...currentWindow() };
    const step = Math.max(start.width / 256, 0.01);
    stage.setPointerCapture(e.pointerId);
    const move = (m) =>
      setWindow(start.center + (m.clientY - start.y) * step, Math.max(1, start.width + (m.clientX - start.x) * step));
    const up = () => {
      stage.removeEventListener('pointermove', move);
      stage.removeEventListener('pointerup', up);
    };
    stage.addEventListener('pointermove', move);
    stage.addEventListener('pointerup', up);
  });
}

/* ---- Upload (STOW-RS) ---- */

function randomBoundary() {
  const a = new Uint8Array(16);
  crypto.getRandomValues(a);
  return 'dgate-' + Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

// The chosen files as one multipart/related body; the files themselves are
// not read here, the browser streams them.
function stowBody(files, boundary) {
  const parts = [];
  for (const f of files) parts.push(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`, f, '\r\n');
  parts.push(`--${boundary}--\r\n`);
  return new Blob(parts);
}

// The SOP Instance UID of a Part-10 file from its meta header
// ((0002,0003), Explicit VR Little Endian by definition), or '' when the
// file does not start as one: what names a file in the STOW-RS answer.
async function sopOfFile(file) {
  const b = new DataView(await file.slice(0, 16384).arrayBuffer());
  const text = (at, n) => String.fromCharCode(...new Uint8Array(b.buffer, at, n));
  if (b.byteLength < 140 || text(128, 4) !== 'DICM') return '';
  for (let at = 132; at + 8 <= b.byteLength && b.getUint16(at, true) === 2; ) {
    const element = b.getUint16(at + 2, true);
    const long = ['OB', 'OW', 'OF', 'SQ', 'UT', 'UN', 'UC', 'UR'].includes(text(at + 4, 2));
    const len = long ? b.getUint32(at + 8, true) : b.getUint16(at + 6, true);
    const value = at + (long ? 12 : 8);
    if (value + len > b.byteLength) return '';
    if (element === 3) return text(value, len).replace(/[\0 ]+$/, '');
    at = value + len;
  }
  return '';
}

// POST the body with the progress shown (fetch cannot tell how much went).
function post(url, headers, body, progress) {
  return new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    x.open('POST', url);
    for (const [k, v] of Object.entries(headers)) x.setRequestHeader(k, v);
    x.upload.addEventListener('progress', (e) => e.lengthComputable && progress(e.loaded / e.total));
    x.addEventListener('load', () => resolve({ status: x.status, statusText: x.statusText, text: x.responseText }));
    x.addEventListener('error', () => reject(new Error('the connection failed')));
    x.send(body);
  });
}

async function upload(e) {
  e.preventDefault();
  const files = [...$('u-files').files, ...$('u-folder').files];
  if (!files.length) {
    showMessage('Choose DICOM files or a folder first.', 'error');
    return;
  }
  const boundary = randomBoundary();
  const what = `${files.length} ${files.length === 1 ? 'file' : 'files'}`;
  $('u-submit').disabled = true;
  showMessage(`Uploading ${what}…`);
  try {
    const sops = await Promise.all(files.map(sopOfFile));
    const headers = {
      'Content-Type': `multipart/related; type="application/dicom"; boundary=${boundary}`,
      Accept: 'application/dicom+json',
    };
    const r = await post(`${DICOMWEB}/studies`, headers, stowBody(files, boundary), (done) =>
      showMessage(`Uploading ${what}… ${Math.round(done * 100)}%`),
    );
    let answer = null;
    try {
      answer = r.text ? JSON.parse(r.text) : null;
    } catch {
      answer = null;
    }
    const stored = showStowResult(answer, files, sops);
    if (answer)
      showMessage(`${r.status}: ${stored} of ${what} stored.`, stored === files.length ? 'info' : 'error');
    else showMessage(`Upload refused: ${r.status} ${r.statusText} ${r.text.trim()}`, 'error');
  } catch (err) {
    showMessage(`Upload failed: ${err.message}`, 'error');
  } finally {
    $('u-submit').disabled = false;
  }
}

function reasonText(code) {
  if (code === '' || code === undefined) return '';
  const n = Number(code);
  const hex = '0x' + n.toString(16).toUpperCase().padStart(4, '0');
  return REASONS[n] ? `${hex} ${REASONS[n]}` : hex;
}

// The STOW-RS answer as rows, each with its file (found by its SOP Instance
// UID; a refusal that names none goes with the first file left that has
// none, as dgate answers the parts in order): stored, stored with a
// warning, refused; a file the answer does not name at all is said too.
// Returns how many were stored.
function showStowResult(answer, files, sops) {
  const left = new Set(files.keys());
  const fileOf = (uid) => {
    let i = uid ? sops.findIndex((s, k) => s === uid && left.has(k)) : -1;
    if (i < 0 && !uid) i = [...left].find((k) => !sops[k]) ?? -1;
    if (i < 0) return '';
    left.delete(i);
    return files[i].webkitRelativePath || files[i].name;
  };
  const row = (kind, result, item, reason) => {
    const uid = first(item, 'ReferencedSOPInstanceUID');
    const cells = [fileOf(uid), result, uid, reason].map((text) => el('td', {}, text));
    return el('tr', { class: kind }, ...cells);
  };
  const rows = [];
  const stored = values(answer, 'ReferencedSOPSequence');
  for (const item of stored) {
    const warning = first(item, 'WarningReason');
    rows.push(row('stored', warning === '' ? 'stored' : 'stored, warning', item, reasonText(warning)));
  }
  for (const item of values(answer, 'FailedSOPSequence'))
    rows.push(row('refused', 'refused', item, reasonText(first(item, 'FailureReason'))));
  for (const i of left) {
    rows.push(
      el(
        'tr',
        { class: 'unanswered' },
        el('td', {}, files[i].webkitRelativePath || files[i].name),
        el('td', {}, 'not in the answer'),
        el('td', {}, sops[i]),
        el('td', {}, sops[i] ? '' : 'not a DICOM Part-10 file'),
      ),
    );
  }
  $('u-result').tBodies[0].replaceChildren(...rows);
  $('u-result').hidden = !rows.length;
  return stored.length;
}

/* ---- Status ---- */

async function openStatus(stale) {
  showSection('status');
  const s = await getJson('/api/status');
  if (stale()) return;
  const facts = [
    ['Version', s.version],
    ['AE title', s.ae],
    ['DICOM port', s.port],
    ['Web port', s.web_port],
    ['Database', s.database && `${s.database.backend} ${s.database.name}`],
  ];
  if (s.connections) {
    facts.push(['DICOM associations now', s.connections.dicom]);
    facts.push(['Web connections now', s.connections.web]);
  }
  for (const [k, v] of Object.entries(s.counts || {})) facts.push([k[0].toUpperCase() + k.slice(1), v]);
  $('status-list').replaceChildren(
    ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', { 'data-key': k }, v ?? '')]),
  );
  $('status-mag').tBodies[0].replaceChildren(
    ...(s.mag || []).map((m) =>
      el('tr', {}, el('td', {}, m.name), el('td', {}, m.path), el('td', { class: 'num' }, m.free_mb ?? '?')),
    ),
  );
}

/* ---- Start ---- */

async function start() {
  setupViewer();
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    search().catch((err) => showMessage(err.message, 'error'));
  });
  $('upload-form').addEventListener('submit', upload);
  try {
    const me = await getJson('/api/whoami');
    roles = new Set(me.roles);
    $('user').textContent = me.user === '-' ? 'local user' : `user ${me.user}`;
  } catch (e) {
    showMessage(e.message, 'error');
  }
  applyRoles();
  window.addEventListener('hashchange', route);
  await route();
  document.body.dataset.ready = 'yes';
}

start();
