/* Victim for the decoder specs: terminal ioctls on a pty, threads (clone3 with CLONE_SETTLS), signal delivery (kill, tgkill, SIGSEGV), sigsets, wait4 with rusage and stop/continue, stat/lstat/fstat, getcwd.
 * Build: gcc -O0 -w -o v2 v2.c -lutil -lpthread -lrt
 * Used by record/gen_specs.py, which runs it under strace and under the
 * decoders; the scratch directory is /tmp/mt. */
#define _GNU_SOURCE
#include <unistd.h>
#include <fcntl.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/resource.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <pty.h>
#include <linux/futex.h>
#include <sys/mman.h>
#include <setjmp.h>
static sigjmp_buf jb;
static void h(int s){ (void)s; }
static void segv(int s){ siglongjmp(jb, 1); }
static void *thr(void *a){ return a; }
int main(int argc, char **argv){
  int m, s; char name[64];
  if (openpty(&m, &s, name, NULL, NULL) == 0) {
    struct termios t; ioctl(s, TCGETS, &t);
    t.c_lflag &= ~(ECHO|ICANON); t.c_cflag |= CIBAUD & (B9600 << 16); ioctl(s, TCSETS, &t);
    struct winsize ws = {24, 80, 0, 0}; ioctl(s, TIOCSWINSZ, &ws); ioctl(s, TIOCGWINSZ, &ws);
    int n; ioctl(m, FIONREAD, &n); ioctl(s, TIOCGPGRP, &n);
    ioctl(s, TCFLSH, TCIFLUSH); ioctl(s, TCXONC, 7); ioctl(s, TIOCOUTQ, &n); int one = 1; ioctl(m, FIONBIO, &one);
    ioctl(s, 0x5499, 0x1234); ioctl(s, TIOCMGET, &n); ioctl(s, TCGETA, &t);
    ioctl(s, TIOCSTI, "x"); ioctl(s, FIOCLEX); ioctl(s, TIOCGPTN, &n); ioctl(m, TIOCGPTN, &n);
    ioctl(s, TCSBRK, 1);
  }
  pthread_t th; pthread_create(&th, NULL, thr, NULL); pthread_join(th, NULL);
  signal(SIGUSR1, h); kill(getpid(), SIGUSR1);
  syscall(SYS_tgkill, getpid(), getpid(), SIGUSR1);
  struct sigaction sa = {0}; sa.sa_handler = segv; sa.sa_flags = SA_SIGINFO|SA_NODEFER|SA_ONSTACK; sigaction(SIGSEGV, &sa, NULL);
  if (!sigsetjmp(jb, 1)) { *(volatile int *)8 = 1; }
  sigset_t ss; sigemptyset(&ss); for (int i = 1; i < 40; i++) if (i != SIGKILL && i != SIGSTOP) sigaddset(&ss, i);
  sigprocmask(SIG_SETMASK, &ss, NULL); sigemptyset(&ss); sigprocmask(SIG_SETMASK, &ss, NULL);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &ss, NULL, 4);
  syscall(SYS_rt_sigprocmask, 7, (void*)8, NULL, 8);
  syscall(SYS_rt_sigaction, 64, NULL, (void*)8, 8);
  pid_t p = fork(); if (p == 0) { usleep(1000); _exit(7); }
  struct rusage ru; int st; wait4(p, &st, 0, &ru);
  p = fork(); if (p == 0) { raise(SIGSTOP); _exit(0); }
  waitpid(p, &st, WUNTRACED); kill(p, SIGCONT); waitpid(p, &st, WCONTINUED); wait4(p, &st, 0, NULL);
  p = fork(); if (p == 0) { abort(); }
  wait4(p, &st, 0, NULL);
  syscall(SYS_wait4, -1, NULL, WNOHANG, NULL);
  syscall(SYS_getcwd, name, sizeof name); syscall(SYS_getcwd, name, 2);
  syscall(SYS_stat, "/etc/passwd", &(struct stat){0}); syscall(SYS_lstat, "/etc", &(struct stat){0}); syscall(SYS_fstat, 0, &(struct stat){0});
  syscall(SYS_stat, "/etc/passwd", (void*)8);
  syscall(SYS_open, "/etc/hostname", O_RDONLY|O_LARGEFILE);
  syscall(SYS_unlinkat, AT_FDCWD, "/nonexistent", AT_REMOVEDIR);
  syscall(SYS_mkdir, "/tmp/mt/d", 0755); syscall(SYS_rmdir, "/tmp/mt/d"); syscall(SYS_chdir, "/tmp/mt");
  syscall(SYS_exit_group, 0);
}
