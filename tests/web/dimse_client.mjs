// The npm dcmjs-dimse (the DIMSE library of JavaScript viewers and scripts)
// against dgate, every service it has that dgate offers, the answers
// expected from the corpus of tests/integration/js_dimse_corpus.py (run by
// tests/integration/js_dimse_client.sh):
//
//   node dimse_client.mjs PORT SCP_PORT CORPUS_DIR OUT_DIR
//
// PORT is dgate's; on SCP_PORT this process listens as JSSCP, a C-MOVE
// destination. Every object received (by C-MOVE into OUT_DIR/move, by
// C-GET into OUT_DIR/get) is written there for the shell script to compare
// with the corpus; the counts are checked here. DIMSE_LOG=info shows
// dcmjs-dimse's log of every PDU.
import dimse from 'dcmjs-dimse';
import fs from 'node:fs';
import path from 'node:path';

const { Client, Server, Scp, Dataset } = dimse;
const { CEchoRequest, CStoreRequest, CFindRequest, CMoveRequest, CGetRequest } = dimse.requests;
const { CStoreResponse } = dimse.responses;
const { Status, PresentationContextResult, TransferSyntax } = dimse.constants;

const [port, scpPort, corpusDir, outDir] = process.argv.slice(2);
const corpus = JSON.parse(fs.readFileSync(path.join(corpusDir, 'corpus.json'), 'utf8'));
const MY_AE = 'JSDIMSE';
const PATIENT_ROOT_FIND = '1.2.840.10008.5.1.4.1.2.1.1';
// dcmjs-dimse logs every PDU at info level; a failure shows its own message.
dimse.log.setLevel(process.env.DIMSE_LOG || 'warn');

function check(ok, what) {
  if (!ok) throw new Error(what);
}

function step(what) {
  console.log(`dcmjs-dimse: ${what}`);
}

const hex = (n) => `0x${n.toString(16).padStart(4, '0')}`;
const unique = (xs) => [...new Set(xs)];
const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

// A value of a naturalized (dcmjs) answer as text: the first of a
// multi-valued one, the Alphabetic group of a person name.
function text(v) {
  const first = Array.isArray(v) ? v[0] : v;
  if (first === undefined || first === null) return '';
  return typeof first === 'object' ? String(first.Alphabetic || '') : String(first);
}

// One association to dgate carrying REQUESTS; resolves when it is closed.
// Every response of a request is kept in request.responses.
// SEND: more options of Client.send.
function associate(requests, { onAccepted, onStore, send = {} } = {}) {
  return new Promise((resolve, reject) => {
    const client = new Client();
    for (const rq of requests) {
      rq.responses = [];
      rq.on('response', (rsp) => rq.responses.push(rsp));
      client.addRequest(rq);
    }
    if (onStore) client.on('cStoreRequest', (rq, cb) => onStore(client, rq, cb));
    if (onAccepted) client.on('associationAccepted', (ac) => setImmediate(() => onAccepted(client, ac)));
    client.on('associationRejected', (r) => reject(new Error(`association rejected: ${JSON.stringify(r)}`)));
    client.on('networkError', (e) => reject(e));
    client.on('closed', () => resolve(client));
    client.send('127.0.0.1', Number(port), MY_AE, 'CONQUESTSRV1', {
      connectTimeout: 5000,
      associationTimeout: 10000,
      pduTimeout: 10000,
      ...send,
    });
  });
}

// The final response of a request, which must be its last.
function final(rq, what) {
  const last = rq.responses[rq.responses.length - 1];
  check(last && last.getStatus() !== Status.Pending, `${what}: no final response`);
  return last;
}

// The answers of a C-FIND that ended in Success, naturalized.
function answers(rq, what) {
  const status = final(rq, what).getStatus();
  check(status === Status.Success, `${what}: final status ${hex(status)}`);
  const pending = rq.responses.filter((r) => r.getStatus() === Status.Pending);
  check(pending.every((r) => r.hasDataset()), `${what}: a pending answer without an identifier`);
  return pending.map((r) => r.getDataset().getElements());
}

// C-FIND of IDENTIFIER at its QueryRetrieveLevel in MODEL (Study Root by
// default); the answers must be exactly the corpus's WANT (its entries,
// one per matching entity), told apart by the attribute TAG, which is the
// entry's FIELD, with the values EXPECT lists.
async function expectFind(what, model, identifier, [tag, field], want, expect) {
  const rq = new CFindRequest();
  rq.setAffectedSopClassUid(model);
  rq.setDataset(new Dataset(identifier));
  await associate([rq]);
  const got = answers(rq, what);
  const gotKeys = got.map((a) => text(a[tag]));
  const wantKeys = want.map((w) => w[field]);
  check(gotKeys.length === unique(gotKeys).length, `${what}: an answer came twice: ${gotKeys}`);
  check(same(gotKeys, wantKeys), `${what}: ${tag} ${gotKeys}, expected ${wantKeys}`);
  for (const a of got) {
    const w = want.find((x) => x[field] === text(a[tag]));
    for (const [name, value] of Object.entries(expect(w))) {
      check(text(a[name]) === String(value), `${what}: ${w[field]}: ${name} ${JSON.stringify(a[name])}, expected ${value}`);
    }
  }
  step(`${what}: ${got.length} answers`);
}

// The corpus grouped at a level: one entry per distinct KEY value, holding
// the first instance's values and the instances under it.
function group(instances, key) {
  const out = new Map();
  for (const i of instances) {
    if (!out.has(i[key])) out.set(i[key], { ...i, [key]: i[key], instances: [] });
    out.get(i[key]).instances.push(i);
  }
  return [...out.values()];
}

const patients = group(corpus, 'patientId');
const studies = group(corpus, 'study');
const series = group(corpus, 'series');
const studyOf = (uid) => studies.find((s) => s.study === uid);

// ---- C-ECHO ---------------------------------------------------------------

// Plain, then with the negotiations dcmjs-dimse offers: an asynchronous
// operations window (dgate answers 1/1: one operation at a time, PS3.7
// D.3.3.3) and a user identity (dgate does not check one and, asked for
// no answer, gives none: PS3.7 D.3.3.7).
async function echo() {
  const ways = {
    plain: {},
    'asynchronous operations window 4/4': { asyncOps: { maxAsyncOpsInvoked: 4, maxAsyncOpsPerformed: 4 } },
    'user identity': { userIdentity: { type: dimse.constants.UserIdentityType.Username, primaryField: 'jsuser' } },
  };
  for (const [what, send] of Object.entries(ways)) {
    const rq = new CEchoRequest();
    let window;
    await associate([rq], {
      send,
      onAccepted: (client, ac) => { window = `${ac.getMaxAsyncOpsInvoked()}/${ac.getMaxAsyncOpsPerformed()}`; },
    });
    check(final(rq, `C-ECHO, ${what}`).getStatus() === Status.Success, `C-ECHO, ${what}: failed`);
    check(window === '1/1', `C-ECHO, ${what}: window ${window} accepted, expected 1/1`);
    step(`C-ECHO, ${what}`);
  }
}

// ---- C-STORE --------------------------------------------------------------

// Every corpus file, on one association: dcmjs-dimse proposes Implicit and
// Explicit VR Little Endian for each SOP class, and for a compressed file a
// context of its own syntax (RLE Lossless here), which dgate must accept:
// the file goes as it is.
async function store() {
  const rqs = corpus.map((i) => new CStoreRequest(path.join(corpusDir, i.path)));
  await associate(rqs);
  rqs.forEach((rq, n) => {
    const status = final(rq, `C-STORE ${corpus[n].sop}`).getStatus();
    check(status === Status.Success, `C-STORE ${corpus[n].sop}: status ${hex(status)}`);
  });
  const syntaxes = unique(corpus.map((i) => i.syntax));
  step(`C-STORE of ${rqs.length} instances (${syntaxes.join(', ')}): Success each`);
}

// ---- C-FIND ---------------------------------------------------------------

async function find() {
  const patientValues = (p) => ({ PatientName: p.patientName, PatientBirthDate: p.birthDate, PatientSex: p.sex });
  const studyValues = (s) => ({
    StudyDate: s.studyDate,
    AccessionNumber: s.accession,
    StudyDescription: s.description,
    PatientID: s.patientId,
  });

  await expectFind(
    'Patient Root PATIENT, PatientID JSDIMSE*',
    PATIENT_ROOT_FIND,
    { QueryRetrieveLevel: 'PATIENT', PatientID: 'JSDIMSE*', PatientName: '', PatientBirthDate: '', PatientSex: '' },
    ['PatientID', 'patientId'],
    patients,
    patientValues,
  );
  await expectFind(
    'Patient Root PATIENT, PatientName js^b*',
    PATIENT_ROOT_FIND,
    { QueryRetrieveLevel: 'PATIENT', PatientID: '', PatientName: 'JS^B*' },
    ['PatientID', 'patientId'],
    patients.filter((p) => p.patientName.startsWith('JS^B')),
    (p) => ({ PatientName: p.patientName }),
  );
  await expectFind(
    'Patient Root STUDY of JSDIMSE1',
    PATIENT_ROOT_FIND,
    { QueryRetrieveLevel: 'STUDY', PatientID: 'JSDIMSE1', StudyInstanceUID: '', StudyDate: '', AccessionNumber: '', StudyDescription: '' },
    ['StudyInstanceUID', 'study'],
    studies.filter((s) => s.patientId === 'JSDIMSE1'),
    studyValues,
  );

  // dcmjs-dimse's own study query: fourteen return keys, among them the
  // counts and ModalitiesInStudy, which must be right when answered.
  const studyQuery = async (what, keys, want) => {
    const rq = CFindRequest.createStudyFindRequest(keys);
    await associate([rq]);
    const got = answers(rq, what);
    const uids = got.map((a) => text(a.StudyInstanceUID));
    check(same(uids, want.map((s) => s.study)), `${what}: ${uids}, expected ${want.map((s) => s.study)}`);
    for (const a of got) {
      const s = studyOf(text(a.StudyInstanceUID));
      for (const [tag, value] of Object.entries({ ...studyValues(s), PatientName: s.patientName, StudyTime: s.studyTime })) {
        check(text(a[tag]) === value, `${what}: ${s.study}: ${tag} ${JSON.stringify(a[tag])}, expected ${value}`);
      }
      const counts = {
        NumberOfStudyRelatedSeries: unique(s.instances.map((i) => i.series)).length,
        NumberOfStudyRelatedInstances: s.instances.length,
      };
      for (const [tag, n] of Object.entries(counts)) {
        check(a[tag] === undefined || text(a[tag]) === '' || Number(text(a[tag])) === n,
          `${what}: ${s.study}: ${tag} ${JSON.stringify(a[tag])}, expected ${n}`);
      }
      const modalities = a.ModalitiesInStudy === undefined ? [] : [].concat(a.ModalitiesInStudy).filter((m) => m);
      check(modalities.length === 0 || same(modalities, unique(s.instances.map((i) => i.modality))),
        `${what}: ${s.study}: ModalitiesInStudy ${JSON.stringify(a.ModalitiesInStudy)}`);
    }
    step(`Study Root STUDY, ${what}: ${got.length} answers`);
  };
  await studyQuery('PatientName JS^*', { PatientName: 'JS^*' }, studies);
  // dcmjs writes the name in UTF-8 and no SpecificCharacterSet (strictly
  // ASCII then): dgate reads valid UTF-8 as UTF-8.
  await studyQuery('PatientName JS^BÉ*', { PatientName: 'JS^BÉ*' }, studies.filter((s) => s.patientId === 'JSDIMSE2'));
  await studyQuery('StudyDate 20240101-20241231', { StudyDate: '20240101-20241231', PatientID: 'JSDIMSE*' },
    studies.filter((s) => s.studyDate >= '20240101' && s.studyDate <= '20241231'));
  await studyQuery('StudyDate -20231231', { StudyDate: '-20231231', PatientID: 'JSDIMSE*' },
    studies.filter((s) => s.studyDate <= '20231231'));
  await studyQuery('AccessionNumber JSACC?', { AccessionNumber: 'JSACC?' }, studies);

  const [first] = studies;
  const seriesRq = CFindRequest.createSeriesFindRequest({ StudyInstanceUID: first.study });
  await associate([seriesRq]);
  const gotSeries = answers(seriesRq, 'Study Root SERIES');
  const wantSeries = series.filter((se) => se.study === first.study);
  check(same(gotSeries.map((a) => text(a.SeriesInstanceUID)), wantSeries.map((se) => se.series)),
    `SERIES: ${gotSeries.map((a) => text(a.SeriesInstanceUID))}`);
  for (const a of gotSeries) {
    const se = wantSeries.find((x) => x.series === text(a.SeriesInstanceUID));
    check(text(a.Modality) === se.modality, `SERIES ${se.series}: Modality ${JSON.stringify(a.Modality)}`);
    check(Number(text(a.SeriesNumber)) === se.seriesNumber, `SERIES ${se.series}: SeriesNumber ${JSON.stringify(a.SeriesNumber)}`);
    const n = text(a.NumberOfSeriesRelatedInstances);
    check(n === '' || Number(n) === se.instances.length, `SERIES ${se.series}: NumberOfSeriesRelatedInstances ${n}`);
  }
  step(`Study Root SERIES of ${first.study}: ${gotSeries.length} answers`);

  await expectFind(
    'Study Root SERIES, Modality MR',
    dimse.constants.SopClass.StudyRootQueryRetrieveInformationModelFind,
    { QueryRetrieveLevel: 'SERIES', StudyInstanceUID: studies.map((s) => s.study), SeriesInstanceUID: '', SeriesNumber: '', Modality: 'MR' },
    ['SeriesInstanceUID', 'series'],
    series.filter((se) => se.modality === 'MR'),
    (se) => ({ Modality: 'MR', SeriesNumber: se.seriesNumber }),
  );

  const [, mrSeries] = wantSeries;
  const imageRq = CFindRequest.createImageFindRequest({
    StudyInstanceUID: first.study,
    SeriesInstanceUID: mrSeries.series,
    SOPClassUID: '',
  });
  await associate([imageRq]);
  const gotImages = answers(imageRq, 'Study Root IMAGE');
  check(same(gotImages.map((a) => text(a.SOPInstanceUID)), mrSeries.instances.map((i) => i.sop)),
    `IMAGE: ${gotImages.map((a) => text(a.SOPInstanceUID))}`);
  for (const a of gotImages) {
    const i = corpus.find((x) => x.sop === text(a.SOPInstanceUID));
    check(text(a.SOPClassUID) === i.sopClass, `IMAGE ${i.sop}: SOPClassUID ${JSON.stringify(a.SOPClassUID)}`);
    check(Number(text(a.InstanceNumber)) === i.instanceNumber, `IMAGE ${i.sop}: InstanceNumber ${JSON.stringify(a.InstanceNumber)}`);
  }
  step(`Study Root IMAGE of ${mrSeries.series}: ${gotImages.length} answers`);

  const secondPatient = patients[1];
  await expectFind(
    'Patient Root IMAGE of JSDIMSE2',
    PATIENT_ROOT_FIND,
    {
      QueryRetrieveLevel: 'IMAGE',
      PatientID: secondPatient.patientId,
      StudyInstanceUID: secondPatient.study,
      SeriesInstanceUID: secondPatient.series,
      SOPInstanceUID: '',
      InstanceNumber: '',
    },
    ['SOPInstanceUID', 'sop'],
    secondPatient.instances,
    (i) => ({ InstanceNumber: i.instanceNumber }),
  );
}

// ---- the C-MOVE destination -------------------------------------------------

// What JSSCP received, by SOP Instance UID, and a hook the cancel test sets.
const moved = new Map();
let beforeStoreResponse = null;

class StoreScp extends Scp {
  associationRequested(association) {
    for (const c of association.getPresentationContexts()) {
      const context = association.getPresentationContext(c.id);
      const offered = context.getTransferSyntaxUids();
      const take = [TransferSyntax.RleLossless, TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian]
        .find((ts) => offered.includes(ts));
      if (take) context.setResult(PresentationContextResult.Accept, take);
      else context.setResult(PresentationContextResult.RejectTransferSyntaxesNotSupported);
    }
    this.sendAssociationAccept();
  }

  cStoreRequest(request, callback) {
    const ds = request.getDataset();
    const sop = ds.getElement('SOPInstanceUID');
    moved.set(sop, { calling: this.association && this.association.getCallingAeTitle(), dataset: ds });
    const rsp = CStoreResponse.fromRequest(request);
    rsp.setStatus(Status.Success);
    if (beforeStoreResponse) beforeStoreResponse(() => callback(rsp));
    else callback(rsp);
  }

  associationReleaseRequested() {
    this.sendAssociationReleaseResponse();
  }
}

function writeAll(datasets, dir) {
  fs.mkdirSync(dir, { recursive: true });
  return Promise.all(datasets.map((ds) => new Promise((resolve, reject) => {
    ds.toFile(path.join(dir, `${ds.getElement('SOPInstanceUID')}.dcm`), (err) => (err ? reject(err) : resolve()));
  })));
}

// The counts of retrieve responses: each pending one accounts for every
// sub-operation (Remaining + Completed + Failed + Warning = N), Completed
// climbing one by one; the final one Success with Completed = N.
function checkCounts(rq, n, what) {
  const pending = rq.responses.filter((r) => r.getStatus() === Status.Pending);
  const last = final(rq, what);
  check(last.getStatus() === Status.Success,
    `${what}: final status ${hex(last.getStatus())} ${last.getErrorComment() || ''}`);
  check(last.getCompleted() === n && !last.getFailures() && !last.getWarnings(),
    `${what}: final Completed ${last.getCompleted()} Failed ${last.getFailures()} Warning ${last.getWarnings()}, expected ${n} 0 0`);
  pending.forEach((r, k) => {
    const sum = r.getRemaining() + r.getCompleted() + r.getFailures() + r.getWarnings();
    check(sum === n && r.getCompleted() === k + 1,
      `${what}: pending ${k + 1}: Remaining ${r.getRemaining()} Completed ${r.getCompleted()} Failed ${r.getFailures()} Warning ${r.getWarnings()}`);
  });
  check(pending.length === n, `${what}: ${pending.length} pending responses, expected one per image (${n})`);
}

// ---- C-MOVE ----------------------------------------------------------------

async function move() {
  for (const s of studies) {
    moved.clear();
    const rq = CMoveRequest.createStudyMoveRequest('JSSCP', s.study);
    await associate([rq]);
    const what = `C-MOVE of study ${s.study}`;
    checkCounts(rq, s.instances.length, what);
    check(same([...moved.keys()], s.instances.map((i) => i.sop)), `${what}: JSSCP received ${[...moved.keys()]}`);
    check([...moved.values()].every((m) => m.calling === 'CONQUESTSRV1'),
      `${what}: the sub-operations came from ${unique([...moved.values()].map((m) => m.calling))}`);
    await writeAll([...moved.values()].map((m) => m.dataset), path.join(outDir, 'move'));
    step(`${what}: ${moved.size} instances arrived, ${rq.responses.length - 1} pending responses`);
  }

  const unknown = CMoveRequest.createStudyMoveRequest('NOSUCHAE', studies[0].study);
  moved.clear();
  await associate([unknown]);
  const status = final(unknown, 'C-MOVE to NOSUCHAE').getStatus();
  check(status === Status.MoveDestinationUnknown, `C-MOVE to NOSUCHAE: status ${hex(status)}, expected 0xa801`);
  check(moved.size === 0, 'C-MOVE to NOSUCHAE sent images');
  step('C-MOVE to an AE not in acrnema.map: 0xa801');
}

// ---- C-GET -----------------------------------------------------------------

// dcmjs-dimse proposes every storage SOP class it knows (about sixty, in
// Implicit and Explicit VR Little Endian) with the SCP role: dgate sends
// the images on this association, an RLE one decompressed.
async function get() {
  for (const se of series.filter((x) => x.patientId === 'JSDIMSE1' && x.seriesNumber === 1)) {
    const got = new Map();
    const rq = CGetRequest.createSeriesGetRequest(se.study, se.series);
    await associate([rq], {
      onStore: (client, store, callback) => {
        const ds = store.getDataset();
        got.set(ds.getElement('SOPInstanceUID'), ds);
        const rsp = CStoreResponse.fromRequest(store);
        rsp.setStatus(Status.Success);
        callback(rsp);
      },
    });
    const what = `C-GET of series ${se.series}`;
    checkCounts(rq, se.instances.length, what);
    check(same([...got.keys()], se.instances.map((i) => i.sop)), `${what}: received ${[...got.keys()]}`);
    await writeAll([...got.values()], path.join(outDir, 'get'));
    step(`${what} (${se.instances[0].syntax}): ${got.size} instances arrived`);
  }
}

// ---- C-CANCEL ----------------------------------------------------------------

// A C-FIND cancelled as soon as it is sent: dgate finds the C-CANCEL-RQ
// waiting before its first answer and ends with 0xFE00.
async function cancelFind() {
  const rq = CFindRequest.createImageFindRequest({ PatientID: 'JSDIMSE*' });
  rq.setAffectedSopClassUid(PATIENT_ROOT_FIND);
  await associate([rq], { onAccepted: (client) => client.cancel(rq) });
  const last = final(rq, 'cancelled C-FIND');
  const pending = rq.responses.length - 1;
  check(last.getStatus() === Status.Cancel, `cancelled C-FIND: final status ${hex(last.getStatus())} after ${pending} answers`);
  check(pending < corpus.length, `cancelled C-FIND: all ${pending} answers came`);
  step(`C-FIND cancelled: 0xfe00 after ${pending} answers`);
}

// A C-GET cancelled while its first C-STORE is unanswered: dgate stops
// after that image, 0xFE00 with the images not sent as Remaining.
async function cancelGet() {
  const s = studies[0];
  const rq = CGetRequest.createStudyGetRequest(s.study);
  let stores = 0;
  await associate([rq], {
    onStore: (client, store, callback) => {
      stores += 1;
      if (stores === 1) client.cancel(rq);
      const rsp = CStoreResponse.fromRequest(store);
      rsp.setStatus(Status.Success);
      callback(rsp);
    },
  });
  const last = final(rq, 'cancelled C-GET');
  check(last.getStatus() === Status.Cancel, `cancelled C-GET: final status ${hex(last.getStatus())}`);
  check(stores === 1 && last.getCompleted() === 1 && last.getRemaining() === s.instances.length - 1,
    `cancelled C-GET: ${stores} stores, Completed ${last.getCompleted()} Remaining ${last.getRemaining()}`);
  step(`C-GET cancelled after 1 of ${s.instances.length}: 0xfe00, Remaining ${last.getRemaining()}`);
}

// A C-MOVE cancelled while JSSCP holds its first C-STORE-RSP: the cancel
// is on dgate's side before the answer, so the move stops after one image.
async function cancelMove() {
  const s = studies[0];
  const rq = CMoveRequest.createStudyMoveRequest('JSSCP', s.study);
  let moveClient;
  moved.clear();
  beforeStoreResponse = (answer) => {
    beforeStoreResponse = null;
    moveClient.cancel(rq);
    setTimeout(answer, 300);
  };
  await associate([rq], { onAccepted: (client) => { moveClient = client; } });
  const last = final(rq, 'cancelled C-MOVE');
  check(last.getStatus() === Status.Cancel, `cancelled C-MOVE: final status ${hex(last.getStatus())}`);
  check(moved.size === 1 && last.getRemaining() === s.instances.length - 1,
    `cancelled C-MOVE: ${moved.size} arrived, Remaining ${last.getRemaining()}`);
  step(`C-MOVE cancelled after 1 of ${s.instances.length}: 0xfe00`);
}

// ---- Modality Worklist -------------------------------------------------------

// dcmjs-dimse's worklist query as it comes: thirty return keys, a
// Scheduled Procedure Step Sequence of thirteen, QueryRetrieveLevel present
// and empty, empty sequences, and PregnancyStatus written as US 0 (dcmjs's
// form of the empty value asked): a value to match on a key the worklist
// does not hold. dgate answers such a query with 0xFF00, not 0xFF01, since
// dcmjs-dimse takes any status but 0xFF00 for the final one (it releases
// the association twice and drops the answers).
async function worklist() {
  const order = JSON.parse(fs.readFileSync(path.join(corpusDir, 'order.json'), 'utf8'));
  const rq = CFindRequest.createWorklistFindRequest({ PatientID: order.patientId });
  check(rq.getDataset().getElements().PregnancyStatus !== undefined,
    'dcmjs-dimse\'s worklist query no longer asks for PregnancyStatus');
  await associate([rq]);
  const got = answers(rq, 'worklist C-FIND');
  check(got.length === 1, `worklist C-FIND: ${got.length} answers, expected 1`);
  const [a] = got;
  const sps = (a.ScheduledProcedureStepSequence || [])[0] || {};
  const found = {
    PatientName: text(a.PatientName),
    AccessionNumber: text(a.AccessionNumber),
    Modality: text(sps.Modality),
    ScheduledProcedureStepStartDate: text(sps.ScheduledProcedureStepStartDate),
  };
  const want = {
    PatientName: order.patientName,
    AccessionNumber: order.accession,
    Modality: order.modality,
    ScheduledProcedureStepStartDate: order.date,
  };
  check(JSON.stringify(found) === JSON.stringify(want), `worklist C-FIND: ${JSON.stringify(found)}, expected ${JSON.stringify(want)}`);
  step(`worklist C-FIND: the order of ${order.patientId}`);
}

const server = new Server(StoreScp);
server.on('networkError', (e) => console.error(`JSSCP: ${e}`));
server.listen(Number(scpPort));
try {
  await echo();
  await store();
  await find();
  await move();
  await get();
  await cancelFind();
  await cancelGet();
  await cancelMove();
  await worklist();
} finally {
  server.close();
}
