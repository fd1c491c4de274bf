/* mlock.c: msync and the mlock family. */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <stdlib.h>
int main(void) { char *p = mmap(0, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
 msync(p, 8192, MS_SYNC|MS_INVALIDATE); mlock(p, 4096); munlock(p, 4096); mlock2(p, 4096, MLOCK_ONFAULT);
 mlockall(MCL_CURRENT|MCL_FUTURE); munlockall(); msync(p, 10, 0x10); return 0; }
