/*
 * report_fhir: the cramps as a FHIR R4 JSON Bundle (type collection)
 * following the HL7 FHIR Symptoms IG 1.0.0 profile SymptomObservation:
 * one Patient with no identifier, one Observation per cramp. Drinks and
 * sessions are not symptoms and are left out; a relief routine run for a
 * cramp is its alleviating factor. The codes and where they were checked
 * are in the README. Text from the diary is escaped for JSON.
 */
#ifndef UNCLENCH_REPORT_FHIR_H
#define UNCLENCH_REPORT_FHIR_H

#include <stdio.h>
#include <time.h>

#include "calendar.h"
#include "history_record.h"

/* A relief routine run: the alleviating factor of a cramp near it. */
struct fhir_relief {
	time_t	 start;
	int	 completed;
	char	 routine[NAME_MAX_LEN + 1];
};
/* A relief session started this long before or after a cramp's start. */
#define FHIR_RELIEF_BEFORE_S	(5 * 60)
#define FHIR_RELIEF_AFTER_S	(15 * 60)

struct fhir_out {
	FILE			*f;
	const struct cal_zone	*zone;
	unsigned char		 uuid[16];	/* random: the Patient's */
	int			 nentries;
};

/* The Bundle's head and the Patient; now is the Bundle's timestamp. */
void	 fhir_begin(struct fhir_out *, time_t now);
/* One cramp (other types are ignored); helped may be NULL. */
void	 fhir_cramp(struct fhir_out *, const struct history_item *,
	     const struct fhir_relief *helped);
/* Close the Bundle: 0, or -1 on an output error. */
int	 fhir_end(struct fhir_out *);

/* The relief run of rel[n] (by start, ascending) for a cramp at t. */
const struct fhir_relief *fhir_relief_for(const struct fhir_relief *rel,
	     size_t n, time_t t);

#endif
