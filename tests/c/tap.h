/* tap.h: minimal TAP output for the C tests. */
#ifndef MT_TAP_H
#define MT_TAP_H
#include <stdio.h>

static int tap_n;
static int tap_failed;

#define ok(cond, ...) do { \
	int ok_ = !!(cond); \
	printf("%sok %d - ", ok_ ? "" : "not ", ++tap_n); \
	printf(__VA_ARGS__); \
	printf("\n"); \
	if (!ok_) { \
		tap_failed++; \
		fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
	} \
	fflush(stdout); \
} while (0)

#endif
