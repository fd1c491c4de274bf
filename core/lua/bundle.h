/*
 * bundle.h: the Lua files compiled into the moontrace binary.
 * Keys: "moontrace.fmt" (modules) and "scripts/strace" (bundled scripts).
 */
#ifndef MT_BUNDLE_H
#define MT_BUNDLE_H

struct mt_bundle_file {
	const char *key;
	const char *text;
	int len;
};

extern const struct mt_bundle_file mt_bundle[];

#endif
