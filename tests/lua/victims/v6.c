/* Victim for the decoder specs: siginfo of SIGILL, SIGTRAP, sigqueue, timers and a child that used CPU time.
 * Build: gcc -O0 -w -o v6 v6.c -lutil -lpthread -lrt
 * Used by record/gen_specs.py, which runs it under strace and under the
 * decoders; the scratch directory is /tmp/mt. */
#define _GNU_SOURCE
#include <unistd.h>
#include <signal.h>
#include <setjmp.h>
#include <stdlib.h>
#include <time.h>
#include <sys/wait.h>
#include <sys/syscall.h>
static sigjmp_buf jb;
static void back(int s) { siglongjmp(jb, 1); }
static void nop(int s) { }
int main(void){
  signal(SIGFPE, back); signal(SIGILL, back); signal(SIGTRAP, back); signal(SIGUSR2, nop); signal(SIGALRM, nop);
  volatile int z = 0;
  if (!sigsetjmp(jb, 1)) { z = 1 / z; }
  if (!sigsetjmp(jb, 1)) { __asm__ volatile("ud2"); }
  if (!sigsetjmp(jb, 1)) { __asm__ volatile("int3"); }
  union sigval v = { .sival_int = 42 }; sigqueue(getpid(), SIGUSR2, v);
  v.sival_ptr = (void *)0x1234; sigqueue(getpid(), SIGUSR2, v);
  timer_t t; struct sigevent se = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGALRM };
  timer_create(CLOCK_MONOTONIC, &se, &t);
  struct itimerspec its = { .it_value = { 0, 1000000 } }; timer_settime(t, 0, &its, NULL); pause();
  pid_t p = fork();
  if (p == 0) { volatile unsigned long i; for (i = 0; i < 300000000UL; i++); _exit(0); }
  int st; waitpid(p, &st, 0);
  return 0;
}
