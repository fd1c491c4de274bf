/* Victim for the decoder specs: string printing: control bytes, octal and hex escapes, -s cuts, unreadable and unterminated memory, PATH_MAX paths, execve argv/envp.
 * Build: gcc -O0 -w -o v3 v3.c -lutil -lpthread -lrt
 * Used by record/gen_specs.py, which runs it under strace and under the
 * decoders; the scratch directory is /tmp/mt. */
#define _GNU_SOURCE
#include <unistd.h>
#include <string.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/mman.h>
int main(int argc, char **argv){
  if (argc > 1) return 0;
  write(1, "\x1b[31m\0011\n\"\\\xff", 11);
  write(1, "\0" "0\0" "a\1" "8\7" "7\177\200\t\v\f\r'?", 16);
  write(1, "abcdefghijklmnopqrstuvwxyz0123456789", 36);
  write(1, "abcdefghijklmnopqrstuvwxyz012345", 32);
  write(1, "abcdefghijklmnopqrstuvwxyz0123456", 33);
  write(1, "abcdefghijklmnopqrstuvwxyz01234\0017", 33);
  write(1, "", 0); write(1, (void*)16, 0); write(1, (void*)16, 5);
  write(1, "h\303\251llo", 6); write(1, "plain\n", 6); write(1, "tab\there", 8);
  char *p = mmap((void*)0x200000000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0);
  munmap(p + 4096, 4096);
  memcpy(p + 4096 - 5, "abcde", 5);
  write(1, p + 4096 - 5, 5); write(1, p + 4096 - 5, 6); write(1, p + 4096 - 5, 40);
  openat(AT_FDCWD, p + 4096 - 5, O_RDONLY);   /* unterminated before unmapped page */
  memcpy(p + 4096 - 3, "ab\0", 3); openat(AT_FDCWD, p + 4096 - 3, O_RDONLY);
  char longp[5000]; memset(longp, 'a', sizeof longp); longp[4999] = 0; openat(AT_FDCWD, longp, O_RDONLY);
  longp[4095] = 0; openat(AT_FDCWD, longp, O_RDONLY); longp[4095] = 'a'; longp[4096] = 0; openat(AT_FDCWD, longp, O_RDONLY);
  openat(AT_FDCWD, "/tmp/\33[1mbold\xff\n", O_RDONLY);
  char *av[50]; int n = 0; av[n++] = "/tmp/mt/v3";
  av[n++] = "\x1b]0;evil\a"; av[n++] = "x\377y"; av[n++] = "01234567890123456789012345678901"; av[n++] = "012345678901234567890123456789012";
  av[n++] = "tail\0017";
  for (; n < 40; ) av[n++] = "arg";
  av[n] = NULL;
  char *ev[] = { "A=1", "B=\x1b", NULL };
  syscall(SYS_execve, "/nonexistent", av, ev);
  char *av2[] = { "/nonexistent", (char *)8, NULL };
  syscall(SYS_execve, "/nonexistent", av2, (void*)8);
  char **pa = (char **)(p + 4096 - 16); pa[0] = "a"; pa[1] = "b";
  syscall(SYS_execve, "/nonexistent", pa, pa);
  syscall(SYS_execve, "/nonexistent", NULL, NULL);
  execve("/tmp/mt/v3", av, ev);
  return 1;
}
