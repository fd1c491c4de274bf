/* rc_io.c: file I/O over about a second for the iotop recipe: writes
 * 4 x 64 KiB to DIR/rc-out with pauses, reads it back in 16 KiB reads,
 * and reads 4 KiB of DIR/rc-in (made here) with pread.  Usage: rc_io DIR */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp";
	static char buf[65536];
	struct timespec pause = { 0, 300 * 1000 * 1000 };
	char path[512];
	int fd, i;

	memset(buf, 'x', sizeof buf);
	snprintf(path, sizeof path, "%s/rc-out", dir);
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	for (i = 0; i < 4; i++) {
		write(fd, buf, sizeof buf);
		nanosleep(&pause, NULL);
	}
	lseek(fd, 0, SEEK_SET);
	while (read(fd, buf, 16384) > 0)
		;
	close(fd);
	snprintf(path, sizeof path, "%s/rc-in", dir);
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	write(fd, buf, 4096);
	pread(fd, buf, 4096, 0);
	close(fd);
	return 0;
}
