/*
 * tracee.c: the table of tracees, a hash on the thread id.
 */
#include <stdlib.h>

#include "internal.h"

static unsigned bucket_of(pid_t pid)
{
	return (unsigned)pid % MT_TRACEE_BUCKETS;
}

struct mt_tracee *mt_tracee_find(const mt_tracer *t, pid_t pid)
{
	struct mt_tracee *tr;

	for (tr = t->buckets[bucket_of(pid)]; tr; tr = tr->next)
		if (tr->pid == pid)
			return tr;
	return NULL;
}

struct mt_tracee *mt_tracee_add(mt_tracer *t, pid_t pid)
{
	struct mt_tracee *tr = mt_tracee_find(t, pid);
	unsigned b = bucket_of(pid);

	if (tr)
		return tr;
	tr = calloc(1, sizeof *tr);
	if (!tr)
		return NULL;
	tr->pid = pid;
	tr->tgid = pid;
	tr->state = MT_TS_NEW;
	tr->next = t->buckets[b];
	t->buckets[b] = tr;
	t->ntracees++;
	return tr;
}

void mt_tracee_remove(mt_tracer *t, struct mt_tracee *tr)
{
	struct mt_tracee **p = &t->buckets[bucket_of(tr->pid)];

	while (*p && *p != tr)
		p = &(*p)->next;
	if (!*p)
		return;
	*p = tr->next;
	if (t->held == tr)
		t->held = NULL;
	t->ntracees--;
	free(tr);
}

int mt_tracee_count(const mt_tracer *t)
{
	return t->ntracees;
}

int mt_is_tracee(const mt_tracer *t, pid_t pid)
{
	return mt_tracee_find(t, pid) != NULL;
}
