/*
 * unwind.c: the call stack of a stopped tracee, with libunwind-ptrace.
 *
 * libunwind reads the tracee's registers and memory with ptrace and finds
 * frames from .eh_frame, so it works on stripped programs that keep their
 * unwind tables (everything built by a Debian toolchain).  Names come from
 * the ELF symbol tables: static functions of a stripped binary stay "".
 */
#include <errno.h>
#include <string.h>

#include <libunwind-ptrace.h>

#include "internal.h"

int mt_backtrace(mt_tracer *t, pid_t pid, mt_frame *frames, int max)
{
	struct mt_tracee *tr = mt_tracee_find(t, pid);
	unw_addr_space_t as;
	unw_cursor_t cursor;
	void *upt;
	int n = 0;

	/* libunwind's ptrace reads fail (or lie) on a running thread */
	if (!tr || tr->state != MT_TS_HELD) {
		errno = ESRCH;
		return -1;
	}
	if (max <= 0)
		return 0;
	as = unw_create_addr_space(&_UPT_accessors, 0);
	if (!as) {
		errno = ENOMEM;
		return -1;
	}
	upt = _UPT_create(pid);
	if (!upt) {
		unw_destroy_addr_space(as);
		errno = ENOMEM;
		return -1;
	}
	if (unw_init_remote(&cursor, as, upt) < 0) {
		_UPT_destroy(upt);
		unw_destroy_addr_space(as);
		errno = EIO;
		return -1;
	}
	do {
		mt_frame *f = &frames[n];
		unw_word_t ip = 0, sp = 0, off = 0;

		unw_get_reg(&cursor, UNW_REG_IP, &ip);
		unw_get_reg(&cursor, UNW_REG_SP, &sp);
		/* a zero ip past the first frame ends the chain */
		if (ip == 0 && n > 0)
			break;
		f->ip = ip;
		f->sp = sp;
		f->offset = 0;
		f->name[0] = '\0';
		if (unw_get_proc_name(&cursor, f->name, sizeof f->name, &off) == 0)
			f->offset = off;
		else
			f->name[0] = '\0';
		n++;
	} while (n < max && unw_step(&cursor) > 0);
	_UPT_destroy(upt);
	unw_destroy_addr_space(as);
	return n;
}
