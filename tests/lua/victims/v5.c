/* Victim for the decoder specs: fcntl locks and descriptor paths for -y (deleted files, '<' in names, pipes).
 * Build: gcc -O0 -w -o v5 v5.c -lutil -lpthread -lrt
 * Used by record/gen_specs.py, which runs it under strace and under the
 * decoders; the scratch directory is /tmp/mt. */
#define _GNU_SOURCE
#include <unistd.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/socket.h>
#include <sys/mman.h>
int main(void){
  int fd = open("/tmp/mt/lockme", O_RDWR|O_CREAT, 0644);
  struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 10, .l_len = 20 };
  fcntl(fd, F_SETLK, &fl); fl.l_type = F_RDLCK; fcntl(fd, F_GETLK, &fl); fcntl(fd, F_OFD_GETLK, &fl);
  fcntl(fd, F_SETLKW, (void*)8); fcntl(fd, F_GETLK, (void*)8);
  write(fd, "x", 1); read(fd, (char[4]){0}, 4);
  unlink("/tmp/mt/lockme"); close(fd);
  int fd2 = open("/tmp/mt/a<b>", O_RDWR|O_CREAT, 0644); write(fd2, "", 0); unlink("/tmp/mt/a<b>");
  openat(AT_FDCWD, "x", O_RDONLY); int p[2]; pipe(p); close(p[0]);
  mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd2, 0);
  return 0;
}
