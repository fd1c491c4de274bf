/* rl_memory.c: pointers the tracer cannot read, and bytes that must be
 * escaped.  Every call fails or writes to /dev/null; nothing here may
 * reach the terminal unescaped. */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	static const char nasty[] = "\033]0;owned\007\033[2J\033[H\r\t\"'\\\x7f\x80\xff"
		"\xc3\x28\xed\xa0\x80\xc0\xaf\xf4\x90\x80\x80 end";
	long page = sysconf(_SC_PAGESIZE);
	char *two = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *edge;
	char *argv_bad[] = { "prog", (char *)1, NULL };
	char **argv_cut;
	int fd = open("/dev/null", O_WRONLY);

	if (two == MAP_FAILED || fd < 0)
		return 1;
	munmap(two + page, page);   /* the second page is gone */
	/* unreadable pointers: the address is printed */
	syscall(SYS_openat, AT_FDCWD, (char *)1, O_RDONLY);
	syscall(SYS_write, fd, (char *)16, 4);
	syscall(SYS_newfstatat, AT_FDCWD, "/", (struct stat *)8, 0);
	syscall(SYS_nanosleep, (struct timespec *)16, NULL);
	syscall(SYS_read, 0, two + page, 4);
	syscall(SYS_execve, "/nonexistent/prog", (char **)24, NULL);
	syscall(SYS_execve, "/nonexistent/prog", argv_bad, NULL);
	/* argv whose pointer array runs into the unmapped page */
	argv_cut = (char **)(two + page - sizeof(char *));
	argv_cut[0] = "cut";
	syscall(SYS_execve, "/nonexistent/prog", argv_cut, NULL);
	/* a path without NUL before the unmapped page; one ending at it */
	edge = two + page - 8;
	memcpy(edge, "/no/nul!", 8);
	syscall(SYS_openat, AT_FDCWD, edge, O_RDONLY);
	memcpy(edge, "/nonul\0", 8);
	syscall(SYS_openat, AT_FDCWD, edge + 1, O_RDONLY);
	/* bytes that would drive a terminal, in data and in a path */
	write(fd, nasty, sizeof nasty - 1);
	open(nasty, O_RDONLY);
	syscall(SYS_write, fd, edge, 16);   /* partly unreadable: EFAULT */
	close(fd);
	return 0;
}
