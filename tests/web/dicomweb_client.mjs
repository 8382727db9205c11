// The npm dicomweb-client (the library OHIF and Slim use) against dgate's
// DICOMweb, every call it has that dgate serves, the answers expected from
// the corpus of tests/integration/web_ui_corpus.py (run by
// tests/integration/web_dicomweb_client.sh, which stores it first):
//
//   node dicomweb_client.mjs URL CORPUS_DIR OUT_DIR
//
// Every DICOM object retrieved is written to OUT_DIR/<SOP Instance UID>.dcm
// for dcmtk to read; its pixel data is checked here against the file stored.
import XMLHttpRequest from 'xhr2';
import dicomweb from 'dicomweb-client';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// dicomweb-client speaks XMLHttpRequest, which Node lacks.
globalThis.XMLHttpRequest = XMLHttpRequest;

const [base, corpusDir, outDir] = process.argv.slice(2);
const corpus = JSON.parse(fs.readFileSync(path.join(corpusDir, 'corpus.json'), 'utf8'));
const [alice, bob] = corpus.stored;
const carol = corpus.upload;
const allAlice = alice.series.flatMap((se) => se.instances);
const [ctSeries, mfSeries] = alice.series;
const ct1 = ctSeries.instances[0];
const mf = mfSeries.instances[0];
const ctIds = { studyInstanceUID: alice.uid, seriesInstanceUID: ctSeries.uid, sopInstanceUID: ct1.sop };
const mfIds = { studyInstanceUID: alice.uid, seriesInstanceUID: mfSeries.uid, sopInstanceUID: mf.sop };
const client = new dicomweb.api.DICOMwebClient({ url: `${base}/dicom-web` });

function check(ok, what) {
  if (!ok) throw new Error(what);
}

function step(what) {
  console.log(`dicomweb-client: ${what}`);
}


const value = (ds, tag) => (ds[tag] && ds[tag].Value ? ds[tag].Value[0] : undefined);
const name = (ds) => (value(ds, '00100010') || {}).Alphabetic;
const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

async function expectStudies(queryParams, studies) {
  const got = (await client.searchForStudies({ queryParams })).map((ds) => value(ds, '0020000D'));
  const want = studies.map((s) => s.uid);
  check(same(got, want), `searchForStudies ${JSON.stringify(queryParams)}: ${got}, expected ${want}`);
}

// The bytes of the corpus file of an instance.
const original = (inst) => fs.readFileSync(path.join(corpusDir, inst.path));
const pixelBytes = (inst) => inst.rows * inst.columns * 2 * inst.frames;
const framePixels = (inst, n) => {
  const file = original(inst);
  const size = inst.rows * inst.columns * 2;
  const start = file.length - pixelBytes(inst) + (n - 1) * size;
  return file.subarray(start, start + size);
};

// A retrieved Part-10 object: written for dcmtk, and its pixel data the
// stored file's (Explicit VR Little Endian both, the pixels last).
function checkObject(buffer, inst, what) {
  const got = Buffer.from(buffer);
  check(got.subarray(128, 132).toString() === 'DICM', `${what}: not a Part-10 file`);
  const n = pixelBytes(inst);
  check(got.subarray(got.length - n).equals(original(inst).subarray(-n)), `${what}: other pixel data`);
  fs.writeFileSync(path.join(outDir, `${inst.sop}.dcm`), got);
}

// The Media Storage SOP Instance UID (0002,0003) of a Part-10 object.
function mediaStorageSop(buffer) {
  const b = Buffer.from(buffer);
  const at = b.indexOf(Buffer.from([0x02, 0x00, 0x03, 0x00, 0x55, 0x49]), 132);
  check(at > 0, 'no Media Storage SOP Instance UID');
  return b.toString('latin1', at + 8, at + 8 + b.readUInt16LE(at + 6)).replace(/\0$/, '');
}

// The one image of a rendered or thumbnail answer (dicomweb-client gives
// some as an array of one).
function single(answer, what) {
  if (!Array.isArray(answer)) return answer;
  check(answer.length === 1, `${what}: ${answer.length} parts`);
  return answer[0];
}

// An 8-bit grey or RGB PNG (what /rendered answers) decoded: width, height
// and the grey level at (x, y).
function decodePng(buffer) {
  const b = Buffer.from(buffer);
  check(b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])), 'not a PNG');
  let width, height, channels;
  const idat = [];
  for (let o = 8; o < b.length; ) {
    const len = b.readUInt32BE(o);
    const type = b.toString('latin1', o + 4, o + 8);
    const data = b.subarray(o + 8, o + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      check(data[8] === 8 && data[12] === 0, 'the PNG is not 8-bit, not interlaced');
      channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[data[9]];
    } else if (type === 'IDAT') idat.push(data);
    o += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? px[y * stride + x - channels] : 0;
      const up = y ? px[(y - 1) * stride + x] : 0;
      const c = x >= channels && y ? px[(y - 1) * stride + x - channels] : 0;
      const p = a + up - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - up), pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      const pred = [0, a, up, (a + up) >> 1, paeth][filter];
      px[y * stride + x] = (v + pred) & 255;
    }
  }
  return { width, height, grey: (x, y) => px[y * stride + x * channels] };
}

// A rendered frame shows the corpus's pattern: bright rectangles bright,
// the rest (a corner) dark.
function checkRendered(answer, inst, frame, what) {
  const png = decodePng(single(answer, what));
  check(png.width === inst.columns && png.height === inst.rows, `${what}: ${png.width}x${png.height}`);
  for (const [r0, c0, r1, c1] of inst.bright[frame - 1]) {
    const g = png.grey((c0 + c1) >> 1, (r0 + r1) >> 1);
    check(g > 200, `${what}: grey ${g} inside a bright rectangle`);
  }
  const g = png.grey(inst.columns - 1, inst.rows - 1);
  check(g < 50, `${what}: grey ${g} in the corner`);
}

step('searchForStudies with filters');
await expectStudies({}, [alice, bob]);
await expectStudies({ PatientName: 'WEBTEST^ALI*' }, [alice]);
await expectStudies({ PatientID: 'WEB002' }, [bob]);
await expectStudies({ StudyDate: '20230101-20231231' }, [bob]);
await expectStudies({ ModalitiesInStudy: 'CT' }, [alice]);
await expectStudies({ AccessionNumber: 'ACC002' }, [bob]);
await expectStudies({ StudyInstanceUID: alice.uid }, [alice]);
await expectStudies({ PatientName: 'NOBODY' }, []);
const limited = await client.searchForStudies({ queryParams: { limit: '1', offset: '1' } });
check(limited.length === 1, `limit=1&offset=1: ${limited.length} studies`);
const [a] = await client.searchForStudies({ queryParams: { PatientID: 'WEB001', includefield: '00081030' } });
check(name(a) === alice.patient_name, `PatientName ${name(a)}`);
check(value(a, '00080020') === alice.date && value(a, '00080050') === alice.accession, 'date, accession');
check(value(a, '00100030') === alice.birth_date, 'birth date');
check(value(a, '00081030') === alice.description, 'includefield StudyDescription');
check(Number(value(a, '00201206')) === 2 && Number(value(a, '00201208')) === 6, 'series and instance counts');

step('searchForSeries');
const series = await client.searchForSeries({ studyInstanceUID: alice.uid });
check(same(series.map((s) => value(s, '0020000E')), alice.series.map((s) => s.uid)), 'the series of a study');
for (const se of alice.series) {
  const ds = series.find((s) => value(s, '0020000E') === se.uid);
  check(value(ds, '00080060') === se.modality, `series ${se.number} modality`);
  check(Number(value(ds, '00200011')) === se.number, `series ${se.number} number`);
  check(Number(value(ds, '00201209')) === se.instances.length, `series ${se.number} instance count`);
}
const mrSeries = await client.searchForSeries({ queryParams: { Modality: 'MR' } });
check(same(mrSeries.map((s) => value(s, '0020000E')), bob.series.map((s) => s.uid)), 'searchForSeries Modality=MR');

step('searchForInstances');
for (const st of [alice, bob]) {
  for (const se of st.series) {
    const got = await client.searchForInstances({ studyInstanceUID: st.uid, seriesInstanceUID: se.uid });
    check(same(got.map((i) => value(i, '00080018')), se.instances.map((i) => i.sop)), `instances of ${se.uid}`);
    for (const inst of se.instances) {
      const ds = got.find((i) => value(i, '00080018') === inst.sop);
      check(value(ds, '00080016') === inst.sop_class, `${inst.sop}: SOP Class`);
      check(Number(value(ds, '00200013')) === inst.number, `${inst.sop}: InstanceNumber`);
      check(value(ds, '00280010') === inst.rows && value(ds, '00280011') === inst.columns, `${inst.sop}: size`);
      check(Number(value(ds, '00280008') ?? 1) === inst.frames, `${inst.sop}: NumberOfFrames`);
    }
  }
}
const numbered = await client.searchForInstances({ studyInstanceUID: alice.uid, queryParams: { InstanceNumber: '3' } });
check(same(numbered.map((i) => value(i, '00080018')), [alice.series[0].instances[2].sop]), 'InstanceNumber=3');

step('retrieveStudyMetadata, retrieveSeriesMetadata');
const studyMeta = await client.retrieveStudyMetadata({ studyInstanceUID: alice.uid });
check(same(studyMeta.map((d) => value(d, '00080018')), allAlice.map((i) => i.sop)), 'study metadata instances');
for (const d of studyMeta) {
  const inst = allAlice.find((i) => i.sop === value(d, '00080018'));
  check(name(d) === alice.patient_name, 'metadata PatientName');
  check(value(d, '00280010') === inst.rows && value(d, '00280011') === inst.columns, 'metadata Rows, Columns');
  check(Number(value(d, '00281050')) === corpus.window[0], 'metadata WindowCenter');
  check(Number(value(d, '00281051')) === corpus.window[1], 'metadata WindowWidth');
  check(d['7FE00010'] && typeof d['7FE00010'].BulkDataURI === 'string', 'metadata Pixel Data without a BulkDataURI');
  check(!('Value' in d['7FE00010']) && !('InlineBinary' in d['7FE00010']), 'metadata carries the pixels');
}
for (const se of [...alice.series, ...bob.series]) {
  const st = alice.series.includes(se) ? alice : bob;
  const meta = await client.retrieveSeriesMetadata({ studyInstanceUID: st.uid, seriesInstanceUID: se.uid });
  check(same(meta.map((d) => value(d, '00080018')), se.instances.map((i) => i.sop)), `series ${se.uid} metadata`);
  check(meta.every((d) => value(d, '0020000E') === se.uid), 'series metadata of another series');
}

step('retrieveInstance, retrieveSeries, retrieveStudy');
for (const st of [alice, bob]) {
  for (const se of st.series) {
    for (const inst of se.instances) {
      const obj = await client.retrieveInstance({
        studyInstanceUID: st.uid,
        seriesInstanceUID: se.uid,
        sopInstanceUID: inst.sop,
      });
      checkObject(obj, inst, `retrieveInstance ${inst.sop}`);
    }
  }
}
const bobSeries = await client.retrieveSeries({ studyInstanceUID: bob.uid, seriesInstanceUID: bob.series[0].uid });
check(bobSeries.length === bob.series[0].instances.length, `retrieveSeries: ${bobSeries.length} objects`);
const aliceStudy = await client.retrieveStudy({ studyInstanceUID: alice.uid });
check(aliceStudy.length === allAlice.length, `retrieveStudy: ${aliceStudy.length} objects`);
for (const obj of [...bobSeries, ...aliceStudy]) {
  const sop = mediaStorageSop(obj);
  const inst = [...allAlice, ...bob.series[0].instances].find((i) => i.sop === sop);
  check(inst, `retrieveStudy/Series: ${sop} is no instance of the corpus`);
  checkObject(obj, inst, `retrieveStudy/Series ${inst.sop}`);
}

step('retrieveInstanceFrames');
for (let n = 1; n <= mf.frames; n++) {
  const frames = await client.retrieveInstanceFrames({ ...mfIds, frameNumbers: [n] });
  check(frames.length === 1, `frame ${n}: ${frames.length} parts`);
  check(Buffer.from(frames[0]).equals(framePixels(mf, n)), `frame ${n}: other pixels`);
}
const two = await client.retrieveInstanceFrames({ ...mfIds, frameNumbers: [3, 1] });
check(two.length === 2, `frames 3,1: ${two.length} parts`);
check(Buffer.from(two[0]).equals(framePixels(mf, 3)) && Buffer.from(two[1]).equals(framePixels(mf, 1)), 'frames 3,1');
const [ctFrame] = await client.retrieveInstanceFrames({ ...ctIds, frameNumbers: [1] });
check(Buffer.from(ctFrame).equals(framePixels(ct1, 1)), 'the frame of a single-frame image');

step('retrieveInstanceRendered, retrieveInstanceFramesRendered, thumbnails');
const png = [{ mediaType: 'image/png' }];
checkRendered(await client.retrieveInstanceRendered({ ...ctIds, mediaTypes: png }), ct1, 1, 'rendered CT');
for (let n = 1; n <= mf.frames; n++) {
  const r = await client.retrieveInstanceFramesRendered({ ...mfIds, frameNumbers: [n], mediaTypes: png });
  checkRendered(r, mf, n, `rendered frame ${n}`);
}
const asJpeg = { ...ctIds, mediaTypes: [{ mediaType: 'image/jpeg' }] };
const jpeg = Buffer.from(single(await client.retrieveInstanceRendered(asJpeg), 'JPEG'));
check(jpeg[0] === 0xff && jpeg[1] === 0xd8, 'rendered as image/jpeg is no JPEG');
const thumb = Buffer.from(single(await client.retrieveInstanceThumbnail(asJpeg), 'thumbnail'));
check(thumb[0] === 0xff && thumb[1] === 0xd8, 'the thumbnail is no JPEG');

step('storeInstances');
const upload = carol.series[0].instances[0];
await client.storeInstances({ datasets: [new Uint8Array(fs.readFileSync(path.join(corpusDir, 'upload.dcm')))] });
await expectStudies({ PatientID: carol.patient_id }, [carol]);
const [found] = await client.searchForInstances({ studyInstanceUID: carol.uid });
check(value(found, '00080018') === upload.sop, 'the stored instance is not found');
const back = await client.retrieveInstance({
  studyInstanceUID: carol.uid,
  seriesInstanceUID: carol.series[0].uid,
  sopInstanceUID: upload.sop,
});
checkObject(back, upload, 'the stored instance retrieved');
let refused = null;
try {
  await client.storeInstances({ datasets: [new Uint8Array(Buffer.from('not DICOM at all'))] });
} catch (e) {
  refused = e;
}
check(refused, 'a part that is not DICOM was stored without complaint');
// PS3.18 10.5.3: 409 when every instance failed, each in FailedSOPSequence.
check(refused.status === 409, `a part that is not DICOM: ${refused.status}, expected 409`);
const failed = JSON.parse(refused.response)['00081198'];
const reason = failed && failed.Value.length === 1 && value(failed.Value[0], '00081197');
check(reason, 'no FailedSOPSequence with a reason');
await expectStudies({}, [alice, bob, carol]);

console.log('dicomweb-client: ok');
