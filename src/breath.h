/*
 * breath: pure maths for the breathing animation: how big the shape is at a
 * point in a phase, and the pattern's short name ("4-7-8").
 */
#ifndef UNCLENCH_BREATH_H
#define UNCLENCH_BREATH_H

#include <stddef.h>

#include "routine.h"
#include "session.h"

/*
 * Size of the breathing shape, 0 (empty lungs) to 1 (full), during phase
 * kind at fraction f (0..1) of it. Inhale grows with an ease-in-out curve,
 * top-up grows a little further, holds stay, exhale shrinks. Outside
 * breathing phases returns 0.
 */
double	 breath_level(const struct breath_pattern *, enum phase_kind, double f);

/* "4-7-8", "4-4-4-4", "5.5-5.5", "2+1-6" into buf. */
void	 breath_pattern_name(const struct breath_pattern *, char *, size_t);

/* Breaths per minute of the pattern. */
double	 breath_per_minute(const struct breath_pattern *);

#endif
