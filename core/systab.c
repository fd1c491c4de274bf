/*
 * systab.c: the x86_64 syscall table, indexed by number.  The data lives
 * in syscalls.def; gaps in the numbering are entries with no name.
 */
#include <string.h>

#include "moontrace.h"

#define TF MT_CLASS_FILE
#define TD MT_CLASS_DESC
#define TP MT_CLASS_PROCESS
#define TN MT_CLASS_NETWORK
#define TS MT_CLASS_SIGNAL
#define TI MT_CLASS_IPC
#define TM MT_CLASS_MEMORY
#define TC MT_CLASS_CREDS
#define TCL MT_CLASS_CLOCK
#define TST MT_CLASS_STAT
#define TLST MT_CLASS_LSTAT
#define TFST MT_CLASS_FSTAT
#define TSTA MT_CLASS_STAT_LIKE
#define TSF MT_CLASS_STATFS
#define TFSF MT_CLASS_FSTATFS
#define TSFA MT_CLASS_STATFS_LIKE
#define TPU MT_CLASS_PURE
#define SI MT_SYS_MAPS
#define NF MT_SYS_NEVER_FAILS

static const mt_syscall by_nr[] = {
#define MT_SYSCALL(nr, name, nargs, classes) \
	[nr] = { nr, #name, nargs, classes },
#include "syscalls.def"
#undef MT_SYSCALL
};

static const unsigned short numbers[] = {
#define MT_SYSCALL(nr, name, nargs, classes) nr,
#include "syscalls.def"
#undef MT_SYSCALL
};

#define LIMIT ((long)(sizeof by_nr / sizeof by_nr[0]))

const mt_syscall *mt_syscall_get(long nr)
{
	if (nr < 0 || nr >= LIMIT || !by_nr[nr].name)
		return NULL;
	return &by_nr[nr];
}

long mt_syscall_lookup(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
		if (strcmp(by_nr[numbers[i]].name, name) == 0)
			return numbers[i];
	return -1;
}

size_t mt_syscall_count(void)
{
	return sizeof numbers / sizeof numbers[0];
}

const mt_syscall *mt_syscall_at(size_t i)
{
	if (i >= mt_syscall_count())
		return NULL;
	return &by_nr[numbers[i]];
}

long mt_syscall_limit(void)
{
	return LIMIT;
}
