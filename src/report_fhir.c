/*
 * report_fhir: FHIR R4 JSON written as it goes, one resource a line. The
 * codes are fixed by the guide (LOINC 75325-1 "Symptom", the category
 * symptom of its SymptomTemporary code system, the components' LOINC
 * codes) or chosen from SNOMED CT and checked (see the README), each
 * with the part named in the text.
 */
#include "report_fhir.h"

#include <string.h>

#include "json_write.h"
#include "routine.h"
#include "util.h"

#define IG		"http://hl7.org/fhir/uv/symptoms"
#define LOINC		"http://loinc.org"
#define SNOMED		"http://snomed.info/sct"

static const struct {
	const char	*part, *code, *display, *text;
} sites[] = {
	{ "calf", "53840002", "Calf of leg", "calf" },
	{ "foot", "56459004", "Foot", "foot" },
	{ "hamstring", "128511007", "Posterior muscle of thigh structure",
	  "hamstring (back of the thigh)" },
	{ "quad", "21989003", "Structure of quadriceps femoris muscle",
	  "quadriceps (front of the thigh)" },
	{ "back", "37822005", "Lower back structure", "lower back" },
	{ "neck", "45048000", "Neck", "neck" },
	{ "hand", "85562004", "Hand structure", "hand" },
};

/* A FHIR dateTime with the zone's offset: 2026-10-25T02:30:00+01:00. */
static void
jtime(struct fhir_out *o, time_t t)
{
	long	off = o->zone->utc_offset(o->zone, t), a = off < 0 ? -off : off;
	int	y, m, d, min, wd;
	long	sec;

	cal_local_date(o->zone, t, &y, &m, &d, &min, &wd);
	sec = (long)(((t + off) % 60 + 60) % 60);
	fprintf(o->f, "\"%04d-%02d-%02dT%02d:%02d:%02ld%c%02ld:%02ld\"", y, m,
	    d, min / 60, min % 60, sec, off < 0 ? '-' : '+', a / 3600,
	    a / 60 % 60);
}

/*
 * urn:uuid: the Patient's random one; a record's is its stable uid (the
 * same in every export, on every machine), or, for a record without one,
 * the Patient's with the record's id in the last 48 bits.
 */
static void
juuid(struct fhir_out *o, int64_t id, const char *uid)
{
	unsigned char	u[16];
	int		i;

	if (uid != NULL && uid[0] != '\0') {
		fprintf(o->f, "\"urn:uuid:%s\"", uid);
		return;
	}
	memcpy(u, o->uuid, sizeof u);
	if (id >= 0)
		for (i = 0; i < 6; i++)
			u[15 - i] = (unsigned char)((uint64_t)id >> (8 * i));
	u[6] = (u[6] & 0x0f) | 0x40;	/* version 4 */
	u[8] = (u[8] & 0x3f) | 0x80;	/* RFC 4122 variant */
	fputs("\"urn:uuid:", o->f);
	for (i = 0; i < 16; i++)
		fprintf(o->f, "%s%02x", i == 4 || i == 6 || i == 8 || i == 10 ?
		    "-" : "", u[i]);
	fputc('"', o->f);
}

static void
coding(FILE *f, const char *system, const char *code, const char *display)
{
	fprintf(f, "{\"coding\":[{\"system\":\"%s\",\"code\":\"%s\","
	    "\"display\":\"%s\"}]", system, code, display);
}

void
fhir_begin(struct fhir_out *o, time_t now)
{
	fprintf(o->f, "{\"resourceType\":\"Bundle\",\"type\":\"collection\","
	    "\"timestamp\":");
	jtime(o, now);
	fprintf(o->f, ",\"entry\":[\n{\"fullUrl\":");
	juuid(o, -1, NULL);
	/* No identifier: the file names no one; the clinic links it. */
	fprintf(o->f, ",\"resource\":{\"resourceType\":\"Patient\","
	    "\"active\":true}}");
	o->nentries = 1;
}

/* The component of code (LOINC) with text as its value. */
static void
component(FILE *f, int first, const char *code, const char *display,
    const char *text)
{
	fprintf(f, "%s{\"code\":", first ? "" : ",");
	coding(f, LOINC, code, display);
	fprintf(f, "},\"valueCodeableConcept\":{\"text\":");
	json_write_string(f, text);
	fprintf(f, "}}");
}

/* The trigger a note records ("trigger: TEXT"), or NULL. */
static const char *
trigger_of(const struct history_item *it)
{
	static const char prefix[] = "trigger: ";
	size_t i;

	if (!it->has_note || strncmp(it->note, prefix, sizeof prefix - 1) != 0)
		return NULL;
	for (i = 0; i < cramp_ntriggers; i++)
		if (strcmp(it->note + sizeof prefix - 1, cramp_triggers[i]) == 0)
			return cramp_triggers[i];
	return NULL;
}

static void
components(struct fhir_out *o, const struct history_item *it,
    const char *trigger, const struct fhir_relief *helped)
{
	char	text[NAME_MAX_LEN + 64];
	int	first = 1;

	if (it->severity < 1 && trigger == NULL && helped == NULL)
		return;
	fprintf(o->f, ",\"component\":[");
	if (it->severity >= 1 && it->severity <= 10) {
		snprintf(text, sizeof text, "%d of 10 (the patient's own "
		    "rating, 1-10)", it->severity);
		component(o->f, first, "64750-3", "Severity of symptoms",
		    text);
		first = 0;
	}
	if (trigger != NULL) {
		component(o->f, first, "100752-5", "Exacerbating factors - "
		    "Reported", trigger);
		first = 0;
	}
	if (helped != NULL) {
		snprintf(text, sizeof text, "relief routine %s%s",
		    helped->routine, helped->completed ? " (run to the end)" :
		    " (stopped early)");
		component(o->f, first, "100753-3", "Alleviating factors - "
		    "Reported", text);
	}
	fputc(']', o->f);
}

static void
body_site(FILE *f, const char *part)
{
	size_t i;

	for (i = 0; i < nitems(sites); i++)
		if (strcmp(part, sites[i].part) == 0)
			break;
	fprintf(f, ",\"bodySite\":");
	if (i == nitems(sites)) {
		fprintf(f, "{\"text\":");
		json_write_string(f, part);
		fputc('}', f);
		return;
	}
	coding(f, SNOMED, sites[i].code, sites[i].display);
	fprintf(f, ",\"text\":\"%s\"}", sites[i].text);
}

void
fhir_cramp(struct fhir_out *o, const struct history_item *it,
    const struct fhir_relief *helped)
{
	const char *trigger;

	if (it->type != HREC_CRAMP)
		return;
	trigger = trigger_of(it);
	fprintf(o->f, ",\n{\"fullUrl\":");
	juuid(o, it->id, it->uid);
	fprintf(o->f, ",\"resource\":{\"resourceType\":\"Observation\","
	    "\"meta\":{\"profile\":[\"" IG "/StructureDefinition/"
	    "SymptomObservation\"]},\"status\":\"final\",\"category\":[");
	coding(o->f, IG "/CodeSystem/SymptomTemporary", "symptom", "Symptom");
	fprintf(o->f, "}],\"code\":");
	coding(o->f, LOINC, "75325-1", "Symptom");
	fprintf(o->f, "},\"subject\":{\"reference\":");
	juuid(o, -1, NULL);
	fprintf(o->f, "},\"effectivePeriod\":{\"start\":");
	jtime(o, it->at);
	if (it->duration_s >= 0) {
		fprintf(o->f, ",\"end\":");
		jtime(o, it->at + it->duration_s);
	}
	fprintf(o->f, "},\"performer\":[{\"reference\":");
	juuid(o, -1, NULL);
	fprintf(o->f, "}],\"valueCodeableConcept\":");
	coding(o->f, SNOMED, "55300003", "Cramp");
	fprintf(o->f, ",\"text\":\"muscle cramp\"}");
	body_site(o->f, it->part);
	if (it->has_note && trigger == NULL && it->note[0] != '\0') {
		fprintf(o->f, ",\"note\":[{\"text\":");
		json_write_string(o->f, it->note);
		fprintf(o->f, "}]");
	}
	components(o, it, trigger, helped);
	fprintf(o->f, "}}");
	o->nentries++;
}

int
fhir_end(struct fhir_out *o)
{
	fprintf(o->f, "\n]}\n");
	return fflush(o->f) != 0 || ferror(o->f) ? -1 : 0;
}

const struct fhir_relief *
fhir_relief_for(const struct fhir_relief *rel, size_t n, time_t t)
{
	size_t lo = 0, hi = n, mid;

	/* The first run at or after t - FHIR_RELIEF_BEFORE_S. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (rel[mid].start < t - FHIR_RELIEF_BEFORE_S)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && rel[lo].start <= t + FHIR_RELIEF_AFTER_S ?
	    &rel[lo] : NULL;
}
